// Reflections: points in the DSL, writing and editing with history, the journal across sessions.
#include <doctest/doctest.h>

#include "core/session/controller.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
core::JournalFilter filter(std::string core::JournalFilter::*field, std::string value) {
    core::JournalFilter f;
    f.*field = std::move(value);
    return f;
}

core::Action write(const std::string& step, std::map<std::string, std::string> args) {
    return core::Action{"reflectie.schrijf", step, "", std::move(args), 1700000000};
}
}  // namespace

TEST_CASE("reflection points load and become due at their moment") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    REQUIRE(s.scenario->reflection_points.size() == 2);
    CHECK(s.scenario->reflection_points[0].after_choice == "praten");
    CHECK(s.scenario->reflection_points[0].with_family);
    core::Session session;
    session.id = "r";
    session.scenario_id = "mini";
    core::SessionController ctl(s.scenario, s.runtime.get(), session);
    CHECK(ctl.state().reflection_due.empty());
    REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);
    CHECK(ctl.state().reflection_due == std::vector<std::string>{"na_begin"});

    auto bad = scripting::load_scenario_source(
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n"
        "reflectie \"x\" { stap = \"a\", na_keuze = \"k\" }\n"
        "reflectie \"y\" { na_keuze = \"bestaat_niet\" }\n",
        "r.lua");
    std::string all;
    for (const auto& d : bad.diagnostics) all += d.str() + "\n";
    CHECK(all.find("r.lua:4: fout: reflectie 'x' hoort bij precies één moment") != std::string::npos);
    CHECK(all.find("r.lua:5: fout: reflectie 'y' noemt onbekende keuze 'bestaat_niet'") != std::string::npos);
}

TEST_CASE("a reflection is stored with what it is about, and edits keep the history") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    core::Session session;
    session.id = "r";
    session.scenario_id = "mini";
    core::SessionController ctl(s.scenario, s.runtime.get(), session);
    REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);
    REQUIRE(ctl.perform(write("vervolg", {{"tekst", "Ik twijfelde."}, {"dimensie", "persoonlijk"}, {"niveau", "goed"}, {"punt", "na_begin"}})).ok);
    CHECK_FALSE(ctl.perform(write("vervolg", {{"tekst", "x"}, {"dimensie", "emotioneel"}})).ok);
    CHECK_FALSE(ctl.perform(write("vervolg", {{"dimensie", "normatief"}})).ok);  // no text
    REQUIRE(ctl.state().reflections.size() == 1);
    const core::Reflection& r = ctl.state().reflections[0];
    CHECK(r.id == "r1");
    CHECK(r.step == "vervolg");
    CHECK(r.after_choice == "praten");
    CHECK(r.date.iso() == "2024-03");
    CHECK(r.action == 1);
    CHECK(ctl.state().reflection_due.empty());  // answered
    REQUIRE(ctl.perform(core::Action{"reflectie.wijzig", "vervolg", "r1", {{"tekst", "Ik twijfelde, maar koos bewust."}}, 0}).ok);
    const core::Reflection& edited = ctl.state().reflections[0];
    CHECK(edited.versions.size() == 2);
    CHECK(edited.versions[0] == "Ik twijfelde.");
    CHECK(edited.text() == "Ik twijfelde, maar koos bewust.");
    // Replay keeps them linked to the same step and choice.
    auto replayed = core::replay(*s.scenario, s.runtime.get(), ctl.session().actions);
    REQUIRE(replayed.state.reflections.size() == 1);
    CHECK(replayed.state.reflections[0].after_choice == "praten");
    CHECK(replayed.state.reflections[0].versions.size() == 2);
}

TEST_CASE("the journal gathers reflections across sessions and filters them") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    core::Session a, b;
    a.id = "a";
    b.id = "b";
    a.scenario_id = b.scenario_id = "mini";
    a.actions = {core::make_choose("begin", "praten"), write("vervolg", {{"tekst", "Goed gesprek met Cas."}, {"dimensie", "technisch_instrumenteel"}, {"punt", "na_begin"}})};
    b.actions = {core::make_choose("begin", "wachten"), write("crisis", {{"tekst", "Te lang GEWACHT."}, {"niveau", "goede_reden"}})};
    b.actions[1].at = 1800000000;  // newer
    core::Session other = a;
    other.id = "onbekend";
    other.scenario_id = "bestaat_niet";
    auto lookup = [&](const std::string& id, const core::Scenario*& sc, core::ScriptHost*& host) {
        if (id != "mini") return false;
        sc = s.scenario.get();
        host = s.runtime.get();
        return true;
    };
    auto journal = core::build_journal({a, b, other}, lookup);
    REQUIRE(journal.size() == 2);
    CHECK(journal[0].session == "b");  // newest first
    CHECK(journal[1].building_blocks == std::vector<std::string>{"gesprekken_kinderen"});  // from the point
    CHECK(journal[0].building_blocks == s.scenario->meta.building_blocks);                 // free reflection
    CHECK(core::filter_journal(journal, filter(&core::JournalFilter::search, "gewacht")).size() == 1);
    CHECK(core::filter_journal(journal, filter(&core::JournalFilter::dimension, "technisch_instrumenteel")).size() == 1);
    CHECK(core::filter_journal(journal, filter(&core::JournalFilter::level, "goede_reden")).at(0)->session == "b");
    CHECK(core::filter_journal(journal, filter(&core::JournalFilter::building_block, "gesprekken_kinderen")).at(0)->session == "a");
    CHECK(core::filter_journal(journal, filter(&core::JournalFilter::building_block, "tijdlijn")).at(0)->session == "b");
    CHECK(core::filter_journal(journal, filter(&core::JournalFilter::scenario, "andere")).empty());
}
