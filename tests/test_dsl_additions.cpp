// The DSL additions of issue 20.3: bij_binnenkomst, varianten, fase/product/regie per person,
// verloop (history of a meter or the taxatie) and the cadence check ritme. Each one's behaviour,
// that the fold stays pure (the same log twice gives the same state) and that bad input fails
// closed with an error at its line.
#include <doctest/doctest.h>

#include "core/assess/purity.hpp"
#include "core/assess/scoring.hpp"
#include "core/fold/session.hpp"
#include "scripting/loader.hpp"

using namespace lwp;

namespace {

const std::string kCase = R"(scenario { id = "x", titel = "X", versie = "1", start = "a" }
persoon "daan" { naam = "Daan", rol = "kind", fase = "lokaal_team", product = "geen", regie = "lokaal_team" }
variabele "directe_veiligheid" { label = "V", start = 5, min = 0, max = 10 }
feit "f1" { tekst = "F1", soort = "zorg" }
feit "f2" { tekst = "F2", soort = "kracht" }
stap "a" { titel = "A", tekst = "A.",
  keuze "omlaag" { tekst = "Omlaag", gevolg = { directe_veiligheid = -3 }, tags = { "beraad" }, naar = "b" },
  keuze "gelijk" { tekst = "Gelijk", naar = "b" },
}
stap "b" { titel = "B", tekst = "B.",
  bij_binnenkomst = { gevolg = { directe_veiligheid = 1 }, onthult = { "f1" }, zet = { daan = { product = "2a" } } },
  varianten = {
    { als = { feit = "f2" }, tekst = "Niet getoond." },
    { als = { persoon = "daan", product = "2a" }, tekst = "Met de GI.", en = { tekst = "With the GI." } },
  },
  keuze "herstel" { tekst = "Herstel", als = { verloop = { variabele = "directe_veiligheid", ooit_onder = 4 } },
                    gevolg = { directe_veiligheid = 4 }, zet = { daan = { regie = "gi", product = "2b" } }, naar = "c" },
  keuze "door" { tekst = "Door", tags = { "beraad" }, naar = "c" },
}
stap "c" { titel = "C", tekst = "C.",
  keuze "gestegen" { tekst = "Gestegen", als = { verloop = { variabele = "directe_veiligheid", gestegen_sinds = "b" } }, naar = "e" },
  keuze "regie_gi" { tekst = "GI", als = { persoon = "daan", regie = "gi" }, naar = "e" },
  keuze "klaar" { tekst = "Klaar", naar = "d" },
  keuze "stop" { tekst = "Stop", naar = "e" },
}
stap "d" { titel = "D", tekst = "D.", keuze "eind" { tekst = "Eind", naar = "e" } }
einde "e" { titel = "E", tekst = "E." }
criterium "ritme" { bouwsteen = "weging", tekst = "T", onderbouwing = "O", goed = "G", fout = "F",
  check = { ritme = { tag = "beraad", elke = 2 } } }
criterium "nooit_laag" { bouwsteen = "weging", tekst = "T", onderbouwing = "O", goed = "G", fout = "F",
  check = { verloop = { variabele = "directe_veiligheid", nooit_onder = 3 } } }
)";

scripting::LoadedScenario load(const std::string& source) { return scripting::load_scenario_source(source, "extra.lua"); }

std::string diagnostics(const scripting::LoadedScenario& s) {
    std::string out;
    for (const auto& d : s.diagnostics) out += d.str() + "\n";
    return out;
}

std::vector<core::Action> route(std::initializer_list<std::pair<const char*, const char*>> steps) {
    std::vector<core::Action> out;
    for (const auto& [step, choice] : steps) out.push_back(core::make_choose(step, choice));
    return out;
}

bool offered(const core::SessionState& st, const core::Scenario& sc, const std::string& id) {
    for (const core::Choice* c : core::available_choices(st, sc, nullptr))
        if (c->id == id) return true;
    return false;
}

const core::LedgerEntry& entry(const core::ScoreReport& r, const std::string& id) {
    for (const auto& e : r.ledger)
        if (e.criterion->id == id) return e;
    FAIL("no criterion " << id);
    return r.ledger.front();
}

