// The score of a route: every criterion through its check (check_eval.cpp), into the ledger, the
// building blocks and the pillars; the safety meter and taxatie at a moment.
#include "core/assess/scoring.hpp"

#include <algorithm>
#include <cstdint>

#include "core/assess/check_eval.hpp"

namespace lwp::core {

namespace {
constexpr size_t kNoAction = SIZE_MAX;
}  // namespace

const char* status_id(Status s) {
    switch (s) {
        case Status::Met: return "behaald";
        case Status::Missed: return "gemist";
        case Status::Pending: return "open";
        case Status::NotAssessed: return "niet_beoordeeld";
        case Status::Error: return "controle_kapot";
    }
    return "?";
}

const BlockScore* ScoreReport::block(std::string_view id) const {
    for (const auto& b : blocks)
        if (b.block == id) return &b;
    return nullptr;
}

double case_safety_at(const Scenario& sc, const SessionState& st, size_t action) {
    if (!sc.variable(kSafetyMeter)) return -1;
    if (action == kNoAction) {
        auto it = st.vars.find(kSafetyMeter);
        return it != st.vars.end() ? it->second : -1;
    }
    // Meters change only by choices, and every choice enters a step: the value at an action is
    // the one recorded on entering the last step before it.
    double value = -1;
    for (const auto& v : st.visits) {
        if (v.action > action && &v != &st.visits.front()) break;
        auto it = v.vars.find(kSafetyMeter);
        if (it != v.vars.end()) value = it->second;
    }
    return value;
}

const SafetyScoreRecord* taxatie_at(const SessionState& st, const std::string& id) {
    const auto& h = st.analysis.safety.history;
    if (h.empty()) return nullptr;
    if (id.empty()) return &h.back();
    size_t until = kNoAction;  // the action that left the step
    for (size_t i = 0; i < st.visits.size(); ++i)
        if (st.visits[i].step == id) {
            if (i + 1 < st.visits.size()) until = st.visits[i + 1].action;
            break;
        }
    const SafetyScoreRecord* out = nullptr;
    for (const auto& r : h)
        if (r.action < until) out = &r;
    return out;
}

std::string entry_feedback(const LedgerEntry& e, Lang lang) {
    const Criterion& c = *e.criterion;
    if (e.status == Status::Missed) return c.feedback_missed.get(lang);
    if (e.status != Status::Met) return {};
    if (!e.met_by_not_choosing) return c.feedback_met.get(lang);
    if (!c.feedback_not_chosen.empty()) return c.feedback_not_chosen.get(lang);
    std::string names;
    for (const auto& t : e.avoided) names += (names.empty() ? "" : lang == Lang::En ? " or " : " of ") + ("‘" + t.get(lang) + "’");
    return (lang == Lang::En ? "Met because you did not choose " : "Behaald doordat je niet koos voor ") + names + ".";
}

// ---------------------------------------------------------------------------------------------
// 4. The report
// ---------------------------------------------------------------------------------------------
ScoreReport score(const Scenario& sc, const SessionState& st, ScriptHost* host, const ScoreOptions& options) {
    ScoreReport report;
    report.final = st.finished();
    for (const auto& b : building_blocks()) report.blocks.push_back({b.id, b.pillar});
    for (Pillar p : {Pillar::Samenwerking, Pillar::Weging, Pillar::Veiligheid, Pillar::Reflectie}) report.pillars.push_back({p});
    if (st.preview) return report;  // the authoring preview (core/fold/preview.hpp) is never scored

    for (size_t index = 0; index < sc.criteria.size(); ++index) {
        const Criterion& crit = sc.criteria[index];
        report.case_max += crit.weight;
        LedgerEntry entry;
        entry.criterion = &crit;
        std::string failure;
        if (options.known_broken && index < options.known_broken->size()) failure = (*options.known_broken)[index];
        bool assessable = false;
        if (failure.empty()) {
            const std::size_t before = host ? host->failures() : 0;
            assessable = crit.has_assessable ? evaluate(crit.assessable, st, host) : check_assessable(sc, st, crit.check);
            if (host && host->failures() > before) failure = host->last_failure();
        }
        if (failure.empty() && !assessable) {
            entry.status = Status::NotAssessed;
            entry.note_phrase = phrase("score.note_not_assessed", "Jouw route kwam niet langs het moment waarop dit criterium speelt.");
            entry.note = entry.note_phrase.nl();
        } else if (failure.empty()) {
            CheckOutcome o = evaluate_check(sc, st, host, crit.check, failure);
            entry.evidence = std::move(o.evidence);
            tidy_evidence(entry.evidence);
            if (!failure.empty()) {
                entry.evidence.clear();
            } else if (o.met) {
                entry.status = Status::Met;
                entry.met_by_not_choosing = o.by_absence;
                entry.avoided = std::move(o.avoided);
            } else {
                entry.status = (o.decided || report.final) ? Status::Missed : Status::Pending;
            }
        }
        if (!failure.empty()) {
            // Fail closed: a fault of the case, never of the trainee (see scoring.hpp).
            entry.status = Status::Error;
            entry.note_phrase = phrase("score.note_broken",
                                       "Controle kapot: %s. Dit criterium telt niet mee en de score is onvolledig; de auteur moet de "
                                       "functie herstellen (zie de handleiding §16: een check geeft true of false terug, zonder fout en "
                                       "binnen de limieten).",
                                       {failure});
            entry.note = entry.note_phrase.nl();
            ++report.broken;
        }
        if (entry.status == Status::Met || entry.status == Status::Missed) {
            entry.max = crit.weight;
            entry.earned = entry.status == Status::Met ? crit.weight : 0;
        }
        for (auto& b : report.blocks) {
            if (b.block != crit.block) continue;
            b.earned += entry.earned;
            b.max += entry.max;
            switch (entry.status) {
                case Status::Met: ++b.met; break;
                case Status::Missed: ++b.missed; break;
                case Status::Pending: ++b.pending; break;
                case Status::NotAssessed: ++b.not_assessed; break;
                case Status::Error: ++b.errors; break;
            }
            for (auto& p : report.pillars)
                if (p.pillar == b.pillar) {
                    p.earned += entry.earned;
                    p.max += entry.max;
                }
        }
        report.earned += entry.earned;
        report.max += entry.max;
        report.ledger.push_back(std::move(entry));
    }
    return report;
}

}  // namespace lwp::core
