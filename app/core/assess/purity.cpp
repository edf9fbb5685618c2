#include "core/assess/purity.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lwp::core {

namespace {

// Two states of the same log are compared field by field (issue 22: the explorer compares two
// states per route; building a text digest of each cost more than the comparison itself). The
// fields are those the digests of earlier versions held, and nothing else: what the views, the
// score and the report read.

// Element-wise equality of two vectors by `same`.
template <class T, class F>
bool same_items(const std::vector<T>& a, const std::vector<T>& b, F same) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

// As their ISO texts compare (an invalid date is "" whatever its parts hold).
bool same_date(const CaseDate& a, const CaseDate& b) {
    if (a.year == b.year && a.month == b.month && a.day == b.day && a.end_year == b.end_year && a.end_month == b.end_month &&
        a.end_day == b.end_day)
        return true;
    return a.iso() == b.iso();
}

bool same_analysis(const Analysis& a, const Analysis& b) {
    const bool timeline = same_items(a.timeline.entries, b.timeline.entries, [](const TimelineEntry& x, const TimelineEntry& y) {
        return x.id == y.id && x.fact == y.fact && x.text == y.text && same_date(x.date, y.date) && x.lane == y.lane && x.agency == y.agency &&
               x.result == y.result && x.persons == y.persons;
    });
    if (!timeline || a.timeline.first != b.timeline.first || a.timeline.latest != b.timeline.latest || a.timeline.worst != b.timeline.worst ||
        a.timeline.fields != b.timeline.fields)
        return false;
    if (a.persons.notes.size() != b.persons.notes.size()) return false;
    for (auto x = a.persons.notes.begin(), y = b.persons.notes.begin(); x != a.persons.notes.end(); ++x, ++y)
        if (x->first != y->first || x->second.support != y->second.support || x->second.role != y->second.role || x->second.note != y->second.note)
            return false;
    if (!same_items(a.persons.ties, b.persons.ties,
                    [](const Tie& x, const Tie& y) { return x.id == y.id && x.a == y.a && x.b == y.b && x.kind == y.kind; }))
        return false;
    if (!same_items(a.persons.own, b.persons.own, [](const OwnPerson& x, const OwnPerson& y) {
            return x.id == y.id && x.name == y.name && x.role == y.role && x.gender == y.gender && x.age == y.age && x.household == y.household;
        }))
        return false;
    if (!same_items(a.pattern.factors, b.pattern.factors, [](const Factor& x, const Factor& y) {
            return x.id == y.id && x.area == y.area && x.person == y.person && x.text == y.text && x.evidence == y.evidence;
        }))
        return false;
    if (!same_items(a.pattern.links, b.pattern.links, [](const Link& x, const Link& y) { return x.id == y.id && x.from == y.from && x.to == y.to; }))
        return false;
    if (a.pattern.sentence != b.pattern.sentence || a.pattern.noble_intention != b.pattern.noble_intention || a.pattern.answers != b.pattern.answers)
        return false;
    if (!same_items(a.safety.judgements, b.safety.judgements, [](const SafetyJudgement& x, const SafetyJudgement& y) {
            return x.person == y.person && x.item == y.item && x.judgement == y.judgement;
        }))
        return false;
    if (a.safety.score != b.safety.score || a.safety.fields != b.safety.fields) return false;
    if (!same_items(a.end.items, b.end.items, [](const EndItem& x, const EndItem& y) {
            return x.id == y.id && x.kind == y.kind && x.text == y.text && x.how == y.how && x.who == y.who && x.when == y.when;
        }))
        return false;
    if (a.end.fields != b.end.fields) return false;
    if (!same_items(a.below_six, b.below_six, [](const GatingRecord& x, const GatingRecord& y) {
            return x.action == y.action && x.board == y.board && x.safety_score == y.safety_score;
        }))
        return false;
    return a.open_boards == b.open_boards && a.safety_alert == b.safety_alert;
}

bool same_reflections(const SessionState& a, const SessionState& b) {
    return same_items(a.reflections, b.reflections,
                      [](const Reflection& x, const Reflection& y) {
                          return x.id == y.id && x.point == y.point && x.step == y.step && x.dimension == y.dimension && x.level == y.level &&
                                 x.with == y.with && x.participant == y.participant && x.versions == y.versions;
                      }) &&
           a.reflection_due == b.reflection_due;
}

}  // namespace

