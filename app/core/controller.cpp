#include "core/controller.hpp"

#include <ctime>
#include <optional>

namespace lwp::core {

SessionController::SessionController(std::shared_ptr<const Scenario> scenario, ScriptHost* host, Session session,
                                     Persist persist)
    : scenario_(std::move(scenario)), host_(host), session_(std::move(session)), persist_(std::move(persist)) {
    migrate_log();
}

bool SessionController::migrate_log() {
    const bool same_scenario = session_.scenario_hash == scenario_->content_hash;
    Migration m = migrate(*scenario_, host_, session_.actions, session_.seed);
    replay_problem_.clear();
    migration_report_.clear();
    divergences_ = m.divergences;
    if (!same_scenario || !m.clean())
        migration_report_ = describe_migration(m, session_.scenario_version, scenario_->meta.version);
    if (!m.clean()) {
        for (const auto& d : m.divergences) replay_problem_ += (replay_problem_.empty() ? "" : "; ") + d.message;
        Fork kept{"Vóór wijziging van het scenario (versie " + session_.scenario_version + "): " +
                      describe_branch(*scenario_, session_.actions, Lang::Nl),
                  static_cast<std::int64_t>(std::time(nullptr)), session_.actions};
        session_.forks.push_back(std::move(kept));
    }
    session_.actions = std::move(m.actions);  // with their created ids fixed
    session_.scenario_version = scenario_->meta.version;
    session_.scenario_hash = scenario_->content_hash;
    state_ = std::move(m.state);
    return !m.clean();
}

std::vector<std::string> SessionController::reload(std::shared_ptr<const Scenario> scenario, ScriptHost* host) {
    scenario_ = std::move(scenario);
    host_ = host;
    redo_.clear();
    migrate_log();
    changed();
    return migration_report_;
}

ApplyResult SessionController::perform(Action action) {
    if (action.creates.empty()) action.creates = fresh_created_id(state_, action, session_.actions.size());
    // A choice or a reading changes nothing when it fails (core::apply), so it needs no copy of
    // the state, which grows with the log; other actions are applied to a copy.
    const bool atomic = action.type == action_type::Choose || action.type == action_type::ReadDocument;
    std::optional<SessionState> copy;
    if (!atomic) copy = state_;
    SessionState& target = atomic ? state_ : *copy;
    ApplyResult result = apply(target, *scenario_, host_, action, session_.actions.size());
    if (!result.ok) return result;
    session_.actions.push_back(std::move(action));
    if (copy) state_ = std::move(*copy);
    redo_.clear();
    changed();
    return result;
}

void SessionController::undo() {
    if (session_.actions.empty()) return;
    redo_.push_back(std::move(session_.actions.back()));
    session_.actions.pop_back();
    rebuild();
    changed();
}

void SessionController::redo() {
    if (redo_.empty()) return;
    Action action = std::move(redo_.back());
    redo_.pop_back();
    SessionState next = state_;
    if (apply(next, *scenario_, host_, action, session_.actions.size()).ok) {
        session_.actions.push_back(std::move(action));
        state_ = std::move(next);
    } else {
        redo_.clear();  // the world moved on; nothing sensible to redo
    }
    changed();
}

void SessionController::rewind_to_choice(size_t choice_index) {
    if (choice_index >= state_.choices.size()) return;
    const size_t cut = state_.choices[choice_index].action;
    Fork fork{describe_branch(*scenario_, session_.actions, Lang::Nl), static_cast<std::int64_t>(std::time(nullptr)),
              session_.actions};
    session_.forks.push_back(std::move(fork));
    session_.actions.resize(cut);
    redo_.clear();
    rebuild();
    changed();
}

void SessionController::open_fork(size_t index) {
    if (index >= session_.forks.size()) return;
    Fork& fork = session_.forks[index];
    std::swap(fork.actions, session_.actions);
    fork.label = describe_branch(*scenario_, fork.actions, Lang::Nl);
    fork.created = static_cast<std::int64_t>(std::time(nullptr));
    redo_.clear();
    // A fork from an older scenario version is migrated like a saved log: what fits is kept,
    // and when something no longer fits, the whole fork as it was stays a fork of its own.
    Migration m = migrate(*scenario_, host_, session_.actions, session_.seed);
    if (!m.clean())
        session_.forks.push_back({"Past niet meer in deze versie van het scenario: " + describe_branch(*scenario_, session_.actions, Lang::Nl),
                                  static_cast<std::int64_t>(std::time(nullptr)), session_.actions});
    session_.actions = std::move(m.actions);
    state_ = std::move(m.state);
    changed();
}

void SessionController::rebuild() { state_ = replay(*scenario_, host_, session_).state; }

void SessionController::changed() {
    ++revision_;
    session_.updated = static_cast<std::int64_t>(std::time(nullptr));
    if (persist_) persist_(session_);
}

std::string describe_branch(const Scenario& scenario, const std::vector<Action>& actions, Lang lang) {
    std::string label;
    for (const auto& a : actions) {
        if (a.type != action_type::Choose) continue;
        const Choice* c = scenario.choice(a.step, a.target);
        if (!label.empty()) label += " → ";
        label += c ? c->text.get(lang) : a.target;
    }
    return label.empty() ? (lang == Lang::En ? "(start of the case)" : "(begin van de casus)") : label;
}

}  // namespace lwp::core
