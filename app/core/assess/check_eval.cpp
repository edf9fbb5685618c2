// Evaluating one check (check_eval.hpp): each kind's evaluation is in its file in
// core/assess/kinds/, reached through the kinds' table (kinds.hpp); what is left here is what the
// score (scoring.cpp) asks of a check as a whole.
#include "core/assess/check_eval.hpp"

#include <algorithm>

#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core {

namespace {

using namespace kinds;

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

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

}  // namespace lwp::core
