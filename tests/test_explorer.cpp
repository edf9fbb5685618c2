// The path explorer: exhaustive and sampled play, and its findings on a fixture with a
// deliberately unwinnable criterion.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/assess/explorer.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
bool has(const std::vector<std::string>& v, const std::string& id) { return std::find(v.begin(), v.end(), id) != v.end(); }
}  // namespace

TEST_CASE("explorer plays every path and flags never-met, never-missed and never-assessed criteria") {
    auto s = test::load_fixture("onwinbaar.lua");
    REQUIRE(s.ok());
    size_t progress_calls = 0;
    core::ExploreOptions opt;
    opt.progress = [&](size_t, size_t) { ++progress_calls; };
    auto r = core::explore(*s.scenario, s.runtime.get(), opt);
    CHECK(r.exhaustive);
    CHECK(r.playthroughs == 4 * 5);  // 2 x 2 choice paths, 5 reading/artefact policies
    CHECK(r.endings.size() == 2);
    CHECK(r.stuck == 0);
    CHECK(has(r.never_met, "nooit_behaald"));
    CHECK(has(r.never_missed, "nooit_gemist"));
    CHECK(has(r.never_assessed, "nooit_beoordeeld"));
    CHECK_FALSE(has(r.never_met, "kan_wel"));
    CHECK_FALSE(has(r.never_missed, "kan_wel"));
    const auto& kan_wel = r.criteria.at(0);
    CHECK(kan_wel.met == 10);
    CHECK(kan_wel.missed == 10);
}

TEST_CASE("explorer samples random routes when asked, deterministically per seed") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    core::ExploreOptions opt;
    opt.samples = 200;
    opt.seed = 7;
    auto a = core::explore(*s.scenario, s.runtime.get(), opt);
    auto b = core::explore(*s.scenario, s.runtime.get(), opt);
    CHECK_FALSE(a.exhaustive);
    CHECK(a.playthroughs == 200);
    REQUIRE(a.criteria.size() == b.criteria.size());
    for (size_t i = 0; i < a.criteria.size(); ++i) {
        CAPTURE(a.criteria[i].id);
        CHECK(a.criteria[i].met == b.criteria[i].met);
        CHECK(a.criteria[i].missed == b.criteria[i].missed);
    }
}

TEST_CASE("the expert's artefacts, built by the explorer, meet the artefact criteria of the fixture") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    auto r = core::explore(*s.scenario, s.runtime.get(), {});
    REQUIRE(r.exhaustive);
    for (const auto& c : r.criteria) {
        CAPTURE(c.id);
        if (c.id == "c_tijdlijn" || c.id == "c_eind" || c.id == "c_script" || c.id == "c_veilig_eerst") CHECK(c.met > 0);
    }
}

TEST_CASE("explorer: above max_paths it samples and says why, and --all plays every path however many") {
    auto s = test::load_fixture("onwinbaar.lua");
    REQUIRE(s.ok());
    core::ExploreOptions opt;
    opt.max_paths = 1;  // the fixture has 4 paths
    opt.fallback_samples = 7;
    const auto sampled = core::explore(*s.scenario, s.runtime.get(), opt);
    CHECK_FALSE(sampled.exhaustive);
    CHECK(sampled.over_max_paths);
    CHECK(sampled.playthroughs == 7);

    opt.all = true;
    const auto all = core::explore(*s.scenario, s.runtime.get(), opt);
    CHECK(all.exhaustive);
    CHECK_FALSE(all.over_max_paths);
    CHECK(all.playthroughs == 4 * 5);

    // Asked for by --samples: sampled, but not because of the size.
    core::ExploreOptions asked;
    asked.samples = 3;
    const auto three = core::explore(*s.scenario, s.runtime.get(), asked);
    CHECK_FALSE(three.exhaustive);
    CHECK_FALSE(three.over_max_paths);
    CHECK(three.playthroughs == 3);
}
