// The explorer writes a reflection (review M12): a criterion that credits only a written
// reflection (reflectie_geschreven) is met on the routes that do the analysis and missed on the
// others, so `explore` and the bundled-case check can judge such criteria at all.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/assess/explorer.hpp"
#include "helpers.hpp"

using namespace lwp;

TEST_CASE("explorer: a reflectie_geschreven criterion is met on some routes and missed on others") {
    auto s = scripting::load_scenario_source(
        "scenario { id = \"r\", titel = \"R\", versie = \"1\", start = \"a\", bouwstenen = { \"reflectie\" } }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"A\",\n"
        "  keuze \"verder\" { tekst = \"Verder\", naar = \"b\" } }\n"
        "stap \"b\" { titel = \"B\", tekst = \"B\",\n"
        "  keuze \"klaar\" { tekst = \"Klaar\", naar = \"e\" } }\n"
        "reflectie \"terug\" { stap = \"b\", vragen = { \"Wat nam je mee?\" }, bouwstenen = { \"reflectie\" }, met_gezin = true }\n"
        "criterium \"geschreven\" { bouwsteen = \"reflectie\", tekst = \"Gereflecteerd met het gezin\", onderbouwing = \"O\",\n"
        "  goed = \"G\", fout = \"F\", check = { reflectie_geschreven = { min_woorden = 40, met = \"gezin\" } } }\n",
        "reflectie.lua");
    REQUIRE(s.ok());
    core::ExploreOptions opt;
    const auto r = core::explore(*s.scenario, s.runtime.get(), opt);
    REQUIRE(r.criteria.size() == 1);
    CHECK(r.criteria[0].met > 0);
    CHECK(r.criteria[0].missed > 0);
    CHECK(r.never_met.empty());

    // The expert's actions at the reflection point write it once, with the family.
    core::SessionState st = core::initial_state(*s.scenario);
    REQUIRE(core::apply(st, *s.scenario, s.runtime.get(), core::make_choose("a", "verder"), 0).ok);
    REQUIRE(std::find(st.reflection_due.begin(), st.reflection_due.end(), "terug") != st.reflection_due.end());
    const auto actions = core::expert_actions(*s.scenario, st);
    const auto n = std::count_if(actions.begin(), actions.end(), [](const core::Action& a) { return a.type == "reflectie.schrijf"; });
    CHECK(n == 1);
    for (const auto& a : actions)
        if (a.type == "reflectie.schrijf") {
            CHECK(a.args.at("met") == "gezin");
            CHECK(a.args.at("punt") == "terug");
        }
}
