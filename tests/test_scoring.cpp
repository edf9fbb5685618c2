// Scoring: each check kind met / missed / not assessed, evidence pointing at the right actions,
// path-fair normalisation per building block and pillar.
#include <doctest/doctest.h>

#include "core/session/controller.hpp"
#include "core/assess/scoring.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {

struct Play {
    scripting::LoadedScenario loaded = test::load_fixture("mini.lua");
    std::unique_ptr<core::SessionController> ctl;
    Play() {
        REQUIRE(loaded.ok());
        core::Session s;
        s.id = "s";
        s.scenario_id = "mini";
        ctl = std::make_unique<core::SessionController>(loaded.scenario, loaded.runtime.get(), s);
    }
    void ok(core::Action a) { REQUIRE(ctl->perform(std::move(a)).ok); }
    void act(const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
        ok(core::Action{type, ctl->state().step, target, std::move(args), 0});
    }
    core::ScoreReport report() const { return core::score(*loaded.scenario, ctl->state(), loaded.runtime.get()); }
};

const core::LedgerEntry& entry(const core::ScoreReport& r, const std::string& id) {
    for (const auto& e : r.ledger)
        if (e.criterion->id == id) return e;
    FAIL("no criterion " << id);
    return r.ledger.front();
}

}  // namespace

TEST_CASE("criteria load with their building block, weight and texts") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    REQUIRE(s.scenario->criteria.size() == 14);
    const auto& c = s.scenario->criteria[0];
    CHECK(c.id == "c_praten");
    CHECK(c.block == "gesprekken_kinderen");
    CHECK(c.weight == 2);
    CHECK(c.check.kind == core::Check::Kind::ChoiceTaken);
    CHECK(s.scenario->choice("begin", "praten")->spoke_with == std::vector<std::string>{"kind"});
}

TEST_CASE("criterium errors: unknown building block, unknown references, empty check") {
    const std::string head =
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n";
    auto first = [&](const std::string& body) {
        auto s = scripting::load_scenario_source(head + body, "c.lua");
        for (const auto& d : s.diagnostics)
            if (d.level == core::Diagnostic::Level::Error) return d.str();
        return std::string();
    };
    const std::string common = "tekst = \"X\", onderbouwing = \"METHOD.md\", goed = \"G\", fout = \"F\", ";
    CHECK(first("criterium \"x\" { bouwsteen = \"samenwerken\", " + common + "check = { keuze = \"k\" } }\n")
              .find("c.lua:4: fout: criterium 'x': onbekende bouwsteen 'samenwerken'") == 0);
    CHECK(first("criterium \"x\" { bouwsteen = \"privacy\", " + common + "check = { keuze = \"bellen\" } }\n") ==
          "c.lua:4: fout: criterium 'x' noemt onbekende keuze 'bellen'");
    CHECK(first("criterium \"x\" { bouwsteen = \"privacy\", " + common + "check = { } }\n") == "c.lua:4: fout: de check van criterium 'x' is leeg");
    CHECK(first("criterium \"x\" { bouwsteen = \"privacy\", tekst = \"X\", goed = \"G\", fout = \"F\", check = { keuze = \"k\" } }\n") ==
          "c.lua:4: fout: criterium 'x' mist het veld 'onderbouwing'");
    CHECK(first("criterium \"x\" { bouwsteen = \"privacy\", " + common + "check = { factor = { gebied = \"x\" } } }\n") ==
          "c.lua:4: fout: criterium 'x' noemt onbekend gebied 'x'");
}

TEST_CASE("a good path: criteria met, with evidence pointing at the actions that earned them") {
    Play p;
    p.ok(core::make_read("begin", "melding"));              // action 0
    p.act("tijdlijn.plaats", "f_melding");                  // 1
    p.act("tijdlijn.plaats", "f_laat");                     // 2
    const std::string laat = p.ctl->state().analysis.timeline.entry_for_fact("f_laat")->id;
    p.act("tijdlijn.markeer", laat, {{"soort", "ergste"}}); // 3
    p.act("veiligheid.score", "", {{"waarde", "6"}});       // 4
    p.act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Te laat"}, {"bewijs", laat}});  // 5
    p.act("eind.item", "", {{"soort", "kracht"}, {"tekst", "Oma"}});  // 6
    p.ok(core::make_choose("begin", "praten"));             // 7
    p.ok(core::make_choose("vervolg", "plan"));             // 8
    auto r = p.report();
    CHECK(r.final);
    for (const char* id : {"c_praten", "c_kinderen", "c_plan", "c_veilig_bij_vervolg", "c_tijdlijn", "c_aanleiding",
                           "c_veilig_eerst", "c_factor", "c_eind", "c_script", "c_niet_wachten"}) {
        CAPTURE(id);
        CHECK(entry(r, id).status == core::Status::Met);
    }
    CHECK(entry(r, "c_crisis").status == core::Status::NotAssessed);  // the path never went there
    CHECK(entry(r, "c_velden").status == core::Status::Missed);       // no help requests, no sentence
    CHECK(entry(r, "c_praten").evidence.at(0).action == 7);
    CHECK(entry(r, "c_plan").evidence.at(0).action == 8);
    CHECK(entry(r, "c_tijdlijn").evidence.at(1).action == 2);
    CHECK(entry(r, "c_factor").evidence.at(0).action == 5);
    CHECK(entry(r, "c_eind").evidence.at(0).action == 6);
    CHECK(entry(r, "c_script").evidence.at(0).text == "score 6");
    // Everything met except the comparison with the expert's pattern (one factor of two, no arrow).
    CHECK(entry(r, "c_vergelijking").status == core::Status::Missed);
    CHECK(r.earned == doctest::Approx(r.max - 2));
    CHECK(r.block("weging")->max == 1);         // c_script only: c_crisis not assessed, not zero
    CHECK(r.block("weging")->not_assessed == 1);
    CHECK(r.block("privacy")->assessed() == false);
}

