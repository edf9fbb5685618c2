// A session is an append-only log of actions; its state is a pure fold over that log
// (ARCHITECTURE.md "The flow of data"). Undo, rewind, forks and resume all fall out of that.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/fold/analysis.hpp"
#include "core/fold/dossier.hpp"
#include "core/fold/reflection.hpp"
#include "core/model/scenario.hpp"
#include "core/fold/workshop.hpp"

namespace lwp::core {

// One user intent. `type` names it ("kies", "lees"); later features add types without
// changing the saved shape. `at` is wall-clock metadata only: the fold never reads it.
struct Action {
    std::string type;
    std::string step;    // the step the user was in
    std::string target;  // choice id, document id, ...
    std::map<std::string, std::string> args;
    std::int64_t at = 0;  // unix seconds
    // The id of the board item or reflection this action creates ("p12"), fixed when it was
    // performed (Action version 2), so a migration that skips an earlier action never renumbers
    // it. Empty for actions that create nothing, and in version-1 logs, whose ids are derived
    // from the original log position (stamp_created_ids).
    std::string creates = {};

    bool operator==(const Action&) const = default;
};

namespace action_type {
inline constexpr const char* Choose = "kies";        // target: choice id
inline constexpr const char* ReadDocument = "lees";  // target: document id
}  // namespace action_type

Action make_choose(const std::string& step, const std::string& choice);
Action make_read(const std::string& step, const std::string& document);

// Stable ids of created items (timeline entries, ties, factors, arrows, end items, reflections).
// The prefix of the id an action type creates ('t', 'b', 'p', 'l', 'e', 'r'), or 0 when it
// creates nothing.
char created_id_prefix(const std::string& type);
// The id `action` creates when applied as action number `index`: its own `creates` when set,
// otherwise prefix + index (a version-1 log at its original position). Empty if it creates nothing.
std::string created_id(const Action& action, size_t index);
// Gives every creating action of `log` that names no id yet the id of its position in `log`:
// how a version-1 log keeps its meaning (called on its original positions, before anything can
// shift them).
void stamp_created_ids(std::vector<Action>& log);

// An abandoned branch, kept when the user rewinds so it can be reopened.
struct Fork {
    std::string label;
    std::int64_t created = 0;
    std::vector<Action> actions;
};

// What is saved: the log and enough to find and check the scenario again.
struct Session {
    std::string id;
    std::string scenario_id;
    std::string scenario_version;
    std::uint64_t scenario_hash = 0;
    std::uint64_t seed = 0;  // seeds math.random for this session's scenario functions
    std::int64_t created = 0;
    std::int64_t updated = 0;
    std::vector<Action> actions;
    std::vector<Fork> forks;
};

struct RevealedFact {
    std::string id;
    std::string step;    // where it was discovered
    size_t action = 0;   // index of the action that revealed it (or of the step entry)
};

// Entering a step: when, and the variables at that moment (criteria can look back at them).
struct StepVisit {
    std::string step;
    size_t action = 0;  // index of the action that led here (0 for the start)
    std::map<std::string, double> vars;
};

struct ChoiceRecord {
    std::string step;
    std::string choice;
    size_t action = 0;  // index in the log
};

// The fold's result. Everything the views show comes from here.
struct SessionState {
    std::uint64_t seed = 0;  // the session's seed: scenario functions get it with every call
    std::string step;    // current step (empty once an ending is reached)
    std::string ending;  // reached ending, or empty
    std::vector<std::string> path;  // steps entered, in order
    // The choices of the current step in the order they were first offered, once something done
    // in the step (reading a document) changed which are offered: a choice that appears later is
    // appended, so the numbers 1-9 keep their meaning while the step is open. Empty otherwise.
    std::vector<std::string> offered;
    std::vector<StepVisit> visits;  // the same, with moment and variables
    std::vector<std::string> documents_available;
    std::vector<std::string> documents_read;
    std::vector<RevealedFact> facts;
    std::map<std::string, double> vars;
    // The lowest and highest value each meter has had so far (verloop: ooit_onder, nooit_boven, ...).
    std::map<std::string, std::pair<double, double>> var_range;
    // Per person: fase / product / regie now (Person::status, changed by zet = { ... }).
    StatusChanges person_status;
    std::vector<ChoiceRecord> choices;
    std::string last_feedback_choice;  // step/choice whose feedback to show, "" if none
    std::string last_feedback_step;
    Analysis analysis;
    std::vector<Reflection> reflections;
    std::vector<std::string> reflection_due;  // reflection points reached and not yet answered
    bool preview = false;  // touched by an authoring-preview action (core/fold/preview.hpp): never scored
    Workshop workshop;   // a facilitated group session (core/fold/workshop.hpp), inactive otherwise
    DossierWork dossier;  // tags on a dossieronderzoek's events (core/fold/dossier.hpp)

