// A pure fold (issue 25, deliverable 3; architecture review §3.5, experiment E2): scenario globals
// are frozen after load, the seed travels with the state into every call, machine load never
// changes an answer, and the explorer replays every route twice and reports any difference.
#include <doctest/doctest.h>

#include <lua.hpp>

#include <chrono>
#include <thread>

#include "core/assess/explorer.hpp"
#include "core/assess/progress.hpp"
#include "core/assess/purity.hpp"
#include "core/fold/reflection.hpp"
#include "helpers.hpp"
#include "tools.hpp"

using namespace lwp;

namespace {

scripting::LoadedScenario load(const std::string& body, const std::string& file) {
    const std::string head =
        "scenario { id = \"zuiver\", titel = \"Z\", versie = \"1\", api = 1, start = \"a\" }\n"  // line 1
        "einde \"kop\" { titel = \"K\", tekst = \"K.\" }\n"                                      // line 2
        "einde \"munt\" { titel = \"M\", tekst = \"M.\" }\n";                                    // line 3
    auto loaded = scripting::load_scenario_source(head + body, file);
    INFO((loaded.diagnostics.empty() ? std::string() : loaded.diagnostics.front().str()));
    REQUIRE(loaded.ok());
    return loaded;
}

std::vector<std::string> available_ids(const core::SessionState& st, const scripting::LoadedScenario& l) {
    std::vector<std::string> out;
    for (const core::Choice* c : core::available_choices(st, *l.scenario, l.runtime.get())) out.push_back(c->id);
    return out;
}

}  // namespace

TEST_CASE("purity: the counting-global condition of the review is refused at the line that writes") {
    const auto l = load("TELLER = 0\n"                                                     // line 4
                        "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"                     // line 5
                        "  keuze \"x\" { tekst = \"X\", als = function(s)\n"                // line 6
                        "    TELLER = TELLER + 1\n"                                         // line 7
                        "    return TELLER % 2 == 1 end, naar = \"kop\" },\n"               // line 8
                        "  keuze \"y\" { tekst = \"Y\", naar = \"munt\" },\n"               // line 9
                        "}\n",
                        "teller.lua");
    const core::SessionState start = core::initial_state(*l.scenario);
    // Before the freeze: 1 0 1 0. Now the write fails every time, so the answer never changes.
    for (int i = 0; i < 4; ++i) CHECK(available_ids(start, l) == std::vector<std::string>{"y"});
    const auto errors = l.runtime->take_errors();
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].find("teller.lua:7:") != std::string::npos);
    CHECK(errors[0].find("globale variabele 'TELLER' schrijven is na het laden niet toegestaan") != std::string::npos);
    // The same one-action log replays the same way every time (before: ok, FAILS, ok, FAILS).
    for (int i = 0; i < 4; ++i) {
        const auto r = core::replay(*l.scenario, l.runtime.get(), {core::make_choose("a", "x")});
        CHECK(r.applied == 0);
        // A scenario error, not "not available": a failing condition never decides quietly.
        CHECK(r.problem.rfind("actie 1 (kies 'x'): fout in het scenario: voorwaarde van keuze 'x'", 0) == 0);
        CHECK(r.problem.find("teller.lua:7: globale variabele 'TELLER' schrijven") != std::string::npos);
    }
    // Reading globals still works, and so do rawset on the function's own tables, # and pairs.
    const auto ok = load("LIJST = { \"f1\", \"f2\" }\n"
                         "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                         "  keuze \"x\" { tekst = \"X\", als = function(s)\n"
                         "    local t = {} rawset(t, \"k\", #LIJST) local n = 0\n"
                         "    for _ in pairs(LIJST) do n = n + 1 end\n"
                         "    return t.k == 2 and n == 2 and string.upper(\"a\") == \"A\" end, naar = \"kop\" },\n"
                         "}\n",
                         "lezen.lua");
    CHECK(available_ids(core::initial_state(*ok.scenario), ok) == std::vector<std::string>{"x"});
    CHECK(ok.runtime->take_errors().empty());
}

