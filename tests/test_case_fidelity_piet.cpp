// Case fidelity of ‘Piet: na de dood van zijn moeder’ (scenarios/piet.lua), review 2026-12 method
// fidelity, the findings about this case (issue 24): each wrong outcome the review found is
// replayed here as a route (the expert or mistakes log with one choice swapped, or a route of
// choices) and must score and end the way a Beter Samenspel trainer would have it. Each test
// fails on the case as it was before (checked against the old case file and logs).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "case_routes.hpp"
#include "core/model/lint.hpp"
#include "core/assess/scoring.hpp"

using namespace lwp;
using test::demo_actions;
using test::entry;
using test::load_case;
using test::play;
using test::route;
using test::swapped;

namespace {

std::vector<core::Action> expert() { return demo_actions("piet", "expert"); }

// The expert log with every written reflection cut to a few words (same actions, same ids).
std::vector<core::Action> expert_with_short_reflections() {
    auto actions = expert();
    int cut = 0;
    for (auto& a : actions)
        if (a.type == "reflectie.schrijf") {
            a.args["tekst"] = "Het ging wel goed, denk ik.";
            ++cut;
        }
    REQUIRE(cut >= 2);
    return actions;
}

// The step in which a choice is offered.
const core::Step& step_of(const core::Scenario& sc, const std::string& choice) {
    for (const auto& st : sc.steps)
        for (const auto& ch : st.choices)
            if (ch.id == choice) return st;
    FAIL("no choice " << choice);
    return sc.steps.front();
}

double effect(const core::Scenario& sc, const std::string& choice, const std::string& var) {
    for (const auto& ch : step_of(sc, choice).choices)
        if (ch.id == choice) {
            const auto it = ch.effects.find(var);
            return it == ch.effects.end() ? 0.0 : it->second;
        }
    return 0.0;
}

}  // namespace

TEST_CASE("piet fidelity: the expert log reaches the good ending with full marks in every block") {
    const auto sc = load_case("piet.lua");
    const auto p = play(sc, expert());
    CHECK(p.state.ending == "einde_scenario1");
    check_full_marks(p);
}

TEST_CASE("piet fidelity H3: the GI stopping without a closing conversation is letting the family go") {
    // Review H3: pi_niet_loslaten was met after gi_stopt_stil ("zonder afrondend gesprek en zonder
    // borging"), against its own text ("…niet bij het einde van 2a").
    const auto sc = load_case("piet.lua");
    const auto p = play(sc, swapped(expert(), "afronding_borging", "gi_stopt_stil"));
    CHECK(entry(p.report, "pi_niet_loslaten").status == core::Status::Missed);
    CHECK(entry(p.report, "pi_borging_voor_einde_gi").status == core::Status::Missed);
    CHECK(p.state.ending != "einde_scenario1");
}

TEST_CASE("piet fidelity H3: after the relapse the Table decides, not the worker alone, the two workers, or nobody until the evaluation") {
    // Review H3: pi_jbt_besluit_daar was met after terugval_doorgaan (the crossed bottom line never
    // went back to the Table). The decision is now its own step; only taking it back to the Table
    // with the behavioural scientist meets it.
    const auto sc = load_case("piet.lua");
    for (const char* other : {"besluit_evaluatie", "besluit_samen_2a", "terugval_raad_stil"}) {
        CAPTURE(other);
        const auto p = play(sc, swapped(expert(), "besluit_gw_jbt", other));
        CHECK(entry(p.report, "pi_jbt_besluit_daar").status == core::Status::Missed);
        CHECK(entry(p.report, "pi_gw_bij_signaal").status == core::Status::Missed);
        CHECK(p.state.ending != "einde_scenario1");
    }
    // Going on with the house and leaving the night for next month's meeting (the review's route).
    const auto q = play(sc, swapped(swapped(expert(), "terugval_plan", "terugval_doorgaan"), "besluit_gw_jbt", "besluit_evaluatie"));
    CHECK(entry(q.report, "pi_jbt_besluit_daar").status == core::Status::Missed);
    CHECK(entry(q.report, "pi_terugval_plan_centraal").status == core::Status::Missed);
    // The expert's own route meets both.
    const auto e = play(sc, expert());
    CHECK(entry(e.report, "pi_jbt_besluit_daar").status == core::Status::Met);
    CHECK(entry(e.report, "pi_gw_bij_signaal").status == core::Status::Met);
}

