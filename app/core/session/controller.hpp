// Drives one open session: performs actions, undo/redo, rewind with forks, and hands every change
// to a persist callback (the AutoSaver in the app, nothing in tests that do not need it).
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/session/reload.hpp"
#include "core/fold/session.hpp"
#include "core/model/story_map.hpp"

namespace lwp::core {

class SessionController {
public:
    using Persist = std::function<void(const Session&)>;

    // If the saved log no longer fits the scenario (it was edited), it is migrated by stable ids
    // (core::migrate): what fits is replayed, the whole original log is kept as a fork, and
    // migration() / replay_problem() say precisely what no longer fits; nothing is thrown away.
    // The session then records the scenario's current version and hash.
    SessionController(std::shared_ptr<const Scenario> scenario, ScriptHost* host, Session session, Persist persist = {});

    // Hot reload: the same log against a new version of the scenario, as on opening. Returns
    // the account of the replay (describe_migration); the caller keeps `scenario` and `host` alive.
    std::vector<std::string> reload(std::shared_ptr<const Scenario> scenario, ScriptHost* host);
    // What the last opening or reload found: lines from describe_migration (empty when the
    // scenario was unchanged), and its divergences.
    const std::vector<std::string>& migration_report() const { return migration_report_; }
    const std::vector<Divergence>& divergences() const { return divergences_; }

    const Scenario& scenario() const { return *scenario_; }
    std::shared_ptr<const Scenario> scenario_ptr() const { return scenario_; }
    const Session& session() const { return session_; }
    const SessionState& state() const { return state_; }
    const std::string& replay_problem() const { return replay_problem_; }
    ScriptHost* host() const { return host_; }
    // Increases with every change of the log (perform, undo, redo, rewind, fork): views key
    // their caches on it.
    std::uint64_t revision() const { return revision_; }

    std::vector<const Choice*> choices() const { return available_choices(state_, *scenario_, host_); }
    // Steps still to come after the current one (core/model/story_map.hpp), from the case's story map,
    // which is made once per scenario version.
    StepsToGo steps_to_go() const;

    // Appends the action if it applies; otherwise nothing changes and the reason is returned.
    ApplyResult perform(Action action);

    bool can_undo() const { return !session_.actions.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    void undo();
    void redo();

    // Goes back to just before choice number `choice_index` (into state().choices) so another
    // route can be tried; the abandoned continuation becomes a fork that can be reopened.
    void rewind_to_choice(size_t choice_index);
    // Makes fork `index` the current branch; the current branch is kept as a fork. A fork that no
    // longer fits the scenario is migrated (core::migrate), and kept whole as a fork of its own.
    void open_fork(size_t index);

    // Undo and rewind fold from the nearest snapshot of the state at or before the new end of the
    // log, not from the start (issue 22). One is kept every kSnapshotEvery actions; beyond
    // kMaxSnapshots every other one goes and the spacing doubles, so they take a bounded number of
    // states and an undo at the end of 100,000 actions folds at most a few thousand of them.
    static constexpr size_t kSnapshotEvery = 1000;
    static constexpr size_t kMaxSnapshots = 32;
    size_t snapshot_count() const { return snapshots_.size(); }

private:
    struct Snapshot {
        size_t actions = 0;  // the state after the first `actions` actions of the log
        SessionState state;
    };
    void rebuild();
    // Called with the state after the first `applied` actions of the current log.
    void keep_snapshot(size_t applied, const SessionState& state);
    void changed();
    // Migrates the log to scenario_; true when it changed (the original is then kept as a fork).
    bool migrate_log();

    std::shared_ptr<const Scenario> scenario_;
    ScriptHost* host_;
    Session session_;
    SessionState state_;
    std::vector<Action> redo_;
    std::string replay_problem_;
    std::vector<std::string> migration_report_;
    std::vector<Divergence> divergences_;
    Persist persist_;
    std::uint64_t revision_ = 0;
    std::vector<Snapshot> snapshots_;  // ascending, all valid for the current log and scenario
    size_t snapshot_every_ = kSnapshotEvery;
    mutable std::shared_ptr<const StoryMap> story_map_;  // of scenario_, made on first use
};

// A short label for a branch: the choices it took, for the fork list.
std::string describe_branch(const Scenario& scenario, const std::vector<Action>& actions, Lang lang);
// A saved fork's label in the reader's language: its choices (describe_branch), after the reason it
// was kept when it was kept by a case change. The label stored in the session is Dutch (saved files
// keep it as it was); this is what the history panel shows.
std::string fork_label(const Scenario& scenario, const Fork& fork, Lang lang);

}  // namespace lwp::core
