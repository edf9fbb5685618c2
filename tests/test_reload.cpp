// Sessions across scenario edits (issue 7): hot reload replays the log against the new version
// and says exactly where it no longer fits; a saved session opens on an edited scenario,
// migrated by ids; the authoring preview is never scored and never saved.
#include <doctest/doctest.h>

#include "core/session/controller.hpp"
#include "core/store/persistence.hpp"
#include "core/fold/preview.hpp"
#include "core/session/reload.hpp"
#include "core/assess/scoring.hpp"
#include "helpers.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

// Version 1 of a small case; the tests derive edited versions from it.
const std::string kV1 = test::slurp(test::fixture("reload/herlaad.lua"));

std::string edited(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

// Writes `source` as <dir>/herlaad.lua and loads it, as the app does after a save in the editor.
scripting::LoadedScenario write_and_load(const fs::path& dir, const std::string& source) {
    test::spit(dir / "herlaad.lua", source);
    auto loaded = scripting::load_scenario_file(dir / "herlaad.lua");
    const std::string first = loaded.diagnostics.empty() ? std::string() : loaded.diagnostics.front().str();
    INFO(first);
    REQUIRE(loaded.ok());
    return loaded;
}

// The trainee's log on version 1: read the letter, call the mother, make a plan.
std::vector<core::Action> played_log() {
    return {core::make_read("melding", "brief"), core::make_choose("melding", "bellen"), core::make_choose("gesprek", "plan")};
}

core::Session session_for(const scripting::LoadedScenario& l) {
    core::Session s;
    s.id = "herlaad-test";
    s.scenario_id = l.scenario->meta.id;
    s.scenario_version = l.scenario->meta.version;
    s.scenario_hash = l.scenario->content_hash;
    return s;
}

}  // namespace

TEST_CASE("hot reload replay: a removed choice is reported where the log stops fitting") {
    test::TempDir dir;
    const auto v1 = write_and_load(dir.path, kV1);
    const core::Migration same = core::migrate(*v1.scenario, v1.runtime.get(), played_log());
    REQUIRE(same.clean());
    CHECK(same.state.ending == "einde_goed");

    const auto v2 = write_and_load(
        dir.path, edited(kV1, "  keuze \"bellen\" { tekst = \"Bel moeder.\", gevolg = { veiligheid = 1 }, naar = \"gesprek\" },\n", ""));
    const core::Migration m = core::migrate(*v2.scenario, v2.runtime.get(), played_log());
    REQUIRE(m.divergences.size() == 1);
    CHECK(m.divergences[0].action == 1);
    CHECK(m.divergences[0].route_cut);
    CHECK(m.divergences[0].message == "actie 2: keuze 'bellen' bestaat niet meer in stap 'melding'; de actie daarna is niet naargespeeld");
    // What still fits is replayed: the letter was read, and the case waits in 'melding'.
    REQUIRE(m.actions.size() == 1);
    CHECK(m.actions[0].target == "brief");
    CHECK(m.not_replayed == 2);
    CHECK(m.state.step == "melding");
    CHECK(m.state.knows_fact("f_brief"));
    // Re-scored on the new version: the plan criterion is no longer met.
    const core::ScoreReport before = core::score(*v1.scenario, same.state, v1.runtime.get());
    const core::ScoreReport after = core::score(*v2.scenario, m.state, v2.runtime.get());
    CHECK(before.earned > 0);
    CHECK(after.earned == 0);

    const auto lines = core::describe_migration(m, "1", "1");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "2 acties van 3 passen niet meer");
    CHECK(lines[1] == m.divergences[0].message);
}

TEST_CASE("hot reload replay: a removed document is skipped, the route goes on") {
    test::TempDir dir;
    std::string v2 = edited(kV1, "document \"brief\" { titel = \"Brief\", tekst = \"Een brief van school.\", onthult = { \"f_brief\" } }\n", "");
    v2 = edited(v2, " documenten = { \"brief\" },", "");
    const auto l = write_and_load(dir.path, v2);
    const core::Migration m = core::migrate(*l.scenario, l.runtime.get(), played_log());
    REQUIRE(m.divergences.size() == 1);
    CHECK(m.divergences[0].message == "actie 1: document 'brief' bestaat niet meer");
    CHECK_FALSE(m.divergences[0].route_cut);
    CHECK(m.actions.size() == 2);
    CHECK(m.state.ending == "einde_goed");
    CHECK(core::describe_migration(m, "1", "1.1")[0] == "versie 1 → 1.1: 1 actie van 3 passen niet meer");
}

