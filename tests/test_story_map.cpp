// The story map (issue 20): nodes and edges of every shipped case, unreachable steps and dead ends
// found, columns that point forward, conditions in words, escaped SVG, and the `map` command.
#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include "cli_run.hpp"
#include "core/model/lint.hpp"
#include "core/model/story_map.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A case with a step no choice leads to ("los"), and a step that only loops back to itself
// ("lus", a dead end: no ending can be reached from it).
const char* kBroken =
    "scenario { id = \"kaart\", titel = \"Kaart <&> test\", versie = \"1\", start = \"a\" }\n"
    "einde \"e\" { titel = \"E\", tekst = \"E\", toon = \"goed\" }\n"
    "stap \"a\" { titel = \"A\", tekst = \"A\",\n"
    "  keuze \"naar_b\" { tekst = \"B\", naar = \"b\" },\n"
    "  keuze \"naar_lus\" { tekst = \"Lus\", naar = \"lus\" } }\n"
    "stap \"b\" { titel = \"B\", tekst = \"B\",\n"
    "  keuze \"klaar\" { tekst = \"Klaar\", als = { keuze = \"naar_b\" }, naar = {\n"
    "    { als = { niet = { feit = \"x\" } }, naar = \"e\" }, { naar = \"a\" } } } }\n"
    "stap \"lus\" { titel = \"Lus\", tekst = \"L\", keuze \"nog_eens\" { tekst = \"Nog eens\", naar = \"lus\" } }\n"
    "stap \"los\" { titel = \"Los\", tekst = \"L\", keuze \"weg\" { tekst = \"Weg\", naar = \"e\" } }\n"
    "feit \"x\" { tekst = \"X\", soort = \"zorg\" }\n";

}  // namespace

TEST_CASE("story map of every shipped case: every step and choice, all reachable, forward columns, every criterion placed") {
    size_t cases = 0;
    for (const auto& s : scripting::load_library(LWP_SCENARIO_DIR)) {
        REQUIRE(s.ok());
        const auto& sc = *s.scenario;
        CAPTURE(sc.meta.id);
        ++cases;
        const core::StoryMap map = core::story_map(sc);
        CHECK(map.nodes.size() == sc.steps.size() + sc.endings.size());
        size_t routes = 0;
        for (const auto& st : sc.steps)
            for (const auto& ch : st.choices) routes += ch.routes.size();
        CHECK(map.edges.size() == routes);
        CHECK(map.missing_targets.empty());
        CHECK(map.unreachable() == 0);
        CHECK(map.dead_ends() == 0);
        REQUIRE(map.find(sc.meta.start));
        CHECK(map.find(sc.meta.start)->start);
        CHECK(map.find(sc.meta.start)->column == 0);
        for (const auto& e : map.edges)
            if (!e.back) CHECK(map.nodes[e.to].column > map.nodes[e.from].column);
        // Every criterion is either at the steps whose choices decide it, or listed as elsewhere.
        std::set<std::string> placed(map.criteria_elsewhere.begin(), map.criteria_elsewhere.end());
        for (const auto& n : map.nodes) placed.insert(n.criteria.begin(), n.criteria.end());
        CHECK(placed.size() == sc.criteria.size());
        // No two nodes share a place.
        std::set<std::pair<int, int>> places;
        for (const auto& n : map.nodes) CHECK(places.insert({n.column, n.row}).second);
        const std::string svg = core::story_map_svg(map, sc, core::Lang::Nl);
        CHECK(svg.rfind("<?xml", 0) == 0);
        CHECK(svg.find("@HOOGTE@") == std::string::npos);
        CHECK(count(svg, "<rect x=") >= map.nodes.size());
    }
    CHECK(cases >= 6);
}

TEST_CASE("story map: an unreachable step, a dead end, a loop and conditions in words") {
    auto s = scripting::load_scenario_source(kBroken, "kaart.lua");
    REQUIRE(s.ok());
    const core::StoryMap map = core::story_map(*s.scenario);
    REQUIRE(map.find("los"));
    CHECK_FALSE(map.find("los")->reachable);
    CHECK(map.find("lus")->reachable);
    CHECK(map.find("lus")->dead_end);
    CHECK_FALSE(map.find("a")->dead_end);
    CHECK_FALSE(map.find("b")->dead_end);
    CHECK(map.unreachable() == 1);
    CHECK(map.dead_ends() == 1);
    CHECK(map.find("los")->column > map.find("b")->column);  // unreachable steps stand after the rest
    size_t loops = 0;
    for (const auto& e : map.edges) {
        if (e.back && map.nodes[e.from].reachable) ++loops;  // los → e is drawn back too: los stands last
        if (e.choice == "klaar" && map.nodes[e.to].id == "e") CHECK(e.condition.nl == "keuze 'naar_b'; route: niet (feit 'x' bekend)");
        if (e.choice == "klaar" && map.nodes[e.to].id == "e") CHECK(e.condition.en == "choice 'naar_b'; route: not (fact 'x' known)");
    }
    CHECK(loops == 2);  // b → a, lus → lus
    const std::string text = core::story_map_text(map, core::Lang::Nl);
    CHECK(text.find("stap los (kolom") != std::string::npos);
    CHECK(text.find("ONBEREIKBAAR") != std::string::npos);
    CHECK(text.find("stap lus (kolom 1) DOODLOPEND") != std::string::npos);
    const std::string svg = core::story_map_svg(map, *s.scenario, core::Lang::En);
    CHECK(svg.find("Kaart &lt;&amp;&gt; test") != std::string::npos);
    CHECK(svg.find("Kaart <&>") == std::string::npos);
    CHECK(svg.find("unreachable") != std::string::npos);
}

TEST_CASE("describe_condition: nested all, any, not and a variable range") {
    core::Condition all;
    all.kind = core::Condition::Kind::All;
    core::Condition a, any, b, v;
    a.kind = core::Condition::Kind::DocumentRead;
    a.ref = "brief";
    any.kind = core::Condition::Kind::Any;
    b.kind = core::Condition::Kind::StepVisited;
    b.ref = "huis";
    v.kind = core::Condition::Kind::VarRange;
    v.ref = "vertrouwen";
    v.min = 4;
    any.children = {b, v};
    all.children = {a, any};
    CHECK(core::describe_condition(all, core::Lang::Nl) == "'brief' gelezen én (stap 'huis' bezocht of vertrouwen ≥ 4)");
    CHECK(core::describe_condition(all, core::Lang::En) == "'brief' read and (step 'huis' visited or vertrouwen ≥ 4)");
    CHECK(core::describe_condition(core::Condition{}, core::Lang::Nl).empty());
}

TEST_CASE("map command: text on stdout, SVG written to a file, exit 1 for an unreachable step") {
    test::TempDir dir;
    const auto svg = dir.path / "oefencasus.svg";
    auto ok = test::run("--scenarios " + test::q(LWP_SCENARIO_DIR) + " map oefencasus --svg " + test::q(svg));
    CHECK(ok.code == 0);
    CHECK(ok.out.find("0 onbereikbaar, 0 doodlopend") != std::string::npos);
    REQUIRE(std::filesystem::exists(svg));
    std::ifstream in(svg);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    CHECK(bytes.find("</svg>") != std::string::npos);

    const auto broken = dir.path / "kaart.lua";
    std::ofstream(broken) << kBroken;
    auto bad = test::run("map " + test::q(broken) + " --lang en");
    CHECK(bad.code == 1);
    CHECK(bad.out.find("1 unreachable, 1 dead ends") != std::string::npos);
    CHECK(test::run("map").code == 2);
}
