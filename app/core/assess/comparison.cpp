#include "core/assess/comparison.hpp"

#include "core/assess/scoring.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

namespace lwp::core {

namespace {

Phrase area_name(int area) {
    auto areas = pattern_areas();
    return area >= 0 && static_cast<size_t>(area) < areas.size() ? Phrase(term_text(areas[static_cast<size_t>(area)])) : Phrase("?");
}

Phrase fact_words(const Scenario& sc, const std::string& id) {
    const Fact* f = sc.fact(id);
    return f ? Phrase(f->text) : Phrase(id);
}

bool cites(const Factor& f, const Analysis& an, const std::vector<std::string>& facts) {
    for (const auto& e : f.evidence) {
        std::string fact = e;
        if (const TimelineEntry* t = an.timeline.entry(e)) fact = t->fact;
        if (std::find(facts.begin(), facts.end(), fact) != facts.end()) return true;
    }
    return false;
}

void timeline(const Scenario& sc, const Analysis& an, std::vector<ComparisonRow>& out) {
    const ExpertReference& r = sc.reference;
    for (const auto& f : r.timeline_facts) {
        const Fact* fact = sc.fact(f);
        const TimelineEntry* e = an.timeline.entry_for_fact(f);
        if (!e) {
            out.push_back({"tijdlijn", Match::Missed, fact_words(sc, f), "", ""});
            continue;
        }
        Phrase note;
        if (fact && fact->date.valid() && e->date.iso() != fact->date.iso())
            note = phrase("score.compare_date", "datum %s in plaats van %s",
                          {e->date.valid() ? Phrase(e->date.iso()) : phrase("score.compare_no_date", "leeg"), fact->date.iso()});
        out.push_back({"tijdlijn", note.empty() ? Match::Found : Match::Misplaced, fact_words(sc, f), e->text.empty() ? fact_words(sc, f) : Phrase(e->text), note});
    }
    for (const auto& e : an.timeline.entries)
        if (e.fact.empty() || std::find(r.timeline_facts.begin(), r.timeline_facts.end(), e.fact) == r.timeline_facts.end())
            out.push_back({"tijdlijn", Match::Extra, "", e.fact.empty() ? Phrase(e.text) : fact_words(sc, e.fact), ""});
    for (auto [mark, fact, entry] : {std::tuple{"eerste", &r.first, &an.timeline.first}, {"laatste", &r.latest, &an.timeline.latest},
                                     {"ergste", &r.worst, &an.timeline.worst}}) {
        if (fact->empty()) continue;
        const TimelineEntry* e = an.timeline.entry(*entry);
        const Phrase label = phrase("score.compare_mark", "aanleiding (%s): %s", {mark_name(mark), fact_words(sc, *fact)});
        if (!e) out.push_back({"tijdlijn", Match::Missed, label, "", ""});
        else if (e->fact == *fact) out.push_back({"tijdlijn", Match::Found, label, label, ""});
        else
            out.push_back({"tijdlijn", Match::Misplaced, label, e->fact.empty() ? Phrase(e->text) : fact_words(sc, e->fact),
                           phrase("score.compare_other_mark", "een ander moment gemarkeerd")});
    }
}

void pattern(const Scenario& sc, const Analysis& an, std::vector<ComparisonRow>& out) {
    const ExpertReference& r = sc.reference;
    std::set<std::string> used;
    for (const auto& ef : r.factors) {
        const int area = term_index(pattern_areas(), ef.area);
        const Factor* same = nullptr;
        const Factor* elsewhere = nullptr;
        for (const auto& f : an.pattern.factors) {
            const bool related = cites(f, an, ef.facts) || (!ef.person.empty() && f.person == ef.person && static_cast<int>(f.area) == area);
            if (!related || used.count(f.id)) continue;
            if (static_cast<int>(f.area) == area) {
                same = &f;
                break;
            }
            if (!elsewhere) elsewhere = &f;
        }
        if (same) {
            used.insert(same->id);
            out.push_back({"patroon", Match::Found, ef.text, same->text, ""});
        } else if (elsewhere) {
            used.insert(elsewhere->id);
            out.push_back({"patroon", Match::Misplaced, ef.text, elsewhere->text,
                           phrase("score.compare_other_area", "in ‘%s’ in plaats van ‘%s’", {area_name(static_cast<int>(elsewhere->area)), area_name(area)})});
        } else {
            out.push_back({"patroon", Match::Missed, ef.text, "", ""});
        }
    }
    for (const auto& f : an.pattern.factors)
        if (!used.count(f.id)) out.push_back({"patroon", Match::Extra, "", f.text, ""});
    // Arrows: between the areas of the expert's factors.
    for (const auto& [from, to] : r.links) {
        auto find = [&](const std::string& id) -> const ExpertFactor* {
            for (const auto& ef : r.factors)
                if (ef.id == id) return &ef;
            return nullptr;
        };
        const ExpertFactor* a = find(from);
        const ExpertFactor* b = find(to);
        if (!a || !b) continue;
        const int fa = term_index(pattern_areas(), a->area), fb = term_index(pattern_areas(), b->area);
        // The trainee's column shows the trainee's own arrow (their factor texts), never the expert's.
        Phrase mine;
        for (const auto& l : an.pattern.links) {
            const Factor* x = an.pattern.factor(l.from);
            const Factor* y = an.pattern.factor(l.to);
            if (x && y && static_cast<int>(x->area) == fa && static_cast<int>(y->area) == fb) {
                mine = phrase("score.compare_arrow", "pijl: %s → %s", {x->text, y->text});
                break;
            }
        }
        const Phrase label = phrase("score.compare_arrow", "pijl: %s → %s", {a->text, b->text});
        out.push_back({"patroon", mine.empty() ? Match::Missed : Match::Found, label, mine, ""});
    }
}

Phrase taxatie_words(int score) { return phrase("score.compare_taxatie", "taxatie %s", {std::to_string(score)}); }

void safety(const Scenario& sc, const SessionState& st, std::vector<ComparisonRow>& out) {
    const Analysis& an = st.analysis;
    const ExpertReference& r = sc.reference;
    for (const auto& j : r.judgements) {
        const Person* p = sc.person(j.person);
        const Term* item = find_term(safety_items(), j.item);
        const Phrase label = phrase("score.compare_person_item", "%s: %s", {p ? p->name : j.person, item ? Phrase(term_text(*item)) : Phrase(j.item)});
        const Judgement mine = an.safety.judgement(j.person, j.item);
        const int expected = term_index(judgements(), j.judgement);
        // The reference's judgement in Dutch as the case wrote it (its id), in English by its name.
        Phrase theirs = j.judgement;
        if (expected >= 0) theirs.text.en = judgements()[static_cast<size_t>(expected)].en;
        const Phrase expert = phrase("score.compare_judged", "%s — %s", {label, theirs});
        const Phrase trainee = phrase("score.compare_judged", "%s — %s", {label, term_text(judgements()[static_cast<size_t>(mine)])});
        if (mine == Judgement::Unknown) out.push_back({"veiligheid", Match::Missed, expert, "", ""});
        else if (static_cast<int>(mine) == expected) out.push_back({"veiligheid", Match::Found, expert, trainee, ""});
        else out.push_back({"veiligheid", Match::Misplaced, expert, trainee, phrase("score.compare_judged_otherwise", "anders beoordeeld")});
    }
    if (r.safety_score > 0) {
        // The reference's taxatie belongs to a moment (referentie.veiligheid.stap): the trainee's
        // taxatie that stood then is compared, not whatever was typed last.
        const Step* at = r.safety_step.empty() ? nullptr : sc.step(r.safety_step);
        const Phrase label = at ? phrase("score.compare_taxatie_at", "taxatie %s (bij ‘%s’)", {std::to_string(r.safety_score), at->title})
                                : taxatie_words(r.safety_score);
        const SafetyScoreRecord* rec = taxatie_at(st, r.safety_step);
        const int mine = rec ? rec->score : 0;
        if (mine == 0) out.push_back({"veiligheid", Match::Missed, label, "", ""});
        else if (std::abs(mine - r.safety_score) <= 1) out.push_back({"veiligheid", Match::Found, label, taxatie_words(mine), ""});
        else
            out.push_back({"veiligheid", Match::Misplaced, label, taxatie_words(mine),
                           phrase("score.compare_more_than_a_point", "meer dan 1 punt verschil")});
    }
}

void end_situation(const Scenario& sc, const Analysis& an, std::vector<ComparisonRow>& out) {
    std::set<std::string> used;
    for (const auto& item : sc.reference.end_items) {
        const Term* kind = find_term(end_item_kinds(), item.kind);
        const Phrase label = phrase("score.compare_end_item", "%s: %s", {kind ? Phrase(term_text(*kind)) : Phrase(item.kind), item.text});
        auto it = std::find_if(an.end.items.begin(), an.end.items.end(), [&](const EndItem& e) { return e.kind == item.kind && !used.count(e.id); });
        if (it == an.end.items.end()) out.push_back({"eindsituatie", Match::Missed, label, "", ""});
        else {
            used.insert(it->id);
            out.push_back({"eindsituatie", Match::Found, label, it->text, ""});
        }
    }
    for (const auto& e : an.end.items)
        if (!used.count(e.id)) out.push_back({"eindsituatie", Match::Extra, "", e.text, ""});
}

}  // namespace

Phrase mark_name(const std::string& mark) {
    if (mark == "eerste") return phrase("score.mark_first", "eerste");
    if (mark == "laatste") return phrase("score.mark_latest", "laatste");
    if (mark == "ergste") return phrase("score.mark_worst", "ergste");
    return Phrase(mark);
}

const char* match_id(Match m) {
    switch (m) {
        case Match::Found: return "gevonden";
        case Match::Missed: return "gemist";
        case Match::Misplaced: return "verkeerd";
        case Match::Extra: return "extra";
    }
    return "?";
}

std::vector<ComparisonRow> compare_artefacts(const Scenario& sc, const SessionState& st) {
    std::vector<ComparisonRow> out;
    if (!sc.reference.present) return out;
    timeline(sc, st.analysis, out);
    pattern(sc, st.analysis, out);
    safety(sc, st, out);
    end_situation(sc, st.analysis, out);
    return out;
}

double comparison_score(const std::vector<ComparisonRow>& rows, const std::string& board) {
    double got = 0, total = 0;
    for (const auto& r : rows) {
        if (r.board != board || r.match == Match::Extra) continue;
        total += 1;
        got += r.match == Match::Found ? 1.0 : r.match == Match::Misplaced ? 0.5 : 0.0;
    }
    return total > 0 ? got / total : -1;
}

}  // namespace lwp::core
