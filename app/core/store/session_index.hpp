// A year of sessions (issue 22): a small index of session summaries beside the sessions
// (sessies/overzicht.idx), so start-up, the library's list and "Mijn voortgang" read one file
// instead of loading and replaying every session. A session is loaded and replayed only when it is
// opened, or when its entry is missing or stale: its file changed (size, mtime), the case it was
// scored against changed (content hash), or the index was written by another program version.
// The index is a cache: a damaged one is kept aside in beschadigd/ and rebuilt from the sessions,
// which are never touched by it. Written atomically (write_file_atomic), like every save.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/store/persistence.hpp"
#include "core/assess/progress.hpp"
#include "core/session/reload.hpp"
#include "core/model/scenario.hpp"

namespace lwp::core {

struct SessionSummary {
    std::string file;                 // its name in sessies/ ("<id>.json")
    std::string id, scenario_id, scenario_version;
    std::int64_t created = 0, updated = 0;
    std::uint64_t actions = 0;        // length of the log
    FileStamp stamp;                  // of the file when it was summarised
    // From a replay against the case as it was loaded then; `replayed` false when the case was not
    // loaded (nothing below is known).
    bool replayed = false;
    std::uint64_t scenario_hash = 0;  // Scenario::content_hash of that case
    bool finished = false;
    bool assessed = false;            // the score had a maximum (report.max > 0)
    double total = 0;                 // report.fraction()
    std::vector<BlockScore> blocks;   // all 13, catalogue order (only trained ones are stored)
};

// sessies/overzicht.idx (not *.json: it is no session).
fs::path session_index_file(const DataDir& dir);
inline constexpr const char* kSessionIndexName = "overzicht.idx";

// A summary of a loaded session: replayed and scored when `lookup` knows its case.
SessionSummary summarise_session(const Session& session, const std::string& file, const FileStamp& stamp,
                                 const ScenarioLookup& lookup);

// Whether `summary` still describes its file (`stamp` now) and the case as `lookup` has it now.
bool summary_current(const SessionSummary& summary, const FileStamp& stamp, const ScenarioLookup& lookup);

// The index file's text, and reading it back (nullopt with a reason when damaged). `program`: the
// version that wrote it; entries of another version count as stale.
std::string session_index_to_json(const std::vector<SessionSummary>& entries, const std::string& program);
struct SessionIndexFile {
    std::string program;
    std::vector<SessionSummary> entries;
};
std::optional<SessionIndexFile> session_index_from_json(const std::string& json, std::string& error);

struct SessionIndexRefresh {
    std::vector<SessionSummary> sessions;  // every readable session, newest first (as list_sessions)
    std::vector<std::string> problems;     // damaged sessions moved aside, entries skipped (as list_sessions)
    fs::path index_moved_to;               // a damaged index, kept aside (then rebuilt)
    std::string index_error;               // why it was damaged, or why writing it failed
    std::size_t summarised = 0;            // sessions loaded and replayed for this refresh
    bool written = false;                  // the index file was (re)written
};
// Reads the index, summarises the sessions whose entry is missing or stale (loading them; damaged
// ones are moved aside as list_sessions does), drops entries of files that are gone, and writes
// the index again when anything changed. Never writes an index for an empty folder that had none.
SessionIndexRefresh refresh_session_index(const DataDir& dir, const ScenarioLookup& lookup);

// The summaries "Mijn voortgang" is computed from: those whose case `lookup` knows, replayed
// against that version and assessed (the same sessions compute_progress would chart).
std::vector<SessionScore> session_scores(const std::vector<SessionSummary>& summaries, const ScenarioLookup& lookup);

}  // namespace lwp::core
