// Case fidelity of the dossieronderzoek and the OTS case (scenarios/dossieronderzoek.lua,
// scenarios/ots_eindigt.lua), review 2026-12 method fidelity. The tutorial has its own file
// (test_case_fidelity_oefencasus.cpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "case_routes.hpp"

using namespace lwp;
using namespace lwp::test;

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

namespace {

core::ReplayResult play_choices(const scripting::LoadedScenario& sc, const std::vector<std::pair<const char*, const char*>>& route) {
    std::vector<core::Action> actions;
    for (const auto& [step, choice] : route) actions.push_back(core::make_choose(step, choice));
    auto replayed = core::replay(*sc.scenario, sc.runtime.get(), actions);
    REQUIRE_MESSAGE(replayed.problem.empty(), replayed.problem);
    return replayed;
}

core::Status status_in(const scripting::LoadedScenario& sc, const core::SessionState& st, const std::string& id) {
    return entry(core::score(*sc.scenario, st, sc.runtime.get()), id).status;
}

// A busy professional's route: no consent asked properly, Ingrid kept on informally, the safety
// left to the GI after the incident, the GI's MDO followed, the securing plan by mail.
const std::vector<std::pair<const char*, const char*>> kOtsNovice = {
    {"uitspraak", "wachten_op_eindrapport"}, {"fasen", "alles_mondeling"},      {"kim_gesprek", "zonder_gi_verder"},
    {"weging_einde", "ingrid_laten_wegen"},  {"zonder_toestemming", "ingrid_informeel"},
    {"overdracht", "verslag_accepteren"},    {"barriere", "laten_gaan"},         {"signaal", "wachten_netwerkberaad"},
    {"veiligheid_eerst_ots", "gi_laten_doen"}, {"kinderen_ots", "kinderen_via_moeder"}, {"beslissing", "gi_besluit_volgen"},
    {"borging", "borgingsplan_per_mail"},    {"evaluatie", "stil_afsluiten"}};

}  // namespace

TEST_CASE("ots fidelity H3: leaving the safety to the GI and following the GI's MDO are not credited") {
    const auto sc = load_case("ots_eindigt.lua");
    const auto r = play_choices(sc, kOtsNovice);
    REQUIRE(r.state.visited("veiligheid_eerst_ots"));
    CHECK(status_in(sc, r.state, "ots_lt_taxeert_na_ots") == core::Status::Missed);
    CHECK(status_in(sc, r.state, "ots_gw_betrokken") == core::Status::Missed);
    CHECK(r.state.ending != "einde_doorlopende_lijn");
}

TEST_CASE("ots fidelity M5: without Kim's consent there is no 2a, and the route says so") {
    const auto sc = load_case("ots_eindigt.lua");
    const auto r = play_choices(sc, kOtsNovice);
    CHECK(r.state.visited("zonder_toestemming"));
    CHECK_FALSE(r.state.knows_fact("f_toestemming_kim"));
    CHECK(status_in(sc, r.state, "ots_2a_met_toestemming") == core::Status::Missed);
    // Asked again, openly: then Kim agrees, and 2a follows her consent.
    auto again = kOtsNovice;
    again[4] = {"zonder_toestemming", "kim_opnieuw_vragen"};
    const auto r2 = play_choices(sc, again);
    CHECK(r2.state.knows_fact("f_toestemming_kim"));
    CHECK(status_in(sc, r2.state, "ots_2a_met_toestemming") == core::Status::Met);
    // The expert asks properly the first time and never sees the intermediate step.
    const auto expert = core::replay(*sc.scenario, sc.runtime.get(), demo_actions("ots_eindigt", "expert"));
    REQUIRE(expert.problem.empty());
    CHECK_FALSE(expert.state.visited("zonder_toestemming"));
    CHECK(status_in(sc, expert.state, "ots_2a_met_toestemming") == core::Status::Met);
}

TEST_CASE("ots fidelity M8: the end of the OTS is weighed in the local team's case discussion") {
    const auto sc = load_case("ots_eindigt.lua");
    const auto expert = core::replay(*sc.scenario, sc.runtime.get(), demo_actions("ots_eindigt", "expert"));
    REQUIRE(expert.problem.empty());
    CHECK(expert.state.visited("weging_einde"));
    CHECK(status_in(sc, expert.state, "ots_weging_schakelmoment") == core::Status::Met);
    CHECK(expert.state.ending == "einde_doorlopende_lijn");
    const auto r = core::score(*sc.scenario, expert.state, sc.runtime.get());
    CHECK(r.earned == doctest::Approx(r.max));
    for (const char* other : {"teamleider_akkoord", "ingrid_laten_wegen"}) {
        CAPTURE(other);
        auto actions = demo_actions("ots_eindigt", "expert");
        for (auto& a : actions)
            if (a.type == "kies" && a.target == "weging_casuistiek_einde") a.target = other;
        const auto swapped = core::replay(*sc.scenario, sc.runtime.get(), actions);
        REQUIRE(swapped.problem.empty());
        CHECK(status_in(sc, swapped.state, "ots_weging_schakelmoment") == core::Status::Missed);
        CHECK(swapped.state.ending != "einde_doorlopende_lijn");  // H6: the good ending credits the weging
    }
}

TEST_CASE("ots fidelity L6: a securing plan on paper before the GI leaves meets the agreements criterion") {
    const auto sc = load_case("ots_eindigt.lua");
    const auto r = play_choices(sc, kOtsNovice);
    CHECK(status_in(sc, r.state, "ots_afspraken_voor_einde_gi") == core::Status::Met);
    CHECK(status_in(sc, r.state, "ots_netwerkberaad") == core::Status::Missed);
}
