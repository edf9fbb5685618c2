// The action log for authors (issue 20): the guide's table of action types is generated from
// core::action_type_docs(), every documented type is one the engine applies, every analysis type
// is documented, and `play --out` writes a log that replays to the same route and ledger.
#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include "cli_run.hpp"
#include "core/fold/action_log.hpp"
#include "core/fold/analysis.hpp"
#include "core/fold/dossier.hpp"
#include "core/store/persistence.hpp"
#include "core/fold/preview.hpp"
#include "core/fold/reflection.hpp"
#include "core/assess/scoring.hpp"
#include "core/fold/workshop.hpp"
#include "helpers.hpp"

using namespace lwp;

TEST_CASE("action log: the guide's table of action types is the program's") {
    std::ifstream in(std::filesystem::path(LWP_SCENARIO_DIR) / "README.md");
    const std::string guide((std::istreambuf_iterator<char>(in)), {});
    const std::string begin = "<!-- acties -->\n", end = "<!-- /acties -->";
    const size_t at = guide.find(begin);
    REQUIRE(at != std::string::npos);
    const size_t stop = guide.find(end, at);
    REQUIRE(stop != std::string::npos);
    CHECK(guide.substr(at + begin.size(), stop - at - begin.size()) == core::action_log_markdown_table());
}

TEST_CASE("action log: every documented type is applied by the engine, every analysis type is documented, ids match") {
    std::set<std::string> documented;
    for (const auto& d : core::action_type_docs()) {
        CAPTURE(d.type);
        CHECK(documented.insert(d.type).second);
        CHECK(core::created_id_prefix(d.type) == d.creates);
    }
    for (const auto& t : core::analysis_action_types()) {
        CAPTURE(t);
        CHECK(documented.count(t));
    }
    for (const char* t : {core::action_type::Choose, core::action_type::ReadDocument, core::action_type::WorkshopStart, core::action_type::Vote,
                          core::action_type::Reveal, core::action_type::FacilitatorNote, core::action_type::AddParticipant,
                          core::action_type::DossierTagOn, core::action_type::DossierTagOff, core::action_type::PreviewJump,
                          core::action_type::PreviewSet, "reflectie.schrijf", "reflectie.wijzig"}) {
        CAPTURE(t);
        CHECK(documented.count(t));
    }
    // The engine knows each one: applying it may fail on its empty target or args, but never as an
    // unknown action.
    auto sc = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / "oefencasus.lua");
    REQUIRE(sc.ok());
    for (const auto& t : documented) {
        CAPTURE(t);
        core::SessionState st = core::initial_state(*sc.scenario);
        core::Action a;
        a.type = t;
        a.step = st.step;
        const core::ApplyResult r = core::apply(st, *sc.scenario, sc.runtime.get(), a, 0);
        CHECK(r.error.find("onbekende actie") == std::string::npos);
    }
    core::SessionState st = core::initial_state(*sc.scenario);
    core::Action unknown;
    unknown.type = "tijdlijn.verzin";
    CHECK(core::apply(st, *sc.scenario, sc.runtime.get(), unknown, 0).error.find("onbekende actie") != std::string::npos);
}

TEST_CASE("play --out writes the played route as a log that replays to the same ending and ledger, and nothing for a route that does not fit") {
    test::TempDir dir;
    const std::string base = "--scenarios " + test::q(LWP_SCENARIO_DIR) + " --data-dir " + test::q(dir.path / "data") + " play oefencasus ";
    const auto log = dir.path / "oefencasus-route.json";
    // The expert's route (documents read, boards filled) played again and recorded as a new log.
    const auto expert = std::filesystem::path(LWP_SCENARIO_DIR) / ".." / "tools" / "demo" / "oefencasus-expert.json";
    auto played = test::run(base + "--actions " + test::q(expert) + " --out " + test::q(log) + " --json");
    CHECK(played.code == 0);
    REQUIRE(std::filesystem::exists(log));
    CHECK(played.out.find("\"log_file\"") != std::string::npos);

    std::string error;
    auto bytes = core::read_file(log, error);
    REQUIRE_MESSAGE(bytes, error);
    auto session = core::session_from_json(*bytes, error);
    REQUIRE_MESSAGE(session, error);
    auto sc = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / "oefencasus.lua");
    REQUIRE(sc.ok());
    auto replayed = core::replay(*sc.scenario, sc.runtime.get(), *session);
    REQUIRE_MESSAGE(replayed.problem.empty(), replayed.problem);
    CHECK(replayed.state.finished());
    CHECK(replayed.state.analysis.timeline.entries.size() > 0);  // the boards came along
    std::string expert_error;
    auto expert_session = core::session_from_json(*core::read_file(expert, expert_error), expert_error);
    REQUIRE(expert_session);
    CHECK(session->actions.size() == expert_session->actions.size());
    auto again = test::run(base + "--actions " + test::q(log) + " --json");
    CHECK(again.code == 0);
    const auto criteria = [](const std::string& json) { return json.substr(json.find("\"criteria\"")); };
    CHECK(criteria(again.out) == criteria(played.out));

    const auto bad = dir.path / "half.json";
    auto half = test::run(base + "--choose bestaat_niet --out " + test::q(bad));
    CHECK(half.code == 1);
    CHECK(half.out.find("niet geschreven") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(bad));
}
