// Options without tells (issue 24): a trainee must not find the best route by text length or by
// position. The lint warns for a step whose options differ a lot in length; the shipped cases are
// checked against their expert logs.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "core/model/lint.hpp"
#include "case_routes.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {

std::string option_warnings(const core::Scenario& sc) {
    std::string all;
    for (const auto& d : core::lint(sc))
        if (d.message.find("verschillen sterk in lengte") != std::string::npos) all += d.str() + "\n";
    return all;
}

std::string case_with_options(const std::string& a, const std::string& b) {
    return "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"s\" }\n"
           "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
           "stap \"s\" { titel = \"S\", tekst = \"S\",\n"
           "  keuze \"kort\" { tekst = \"" + a + "\", naar = \"e\" },\n"
           "  keuze \"lang\" { tekst = \"" + b + "\", naar = \"e\" } }\n";
}

}  // namespace

TEST_CASE("lint: a step whose options differ a lot in length is flagged at the step's line") {
    const std::string shortest = "Bel de school.";  // 14 characters
    const std::string padded = "Bel de school en bespreek met de intern begeleider wat zij ziet, zonder de ouders te passeren, en leg vast wat je hoort.";
    auto s = scripting::load_scenario_source(case_with_options(shortest, padded), "lengte.lua");
    REQUIRE(s.ok());
    const auto warnings = option_warnings(*s.scenario);
    CHECK(warnings.find("lengte.lua:3: waarschuwing: stap 's': de keuzes verschillen sterk in lengte ('kort' 14 tekens, 'lang'") !=
          std::string::npos);

    // Comparable options: no warning, also when the longer one has accented letters (counted as
    // characters, not bytes).
    auto even = scripting::load_scenario_source(
        case_with_options("Bel de school en vraag wat de leerkracht ziet.", "Ga op huisbezoek en vraag wat de ouders zien, één voor één."), "gelijk.lua");
    REQUIRE(even.ok());
    CHECK(option_warnings(*even.scenario).empty());

    // A long option beside a short one is fine when the gap is small in absolute terms.
    auto small = scripting::load_scenario_source(case_with_options("Ja.", "Nee, nog niet."), "klein.lua");
    REQUIRE(small.ok());
    CHECK(option_warnings(*small.scenario).empty());
}

TEST_CASE("text_length counts characters, not bytes") {
    CHECK(core::text_length("") == 0);
    CHECK(core::text_length("één") == 3);
    CHECK(core::text_length("‘netwerkberaad’") == 15);
}

TEST_CASE("shipped cases: the expert option is not given away by its length or its position") {
    // Review H5: in 52 of 53 decision steps the expert option was the longest one, so "always the
    // longest" played the expert route. Per case with an expert log: no option-length warning, the
    // expert option the longest in at most a third of its decision steps, and (with four or more
    // steps) not in the same position in more than half of them.
    int cases = 0;
    for (const auto& sc : scripting::load_library(LWP_SCENARIO_DIR)) {
        REQUIRE(sc.ok());
        const std::string id = sc.scenario->meta.id;
        const auto log = test::demo_log(id, "expert");
        if (!std::filesystem::exists(log)) continue;
        ++cases;
        CAPTURE(id);
        CHECK(option_warnings(*sc.scenario).empty());
        int decisions = 0, longest = 0;
        std::map<std::size_t, int> positions;
        for (const auto& a : test::log_actions(log)) {
            if (a.type != "kies") continue;
            const core::Step* step = sc.scenario->step(a.step);
            REQUIRE_MESSAGE(step, "the expert log chooses in an unknown step " << a.step);
            if (step->choices.size() < 2) continue;
            std::size_t chosen = step->choices.size(), longest_other = 0;
            for (std::size_t i = 0; i < step->choices.size(); ++i)
                if (step->choices[i].id == a.target) chosen = i;
                else longest_other = std::max(longest_other, core::text_length(step->choices[i].text.nl));
            REQUIRE_MESSAGE(chosen < step->choices.size(), "step " << a.step << " has no choice " << a.target);
            ++decisions;
            ++positions[chosen];
            if (core::text_length(step->choices[chosen].text.nl) > longest_other) ++longest;
        }
        REQUIRE(decisions > 0);
        CHECK_MESSAGE(longest * 3 <= decisions, id << ": the expert option is the longest in " << longest << " of " << decisions << " decision steps");
        if (decisions >= 4) {
            int most = 0;
            for (const auto& p : positions) most = std::max(most, p.second);
            CHECK_MESSAGE(most * 2 <= decisions, id << ": the expert option is in the same position in " << most << " of " << decisions << " decision steps");
        }
    }
    CHECK(cases >= 5);
}
