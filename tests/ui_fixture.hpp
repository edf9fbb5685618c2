// What UI tests with a shipped case share on top of the headless harness (ui_harness.hpp, which
// the benchmark uses too and so stays free of doctest): finding a case in the library and
// performing board actions that must apply.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "ui_harness.hpp"

namespace lwp::test {

// The library position of the case `id`; the test fails when it is not in the library.
inline size_t library_index(const ui::App& app, const std::string& id) {
    for (size_t i = 0; i < app.library().size(); ++i)
        if (app.library()[i].ok() && app.library()[i].scenario->meta.id == id) return i;
    FAIL("case " << id << " not in the library");
    return 0;
}

// A board action (type, target, args); perform_ok puts it in the current step.
inline core::Action board_action(const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
    return core::Action{type, "", target, std::move(args), 0};
}

// Performs `a` in the open session's current step; the test stops with the reason when it is refused.
inline void perform_ok(ui::App& app, core::Action a) {
    const std::string what = a.type + " " + a.target;
    a.step = app.session()->state().step;
    core::ApplyResult r = app.session()->perform(std::move(a));
    INFO(what << ": " << r.error);
    REQUIRE(r.ok);
}

}  // namespace lwp::test
