// Drives one open session: performs actions, undo/redo, rewind with forks, and hands every change
// to a persist callback (the AutoSaver in the app, nothing in tests that do not need it).
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/session.hpp"

namespace lwp::core {

class SessionController {
public:
    using Persist = std::function<void(const Session&)>;

    // If the saved log no longer fits the scenario (it was edited), the part that does not fit is
    // kept as a fork and reported by replay_problem(); nothing is thrown away.
    SessionController(std::shared_ptr<const Scenario> scenario, ScriptHost* host, Session session, Persist persist = {});

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

    // Appends the action if it applies; otherwise nothing changes and the reason is returned.
    ApplyResult perform(Action action);

    bool can_undo() const { return !session_.actions.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    void undo();
    void redo();

    // Goes back to just before choice number `choice_index` (into state().choices) so another
    // route can be tried; the abandoned continuation becomes a fork that can be reopened.
    void rewind_to_choice(size_t choice_index);
    // Makes fork `index` the current branch; the current branch is kept as a fork.
    void open_fork(size_t index);

private:
    void rebuild();
    void changed();

    std::shared_ptr<const Scenario> scenario_;
    ScriptHost* host_;
    Session session_;
    SessionState state_;
    std::vector<Action> redo_;
    std::string replay_problem_;
    Persist persist_;
    std::uint64_t revision_ = 0;
};

// A short label for a branch: the choices it took, for the fork list.
std::string describe_branch(const Scenario& scenario, const std::vector<Action>& actions, Lang lang);

}  // namespace lwp::core
