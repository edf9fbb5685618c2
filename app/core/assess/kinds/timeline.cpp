// op_tijdlijn, volgorde, aanleiding, tijdlijn_velden: the timeline board.
#include <algorithm>
#include <climits>

#include "core/assess/comparison.hpp"
#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

bool timeline_open(const Evaluation& e, const Check&) { return e.st.analysis.board_open("tijdlijn"); }

void validate_facts(const Check& c, CheckValidation& v) {
    for (const auto& f : c.refs) v.need(v.scenario().fact(f) != nullptr, " feit", f);
}

// op_tijdlijn: each fact placed on the timeline.
void read_on_timeline(FieldReader& f, const std::string&, CheckParts& parts) {
    if (auto v = f.list("op_tijdlijn"); !v.empty()) parts.add(K::OnTimeline, v);
}

CheckOutcome eval_on_timeline(Evaluation& e, const Check& c) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    o.met = true;
    for (const auto& f : c.refs) {
        const TimelineEntry* t = an.timeline.entry_for_fact(f);
        if (t) o.evidence.emplace_back(created_by(*t), phrase("score.evidence_on_timeline", "Op de tijdlijn: %s", {fact_text(e.sc, f)}));
        else {
            o.met = false;
            o.evidence.emplace_back(kNoAction, phrase("score.evidence_not_on_timeline", "Ontbreekt op de tijdlijn: %s", {fact_text(e.sc, f)}));
        }
    }
    return o;
}

// volgorde: the facts dated and in this order on the timeline.
void read_order(FieldReader& f, const std::string&, CheckParts& parts) {
    if (auto v = f.list("volgorde"); !v.empty()) parts.add(K::TimelineOrder, v);
}

CheckOutcome eval_order(Evaluation& e, const Check& c) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    o.met = true;
    long previous = LONG_MIN;
    for (const auto& f : c.refs) {
        const TimelineEntry* t = an.timeline.entry_for_fact(f);
        if (!t || !t->date.valid()) {
            o.met = false;
            o.evidence.emplace_back(kNoAction, phrase("score.evidence_undated", "Zonder datum of niet geplaatst: %s", {fact_text(e.sc, f)}));
            continue;
        }
        if (t->date.key() < previous) {
            o.met = false;
            o.evidence.emplace_back(created_by(*t), phrase("score.evidence_too_early", "Staat te vroeg: %s (%s)", {fact_text(e.sc, f), t->date.iso()}));
        }
        previous = std::max(previous, t->date.key());
    }
    return o;
}

// aanleiding: the first, latest and worst marks on the facts the case expects.
void read_aanleiding(FieldReader& f, const std::string& where, CheckParts& parts) {
    f.table("aanleiding", "aanleiding in de check van " + where, "check.aanleiding", [&](FieldReader& a) {
        Check* x = parts.add(K::Aanleiding);
        for (const char* mark : {"eerste", "laatste", "ergste"})
            if (std::string fact = a.str(mark); !fact.empty()) x->marks[mark] = fact;
        if (x->marks.empty()) a.error("'aanleiding' in de check van " + where + " noemt eerste, laatste en/of ergste");
    });
}

void validate_aanleiding(const Check& c, CheckValidation& v) {
    for (const auto& [mark, f] : c.marks) v.need(v.scenario().fact(f) != nullptr, " feit", f);
}

CheckOutcome eval_aanleiding(Evaluation& e, const Check& c) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    o.met = true;
    for (const auto& [mark, fact] : c.marks) {
        const std::string& entry = mark == "eerste" ? an.timeline.first : mark == "laatste" ? an.timeline.latest : an.timeline.worst;
        const TimelineEntry* t = an.timeline.entry(entry);
        const Phrase as = mark_name(mark);
        if (t && t->fact == fact) o.evidence.emplace_back(created_by(*t), phrase("score.evidence_marked", "Als %s gemarkeerd: %s", {as, fact_text(e.sc, fact)}));
        else {
            o.met = false;
            if (t)
                o.evidence.emplace_back(created_by(*t), phrase("score.evidence_expected_marked", "Als %s verwacht: %s; gemarkeerd: %s",
                                                               {as, fact_text(e.sc, fact), t->fact.empty() ? in_quotes(t->text) : fact_text(e.sc, t->fact)}));
            else
                o.evidence.emplace_back(kNoAction, phrase("score.evidence_expected_unmarked", "Als %s verwacht: %s; niets gemarkeerd", {as, fact_text(e.sc, fact)}));
        }
    }
    return o;
}

// tijdlijn_velden: the named fields of the timeline filled in.
void read_fields(FieldReader& f, const std::string&, CheckParts& parts) {
    if (auto v = f.list("tijdlijn_velden"); !v.empty()) parts.add(K::TimelineFields, v);
}

void validate_fields(const Check& c, CheckValidation& v) {
    for (const auto& f : c.refs) v.need(find_term(timeline_fields(), f) != nullptr, " veld van de tijdlijn", f);
}

CheckOutcome eval_fields(Evaluation& e, const Check& c) { return filled_fields(c, e.st.analysis.timeline.fields, timeline_fields()); }

}  // namespace

extern const KindOps ops_OnTimeline{read_on_timeline, validate_facts, eval_on_timeline, timeline_open};
extern const KindOps ops_TimelineOrder{read_order, validate_facts, eval_order, timeline_open};
extern const KindOps ops_Aanleiding{read_aanleiding, validate_aanleiding, eval_aanleiding, timeline_open};
extern const KindOps ops_TimelineFields{read_fields, validate_fields, eval_fields, timeline_open};

}  // namespace lwp::core::kinds