std::string state_difference(const SessionState& a, const SessionState& b) {
    if (a.step != b.step || a.ending != b.ending) return "de stap of het einde ('" + a.step + a.ending + "' / '" + b.step + b.ending + "')";
    if (a.path != b.path) return "de bezochte stappen";
    auto same_choices = [](const std::vector<ChoiceRecord>& x, const std::vector<ChoiceRecord>& y) {
        if (x.size() != y.size()) return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (x[i].step != y[i].step || x[i].choice != y[i].choice || x[i].action != y[i].action) return false;
        return true;
    };
    if (!same_choices(a.choices, b.choices)) return "de keuzes";
    if (a.vars != b.vars || a.var_range != b.var_range) return "de variabelen";
    if (a.person_status != b.person_status) return "fase, product of regie van een persoon";
    for (size_t i = 0; i < a.visits.size() && i < b.visits.size(); ++i)
        if (a.visits[i].vars != b.visits[i].vars) return "de variabelen bij stap '" + a.visits[i].step + "'";
    if (!same_items(a.facts, b.facts, [](const RevealedFact& x, const RevealedFact& y) { return x.id == y.id && x.action == y.action; }))
        return "de ontdekte feiten";
    if (a.documents_available != b.documents_available || a.documents_read != b.documents_read) return "de documenten";
    if (!same_analysis(a.analysis, b.analysis)) return "de analyse op de borden";
    if (!same_reflections(a, b)) return "de reflecties";
    if (a.last_feedback_choice != b.last_feedback_choice || a.last_feedback_step != b.last_feedback_step) return "de feedback";
    if (a.dossier.tags != b.dossier.tags) return "de labels in het dossier";
    if (a.workshop.active != b.workshop.active || a.workshop.decisions.size() != b.workshop.decisions.size()) return "de workshop";
    return {};
}

std::string score_difference(const ScoreReport& a, const ScoreReport& b) {
    if (a.ledger.size() != b.ledger.size()) return "het aantal criteria in de score";
    for (size_t i = 0; i < a.ledger.size(); ++i)
        if (a.ledger[i].status != b.ledger[i].status)
            return "criterium '" + (a.ledger[i].criterion ? a.ledger[i].criterion->id : std::to_string(i + 1)) + "': " +
                   status_id(a.ledger[i].status) + ", daarna " + status_id(b.ledger[i].status);
    if (a.earned != b.earned || a.max != b.max) return "de score";
    return {};
}

std::string replay_again_differs(const Scenario& scenario, ScriptHost* host, const std::vector<Action>& log, std::uint64_t seed,
                                 const SessionState& played, const ScoreReport& played_score, const ScoreOptions& options) {
    const ReplayResult again = replay(scenario, host, log, seed);
    if (!again.problem.empty()) return "de tweede keer past het log niet meer: " + again.problem;
    if (std::string d = state_difference(played, again.state); !d.empty()) return "de tweede keer verschillen " + d;
    if (std::string d = score_difference(played_score, score(scenario, again.state, host, options)); !d.empty())
        return "de tweede keer verschilt de score: " + d;
    return {};
}

std::string route_name(const std::vector<Action>& log) {
    std::string out;
    for (const auto& a : log)
        if (a.type == action_type::Choose) out += (out.empty() ? "" : " → ") + a.target;
    return out.empty() ? "(de start)" : out;
}

}  // namespace lwp::core
