// The DSL's schema (issue 25, deliverable 4; architecture review §6.2, experiments E5 and E6):
// every construct's fields, types and required flags in one table (core/model/dsl_schema.hpp); the
// loader refuses every wrongly typed field, at the line where it is written.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/model/dsl_schema.hpp"
#include "helpers.hpp"
#include "scripting/loader_fields.hpp"
#include "scripting/source_index.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

const std::string kHead = "einde \"e\" { titel = \"E\", tekst = \"E.\" }\n"
                          "feit \"f\" { tekst = \"F\", soort = \"zorg\" }\n";
const std::string kScenario = "scenario { id = \"s\", titel = \"S\", versie = \"1\", api = 1, start = \"a\" }\n";
const std::string kStep = "stap \"a\" { titel = \"A\", tekst = \"A.\",\n  keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n";
const std::string kCase = kScenario + kHead + kStep;
const std::string kCriterion =
    "criterium \"c\" { bouwsteen = \"weging\", tekst = \"T\", onderbouwing = \"O\", goed = \"G\", fout = \"F\",\n  check = ";

// Per construct: a file in which `@@` stands on its own line inside one table of that construct.
std::map<std::string, std::string> templates() {
    std::map<std::string, std::string> t;
    t["scenario"] = "scenario { id = \"s\", titel = \"S\", versie = \"1\", api = 1, start = \"a\",\n@@\n}\n" + kHead + kStep;
    t["persoon"] = kCase + "persoon \"p\" { naam = \"P\", rol = \"moeder\",\n@@\n}\n";
    t["variabele"] = kCase + "variabele \"v\" { label = \"V\",\n@@\n}\n";
    t["document"] = kCase + "document \"d\" { titel = \"D\", tekst = \"T\",\n@@\n}\n";
    t["feit"] = kCase + "feit \"g\" { tekst = \"G\", soort = \"zorg\",\n@@\n}\n";
    t["stap"] = kCase + "stap \"b\" { titel = \"B\", tekst = \"B.\",\n@@\n  keuze \"kb\" { tekst = \"K\", naar = \"e\" } }\n";
    t["keuze"] = kScenario + kHead + "stap \"a\" { titel = \"A\", tekst = \"A.\",\n  keuze \"k\" { tekst = \"K\", naar = \"e\",\n@@\n} }\n";
    t["route"] = kScenario + kHead +
                 "stap \"a\" { titel = \"A\", tekst = \"A.\",\n  keuze \"k\" { tekst = \"K\", naar = { { naar = \"e\" }, { naar = \"e\",\n@@\n} } } }\n";
    t["voorwaarde"] = kScenario + kHead +
                      "stap \"a\" { titel = \"A\", tekst = \"A.\",\n  keuze \"k\" { tekst = \"K\", naar = \"e\", als = { feit = \"f\",\n@@\n} } }\n";
    t["einde"] = kCase + "einde \"e2\" { titel = \"E\", tekst = \"E.\",\n@@\n}\n";
    t["reflectie"] = kCase + "reflectie \"r\" { stap = \"a\",\n@@\n}\n";
    t["dossier"] = kCase + "dossier \"d1\" { tekst = \"T\",\n@@\n}\n";
    t["criterium"] = kCase + kCriterion + "{ keuze = \"k\" },\n@@\n}\n";
    t["check"] = kCase + kCriterion + "{ keuze = \"k\",\n@@\n} }\n";
    for (const char* sub : {"aanleiding", "factor", "pijl", "veiligheid_voor_patroon", "veiligheidsscore", "reflectie_geschreven", "vergelijking"})
        t[std::string("check.") + sub] = kCase + kCriterion + "{ keuze = \"k\", " + sub + " = {\n@@\n} } }\n";
    t["referentie"] = kCase + "referentie {\n@@\n}\n";
    for (const char* sub : {"tijdlijn", "patroon", "veiligheid", "eindsituatie"})
        t[std::string("referentie.") + sub] = kCase + "referentie { " + sub + " = {\n@@\n} }\n";
    t["referentie.factor"] = kCase + "referentie { patroon = { factoren = { { id = \"x\", gebied = \"g\", tekst = \"X\" }, {\n@@\n} } } }\n";
    t["referentie.oordeel"] = kCase + "referentie { veiligheid = { oordelen = { {\n@@\n} } } }\n";
    t["referentie.item"] = kCase + "referentie { eindsituatie = { items = { {\n@@\n} } } }\n";
    t["stap.bij_binnenkomst"] = kCase + "stap \"b\" { titel = \"B\", tekst = \"B.\", bij_binnenkomst = { onthult = { \"f\" },\n@@\n},\n  keuze \"kb\" { tekst = \"K\", naar = \"e\" } }\n";
    t["stap.variant"] = kCase + "stap \"b\" { titel = \"B\", tekst = \"B.\", varianten = { { als = { feit = \"f\" }, tekst = \"V\",\n@@\n} },\n  keuze \"kb\" { tekst = \"K\", naar = \"e\" } }\n";
    t["zet"] = kCase + "persoon \"p\" { naam = \"P\", rol = \"kind\" }\nstap \"b\" { titel = \"B\", tekst = \"B.\", bij_binnenkomst = { zet = { p = { regie = \"gi\",\n@@\n} } },\n  keuze \"kb\" { tekst = \"K\", naar = \"e\" } }\n";
    t["verloop"] = kScenario + kHead + "variabele \"v\" { label = \"V\" }\n" +
                   "stap \"a\" { titel = \"A\", tekst = \"A.\",\n  keuze \"k\" { tekst = \"K\", naar = \"e\", als = { verloop = { variabele = \"v\", ooit_onder = 4,\n@@\n} } } }\n";
    t["check.ritme"] = kCase + kCriterion + "{ keuze = \"k\", ritme = { keuzes = { \"k\" }, elke = 2,\n@@\n} } }\n";
    return t;
}

