// The table of check kinds (core/model/check_kinds.hpp, issue 26): a row per kind in the order of
// core/model/check_kinds.def, every DSL key of a check the schema's, every test key of the schema a row, and the loader
// reading each row's key into that kind while it rejects an unknown key at its line as before.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "core/assess/kinds/kinds.hpp"
#include "core/model/check_kinds.hpp"
#include "core/model/dsl_schema.hpp"
#include "scripting/loader.hpp"

using namespace lwp;
using core::kinds::check_kinds;

namespace {

// The check fields that qualify a test rather than name one (bij `eerst` / `variabele`).
const std::set<std::string> kModifiers = {"voor", "voor_stap", "min", "max", "bij"};

const std::string kHead =
    "scenario { id = \"t\", titel = \"T\", versie = \"1\", api = 1, start = \"a\" }\n"
    "einde \"klaar\" { titel = \"Klaar\", tekst = \"Einde.\" }\n"
    "feit \"f\" { tekst = \"F\", soort = \"zorg\" }\n"
    "persoon \"m\" { naam = \"M\", rol = \"kind\", leeftijd = 8 }\n"
    "variabele \"v\" { label = \"V\", start = 5, min = 0, max = 10 }\n"
    "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"klaar\" } }\n";

scripting::LoadedScenario with_check(const std::string& check) {
    return scripting::load_scenario_source(kHead +
                                               "criterium \"c\" { bouwsteen = \"directe_veiligheid\", tekst = \"C\", onderbouwing = \"W\",\n"
                                               "  goed = \"G\", fout = \"F\",\n"
                                               "  check = " + check + " }\n",
                                           "casus.lua");
}

std::string first_error(const scripting::LoadedScenario& s) {
    for (const auto& d : s.diagnostics)
        if (d.level == core::Diagnostic::Level::Error) return d.loc.str() + ": " + d.message;
    return "";
}

}  // namespace

TEST_CASE("check kinds: one row per kind in the list's order, each key once") {
    std::set<std::string> keys;
    for (std::size_t i = 0; i < check_kinds().size(); ++i) {
        const auto& row = check_kinds()[i];
        CHECK(core::kinds::check_kind_index(row.kind) == i);
        CHECK(&core::kinds::check_kind(row.kind) == &row);
        if (std::string(row.key).empty()) {
            CHECK(row.kind == core::Check::Kind::Script);  // the only kind without a key: a function
            continue;
        }
        CHECK_MESSAGE(keys.insert(row.key).second, std::string(row.key));
        CHECK(core::kinds::check_kind_by_key(row.key) == &row);
    }
    CHECK(core::kinds::check_kind_by_key("voor") == nullptr);
    CHECK(core::kinds::check_kind_by_key("") == nullptr);
}

TEST_CASE("check kinds: every kind's file fills its row of operations") {
    for (const auto& row : check_kinds()) {
        const core::kinds::KindOps& ops = core::kinds::ops(row.kind);
        const bool eval = ops.eval != nullptr, assessable = ops.assessable != nullptr, read = ops.read != nullptr;
        CHECK_MESSAGE(eval, std::string(row.key));
        CHECK_MESSAGE(assessable, std::string(row.key));
        CHECK_MESSAGE(read == (row.kind != core::Check::Kind::Script), std::string(row.key));  // a function is read by the loader
    }
}

TEST_CASE("check kinds: the schema's check fields are the table's keys and the modifiers") {
    const auto* check = core::dsl::construct("check");
    REQUIRE(check);
    std::set<std::string> schema;
    for (const auto& f : check->fields) schema.insert(f.name);
    for (const auto& row : check_kinds())
        if (*row.key) CHECK_MESSAGE(schema.count(row.key) == 1, std::string(row.key));
    for (const auto& name : schema)
        CHECK_MESSAGE((core::kinds::check_kind_by_key(name) != nullptr || kModifiers.count(name) == 1), name);
}

