#include "core/session/controller.hpp"

#include <ctime>
#include <optional>

namespace lwp::core {

namespace {
// Actions whose `apply` changes nothing when it fails (a choice, a reading, board work and
// reflections check everything before they write): performed on the state itself. The others
// are applied to a copy, which costs as much as the state, and that grows with the log.
bool applies_atomically(const std::string& type) {
    return type == action_type::Choose || type == action_type::ReadDocument || is_analysis_action(type) || is_reflection_action(type);
}
}  // namespace

SessionController::SessionController(std::shared_ptr<const Scenario> scenario, ScriptHost* host, Session session,
                                     Persist persist)
    : scenario_(std::move(scenario)), host_(host), session_(std::move(session)), persist_(std::move(persist)) {
    migrate_log();
}

bool SessionController::migrate_log() {
    const bool same_scenario = session_.scenario_hash == scenario_->content_hash;
    snapshots_.clear();
    snapshot_every_ = kSnapshotEvery;
    Migration m = migrate(*scenario_, host_, session_.actions, session_.seed,
                          [this](size_t applied, const SessionState& st) { keep_snapshot(applied, st); });
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
    story_map_.reset();
    host_ = host;
    redo_.clear();
    migrate_log();
    changed();
    return migration_report_;
}

ApplyResult SessionController::perform(Action action) {
    if (action.creates.empty()) action.creates = fresh_created_id(state_, action, session_.actions.size());
    const bool atomic = applies_atomically(action.type);
    std::optional<SessionState> copy;
    if (!atomic) copy = state_;
    SessionState& target = atomic ? state_ : *copy;
    ApplyResult result = apply(target, *scenario_, host_, action, session_.actions.size());
    if (!result.ok) return result;
    session_.actions.push_back(std::move(action));
    if (copy) state_ = std::move(*copy);
    keep_snapshot(session_.actions.size(), state_);
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
    const bool atomic = applies_atomically(action.type);
    std::optional<SessionState> copy;
    if (!atomic) copy = state_;
    if (apply(atomic ? state_ : *copy, *scenario_, host_, action, session_.actions.size()).ok) {
        session_.actions.push_back(std::move(action));
        if (copy) state_ = std::move(*copy);
        keep_snapshot(session_.actions.size(), state_);
    } else {
        redo_.clear();  // the world moved on; nothing sensible to redo
    }
    changed();
}

void SessionController::rewind_to_choice(size_t choice_index) {
    if (choice_index >= state_.choices.size()) return;
    const size_t cut = state_.choices[choice_index].action;
    Fork fork{describe_branch(*scenario_, session_.actions, Lang::Nl), static_cast<std::int64_t>(std::time(nullptr)),
              std::move(session_.actions)};
    session_.actions.assign(fork.actions.begin(), fork.actions.begin() + static_cast<std::ptrdiff_t>(cut));  // copies only what stays
    session_.forks.push_back(std::move(fork));
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
    snapshots_.clear();
    snapshot_every_ = kSnapshotEvery;
    Migration m = migrate(*scenario_, host_, session_.actions, session_.seed,
                          [this](size_t applied, const SessionState& st) { keep_snapshot(applied, st); });
    if (!m.clean())
        session_.forks.push_back({"Past niet meer in deze versie van het scenario: " + describe_branch(*scenario_, session_.actions, Lang::Nl),
                                  static_cast<std::int64_t>(std::time(nullptr)), session_.actions});
    session_.actions = std::move(m.actions);
    state_ = std::move(m.state);
    changed();
}

// The fold of the log as replay() gives it, from the last snapshot that is still part of the log.
void SessionController::rebuild() {
    const size_t n = session_.actions.size();
    while (!snapshots_.empty() && snapshots_.back().actions > n) snapshots_.pop_back();
    size_t from = 0;
    if (snapshots_.empty()) state_ = initial_state(*scenario_, session_.seed);
    else {
        state_ = snapshots_.back().state;
        from = snapshots_.back().actions;
    }
    for (size_t i = from; i < n; ++i) {
        if (!apply(state_, *scenario_, host_, session_.actions[i], i).ok) break;  // as replay(): stops where the log stops fitting
        keep_snapshot(i + 1, state_);
    }
}

void SessionController::keep_snapshot(size_t applied, const SessionState& st) {
    if (applied == 0 || applied % snapshot_every_ != 0) return;
    if (!snapshots_.empty() && snapshots_.back().actions >= applied) return;
    snapshots_.push_back({applied, st});
    if (snapshots_.size() <= kMaxSnapshots) return;
    snapshot_every_ *= 2;
    std::erase_if(snapshots_, [&](const Snapshot& s) { return s.actions % snapshot_every_ != 0; });
}

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

std::string fork_label(const Scenario& scenario, const Fork& fork, Lang lang) {
    const bool en = lang == Lang::En;
    const std::string branch = describe_branch(scenario, fork.actions, lang);
    static const std::string before_change = "Vóór wijziging van het scenario (versie ", unfit = "Past niet meer in deze versie van het scenario: ";
    if (fork.label.rfind(before_change, 0) == 0) {
        const size_t close = fork.label.find("): ", before_change.size());
        const std::string version = close == std::string::npos ? "" : fork.label.substr(before_change.size(), close - before_change.size());
        return (en ? "Before the case was changed (version " : before_change) + version + "): " + branch;
    }
    if (fork.label.rfind(unfit, 0) == 0) return (en ? "No longer fits this version of the case: " : unfit) + branch;
    return branch;
}

StepsToGo SessionController::steps_to_go() const {
    if (!story_map_) story_map_ = std::make_shared<const StoryMap>(story_map(*scenario_));
    return core::steps_to_go(*story_map_, state_.step);
}

}  // namespace lwp::core
