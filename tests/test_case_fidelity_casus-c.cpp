// Case fidelity of ‘Ik dreig mijn huis uitgezet te worden’ (scenarios/dreigende_uitzetting.lua),
// review 2026-12 method fidelity, the findings about this case: each wrong outcome the review
// found is replayed here as a route (the expert or mistakes log with one choice swapped, or a
// route of choices) and must score and end the way a Beter Samenspel trainer would have it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "case_routes.hpp"

using namespace lwp;

namespace {

using namespace lwp::test;

scripting::LoadedScenario load_du() { return load_case("dreigende_uitzetting.lua"); }

// The demo log tools/demo/dreigende_uitzetting-<name>.json.
std::vector<core::Action> du_log(const std::string& name) { return demo_actions("dreigende_uitzetting", name); }

}  // namespace

TEST_CASE("dreigende_uitzetting fidelity: the expert log reaches the good ending with full marks in every block") {
    const auto sc = load_du();
    const auto p = play(sc, du_log("expert"));
    CHECK(p.state.ending == "einde_patroon_doorbroken");
    check_full_marks(p);
}

TEST_CASE("dreigende_uitzetting fidelity H3 and H6: closing positively earns no reflection point and no good ending") {
    // Review H3: du_reflectie_meer_hulp was met after positief_afsluiten, with the text "Je stond
    // stil bij oorzaak en gevolg"; the Werkwijze lists exactly that closing as the help pattern.
    // H6: the good ending was reached although the file was closed without securing.
    const auto sc = load_du();
    const auto p = play(sc, swapped(du_log("expert"), "reflectie_borging", "positief_afsluiten"));
    CHECK(entry(p.report, "du_reflectie_meer_hulp").status == core::Status::Missed);
    CHECK(entry(p.report, "du_niet_positief_afsluiten").status == core::Status::Missed);
    CHECK(p.state.ending == "einde_huis_gered");
}

TEST_CASE("dreigende_uitzetting fidelity H6: more help on top, or a timeline made at the office, is not the good ending") {
    const auto sc = load_du();
    {
        const auto p = play(sc, swapped(du_log("expert"), "reflectie_borging", "nieuwe_hulp_erbij"));
        CHECK(entry(p.report, "du_reflectie_meer_hulp").status == core::Status::Missed);
        CHECK(entry(p.report, "du_geen_nieuwe_losse_hulp").status == core::Status::Missed);
        CHECK(p.state.ending == "einde_huis_gered");
    }
    {
        // The ending credits "een tijdlijn die liet zien dat dit gezin vlucht als het misgaat".
        // (A route of choices: the expert's board work needs the facts only the kitchen table reveals.)
        const std::vector<std::string> good = {"beide_hulpvragen", "veiligheid_taxeren", "kinderen_zorgvuldig", "weging_mdo", "plan_centraal",
                                               "tijdlijn_met_gezin", "patroon_stap_voor_stap", "netwerkberaad_eindsituatie", "reflectie_borging"};
        CHECK(play(sc, route(sc, good)).state.ending == "einde_patroon_doorbroken");
        auto office = good;
        office[5] = "tijdlijn_kantoor";
        const auto p = play(sc, route(sc, office));
        CHECK(entry(p.report, "du_tijdlijn_met_gezin").status == core::Status::Missed);
        CHECK(p.state.ending == "einde_huis_gered");
    }
}

TEST_CASE("dreigende_uitzetting fidelity M6: a house kept by symptom fighting on an escalation route is not stable safety") {
    // Review M6: the novice route (post first, "eerst het huis" twice, referrals per desk, the
    // debt appointment kept after the strangulation) ends in escalation, yet du_woonzekerheid
    // said "Het huis is behouden binnen het plan".
    const auto sc = load_du();
    for (const char* plan : {"plan_per_aanbieder", "eindsituatie_voor_ze"}) {
        CAPTURE(plan);
        const auto p = play(sc, swapped(du_log("fouten"), "plan_per_aanbieder", plan));
        REQUIRE(p.state.ending == "einde_escalatie");
        CHECK(p.state.vars.at("woonzekerheid") >= 6);  // the house was "saved" ...
        CHECK(entry(p.report, "du_woonzekerheid").status == core::Status::Missed);  // ... at the children's expense
        CHECK(entry(p.report, "du_reflectie_meer_hulp").status == core::Status::Missed);
    }
    // The house kept while safety held still earns it.
    CHECK(entry(play(sc, du_log("expert")).report, "du_woonzekerheid").status == core::Status::Met);
}

