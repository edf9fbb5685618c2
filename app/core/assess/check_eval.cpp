// One function per check kind (the Evaluator): what a criterion's check says about the state,
// with the evidence for it, and whether the route has come past the moment the check is about.
// The score (scoring.cpp) runs these for every criterion.
#include "core/assess/check_eval.hpp"

#include <algorithm>
#include <climits>
#include <cstdio>

#include "core/assess/comparison.hpp"
#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"
#include "core/assess/scoring.hpp"
#include "core/fold/reflection.hpp"

namespace lwp::core {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Helpers
// ---------------------------------------------------------------------------------------------
using Outcome = CheckOutcome;
using namespace kinds;

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool factor_cites_fact(const Factor& f, const Analysis& an, const std::string& fact) {
    for (const auto& e : f.evidence) {
        if (e == fact) return true;
        const TimelineEntry* t = an.timeline.entry(e);
        if (t && t->fact == fact) return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// 2. Evaluating one check against the state
// ---------------------------------------------------------------------------------------------
class Evaluator {
public:
    explicit Evaluator(Evaluation& e) : e_(e), sc_(e.sc), st_(e.st), host_(e.host) {}

    Outcome eval(const Check& c) {
        using K = Check::Kind;
        switch (c.kind) {
            case K::OnTimeline: return on_timeline(c);
            case K::TimelineOrder: return timeline_order(c);
            case K::Aanleiding: return aanleiding(c);
            case K::ChildrenSpoken: return children_spoken(c);
            case K::PatternFactor: return pattern_factor(c);
            case K::PatternLink: return pattern_link(c);
            case K::SafetyBeforePattern: return safety_before_pattern(c);
            case K::SafetyScore: return safety_score(c);
            case K::PatternSentence: return pattern_sentence(c);
            case K::SafetyPlan: return filled_fields(c);
            case K::EndFields: return filled_fields(c);
            case K::TimelineFields: return filled_fields(c);
            case K::EndItems: return end_items(c);
            case K::Comparison: return comparison(c);
            case K::ReflectionWritten: return reflection_written(c);
            case K::All: return all_or_any(c);
            case K::Any: return all_or_any(c);
            case K::Script: return script(c);
            default: break;  // the kinds in their own files (kinds/)
        }
        return {};
    }

    // op_tijdlijn: each fact placed on the timeline.
    Outcome on_timeline(const Check& c) {
        const Analysis& an = st_.analysis;
        Outcome o;
        o.met = true;
        for (const auto& f : c.refs) {
            const TimelineEntry* e = an.timeline.entry_for_fact(f);
            if (e) o.evidence.emplace_back(created_by(*e), phrase("score.evidence_on_timeline", "Op de tijdlijn: %s", {fact_text(sc_, f)}));
            else {
                o.met = false;
                o.evidence.emplace_back(kNoAction, phrase("score.evidence_not_on_timeline", "Ontbreekt op de tijdlijn: %s", {fact_text(sc_, f)}));
            }
        }
        return o;
    }

    // volgorde: the facts dated and in this order on the timeline.
    Outcome timeline_order(const Check& c) {
        const Analysis& an = st_.analysis;
        Outcome o;
        o.met = true;
        long previous = LONG_MIN;
        for (const auto& f : c.refs) {
            const TimelineEntry* e = an.timeline.entry_for_fact(f);
            if (!e || !e->date.valid()) {
                o.met = false;
                o.evidence.emplace_back(kNoAction, phrase("score.evidence_undated", "Zonder datum of niet geplaatst: %s", {fact_text(sc_, f)}));
                continue;
            }
            if (e->date.key() < previous) {
                o.met = false;
                o.evidence.emplace_back(created_by(*e), phrase("score.evidence_too_early", "Staat te vroeg: %s (%s)", {fact_text(sc_, f), e->date.iso()}));
            }
            previous = std::max(previous, e->date.key());
        }
        return o;
    }

    // aanleiding: the first, latest and worst marks on the facts the case expects.
    Outcome aanleiding(const Check& c) {
        const Analysis& an = st_.analysis;
        Outcome o;
        o.met = true;
        for (const auto& [mark, fact] : c.marks) {
            const std::string& entry = mark == "eerste" ? an.timeline.first : mark == "laatste" ? an.timeline.latest : an.timeline.worst;
            const TimelineEntry* e = an.timeline.entry(entry);
            const Phrase as = mark_name(mark);
            if (e && e->fact == fact) o.evidence.emplace_back(created_by(*e), phrase("score.evidence_marked", "Als %s gemarkeerd: %s", {as, fact_text(sc_, fact)}));
            else {
                o.met = false;
                if (e)
                    o.evidence.emplace_back(created_by(*e), phrase("score.evidence_expected_marked", "Als %s verwacht: %s; gemarkeerd: %s",
                                                                   {as, fact_text(sc_, fact), e->fact.empty() ? in_quotes(e->text) : fact_text(sc_, e->fact)}));
                else
                    o.evidence.emplace_back(kNoAction, phrase("score.evidence_expected_unmarked", "Als %s verwacht: %s; niets gemarkeerd", {as, fact_text(sc_, fact)}));
            }
        }
        return o;
    }

    // kinderen_gesproken: a choice that spoke with every child of the case.
    Outcome children_spoken(const Check&) {
        Outcome o;
        o.met = true;
        for (const auto& p : sc_.persons) {
            if (p.role != "kind") continue;
            const ChoiceRecord* spoke = nullptr;
            for (const auto& rec : st_.choices) {
                const Choice* ch = sc_.choice(rec.step, rec.choice);
                if (ch && std::find(ch->spoke_with.begin(), ch->spoke_with.end(), p.id) != ch->spoke_with.end()) spoke = &rec;
            }
            if (spoke) o.evidence.emplace_back(spoke->action, phrase("score.evidence_spoke_with", "Gesproken met %s: %s", {p.name, choice_text(sc_, *spoke)}));
            else {
                o.met = false;
                o.evidence.emplace_back(kNoAction, phrase("score.evidence_not_spoken_with", "Niet gesproken met %s", {p.name}));
            }
        }
        return o;
    }

    // factor: a factor in an area (citing a fact, when the check names one).
    Outcome pattern_factor(const Check& c) {
        const Analysis& an = st_.analysis;
        Outcome o;
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
                                                                       {area, fact_text(sc_, c.refs[0])}));
        }
        return o;
    }

