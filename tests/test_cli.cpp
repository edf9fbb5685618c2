// The command line on the real binary: exit codes, file:line output, headless play with JSON.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sys/wait.h>
#include <vector>

#include "core/store/persistence.hpp"
#include "cli_run.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
using test::q;
using test::Run;
using test::run;
}  // namespace

TEST_CASE("validate: exit 0 for a clean scenario, 1 with file:line for a broken one") {
    Run ok = run("validate " + q(test::fixture("scenarios/mini.lua")));
    CHECK(ok.code == 0);
    CHECK(ok.out.find("in orde") != std::string::npos);

    test::TempDir dir;
    test::spit(dir.path / "kapot.lua", "scenario { id = \"k\", titel = \"K\", versie = \"1\", start = \"a\" }\n"
                                       "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
                                       "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"jbt\" } }\n");
    Run bad = run("validate " + q(dir.path / "kapot.lua") + " " + q(test::fixture("scenarios/mini.lua")));
    CHECK(bad.code == 1);
    CHECK(bad.out.find("kapot.lua:3: fout: keuze 'k' in stap 'a' verwijst naar onbekende stap 'jbt'") != std::string::npos);
    CHECK(bad.out.find("mini.lua: in orde") != std::string::npos);  // the other file still validated

    CHECK(run("validate").code == 2);
    CHECK(run("validate " + q(dir.path / "bestaat-niet.lua")).code == 1);
}

TEST_CASE("play: headless choices by id and by number, JSON out, session saved in the data dir") {
    test::TempDir dir;
    const std::string common = "--scenarios " + q(test::fixture("scenarios")) + " --data-dir " + q(dir.path) + " --json";
    Run r = run("play mini --choose praten,1 " + common);
    CHECK(r.code == 0);
    CHECK(r.out.rfind("{", 0) == 0);  // only JSON
    CHECK(r.out.find("\"ending_reached\":true") != std::string::npos);
    CHECK(r.out.find("\"ending\":\"goed\"") != std::string::npos);
    CHECK(r.out.find("\"veiligheid\":7") != std::string::npos);
    CHECK(r.out.find("\"score\":{\"final\":true") != std::string::npos);
    CHECK(r.out.find("\"c_praten\":\"behaald\"") != std::string::npos);
    CHECK(r.out.find("\"c_crisis\":\"niet_beoordeeld\"") != std::string::npos);
    size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path / "sessies")) files += e.path().extension() == ".json";
    CHECK(files == 1);

    Run partial = run("play mini --choose 2 " + common);
    CHECK(partial.code == 0);
    CHECK(partial.out.find("\"step\":\"crisis\"") != std::string::npos);
    CHECK(partial.out.find("\"ending_reached\":false") != std::string::npos);

    Run wrong = run("play mini --choose 7 " + common);
    CHECK(wrong.code == 1);
    CHECK(wrong.out.find("\"error\"") != std::string::npos);

    CHECK(run("play bestaat_niet " + common).code == 2);
}

TEST_CASE("explore says how it chose its routes, and --samples and --all exclude each other") {
    const std::string mini = q(test::fixture("scenarios/mini.lua"));
    Run sampled = run("explore " + mini + " --samples 7");
    CHECK((sampled.code == 0 || sampled.code == 1));  // 1: the fixture has findings
    CHECK(sampled.out.find("7 routes gespeeld (steekproef)") != std::string::npos);
    CHECK(sampled.out.find("steekproef: 7 willekeurige routes (elke beschikbare keuze even waarschijnlijk") != std::string::npos);
    CHECK(sampled.out.find("zoals gevraagd met --samples") != std::string::npos);

    Run all = run("explore " + mini + " --all");
    CHECK((all.code == 0 || all.code == 1));
    CHECK(all.out.find("(alle routes)") != std::string::npos);
    CHECK(all.out.find("steekproef:") == std::string::npos);

    Run both = run("explore " + mini + " --samples 7 --all");
    CHECK(both.code == 2);
    CHECK(both.out.find("kies --samples N of --all, niet allebei") != std::string::npos);
}

TEST_CASE("help and bad arguments") {
    Run help = run("--help");
    CHECK(help.code == 0);
    CHECK(help.out.find("validate") != std::string::npos);
    CHECK(help.out.find("--screenshot") != std::string::npos);
    CHECK(run("--onbekend").code == 2);
    CHECK(run("--frames nul").code == 2);
}

// The help's usage lines and the command table (app/cli/commands.cpp) name the same commands:
// every word the help shows is a command the program accepts, and a word it does not know is
// refused as a command, not read as a file.
TEST_CASE("every command the help shows is accepted, an unknown one is refused") {
    const Run help = run("--help");
    REQUIRE(help.code == 0);
    std::vector<std::string> commands;
    const std::string prefix = "  leerwerkplaats ";
    for (size_t at = help.out.find(prefix); at != std::string::npos; at = help.out.find(prefix, at + 1)) {
        const size_t from = at + prefix.size(), to = help.out.find_first_of(" \n", from);
        const std::string word = help.out.substr(from, to - from);
        if (!word.empty() && word[0] != '[' && word[0] != '-' && std::find(commands.begin(), commands.end(), word) == commands.end())
            commands.push_back(word);
    }
    CHECK(commands.size() >= 10);
    for (const auto& c : commands) {
        const Run r = run(c + " --geen-optie");
        INFO("command: " << c << "\n" << r.out);
        CHECK(r.code == 2);
        CHECK(r.out.find("onbekende optie --geen-optie") != std::string::npos);
    }
    const Run unknown = run("verifieer x.lua");
    CHECK(unknown.code == 2);
    CHECK(unknown.out.find("onbekend commando 'verifieer'") != std::string::npos);
}

