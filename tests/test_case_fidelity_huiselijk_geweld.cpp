// Case fidelity of ‘Huiselijk geweld: een gezin dat de jeugdhulp niet meer vertrouwt’
// (scenarios/huiselijk_geweld.lua), review 2026-12 method fidelity, the findings about this case:
// each wrong outcome the review found is replayed here as a route (the expert log with one change,
// or a route of choices) and must score and end the way a Beter Samenspel trainer would have it.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "case_routes.hpp"
#include "core/model/lint.hpp"
#include "core/fold/session.hpp"
#include "helpers.hpp"

using namespace lwp;
using lwp::test::demo_actions;
using lwp::test::entry;
using lwp::test::load_case;
using lwp::test::play;
using lwp::test::route;
using lwp::test::swapped;

namespace {

const char* const kCase = "huiselijk_geweld.lua";

// The good route as choices only (no reading, no board work).
const std::vector<std::string> kGood = {"contact_open",           "veiligheidsplan_samen",     "weging_mdo",
                                        "uitleg_2a_toestemming",  "elk_kind_eigen_gesprek",    "veiligheidsplan_herzien",
                                        "tijdlijn_met_gezin",     "patroon_visueel_met_gezin", "netwerkberaad_eindsituatie",
                                        "gi_afbouw_met_afspraken"};

bool visited(const core::SessionState& s, const std::string& step) {
    return std::find(s.path.begin(), s.path.end(), step) != s.path.end();
}

std::set<std::string> offered(const scripting::LoadedScenario& sc, const std::vector<core::Action>& actions) {
    const auto now = core::replay(*sc.scenario, sc.runtime.get(), actions);
    REQUIRE_MESSAGE(now.problem.empty(), now.problem);
    std::set<std::string> ids;
    for (const core::Choice* c : core::available_choices(now.state, *sc.scenario, sc.runtime.get())) ids.insert(c->id);
    return ids;
}

}  // namespace

TEST_CASE("huiselijk_geweld fidelity: the expert log reaches the good ending with full marks in every block") {
    const auto sc = load_case(kCase);
    const auto p = play(sc, demo_actions("huiselijk_geweld", "expert"));
    CHECK(p.state.ending == "einde_eerlijk");
    check_full_marks(p);
    // The mistakes log stays a weak route.
    const auto f = play(sc, demo_actions("huiselijk_geweld", "fouten"));
    CHECK(f.state.ending == "einde_escalatie");
    CHECK(f.report.earned < 0.2 * f.report.max);
}

TEST_CASE("huiselijk_geweld fidelity H6 and L1: without a first safety plan there is no good ending, and no plan to 'carry out'") {
    // Review H6: route zonder_veiligheidsplan (contact_open, niets_opschrijven, weging_mdo, ...)
    // reached einde_eerlijk ("eerst een veiligheidsplan dat het gezin zelf mee maakte") and
    // hg_signaal_plan_centraal said "ondergrens uitgevoerd"; L1: veiligheidsplan_herzien said
    // "voer het afgesproken plan uit" when no plan existed.
    const auto sc = load_case(kCase);
    CHECK(play(sc, route(sc, kGood)).state.ending == "einde_eerlijk");

    {
        auto choices = kGood;
        choices[1] = "niets_opschrijven";
        // At the new signal there is no agreed plan to carry out: that option is not offered, the
        // option to make the missing plan now is.
        const std::vector<std::string> to_signal(choices.begin(), choices.begin() + 5);
        const auto at_signal = offered(sc, route(sc, to_signal));
        CHECK(at_signal.count("veiligheidsplan_herzien") == 0);
        CHECK(at_signal.count("veiligheidsplan_alsnog") == 1);
        choices[5] = "veiligheidsplan_alsnog";
        const auto p = play(sc, route(sc, choices));
        CHECK(p.state.ending == "einde_half");
        CHECK(entry(p.report, "hg_veiligheidsplan_eerst").status == core::Status::Missed);
        const auto& central = entry(p.report, "hg_signaal_plan_centraal");
        REQUIRE(central.status == core::Status::Met);
        CHECK(core::entry_feedback(central, core::Lang::Nl).find("plan dat je met het gezin had gemaakt") == std::string::npos);
    }
    // A late plan after the remedial step does not make the promise to write nothing down good.
    {
        const auto p = play(sc, route(sc, {"brief_sturen", "niets_opschrijven", "veiligheid_herstellen", "weging_mdo", "uitleg_2a_toestemming",
                                           "elk_kind_eigen_gesprek", "veiligheidsplan_herzien", "tijdlijn_met_gezin", "patroon_visueel_met_gezin",
                                           "netwerkberaad_eindsituatie", "gi_afbouw_met_afspraken"}));
        REQUIRE(visited(p.state, "veiligheid_eerst"));
        CHECK(p.state.ending == "einde_half");
    }
}