// A value of the wrong type for a field of type `t`.
const char* wrong_value(core::dsl::Type t) {
    using T = core::dsl::Type;
    switch (t) {
        case T::Text:
        case T::Translatable:
        case T::Date: return "{ }";
        case T::IdList:
        case T::TextList:
        case T::Route:
        case T::Condition:
        case T::Check: return "42";
        default: return "\"x\"";  // numbers, booleans and every kind of table
    }
}

int line_of(const std::string& text, size_t pos) { return 1 + static_cast<int>(std::count(text.begin(), text.begin() + pos, '\n')); }

bool has_error(const scripting::LoadedScenario& s, int line, const std::string& part) {
    for (const auto& d : s.diagnostics)
        if (d.level == core::Diagnostic::Level::Error && d.loc.line == line && d.message.find(part) != std::string::npos) return true;
    return false;
}

std::string all_diagnostics(const scripting::LoadedScenario& s) {
    std::string out;
    for (const auto& d : s.diagnostics) out += d.str() + "\n";
    return out;
}

}  // namespace

TEST_CASE("dsl schema: every construct has a template here, and none reports a field of its own") {
    const auto t = templates();
    for (const auto& c : core::dsl::constructs()) {
        CAPTURE(std::string(c.name));
        REQUIRE_MESSAGE(t.count(c.name), "a construct without a template here: add one");
        std::string file = t.at(c.name);
        file.replace(file.find("@@"), 2, "");
        const auto s = scripting::load_scenario_source(file, "schema.lua");
        CAPTURE(all_diagnostics(s));
        for (const auto& d : s.diagnostics) {
            CHECK(d.message.rfind("veld '", 0) != 0);  // a wrongly typed field
            CHECK(d.message.find("onbekend veld") == std::string::npos);
        }
    }
}

