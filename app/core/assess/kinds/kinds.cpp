// The table of the check kinds' operations (kinds.hpp): one row per kind, in the order of
// core/model/check_kinds.def. The rows are named here (no self-registering statics: lwp_core is a
// static library, and an object nothing refers to would be left out of the program).
#include "core/assess/kinds/kinds.hpp"

#include <array>

#include "core/model/check_kinds.hpp"

namespace lwp::core::kinds {

// Each kind's file defines its row, `ops_<Name>`; a line of the list without one does not link.
#define KIND(name, key, names_choices, composite) extern const KindOps ops_##name;
#include "core/model/check_kinds.def"
#undef KIND

namespace {

// In the order of core/model/check_kinds.def, which is the enum's (its rows: core::kinds::check_kinds()).
constexpr std::array kOps{
#define KIND(name, key, names_choices, composite) &ops_##name,
#include "core/model/check_kinds.def"
#undef KIND
};

}  // namespace

const KindOps& ops(Check::Kind kind) { return *kOps[check_kind_index(kind)]; }

void read_check_fields(FieldReader& f, const std::string& where, CheckParts& parts) {
    for (const KindOps* row : kOps)
        if (row->read) row->read(f, where, parts);
}

void validate_check(const Check& c, CheckValidation& v) {
    if (const auto validate = ops(c.kind).validate) validate(c, v);
}

CheckOutcome Evaluation::eval(const Check& c) { return ops(c.kind).eval(*this, c); }

bool Evaluation::assessable(const Check& c) const { return ops(c.kind).assessable(*this, c); }

}  // namespace lwp::core::kinds