    bool finished() const { return !ending.empty(); }
    bool knows_fact(const std::string& id) const;
    bool has_read(const std::string& document) const;
    bool took_choice(const std::string& choice) const;
    bool visited(const std::string& step) const;
    // Whether a created item (board item or reflection) with this id exists now.
    bool has_created(const std::string& id) const;
};

// An id for `action`, to be performed as action number `index` on `state`: prefix + index, or,
// when that id is taken (a migrated log keeps the ids of its original positions), the first free
// prefix + index + "_" + n. Empty if the action creates nothing.
std::string fresh_created_id(const SessionState& state, const Action& action, size_t index);

// Result of trying an action: ok, or a user-facing reason why it does not apply here.
struct ApplyResult {
    bool ok = true;
    std::string error;
};

// The initial state: start step entered, its documents and facts revealed, variables at start.
// `seed` is the session's (Session::seed): it travels in the state to every scenario function.
SessionState initial_state(const Scenario& scenario, std::uint64_t seed = 0);

// Applies one action; on failure the state is unchanged. `host` may be null when the scenario has
// no script conditions (tests); script conditions then count as false.
ApplyResult apply(SessionState& state, const Scenario& scenario, ScriptHost* host, const Action& action, size_t index);

// Enters a step or ending as a route does (documents, facts, boards, reflection points).
void enter_step(SessionState& state, const Scenario& scenario, const std::string& target, size_t action);

// Folds a whole log. Stops at the first action that does not fit and reports it in `problem`.
struct ReplayResult {
    SessionState state;
    size_t applied = 0;
    std::string problem;  // empty when every action applied
};
ReplayResult replay(const Scenario& scenario, ScriptHost* host, const std::vector<Action>& actions, std::uint64_t seed = 0);
// A saved session's log with its own seed: how the journal, progress, library and reports replay.
ReplayResult replay(const Scenario& scenario, ScriptHost* host, const Session& session);

// A script condition that fails (an error or a limit) counts as false here; `apply` of a choice
// whose conditions failed does not apply and says so with this prefix (a scenario error, the same
// on every machine: never another route).
bool evaluate(const Condition& condition, const SessionState& state, ScriptHost* host);
inline constexpr const char* kScenarioErrorPrefix = "fout in het scenario: ";
// Notices a script function that failed between its construction and failed().
struct FailureWatch {
    ScriptHost* host;
    std::size_t before = host ? host->failures() : 0;
    bool failed() const { return host && host->failures() != before; }
    ApplyResult result() const;  // not ok: kScenarioErrorPrefix + the failure
};

// Whether a test over the course of a meter or of the taxatie holds now (core::HistoryTest).
bool history_holds(const HistoryTest& test, const SessionState& state);
// A person's fase / product / regie now ("" when the case never set it).
std::string person_status(const SessionState& state, const std::string& person, const std::string& key);

// The text of a step as the trainee reads it now: its own text, then each variant whose
// condition holds (DSL `varianten`), as paragraphs in order.
std::string step_text(const Step& step, const SessionState& state, ScriptHost* host, Lang lang);

// Choices of the current step whose condition holds, in declaration order.
std::vector<const Choice*> available_choices(const SessionState& state, const Scenario& scenario, ScriptHost* host);

}  // namespace lwp::core
