// The session engine: the fold, replay, undo/redo, rewind with forks, conditions and routes.
#include <doctest/doctest.h>

#include "core/session/controller.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
struct Fixture {
    scripting::LoadedScenario loaded = test::load_fixture("mini.lua");
    core::Session session() const {
        core::Session s;
        s.id = "test";
        s.scenario_id = "mini";
        return s;
    }
};
}  // namespace

TEST_CASE("the fixture scenario loads cleanly") {
    Fixture f;
    for (const auto& d : f.loaded.diagnostics) MESSAGE(d.str());
    REQUIRE(f.loaded.ok());
    // The fixture is Dutch with one English title: the loader names each text without English
    // (tests/test_loader.cpp); nothing else.
    for (const auto& d : f.loaded.diagnostics) CHECK_MESSAGE(d.message.rfind("geen Engelse tekst voor '", 0) == 0, d.str());
}

TEST_CASE("initial state enters the start step and reveals its documents and facts") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::SessionState st = core::initial_state(*f.loaded.scenario);
    CHECK(st.step == "begin");
    CHECK(st.path == std::vector<std::string>{"begin"});
    CHECK(st.documents_available == std::vector<std::string>{"melding"});
    CHECK(st.knows_fact("f_melding"));
    CHECK_FALSE(st.knows_fact("f_laat"));
    CHECK(st.vars.at("veiligheid") == 5);
}

TEST_CASE("reading a document reveals its facts and unlocks a conditional choice") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
    auto ids = [&] {
        std::vector<std::string> out;
        for (const auto* c : ctl.choices()) out.push_back(c->id);
        return out;
    };
    CHECK(ids() == std::vector<std::string>{"praten", "wachten"});
    CHECK_FALSE(ctl.perform(core::make_choose("begin", "na_lezen")).ok);
    REQUIRE(ctl.perform(core::make_read("begin", "melding")).ok);
    CHECK(ctl.state().knows_fact("f_laat"));
    CHECK(ids() == std::vector<std::string>{"praten", "wachten", "na_lezen"});
    CHECK_FALSE(ctl.perform(core::make_read("begin", "onbekend")).ok);
}

TEST_CASE("choices apply effects (clamped), reveal facts and follow the first matching route") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    SUBCASE("effect raises the variable and the plain route is taken") {
        core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
        REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);
        CHECK(ctl.state().vars.at("veiligheid") == 7);
        CHECK(ctl.state().step == "vervolg");
        CHECK(ctl.state().knows_fact("f_oma"));
        CHECK(ctl.state().knows_fact("f_hulp"));  // revealed on entering 'vervolg'
        CHECK(ctl.state().last_feedback_choice == "praten");
    }
    SUBCASE("an effect that drops safety to 1 takes the conditional route to the crisis step") {
        core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
        REQUIRE(ctl.perform(core::make_choose("begin", "wachten")).ok);
        CHECK(ctl.state().vars.at("veiligheid") == 1);
        CHECK(ctl.state().step == "crisis");
    }
    SUBCASE("a choice from another step is refused and changes nothing") {
        core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
        auto r = ctl.perform(core::make_choose("vervolg", "plan"));
        CHECK_FALSE(r.ok);
        CHECK(r.error.find("vervolg") != std::string::npos);
        CHECK(ctl.session().actions.empty());
        CHECK(ctl.state().step == "begin");
    }
}

TEST_CASE("a Lua function condition sees the session read-only") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
    REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);  // veiligheid 7
    auto has = [&](const std::string& id) {
        for (const auto* c : ctl.choices())
            if (c->id == id) return true;
        return false;
    };
    CHECK(has("geluk"));
    CHECK(f.loaded.runtime->take_errors().empty());
}

TEST_CASE("reaching an ending finishes the session") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
    REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);
    REQUIRE(ctl.perform(core::make_choose("vervolg", "plan")).ok);
    CHECK(ctl.state().finished());
    CHECK(ctl.state().ending == "goed");
    CHECK(ctl.choices().empty());
    CHECK_FALSE(ctl.perform(core::make_choose("vervolg", "plan")).ok);
}

TEST_CASE("replaying the log gives exactly the live state") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
    REQUIRE(ctl.perform(core::make_read("begin", "melding")).ok);
    REQUIRE(ctl.perform(core::make_choose("begin", "wachten")).ok);
    REQUIRE(ctl.perform(core::make_choose("crisis", "ingrijpen")).ok);
    core::ReplayResult r = core::replay(*f.loaded.scenario, f.loaded.runtime.get(), ctl.session().actions);
    CHECK(r.problem.empty());
    CHECK(r.applied == 3);
    CHECK(r.state.path == ctl.state().path);
    CHECK(r.state.vars == ctl.state().vars);
    CHECK(r.state.ending == ctl.state().ending);
    CHECK(r.state.documents_read == ctl.state().documents_read);
    CHECK(r.state.facts.size() == ctl.state().facts.size());
    CHECK(r.state.choices.size() == ctl.state().choices.size());
}

TEST_CASE("undo and redo") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    int persisted = 0;
    core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session(),
                                [&](const core::Session&) { ++persisted; });
    REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);
    CHECK(persisted == 1);
    ctl.undo();
    CHECK(ctl.state().step == "begin");
    CHECK(ctl.state().vars.at("veiligheid") == 5);
    CHECK(ctl.can_redo());
    ctl.redo();
    CHECK(ctl.state().step == "vervolg");
    CHECK(persisted == 3);
    ctl.undo();
    REQUIRE(ctl.perform(core::make_choose("begin", "wachten")).ok);
    CHECK_FALSE(ctl.can_redo());  // a new action ends the redo chain
}

TEST_CASE("rewinding to an earlier decision keeps the abandoned route as a fork that can be reopened") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), f.session());
    REQUIRE(ctl.perform(core::make_choose("begin", "wachten")).ok);
    REQUIRE(ctl.perform(core::make_choose("crisis", "ingrijpen")).ok);
    REQUIRE(ctl.state().ending == "matig");

    ctl.rewind_to_choice(0);
    CHECK(ctl.state().step == "begin");
    CHECK(ctl.session().actions.empty());
    REQUIRE(ctl.session().forks.size() == 1);
    CHECK(ctl.session().forks[0].actions.size() == 2);
    CHECK(ctl.session().forks[0].label.find("Wacht af.") != std::string::npos);

    REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);
    ctl.open_fork(0);
    CHECK(ctl.state().ending == "matig");
    REQUIRE(ctl.session().forks.size() == 1);  // the route we left is now the fork
    CHECK(ctl.session().forks[0].actions.size() == 1);
    CHECK(ctl.session().forks[0].actions[0].target == "praten");
}

TEST_CASE("a saved log that no longer fits the scenario is kept as a fork, not dropped") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::Session s = f.session();
    s.actions.push_back(core::make_choose("begin", "praten"));
    s.actions.push_back(core::make_choose("vervolg", "bestaat_niet_meer"));
    core::SessionController ctl(f.loaded.scenario, f.loaded.runtime.get(), s);
    CHECK(ctl.replay_problem().find("bestaat_niet_meer") != std::string::npos);
    CHECK(ctl.session().actions.size() == 1);
    REQUIRE(ctl.session().forks.size() == 1);
    CHECK(ctl.session().forks[0].actions.size() == 2);
    CHECK(ctl.state().step == "vervolg");
}
