// reflectie_geschreven: a written reflection of some substance.
#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"
#include "core/fold/reflection.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

// reflectie_geschreven = true, or { min_woorden = 40, met = "gezin" }
void read(FieldReader& f, const std::string& where, CheckParts& parts) {
    const bool table = f.table("reflectie_geschreven", "reflectie_geschreven in de check van " + where, "check.reflectie_geschreven", [&](FieldReader& a) {
        Check* x = parts.add(K::ReflectionWritten);
        x->min = a.whole("min_woorden", 40, 1, 10000);
        x->area = a.str("met");
    });
    if (!table && f.boolean("reflectie_geschreven", false)) parts.add(K::ReflectionWritten)->min = 40;
}

int words_in(const std::string& text) {
    int words = 0;
    bool in_word = false;
    for (char ch : text) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// Reflection is credited only for a written reflection of some substance (issue 15): at least
// `min` words, a dimension and a level chosen, and (when the check names one) reflected with whom
// it asks. Picking an option that says "I will reflect" never earns it.
CheckOutcome eval(Evaluation& e, const Check& c) {
    CheckOutcome o;
    const int words_needed = static_cast<int>(c.min > 0 && c.min < 1e6 ? c.min : 40);
    for (const auto& r : e.st.reflections) {
        const int words = words_in(r.text());
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

bool assessable(const Evaluation&, const Check&) { return true; }

}  // namespace

extern const KindOps ops_ReflectionWritten{read, nullptr, eval, assessable};

}  // namespace lwp::core::kinds