    // pijl: an arrow from a factor in one area to one in another.
    Outcome pattern_link(const Check& c) {
        const Analysis& an = st_.analysis;
        Outcome o;
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

    // veiligheid_voor_patroon: the pattern work began with safety on order.
    Outcome safety_before_pattern(const Check& c) {
        const Analysis& an = st_.analysis;
        Outcome o;
        // Safety first (§2.7) is about the case, not about a number the trainee types: at
        // the first pattern work the case's own meter stood at a 6 or more (or the case's
        // safety-plan fact, when the check names one, was known), and the trainee had
        // taxated the safety before. A high taxatie alone never earns it.
        const size_t at = an.pattern_started;
        if (at == kNoAction) return o;
        o.decided = true;
        const double meter = case_safety_at(sc_, st_, at);
        const bool plan = !c.refs.empty() && std::any_of(st_.facts.begin(), st_.facts.end(), [&](const RevealedFact& f) {
            return f.id == c.refs[0] && f.action <= at;
        });
        const SafetyScoreRecord* taxed = nullptr;
        for (const auto& h : an.safety.history)
            if (h.action < at) taxed = &h;
        Phrase state = meter < 0 ? phrase("score.no_safety_meter", "de casus heeft geen meter directe veiligheid")
                                 : phrase("score.safety_meter", "directe veiligheid in de casus: %s", {number(meter)});
        if (plan) state = phrase("score.and_then", "%s; %s", {state, phrase("score.fact_known", "%s was bekend", {fact_text(sc_, c.refs[0])})});
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

    // veiligheidsscore: the taxatie within min..max, at a step (bij) or now.
    Outcome safety_score(const Check& c) {
        Outcome o;
        // The taxatie as it stood at a moment: the last score given while in step `bij`
        // (or before leaving it), else the latest.
        const SafetyScoreRecord* rec = taxatie_at(c.step);
        const int v = rec ? rec->score : 0;
        o.met = v > 0 && v >= c.min && v <= c.max;
        o.decided = !c.step.empty() && left_step(c.step);
        const size_t at = rec ? rec->action : kNoAction;
        if (!v) o.evidence.emplace_back(at, phrase("score.evidence_not_taxed", "Veiligheid nog niet getaxeerd"));
        else if (c.step.empty()) o.evidence.emplace_back(at, phrase("score.evidence_taxatie", "Jouw taxatie: %s", {std::to_string(v)}));
        else o.evidence.emplace_back(at, phrase("score.evidence_taxatie_at_step", "Jouw taxatie: %s bij stap ‘%s’", {std::to_string(v), step_title(c.step)}));
        return o;
    }

    // patroon_zin: the pattern sentence and the noble intention written.
    Outcome pattern_sentence(const Check&) {
        const Analysis& an = st_.analysis;
        Outcome o;
        o.met = !an.pattern.sentence.empty() && !an.pattern.noble_intention.empty();
        o.evidence.emplace_back(kNoAction, an.pattern.sentence.empty() ? phrase("score.evidence_no_pattern_sentence", "Geen patroonzin")
                                                                       : phrase("score.evidence_pattern_sentence", "Patroonzin: ‘%s’", {an.pattern.sentence}));
        o.evidence.emplace_back(kNoAction, an.pattern.noble_intention.empty()
                                               ? phrase("score.evidence_no_noble_intention", "Geen nobele intentie")
                                               : phrase("score.evidence_noble_intention", "Nobele intentie: ‘%s’", {an.pattern.noble_intention}));
        return o;
    }

    // veiligheidsplan, eind_velden, tijdlijn_velden: the named fields of a board filled in.
    Outcome filled_fields(const Check& c) {
        using K = Check::Kind;
        const Analysis& an = st_.analysis;
        Outcome o;
        const auto& fields = c.kind == K::SafetyPlan ? an.safety.fields : c.kind == K::EndFields ? an.end.fields : an.timeline.fields;
        const auto terms = c.kind == K::SafetyPlan ? safety_fields() : c.kind == K::EndFields ? end_fields() : timeline_fields();
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

    // eind: an item of each kind on the end-situation board.
    Outcome end_items(const Check& c) {
        const Analysis& an = st_.analysis;
        Outcome o;
        o.met = true;
        for (const auto& kind : c.refs) {
            auto it = std::find_if(an.end.items.begin(), an.end.items.end(), [&](const EndItem& e) { return e.kind == kind; });
            const Phrase name = term_text(end_item_kinds(), kind);
            if (it != an.end.items.end()) o.evidence.emplace_back(created_by(*it), phrase("score.evidence_end_item", "%s: ‘%s’", {name, it->text}));
            else {
                o.met = false;
                o.evidence.emplace_back(kNoAction, phrase("score.evidence_missing", "Ontbreekt: %s", {name}));
            }
        }
        return o;
    }

    // vergelijking: the share of the reference analysis found on a board.
    Outcome comparison(const Check& c) {
        Outcome o;
        const auto rows = compare_artefacts(sc_, st_);
        const double share = comparison_score(rows, c.area);
        o.met = share >= 0 && share >= c.min;
        auto percent = [](double f) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.0f", f * 100);
            return std::string(buf);
        };
        o.evidence.emplace_back(kNoAction, phrase("score.evidence_reference_share", "%s%% van de referentie gevonden (nodig: %s%%)",
                                                  {percent(std::max(0.0, share)), percent(c.min)}));
        for (const auto& r : rows)
            if (r.board == c.area && r.match != Match::Found && r.match != Match::Extra)
                o.evidence.emplace_back(kNoAction, r.match == Match::Missed ? phrase(kReferenceMissed, "Gemist: %s", {r.expert})
                                                                            : phrase(kReferenceOther, "Anders: %s", {r.expert}));
        return o;
    }

    // reflectie_geschreven: a written reflection of some substance.
    Outcome reflection_written(const Check& c) {
        Outcome o;
        // Reflection is credited only for a written reflection of some substance (issue
        // 15): at least `min` words, a dimension and a level chosen, and (when the check
        // names one) reflected with whom it asks. Picking an option that says "I will
        // reflect" never earns it.
        const int words_needed = static_cast<int>(c.min > 0 && c.min < 1e6 ? c.min : 40);
        for (const auto& r : st_.reflections) {
            int words = 0;
            bool in_word = false;
            for (char ch : r.text()) {
                const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
                if (!space && !in_word) ++words;
                in_word = !space;
            }
            const bool with_ok = c.area.empty() || r.with == c.area;
            if (words >= words_needed && !r.dimension.empty() && !r.level.empty() && with_ok) {
                o.met = true;
                o.evidence.emplace_back(r.action, phrase("score.evidence_reflection", "Reflectie geschreven (%s woorden)", {std::to_string(words)}));
                break;
            }
        }
        if (!o.met)
            o.evidence.emplace_back(
                kNoAction, c.area.empty() ? phrase("score.evidence_no_reflection", "Geen geschreven reflectie van minstens %s woorden met een dimensie en een niveau",
                                                   {std::to_string(words_needed)})
                                          : phrase("score.evidence_no_reflection_with",
                                                   "Geen geschreven reflectie van minstens %s woorden met een dimensie en een niveau (met: %s)",
                                                   {std::to_string(words_needed), term_text(reflection_partners(), c.area, true)}));
        return o;
    }

    // alle / een_van: every part, or at least one.
    Outcome all_or_any(const Check& c) {
        using K = Check::Kind;
        Outcome o;
        const bool all = c.kind == K::All;
        o.met = all;
        bool any_decided = false, all_decided = true;
        std::vector<Outcome> results;
        for (const auto& child : c.children) {
            results.push_back(e_.eval(child));
            const Outcome& r = results.back();
            if (all) o.met = o.met && r.met;
            else o.met = o.met || r.met;
            any_decided = any_decided || (!r.met && r.decided);
            all_decided = all_decided && (r.met || r.decided);
        }
        o.decided = !o.met && (all ? any_decided : all_decided);
        // A met een_van shows what met it, not the alternatives that did not; a met
        // criterion rests on absence only when every part that met it does.
        bool absence = true, any_met = false;
        for (const auto& r : results) {
            if (!all && o.met && !r.met) continue;
            o.evidence.insert(o.evidence.end(), r.evidence.begin(), r.evidence.end());
            if (r.met) {
                any_met = true;
                absence = absence && r.by_absence;
                o.avoided.insert(o.avoided.end(), r.avoided.begin(), r.avoided.end());
            }
        }
        o.by_absence = o.met && any_met && absence;
        return o;
    }

    // a function of the case: met, evidence; a failure breaks the criterion (fails closed).
    Outcome script(const Check& c) {
        Outcome o;
        std::string text;
        std::optional<bool> r = host_ ? host_->eval_check(c.script, st_, text) : std::nullopt;
        if (!r) {
            e_.fail(host_ ? host_->last_failure() : "geen scriptomgeving om de check uit te voeren");
            return o;
        }
        o.met = *r;
        if (!text.empty()) o.evidence.push_back({kNoAction, text});
        return o;
    }

    // -----------------------------------------------------------------------------------------
    // 3. Assessability: explicit `beoordeelbaar`, else derived from what the check looks at.
    // -----------------------------------------------------------------------------------------
    bool assessable(const Check& c) const {
        using K = Check::Kind;
        switch (c.kind) {
            case K::OnTimeline:
            case K::TimelineOrder:
            case K::TimelineFields:
            case K::Aanleiding: return st_.analysis.board_open("tijdlijn");
            case K::PatternFactor:
            case K::PatternSentence:
            case K::PatternLink: return st_.analysis.board_open("patroon");
            case K::SafetyBeforePattern:
                // Only once pattern work exists: the order matters, not whether it happened (that
                // is what pattern criteria themselves check).
                return st_.analysis.pattern_started != kNoAction && st_.analysis.board_open("patroon") && st_.analysis.board_open("veiligheid");
            case K::SafetyScore: return st_.analysis.board_open("veiligheid") && (c.step.empty() || st_.visited(c.step));
            case K::SafetyPlan: return st_.analysis.board_open("veiligheid");
            case K::EndItems:
            case K::EndFields: return st_.analysis.board_open("eindsituatie");
            case K::Comparison: return st_.analysis.board_open(c.area) && sc_.reference.present;
            case K::All:
                return std::all_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return e_.assessable(ch); });
            case K::Any:
                return std::any_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return e_.assessable(ch); });
            case K::ChildrenSpoken:
            case K::ReflectionWritten:
            case K::Script: return true;
            default: break;  // the kinds in their own files (kinds/)
        }
        return true;
    }