TEST_CASE("purity: a route condition stopped by its budget is a scenario error of the choice, never the other route") {
    // Before: the looping condition counted as false and the choice silently went to 'munt'.
    const auto l = load("stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                        "  keuze \"x\" { tekst = \"X\", naar = {\n"
                        "    { als = function(s) while true do end end, naar = \"kop\" }, { naar = \"munt\" } } },\n"
                        "}\n",
                        "lus.lua");
    core::SessionState st = core::initial_state(*l.scenario);
    const core::ApplyResult r = core::apply(st, *l.scenario, l.runtime.get(), core::make_choose("a", "x"), 0);
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind(core::kScenarioErrorPrefix, 0) == 0);
    CHECK(r.error.find("instructielimiet") != std::string::npos);
    CHECK(st.step == "a");  // unchanged
    CHECK(st.ending.empty());
    const auto replayed = core::replay(*l.scenario, l.runtime.get(), {core::make_choose("a", "x")});
    CHECK(replayed.applied == 0);
    CHECK(replayed.problem.find("fout in het scenario") != std::string::npos);
    l.runtime->take_errors();
}

TEST_CASE("purity: writes past the freeze are refused too (rawset, library tables, load)") {
    const char* attempts[] = {
        "rawset(_G, \"X\", 1) return true",
        "math.teller = (math.teller or 0) + 1 return true",
        "string.x = 1 return true",
        "load(\"Y = 1\")() return true",
        "setmetatable(_G, nil) return true",
        "STAAT.teller.n = STAAT.teller.n + 1 return true",  // a table inside a global table
        "STAAT.lijst[1].n = 2 return true",                  // ... however deep
        "ZELF.zelf.zelf.x = 1 return true",                  // a cycle is frozen once
    };
    for (const char* body : attempts) {
        INFO(body);
        const auto l = load(std::string("STAAT = { teller = { n = 0 }, lijst = { { n = 1 } } }\nZELF = {} ZELF.zelf = ZELF\n"
                                        "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                                         "  keuze \"x\" { tekst = \"X\", als = function(s) ") +
                                body + " end, naar = \"kop\" },\n  keuze \"y\" { tekst = \"Y\", naar = \"munt\" },\n}\n",
                            "poging.lua");
        CHECK(available_ids(core::initial_state(*l.scenario), l) == std::vector<std::string>{"y"});
        CHECK(l.runtime->take_errors().size() == 1);
    }
    // A table with a metatable of its own keeps it (freezing would replace what it does), and the
    // nested tables that are frozen still read, count and iterate as before.
    const auto kept = load("KLASSE = setmetatable({}, { __index = function(t, k) return 5 end })\n"
                           "STAAT = { teller = { n = 3 }, lijst = { { n = 1 }, { n = 2 } } }\n"
                           "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                           "  keuze \"x\" { tekst = \"X\", als = function(s) local n = 0 for _, v in ipairs(STAAT.lijst) do n = n + v.n end\n"
                           "    return KLASSE.iets == 5 and STAAT.teller.n == 3 and #STAAT.lijst == 2 and n == 3 end, naar = \"kop\" },\n"
                           "}\n",
                           "klasse.lua");
    CHECK(available_ids(core::initial_state(*kept.scenario), kept) == std::vector<std::string>{"x"});
    CHECK(kept.runtime->take_errors().empty());
}

TEST_CASE("purity: a file whose globals do not fit the memory cap once frozen does not load") {
    scripting::SandboxLimits limits;
    limits.memory_bytes = 16u << 20;
    const auto l = scripting::load_scenario_source(
        "scenario { id = \"vol\", titel = \"V\", versie = \"1\", api = 1, start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E.\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"A.\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n"
        "GROOT = {} pcall(function() while true do GROOT[#GROOT + 1] = {} end end)\n",
        "vol.lua", limits);
    CHECK_FALSE(l.ok());
    REQUIRE_FALSE(l.diagnostics.empty());
    CHECK(l.diagnostics.back().message.rfind("scenario overschrijdt een veiligheidslimiet bij het vastzetten van de globale variabelen", 0) == 0);
}