TEST_CASE("piet fidelity H3: a criterion met by not choosing shows a text true for every such choice") {
    // Review H3: pi_niet_opschalen_per_mail said "Je koos voor een gesprek" after barriere_negeren,
    // pi_niet_blijven_wachten "maakte er een wegingsmoment van" after vto_direct, pi_een_plan
    // "kregen een plek in één plan" after woning_oplossing.
    const auto sc = load_case("piet.lua");
    struct Case {
        const char* from;
        const char* to;
        const char* criterion;
        const char* false_claim;
    };
    const Case cases[] = {
        {"barriere_gesprek", "barriere_negeren", "pi_niet_opschalen_per_mail", "gesprek"},
        {"veranderplan_netwerk", "woning_oplossing", "pi_een_plan", "één plan"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.criterion);
        const auto p = play(sc, swapped(expert(), c.from, c.to));
        const auto& e = entry(p.report, c.criterion);
        REQUIRE(e.status == core::Status::Met);
        REQUIRE(e.met_by_not_choosing);
        CHECK(core::entry_feedback(e, core::Lang::Nl) == e.criterion->feedback_not_chosen.nl);
        CHECK(core::entry_feedback(e, core::Lang::Nl).find(c.false_claim) == std::string::npos);
        CHECK_FALSE(core::entry_feedback(e, core::Lang::En).empty());
        CHECK(core::entry_feedback(e, core::Lang::En) != core::entry_feedback(e, core::Lang::Nl));
    }
    {
        // The request to the Board without weighing (the mistakes log) earns no "wegingsmoment".
        const auto p = play(sc, demo_actions("piet", "fouten"));
        const auto& e = entry(p.report, "pi_niet_blijven_wachten");
        REQUIRE(e.status == core::Status::Met);
        CHECK(core::entry_feedback(e, core::Lang::Nl).find("wegingsmoment") == std::string::npos);
        CHECK(entry(p.report, "pi_geen_vto_zonder_weging").status == core::Status::Missed);
    }
    // Every criterion of the case that can be met by absence alone has its own true text.
    for (const auto& c : sc.scenario->criteria) {
        CAPTURE(c.id);
        std::set<std::string> ids;
        core::choices_in(c.check, ids);
        if (c.check.kind == core::Check::Kind::ChoiceNotTaken ||
            (c.check.kind == core::Check::Kind::All && std::all_of(c.check.children.begin(), c.check.children.end(), [](const core::Check& ch) {
                 return ch.kind == core::Check::Kind::ChoiceNotTaken;
             })))
            CHECK_FALSE(c.feedback_not_chosen.empty());
    }
}

TEST_CASE("piet fidelity M12: no choice decides criteria in more than two building blocks") {
    // Review M12: herstel_en_toestemming decided 4 criteria in 4 blocks, terugval_plan 3.
    const auto sc = load_case("piet.lua");
    std::map<std::string, std::set<std::string>> blocks_of;
    for (const auto& c : sc.scenario->criteria) {
        std::set<std::string> ids;
        core::choices_in(c.check, ids);
        for (const auto& id : ids) blocks_of[id].insert(c.block);
    }
    for (const auto& [choice, blocks] : blocks_of) {
        CAPTURE(choice);
        CHECK(blocks.size() <= 2);
    }
    for (const auto& d : core::lint(*sc.scenario)) CHECK_MESSAGE(d.message.find("bouwstenen (") == std::string::npos, d.str());
}

TEST_CASE("piet fidelity M12: reflection is credited only for a written reflection") {
    // Review M12: pi_reflectie_druk and pi_reflectie_met_gezin were met by a click on a line that
    // says you will reflect. The same route with the reflections cut to a few words misses both.
    const auto sc = load_case("piet.lua");
    const auto full = play(sc, expert());
    CHECK(entry(full.report, "pi_reflectie_druk").status == core::Status::Met);
    CHECK(entry(full.report, "pi_reflectie_met_gezin").status == core::Status::Met);
    const auto thin = play(sc, expert_with_short_reflections());
    CHECK(entry(thin.report, "pi_reflectie_druk").status == core::Status::Missed);
    CHECK(entry(thin.report, "pi_reflectie_met_gezin").status == core::Status::Missed);
    for (const auto& d : core::lint(*sc.scenario)) CHECK_MESSAGE(d.message.find("zonder geschreven reflectie") == std::string::npos, d.str());
}

TEST_CASE("piet fidelity H6: the good ending needs the network meeting, the weighing and the open Table it credits") {
    // Review H6: einde_scenario1 ("een netwerk dat samen aan tafel zat; wegen toen het vastliep, en
    // de JBT open inzetten") was reached after a professionals-only meeting or deciding alone.
    const auto sc = load_case("piet.lua");
    const std::pair<const char*, const char*> swaps[] = {
        {"netwerkberaad_samen", "alleen_professionals"}, {"netwerkberaad_samen", "losse_gesprekken"}, {"weging_mdo", "anoniem_alleen"},
        {"jbt_voorbereid", "jbt_regie_gi"},             {"herstel_en_toestemming", "formulier_2a"},
    };
    for (const auto& [from, to] : swaps) {
        CAPTURE(from);
        CAPTURE(to);
        const auto p = play(sc, swapped(expert(), from, to));
        CHECK(p.state.ending == "einde_half");
    }
}