private:
    Evaluation& e_;
    const Scenario& sc_;
    const SessionState& st_;
    ScriptHost* host_;

    Phrase step_title(const std::string& id) const { return kinds::step_title(sc_, id); }
    // The step was entered and then left (a later step or an ending was reached).
    bool left_step(const std::string& id) const {
        for (size_t i = 0; i < st_.visits.size(); ++i)
            if (st_.visits[i].step == id) return i + 1 < st_.visits.size() || st_.finished();
        return false;
    }
    const SafetyScoreRecord* taxatie_at(const std::string& id) const { return core::taxatie_at(st_, id); }

};

}  // namespace

// One line per fact: the same record is never listed twice, and never as "In plaats daarvan
// gekozen" when the same criterion lists it as "Gekozen" (an een_van over two choices of one
// step: the choice made is the one that decided it).
void tidy_evidence(std::vector<Evidence>& ev) {
    std::vector<Evidence> out;
    for (const auto& e : ev) {
        if (starts_with(e.text, kInstead)) {
            const std::string chosen = kChosen + e.text.substr(std::string(kInstead).size());
            if (std::any_of(ev.begin(), ev.end(), [&](const Evidence& o) { return o.action == e.action && o.text == chosen; })) continue;
        }
        if (std::any_of(out.begin(), out.end(), [&](const Evidence& o) { return o.action == e.action && o.text == e.text; })) continue;
        out.push_back(e);
    }
    ev = std::move(out);
}

CheckOutcome evaluate_check(const Scenario& sc, const SessionState& st, ScriptHost* host, const Check& c, std::string& failure) {
    kinds::Evaluation ev(sc, st, host);
    CheckOutcome o = ev.eval(c);
    failure = std::move(ev.failure);
    return o;
}

bool quotes_reference(const Evidence& ev) {
    return ev.key == kReferenceMissed || ev.key == kReferenceOther || ev.key == "score.evidence_expected_marked" ||
           ev.key == "score.evidence_expected_unmarked";
}

bool check_assessable(const Scenario& sc, const SessionState& st, const Check& c) { return kinds::Evaluation(sc, st, nullptr).assessable(c); }

namespace kinds {
// The kinds not yet in a file of their own (kinds.cpp names these in their rows).
CheckOutcome legacy_eval(Evaluation& e, const Check& c) { return Evaluator(e).eval(c); }
bool legacy_assessable(const Evaluation& e, const Check& c) { return Evaluator(const_cast<Evaluation&>(e)).assessable(c); }
}  // namespace kinds

}  // namespace lwp::core
