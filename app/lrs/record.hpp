// Writing a session's statements into the offline queue: for the open session on every save
// (the app), and for every saved session at once (`leerwerkplaats sync`, and the settings
// view's "eerdere sessies" button). The pseudonym is fixed the first time it is needed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "lrs/queue.hpp"

namespace lwp::lrs {

// Makes sure the settings have a pseudonym (a new random one is saved when none is set).
// Returns false with a reason when it could not be saved.
bool ensure_pseudonym(const core::DataDir& data, LrsSettings& settings, std::string& error);

// The scenario (and script host, seeded for this session) a saved session is replayed with;
// false when that scenario is not loaded.
using SessionScenario = std::function<bool(const core::Session&, const core::Scenario*&, core::ScriptHost*&)>;

struct RecordResult {
    size_t sessions = 0;  // sessions turned into statements
    size_t added = 0;     // statements new in the queue
    std::vector<std::string> problems;
};
// Replays every session and adds its statements to the queue (what is there already stays).
RecordResult record_sessions(const core::DataDir& data, const std::vector<core::Session>& sessions, const SessionScenario& scenario_of,
                             const StatementContext& context);

}  // namespace lwp::lrs
