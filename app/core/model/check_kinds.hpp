// The table of scoring-check kinds (issue 26): one row per core::Check::Kind, made from the list
// core/model/check_kinds.def (in its order, the order the loader reads a check's keys), with its
// DSL key and what the other parts of the program ask of a kind without a switch of their own.
// What a kind does (its reading, validation, evaluation) is in its file in core/assess/kinds/,
// whose table (kinds.cpp) is made from the same list (docs/ARCHITECTURE.md, "Where things go");
// a test (tests/test_check_kinds.cpp) holds the table against the enum, the DSL schema and the
// loader.
#pragma once

#include <cstddef>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "core/model/scenario.hpp"

namespace lwp::core::kinds {

struct CheckKindRow {
    Check::Kind kind;
    const char* key;         // the DSL key in a check table ("ritme"); "" for Script (a function)
    bool names_choices;      // its refs (and `before`, unless before_is_step) are choice ids
    bool composite;          // alle / een_van: the test is in its children
};

// Every row, in the order of core/model/check_kinds.def (the order the loader reads a check's
// keys, and the enum's): check_kinds()[check_kind_index(k)].kind == k.
std::span<const CheckKindRow> check_kinds();
// A kind's place in that order, and its row: an index, no search and no allocation.
std::size_t check_kind_index(Check::Kind kind);
const CheckKindRow& check_kind(Check::Kind kind);
// The row whose DSL key this is; nullptr for a key that names no kind ("voor", "min", ...).
const CheckKindRow* check_kind_by_key(std::string_view key);

// Whether this check itself (not its children) names the choice: lrs statements and lint ask.
bool names_choice(const Check& c, const std::string& choice);
// The choices this check itself (not its children) names, added to `out`.
void add_named_choices(const Check& c, std::set<std::string>& out);

}  // namespace lwp::core::kinds
