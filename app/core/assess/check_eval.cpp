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

// ---------------------------------------------------------------------------------------------
// 2. Evaluating one check against the state
// ---------------------------------------------------------------------------------------------
class Evaluator {
public:
    explicit Evaluator(Evaluation& e) : e_(e), sc_(e.sc), st_(e.st), host_(e.host) {}

    Outcome eval(const Check& c) {
        using K = Check::Kind;
        switch (c.kind) {
            case K::All: return all_or_any(c);
            case K::Any: return all_or_any(c);
            case K::Script: return script(c);
            default: break;  // the kinds in their own files (kinds/)
        }
        return {};
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
            case K::All:
                return std::all_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return e_.assessable(ch); });
            case K::Any:
                return std::any_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return e_.assessable(ch); });
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
