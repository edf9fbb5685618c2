// Issue 15, "fail closed, loudly": a criterion whose check (or beoordeelbaar) errors, loops, runs
// out of memory, returns something other than a boolean, or does so only on some routes, is a
// scenario error: validate names it (file:line: fout:), play and explore exit non-zero naming it,
// explore stops running it after its first failure, the debrief shows a red "controle kapot" line
// and the report says the score is incomplete. It never raises the trainee's score.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <sys/wait.h>

#include "core/assess/explorer.hpp"
#include "core/store/persistence.hpp"
#include "core/report/report.hpp"
#include "core/assess/scoring.hpp"
#include "glyphs.hpp"
#include "cli_run.hpp"
#include "helpers.hpp"
#include "ui/strings.hpp"
#include "ui_harness.hpp"

using namespace lwp;

namespace {

// One case, two choices, a good criterion and a broken one (weight 5: if it failed open, the
// route would score 1/1 = 100%).
std::string case_with(const std::string& broken) {
    return "scenario { id = \"kapot\", titel = \"Kapot\", versie = \"1\", start = \"a\" }\n"
           "einde \"e\" { titel = \"E\", tekst = \"Einde.\" }\n"
           "stap \"a\" { titel = \"A\", tekst = \"Begin.\",\n"
           "  keuze \"goed\" { tekst = \"Goed\", naar = \"e\" },\n"
           "  keuze \"anders\" { tekst = \"Anders\", naar = \"e\" } }\n"
           "criterium \"heel\" { bouwsteen = \"reflectie\", gewicht = 1, tekst = \"Heel criterium\", onderbouwing = \"M\",\n"
           "  goed = \"G\", fout = \"F\", check = { keuze = \"goed\" } }\n"
           "criterium \"stuk\" { bouwsteen = \"weging\", gewicht = 5, tekst = \"Stuk criterium\", onderbouwing = \"M\",\n"
           "  goed = \"G\", fout = \"F\",\n" +
           broken + " }\n";
}

struct Kind {
    const char* name;
    const char* fields;   // the broken criterion's check / beoordeelbaar
    const char* message;  // part of the failure the author reads
    bool at_start;        // fails on the start state (else only on the route via "anders")
};

const Kind kKinds[] = {
    {"error", "check = function(s) error('kapot') end", "kapot", true},
    {"infinite loop", "check = function(s) while true do end end", "instructielimiet", true},
    {"memory", "check = function(s) local t = {} for i = 1, 1e7 do t[i] = string.rep('x', 1000) .. i end return true end",
     "geheugenlimiet", true},
    {"wrong type: nothing returned", "check = function(s) end", "geen true of false", true},
    {"wrong type: a number", "check = function(s) return 1 end", "geen true of false", true},
    {"wrong type: evidence not a text", "check = function(s) return true, {} end", "geen tekst", true},
    {"beoordeelbaar that errors", "beoordeelbaar = function(s) error('kapot') end, check = { keuze = 'goed' }", "kapot", true},
    {"beoordeelbaar that is no boolean", "beoordeelbaar = function(s) return 'ja' end, check = { keuze = 'goed' }", "geen true of false", true},
    {"error only on some routes",
     "check = function(s) if s.keuzes.anders then error('alleen na anders') end return s.keuzes.goed == true end",
     "alleen na anders", false},
};

using test::q;
using test::Run;
using test::run;

// scenarios/kapot.lua and tools/demo/kapot-expert.json (the route through "anders"), as a case
// folder is laid out in the repository.
struct CaseDir {
    test::TempDir dir;
    std::filesystem::path file;
    explicit CaseDir(const Kind& k) {
        std::filesystem::create_directories(dir.path / "scenarios");
        std::filesystem::create_directories(dir.path / "tools" / "demo");
        file = dir.path / "scenarios" / "kapot.lua";
        test::spit(file, case_with(k.fields));
        core::Session s;
        s.id = "expert";
        s.scenario_id = "kapot";
        s.actions.push_back(core::make_choose("a", "anders"));
        test::spit(dir.path / "tools" / "demo" / "kapot-expert.json", core::session_to_json(s));
    }
};

core::ScoreReport play(const scripting::LoadedScenario& s, const char* choice) {
    core::SessionState st = core::initial_state(*s.scenario);
    REQUIRE(core::apply(st, *s.scenario, s.runtime.get(), core::make_choose("a", choice), 0).ok);
    return core::score(*s.scenario, st, s.runtime.get());
}

}  // namespace

TEST_CASE("fail closed: every kind of broken check is a scenario error in scoring, never 'not assessed'") {
    for (const Kind& k : kKinds) {
        CAPTURE(k.name);
        auto s = scripting::load_scenario_source(case_with(k.fields), "kapot.lua");
        REQUIRE(s.ok());  // the case still loads: only its broken criterion fails
        const char* route = k.at_start ? "goed" : "anders";
        const core::ScoreReport r = play(s, route);
        const core::LedgerEntry& stuk = r.ledger.at(1);
        CHECK(stuk.status == core::Status::Error);
        CHECK(std::string(core::status_id(stuk.status)) == "controle_kapot");
        CHECK(stuk.note.find(k.message) != std::string::npos);
        CHECK(stuk.note.find("criterium 'stuk'") != std::string::npos);  // names the criterion
        CHECK(stuk.earned == 0);
        CHECK(stuk.max == 0);          // counted against the case, not the trainee ...
        CHECK(r.broken == 1);          // ... and the report says it is incomplete
        CHECK(r.incomplete());
        CHECK(r.case_max == 6);        // the case's whole maximum still holds the broken weight
        CHECK(r.earned_of_case() < 1); // so a broken case can never read as a full score
        CHECK(r.block("weging")->errors == 1);
        CHECK(r.ledger.at(0).status != core::Status::Error);  // the other criterion is unaffected
    }
}

