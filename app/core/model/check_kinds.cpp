// The table of scoring-check kinds: one row per kind (check_kinds.hpp).
#include "core/model/check_kinds.hpp"

#include <algorithm>
#include <array>

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

// In the enum's order (checked below and by tests/test_check_kinds.cpp).
constexpr std::array kRows{
    CheckKindRow{K::ChoiceTaken, "keuze", true, false},
    CheckKindRow{K::ChoiceNotTaken, "niet_keuze", true, false},
    CheckKindRow{K::ChoiceBefore, "eerst", true, false},
    CheckKindRow{K::Variable, "variabele", false, false},
    CheckKindRow{K::OnTimeline, "op_tijdlijn", false, false},
    CheckKindRow{K::TimelineOrder, "volgorde", false, false},
    CheckKindRow{K::Aanleiding, "aanleiding", false, false},
    CheckKindRow{K::ChildrenSpoken, "kinderen_gesproken", false, false},
    CheckKindRow{K::PatternFactor, "factor", false, false},
    CheckKindRow{K::PatternLink, "pijl", false, false},
    CheckKindRow{K::SafetyBeforePattern, "veiligheid_voor_patroon", false, false},
    CheckKindRow{K::SafetyScore, "veiligheidsscore", false, false},
    CheckKindRow{K::SafetyPlan, "veiligheidsplan", false, false},
    CheckKindRow{K::EndItems, "eind", false, false},
    CheckKindRow{K::EndFields, "eind_velden", false, false},
    CheckKindRow{K::Comparison, "vergelijking", false, false},
    CheckKindRow{K::TimelineFields, "tijdlijn_velden", false, false},
    CheckKindRow{K::PatternSentence, "patroon_zin", false, false},
    CheckKindRow{K::ReflectionWritten, "reflectie_geschreven", false, false},
    CheckKindRow{K::All, "alle", false, true},
    CheckKindRow{K::Any, "een_van", false, true},
    CheckKindRow{K::Script, "", false, false},
    CheckKindRow{K::History, "verloop", false, false},
    CheckKindRow{K::Cadence, "ritme", false, false},
};

constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < kRows.size(); ++i)
        if (static_cast<std::size_t>(kRows[i].kind) != i) return false;
    return true;
}
static_assert(in_enum_order(), "a check kind's row sits at its enum value");
static_assert(static_cast<std::size_t>(K::Cadence) + 1 == kRows.size(), "every check kind has a row (the last enum value is Cadence)");

}  // namespace

std::span<const CheckKindRow> check_kinds() { return kRows; }

const CheckKindRow& check_kind(Check::Kind kind) { return kRows[static_cast<std::size_t>(kind)]; }

const CheckKindRow* check_kind_by_key(std::string_view key) {
    if (key.empty()) return nullptr;
    const auto it = std::find_if(kRows.begin(), kRows.end(), [&](const CheckKindRow& r) { return key == r.key; });
    return it == kRows.end() ? nullptr : &*it;
}

bool names_choice(const Check& c, const std::string& choice) {
    if (!check_kind(c.kind).names_choices) return false;
    if (std::find(c.refs.begin(), c.refs.end(), choice) != c.refs.end()) return true;
    return c.kind == K::ChoiceBefore && !c.before_is_step && c.before == choice;
}

void add_named_choices(const Check& c, std::set<std::string>& out) {
    if (!check_kind(c.kind).names_choices) return;
    out.insert(c.refs.begin(), c.refs.end());
    if (c.kind == K::ChoiceBefore && !c.before_is_step) out.insert(c.before);
}

}  // namespace lwp::core::kinds
