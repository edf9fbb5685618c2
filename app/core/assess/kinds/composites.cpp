// alle / een_van: every part, or at least one (a table that names several tests is an `alle` too:
// the loader makes it one).
#include <algorithm>

#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

void read_group(FieldReader& f, const std::string& where, CheckParts& parts, K kind, const char* key) {
    Check g;
    g.kind = kind;
    if (!f.checks(key, where, g.children)) return;
    if (g.children.empty()) f.error_at(key, "'" + std::string(key) + "' in de check van " + where + " is een lijst van checks");
    parts.list.push_back(std::move(g));
}

void read_all(FieldReader& f, const std::string& where, CheckParts& parts) { read_group(f, where, parts, K::All, "alle"); }
void read_any(FieldReader& f, const std::string& where, CheckParts& parts) { read_group(f, where, parts, K::Any, "een_van"); }

void validate(const Check& c, CheckValidation& v) {
    for (const auto& part : c.children) v.check(part);
}

CheckOutcome eval(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const bool all = c.kind == K::All;
    o.met = all;
    bool any_decided = false, all_decided = true;
    std::vector<CheckOutcome> results;
    results.reserve(c.children.size());
    for (const auto& child : c.children) {
        results.push_back(e.eval(child));
        const CheckOutcome& r = results.back();
        if (all) o.met = o.met && r.met;
        else o.met = o.met || r.met;
        any_decided = any_decided || (!r.met && r.decided);
        all_decided = all_decided && (r.met || r.decided);
    }
    o.decided = !o.met && (all ? any_decided : all_decided);
    // A met een_van shows what met it, not the alternatives that did not; a met criterion rests on
    // absence only when every part that met it does.
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

bool all_assessable(const Evaluation& e, const Check& c) {
    return std::all_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return e.assessable(ch); });
}
bool any_assessable(const Evaluation& e, const Check& c) {
    return std::any_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return e.assessable(ch); });
}

}  // namespace

extern const KindOps ops_All{read_all, validate, eval, all_assessable};
extern const KindOps ops_Any{read_any, validate, eval, any_assessable};

}  // namespace lwp::core::kinds
