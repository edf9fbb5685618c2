// variabele and verloop: a case variable (a meter) now or on entering a step, and the course of a
// meter or of the trainee's taxatie so far.
#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

// variabele: a case variable within min..max, now or on entering a step (bij).
void read_variable(FieldReader& f, const std::string& where, CheckParts& parts) {
    std::string v = f.str("variabele");
    if (v.empty()) return;
    Check* x = parts.add(K::Variable);
    x->var = v;
    bool has_min = false, has_max = false;
    x->min = f.num("min", -1e300, &has_min);
    x->max = f.num("max", 1e300, &has_max);
    x->step = f.str("bij");
    if (!has_min && !has_max) f.error_at("variabele", "check op variabele '" + v + "' in " + where + " heeft 'min' en/of 'max' nodig");
}

void validate_variable(const Check& c, CheckValidation& v) {
    v.need(v.scenario().variable(c.var) != nullptr, "e variabele", c.var);
    if (!c.step.empty()) v.need(v.scenario().step(c.step) != nullptr, "e stap", c.step);
}

CheckOutcome eval_variable(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const std::map<std::string, double>* vars = &e.st.vars;
    std::size_t at = kNoAction;
    if (!c.step.empty()) {
        vars = nullptr;
        for (const auto& v : e.st.visits)
            if (v.step == c.step) {
                vars = &v.vars;
                at = v.action;
                break;
            }
        if (!vars) return o;
    }
    auto it = vars->find(c.var);
    const double value = it != vars->end() ? it->second : 0;
    o.met = it != vars->end() && value >= c.min && value <= c.max;
    o.decided = !c.step.empty();
    const Variable* var = e.sc.variable(c.var);
    const Phrase label = var ? Phrase(var->label) : Phrase(c.var);
    o.evidence.emplace_back(at, c.step.empty() ? phrase("score.evidence_variable", "%s: %s", {label, number(value)})
                                               : phrase("score.evidence_variable_at_step", "%s: %s bij stap ‘%s’", {label, number(value), c.step}));
    return o;
}

bool variable_assessable(const Evaluation& e, const Check& c) { return c.step.empty() || e.st.visited(c.step); }

// verloop: the history test holds (core::history_holds, as a condition's does).
void read_history(FieldReader& f, const std::string& where, CheckParts& parts) {
    if (HistoryTest h; read_history_test(f, "de check van " + where, h)) parts.add(K::History)->history = std::move(h);
}

void validate_history(const Check& c, CheckValidation& v) { v.history(c.history); }

// "Directe veiligheid: laagste 3, hoogste 6, nu 5" (or the taxaties given so far).
Phrase course_text(const Evaluation& e, const HistoryTest& h) {
    if (h.var.empty()) {
        const auto& hist = e.st.analysis.safety.history;
        if (hist.empty()) return phrase("score.evidence_not_taxed", "Veiligheid nog niet getaxeerd");
        std::string scores;
        for (const auto& r : hist) scores += (scores.empty() ? "" : ", ") + std::to_string(r.score);
        return phrase("score.evidence_taxaties", "Jouw taxaties tot nu toe: %s", {scores});
    }
    const Variable* var = e.sc.variable(h.var);
    const Phrase label = var ? Phrase(var->label) : Phrase(h.var);
    auto now = e.st.vars.find(h.var);
    auto range = e.st.var_range.find(h.var);
    if (now == e.st.vars.end() || range == e.st.var_range.end()) return phrase("score.evidence_no_value", "%s: geen waarde", {label});
    return phrase("score.evidence_course", "%s: laagste %s, hoogste %s, nu %s",
                  {label, number(range->second.first), number(range->second.second), number(now->second)});
}

CheckOutcome eval_history(Evaluation& e, const Check& c) {
    CheckOutcome o;
    o.met = history_holds(c.history, e.st);
    o.evidence.emplace_back(kNoAction, course_text(e, c.history));
    return o;
}

bool history_assessable(const Evaluation& e, const Check& c) {
    if (c.history.var.empty() && !e.st.analysis.board_open("veiligheid")) return false;
    for (const std::string* step : {&c.history.fell_since, &c.history.rose_since})
        if (!step->empty() && !e.st.visited(*step)) return false;
    return true;
}

}  // namespace

extern const KindOps ops_Variable{read_variable, validate_variable, eval_variable, variable_assessable};
extern const KindOps ops_History{read_history, validate_history, eval_history, history_assessable};

}  // namespace lwp::core::kinds
