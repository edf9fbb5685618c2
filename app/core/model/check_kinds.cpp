// The table of scoring-check kinds: one row per kind (check_kinds.hpp).
#include "core/model/check_kinds.hpp"

#include <algorithm>
#include <array>

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

// In the order of core/model/check_kinds.def (the order the loader reads a check's keys), which
// is the enum's order too: the enum is made from the same list (scenario.hpp).
constexpr std::array kRows{
#define KIND(name, key, names_choices, composite) CheckKindRow{K::name, key, names_choices, composite},
#include "core/model/check_kinds.def"
#undef KIND
};

constexpr bool rows_in_enum_order() {
    for (std::size_t i = 0; i < kRows.size(); ++i)
        if (static_cast<std::size_t>(kRows[i].kind) != i) return false;
    return true;
}
static_assert(rows_in_enum_order(), "check_kinds()[k] is the row of kind k");

}  // namespace

std::span<const CheckKindRow> check_kinds() { return kRows; }

std::size_t check_kind_index(Check::Kind kind) { return static_cast<std::size_t>(kind); }

const CheckKindRow& check_kind(Check::Kind kind) { return kRows[check_kind_index(kind)]; }

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
