// Every field of a SessionState as text, one line per item, so two folds of the same log can be
// compared exactly (tests/test_replay_fold.cpp) and a fold can be kept as a golden file: the
// fold's result before issue 22 made board actions apply in place, byte for byte.
#pragma once

#include <sstream>
#include <string>

#include "core/fold/session.hpp"

namespace lwp::test {

inline std::string state_digest(const core::SessionState& st) {
    std::ostringstream o;
    auto list = [&](const char* tag, const std::vector<std::string>& v) {
        o << tag;
        for (const auto& x : v) o << ' ' << x;
        o << '\n';
    };
    auto fields = [&](const char* tag, const std::map<std::string, std::string>& m) {
        for (const auto& [k, v] : m) o << tag << ' ' << k << '=' << v << '\n';
    };
    o << "seed " << st.seed << "\nstep " << st.step << "\nending " << st.ending << "\npreview " << st.preview << '\n';
    list("path", st.path);
    for (const auto& v : st.visits) {
        o << "visit " << v.step << '@' << v.action;
        for (const auto& [k, x] : v.vars) o << ' ' << k << '=' << x;
        o << '\n';
    }
    list("available", st.documents_available);
    list("read", st.documents_read);
    for (const auto& f : st.facts) o << "fact " << f.id << '|' << f.step << '|' << f.action << '\n';
    for (const auto& [k, v] : st.vars) o << "var " << k << '=' << v << '\n';
    for (const auto& c : st.choices) o << "choice " << c.step << '|' << c.choice << '|' << c.action << '\n';
    o << "feedback " << st.last_feedback_step << '|' << st.last_feedback_choice << '\n';

    const core::Analysis& a = st.analysis;
    for (const auto& e : a.timeline.entries) {
        o << "t " << e.id << '|' << e.action << '|' << e.fact << '|' << e.text << '|' << e.date.iso() << '|' << static_cast<int>(e.lane) << '|'
          << e.agency << '|' << e.result << '|';
        for (const auto& p : e.persons) o << p << ',';
        o << '\n';
    }
    o << "marks " << a.timeline.first << '|' << a.timeline.latest << '|' << a.timeline.worst << '\n';
    fields("tf", a.timeline.fields);
    for (const auto& [id, n] : a.persons.notes) o << "note " << id << '|' << n.support << '|' << n.role << '|' << n.note << '\n';
    for (const auto& t : a.persons.ties) o << "tie " << t.id << '|' << t.action << '|' << t.a << '|' << t.b << '|' << t.kind << '\n';
    for (const auto& f : a.pattern.factors) {
        o << "factor " << f.id << '|' << f.action << '|' << static_cast<int>(f.area) << '|' << f.person << '|' << f.text << '|';
        for (const auto& e : f.evidence) o << e << ',';
        o << '\n';
    }
    for (const auto& l : a.pattern.links) o << "link " << l.id << '|' << l.action << '|' << l.from << '|' << l.to << '\n';
    o << "pattern " << a.pattern.sentence << '|' << a.pattern.noble_intention << '\n';
    fields("answer", a.pattern.answers);
    for (const auto& j : a.safety.judgements) o << "judge " << j.person << '|' << j.item << '|' << static_cast<int>(j.judgement) << '\n';
    o << "score " << a.safety.score << '\n';
    for (const auto& h : a.safety.history) o << "taxatie " << h.action << '|' << h.step << '|' << h.score << '\n';
    fields("sf", a.safety.fields);
    for (const auto& e : a.end.items)
        o << "end " << e.id << '|' << e.action << '|' << e.kind << '|' << e.text << '|' << e.how << '|' << e.who << '|' << e.when << '\n';
    fields("ef", a.end.fields);
    for (const auto& g : a.below_six) o << "below6 " << g.action << '|' << g.board << '|' << g.safety_score << '\n';
    o << "pattern_started " << (a.pattern_started == SIZE_MAX ? std::string("-") : std::to_string(a.pattern_started)) << '\n';
    list("open", a.open_boards);
    o << "alert " << a.safety_alert << '\n';

    for (const auto& r : st.reflections) {
        o << "reflection " << r.id << '|' << r.action << '|' << r.point << '|' << r.step << '|' << r.after_choice << '|' << r.date.iso() << '|'
          << r.dimension << '|' << r.level << '|' << r.with << '|' << r.participant;
        for (const auto& v : r.versions) o << '|' << v;
        o << '\n';
    }
    list("due", st.reflection_due);
    for (const auto& [event, tags] : st.dossier.tags) list(("dossier " + event).c_str(), tags);
    o << "workshop " << st.workshop.active << '|' << st.workshop.name << '|' << st.workshop.decisions.size() << '|'
      << st.workshop.contributions.size() << '\n';
    return o.str();
}

}  // namespace lwp::test