TEST_CASE("dsl schema: every field of every construct, wrongly typed, is an error at its own line") {
    const auto t = templates();
    size_t fields = 0;
    for (const auto& c : core::dsl::constructs()) {
        for (const auto& f : c.fields) {
            CAPTURE(std::string(c.name));
            CAPTURE(std::string(f.name));
            std::string file = t.at(c.name);
            const size_t at = file.find("@@");
            const int line = line_of(file, at);
            file.replace(at, 2, std::string("  ") + f.name + " = " + wrong_value(f.type) + ",");
            const auto s = scripting::load_scenario_source(file, "schema.lua");
            CAPTURE(all_diagnostics(s));
            CHECK_FALSE(s.ok());
            CHECK(has_error(s, line, "veld '" + std::string(f.name) + "'"));
            CHECK(has_error(s, line, std::string("moet ") + core::dsl::type_words(f.type)));
            ++fields;
        }
    }
    CHECK(fields > 150);
}

TEST_CASE("dsl schema: the review's E5 fields, ignored before, are errors at their lines") {
    const std::string file = kScenario + kHead +                                   // lines 1-3
                             "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"          // 4
                             "  keuze \"k\" { tekst = \"K\", naar = \"e\",\n"          // 5
                             "    als = { feit = \"f\",\n"                            // 6
                             "      alle = \"niet_een_tabel\" } } }\n"                // 7
                             "criterium \"c\" { bouwsteen = \"weging\", tekst = \"T\", onderbouwing = \"O\", goed = \"G\", fout = \"F\",\n"  // 8
                             "  check = { keuze = \"k\",\n"                           // 9
                             "    factor = \"gedrag_kind\",\n"                         // 10
                             "    aanleiding = \"f\" } }\n"                            // 11
                             "referentie {\n"                                         // 12
                             "  tijdlijn = \"geen tabel\",\n"                          // 13
                             "  patroon = 42 }\n";                                    // 14
    const auto s = scripting::load_scenario_source(file, "e5.lua");
    CAPTURE(all_diagnostics(s));
    CHECK_FALSE(s.ok());
    CHECK(has_error(s, 7, "veld 'alle' in voorwaarde van keuze 'k' in stap 'a' moet een lijst van voorwaarden zijn, niet tekst"));
    CHECK(has_error(s, 10, "veld 'factor' in check van criterium 'c' moet een tabel zijn, niet tekst"));
    CHECK(has_error(s, 11, "veld 'aanleiding' in check van criterium 'c' moet een tabel zijn, niet tekst"));
    CHECK(has_error(s, 13, "veld 'tijdlijn' in referentie moet een tabel zijn, niet tekst"));
    CHECK(has_error(s, 14, "veld 'patroon' in referentie moet een tabel zijn, niet een getal"));
}

TEST_CASE("dsl schema: errors inside routes and reference items are reported at their own line (E6)") {
    const std::string file = kScenario + kHead +                                                 // 1-3
                             "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"                        // 4
                             "  keuze \"k\" { tekst = \"K\", naar = {\n"                             // 5
                             "    { als = { feit = \"f\" }, naar = \"e\" },\n"                        // 6
                             "    { naar = \"e\", kleur = \"rood\" },\n"                             // 7: route 2
                             "  } } }\n"                                                          // 8
                             "referentie {\n"                                                     // 9
                             "  patroon = {\n"                                                    // 10
                             "    factoren = {\n"                                                 // 11
                             "      { id = \"a\", gebied = \"ouder_ontwikkeling\", tekst = \"A\" },\n"  // 12
                             "      { id = \"b\", gebied = \"ouder_ontwikkeling\",\n"                 // 13
                             "        tekst = 7 },\n"                                               // 14: factor 2
                             "    } } }\n";
    const auto s = scripting::load_scenario_source(file, "e6.lua");
    CAPTURE(all_diagnostics(s));
    CHECK(has_error(s, 7, "onbekend veld 'kleur' in route 2 van keuze 'k' in stap 'a'"));
    CHECK(has_error(s, 14, "veld 'tekst' in factor 2 moet tekst zijn, niet een getal"));
    // A missing required field is reported at the line where its table starts.
    const auto missing = scripting::load_scenario_source(kCase + "referentie {\n  patroon = { factoren = {\n    { id = \"a\",\n      tekst = \"A\" } } } }\n",
                                                         "mist.lua");
    CAPTURE(all_diagnostics(missing));
    CHECK(has_error(missing, 8, "factor 1 mist het veld 'gebied'"));
}