TEST_CASE("dreigende_uitzetting fidelity H3: a criterion met by not choosing shows a text true for every such choice") {
    // Review H3: after schuldhulp_doorgaan, du_transparant_bij_signaal showed "Je overlegde met
    // Veilig Thuis en vertelde de ouders wat je deed en waarom", which did not happen.
    const auto sc = load_du();
    const auto p = play(sc, du_log("fouten"));
    const auto& e = entry(p.report, "du_transparant_bij_signaal");
    REQUIRE(e.status == core::Status::Met);
    REQUIRE(e.met_by_not_choosing);
    CHECK_FALSE(e.criterion->feedback_not_chosen.empty());
    CHECK(core::entry_feedback(e, core::Lang::Nl) == e.criterion->feedback_not_chosen.nl);
    CHECK(core::entry_feedback(e, core::Lang::Nl).find("overlegde met Veilig Thuis") == std::string::npos);
    // Every criterion of the case that can be met by absence alone has its own true text.
    for (const auto& c : sc.scenario->criteria) {
        CAPTURE(c.id);
        const auto& le = entry(p.report, c.id);
        if (le.met_by_not_choosing) CHECK_FALSE(c.feedback_not_chosen.empty());
    }
}

TEST_CASE("dreigende_uitzetting fidelity L1: a house that cannot be kept ends at the hearing, not in a step about closing") {
    // The borging step says the court adjourned the case and debt counselling wants to close now
    // the money is in order; a route whose housing stayed at 3 or lower must not pass through it.
    const auto sc = load_du();
    const auto p = play(sc, route(sc, {"confronteren_seksueel", "veiligheid_taxeren", "kinderen_zorgvuldig", "weging_mdo", "plan_centraal",
                                       "tijdlijn_met_gezin", "patroon_stap_voor_stap", "eindsituatie_voor_ze"}));
    CHECK(p.state.ending == "einde_uitzetting");
    CHECK(std::find(p.state.path.begin(), p.state.path.end(), "borging") == p.state.path.end());
    // The same route with the network meeting keeps the house and goes on to the borging step.
    const auto q = play(sc, route(sc, {"confronteren_seksueel", "veiligheid_taxeren", "kinderen_zorgvuldig", "weging_mdo", "plan_centraal",
                                       "tijdlijn_met_gezin", "patroon_stap_voor_stap", "netwerkberaad_eindsituatie"}));
    CHECK(q.state.step == "borging");
}

TEST_CASE("dreigende_uitzetting fidelity L2: the careful conversation with the children does not lower the safety meter below the poorer ones") {
    // The meter is the safety in the case. What Dani tells in a careful conversation shows the
    // danger that was already there; it does not make home less safe than a leading question or
    // leaving Lina out would.
    const auto sc = load_du();
    auto meter_after = [&](const char* conversation) {
        return play(sc, route(sc, {"beide_hulpvragen", "veiligheid_taxeren", conversation})).state.vars.at("directe_veiligheid");
    };
    const double careful = meter_after("kinderen_zorgvuldig");
    for (const char* poorer : {"dani_direct_vragen", "alleen_dani", "schoolmw_praat_wel"}) {
        CAPTURE(poorer);
        CHECK(careful >= meter_after(poorer));
    }
}

TEST_CASE("dreigende_uitzetting fidelity M12: choosing to reflect earns no reflection point without a written reflection") {
    // Review M12: reflection was scored for choosing the line that says you will look back. Now the
    // choice at the close is needed and a written reflection of some substance (with the family
    // for du_reflectie_met_gezin).
    const auto sc = load_du();
    auto rewritten = [](std::map<std::string, std::string> changes) {
        auto actions = du_log("expert");
        int reflections = 0;
        for (auto& a : actions)
            if (a.type == "reflectie.schrijf") {
                ++reflections;
                for (const auto& [key, value] : changes) a.args[key] = value;
            }
        REQUIRE(reflections >= 1);
        return actions;
    };
    const auto full = play(sc, du_log("expert"));
    CHECK(entry(full.report, "du_reflectie_met_gezin").status == core::Status::Met);
    CHECK(entry(full.report, "du_reflectie_meer_hulp").status == core::Status::Met);

    const auto thin = play(sc, rewritten({{"tekst", "Ik kijk straks met het gezin terug."}}));
    CHECK(std::any_of(thin.state.choices.begin(), thin.state.choices.end(), [](const core::ChoiceRecord& c) { return c.choice == "reflectie_borging"; }));
    CHECK(entry(thin.report, "du_reflectie_met_gezin").status == core::Status::Missed);
    CHECK(entry(thin.report, "du_reflectie_meer_hulp").status == core::Status::Missed);

    const auto alone = play(sc, rewritten({{"met", "alleen"}}));
    CHECK(entry(alone.report, "du_reflectie_met_gezin").status == core::Status::Missed);
    CHECK(entry(alone.report, "du_reflectie_meer_hulp").status == core::Status::Met);
}
