// Case fidelity of the tutorial (scenarios/oefencasus.lua), review 2026-12 method fidelity:
// each wrong outcome the review found is replayed here as a route (the expert log with one
// choice swapped) and must score the way a Beter Samenspel trainer would score it.
#include <doctest/doctest.h>

#include <string>

#include "case_routes.hpp"

using namespace lwp;

namespace {

using namespace lwp::test;

scripting::LoadedScenario load_oefencasus() { return load_case("oefencasus.lua"); }
std::vector<core::Action> expert_actions() { return demo_actions("oefencasus", "expert"); }

// The expert log with its last choice (the netwerkberaad step) replaced by `to`.
std::vector<core::Action> last_choice(const std::string& to) {
    auto actions = expert_actions();
    REQUIRE(actions.back().type == "kies");
    REQUIRE(actions.back().target == "netwerkberaad_plannen");
    actions.back().target = to;
    return actions;
}

core::Status status_of(const core::ScoreReport& r, const std::string& id) { return entry(r, id).status; }

}  // namespace

TEST_CASE("oefencasus fidelity H1: a casuistiekbespreking or a professionals-only meeting is not a netwerkberaad") {
    const auto sc = load_oefencasus();
    // The review's clean route: read, discuss the report, taxate, talk with Milan, read, weigh.
    // Weighing no longer ends the case, and it never counts as the netwerkberaad.
    const std::vector<core::Action> weighed = {
        core::make_read("aanleiding", "zorgmelding_school"), core::make_choose("aanleiding", "melding_bespreken"),
        core::make_read("huisbezoek", "verslag_huisbezoek"),  core::make_choose("huisbezoek", "veiligheid_taxeren"),
        core::make_choose("gesprek_kind", "milan_spreken"),   core::make_read("plan", "afsluitbericht_opvoedsteun"),
        core::make_choose("plan", "weging_casusoverleg")};
    const auto after_weging = play(sc, weighed);
    CHECK_FALSE(after_weging.state.finished());
    CHECK(after_weging.state.step == "netwerk");
    CHECK(status_of(after_weging.report, "netwerkberaad") != core::Status::Met);
    for (const char* other : {"professionals_overleg", "losse_afspraken"}) {
        CAPTURE(other);
        const auto actions = last_choice(other);
        const auto r = play(sc, actions).report;
        CHECK(status_of(r, "netwerkberaad") == core::Status::Missed);
        CHECK(status_of(r, "weging_met_gw") == core::Status::Met);
        CHECK(r.earned < r.max);
    }
}

TEST_CASE("oefencasus fidelity H6: the good ending 'one family, one plan' needs the netwerkberaad") {
    const auto sc = load_oefencasus();
    CHECK(play(sc, expert_actions()).state.ending == "einde_een_plan");
    for (const char* other : {"professionals_overleg", "losse_afspraken"}) {
        CAPTURE(other);
        CHECK(play(sc, last_choice(other)).state.ending == "einde_losse_hulp");
    }
}

TEST_CASE("oefencasus fidelity M1: the expert log weighs and holds the netwerkberaad, and scores full marks in every block") {
    const auto sc = load_oefencasus();
    const auto r = play(sc, expert_actions()).report;
    CHECK(status_of(r, "netwerkberaad") == core::Status::Met);
    CHECK(status_of(r, "weging_met_gw") == core::Status::Met);
    CHECK(r.max > 0);
    CHECK(r.earned == doctest::Approx(r.max));
    for (const auto& b : r.blocks)
        if (b.max > 0) {
            CAPTURE(b.block);
            CHECK(b.earned == doctest::Approx(b.max));
        }
}

TEST_CASE("oefencasus fidelity M1: a phone call with the team leader is not a weging") {
    const auto sc = load_oefencasus();
    const auto r = play(sc, swapped(expert_actions(), "weging_casusoverleg", "teamleider_bellen")).report;
    CHECK(status_of(r, "weging_met_gw") == core::Status::Missed);
    CHECK(status_of(r, "netwerkberaad") == core::Status::Met);
}

TEST_CASE("oefencasus fidelity M2: the expert log taxates with the reference's own score") {
    const auto sc = load_oefencasus();
    const auto& ref = sc.scenario->reference;
    bool scored = false;
    for (const auto& a : expert_actions())
        if (a.type == "veiligheid.score") {
            CHECK(a.step == ref.safety_step);
            for (const auto& [k, v] : a.args)
                if (k == "waarde") CHECK(v == std::to_string(ref.safety_score));
            scored = true;
        }
    CHECK(scored);
    CHECK(status_of(play(sc, expert_actions()).report, "veiligheid_voor_patroon") == core::Status::Met);
}

TEST_CASE("oefencasus fidelity M3: calling grandma is not a safety taxation of both children") {
    const auto sc = load_oefencasus();
    const auto r = play(sc, swapped(expert_actions(), "veiligheid_taxeren", "oma_inschakelen")).report;
    CHECK(status_of(r, "veiligheid_getaxeerd") == core::Status::Missed);
}

TEST_CASE("oefencasus fidelity M4: the first aanleiding is the report, not the earlier help trajectory") {
    const auto sc = load_oefencasus();
    auto actions = expert_actions();
    bool moved = false;
    for (auto& a : actions)
        if (a.type == "tijdlijn.markeer" && a.step == "plan") {
            for (const auto& [k, v] : a.args) REQUIRE((k != "soort" || v == "eerste"));
            // Mark the 2022 parenting support (placed by action 51) as the first aanleiding.
            a.target = "t51";
            moved = true;
        }
    REQUIRE(moved);
    const auto replayed = play(sc, actions);
    const auto* entry = replayed.state.analysis.timeline.entry_for_fact("f_hulp_opvoed");
    REQUIRE(entry);
    REQUIRE(entry->id == "t51");
    CHECK(status_of(replayed.report, "aanleiding_gemarkeerd") == core::Status::Missed);
    CHECK(status_of(play(sc, expert_actions()).report, "aanleiding_gemarkeerd") == core::Status::Met);
}