TEST_CASE("hot reload replay: a choice that now leads elsewhere names the choice that moved the route") {
    test::TempDir dir;
    std::string v2 = edited(kV1, "gevolg = { veiligheid = 1 }, naar = \"gesprek\"", "gevolg = { veiligheid = 1 }, naar = \"overleg\"");
    v2 += "stap \"overleg\" { titel = \"Overleg\", tekst = \"Eerst overleg.\", keuze \"door\" { tekst = \"Verder.\", naar = \"gesprek\" } }\n";
    const auto l = write_and_load(dir.path, v2);
    const core::Migration m = core::migrate(*l.scenario, l.runtime.get(), played_log());
    REQUIRE(m.divergences.size() == 1);
    CHECK(m.divergences[0].message ==
          "actie 3: keuze 'plan' hoort bij stap 'gesprek', maar keuze 'bellen' (actie 2) leidt nu naar stap 'overleg'");
    CHECK(m.state.step == "overleg");
    CHECK(m.actions.size() == 2);
}

TEST_CASE("hot reload replay: edited texts with the same ids keep the whole log") {
    test::TempDir dir;
    std::string v2 = edited(kV1, "versie = \"1\"", "versie = \"2\"");
    v2 = edited(v2, "Bel moeder.", "Bel moeder vandaag nog en vertel wat school ziet.");
    const auto l = write_and_load(dir.path, v2);
    const core::Migration m = core::migrate(*l.scenario, l.runtime.get(), played_log());
    CHECK(m.clean());
    CHECK(m.actions == played_log());
    CHECK(m.state.ending == "einde_goed");
    CHECK(core::describe_migration(m, "1", "2") == std::vector<std::string>{"versie 1 → 2: alle 3 acties passen nog"});
}

TEST_CASE("hot reload in the controller: the log is migrated, the original kept as a fork, and saved") {
    test::TempDir dir;
    const auto v1 = write_and_load(dir.path, kV1);
    int saves = 0;
    core::Session last_saved;
    core::SessionController ctl(v1.scenario, v1.runtime.get(), session_for(v1), [&](const core::Session& s) {
        ++saves;
        last_saved = s;
    });
    for (const auto& a : played_log()) REQUIRE(ctl.perform(a).ok);
    const auto revision = ctl.revision();
    const int saves_before = saves;

    const auto v2 = write_and_load(dir.path, edited(edited(edited(kV1, "versie = \"1\"", "versie = \"2\""), "keuze \"plan\"", "keuze \"plannen\""),
                                                 "check = { keuze = \"plan\" }", "check = { keuze = \"plannen\" }"));
    const auto report = ctl.reload(v2.scenario, v2.runtime.get());
    REQUIRE(report.size() == 2);
    CHECK(report[0] == "versie 1 → 2: 1 actie van 3 passen niet meer");
    CHECK(report[1] == "actie 3: keuze 'plan' bestaat niet meer in stap 'gesprek'");
    CHECK(&ctl.scenario() == v2.scenario.get());
    CHECK(ctl.state().step == "gesprek");
    CHECK(ctl.revision() > revision);
    CHECK(saves == saves_before + 1);
    CHECK(last_saved.scenario_version == "2");
    CHECK(last_saved.scenario_hash == v2.scenario->content_hash);
    REQUIRE(last_saved.forks.size() == 1);
    CHECK(last_saved.forks[0].actions == played_log());  // nothing is lost
    CHECK(last_saved.actions.size() == 2);
    // The new choice works at once.
    CHECK(ctl.perform(core::make_choose("gesprek", "plannen")).ok);
    CHECK(ctl.state().ending == "einde_goed");
}

