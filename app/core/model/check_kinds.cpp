// The table of scoring-check kinds: one row per kind (check_kinds.hpp).
#include "core/model/check_kinds.hpp"

#include <algorithm>
#include <array>

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

// In the order of core/model/check_kinds.def (the order the loader reads a check's keys).
constexpr std::array kRows{
#define KIND(name, key, names_choices, composite) CheckKindRow{K::name, key, names_choices, composite},
#include "core/model/check_kinds.def"
#undef KIND
};
constexpr std::size_t kKinds = static_cast<std::size_t>(K::Cadence) + 1;  // the enum's last value
static_assert(kRows.size() == kKinds, "every check kind has a line in check_kinds.def (and the enum's last value is Cadence)");

// Each kind's row: kIndex[kind] is its place in kRows.
constexpr std::array<std::size_t, kKinds> make_index() {
    std::array<std::size_t, kKinds> index{};
    for (auto& i : index) i = kKinds;
    for (std::size_t i = 0; i < kRows.size(); ++i) index[static_cast<std::size_t>(kRows[i].kind)] = i;
    return index;
}
constexpr std::array kIndex = make_index();

constexpr bool each_kind_once() {
    for (std::size_t i : kIndex)
        if (i == kKinds) return false;
    return true;
}
static_assert(each_kind_once(), "every check kind has exactly one line in check_kinds.def");

}  // namespace

std::span<const CheckKindRow> check_kinds() { return kRows; }

std::size_t check_kind_index(Check::Kind kind) { return kIndex[static_cast<std::size_t>(kind)]; }

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
