// The scoring-check kinds' operations (issue 26): a row of function pointers per core::Check::Kind
// (the list is core/model/check_kinds.def), each kind's in its own file in this folder (or one
// file for a small family): how the loader reads it from a check table, how the validator checks
// its ids, what it says about a state and when the route has come past the moment it is about.
// The loader (scripting), the validator (core/model/scenario.cpp, through the validator core::validate
// is given) and the evaluator (check_eval.cpp) dispatch through the table by index: no search, no
// allocation.
#pragma once

#include <string>
#include <vector>

#include "core/assess/check_eval.hpp"
#include "core/model/check_validation.hpp"
#include "core/model/field_reader.hpp"

namespace lwp::core::kinds {

// What evaluating a check sees: the case, the state, the script host; a composite evaluates its
// parts through it. `fail` keeps the first script failure (the criterion is then broken).
class Evaluation {
public:
    Evaluation(const Scenario& scenario, const SessionState& state, ScriptHost* script_host) : sc(scenario), st(state), host(script_host) {}
    CheckOutcome eval(const Check& c);
    bool assessable(const Check& c) const;
    void fail(const std::string& why) {
        if (failure.empty()) failure = why;
    }

    const Scenario& sc;
    const SessionState& st;
    ScriptHost* host;
    std::string failure;
};

// The checks one table names, in the table's order; a table that names several must meet all.
struct CheckParts {
    std::vector<Check> list;
    Check* add(Check::Kind kind, std::vector<std::string> refs = {}) {
        Check x;
        x.kind = kind;
        x.refs = std::move(refs);
        list.push_back(std::move(x));
        return &list.back();
    }
};

struct KindOps {
    // Reads the kind's fields of a check table into `parts` when the table names it; `where` names
    // the criterion as messages do ("criterium 'c'"). nullptr: not a table's key (Script).
    void (*read)(FieldReader& f, const std::string& where, CheckParts& parts);
    // The kind's ids and the case features it needs; nullptr: nothing to check.
    void (*validate)(const Check& c, CheckValidation& v);
    CheckOutcome (*eval)(Evaluation& e, const Check& c);
    // Whether the route has come past the moment the check is about (without `beoordeelbaar`).
    bool (*assessable)(const Evaluation& e, const Check& c);
};

// The row of a kind: an index.
const KindOps& ops(Check::Kind kind);
// Every kind's fields of one check table, in the list's order (the composites last).
void read_check_fields(FieldReader& f, const std::string& where, CheckParts& parts);
// The validator core::validate is given: the check's kind's rules.
void validate_check(const Check& c, CheckValidation& v);

}  // namespace lwp::core::kinds
