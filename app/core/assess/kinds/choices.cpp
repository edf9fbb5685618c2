// keuze, niet_keuze, eerst ... voor / voor_stap: the choices the route made, and their order.
#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

// The moment of a choice kind has come once the step that holds the choice was entered.
bool choice_step_visited(const Evaluation& e, const Check& c) {
    const Step* s = step_of_choice(e.sc, c.first_ref());
    return s && e.st.visited(s->id);
}

void validate_choice(const Check& c, CheckValidation& v) { v.need(v.choice_exists(c.first_ref()), "e keuze", c.first_ref()); }

// keuze: the choice was made; decided once its step was answered otherwise.
void read_taken(FieldReader& f, const std::string&, CheckParts& parts) {
    if (std::string v = f.str("keuze"); !v.empty()) parts.add(K::ChoiceTaken, {v});
}

CheckOutcome eval_taken(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const std::string& id = c.first_ref();
    if (const ChoiceRecord* rec = taken(e.st, id)) {
        o.met = true;
        o.evidence.push_back(chosen_evidence(e.sc, *rec));
    } else if (const Step* s = step_of_choice(e.sc, id)) {
        for (const auto& rec : e.st.choices)
            if (rec.step == s->id) {
                o.decided = true;
                o.evidence.push_back(chosen_evidence(e.sc, rec, true));
            }
    }
    return o;
}

// niet_keuze: met only once the moment has passed without it (the step was decided otherwise, or
// the case ended); until then it is open, not free points.
void read_not_taken(FieldReader& f, const std::string&, CheckParts& parts) {
    if (std::string v = f.str("niet_keuze"); !v.empty()) parts.add(K::ChoiceNotTaken, {v});
}

CheckOutcome eval_not_taken(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const ChoiceRecord* rec = taken(e.st, c.first_ref());
    if (rec) {
        o.decided = true;
        o.evidence.push_back(chosen_evidence(e.sc, *rec));
        return o;
    }
    o.met = e.st.finished();
    o.by_absence = true;
    if (const Step* s = step_of_choice(e.sc, c.first_ref()))
        for (const auto& ch : s->choices)
            if (ch.id == c.first_ref()) o.avoided.push_back(ch.text);
    if (const Step* s = step_of_choice(e.sc, c.first_ref())) {
        for (const auto& r : e.st.choices)
            if (r.step == s->id) {
                o.met = true;
                o.evidence.push_back(chosen_evidence(e.sc, r));
            }
    }
    return o;
}

// eerst ... voor / voor_stap: one choice before another, or before a step was reached.
void read_before(FieldReader& f, const std::string& where, CheckParts& parts) {
    std::string v = f.str("eerst");
    if (v.empty()) return;
    Check* x = parts.add(K::ChoiceBefore, {v});
    x->before = f.str("voor");
    if (x->before.empty()) {
        x->before = f.str("voor_stap");
        x->before_is_step = true;
    }
    if (x->before.empty()) f.error_at("eerst", "'eerst' in de check van " + where + " heeft 'voor' (een keuze) of 'voor_stap' nodig");
}

void validate_before(const Check& c, CheckValidation& v) {
    v.need(v.choice_exists(c.first_ref()), "e keuze", c.first_ref());
    if (c.before_is_step) v.need(v.scenario().step(c.before) != nullptr, "e stap", c.before);
    else v.need(v.choice_exists(c.before), "e keuze", c.before);
}

CheckOutcome eval_before(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const ChoiceRecord* first = taken(e.st, c.first_ref());
    std::size_t later = kNoAction;
    Evidence later_ev;
    if (c.before_is_step) {
        for (const auto& v : e.st.visits)
            if (v.step == c.before) {
                later = v.action;
                const Step* s = e.sc.step(v.step);
                later_ev = Evidence(v.action, "Stap ‘" + (s ? s->title.nl : v.step) + "’ bereikt");
                if (s) {
                    later_ev.key = "score.evidence_step_reached";
                    later_ev.args = {s->title};
                }
                break;
            }
    } else if (const ChoiceRecord* rec = taken(e.st, c.before)) {
        later = rec->action;
        later_ev = chosen_evidence(e.sc, *rec);
    }
    if (first) o.evidence.push_back(chosen_evidence(e.sc, *first));
    if (later != kNoAction) o.evidence.push_back(later_ev);
    o.met = first && (later == kNoAction || first->action < later);
    o.decided = !o.met && later != kNoAction;
    return o;
}

bool before_assessable(const Evaluation& e, const Check& c) {
    return choice_step_visited(e, c) || (c.before_is_step ? e.st.visited(c.before) : taken(e.st, c.before) != nullptr);
}

}  // namespace

extern const KindOps ops_ChoiceTaken{read_taken, validate_choice, eval_taken, choice_step_visited};
extern const KindOps ops_ChoiceNotTaken{read_not_taken, validate_choice, eval_not_taken, choice_step_visited};
extern const KindOps ops_ChoiceBefore{read_before, validate_before, eval_before, before_assessable};

}  // namespace lwp::core::kinds