TEST_CASE("huiselijk_geweld fidelity H3: a criterion met by not choosing shows a text true for every such choice") {
    // Review H3: after erwin_waarschuwen, hg_eerlijk_vastleggen said "Je beloofde niets wat je niet
    // kon waarmaken"; after analyse_doorzetten, hg_melding_transparant said "als Veilig Thuis werd
    // ingelicht, wisten de ouders dat".
    const auto sc = load_case(kCase);
    auto choices = kGood;
    choices[1] = "erwin_waarschuwen";
    choices[5] = "analyse_doorzetten";
    choices.insert(choices.begin() + 6, "veiligheid_herstellen");  // ignoring the door leads to the remedial step
    const auto p = play(sc, route(sc, choices));
    const auto& honest = entry(p.report, "hg_eerlijk_vastleggen");
    REQUIRE(honest.status == core::Status::Met);
    CHECK(core::entry_feedback(honest, core::Lang::Nl).find("niets wat je niet kon waarmaken") == std::string::npos);
    const auto& open = entry(p.report, "hg_melding_transparant");
    REQUIRE(open.status == core::Status::Met);
    CHECK(core::entry_feedback(open, core::Lang::Nl).find("Veilig Thuis werd ingelicht") == std::string::npos);
    // Every criterion met by absence alone, on this route and on the mistakes log, has its own text.
    for (const auto& played : {p, play(sc, demo_actions("huiselijk_geweld", "fouten"))})
        for (const auto& c : sc.scenario->criteria) {
            CAPTURE(c.id);
            const auto& e = entry(played.report, c.id);
            if (e.met_by_not_choosing) {
                CHECK_FALSE(c.feedback_not_chosen.empty());
                CHECK(core::entry_feedback(e, core::Lang::Nl) == c.feedback_not_chosen.nl);
            }
        }
}

TEST_CASE("huiselijk_geweld fidelity M4: the latest occasion is the most recent incident, the door") {
    // Review M4: hg_aanleiding expected laatste = the police call-out of 2024 and so punished
    // marking the door (February 2025), the most recent incident when the timeline is made.
    const auto sc = load_case(kCase);
    CHECK(sc.scenario->reference.latest == "f_deur_incident");
    const auto expert = demo_actions("huiselijk_geweld", "expert");
    CHECK(entry(play(sc, expert).report, "hg_aanleiding").status == core::Status::Met);
    // Without moving laatste to the door, it stays at 2024: missed.
    auto stale = expert;
    const auto before = stale.size();
    std::erase_if(stale, [](const core::Action& a) { return a.type == "tijdlijn.markeer" && a.step == "tijdlijn_samen"; });
    REQUIRE(stale.size() == before - 1);
    CHECK(entry(play(sc, stale).report, "hg_aanleiding").status == core::Status::Missed);
}

TEST_CASE("huiselijk_geweld fidelity M12: one act does not earn points twice, and no choice decides more than two blocks") {
    // Review M12: weging_mdo alone met hg_weging_mdo and hg_2a_regie_lt (weight 2 each). Product 2a
    // is deployed only with the parents' consent.
    const auto sc = load_case(kCase);
    for (const char* consent : {"gi_niet_noemen", "toestemming_formulier", "zonder_toestemming_gi"}) {
        CAPTURE(consent);
        auto choices = kGood;
        choices[3] = consent;
        const auto p = play(sc, route(sc, choices));
        CHECK(entry(p.report, "hg_weging_mdo").status == core::Status::Met);
        CHECK(entry(p.report, "hg_2a_regie_lt").status == core::Status::Missed);
    }
    for (const auto& d : core::lint(*sc.scenario)) CHECK_MESSAGE(d.message.find("bouwstenen (") == std::string::npos, d.str());
}

TEST_CASE("huiselijk_geweld fidelity L1: reporting behind the parents' back does not 'stop the help' while the story goes on") {
    const auto sc = load_case(kCase);
    const core::Choice* c = sc.scenario->choice("nieuw_signaal", "vt_melden_stil_hg");
    REQUIRE(c);
    CHECK(c->text.nl.find("stop de vrijwillige hulp") == std::string::npos);
    auto choices = kGood;
    choices[5] = "vt_melden_stil_hg";
    const auto p = play(sc, route(sc, choices));
    CHECK(p.state.ending != "einde_eerlijk");
    CHECK(entry(p.report, "hg_melding_transparant").status == core::Status::Missed);
    // Step 7 does not assume the plan was carried out (Erwin back from Marco's).
    CHECK(sc.scenario->step("tijdlijn_samen")->narrative.nl.find("terug van Marco") == std::string::npos);
}