TEST_CASE("a saved session opens on an edited scenario, migrated by ids, with a precise list") {
    test::TempDir dir, data_dir;
    core::DataDir data{data_dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    const auto v1 = write_and_load(dir.path, kV1);
    const fs::path file = data.session_file("herlaad-test");
    {
        core::SessionController ctl(v1.scenario, v1.runtime.get(), session_for(v1));
        for (const auto& a : played_log()) REQUIRE(ctl.perform(a).ok);
        REQUIRE(core::save_session(file, ctl.session(), error));
    }
    // The author edits the case: the letter is gone, 'wachten' is renamed, version 2.
    std::string v2 = edited(kV1, "versie = \"1\"", "versie = \"2\"");
    v2 = edited(v2, "document \"brief\" { titel = \"Brief\", tekst = \"Een brief van school.\", onthult = { \"f_brief\" } }\n", "");
    v2 = edited(v2, " documenten = { \"brief\" },", "");
    v2 = edited(v2, "keuze \"wachten\"", "keuze \"afwachten\"");
    const auto l2 = write_and_load(dir.path, v2);
    REQUIRE(l2.scenario->content_hash != v1.scenario->content_hash);

    core::LoadedSession loaded = core::load_session(file, data.damaged());
    REQUIRE(loaded.session);
    CHECK(loaded.session->scenario_version == "1");
    CHECK(loaded.session->scenario_hash == v1.scenario->content_hash);
    core::Session saved;
    core::SessionController ctl(l2.scenario, l2.runtime.get(), *loaded.session, [&](const core::Session& s) { saved = s; });
    CHECK(ctl.migration_report() ==
          std::vector<std::string>{"versie 1 → 2: 1 actie van 3 passen niet meer", "actie 1: document 'brief' bestaat niet meer"});
    CHECK(ctl.divergences().size() == 1);
    CHECK(ctl.state().ending == "einde_goed");  // bellen and plan still exist: the route is intact
    CHECK(ctl.session().scenario_version == "2");
    CHECK(ctl.session().scenario_hash == l2.scenario->content_hash);
    REQUIRE(ctl.session().forks.size() == 1);
    CHECK(ctl.session().forks[0].actions.size() == 3);
    CHECK(ctl.session().forks[0].label.find("versie 1") != std::string::npos);

    // Saved after migration, it opens cleanly next time: no repeated report, nothing lost.
    REQUIRE(core::save_session(file, ctl.session(), error));
    core::LoadedSession again = core::load_session(file, data.damaged());
    REQUIRE(again.session);
    core::SessionController reopened(l2.scenario, l2.runtime.get(), *again.session);
    CHECK(reopened.migration_report().empty());
    CHECK(reopened.session().actions.size() == 2);
    CHECK(reopened.session().forks.size() == 1);
}

TEST_CASE("opening a session skips each non-choice action that no longer fits, with its reason") {
    test::TempDir dir;
    const auto v1 = write_and_load(dir.path, kV1);
    core::Session s = session_for(v1);
    s.actions = played_log();
    s.actions.push_back(core::Action{"tijdlijn.plaats", "einde_goed", "f_bestaat_niet", {{"datum", "2024"}}, 0});
    s.actions.push_back(core::Action{"iets.onbekends", "einde_goed", "x", {}, 0});
    core::SessionController ctl(v1.scenario, v1.runtime.get(), s);
    // Unknown and unfitting non-choice actions are skipped one by one, each with its reason.
    REQUIRE(ctl.divergences().size() == 2);
    CHECK(ctl.divergences()[0].message.rfind("actie 4: tijdlijn.plaats 'f_bestaat_niet': ", 0) == 0);
    CHECK(ctl.divergences()[1].message == "actie 5: iets.onbekends 'x': onbekende actie 'iets.onbekends'");
    CHECK(ctl.state().ending == "einde_goed");
}

TEST_CASE("preview: jump and set variables — never scored, and refused in a saved log") {
    test::TempDir dir;
    const auto l = write_and_load(dir.path, kV1);
    core::SessionController ctl(l.scenario, l.runtime.get(), session_for(l));
    REQUIRE(ctl.perform(core::make_preview_jump("melding", "gesprek")).ok);
    CHECK(ctl.state().step == "gesprek");
    CHECK(ctl.state().preview);
    REQUIRE(ctl.perform(core::make_preview_set("gesprek", "veiligheid", 42)).ok);
    CHECK(ctl.state().vars.at("veiligheid") == 10);  // clamped to the variable's range
    CHECK_FALSE(ctl.perform(core::make_preview_jump("gesprek", "bestaat_niet")).ok);
    CHECK_FALSE(ctl.perform(core::make_preview_set("gesprek", "onbekend", 1)).ok);
    REQUIRE(ctl.perform(core::make_choose("gesprek", "plan")).ok);
    CHECK(ctl.state().ending == "einde_goed");
    const core::ScoreReport r = core::score(*l.scenario, ctl.state(), l.runtime.get());
    CHECK(r.ledger.empty());
    CHECK(r.max == 0);

    // The same log as a saved session: the preview actions are dropped, with the reason.
    core::Session s = session_for(l);
    s.actions = ctl.session().actions;
    core::SessionController opened(l.scenario, l.runtime.get(), s);
    CHECK_FALSE(opened.state().preview);
    REQUIRE_FALSE(opened.divergences().empty());
    CHECK(opened.divergences()[0].message == "actie 1: voorbeeldactie 'voorbeeld.spring' hoort niet in een opgeslagen sessie");
}

TEST_CASE("file stamps notice a rewrite of the same size") {
    test::TempDir dir;
    const fs::path f = dir.path / "a.lua";
    CHECK_FALSE(core::file_stamp(f).exists);
    test::spit(f, "abc");
    const core::FileStamp a = core::file_stamp(f);
    CHECK(a.exists);
    CHECK(a.size == 3);
    fs::last_write_time(f, fs::last_write_time(f) + std::chrono::seconds(2));
    CHECK_FALSE(core::file_stamp(f) == a);
}
