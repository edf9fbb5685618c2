// The bundled cases: the explorer finds no unwinnable, always-met or never-assessed criteria,
// and the tutorial's demo paths give the same ledger as the golden files.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#include "core/explorer.hpp"
#include "core/persistence.hpp"
#include "helpers.hpp"

using namespace lwp;

TEST_CASE("explorer runs clean on every bundled scenario") {
    for (const auto& s : scripting::load_library(LWP_SCENARIO_DIR)) {
        CAPTURE(s.file);
        REQUIRE(s.ok());
        core::ExploreOptions opt;
        opt.samples = 1500;
        opt.max_paths = 5000;
        auto r = core::explore(*s.scenario, s.runtime.get(), opt);
        CHECK(r.never_met.empty());
        CHECK(r.never_missed.empty());
        CHECK(r.never_assessed.empty());
        CHECK(r.stuck == 0);
        for (const auto& id : r.never_met) MESSAGE("never met: " << id);
        for (const auto& id : r.never_missed) MESSAGE("never missed: " << id);
    }
}

TEST_CASE("golden ledgers for the tutorial's demo paths") {
    auto tutorial = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / "oefencasus.lua");
    REQUIRE(tutorial.ok());
    const auto demo = std::filesystem::path(LWP_SCENARIO_DIR) / ".." / "tools" / "demo";
    for (const char* name : {"oefencasus-expert", "oefencasus-zwak"}) {
        CAPTURE(name);
        std::string error;
        auto bytes = core::read_file(demo / (std::string(name) + ".json"), error);
        REQUIRE(bytes);
        auto session = core::session_from_json(*bytes, error);
        REQUIRE(session);
        auto replayed = core::replay(*tutorial.scenario, tutorial.runtime.get(), session->actions);
        REQUIRE(replayed.problem.empty());
        auto report = core::score(*tutorial.scenario, replayed.state, tutorial.runtime.get());
        std::ostringstream ledger;
        for (const auto& e : report.ledger) {
            ledger << e.criterion->id << " " << core::status_id(e.status) << " " << e.earned << "/" << e.max << " evidence:";
            for (const auto& ev : e.evidence) ledger << " " << (ev.action == SIZE_MAX ? std::string("-") : std::to_string(ev.action));
            ledger << "\n";
        }
        const auto golden = test::fixture("golden/" + std::string(name) + "-ledger.txt");
        if (std::getenv("LWP_UPDATE_GOLDEN")) test::spit(golden, ledger.str());
        REQUIRE_MESSAGE(std::filesystem::exists(golden), "run with LWP_UPDATE_GOLDEN=1 to create " << golden.string());
        CHECK(ledger.str() == test::slurp(golden));
    }
}
