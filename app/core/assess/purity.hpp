// Purity probe (issue 25; architecture review §3.5): the same log on the same scenario must give
// the same state and the same score, every time. Scenario globals are frozen after load, but a
// function can still keep state in an upvalue or a table it closes over; `validate` and
// `explore` therefore replay every route they play a second time and report any difference.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/assess/scoring.hpp"
#include "core/fold/session.hpp"

namespace lwp::core {

// Where two states of the same log differ, in words ("de keuzes", "de variabelen", ...), or
// empty when they agree on everything the views, the score and the report read.
std::string state_difference(const SessionState& a, const SessionState& b);

// Where two score reports of the same state differ ("criterium 'c3': behaald / gemist"), or empty.
std::string score_difference(const ScoreReport& a, const ScoreReport& b);

// Replays `log` once more (with `seed`) and compares the state and its score with `played` and
// `played_score`, which came from playing the same log before. Empty when both agree.
std::string replay_again_differs(const Scenario& scenario, ScriptHost* host, const std::vector<Action>& log, std::uint64_t seed,
                                 const SessionState& played, const ScoreReport& played_score, const ScoreOptions& options = {});

// "kies 'praten' → kies 'plan'": the choices of a log, to name a route in a finding.
std::string route_name(const std::vector<Action>& log);

}  // namespace lwp::core
