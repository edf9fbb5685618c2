// The scenario loader: happy path, and every kind of error with its file:line and a plain message.
#include <doctest/doctest.h>

#include <algorithm>

#include "helpers.hpp"
#include "scripting/loader.hpp"

using namespace lwp;

namespace {

// A valid scenario head: line 1..4. Tests append their own lines from line 5 on.
const std::string kHead =
    "scenario { id = \"t\", titel = \"T\", versie = \"1\", api = 1, start = \"a\" }\n"  // 1
    "einde \"klaar\" { titel = \"Klaar\", tekst = \"Einde.\" }\n"                       // 2
    "document \"d\" { titel = \"D\", tekst = \"Tekst\" }\n"                             // 3
    "feit \"f\" { tekst = \"F\", soort = \"zorg\" }\n";                                 // 4

scripting::LoadedScenario load(const std::string& body) { return scripting::load_scenario_source(kHead + body, "casus.lua"); }

// The first error, as file:line: message.
std::string first_error(const scripting::LoadedScenario& s) {
    for (const auto& d : s.diagnostics)
        if (d.level == core::Diagnostic::Level::Error) return d.loc.str() + ": " + d.message;
    return "";
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("a valid scenario loads with all its parts") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    const auto& sc = *s.scenario;
    CHECK(sc.meta.id == "mini");
    CHECK(sc.meta.title.get(core::Lang::En) == "Mini case");
    CHECK(sc.meta.summary.get(core::Lang::En) == "Een testcasus.");  // falls back to Dutch
    CHECK(sc.persons.size() == 3);
    CHECK(sc.person("kind")->parents == std::vector<std::string>{"moeder", "vader"});
    CHECK(sc.person("moeder")->partners.at(0).status == "gescheiden");
    CHECK_FALSE(sc.person("vader")->household);
    CHECK(sc.steps.size() == 3);
    CHECK(sc.step("begin")->choices.size() == 3);
    CHECK(sc.step("begin")->loc.line == 30);
    CHECK(sc.choice("begin", "wachten")->routes.size() == 2);
    CHECK(sc.choice("begin", "wachten")->loc.line == 37);
    CHECK(sc.fact("f_hulp")->date.is_period());
    CHECK(sc.fact("f_hulp")->kind == core::FactKind::Help);
    CHECK(sc.fact("f_hulp")->agency == "CJG");
    CHECK(sc.document("melding")->reveals == std::vector<std::string>{"f_laat"});
    CHECK(sc.endings.size() == 2);
    CHECK(sc.content_hash != 0);
}

TEST_CASE("a minimal scenario head plus one step is valid") {
    auto s = load("stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
    CHECK(first_error(s) == "");
    CHECK(s.ok());
}

TEST_CASE("errors name file:line and what is wrong") {
    SUBCASE("reference to an unknown step, at the choice's line") {
        auto s = load("stap \"a\" { titel = \"A\", tekst = \"T\",\n"       // 5
                      "  keuze \"bel_veilig_thuis\" { tekst = \"Bel\",\n"  // 6
                      "     naar = \"jbt\" } }\n");                        // 7
        CHECK_FALSE(s.ok());
        CHECK(first_error(s) == "casus.lua:6: keuze 'bel_veilig_thuis' in stap 'a' verwijst naar onbekende stap 'jbt'");
    }
    SUBCASE("Lua syntax error") {
        auto s = load("stap \"a\" { titel = \"A\"\n"  // 5
                      "  tekst = \"T\" }\n");         // 6: missing comma
        CHECK_FALSE(s.ok());
        CHECK(contains(first_error(s), "casus.lua:6:"));
    }
    SUBCASE("misspelt field name") {
        auto s = load("stap \"a\" { titl = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
        CHECK(contains(first_error(s), "casus.lua:5: onbekend veld 'titl' in stap 'a'"));
    }
    SUBCASE("wrong type of a field") {
        auto s = load("stap \"a\" { titel = 12, tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
        CHECK(first_error(s) == "casus.lua:5: veld 'titel' in stap 'a' moet tekst zijn, niet een getal");
    }
    SUBCASE("missing required field") {
        auto s = load("stap \"a\" { tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
        CHECK(first_error(s) == "casus.lua:5: stap 'a' mist het veld 'titel'");
    }
    SUBCASE("duplicate id") {
        auto s = load("stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n"
                      "stap \"a\" { titel = \"B\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
        CHECK(first_error(s) == "casus.lua:6: stap 'a' bestaat al");
    }
    SUBCASE("invalid date") {
        auto s = load("feit \"g\" { tekst = \"G\", soort = \"zorg\", datum = \"12-3-2020\" }\n"
                      "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
        CHECK(contains(first_error(s), "casus.lua:5: 'datum' in feit 'g' is geen geldige datum: '12-3-2020'"));
    }
    SUBCASE("unknown fact kind") {
        auto s = load("feit \"g\" { tekst = \"G\", soort = \"roddel\" }\n"
                      "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
        CHECK(contains(first_error(s), "casus.lua:5: 'soort' van feit 'g' is onbekend: 'roddel'"));
    }
    SUBCASE("step without choices") {
        auto s = load("stap \"a\" { titel = \"A\", tekst = \"T\" }\n");
        CHECK(contains(first_error(s), "casus.lua:5: stap 'a' heeft geen keuzes"));
    }
    SUBCASE("constructor used without an id") {
        auto s = load("stap { titel = \"A\" }\n");
        CHECK(contains(first_error(s), "casus.lua:5: stap verwacht eerst een id"));
    }
    SUBCASE("id with spaces or capitals") {
        auto s = load("stap \"Eerste Stap\" { titel = \"A\" }\n");
        CHECK(contains(first_error(s), "casus.lua:5:"));
        CHECK(contains(first_error(s), "kleine letters"));
    }
    SUBCASE("unknown variable in an effect and in a condition") {
        auto s = load("stap \"a\" { titel = \"A\", tekst = \"T\",\n"
                      "  keuze \"k\" { tekst = \"K\", gevolg = { vertrouwen = 1 }, naar = \"klaar\" },\n"  // 6
                      "  keuze \"m\" { tekst = \"M\", als = { variabele = \"x\", min = 1 }, naar = \"klaar\" } }\n");  // 7
        CHECK(first_error(s) == "casus.lua:6: keuze 'k' in stap 'a' verandert onbekende variabele 'vertrouwen'");
        bool second = false;
        for (const auto& d : s.diagnostics) second = second || (d.loc.line == 7 && contains(d.message, "onbekende variabele 'x'"));
        CHECK(second);
    }
    SUBCASE("unknown building block") {
        auto s = scripting::load_scenario_source(
            "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\", bouwstenen = { \"veiligheid\" } }\n"
            "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
            "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n",
            "casus.lua");
        CHECK(contains(first_error(s), "casus.lua:1: onbekende bouwsteen 'veiligheid'"));
    }
    SUBCASE("runtime error in the file") {
        auto s = load("local x = nil\nx.y = 1\n");
        CHECK(contains(first_error(s), "casus.lua:6:"));
    }
    SUBCASE("misspelt field inside the English texts") {
        auto s = load("stap \"a\" { titel = \"A\", tekst = \"T\", en = { titl = \"A\" },\n"
                      "  keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
        CHECK(first_error(s) == "casus.lua:5: onbekend veld 'titl' in en = { ... } van stap 'a'");
    }
    SUBCASE("no scenario block at all") {
        auto s = scripting::load_scenario_source("-- leeg\n", "leeg.lua");
        CHECK(contains(first_error(s), "leeg.lua:1: het bestand bevat geen scenario"));
    }
}

TEST_CASE("warnings do not stop a scenario from loading") {
    auto s = load("stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n"
                  "stap \"los\" { titel = \"L\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");
    CHECK(s.ok());
    bool unreachable = false;
    for (const auto& d : s.diagnostics)
        unreachable = unreachable || (d.level == core::Diagnostic::Level::Warning && d.loc.line == 6 && contains(d.message, "niet bereikbaar"));
    CHECK(unreachable);
}

TEST_CASE("a scenario that hits a sandbox limit is reported and the next one still loads") {
    test::TempDir dir;
    test::spit(dir.path / "a_lus.lua", "while true do end\n");
    test::spit(dir.path / "b_io.lua", "io.open('/etc/passwd')\n");
    test::spit(dir.path / "c_goed.lua", test::slurp(test::fixture("scenarios/mini.lua")));
    auto lib = scripting::load_library(dir.path);
    REQUIRE(lib.size() == 3);
    CHECK_FALSE(lib[0].ok());
    CHECK(contains(first_error(lib[0]), "limiet"));
    CHECK_FALSE(lib[1].ok());
    CHECK(contains(first_error(lib[1]), "b_io.lua:1:"));
    CHECK(lib[2].ok());
}

TEST_CASE("a text without English: one warning per text at its line once the case has English, one in all before") {
    auto english_warnings = [](const scripting::LoadedScenario& s) {
        std::vector<std::string> out;
        for (const auto& d : s.diagnostics)
            if (d.level == core::Diagnostic::Level::Warning &&
                (contains(d.message, "geen Engelse tekst") || contains(d.message, scripting::kNoEnglishYet)))
                out.push_back(d.str());
        return out;
    };
    const std::string head = "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"s\"";
    const std::string body =
        "einde \"e\" { titel = \"Klaar\", tekst = \"Het einde.\" }\n"
        "stap \"s\" { titel = \"Start\", tekst = \"Begin.\",\n"
        "  keuze \"k\" { tekst = \"Ga door.\", naar = \"e\" } }\n";

    // Not translated yet: one warning at the scenario's line that counts the texts.
    const auto dutch = scripting::load_scenario_source(head + " }\n" + body, "nl.lua");
    REQUIRE(dutch.ok());
    auto w = english_warnings(dutch);
    REQUIRE(w.size() == 1);
    CHECK(w[0].rfind("nl.lua:1: waarschuwing: deze casus heeft nog geen Engelse teksten (6 teksten alleen in het Nederlands)", 0) == 0);

    // Partly translated: each remaining text at its own line, with field and block.
    const auto partly = scripting::load_scenario_source(head + ", en = { titel = \"T\" } }\n" + body, "deels.lua");
    REQUIRE(partly.ok());
    w = english_warnings(partly);
    CHECK(w.size() == 5);
    CHECK(std::find(w.begin(), w.end(),
                    "deels.lua:4: waarschuwing: geen Engelse tekst voor 'tekst' in keuze 'k' in stap 's': zet die in en = { tekst = \"...\" } "
                    "(handleiding §8); in het Engels toont het programma nu het Nederlands") != w.end());
    for (const auto& line : w) CHECK_MESSAGE(!contains(line, "'titel' in scenario"), line);

    // Fully translated: none.
    const auto full = scripting::load_scenario_source(
        head + ", en = { titel = \"T\" } }\n"
               "einde \"e\" { titel = \"Klaar\", tekst = \"Het einde.\", en = { titel = \"Done\", tekst = \"The end.\" } }\n"
               "stap \"s\" { titel = \"Start\", tekst = \"Begin.\", en = { titel = \"Start\", tekst = \"Begin.\" },\n"
               "  keuze \"k\" { tekst = \"Ga door.\", naar = \"e\", en = { tekst = \"Go on.\" } } }\n",
        "vol.lua");
    REQUIRE(full.ok());
    CHECK(english_warnings(full).empty());
}

TEST_CASE("every text of every shipped case has English") {
    for (const auto& s : scripting::load_library(LWP_SCENARIO_DIR)) {
        CAPTURE(s.file);
        for (const auto& d : s.diagnostics)
            CHECK_MESSAGE(!(contains(d.message, "geen Engelse tekst") || contains(d.message, scripting::kNoEnglishYet)), d.str());
    }
}

TEST_CASE("reflection questions have English in en = { vragen = { ... } }, in the same order") {
    const std::string head =
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"s\", en = { titel = \"T\" } }\n"
        "einde \"e\" { titel = \"Klaar\", tekst = \"Het einde.\", en = { titel = \"Done\", tekst = \"The end.\" } }\n"
        "stap \"s\" { titel = \"Start\", tekst = \"Begin.\", en = { titel = \"Start\", tekst = \"Begin.\" },\n"
        "  keuze \"k\" { tekst = \"Ga door.\", naar = \"e\", en = { tekst = \"Go on.\" } } }\n";
    const auto both = scripting::load_scenario_source(
        head + "reflectie \"r\" { stap = \"s\", vragen = { \"Wat zag je?\", \"Wat deed je?\" }, en = { vragen = { \"What did you see?\", \"What did you do?\" } } }\n",
        "r.lua");
    REQUIRE(both.ok());
    const auto* rp = both.scenario->reflection_point("r");
    REQUIRE(rp);
    REQUIRE(rp->prompts.size() == 2);
    CHECK(rp->prompts[1].get(core::Lang::En) == "What did you do?");
    CHECK(rp->prompts[1].get(core::Lang::Nl) == "Wat deed je?");
    CHECK(both.diagnostics.empty());

    const auto one = scripting::load_scenario_source(
        head + "reflectie \"r\" { stap = \"s\", vragen = { \"Wat zag je?\", \"Wat deed je?\" }, en = { vragen = { \"What did you see?\" } } }\n",
        "r.lua");
    REQUIRE(one.ok());
    REQUIRE(one.diagnostics.size() == 1);
    CHECK(one.diagnostics[0].str().rfind("r.lua:5: waarschuwing: geen Engelse tekst voor 'vragen' nr. 2 in reflectie 'r'", 0) == 0);
    CHECK(one.scenario->reflection_point("r")->prompts[1].get(core::Lang::En) == "Wat deed je?");  // falls back to Dutch

    const auto extra = scripting::load_scenario_source(
        head + "reflectie \"r\" { stap = \"s\", vragen = { \"Wat zag je?\" }, en = { vragen = { \"What did you see?\", \"And?\" } } }\n", "r.lua");
    CHECK_FALSE(extra.ok());
    const auto wrong = scripting::load_scenario_source(head + "reflectie \"r\" { stap = \"s\", vragen = { \"Wat zag je?\" }, en = { vragen = 3 } }\n", "r.lua");
    CHECK_FALSE(wrong.ok());
}

TEST_CASE("one error per cause: a misspelt field is one error at its line, naming the field it meant") {
    auto errors = [](const scripting::LoadedScenario& s) {
        std::vector<std::string> out;
        for (const auto& d : s.diagnostics)
            if (d.level == core::Diagnostic::Level::Error) out.push_back(d.loc.str() + ": " + d.message);
        return out;
    };
    SUBCASE("a required field misspelt: not also reported missing, by the field check or the case check") {
        auto s = scripting::load_scenario_source("scenario { id = \"t\",\n"  // 1
                                                 "  tittel = \"T\", versie = \"1\", api = 1, start = \"a\" }\n"  // 2
                                                 "einde \"klaar\" { titel = \"Klaar\", tekst = \"Einde.\" }\n"
                                                 "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n",
                                                 "casus.lua");
        CHECK(errors(s) == std::vector<std::string>{"casus.lua:2: onbekend veld 'tittel' in scenario: bedoel je 'titel'?"});
    }
    SUBCASE("in a step: letters swapped") {
        auto s = load("stap \"a\" { titel = \"A\",\n"                                            // 5
                      "  tkest = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");  // 6
        CHECK(errors(s) == std::vector<std::string>{"casus.lua:6: onbekend veld 'tkest' in stap 'a': bedoel je 'tekst'?"});
    }
    SUBCASE("nothing close: the known fields are listed, and a missing one is its own error") {
        auto s = load("stap \"a\" { titel = \"A\", xyz = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n");  // 5
        const auto e = errors(s);
        REQUIRE(e.size() == 2);
        CHECK(contains(e[0] + e[1], "onbekend veld 'xyz' in stap 'a' (bekende velden: "));
        CHECK(contains(e[0] + e[1], "mist het veld 'tekst'"));
    }
}