TEST_CASE("piet fidelity L1: the story follows what happened") {
    const auto sc = load_case("piet.lua");
    const std::vector<std::string> start = {"aanmelding_open", "veiligheidsplan_samen", "piet_eigen_gesprek", "netwerkberaad_samen"};
    // "Geef het nog tijd" no longer leads straight to the Youth Protection Table.
    auto waited = start;
    waited.push_back("doormodderen");
    const auto p = play(sc, route(sc, waited));
    CHECK(p.state.step == "tweede_signaal");
    {
        auto r = waited;
        r.push_back("zomer_afwachten");
        const auto q = play(sc, route(sc, r));
        CHECK(q.state.ending == "einde_escalatie");
        CHECK(entry(q.report, "pi_niet_blijven_wachten").status == core::Status::Missed);
        CHECK(entry(q.report, "pi_weging_mdo").status == core::Status::Missed);
    }
    {
        // Weighing late is weighing, but the waiting still costs its point and the good ending.
        auto r = waited;
        r.push_back("weging_alsnog");
        const auto q = play(sc, route(sc, r));
        CHECK(q.state.step == "jbt");
        CHECK(entry(q.report, "pi_niet_blijven_wachten").status == core::Status::Missed);
        CHECK(entry(q.report, "pi_weging_mdo").status == core::Status::Met);
    }
    // The analysis step does not speak of a tightened plan (also reached after going on as usual).
    const auto* analyse = sc.scenario->step("analyse");
    REQUIRE(analyse);
    CHECK(analyse->narrative.nl.find("aangescherpt") == std::string::npos);
    CHECK(analyse->narrative.en.find("tightened") == std::string::npos);
}

TEST_CASE("piet fidelity M11: the library card, the closing note and the analysis step do not give the answers") {
    const auto sc = load_case("piet.lua");
    for (const char* route_word : {"pas daarna", "terugval", "veiligheidsplan maken", "product 2a"}) {
        CAPTURE(route_word);
        CHECK(sc.scenario->meta.summary.nl.find(route_word) == std::string::npos);
    }
    const auto* note = sc.scenario->document("d_afronding_2a");
    REQUIRE(note);
    CHECK(note->body.nl.find("borgingsplan") == std::string::npos);
    CHECK(note->body.nl.find("volgende netwerkberaad") == std::string::npos);
    CHECK(sc.scenario->step("analyse")->narrative.nl.find("scoor eerst") == std::string::npos);
}

TEST_CASE("piet fidelity L2 L3 L4 L5 M10: meter, building block, waiting time, caveat, English") {
    const auto sc = load_case("piet.lua");
    // L2: the meter is Piet's actual safety; a good conversation does not lower it like a poor one.
    CHECK(effect(*sc.scenario, "piet_eigen_gesprek", "directe_veiligheid") >= 0);
    CHECK(effect(*sc.scenario, "piet_eigen_gesprek", "directe_veiligheid") > effect(*sc.scenario, "piet_met_vader", "directe_veiligheid"));
    // L3: Feedback en barrières is about professionals and organisations: no criterion of it is
    // decided by what is said to father after the Table.
    for (const auto& c : sc.scenario->criteria)
        if (c.block == "feedback_barrieres") {
            std::set<std::string> ids;
            core::choices_in(c.check, ids);
            for (const auto& id : ids) {
                CAPTURE(c.id);
                CAPTURE(id);
                CHECK(step_of(*sc.scenario, id).id == "barriere");
            }
        }
    // L4: the Board's investigation after a request in June does not end by September.
    const auto* raad = sc.scenario->step("raad_onderzoek");
    REQUIRE(raad);
    CHECK(raad->date.key() >= core::CaseDate{2025, 1}.key());
    CHECK(raad->narrative.nl.find("wachtlijst") != std::string::npos);
    // L5: the endings from the source say that they are possible futures, not consequences.
    for (const char* id : {"einde_scenario1", "einde_scenario2"}) {
        CAPTURE(id);
        const auto* e = sc.scenario->ending(id);
        REQUIRE(e);
        CHECK(e->text.nl.find("geen oorzakelijk verband") != std::string::npos);
        CHECK(e->text.en.find("no causal link") != std::string::npos);
        CHECK(e->text.nl.find("Wat maakte het verschil?") == std::string::npos);
    }
    // M10: every criterion has English.
    for (const auto& c : sc.scenario->criteria) {
        CAPTURE(c.id);
        CHECK_FALSE(c.text.en.empty());
        CHECK_FALSE(c.rationale.en.empty());
        CHECK_FALSE(c.feedback_met.en.empty());
        CHECK_FALSE(c.feedback_missed.en.empty());
        if (!c.feedback_not_chosen.nl.empty()) CHECK_FALSE(c.feedback_not_chosen.en.empty());
    }
}
