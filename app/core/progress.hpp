// "Mijn voortgang": scores per building block across a user's sessions over time, and what to
// practise next (the scenario that trains the weakest building block).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/scoring.hpp"

namespace lwp::core {

struct SessionScore {
    std::string session;
    std::string scenario;
    std::int64_t when = 0;  // last activity
    bool finished = false;
    double total = 0;       // 0..1 over what was assessed
    std::vector<BlockScore> blocks;
};

struct Progress {
    std::vector<SessionScore> sessions;  // oldest first
    // Per building block (catalogue order): the mean of the last three assessed sessions, or -1.
    std::vector<double> recent;
    std::string weakest_block;           // lowest recent mean, "" if nothing was assessed yet
    std::string suggested_scenario;      // trains the weakest block; prefers cases not yet finished
};

// `catalogue` lists the available scenarios (id, building blocks) for the suggestion.
Progress compute_progress(const std::vector<Session>& sessions, const ScenarioLookup& lookup,
                          const std::vector<const Scenario*>& catalogue);
// The same from scores already computed (the session index's summaries, core/session_index.hpp).
Progress progress_from_scores(std::vector<SessionScore> scores, const std::vector<const Scenario*>& catalogue);

}  // namespace lwp::core