TEST_CASE("fail closed: the load-time probe names each broken check at its line, on the start state or along the expert log") {
    for (const Kind& k : kKinds) {
        CAPTURE(k.name);
        CaseDir d(k);
        auto s = scripting::load_scenario_file(d.file);
        REQUIRE(s.ok());
        REQUIRE(s.broken_checks.size() == 1);
        const core::Diagnostic& diag = s.broken_checks[0];
        CHECK(diag.level == core::Diagnostic::Level::Error);
        CHECK(diag.loc.line == 8);  // the line of criterium "stuk"
        CHECK(diag.message.find("criterium 'stuk'") != std::string::npos);
        CHECK(diag.message.find(k.message) != std::string::npos);
        CHECK(diag.message.find("herstel") != std::string::npos);  // says what to fix
        CHECK(diag.message.find(k.at_start ? "bij de start" : "kapot-expert.json") != std::string::npos);
        CHECK(s.runtime->take_errors().empty());  // reported once, as a finding, not again as a notice
    }
    // Without the expert log, a check that fails only on some routes passes the start-state probe:
    // that is what explore is for (next test).
    auto s = scripting::load_scenario_source(case_with(kKinds[8].fields), "kapot.lua");
    CHECK(s.broken_checks.empty());
}

TEST_CASE("fail closed: validate, play and explore exit non-zero and name the criterion") {
    for (const Kind& k : kKinds) {
        CAPTURE(k.name);
        CaseDir d(k);
        const Run v = run("validate " + q(d.file));
        CHECK(v.code == 1);
        CHECK(v.out.find(d.file.string() + ":8: fout: criterium 'stuk': controle kapot") != std::string::npos);

        test::TempDir data;
        const Run p = run("play " + q(d.file) + " --data-dir " + q(data.path) + " --choose " + (k.at_start ? "goed" : "anders"));
        CHECK(p.code == 1);
        CHECK(p.out.find("criterium 'stuk'") != std::string::npos);
        CHECK(p.out.find("onvolledig") != std::string::npos);

        const Run e = run("explore " + q(d.file));
        CHECK(e.code == 1);
        CHECK(e.out.find("FOUT: criterium 'stuk': controle kapot") != std::string::npos);
    }
}

TEST_CASE("fail closed: explore runs a broken check once, then counts it broken on every later route") {
    // A check that loops forever costs its whole budget per call; explore must not pay that on
    // every route. The runtime counts failing calls: exactly one, however many routes are played.
    auto s = scripting::load_scenario_source(case_with(kKinds[1].fields), "kapot.lua");
    REQUIRE(s.ok());
    const size_t before = s.runtime->failures();
    const core::ExploreReport r = core::explore(*s.scenario, s.runtime.get(), {});
    CHECK(r.playthroughs >= 10);
    CHECK(s.runtime->failures() - before == 1);
    REQUIRE(r.criteria.size() == 2);
    CHECK(r.criteria[1].errors == r.playthroughs);
    CHECK(r.criteria[1].failure.find("instructielimiet") != std::string::npos);
    REQUIRE(r.broken.size() == 1);
    CHECK(r.broken[0] == "stuk");
    // A check that errors on some routes only: broken, and the routes where it worked still count.
    auto some = scripting::load_scenario_source(case_with(kKinds[8].fields), "kapot.lua");
    const core::ExploreReport r2 = core::explore(*some.scenario, some.runtime.get(), {});
    CHECK(r2.criteria[1].errors > 0);
    CHECK(r2.criteria[1].errors < r2.playthroughs);
    CHECK(r2.broken == std::vector<std::string>{"stuk"});
}

TEST_CASE("fail closed: the report says the score is incomplete and shows the red line") {
    for (const Kind& k : kKinds) {
        CAPTURE(k.name);
        auto s = scripting::load_scenario_source(case_with(k.fields), "kapot.lua");
        core::Session session;
        session.id = "s";
        session.scenario_id = "kapot";
        session.actions.push_back(core::make_choose("a", k.at_start ? "goed" : "anders"));
        const core::Reports reports = core::make_reports(*s.scenario, s.runtime.get(), session, {});
        CHECK(reports.markdown.find("controle kapot") != std::string::npos);
        CHECK(reports.markdown.find("Onvolledig") != std::string::npos);
        CHECK(reports.html.find("Onvolledig") != std::string::npos);
        CHECK(reports.html.find("<span class=\"badge bad\">controle kapot") != std::string::npos);
    }
}

TEST_CASE("fail closed: the debrief draws a red 'controle kapot' line and the incomplete banner, the library card is red") {
    for (const Kind& k : kKinds) {
        CAPTURE(k.name);
        test::Headless h;
        CaseDir d(k);
        test::TempDir data;
        ui::App app(core::DataDir{data.path}, d.dir.path / "scenarios");
        app.library_service().load();
        REQUIRE(app.library().size() == 1);
        CHECK(app.library()[0].broken_checks.size() == 1);
        h.frame(app);
        h.frame(app);
        CHECK(test::shows(test::drawn_text(), ui::tr(ui::S::BrokenChecks)));  // on the library card
        app.start_session(0);
        REQUIRE(app.session());
        app.sessions().perform(core::make_choose("a", k.at_start ? "goed" : "anders"));
        app.ui.select_tab = "nabespreking";
        h.frame(app);
        h.frame(app);
        const std::string drawn = test::drawn_text();
        CHECK(test::shows(drawn, ui::tr(ui::S::StatusError)));
        CHECK(test::shows(drawn, "Stuk criterium"));
        CHECK(test::shows(drawn, "Onvolledig:"));
        app.close_session();
    }
}