TEST_CASE("purity: state kept in an upvalue is found by replaying every route twice") {
    const auto l = load("local n = 0\n"
                        "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                        "  keuze \"x\" { tekst = \"X\", naar = {\n"
                        "    { als = function(s) n = n + 1 return n % 2 == 1 end, naar = \"kop\" }, { naar = \"munt\" } } },\n"
                        "}\n",
                        "upvalue.lua");
    core::ExploreOptions opt;
    const core::ExploreReport r = core::explore(*l.scenario, l.runtime.get(), opt);
    CHECK(r.impure_routes > 0);
    REQUIRE_FALSE(r.impure.empty());
    CHECK(r.impure[0].rfind("route x: de tweede keer verschillen de stap of het einde", 0) == 0);

    // A pure scenario has no findings: every bundled case (and the fixture with a script check).
    auto mini = test::load_fixture("mini.lua");
    REQUIRE(mini.ok());
    const core::ExploreReport clean = core::explore(*mini.scenario, mini.runtime.get(), opt);
    CHECK(clean.playthroughs > 0);
    CHECK(clean.impure_routes == 0);
}

TEST_CASE("purity: the journal, progress and library replay each session with its own seed") {
    const auto l = load("stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                        "  keuze \"x\" { tekst = \"X\", naar = { { als = function(s) return math.random(2) == 1 end, naar = \"kop\" },\n"
                        "                                        { naar = \"b\" } } },\n"
                        "}\n"
                        "stap \"b\" { titel = \"B\", tekst = \"B.\", keuze \"z\" { tekst = \"Z\", naar = \"munt\" } }\n"
                        "criterium \"c\" { bouwsteen = \"weging\", tekst = \"X\", onderbouwing = \"O\", goed = \"G\", fout = \"F\","
                        " check = { keuze = \"x\" } }\n",
                        "munt.lua");
    const std::vector<core::Action> log = {core::make_choose("a", "x"),
                                           core::Action{"reflectie.schrijf", "", "", {{"tekst", "Wat nu?"}}, 0}};
    // A seed whose coin says 'kop' (the case ends) and one that says 'b' (it goes on).
    std::uint64_t heads = 0, tails = 0;
    for (std::uint64_t seed = 1; seed < 200 && (!heads || !tails); ++seed) {
        const auto r = core::replay(*l.scenario, l.runtime.get(), log, seed);
        REQUIRE(r.problem.empty());
        (r.state.finished() ? heads : tails) = seed;
    }
    REQUIRE(heads);
    REQUIRE(tails);
    core::Session a, b;
    a.id = "sessie-kop";
    b.id = "sessie-munt";
    a.scenario_id = b.scenario_id = "zuiver";
    a.seed = heads;
    b.seed = tails;
    a.actions = b.actions = log;
    const core::ScenarioLookup lookup = [&](const std::string& id, const core::Scenario*& sc, core::ScriptHost*& host) {
        if (id != "zuiver") return false;
        sc = l.scenario.get();
        host = l.runtime.get();
        return true;
    };
    // Each in both orders: no seed is left behind on the shared runtime.
    for (const auto& sessions : {std::vector<core::Session>{a, b}, std::vector<core::Session>{b, a}}) {
        const core::Progress p = core::compute_progress(sessions, lookup, {l.scenario.get()});
        REQUIRE(p.sessions.size() == 2);
        for (const auto& s : p.sessions) CHECK(s.finished == (s.session == "sessie-kop"));
        const auto journal = core::build_journal(sessions, lookup);
        REQUIRE(journal.size() == 2);
        for (const auto& e : journal) CHECK(e.reflection.step == (e.session == "sessie-kop" ? "a" : "b"));
        for (const auto& s : sessions) CHECK(core::replay(*l.scenario, l.runtime.get(), s).state.finished() == (s.id == "sessie-kop"));
    }
}

namespace {
// A host function that blocks the calling thread, as a busy machine does when it gives the
// core to another process: wall time passes, the script's CPU time does not.
int blocked_ms(lua_State* L) {
    std::this_thread::sleep_for(std::chrono::milliseconds(luaL_checkinteger(L, 1)));
    return 0;
}
}  // namespace

