#include "core/fold/session.hpp"

#include <functional>

#include "core/fold/preview.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>

namespace lwp::core {

namespace {
template <typename C, typename T>
bool contains(const C& c, const T& v) {
    return std::find(c.begin(), c.end(), v) != c.end();
}

std::int64_t now() { return static_cast<std::int64_t>(std::time(nullptr)); }

void reveal_fact(SessionState& st, const std::string& fact, const std::string& step, size_t action) {
    if (!st.knows_fact(fact)) st.facts.push_back({fact, step, action});
}

void set_var(SessionState& st, const Scenario& sc, const std::string& var, double value) {
    if (const Variable* v = sc.variable(var)) value = std::clamp(value, v->min, v->max);
    st.vars[var] = value;
    auto [it, fresh] = st.var_range.try_emplace(var, value, value);
    if (!fresh) it->second = {std::min(it->second.first, value), std::max(it->second.second, value)};
}

void apply_status(SessionState& st, const StatusChanges& sets) {
    for (const auto& [person, values] : sets)
        for (const auto& [key, value] : values) st.person_status[person][key] = value;
}

// Entering a step makes its documents available, reveals its facts and applies bij_binnenkomst.
void enter(SessionState& st, const Scenario& sc, const std::string& target, size_t action) {
    if (const Ending* e = sc.ending(target)) {
        st.step.clear();
        st.ending = e->id;
        return;
    }
    const Step* step = sc.step(target);
    st.step = target;
    st.offered.clear();
    st.path.push_back(target);
    if (step) {  // effects first, so the visit records the meters as they stand in the step
        for (const auto& [var, delta] : step->on_entry.effects) set_var(st, sc, var, st.vars[var] + delta);
        for (const auto& f : step->on_entry.reveals) reveal_fact(st, f, target, action);
        apply_status(st, step->on_entry.sets);
    }
    st.visits.push_back({target, action, st.vars});
    if (!step) return;
    for (const auto& d : step->documents)
        if (!contains(st.documents_available, d)) st.documents_available.push_back(d);
    for (const auto& f : step->facts) reveal_fact(st, f, target, action);
    for (const auto& b : step->opens)
        if (!contains(st.analysis.open_boards, b)) st.analysis.open_boards.push_back(b);
    if (!step->safety_signal.empty()) st.analysis.safety_alert = target;
    for (const auto& rp : sc.reflection_points)
        if (rp.step == target && !contains(st.reflection_due, rp.id)) st.reflection_due.push_back(rp.id);
}
}  // namespace

Action make_choose(const std::string& step, const std::string& choice) {
    return Action{action_type::Choose, step, choice, {}, now()};
}

Action make_read(const std::string& step, const std::string& document) {
    return Action{action_type::ReadDocument, step, document, {}, now()};
}

char created_id_prefix(const std::string& type) {
    if (type == "tijdlijn.plaats" || type == "tijdlijn.eigen") return 't';
    if (type == "personen.band") return 'b';
    if (type == "personen.nieuw") return 'n';
    if (type == "patroon.factor") return 'p';
    if (type == "patroon.pijl") return 'l';
    if (type == "eind.item") return 'e';
    if (type == "reflectie.schrijf") return 'r';
    return 0;
}

std::string created_id(const Action& action, size_t index) {
    const char prefix = created_id_prefix(action.type);
    if (!prefix) return {};
    if (!action.creates.empty()) return action.creates;
    return std::string(1, prefix) + std::to_string(index);
}

void stamp_created_ids(std::vector<Action>& log) {
    for (size_t i = 0; i < log.size(); ++i)
        if (log[i].creates.empty()) log[i].creates = created_id(log[i], i);
}

std::string fresh_created_id(const SessionState& state, const Action& action, size_t index) {
    Action probe = action;
    probe.creates.clear();
    const std::string base = created_id(probe, index);
    if (base.empty() || !state.has_created(base)) return base;
    for (size_t n = 2;; ++n)
        if (std::string id = base + "_" + std::to_string(n); !state.has_created(id)) return id;
}

void enter_step(SessionState& state, const Scenario& scenario, const std::string& target, size_t action) {
    enter(state, scenario, target, action);
}

bool SessionState::knows_fact(const std::string& id) const {
    return std::any_of(facts.begin(), facts.end(), [&](const RevealedFact& f) { return f.id == id; });
}
bool SessionState::has_read(const std::string& document) const { return contains(documents_read, document); }
bool SessionState::took_choice(const std::string& choice) const {
    return std::any_of(choices.begin(), choices.end(), [&](const ChoiceRecord& c) { return c.choice == choice; });
}
bool SessionState::visited(const std::string& step) const { return contains(path, step); }
bool SessionState::has_created(const std::string& id) const {
    auto in = [&](const auto& items) { return std::any_of(items.begin(), items.end(), [&](const auto& x) { return x.id == id; }); };
    const Analysis& a = analysis;
    return in(a.timeline.entries) || in(a.persons.ties) || in(a.pattern.factors) || in(a.pattern.links) || in(a.end.items) ||
           in(reflections);
}

SessionState initial_state(const Scenario& scenario, std::uint64_t seed) {
    SessionState st;
    st.seed = seed;
    for (const auto& v : scenario.variables) {
        st.vars[v.id] = v.initial;
        st.var_range[v.id] = {v.initial, v.initial};
    }
    for (const auto& p : scenario.persons)
        if (!p.status.empty()) st.person_status[p.id] = p.status;
    // Boards are open from the start unless the scenario opens them at given steps.
    const bool staged = std::any_of(scenario.steps.begin(), scenario.steps.end(), [](const Step& s) { return !s.opens.empty(); });
    if (!staged)
        for (const auto& b : boards()) st.analysis.open_boards.emplace_back(b.id);
    enter(st, scenario, scenario.meta.start, 0);
    return st;
}

ApplyResult FailureWatch::result() const {
    return {false, std::string(kScenarioErrorPrefix) + (host ? host->last_failure() : std::string())};
}

bool evaluate(const Condition& c, const SessionState& st, ScriptHost* host) {
    using K = Condition::Kind;
    switch (c.kind) {
        case K::Always: return true;
        case K::FactKnown: return st.knows_fact(c.ref);
        case K::ChoiceTaken: return st.took_choice(c.ref);
        case K::ChoiceNotTaken: return !st.took_choice(c.ref);
        case K::DocumentRead: return st.has_read(c.ref);
        case K::StepVisited: return st.visited(c.ref);
        case K::VarRange: {
            auto it = st.vars.find(c.ref);
            return it != st.vars.end() && it->second >= c.min && it->second <= c.max;
        }
        case K::All:
            return std::all_of(c.children.begin(), c.children.end(), [&](const Condition& ch) { return evaluate(ch, st, host); });
        case K::Any:
            return std::any_of(c.children.begin(), c.children.end(), [&](const Condition& ch) { return evaluate(ch, st, host); });
        case K::Not: return !c.children.empty() && !evaluate(c.children.front(), st, host);
        case K::Script: return host && host->eval_condition(c.script, st);
        case K::PersonStatus: return person_status(st, c.ref, c.key) == c.value;
        case K::History: return history_holds(c.history, st);
    }
    return false;
}

std::string person_status(const SessionState& st, const std::string& person, const std::string& key) {
    auto p = st.person_status.find(person);
    if (p == st.person_status.end()) return {};
    auto v = p->second.find(key);
    return v != p->second.end() ? v->second : std::string();
}

namespace {
// The value on first entering `step` (nullopt: not entered yet, or no value then).
std::optional<double> value_at_entry(const HistoryTest& t, const SessionState& st, const std::string& step) {
    for (size_t i = 0; i < st.visits.size(); ++i) {
        if (st.visits[i].step != step) continue;
        if (!t.var.empty()) {
            auto it = st.visits[i].vars.find(t.var);
            if (it == st.visits[i].vars.end()) return std::nullopt;
            return it->second;
        }
        // The taxatie that stood when the step was entered: the last one given before that moment.
        std::optional<double> out;
        for (const auto& r : st.analysis.safety.history)
            if (r.action < st.visits[i].action) out = r.score;
        return out;
    }
    return std::nullopt;
}
}  // namespace

bool history_holds(const HistoryTest& t, const SessionState& st) {
    double now = 0, low = 0, high = 0;
    if (!t.var.empty()) {
        auto v = st.vars.find(t.var);
        auto r = st.var_range.find(t.var);
        if (v == st.vars.end() || r == st.var_range.end()) return false;
        now = v->second;
        low = r->second.first;
        high = r->second.second;
    } else {
        const auto& h = st.analysis.safety.history;  // taxaties given so far; none: nothing to test
        if (h.empty()) return false;
        now = h.back().score;
        low = high = now;
        for (const auto& r : h) {
            low = std::min(low, static_cast<double>(r.score));
            high = std::max(high, static_cast<double>(r.score));
        }
    }
    if (!(low < t.ever_below) || !(high > t.ever_above) || low < t.never_below || high > t.never_above) return false;
    if (!t.fell_since.empty()) {
        const std::optional<double> then = value_at_entry(t, st, t.fell_since);
        if (!then || !(now < *then)) return false;
    }
    if (!t.rose_since.empty()) {
        const std::optional<double> then = value_at_entry(t, st, t.rose_since);
        if (!then || !(now > *then)) return false;
    }
    return true;
}

std::string step_text(const Step& step, const SessionState& st, ScriptHost* host, Lang lang) {
    std::string out = step.narrative.get(lang);
    for (const auto& v : step.variants)
        if (evaluate(v.when, st, host)) out += (out.empty() ? "" : "\n\n") + v.text.get(lang);
    return out;
}

namespace {
std::vector<const Choice*> offered_in_file_order(const SessionState& st, const Scenario& sc, ScriptHost* host) {
    std::vector<const Choice*> out;
    const Step* step = sc.step(st.step);
    if (!step || st.finished()) return out;
    for (const auto& ch : step->choices)
        if (evaluate(ch.when, st, host)) out.push_back(&ch);
    return out;
}

bool has_conditional_choice(const SessionState& st, const Scenario& sc) {
    const Step* step = st.finished() ? nullptr : sc.step(st.step);
    return step && std::any_of(step->choices.begin(), step->choices.end(),
                               [](const Choice& ch) { return ch.when.kind != Condition::Kind::Always; });
}

// Keeps SessionState::offered around an action taken inside a step (not a choice).
ApplyResult keeping_choice_order(SessionState& st, const Scenario& sc, ScriptHost* host, const std::function<ApplyResult()>& act) {
    if (!has_conditional_choice(st, sc)) return act();
    std::vector<std::string> before = st.offered;
    if (st.offered.empty())
        for (const Choice* ch : offered_in_file_order(st, sc, host)) st.offered.push_back(ch->id);
    ApplyResult r = act();
    if (!r.ok || st.finished()) {  // a refused action changes nothing, this list included
        if (!r.ok) st.offered = std::move(before);
        return r;
    }
    for (const Choice* ch : offered_in_file_order(st, sc, host))
        if (!contains(st.offered, ch->id)) st.offered.push_back(ch->id);
    return r;
}
}  // namespace

std::vector<const Choice*> available_choices(const SessionState& st, const Scenario& sc, ScriptHost* host) {
    std::vector<const Choice*> out = offered_in_file_order(st, sc, host);
    if (st.offered.empty()) return out;
    auto rank = [&](const Choice* ch) {
        const auto it = std::find(st.offered.begin(), st.offered.end(), ch->id);
        return static_cast<size_t>(it - st.offered.begin());  // not yet in the list: after it, in file order
    };
    std::stable_sort(out.begin(), out.end(), [&](const Choice* a, const Choice* b) { return rank(a) < rank(b); });
    return out;
}

namespace {
ApplyResult apply_one(SessionState& st, const Scenario& sc, ScriptHost* host, const Action& action, size_t index) {
    auto fail = [](std::string msg) { return ApplyResult{false, std::move(msg)}; };
    if (action.type == action_type::ReadDocument) {
        if (!sc.document(action.target)) return fail("onbekend document '" + action.target + "'");
        if (!contains(st.documents_available, action.target))
            return fail("document '" + action.target + "' is op dit moment nog niet beschikbaar");
        if (!st.has_read(action.target)) st.documents_read.push_back(action.target);
        for (const auto& f : sc.document(action.target)->reveals) reveal_fact(st, f, st.step, index);
        return {};
    }
    if (action.type == action_type::Choose) {
        // A condition that fails (an error, a limit) is a scenario error of this action, never
        // a silent "false": otherwise a limit reached on a busy machine would take another route.
        const FailureWatch watch{host};
        if (st.finished()) return fail("de casus is al afgelopen");
        if (action.step != st.step)
            return fail("keuze '" + action.target + "' hoort bij stap '" + action.step + "', maar de casus staat in stap '" + st.step + "'");
        const Choice* choice = sc.choice(st.step, action.target);
        if (!choice) return fail("stap '" + st.step + "' heeft geen keuze '" + action.target + "'");
        const bool available = evaluate(choice->when, st, host);
        if (watch.failed()) return watch.result();
        if (!available) return fail("keuze '" + action.target + "' is hier niet beschikbaar");
        if (st.workshop.active)
            if (ApplyResult r = check_group_decision(st, action); !r.ok) return r;
        // Effects apply first, so a route can test the variable the choice just changed. Applied
        // in place and undone when no route fits: copying the whole state here made every
        // choice cost as much as the log so far (100,000 choices: minutes). A failed choice
        // leaves `st` as it was.
        const std::size_t choices_before = st.choices.size(), facts_before = st.facts.size();
        std::map<std::string, double> vars_before = st.vars;  // one entry per meter
        auto range_before = st.var_range;
        StatusChanges status_before = st.person_status;  // a few entries per person with a status
        SessionState& next = st;
        const std::string from_step = st.step;
        next.choices.push_back({st.step, choice->id, index});
        for (const auto& [var, delta] : choice->effects) set_var(next, sc, var, next.vars[var] + delta);
        for (const auto& f : choice->reveals) reveal_fact(next, f, from_step, index);
        apply_status(next, choice->sets);
        const Route* route = nullptr;
        for (const auto& r : choice->routes)
            if (evaluate(r.when, next, host)) {
                route = &r;
                break;
            }
        if (!route || watch.failed()) {  // a failed route condition undoes the choice as well
            st.choices.resize(choices_before);
            st.facts.resize(facts_before);
            st.vars = std::move(vars_before);
            st.var_range = std::move(range_before);
            st.person_status = std::move(status_before);
            if (watch.failed()) return watch.result();
            return fail("geen enkele route van keuze '" + choice->id + "' past bij deze situatie");
        }
        // From here on nothing runs a script (enter and record_group_decision only copy data),
        // so the choice cannot fail any more.
        next.last_feedback_step = from_step;
        next.last_feedback_choice = choice->id;
        for (const auto& rp : sc.reflection_points)
            if (rp.after_choice == choice->id && !contains(next.reflection_due, rp.id)) next.reflection_due.push_back(rp.id);
        enter(next, sc, route->target, index);
        if (next.workshop.active) record_group_decision(next, from_step, action, index);
        return {};
    }
    if (is_analysis_action(action.type)) {
        if (ApplyResult r = check_contribution(st, action); !r.ok) return r;
        ApplyResult r = apply_analysis(st, sc, action, index);
        if (r.ok) record_contribution(st, action, index);
        return r;
    }
    if (is_reflection_action(action.type)) return apply_reflection(st, sc, action, index);
    if (is_preview_action(action.type)) return apply_preview(st, sc, action, index);
    if (is_workshop_action(action.type)) return apply_workshop(st, sc, host, action, index);
    if (is_dossier_action(action.type)) return apply_dossier(st, sc, action);
    return fail("onbekende actie '" + action.type + "'");
}
}  // namespace

ApplyResult apply(SessionState& st, const Scenario& sc, ScriptHost* host, const Action& action, size_t index) {
    if (action.type == action_type::Choose) return apply_one(st, sc, host, action, index);
    return keeping_choice_order(st, sc, host, [&] { return apply_one(st, sc, host, action, index); });
}

ReplayResult replay(const Scenario& scenario, ScriptHost* host, const Session& session) {
    return replay(scenario, host, session.actions, session.seed);
}

ReplayResult replay(const Scenario& scenario, ScriptHost* host, const std::vector<Action>& actions, std::uint64_t seed) {
    ReplayResult r{initial_state(scenario, seed), 0, {}};
    for (size_t i = 0; i < actions.size(); ++i) {
        ApplyResult a = apply(r.state, scenario, host, actions[i], i);
        if (!a.ok) {
            r.problem = "actie " + std::to_string(i + 1) + " (" + actions[i].type + " '" + actions[i].target + "'): " + a.error;
            break;
        }
        r.applied = i + 1;
    }
    return r;
}

}  // namespace lwp::core
