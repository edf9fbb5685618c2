// Progress over time: per-block scores across sessions, the weakest block, the suggestion.
#include <doctest/doctest.h>

#include "core/assess/progress.hpp"
#include "helpers.hpp"

using namespace lwp;

TEST_CASE("progress orders sessions in time, finds the weakest block and suggests a case for it") {
    auto mini = test::load_fixture("mini.lua");
    auto other = test::load_fixture("onwinbaar.lua");
    REQUIRE(mini.ok());
    REQUIRE(other.ok());
    auto session = [](const char* id, std::int64_t when, std::vector<core::Action> actions) {
        core::Session s;
        s.id = id;
        s.scenario_id = "mini";
        s.updated = when;
        s.actions = std::move(actions);
        return s;
    };
    // Later session first in the list: the result must be ordered by time.
    std::vector<core::Session> sessions{
        session("b", 200, {core::make_choose("begin", "praten"), core::make_choose("vervolg", "plan")}),
        session("a", 100, {core::make_choose("begin", "wachten"), core::make_choose("crisis", "ingrijpen")}),
        session("leeg", 150, {}),  // nothing assessed: left out
    };
    core::Session unknown = session("x", 50, {});
    unknown.scenario_id = "bestaat_niet";
    sessions.push_back(unknown);
    auto lookup = [&](const std::string& id, const core::Scenario*& sc, core::ScriptHost*& host) {
        if (id != "mini") return false;
        sc = mini.scenario.get();
        host = mini.runtime.get();
        return true;
    };
    auto p = core::compute_progress(sessions, lookup, {mini.scenario.get(), other.scenario.get()});
    REQUIRE(p.sessions.size() == 2);
    CHECK(p.sessions[0].session == "a");
    CHECK(p.sessions[1].session == "b");
    CHECK(p.sessions[1].total > p.sessions[0].total);  // the better route scored higher
    CHECK(p.sessions[0].finished);
    // 'tijdlijn' was assessed and never built in either session: 0 % -> the weakest block.
    const size_t tijdlijn = 8;
    REQUIRE(std::string(core::building_blocks()[tijdlijn].id) == "tijdlijn");
    CHECK(p.recent[tijdlijn] == doctest::Approx(0.0));
    CHECK(p.recent[11] > 0);  // gesprekken_kinderen: met in the later session
    CHECK_FALSE(p.weakest_block.empty());
    CHECK(p.suggested_scenario == "mini");  // the only case listing that block
}