TEST_CASE("dsl schema: the source index knows fields, items and definitions, past comments and strings") {
    const scripting::SourceIndex index("-- stap \"x\" { in a comment\n"          // 1
                                       "stap \"a\" { titel = \"{ not a table\",\n" // 2
                                       "  tekst = [[\n"                          // 3
                                       "} still text ]],\n"                      // 4
                                       "  keuze \"k\" {\n"                        // 5
                                       "    als = function(s) local a, b = 1, { 2 } return a end,\n"  // 6
                                       "    naar = { { naar = \"e\" },\n"         // 7
                                       "      { naar = \"f\" } } } }\n");         // 8
    CHECK(index.definition_at(1) == nullptr);
    const scripting::SourceTable* step = index.definition_at(2);
    REQUIRE(step);
    CHECK(step->line_of("titel") == 2);
    CHECK(step->line_of("tekst") == 3);
    CHECK(step->line_of("als") == 0);  // the choice's, not the step's
    const scripting::SourceTable* choice = step->item(0);
    REQUIRE(choice);
    CHECK(choice == index.definition_at(5));
    CHECK(choice->line_of("als") == 6);
    CHECK(choice->line_of("naar") == 7);
    CHECK(choice->child("als") == nullptr);  // a function, and its table is no field
    REQUIRE(choice->child("naar"));
    REQUIRE(choice->child("naar")->item(1));
    CHECK(choice->child("naar")->item(1)->line == 8);
    CHECK(choice->child("naar")->item(1)->line_of("naar") == 8);
}

TEST_CASE("dsl schema: the guide's field tables are the schema's") {
    const std::string guide = test::slurp(fs::path(LWP_SCENARIO_DIR) / "README.md");
    // Every construct the loader accepts (core::dsl::constructs()) has its table in the guide.
    for (const auto& construct : core::dsl::constructs()) {
        const std::string name = construct.name;
        CAPTURE(name);
        const core::dsl::Construct* c = &construct;
        const std::string begin = std::string("<!-- schema: ") + name + " -->\n";
        const size_t at = guide.find(begin);
        REQUIRE_MESSAGE(at != std::string::npos, "the guide has no generated table for this construct: add <!-- schema: NAME --> ... <!-- /schema --> around it");
        const size_t end = guide.find("<!-- /schema -->", at);
        REQUIRE(end != std::string::npos);
        // On a difference doctest prints both: paste the schema's table into the guide.
        CHECK(guide.substr(at + begin.size(), end - at - begin.size()) == core::dsl::markdown_table(*c));
    }
}

TEST_CASE("dsl schema: the source index stays bounded on a file with millions of tables") {
    // A function that never runs can hold far more tables than Lua's memory cap lets a file
    // build; the index covers the first 100,000 and gives up on the rest (block lines then).
    std::string source = "stap \"a\" { titel = \"A\" }\nlocal function f() return {";
    for (int i = 0; i < 300000; ++i) source += "{},";
    source += "} end\nstap \"b\" { titel = \"B\" }\n";
    const scripting::SourceIndex index(source);
    REQUIRE(index.definition_at(1));
    CHECK(index.definition_at(1)->line_of("titel") == 1);
    CHECK(index.definition_at(3) == nullptr);  // past the cap
}

