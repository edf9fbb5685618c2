// What a check kind's validation sees (issue 26): the case and the criterion whose check it is,
// reporting at the criterion's line. core/model/scenario.cpp's Validator implements it and calls
// the validator core::validate is given (core::kinds::validate_check: each kind's rules sit in its
// file in core/assess/kinds/, which model cannot include).
#pragma once

#include <string>
#include <vector>

#include "core/model/scenario.hpp"

namespace lwp::core {

class CheckValidation {
public:
    virtual const Scenario& scenario() const = 0;
    virtual bool choice_exists(const std::string& id) const = 0;
    // Unless `ok`: "criterium 'c' noemt onbekend<what> '<id>'" (what: "e keuze", " feit", ...).
    virtual void need(bool ok, const std::string& what, const std::string& id) = 0;
    // An error at the criterion's line; `where()` is how messages name it ("criterium 'c'").
    virtual void error(const std::string& msg) = 0;
    virtual const std::string& where() const = 0;
    // A composite's part, validated as a check of the same criterion.
    virtual void check(const Check& part) = 0;
    // A history test (verloop), checked as a condition's is.
    virtual void history(const HistoryTest& h) = 0;

protected:
    ~CheckValidation() = default;
};

// Cross-reference checks that need the whole scenario (unknown ids, duplicates, dead ends), with
// each criterion's check validated by `check`: core::kinds::validate_check
// (core/assess/kinds/kinds.hpp), the kinds' own rules.
using CheckValidator = void (*)(const Check& check, CheckValidation& v);
std::vector<Diagnostic> validate(const Scenario& scenario, CheckValidator check);

}  // namespace lwp::core