TEST_CASE("a poor path: criteria missed, with the action that lost them — normalisation over what was assessed") {
    Play p;
    p.act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Lastig kind"}});  // 0: before any safety score
    p.ok(core::make_choose("begin", "wachten"));   // 1 -> crisis (veiligheid 1)
    p.ok(core::make_choose("crisis", "ingrijpen"));  // 2 -> ending
    auto r = p.report();
    REQUIRE(r.final);
    CHECK(entry(r, "c_praten").status == core::Status::Missed);
    CHECK(entry(r, "c_praten").evidence.at(0).action == 1);  // what was chosen instead
    CHECK(entry(r, "c_praten").evidence.at(0).text.find("Wacht af.") != std::string::npos);
    CHECK(entry(r, "c_niet_wachten").status == core::Status::Missed);
    CHECK(entry(r, "c_niet_wachten").evidence.at(0).action == 1);
    CHECK(entry(r, "c_veilig_eerst").status == core::Status::Missed);
    CHECK(entry(r, "c_veilig_eerst").evidence.at(0).action == 0);
    CHECK(entry(r, "c_kinderen").status == core::Status::Missed);
    CHECK(entry(r, "c_plan").status == core::Status::NotAssessed);               // 'vervolg' never reached
    CHECK(entry(r, "c_veilig_bij_vervolg").status == core::Status::NotAssessed);
    CHECK(entry(r, "c_crisis").status == core::Status::Met);
    CHECK(entry(r, "c_factor").status == core::Status::Missed);                  // factor has no evidence
    // Weging: c_crisis met (1) + c_script missed (1) -> 50 %.
    CHECK(r.block("weging")->fraction() == doctest::Approx(0.5));
    const auto& veiligheid = r.pillars.at(2);
    CHECK(veiligheid.pillar == core::Pillar::Veiligheid);
    CHECK(veiligheid.max > 0);
    CHECK(veiligheid.earned == 0);
}

TEST_CASE("live scoring: not yet met is open until the case ends or the moment has passed") {
    Play p;
    auto r = p.report();
    CHECK_FALSE(r.final);
    CHECK(entry(r, "c_praten").status == core::Status::Pending);
    CHECK(entry(r, "c_tijdlijn").status == core::Status::Pending);
    CHECK(r.max == 0);  // nothing assessed yet, so no zero score either
    p.ok(core::make_choose("begin", "wachten"));
    r = p.report();
    CHECK(entry(r, "c_praten").status == core::Status::Missed);  // its step is behind us
    CHECK(entry(r, "c_tijdlijn").status == core::Status::Pending);
}

// Changed for issue 15 (fail closed): this test used to pin the old fail-open behaviour, where a
// looping check became "not assessed" and left the denominator, so broken criteria raised the
// score. Now it is a scenario error ("controle kapot") that marks the report incomplete.
TEST_CASE("a failing script check is a scenario error, and the error names the criterion") {
    auto s = scripting::load_scenario_source(
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n"
        "criterium \"lus\" { bouwsteen = \"reflectie\", tekst = \"X\", onderbouwing = \"M\", goed = \"G\", fout = \"F\",\n"
        "  check = function(s) while true do end end }\n",
        "lus.lua");
    REQUIRE(s.ok());
    CHECK(s.broken_checks.size() == 1);  // found when the case was loaded
    core::SessionState st = core::initial_state(*s.scenario);
    auto r = core::score(*s.scenario, st, s.runtime.get());
    CHECK(r.ledger.at(0).status == core::Status::Error);
    CHECK(r.incomplete());
    CHECK(r.max == 0);
    auto errors = s.runtime->take_errors();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("criterium 'lus'") != std::string::npos);
    CHECK(errors[0].find("instructielimiet") != std::string::npos);
    CHECK(r.ledger.at(0).note.find("instructielimiet") != std::string::npos);
}

TEST_CASE("timeline fields and the pattern sentence: met only when all are written") {
    Play p;
    p.act("tijdlijn.veld", "hulpvraag_direct", {{"tekst", "Huur"}});
    p.act("veiligheid.score", "", {{"waarde", "6"}});
    p.act("patroon.tekst", "zin", {{"tekst", "Deze kinderen groeien op in een gezin ..."}});
    CHECK(entry(p.report(), "c_velden").status == core::Status::Pending);
    p.act("tijdlijn.veld", "hulpvraag_onderliggend", {{"tekst", "Uitputting"}});
    p.act("patroon.tekst", "intentie", {{"tekst", "Moeder wil beschermen"}});
    auto r = p.report();
    CHECK(entry(r, "c_velden").status == core::Status::Met);
    CHECK(entry(r, "c_velden").evidence.size() == 4);
}