TEST_CASE("purity: time spent waiting for a core never stops a scenario function (CPU time, not wall clock)") {
    scripting::SandboxLimits limits;
    limits.cpu_ms_per_call = 40;
    scripting::Sandbox sb(limits);
    lua_State* L = sb.state();
    lua_register(L, "wacht", blocked_ms);
    REQUIRE(sb.run_text("function f() wacht(120) local n = 0 for i = 1, 20000 do n = n + i end return n end", "last.lua").ok());
    for (int i = 0; i < 2; ++i) {
        lua_getglobal(L, "f");
        const scripting::CallResult r = sb.call(0, 1);
        INFO(r.message);
        REQUIRE(r.ok());  // with the old wall clock: "tijdslimiet van 40 ms per aanroep bereikt"
        CHECK(lua_tointeger(L, -1) == 200010000);
        lua_pop(L, 1);
    }
    // Work the instruction count cannot see is still stopped by the CPU-time net.
    REQUIRE(sb.run_text("function g() local a = string.rep('x', 8000000) local b = string.rep('x', 8000000)"
                        " local n = 0 while true do if a == b then n = n + 1 end end end", "traag.lua").ok());
    lua_getglobal(L, "g");
    const scripting::CallResult slow = sb.call(0, 0);
    CHECK(slow.kind == scripting::ErrorKind::Instructions);
    CHECK(slow.message.find("rekentijd") != std::string::npos);
}

TEST_CASE("purity: validate replays the routes and names an impure or global-writing function at its line") {
    test::TempDir dir;
    const std::string head = "scenario { id = \"v\", titel = \"V\", versie = \"1\", api = 1, start = \"a\" }\n"  // line 1
                             "einde \"kop\" { titel = \"K\", tekst = \"K.\" }\n"                                  // line 2
                             "einde \"munt\" { titel = \"M\", tekst = \"M.\" }\n";                                // line 3
    const auto validate = [&](const std::string& name, const std::string& body) {
        test::spit(dir.path / name, head + body);
        return test::run_command(std::string(LWP_BINARY) + " validate " + (dir.path / name).string());
    };
    // State in an upvalue: only a second replay shows it.
    const auto upvalue = validate("boven.lua", "local n = 0\n"
                                               "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                                               "  keuze \"x\" { tekst = \"X\", naar = {\n"
                                               "    { als = function(s) n = n + 1 return n % 2 == 1 end, naar = \"kop\" }, { naar = \"munt\" } } },\n"
                                               "}\n");
    CAPTURE(upvalue.out);
    CHECK(upvalue.code == 1);
    CHECK(upvalue.out.find("boven.lua:1: fout: niet zuiver: dezelfde route twee keer naspelen geeft iets anders: route x") !=
          std::string::npos);
    // A global written by a condition: the error at the line that writes.
    const auto global = validate("teller.lua", "TELLER = 0\n"
                                               "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                                               "  keuze \"x\" { tekst = \"X\", als = function(s)\n"
                                               "    TELLER = TELLER + 1\n"  // line 7
                                               "    return true end, naar = \"kop\" },\n"
                                               "  keuze \"y\" { tekst = \"Y\", naar = \"munt\" },\n"
                                               "}\n");
    CAPTURE(global.out);
    CHECK(global.code == 1);
    CHECK(global.out.find("teller.lua:7: fout: ") != std::string::npos);
    CHECK(global.out.find("globale variabele 'TELLER' schrijven is na het laden niet toegestaan") != std::string::npos);
    // A pure case passes.
    const auto pure = validate("zuiver.lua", "stap \"a\" { titel = \"A\", tekst = \"A.\",\n"
                                             "  keuze \"x\" { tekst = \"X\", als = function(s) local n = 1 return n == 1 end, naar = \"kop\" },\n"
                                             "  keuze \"y\" { tekst = \"Y\", naar = \"munt\" },\n"
                                             "}\n");
    CAPTURE(pure.out);
    CHECK(pure.code == 0);
    CHECK(pure.out.find("niet zuiver") == std::string::npos);
}
