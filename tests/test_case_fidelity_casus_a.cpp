// Case fidelity of the dossieronderzoek and the OTS case (scenarios/dossieronderzoek.lua,
// scenarios/ots_eindigt.lua), review 2026-12 method fidelity. The tutorial has its own file
// (test_case_fidelity_oefencasus.cpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "helpers.hpp"

using namespace lwp;

namespace {

scripting::LoadedScenario load_case(const char* file) {
    auto sc = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / file);
    for (const auto& d : sc.diagnostics) MESSAGE(d.str());
    REQUIRE(sc.ok());
    return sc;
}

}  // namespace

TEST_CASE("dossieronderzoek fidelity M11: the dossier stops at the decision and does not contain its answer") {
    const auto sc = load_case("dossieronderzoek.lua");
    const core::Step* decision = sc.scenario->step("wat_nu");
    REQUIRE(decision);
    REQUIRE(decision->date.valid());
    for (const auto& ev : sc.scenario->dossier) {
        CAPTURE(ev.id);
        // Nothing in the file happened after the moment the group decides.
        CHECK(ev.date.key() <= decision->date.key());
        // The answer of step 2 (one director, one plan, a timeline made with the family) is not
        // what the file already reports.
        for (const char* answer : {"een_plan", "gezin_op_tijdlijn", "schone_overdracht"})
            CHECK(std::find(ev.expert_tags.begin(), ev.expert_tags.end(), answer) == ev.expert_tags.end());
        CHECK(ev.text.nl.find("procesregisseur") == std::string::npos);
    }
}

TEST_CASE("dossieronderzoek fidelity L8: the children's ages fit the dossier's dates") {
    const auto sc = load_case("dossieronderzoek.lua");
    const core::Step* first = sc.scenario->step("dossier_lezen");
    REQUIRE(first);
    const int now = first->date.year * 12 + first->date.month;  // 2023-11
    auto age = [&](const char* id) {
        const core::Person* p = sc.scenario->person(id);
        REQUIRE(p);
        return p->age;
    };
    // Jayden is born in 2013-09 (d01), Fenna shortly before 2017-02 (d05: "pasgeboren"),
    // Romy was 4 in 2013-09 (d01) and 12 in 2021-06 (d09).
    CHECK(age("jayden") == (now - (2013 * 12 + 9)) / 12);
    CHECK(age("fenna") == (now - (2017 * 12 + 1)) / 12);
    const int romy = age("romy");
    CHECK(romy - (now - (2013 * 12 + 9)) / 12 == 4);
    CHECK(romy - (now - (2021 * 12 + 6)) / 12 == 12);
}