TEST_CASE("huiselijk_geweld fidelity L2: the careful conversation with each child does not lower the safety meter like the poor ones") {
    const auto sc = load_case(kCase);
    auto meter_after = [&](const char* conversation) {
        return play(sc, route(sc, {"contact_open", "veiligheidsplan_samen", "weging_mdo", "uitleg_2a_toestemming", conversation}))
            .state.vars.at("directe_veiligheid");
    };
    const double careful = meter_after("elk_kind_eigen_gesprek");
    for (const char* poorer : {"samen_aan_tafel", "alleen_jesse", "kinderen_niet_belasten"}) {
        CAPTURE(poorer);
        CHECK(careful > meter_after(poorer));
    }
    // The door incident still counts: ignoring it on the good route leads to the remedial step.
    auto choices = kGood;
    choices[5] = "analyse_doorzetten";
    choices.insert(choices.begin() + 6, "veiligheid_herstellen");
    const auto p = play(sc, route(sc, choices));
    CHECK(visited(p.state, "veiligheid_eerst"));
    CHECK(p.state.ending != "einde_eerlijk");
}

TEST_CASE("huiselijk_geweld fidelity M11: the library card, step texts and documents do not give the answer") {
    const auto sc = load_case(kCase);
    CHECK(sc.scenario->meta.summary.nl.find("Je oefent") == std::string::npos);
    CHECK(sc.scenario->step("toestemming_gi")->narrative.nl.find("Koos je in de vorige stap") == std::string::npos);
    CHECK(sc.scenario->step("patroon_samen")->narrative.nl.find("Let op de volgorde") == std::string::npos);
    CHECK(sc.scenario->step("veiligheid_eerst")->narrative.nl.find("gaat het veiligheidsplan voor alles") == std::string::npos);
    // The youth protector's notes do not tell the next step's answer (network roles and relapse
    // signals for the network meeting; borging before she stops for the close).
    for (const char* doc : {"d_voortgang_2a", "d_afbouw_2a"}) {
        CAPTURE(doc);
        const core::Document* d = sc.scenario->document(doc);
        REQUIRE(d);
        for (const char* answer : {"borgingsplan", "terugval", "netwerkberaad is gepland"}) CHECK(d->body.nl.find(answer) == std::string::npos);
    }
}

TEST_CASE("huiselijk_geweld fidelity: every criterion has English, and the Dutch texts have no English left") {
    const auto sc = load_case(kCase);
    for (const auto& c : sc.scenario->criteria) {
        CAPTURE(c.id);
        CHECK_FALSE(c.text.en.empty());
        CHECK_FALSE(c.rationale.en.empty());
        CHECK_FALSE(c.feedback_met.en.empty());
        CHECK_FALSE(c.feedback_missed.en.empty());
        if (!c.feedback_not_chosen.empty()) CHECK_FALSE(c.feedback_not_chosen.en.empty());
        for (const std::string* nl : {&c.text.nl, &c.rationale.nl, &c.feedback_met.nl, &c.feedback_missed.nl, &c.feedback_not_chosen.nl})
            for (const char* english : {" the ", " and ", " with ", "consent", "hours", "attention to", "Help only"})
                CHECK_MESSAGE(nl->find(english) == std::string::npos, *nl);
    }
}

TEST_CASE("huiselijk geweld: without the parents' consent the story says the youth protector is involved anyway") {
    const auto sc = test::load_case("huiselijk_geweld.lua");
    // The text of the step `step` as the route `actions` first reaches it.
    auto text_at = [&](const std::vector<core::Action>& actions, const char* step, core::Lang lang) {
        std::vector<core::Action> prefix;
        for (const auto& a : actions) {
            const auto now = core::replay(*sc.scenario, sc.runtime.get(), prefix);
            if (now.state.step == step) return core::step_text(*sc.scenario->step(step), now.state, sc.runtime.get(), lang);
            prefix.push_back(a);
        }
        FAIL("the route never reached " << step);
        return std::string();
    };
    const auto expert = test::demo_actions("huiselijk_geweld", "expert");
    const std::string with_consent = text_at(expert, "kinderen", core::Lang::Nl);
    CHECK(with_consent.find("weten niet wie ze is") == std::string::npos);
    CHECK(with_consent.find("nooit ingestemd") == std::string::npos);
    const auto hidden = test::swapped(expert, "uitleg_2a_toestemming", "gi_niet_noemen");
    CHECK(text_at(hidden, "kinderen", core::Lang::Nl).find("weten niet wie ze is") != std::string::npos);
    CHECK(text_at(hidden, "kinderen", core::Lang::En).find("do not know who she is") != std::string::npos);
    const auto forced = test::swapped(expert, "uitleg_2a_toestemming", "zonder_toestemming_gi");
    CHECK(text_at(forced, "kinderen", core::Lang::Nl).find("nooit ingestemd met product 2a") != std::string::npos);
    CHECK(text_at(forced, "afronding", core::Lang::Nl).find("nooit echt ingestemd") != std::string::npos);
    CHECK(text_at(expert, "afronding", core::Lang::Nl).find("nooit echt ingestemd") == std::string::npos);
}
