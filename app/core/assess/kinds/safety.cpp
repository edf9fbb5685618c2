// veiligheid_voor_patroon, veiligheidsscore, veiligheidsplan: the safety board, and safety first.
#include <algorithm>

#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

bool safety_open(const Evaluation& e, const Check&) { return e.st.analysis.board_open("veiligheid"); }

// veiligheid_voor_patroon = true, or { feit = "f_veiligheidsplan" }: the case's safety-plan fact
// also counts as safety on order at the first pattern work (besides the meter at 6 or more).
void read_first(FieldReader& f, const std::string& where, CheckParts& parts) {
    const bool table = f.table("veiligheid_voor_patroon", "veiligheid_voor_patroon in de check van " + where, "check.veiligheid_voor_patroon",
                               [&](FieldReader& a) {
                                   const std::string fact = a.str("feit");
                                   parts.add(K::SafetyBeforePattern, fact.empty() ? std::vector<std::string>{} : std::vector<std::string>{fact});
                               });
    if (!table && f.boolean("veiligheid_voor_patroon", false)) parts.add(K::SafetyBeforePattern);
}

void validate_first(const Check& c, CheckValidation& v) {
    for (const auto& f : c.refs) v.need(v.scenario().fact(f) != nullptr, " feit", f);
}

// Safety first (§2.7) is about the case, not about a number the trainee types: at the first pattern
// work the case's own meter stood at a 6 or more (or the case's safety-plan fact, when the check
// names one, was known), and the trainee had taxated the safety before. A high taxatie alone never
// earns it.
CheckOutcome eval_first(Evaluation& e, const Check& c) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    const std::size_t at = an.pattern_started;
    if (at == kNoAction) return o;
    o.decided = true;
    const double meter = case_safety_at(e.sc, e.st, at);
    const bool plan = !c.refs.empty() && std::any_of(e.st.facts.begin(), e.st.facts.end(), [&](const RevealedFact& f) {
        return f.id == c.refs[0] && f.action <= at;
    });
    const SafetyScoreRecord* taxed = nullptr;
    for (const auto& h : an.safety.history)
        if (h.action < at) taxed = &h;
    Phrase state = meter < 0 ? phrase("score.no_safety_meter", "de casus heeft geen meter directe veiligheid")
                             : phrase("score.safety_meter", "directe veiligheid in de casus: %s", {number(meter)});
    if (plan) state = phrase("score.and_then", "%s; %s", {state, phrase("score.fact_known", "%s was bekend", {fact_text(e.sc, c.refs[0])})});
    state = phrase("score.and_then", "%s; %s",
                   {state, taxed ? phrase("score.your_taxatie", "jouw taxatie: %s", {std::to_string(taxed->score)})
                                 : phrase("score.not_taxed", "nog niet getaxeerd")});
    // A case without a meter has only the taxatie to go on (then it must be a 6).
    const bool safe = meter >= 0 ? meter >= 6 : taxed && taxed->score >= 6;
    o.met = taxed && (safe || plan);
    o.evidence.emplace_back(at, o.met ? phrase("score.evidence_pattern_safe", "Aan het gezinspatroon begonnen toen de veiligheid op orde was (%s)", {state})
                                      : phrase("score.evidence_pattern_unsafe", "Aan het gezinspatroon begonnen terwijl de veiligheid niet op orde was (%s)",
                                               {state}));
    return o;
}

// Only once pattern work exists: the order matters, not whether it happened (that is what pattern
// criteria themselves check).
bool first_assessable(const Evaluation& e, const Check&) {
    const Analysis& an = e.st.analysis;
    return an.pattern_started != kNoAction && an.board_open("patroon") && an.board_open("veiligheid");
}

// veiligheidsscore: the taxatie within min..max, at a step (bij) or now.
void read_score(FieldReader& f, const std::string& where, CheckParts& parts) {
    f.table("veiligheidsscore", "veiligheidsscore in de check van " + where, "check.veiligheidsscore", [&](FieldReader& a) {
        Check* x = parts.add(K::SafetyScore);
        x->min = a.num("min", 1);
        x->max = a.num("max", 10);
        x->step = a.str("bij");
    });
}

void validate_score(const Check& c, CheckValidation& v) {
    if (!c.step.empty()) v.need(v.scenario().step(c.step) != nullptr, "e stap", c.step);
}

// The step was entered and then left (a later step or an ending was reached).
bool left_step(const SessionState& st, const std::string& id) {
    for (std::size_t i = 0; i < st.visits.size(); ++i)
        if (st.visits[i].step == id) return i + 1 < st.visits.size() || st.finished();
    return false;
}

// The taxatie as it stood at a moment: the last score given while in step `bij` (or before
// leaving it), else the latest.
CheckOutcome eval_score(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const SafetyScoreRecord* rec = taxatie_at(e.st, c.step);
    const int v = rec ? rec->score : 0;
    o.met = v > 0 && v >= c.min && v <= c.max;
    o.decided = !c.step.empty() && left_step(e.st, c.step);
    const std::size_t at = rec ? rec->action : kNoAction;
    if (!v) o.evidence.emplace_back(at, phrase("score.evidence_not_taxed", "Veiligheid nog niet getaxeerd"));
    else if (c.step.empty()) o.evidence.emplace_back(at, phrase("score.evidence_taxatie", "Jouw taxatie: %s", {std::to_string(v)}));
    else o.evidence.emplace_back(at, phrase("score.evidence_taxatie_at_step", "Jouw taxatie: %s bij stap ‘%s’", {std::to_string(v), step_title(e.sc, c.step)}));
    return o;
}

bool score_assessable(const Evaluation& e, const Check& c) { return e.st.analysis.board_open("veiligheid") && (c.step.empty() || e.st.visited(c.step)); }

// veiligheidsplan: the named parts of the safety plan filled in.
void read_plan(FieldReader& f, const std::string&, CheckParts& parts) {
    if (auto v = f.list("veiligheidsplan"); !v.empty()) parts.add(K::SafetyPlan, v);
}

void validate_plan(const Check& c, CheckValidation& v) {
    for (const auto& f : c.refs) v.need(find_term(safety_fields(), f) != nullptr, " veld van het veiligheidsplan", f);
}

CheckOutcome eval_plan(Evaluation& e, const Check& c) { return filled_fields(c, e.st.analysis.safety.fields, safety_fields()); }

}  // namespace

extern const KindOps ops_SafetyBeforePattern{read_first, validate_first, eval_first, first_assessable};
extern const KindOps ops_SafetyScore{read_score, validate_score, eval_score, score_assessable};
extern const KindOps ops_SafetyPlan{read_plan, validate_plan, eval_plan, safety_open};

}  // namespace lwp::core::kinds
