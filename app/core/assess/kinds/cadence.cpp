// ritme: a matching choice (one of `keuzes`, or one with tag `tag`) at least every `elke` steps
// (choices) from step `vanaf` on: no run of `elke` choices in a row without one. Met once the case
// has ended without such a run; missed as soon as one happened.
#include <algorithm>

#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

void read(FieldReader& f, const std::string& where, CheckParts& parts) {
    f.table("ritme", "ritme in de check van " + where, "check.ritme", [&](FieldReader& a) {
        Check* x = parts.add(Check::Kind::Cadence, a.list("keuzes"));
        x->area = a.str("tag");
        x->min = a.whole("elke", 0, 1, 1000);
        x->step = a.str("vanaf");
        if (x->refs.empty() && x->area.empty()) a.error("ritme in de check van " + where + " noemt 'keuzes' en/of een 'tag'");
        if (x->min < 1) parts.list.pop_back();  // reported: missing or out of range
    });
}

void validate(const Check& c, CheckValidation& v) {
    const Scenario& s = v.scenario();
    for (const auto& ch : c.refs) v.need(v.choice_exists(ch), "e keuze", ch);
    if (!c.step.empty()) v.need(s.step(c.step) != nullptr, "e stap", c.step);
    if (!c.area.empty()) {
        bool tagged = false;
        for (const auto& st : s.steps)
            for (const auto& ch : st.choices) tagged = tagged || std::find(ch.tags.begin(), ch.tags.end(), c.area) != ch.tags.end();
        if (!tagged) v.error(v.where() + ": ritme telt keuzes met tag '" + c.area + "', maar geen keuze heeft die tag");
    }
}

bool matches(const Scenario& sc, const Check& c, const ChoiceRecord& rec) {
    if (std::find(c.refs.begin(), c.refs.end(), rec.choice) != c.refs.end()) return true;
    if (c.area.empty()) return false;
    const Choice* ch = sc.choice(rec.step, rec.choice);
    return ch && std::find(ch->tags.begin(), ch->tags.end(), c.area) != ch->tags.end();
}

Phrase counted(const Check& c) {
    return c.area.empty() ? phrase("score.cadence_named", "een van de genoemde keuzes") : phrase("score.cadence_tag", "een keuze met tag ‘%s’", {c.area});
}

// The first choice made in or after step `from` (st.choices.size() when none; kNoAction when the
// step was never entered).
std::size_t first_choice_from(const SessionState& st, const std::string& from) {
    if (from.empty()) return 0;
    std::size_t entered = kNoAction;
    for (std::size_t i = 0; i < st.visits.size() && entered == kNoAction; ++i)
        if (st.visits[i].step == from) entered = i;
    if (entered == kNoAction) return kNoAction;
    for (std::size_t i = 0; i < st.choices.size(); ++i)
        if (entered == 0 || st.choices[i].action >= st.visits[entered].action) return i;
    return st.choices.size();
}

CheckOutcome eval(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const std::size_t every = static_cast<std::size_t>(c.min);
    const std::size_t from = first_choice_from(e.st, c.step);
    if (from == kNoAction) return o;
    std::size_t run = 0;
    for (std::size_t i = from; i < e.st.choices.size(); ++i) {
        const ChoiceRecord& rec = e.st.choices[i];
        if (matches(e.sc, c, rec)) {
            run = 0;
            o.evidence.push_back(chosen_evidence(e.sc, rec));
            continue;
        }
        if (++run >= every) {
            o.decided = true;
            o.evidence.emplace_back(rec.action, phrase("score.evidence_cadence_gap", "%s stappen op rij zonder %s (tot en met %s)",
                                                       {std::to_string(every), counted(c), choice_text(e.sc, rec)}));
            return o;
        }
    }
    o.met = e.st.finished();
    return o;
}

bool assessable(const Evaluation& e, const Check& c) { return c.step.empty() || e.st.visited(c.step); }

}  // namespace

extern const KindOps ops_Cadence{read, validate, eval, assessable};

}  // namespace lwp::core::kinds
