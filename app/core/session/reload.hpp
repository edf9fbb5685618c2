// Sessions across scenario edits (issue 7): replaying a log against an edited scenario by stable
// ids, with a precise account of what no longer fits, and the cheap file check behind hot reload.
// UI-free: the app's hot reload and the opening of an old session both use migrate().
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/fold/session.hpp"

namespace lwp::core {

// One place where the log no longer fits the scenario.
struct Divergence {
    size_t action = 0;       // 0-based index in the log that was replayed
    std::string message;     // "actie 14: keuze 'bellen' bestaat niet meer in stap 'melding'"
    bool route_cut = false;  // a choice: the actions after it were not replayed
};

struct Migration {
    SessionState state;
    std::vector<Action> actions;  // what still fits, in order: the migrated log
    std::vector<Divergence> divergences;
    size_t not_replayed = 0;      // actions of the original log that are not in `actions`
    bool clean() const { return divergences.empty(); }
};

// Replays `log` against `scenario`. Actions refer to steps, choices, documents, facts and
// persons by id, so an edit that keeps the ids keeps the session. An action that no longer
// applies (a document or fact that was removed, a board edit about it) is skipped and reported;
// a choice that no longer applies cuts the route there: the actions after it belong to steps the
// case no longer reaches, so they are not replayed and are reported as one divergence. Preview
// actions (core/fold/preview.hpp) never belong in a saved log and are skipped. Created items keep
// the ids of their original positions (stamp_created_ids), so no later action is retargeted.
// `applied`, when given, sees the state after every action that applied, with the length of the
// migrated log so far (the session controller keeps snapshots from it).
using MigrationObserver = std::function<void(size_t applied, const SessionState& state)>;
Migration migrate(const Scenario& scenario, ScriptHost* host, const std::vector<Action>& log, std::uint64_t seed = 0,
                  const MigrationObserver& applied = {});

// The divergences as lines for a notice or the authoring panel, with a header that names the
// version change ("versie 1.0 → 1.1") when the session was made with another version.
std::vector<std::string> describe_migration(const Migration& migration, const std::string& old_version,
                                            const std::string& new_version);

// Modification time and size of a file: polled once a second for hot reload, so it has to be
// one stat() call. A file that cannot be read has exists == false.
struct FileStamp {
    bool exists = false;
    std::int64_t mtime_ns = 0;
    std::uintmax_t size = 0;
    bool operator==(const FileStamp&) const = default;
};
FileStamp file_stamp(const std::filesystem::path& path);

}  // namespace lwp::core
