// Options without tells (issue 24): a trainee must not find the best route by text length or by
// position. The lint warns for a step whose options differ a lot in length; the shipped cases are
// checked against their expert logs.
#include <doctest/doctest.h>

#include <map>

#include "core/lint.hpp"
#include "core/persistence.hpp"
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