TEST_CASE("dsl schema: en = { ... } holds only the English of a block's translatable texts, each error at its line") {
    const std::string file = kCase +                                                   // 1-5
                             "document \"d\" { titel = \"D\", tekst = \"T\", soort = \"brief\",\n"  // 6
                             "  en = { titel = \"Letter\",\n"                                  // 7
                             "    soort = \"letter\",\n"                                       // 8: not translatable
                             "    titl = \"x\" } }\n";                                         // 9: unknown
    const auto s = scripting::load_scenario_source(file, "en.lua");
    CAPTURE(all_diagnostics(s));
    CHECK(has_error(s, 8, "veld 'soort' van document 'd' heeft geen Engelse versie in en = { ... } (wel: titel, tekst)"));
    CHECK(has_error(s, 9, "onbekend veld 'titl' in en = { ... } van document 'd'"));
    // The guide's §8 table is the schema's.
    const std::string guide = test::slurp(fs::path(LWP_SCENARIO_DIR) / "README.md");
    const std::string begin = "<!-- schema: en -->\n";
    const size_t at = guide.find(begin);
    REQUIRE(at != std::string::npos);
    const size_t end = guide.find("<!-- /schema -->", at);
    REQUIRE(end != std::string::npos);
    CHECK(guide.substr(at + begin.size(), end - at - begin.size()) == core::dsl::markdown_english_table());
}

TEST_CASE("dsl schema: every definition kind the loader installs has its construct, written as the guide writes it") {
    using lwp::scripting::loader_detail::definition_kinds;
    REQUIRE(definition_kinds().size() == 12);
    for (const auto& k : definition_kinds()) {
        CAPTURE(k.kind);
        const lwp::core::dsl::Construct* c = lwp::core::dsl::construct(k.kind);
        REQUIRE(c != nullptr);
        const std::string where = c->where;
        const std::string expected = std::string(k.kind) + (k.named ? " \"id\" {" : " {");
        CHECK(where.rfind(expected, 0) == 0);
    }
}

TEST_CASE("dsl schema: each definition kind is a constructor in a loaded case and reads its table") {
    // One file that uses the common kinds (all but referentie and dossier, which their own tests
    // load): the table-driven reader must put each into the scenario.
    const std::string lua = R"(
scenario { id = "alle_soorten", titel = "Alle soorten", versie = "1", start = "s1", bouwstenen = { "tijdlijn" } }
persoon "p1" { naam = "Sam", rol = "kind" }
document "d1" { titel = "Brief", tekst = "Tekst." }
feit "f1" { tekst = "Een feit.", soort = "zorg" }
variabele "v1" { label = "Meter", start = 5, min = 0, max = 10 }
stap "s1" { titel = "Begin", tekst = "Tekst.", keuze "k1" { tekst = "Verder", naar = "e1" } }
einde "e1" { titel = "Einde", tekst = "Klaar.", toon = "goed" }
criterium "c1" { bouwsteen = "tijdlijn", tekst = "Keuze", onderbouwing = "Waarom.", goed = "Goed.", fout = "Fout.",
                 gewicht = 1, check = { keuze = "k1" } }
reflectie "r1" { stap = "s1", vragen = { "Wat zag je?" } }
)";
    auto loaded = lwp::scripting::load_scenario_source(lua, "alle_soorten.lua");
    for (const auto& d : loaded.diagnostics) MESSAGE(d.loc.str() << ": " << d.message);
    REQUIRE(loaded.scenario);
    const auto& s = *loaded.scenario;
    CHECK(s.meta.id == "alle_soorten");
    CHECK(s.persons.size() == 1);
    CHECK(s.documents.size() == 1);
    CHECK(s.facts.size() == 1);
    CHECK(s.variables.size() == 1);
    CHECK(s.steps.size() == 1);
    CHECK(s.endings.size() == 1);
    CHECK(s.criteria.size() == 1);
    CHECK(s.reflection_points.size() == 1);
    CHECK(loaded.error_count() == 0);
    CHECK(s.steps[0].choices.size() == 1);
}