TEST_CASE("check kinds: the choice kinds name their choices, the others none") {
    core::Check c;
    c.refs = {"k"};
    c.before = "k2";
    for (const auto& row : check_kinds()) {
        c.kind = row.kind;
        c.before_is_step = false;
        std::set<std::string> named;
        core::kinds::add_named_choices(c, named);
        CHECK(core::kinds::names_choice(c, "k") == row.names_choices);
        CHECK(named.count("k") == (row.names_choices ? 1u : 0u));
        CHECK(core::kinds::names_choice(c, "k2") == (row.kind == core::Check::Kind::ChoiceBefore));
        c.before_is_step = true;
        CHECK_FALSE(core::kinds::names_choice(c, "k2"));
    }
}

TEST_CASE("check kinds: the loader reads a composite's key into its kind and rejects an unknown key at its line") {
    for (const auto& row : check_kinds()) {
        if (!row.composite) continue;
        auto s = with_check(std::string("{ ") + row.key + " = { { keuze = \"k\" }, { keuze = \"k\" } } }");
        REQUIRE_MESSAGE(s.ok(), first_error(s));
        REQUIRE(s.scenario->criteria.size() == 1);
        CHECK(s.scenario->criteria[0].check.kind == row.kind);
        CHECK(s.scenario->criteria[0].check.children.size() == 2);
    }
    auto bad = with_check("{ keuzee = \"k\" }");
    CHECK_FALSE(bad.ok());
    CHECK(first_error(bad).rfind("casus.lua:9:", 0) == 0);
    CHECK(first_error(bad).find("keuzee") != std::string::npos);
}

// A check of each kind the loader reads from its key (the composites above, Script a function).
const std::map<std::string, std::string> kSample = {
    {"keuze", "keuze = \"k\""},
    {"niet_keuze", "niet_keuze = \"k\""},
    {"eerst", "eerst = \"k\", voor_stap = \"a\""},
    {"variabele", "variabele = \"v\", min = 1"},
    {"op_tijdlijn", "op_tijdlijn = { \"f\" }"},
    {"volgorde", "volgorde = { \"f\" }"},
    {"aanleiding", "aanleiding = { eerste = \"f\" }"},
    {"kinderen_gesproken", "kinderen_gesproken = true"},
    {"factor", "factor = { gebied = \"ontwikkeling_kind\" }"},
    {"pijl", "pijl = { van = \"ontwikkeling_kind\", naar = \"gedrag_kind\" }"},
    {"veiligheid_voor_patroon", "veiligheid_voor_patroon = true"},
    {"veiligheidsscore", "veiligheidsscore = { min = 6 }"},
    {"veiligheidsplan", "veiligheidsplan = { \"afspraken\" }"},
    {"eind", "eind = { \"doel\" }"},
    {"eind_velden", "eind_velden = { \"waar_opgroeien\" }"},
    {"vergelijking", "vergelijking = { bord = \"patroon\" }"},
    {"tijdlijn_velden", "tijdlijn_velden = { \"visie_gezin\" }"},
    {"patroon_zin", "patroon_zin = true"},
    {"reflectie_geschreven", "reflectie_geschreven = true"},
    {"verloop", "verloop = { taxatie = true, nooit_onder = 4 }"},
    {"ritme", "ritme = { keuzes = { \"k\" }, elke = 3 }"},
};

TEST_CASE("check kinds: the loader reads every row's key into that kind") {
    for (const auto& row : check_kinds()) {
        if (row.composite || !*row.key) continue;
        const auto sample = kSample.find(row.key);
        REQUIRE_MESSAGE(sample != kSample.end(), "a sample check for the new kind's key: ", std::string(row.key));
        auto s = with_check("{ " + sample->second + " }");
        if (row.kind == core::Check::Kind::Comparison) {  // read and validated: this case has no referentie
            CHECK(first_error(s) == "casus.lua:7: criterium 'c' vergelijkt met de referentie, maar het scenario heeft geen referentie { ... }");
            continue;
        }
        REQUIRE_MESSAGE(s.scenario, std::string(row.key), ": ", first_error(s));
        CHECK_MESSAGE(s.scenario->criteria[0].check.kind == row.kind, std::string(row.key));
    }
    auto script = with_check("function(s) return true end");
    REQUIRE_MESSAGE(script.scenario, first_error(script));
    CHECK(script.scenario->criteria[0].check.kind == core::Check::Kind::Script);
}
