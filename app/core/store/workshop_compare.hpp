// Comparison across individual sessions of the same case (issue 6.5): participants play the case
// alone, the trainer imports their session files, and the workshop report shows per decision who
// chose what and the per-building-block scores side by side.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/assess/scoring.hpp"

namespace lwp::core {

struct SessionColumn {
    std::string label;                   // file name or participant, as the trainer named it
    std::vector<ChoiceRecord> choices;   // what this session chose, in order
    std::vector<BlockScore> blocks;      // per building block
    std::string problem;                 // the log did not replay completely, or another case
};

struct LabelledSession {
    std::string label;
    const Session* session = nullptr;
};

// Replays and scores each session against `scenario`; a session of another case gets a column
// with only a problem, so the trainer sees why it is empty.
std::vector<SessionColumn> compare_sessions(const Scenario& scenario, ScriptHost* host, const std::vector<LabelledSession>& sessions);

// Every session file (*.json) in `dir` of the same case as `scenario`, by file name, compared as
// above; each column is labelled with the file's name ("anna"). The session `skip_id` (the group's
// own) is left out; files that do not load are named in `problems` and skipped.
std::vector<SessionColumn> compare_session_dir(const Scenario& scenario, ScriptHost* host, const std::filesystem::path& dir,
                                               const std::string& skip_id, std::vector<std::string>& problems);

// The steps that any column decided in, in scenario order (rows of the comparison).
std::vector<std::string> compared_steps(const Scenario& scenario, const std::vector<SessionColumn>& columns);
// The choice a column made in `step`, or "".
std::string choice_in(const SessionColumn& column, const std::string& step);

}  // namespace lwp::core
