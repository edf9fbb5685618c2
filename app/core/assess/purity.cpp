#include "core/assess/purity.hpp"

#include <string>
#include <string_view>

namespace lwp::core {

namespace {

// A string builder with the stream operators the digests use (an ostringstream per digest cost
// more than the comparison itself: the explorer compares two states per route).
struct Out {
    std::string s;
    Out& operator<<(const std::string& x) { return s += x, *this; }
    Out& operator<<(std::string_view x) { return s += x, *this; }
    Out& operator<<(const char* x) { return s += x, *this; }
    Out& operator<<(char x) { return s += x, *this; }
    Out& operator<<(bool x) { return s += x ? '1' : '0', *this; }
    Out& operator<<(int x) { return s += std::to_string(x), *this; }
    Out& operator<<(long x) { return s += std::to_string(x), *this; }
    Out& operator<<(unsigned long x) { return s += std::to_string(x), *this; }
    Out& operator<<(double x) { return s += std::to_string(x), *this; }
    std::string str() { return std::move(s); }
};

// One line per item, enough to tell two states of the same log apart.
std::string analysis_digest(const Analysis& a) {
    Out o;
    for (const auto& e : a.timeline.entries) {
        o << "t " << e.id << '|' << e.fact << '|' << e.text << '|' << e.date.iso() << '|' << static_cast<int>(e.lane) << '|' << e.agency
          << '|' << e.result << '|';
        for (const auto& p : e.persons) o << p << ',';
        o << '\n';
    }
    o << "m " << a.timeline.first << '|' << a.timeline.latest << '|' << a.timeline.worst << '\n';
    for (const auto& [k, v] : a.timeline.fields) o << "tf " << k << '=' << v << '\n';
    for (const auto& [id, n] : a.persons.notes) o << "n " << id << '|' << n.support << '|' << n.role << '|' << n.note << '\n';
    for (const auto& t : a.persons.ties) o << "b " << t.id << '|' << t.a << '|' << t.b << '|' << t.kind << '\n';
    for (const auto& p : a.persons.own)
        o << "np " << p.id << '|' << p.name << '|' << p.role << '|' << p.gender << '|' << p.age << '|' << p.household << '\n';
    for (const auto& f : a.pattern.factors) {
        o << "p " << f.id << '|' << static_cast<int>(f.area) << '|' << f.person << '|' << f.text << '|';
        for (const auto& e : f.evidence) o << e << ',';
        o << '\n';
    }
    for (const auto& l : a.pattern.links) o << "l " << l.id << '|' << l.from << '|' << l.to << '\n';
    o << "z " << a.pattern.sentence << '|' << a.pattern.noble_intention << '\n';
    for (const auto& [k, v] : a.pattern.answers) o << "pa " << k << '=' << v << '\n';
    for (const auto& j : a.safety.judgements) o << "j " << j.person << '|' << j.item << '|' << static_cast<int>(j.judgement) << '\n';
    o << "s " << a.safety.score << '\n';
    for (const auto& [k, v] : a.safety.fields) o << "sf " << k << '=' << v << '\n';
    for (const auto& e : a.end.items) o << "e " << e.id << '|' << e.kind << '|' << e.text << '|' << e.how << '|' << e.who << '|' << e.when << '\n';
    for (const auto& [k, v] : a.end.fields) o << "ef " << k << '=' << v << '\n';
    for (const auto& g : a.below_six) o << "g " << g.action << '|' << g.board << '|' << g.safety_score << '\n';
    for (const auto& b : a.open_boards) o << "o " << b << '\n';
    o << "a " << a.safety_alert << '\n';
    return o.str();
}

std::string reflections_digest(const SessionState& st) {
    Out o;
    for (const auto& r : st.reflections) {
        o << r.id << '|' << r.point << '|' << r.step << '|' << r.dimension << '|' << r.level << '|' << r.with << '|' << r.participant;
        for (const auto& v : r.versions) o << '|' << v;
        o << '\n';
    }
    for (const auto& d : st.reflection_due) o << "due " << d << '\n';
    return o.str();
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
    auto fact_ids = [](const SessionState& s) {
        std::string out;
        for (const auto& f : s.facts) out += f.id + "@" + std::to_string(f.action) + ",";
        return out;
    };
    if (fact_ids(a) != fact_ids(b)) return "de ontdekte feiten";
    if (a.documents_available != b.documents_available || a.documents_read != b.documents_read) return "de documenten";
    if (analysis_digest(a.analysis) != analysis_digest(b.analysis)) return "de analyse op de borden";
    if (reflections_digest(a) != reflections_digest(b)) return "de reflecties";
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
