// kinderen_gesproken, factor, pijl, patroon_zin: the family pattern board, and the children heard.
#include <algorithm>

#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

bool pattern_open(const Evaluation& e, const Check&) { return e.st.analysis.board_open("patroon"); }
bool always(const Evaluation&, const Check&) { return true; }

// kinderen_gesproken: a choice that spoke with every child of the case.
void read_children(FieldReader& f, const std::string&, CheckParts& parts) {
    if (f.boolean("kinderen_gesproken", false)) parts.add(K::ChildrenSpoken);
}

void validate_children(const Check&, CheckValidation& v) {
    bool any = false;
    for (const auto& p : v.scenario().persons) any = any || p.role == "kind";
    if (!any) v.error(v.where() + " vraagt of alle kinderen gesproken zijn, maar geen persoon heeft rol \"kind\"");
}

CheckOutcome eval_children(Evaluation& e, const Check&) {
    CheckOutcome o;
    o.met = true;
    for (const auto& p : e.sc.persons) {
        if (p.role != "kind") continue;
        const ChoiceRecord* spoke = nullptr;
        for (const auto& rec : e.st.choices) {
            const Choice* ch = e.sc.choice(rec.step, rec.choice);
            if (ch && std::find(ch->spoke_with.begin(), ch->spoke_with.end(), p.id) != ch->spoke_with.end()) spoke = &rec;
        }
        if (spoke) o.evidence.emplace_back(spoke->action, phrase("score.evidence_spoke_with", "Gesproken met %s: %s", {p.name, choice_text(e.sc, *spoke)}));
        else {
            o.met = false;
            o.evidence.emplace_back(kNoAction, phrase("score.evidence_not_spoken_with", "Niet gesproken met %s", {p.name}));
        }
    }
    return o;
}

// factor: a factor in an area (citing a fact, when the check names one).
void read_factor(FieldReader& f, const std::string& where, CheckParts& parts) {
    f.table("factor", "factor in de check van " + where, "check.factor", [&](FieldReader& a) {
        Check* x = parts.add(K::PatternFactor);
        x->area = a.str("gebied");
        if (std::string fact = a.str("feit"); !fact.empty()) x->refs.push_back(fact);
    });
}

void validate_factor(const Check& c, CheckValidation& v) {
    v.need(find_term(pattern_areas(), c.area) != nullptr, " gebied", c.area);
    for (const auto& f : c.refs) v.need(v.scenario().fact(f) != nullptr, " feit", f);
}

bool factor_cites_fact(const Factor& f, const Analysis& an, const std::string& fact) {
    for (const auto& e : f.evidence) {
        if (e == fact) return true;
        const TimelineEntry* t = an.timeline.entry(e);
        if (t && t->fact == fact) return true;
    }
    return false;
}

CheckOutcome eval_factor(Evaluation& e, const Check& c) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    for (const auto& f : an.pattern.factors) {
        if (term_index(pattern_areas(), c.area) != static_cast<int>(f.area)) continue;
        if (!c.refs.empty() && !factor_cites_fact(f, an, c.refs[0])) continue;
        o.met = true;
        o.evidence.emplace_back(created_by(f), phrase("score.evidence_factor", "Factor ‘%s’", {f.text}));
        break;
    }
    if (!o.met) {
        const Phrase area = term_text(pattern_areas(), c.area);
        o.evidence.emplace_back(kNoAction, c.refs.empty() ? phrase("score.evidence_no_factor", "Geen factor in ‘%s’", {area})
                                                          : phrase("score.evidence_no_factor_citing", "Geen factor in ‘%s’ met het feit %s",
                                                                   {area, fact_text(e.sc, c.refs[0])}));
    }
    return o;
}

// pijl: an arrow from a factor in one area to a factor in another.
void read_link(FieldReader& f, const std::string& where, CheckParts& parts) {
    f.table("pijl", "pijl in de check van " + where, "check.pijl", [&](FieldReader& a) {
        Check* x = parts.add(K::PatternLink);
        x->area = a.str("van");
        x->area_to = a.str("naar");
    });
}

void validate_link(const Check& c, CheckValidation& v) {
    v.need(find_term(pattern_areas(), c.area) != nullptr, " gebied", c.area);
    v.need(find_term(pattern_areas(), c.area_to) != nullptr, " gebied", c.area_to);
}

CheckOutcome eval_link(Evaluation& e, const Check& c) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    const int from = term_index(pattern_areas(), c.area), to = term_index(pattern_areas(), c.area_to);
    for (const auto& l : an.pattern.links) {
        const Factor* a = an.pattern.factor(l.from);
        const Factor* b = an.pattern.factor(l.to);
        if (a && b && static_cast<int>(a->area) == from && static_cast<int>(b->area) == to) {
            o.met = true;
            o.evidence.emplace_back(created_by(l), phrase("score.evidence_arrow", "Pijl ‘%s’ → ‘%s’", {a->text, b->text}));
            break;
        }
    }
    if (!o.met)
        o.evidence.emplace_back(kNoAction, phrase("score.evidence_no_arrow", "Geen pijl tussen %s en %s",
                                                  {term_text(pattern_areas(), c.area, true), term_text(pattern_areas(), c.area_to, true)}));
    return o;
}

// patroon_zin: the pattern sentence and the noble intention written.
void read_sentence(FieldReader& f, const std::string&, CheckParts& parts) {
    if (f.boolean("patroon_zin", false)) parts.add(K::PatternSentence);
}

CheckOutcome eval_sentence(Evaluation& e, const Check&) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    o.met = !an.pattern.sentence.empty() && !an.pattern.noble_intention.empty();
    o.evidence.emplace_back(kNoAction, an.pattern.sentence.empty() ? phrase("score.evidence_no_pattern_sentence", "Geen patroonzin")
                                                                   : phrase("score.evidence_pattern_sentence", "Patroonzin: ‘%s’", {an.pattern.sentence}));
    o.evidence.emplace_back(kNoAction, an.pattern.noble_intention.empty()
                                           ? phrase("score.evidence_no_noble_intention", "Geen nobele intentie")
                                           : phrase("score.evidence_noble_intention", "Nobele intentie: ‘%s’", {an.pattern.noble_intention}));
    return o;
}

}  // namespace

extern const KindOps ops_ChildrenSpoken{read_children, validate_children, eval_children, always};
extern const KindOps ops_PatternFactor{read_factor, validate_factor, eval_factor, pattern_open};
extern const KindOps ops_PatternLink{read_link, validate_link, eval_link, pattern_open};
extern const KindOps ops_PatternSentence{read_sentence, nullptr, eval_sentence, pattern_open};

}  // namespace lwp::core::kinds
