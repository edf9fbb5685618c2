// Progress over time: per-block scores across sessions, the weakest block, the suggestion.
#include <doctest/doctest.h>

#include "core/assess/progress.hpp"
#include "core/model/building_blocks.hpp"
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

TEST_CASE("progress chart model: computed with the progress, a dot per run of sessions beyond the maximum, the trend at each run") {
    const size_t blocks = core::building_blocks().size();
    std::vector<core::SessionScore> scores;
    for (int i = 0; i < 300; ++i) {  // a year of sessions, given newest first: progress sorts them
        core::SessionScore s;
        s.session = "s" + std::to_string(i);
        s.when = 1'700'000'000 + (299 - i) * 86'400;
        s.total = (i % 10) / 10.0;
        s.blocks.resize(blocks);
        if (i % 3 == 0) s.blocks[2].max = 4, s.blocks[2].earned = i % 5;  // block 2 in every third session
        scores.push_back(s);
    }
    const core::Progress p = core::progress_from_scores(scores, {});
    REQUIRE(p.lines.size() == blocks + 1);
    const auto all = core::chart_series(p, core::kAllBlocks);
    const core::ChartLine& line = p.line(core::kAllBlocks);
    CHECK(line.assessed == 300);
    CHECK(line.window == core::trend_window(300));
    CHECK(line.window == 15);
    CHECK(line.first == all.front().when);
    CHECK(line.last == all.back().when);
    // 300 sessions, at most 90 dots: runs of 4 (75 dots), each the mean of its run.
    REQUIRE(line.dots.size() == 75);
    CHECK(line.dots[1].value == doctest::Approx((all[4].value + all[5].value + all[6].value + all[7].value) / 4));
    CHECK(line.dots[1].when == (all[4].when + all[5].when + all[6].when + all[7].when) / 4);
    CHECK(line.dots[1].last.session == 7);
    CHECK(line.dots.back().last.session == 299);
    // The trend: the running mean at each run's first session, then at the last session.
    const auto mean = core::running_mean(all, line.window);
    REQUIRE(line.trend.size() == 76);
    CHECK(line.trend[2].value == doctest::Approx(mean[8]));
    CHECK(line.trend.back().value == doctest::Approx(mean.back()));
    CHECK(line.recent == doctest::Approx((all[297].value + all[298].value + all[299].value) / 3));
    // A block: its own series and the recent mean the progress computed.
    const core::ChartLine& b2 = p.line(2);
    CHECK(b2.assessed == core::chart_series(p, 2).size());
    CHECK(b2.assessed == 100);
    CHECK(b2.dots.size() == 50);  // runs of 2
    CHECK(b2.recent == doctest::Approx(p.recent[2]));
    CHECK(p.line(0).assessed == 0);
    CHECK(p.line(0).dots.empty());
    CHECK(p.line(0).recent < 0);
    // Few sessions: a dot per session, no extra trend point.
    const core::Progress few = core::progress_from_scores({scores[0], scores[1], scores[2]}, {});
    CHECK(few.line(core::kAllBlocks).dots.size() == 3);
    CHECK(few.line(core::kAllBlocks).trend.size() == 3);
    CHECK(few.line(core::kAllBlocks).window == 5);
}
