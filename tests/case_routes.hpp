// Shared helpers of the case-fidelity tests (tests/test_case_fidelity_*.cpp): load a shipped case,
// read its demo logs (tools/demo/<case>-<name>.json), change one choice in a log, build a route of
// choices, replay it and score it. One place, so every case's fidelity test reads the same way.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/store/persistence.hpp"
#include "core/assess/scoring.hpp"
#include "scripting/loader.hpp"

namespace lwp::test {

// A shipped case, by its file name in scenarios/ ("piet.lua"); its diagnostics are printed.
inline scripting::LoadedScenario load_case(const std::string& file) {
    auto sc = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / file);
    for (const auto& d : sc.diagnostics) MESSAGE(d.str());
    REQUIRE(sc.ok());
    return sc;
}

// The actions of a session file (a demo log, a recorded reference route).
inline std::vector<core::Action> log_actions(const std::filesystem::path& file) {
    std::string error;
    auto bytes = core::read_file(file, error);
    REQUIRE_MESSAGE(bytes, error);
    auto session = core::session_from_json(*bytes, error);
    REQUIRE_MESSAGE(session, error);
    return session->actions;
}

// The demo log tools/demo/<case_id>-<name>.json ("piet", "expert").
inline std::filesystem::path demo_log(const std::string& case_id, const std::string& name) {
    return std::filesystem::path(LWP_SCENARIO_DIR) / ".." / "tools" / "demo" / (case_id + "-" + name + ".json");
}
inline std::vector<core::Action> demo_actions(const std::string& case_id, const std::string& name) {
    return log_actions(demo_log(case_id, name));
}

// `actions` with every choice `from` replaced by `to` (same step, everything else equal).
inline std::vector<core::Action> swapped(std::vector<core::Action> actions, const std::string& from, const std::string& to) {
    bool found = false;
    for (auto& a : actions)
        if (a.type == "kies" && a.target == from) {
            a.target = to;
            found = true;
        }
    REQUIRE_MESSAGE(found, "the log has no choice " << from);
    return actions;
}

// A route of choices only (no reading, no board work), each made in the step the route is in.
inline std::vector<core::Action> route(const scripting::LoadedScenario& sc, const std::vector<std::string>& choices) {
    std::vector<core::Action> actions;
    for (const auto& c : choices) {
        const auto now = core::replay(*sc.scenario, sc.runtime.get(), actions);
        REQUIRE_MESSAGE(now.problem.empty(), now.problem);
        REQUIRE_MESSAGE(!now.state.step.empty(), "the route ended before " << c);
        actions.push_back(core::make_choose(now.state.step, c));
    }
    return actions;
}

struct Played {
    core::SessionState state;
    core::ScoreReport report;
};

// Replays `actions` (which must apply whole) and scores the state they reach.
inline Played play(const scripting::LoadedScenario& sc, const std::vector<core::Action>& actions) {
    auto replayed = core::replay(*sc.scenario, sc.runtime.get(), actions);
    REQUIRE_MESSAGE(replayed.problem.empty(), replayed.problem);
    auto report = core::score(*sc.scenario, replayed.state, sc.runtime.get());
    return {std::move(replayed.state), std::move(report)};
}

// A route with every point of the case in every building block it assessed (the expert logs).
inline void check_full_marks(const Played& p) {
    CHECK(p.report.max > 0);
    CHECK(p.report.earned == doctest::Approx(p.report.max));
    for (const auto& b : p.report.blocks)
        if (b.max > 0) {
            CAPTURE(b.block);
            CHECK(b.earned == doctest::Approx(b.max));
        }
}

// The ledger entry of criterion `id`; fails the test when the case has no such criterion.
inline const core::LedgerEntry& entry(const core::ScoreReport& r, const std::string& id) {
    const auto it = std::find_if(r.ledger.begin(), r.ledger.end(), [&](const core::LedgerEntry& e) { return e.criterion->id == id; });
    REQUIRE_MESSAGE(it != r.ledger.end(), "no criterion " << id);
    return *it;
}

// A ledger as text, one line per criterion: id, status, points, the actions its evidence names.
// The golden ledgers (tests/fixtures/golden, tests/fixtures/compat) are in this form.
inline std::string ledger_text(const core::ScoreReport& report) {
    std::ostringstream ledger;
    for (const auto& e : report.ledger) {
        ledger << e.criterion->id << " " << core::status_id(e.status) << " " << e.earned << "/" << e.max << " evidence:";
        for (const auto& ev : e.evidence) ledger << " " << (ev.action == SIZE_MAX ? std::string("-") : std::to_string(ev.action));
        ledger << "\n";
    }
    return ledger.str();
}

}  // namespace lwp::test
