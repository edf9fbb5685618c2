// What several kinds' evaluations share (helpers.hpp).
#include "core/assess/kinds/helpers.hpp"

#include <cstdio>

namespace lwp::core::kinds {

const ChoiceRecord* taken(const SessionState& st, const std::string& choice) {
    for (const auto& c : st.choices)
        if (c.choice == choice) return &c;
    return nullptr;
}

const Step* step_of_choice(const Scenario& sc, const std::string& choice) {
    for (const auto& s : sc.steps)
        for (const auto& c : s.choices)
            if (c.id == choice) return &s;
    return nullptr;
}

Phrase in_quotes(Phrase p) { return phrase("score.quoted", "‘%s’", {std::move(p)}); }

Phrase choice_text(const Scenario& sc, const ChoiceRecord& rec) {
    const Choice* c = sc.choice(rec.step, rec.choice);
    return c ? in_quotes(c->text) : Phrase(rec.choice);
}

Phrase term_text(std::span<const Term> terms, const std::string& id, bool nl_is_id) {
    const Term* t = find_term(terms, id);
    if (!t) return Phrase(id);
    Text names = core::term_text(*t);
    if (nl_is_id) names.nl = id;
    return names;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

Evidence chosen_evidence(const Scenario& sc, const ChoiceRecord& rec, bool instead) {
    Evidence e(rec.action, std::string(instead ? kInstead : kChosen) + choice_text(sc, rec).nl());
    if (const Choice* c = sc.choice(rec.step, rec.choice)) {
        e.key = instead ? "score.evidence_instead" : "score.evidence_chosen";
        e.args = {c->text};
    }
    return e;
}

Phrase fact_text(const Scenario& sc, const std::string& id) {
    const Fact* f = sc.fact(id);
    return f ? in_quotes(f->text) : Phrase(id);
}

Phrase step_title(const Scenario& sc, const std::string& id) {
    const Step* s = sc.step(id);
    return s ? Phrase(s->title) : Phrase(id);
}

CheckOutcome filled_fields(const Check& c, const std::map<std::string, std::string>& fields, std::span<const Term> terms) {
    CheckOutcome o;
    o.met = true;
    for (const auto& f : c.refs) {
        const Phrase name = term_text(terms, f);
        if (fields.count(f)) o.evidence.emplace_back(kNoAction, phrase("score.evidence_filled_in", "Ingevuld: %s", {name}));
        else {
            o.met = false;
            o.evidence.emplace_back(kNoAction, phrase("score.evidence_not_filled_in", "Niet ingevuld: %s", {name}));
        }
    }
    return o;
}

}  // namespace lwp::core::kinds