TEST_CASE("methode --anchors lists the Methodewijzer's anchors, as text and as JSON") {
    const Run text = run("methode --anchors");
    REQUIRE(text.code == 0);
    CHECK(text.out.find("bouwsteen") != std::string::npos);
    const Run json = run("methode --anchors --json");
    REQUIRE(json.code == 0);
    CHECK(json.out.find("\"anchors\":[") != std::string::npos);
    CHECK(json.out.find("\"title\":") != std::string::npos);
    const Run usage = run("methode");
    CHECK(usage.code == 2);
    CHECK(usage.out.find("gebruik: leerwerkplaats methode --anchors") != std::string::npos);
}

TEST_CASE("play --actions replays a recorded session log, including analysis actions") {
    test::TempDir dir;
    core::Session recorded;
    recorded.id = "opname";
    recorded.scenario_id = "mini";
    recorded.actions = {core::make_read("begin", "melding"),
                        core::Action{"tijdlijn.plaats", "begin", "f_laat", {}, 0},
                        core::Action{"veiligheid.score", "begin", "", {{"waarde", "6"}}, 0},
                        core::make_choose("begin", "praten")};
    std::string error;
    REQUIRE(core::save_session(dir.path / "log.json", recorded, error));
    const std::string common = "--scenarios " + q(test::fixture("scenarios")) + " --data-dir " + q(dir.path) + " --json";
    Run r = run("play mini --actions " + q(dir.path / "log.json") + " --choose plan " + common);
    CHECK(r.code == 0);
    CHECK(r.out.find("\"ending\":\"goed\"") != std::string::npos);
    CHECK(r.out.find("\"documents_read\":[\"melding\"]") != std::string::npos);

    recorded.actions.insert(recorded.actions.begin(), core::Action{"tijdlijn.plaats", "begin", "f_laat", {}, 0});
    REQUIRE(core::save_session(dir.path / "kapot.json", recorded, error));
    Run bad = run("play mini --actions " + q(dir.path / "kapot.json") + " " + common);
    CHECK(bad.code == 1);
    CHECK(bad.out.find("actie 1") != std::string::npos);
}

TEST_CASE("new writes a starter scenario that validates cleanly and plays — it never overwrites") {
    test::TempDir dir;
    Run made = run("new mijn_casus --scenarios " + q(dir.path));
    CHECK(made.code == 0);
    const auto file = dir.path / "mijn_casus.lua";
    REQUIRE(std::filesystem::exists(file));
    Run valid = run("validate " + q(file));
    CHECK(valid.code == 0);
    CHECK(valid.out.find("0 fout(en), 0 waarschuwing(en)") != std::string::npos);
    Run played = run("play " + q(file) + " --choose veiligheid,met_lars --json --data-dir " + q(dir.path / "data"));
    CHECK(played.code == 0);
    CHECK(played.out.find("\"ending\":\"einde_goed\"") != std::string::npos);
    const std::string before = test::slurp(file);
    CHECK(run("new mijn_casus --scenarios " + q(dir.path)).code == 1);
    CHECK(test::slurp(file) == before);
    CHECK(run("new Mijn-Casus --scenarios " + q(dir.path)).code == 2);
}

TEST_CASE("validate --json lists findings for tools, lint included") {
    test::TempDir dir;
    test::spit(dir.path / "anon.lua", "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\" }\n"
                                      "einde \"e\" { titel = \"E\", tekst = \"Mail naar a@b.nl\" }\n"
                                      "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n");
    Run r = run("validate --json " + q(dir.path / "anon.lua"));
    CHECK(r.code == 1);
    CHECK(r.out.rfind("{\"findings\":[", 0) == 0);
    CHECK(r.out.find("\"line\":2,\"level\":\"error\",\"message\":\"anonimisering: einde 'e': lijkt een e-mailadres: a@b.nl\"") != std::string::npos);
}

TEST_CASE("reload times loading the file again and replaying a log, and says when the log no longer fits") {
    test::TempDir dir;
    std::string error;
    core::Session s;
    s.id = "herlaad";
    s.scenario_id = "mini";
    s.actions = {core::make_choose("begin", "praten"), core::make_choose("vervolg", "plan")};
    REQUIRE(core::save_session(dir.path / "past.json", s, error));
    s.actions[1].target = "bestaat_niet";
    REQUIRE(core::save_session(dir.path / "past-niet.json", s, error));
    const std::string scenario = q(test::fixture("scenarios/mini.lua"));
    Run fits = run("reload " + scenario + " --actions " + q(dir.path / "past.json"));
    CHECK(fits.code == 0);
    CHECK(fits.out.find("2 van 2 acties naspelen en scoren") != std::string::npos);
    CHECK(fits.out.find("0 afwijking(en)") != std::string::npos);
    Run stale = run("reload " + scenario + " --actions " + q(dir.path / "past-niet.json"));
    CHECK(stale.code == 1);
    CHECK(stale.out.find("1 van 2 acties") != std::string::npos);
    CHECK(run("reload").code == 2);
}
