// vergelijking: the share of the reference analysis found on a board.
#include <algorithm>
#include <cstdio>

#include "core/assess/comparison.hpp"
#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

void read(FieldReader& f, const std::string& where, CheckParts& parts) {
    f.table("vergelijking", "vergelijking in de check van " + where, "check.vergelijking", [&](FieldReader& a) {
        Check* x = parts.add(Check::Kind::Comparison);
        x->area = a.str("bord");
        x->min = a.num("min", 0.5);
    });
}

void validate(const Check& c, CheckValidation& v) {
    v.need(find_term(boards(), c.area) != nullptr, " bord", c.area);
    if (!v.scenario().reference.present) v.error(v.where() + " vergelijkt met de referentie, maar het scenario heeft geen referentie { ... }");
}

std::string percent(double f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", f * 100);
    return buf;
}

CheckOutcome eval(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const auto rows = compare_artefacts(e.sc, e.st);
    const double share = comparison_score(rows, c.area);
    o.met = share >= 0 && share >= c.min;
    o.evidence.emplace_back(kNoAction, phrase("score.evidence_reference_share", "%s%% van de referentie gevonden (nodig: %s%%)",
                                              {percent(std::max(0.0, share)), percent(c.min)}));
    for (const auto& r : rows)
        if (r.board == c.area && r.match != Match::Found && r.match != Match::Extra)
            o.evidence.emplace_back(kNoAction, r.match == Match::Missed ? phrase(kReferenceMissed, "Gemist: %s", {r.expert})
                                                                        : phrase(kReferenceOther, "Anders: %s", {r.expert}));
    return o;
}

bool assessable(const Evaluation& e, const Check& c) { return e.st.analysis.board_open(c.area) && e.sc.reference.present; }

}  // namespace

extern const KindOps ops_Comparison{read, validate, eval, assessable};

}  // namespace lwp::core::kinds