bool has_error(const scripting::LoadedScenario& s, int line, const std::string& part) {
    for (const auto& d : s.diagnostics)
        if (d.level == core::Diagnostic::Level::Error && d.loc.line == line && d.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("dsl additions: bij_binnenkomst changes meters, reveals facts and sets person status on entering a step") {
    const auto s = load(kCase);
    INFO(diagnostics(s));
    REQUIRE(s.ok());
    const auto r = core::replay(*s.scenario, s.runtime.get(), route({{"a", "omlaag"}}));
    REQUIRE(r.problem.empty());
    CHECK(r.state.vars.at("directe_veiligheid") == doctest::Approx(3));  // 5 - 3 + 1
    CHECK(r.state.visits.back().vars.at("directe_veiligheid") == doctest::Approx(3));
    CHECK(r.state.knows_fact("f1"));
    CHECK(core::person_status(r.state, "daan", "product") == "2a");
    CHECK(core::person_status(r.state, "daan", "fase") == "lokaal_team");  // kept from persoon
    CHECK(r.state.var_range.at("directe_veiligheid").first == doctest::Approx(2));  // the dip before entering counts
}

TEST_CASE("dsl additions: varianten add text when their condition holds, in Dutch and English") {
    const auto s = load(kCase);
    REQUIRE(s.ok());
    const auto r = core::replay(*s.scenario, s.runtime.get(), route({{"a", "gelijk"}}));
    const core::Step* b = s.scenario->step("b");
    REQUIRE(b);
    CHECK(core::step_text(*b, r.state, s.runtime.get(), core::Lang::Nl) == "B.\n\nMet de GI.");
    CHECK(core::step_text(*b, r.state, s.runtime.get(), core::Lang::En) == "B.\n\nWith the GI.");
    core::SessionState before = core::initial_state(*s.scenario);
    CHECK(core::step_text(*b, before, nullptr, core::Lang::Nl) == "B.");  // daan has no product 2a yet
}

TEST_CASE("dsl additions: verloop sees the history of a meter, not only its last value") {
    const auto s = load(kCase);
    REQUIRE(s.ok());
    // Down to 2 and back to 3: ever below 4, so "herstel" is offered; not when it never dipped.
    auto down = core::replay(*s.scenario, s.runtime.get(), route({{"a", "omlaag"}}));
    CHECK(offered(down.state, *s.scenario, "herstel"));
    auto level = core::replay(*s.scenario, s.runtime.get(), route({{"a", "gelijk"}}));
    CHECK_FALSE(offered(level.state, *s.scenario, "herstel"));
    // gestegen_sinds: higher now than on entering b (3 -> 7).
    auto up = core::replay(*s.scenario, s.runtime.get(), route({{"a", "omlaag"}, {"b", "herstel"}}));
    REQUIRE(up.problem.empty());
    CHECK(offered(up.state, *s.scenario, "gestegen"));
    CHECK(offered(up.state, *s.scenario, "regie_gi"));  // zet in a keuze
    CHECK(core::person_status(up.state, "daan", "product") == "2b");
    auto flat = core::replay(*s.scenario, s.runtime.get(), route({{"a", "gelijk"}, {"b", "door"}}));
    CHECK_FALSE(offered(flat.state, *s.scenario, "gestegen"));
    CHECK_FALSE(offered(flat.state, *s.scenario, "regie_gi"));
    // As a check: nooit_onder 3 is missed on the route that dipped to 2.
    auto end_down = core::replay(*s.scenario, s.runtime.get(), route({{"a", "omlaag"}, {"b", "door"}, {"c", "klaar"}, {"d", "eind"}}));
    REQUIRE(end_down.problem.empty());
    CHECK(entry(core::score(*s.scenario, end_down.state, s.runtime.get()), "nooit_laag").status == core::Status::Missed);
    auto end_level = core::replay(*s.scenario, s.runtime.get(), route({{"a", "gelijk"}, {"b", "door"}, {"c", "klaar"}, {"d", "eind"}}));
    CHECK(entry(core::score(*s.scenario, end_level.state, s.runtime.get()), "nooit_laag").status == core::Status::Met);
}

TEST_CASE("dsl additions: verloop over the taxatie uses every score the trainee gave") {
    const std::string source = kCase + R"(stap "t" { titel = "T", tekst = "T.", keuze "tk" { tekst = "K", als = { verloop = { taxatie = true, ooit_onder = 4 } }, naar = "e" } }
)";
    auto s = load(source);
    INFO(diagnostics(s));
    REQUIRE(s.ok());
    core::SessionState st = core::initial_state(*s.scenario);
    core::HistoryTest t;
    t.ever_below = 4;
    CHECK_FALSE(core::history_holds(t, st));  // no taxatie yet
    st.analysis.safety.history = {{1, "a", 3}, {2, "a", 7}};
    st.analysis.safety.score = 7;
    CHECK(core::history_holds(t, st));  // 3 was given once, though 7 stands now
    t = {};
    t.never_below = 4;
    CHECK_FALSE(core::history_holds(t, st));
}

TEST_CASE("dsl additions: ritme is missed at the first run of N steps without a matching choice") {
    const auto s = load(kCase);
    REQUIRE(s.ok());
    auto status = [&](std::initializer_list<std::pair<const char*, const char*>> steps) {
        auto r = core::replay(*s.scenario, s.runtime.get(), route(steps));
        REQUIRE(r.problem.empty());
        return entry(core::score(*s.scenario, r.state, s.runtime.get()), "ritme").status;
    };
    // omlaag and door carry the tag "beraad"; elke = 2: two choices in a row without one miss it.
    CHECK(status({{"a", "omlaag"}, {"b", "herstel"}, {"c", "gestegen"}}) == core::Status::Missed);
    CHECK(status({{"a", "omlaag"}, {"b", "door"}, {"c", "klaar"}, {"d", "eind"}}) == core::Status::Missed);
    CHECK(status({{"a", "omlaag"}, {"b", "door"}, {"c", "klaar"}}) == core::Status::Pending);  // not over yet
    CHECK(status({{"a", "omlaag"}, {"b", "door"}, {"c", "stop"}}) == core::Status::Met);
    CHECK(status({{"a", "gelijk"}, {"b", "door"}, {"c", "stop"}}) == core::Status::Met);  // one without, then one
}

TEST_CASE("dsl additions: the fold stays pure with the new constructs") {
    const auto s = load(kCase);
    REQUIRE(s.ok());
    const auto log = route({{"a", "omlaag"}, {"b", "herstel"}, {"c", "gestegen"}});
    const auto one = core::replay(*s.scenario, s.runtime.get(), log);
    const auto two = core::replay(*s.scenario, s.runtime.get(), log);
    CHECK(core::state_difference(one.state, two.state).empty());
    CHECK(one.state.person_status == two.state.person_status);
}

TEST_CASE("dsl additions: bad values fail closed with an error at their line") {
    const std::string head = "scenario { id = \"x\", titel = \"X\", versie = \"1\", start = \"a\" }\n"  // 1
                             "einde \"e\" { titel = \"E\", tekst = \"E.\" }\n"                         // 2
                             "persoon \"daan\" { naam = \"D\", rol = \"kind\",\n"                      // 3
                             "  regie = \"de_buurman\" }\n"                                            // 4
                             "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"                           // 5
                             "  bij_binnenkomst = { zet = { daan = {\n"                                // 6
                             "    product = \"3\" } } },\n"                                            // 7
                             "  keuze \"k\" { tekst = \"K\", naar = \"e\",\n"                           // 8
                             "    als = { verloop = { ooit_onder = 4 } } } }\n"                        // 9
                             "criterium \"c\" { bouwsteen = \"weging\", tekst = \"T\", onderbouwing = \"O\", goed = \"G\", fout = \"F\",\n"  // 10
                             "  check = { ritme = { tag = \"x\",\n"                                    // 11
                             "    elke = 0 } } }\n";                                                   // 12
    const auto s = load(head);
    INFO(diagnostics(s));
    CHECK_FALSE(s.ok());
    CHECK(has_error(s, 4, "'regie' in persoon 'daan' is onbekend: 'de_buurman'"));
    CHECK(has_error(s, 7, "'product' in zet van 'daan'"));
    CHECK(has_error(s, 9, "verloop in keuze 'k' in stap 'a' noemt precies één van 'variabele'"));
    CHECK(has_error(s, 12, "'elke' in ritme in de check van criterium 'c' moet een geheel getal van 1 tot en met 1000 zijn"));
    // One error per cause: no "is leeg" or "noemt geen" after the value that was wrong.
    for (const auto& d : s.diagnostics) {
        CHECK(d.message.find("is leeg") == std::string::npos);
        CHECK(d.message.find("noemt geen") == std::string::npos);
    }
    // Unknown ids are validate's errors.
    std::string unknown = kCase;
    const std::string set = "zet = { daan = { regie = \"gi\", product = \"2b\" } }";
    REQUIRE(unknown.find(set) != std::string::npos);
    unknown.replace(unknown.find(set), set.size(), "zet = { niemand = { regie = \"gi\" } }");
    const auto u = load(unknown);
    INFO(diagnostics(u));
    CHECK_FALSE(u.ok());
    bool named = false;
    for (const auto& d : u.diagnostics) named = named || d.message.find("onbekende persoon 'niemand'") != std::string::npos;
    CHECK(named);
}
