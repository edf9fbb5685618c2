// The session index (issue 22, deliverable 3): summaries beside the sessions, rebuilt when an
// entry is missing or stale, a damaged index kept aside and rebuilt, old saves summarised, and
// "Mijn voortgang" from the index equal to the progress computed by replaying every session.
#include <doctest/doctest.h>

#include "core/model/about.hpp"
#include "core/store/session_index.hpp"
#include "helpers.hpp"
#include "ui_harness.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

const std::string kCase = test::slurp(test::fixture("reload/herlaad.lua"));

struct Saved : test::AppWithCase {
    Saved() : AppWithCase("herlaad.lua", kCase) {}
    void play(const std::vector<core::Action>& log) {
        app.start_session(0);
        REQUIRE(app.session() != nullptr);
        for (const auto& a : log) app.sessions().perform(a);
        app.close_session();  // saves, and reads the list again
    }
    core::DataDir dir() const { return core::DataDir{data.path}; }
    core::ScenarioLookup lookup() {
        return [this](const std::string& id, const core::Scenario*& sc, core::ScriptHost*& host) {
            const auto* e = app.find_scenario(id);
            if (!e) return false;
            sc = e->scenario.get();
            host = e->runtime.get();
            return true;
        };
    }
};

void play_three(Saved& s) {
    s.play({core::make_read("melding", "brief"), core::make_choose("melding", "bellen"), core::make_choose("gesprek", "plan")});
    s.play({core::make_read("melding", "brief")});
    s.play({core::make_choose("melding", "bellen")});
}

}  // namespace

TEST_CASE("session index: written beside the sessions, read again without replaying") {
    Saved s;
    play_three(s);
    const fs::path index = core::session_index_file(s.dir());
    REQUIRE(fs::exists(index));
    const auto again = core::refresh_session_index(s.dir(), s.lookup());
    CHECK(again.summarised == 0);
    CHECK_FALSE(again.written);
    CHECK(again.sessions.size() == 3);
    CHECK(again.problems.empty());
}

TEST_CASE("session index: a missing index and a stale entry are rebuilt") {
    Saved s;
    play_three(s);
    const fs::path index = core::session_index_file(s.dir());
    fs::remove(index);
    auto r = core::refresh_session_index(s.dir(), s.lookup());
    CHECK(r.summarised == 3);
    CHECK(r.written);
    CHECK(fs::exists(index));
    // One session changes on disk (size and mtime): only that one is summarised again.
    const core::SessionSummary victim = r.sessions.back();
    core::LoadedSession loaded = core::load_session(s.dir().sessions() / victim.file, s.dir().damaged());
    REQUIRE(loaded.session);
    loaded.session->actions.push_back(core::make_read("melding", "brief"));
    std::string error;
    REQUIRE(core::save_session(s.dir().sessions() / victim.file, *loaded.session, error));
    r = core::refresh_session_index(s.dir(), s.lookup());
    CHECK(r.summarised == 1);
    bool found = false;
    for (const auto& e : r.sessions)
        if (e.file == victim.file) {
            found = true;
            CHECK(e.actions == victim.actions + 1);
        }
    CHECK(found);
    // A session file removed: its entry is dropped.
    fs::remove(s.dir().sessions() / victim.file);
    r = core::refresh_session_index(s.dir(), s.lookup());
    CHECK(r.summarised == 0);
    CHECK(r.written);
    CHECK(r.sessions.size() == 2);
}

TEST_CASE("session index: a damaged index is kept aside and rebuilt, no session lost") {
    Saved s;
    play_three(s);
    const fs::path index = core::session_index_file(s.dir());
    for (const std::string& bad : {std::string("{\"leerwerkplaats_sessie_index\": {\"program\": 3"), std::string("niet eens json"),
                                  std::string("{\"leerwerkplaats_sessie_index\":{\"cereal_class_version\":1,\"program\":\"x\",\"sessions\":[{\"file\":\"../x\"}]}}")}) {
        test::spit(index, bad);
        const auto r = core::refresh_session_index(s.dir(), s.lookup());
        CHECK(r.sessions.size() == 3);
        CHECK(r.summarised == 3);
        CHECK_FALSE(r.index_error.empty());
        REQUIRE_FALSE(r.index_moved_to.empty());
        CHECK(test::slurp(r.index_moved_to) == bad);  // kept as it was
        CHECK(r.written);
        CHECK(core::refresh_session_index(s.dir(), s.lookup()).summarised == 0);  // the rebuilt index is good
    }
    // The app says so (not as an error) and lists every session.
    test::spit(index, "kapot");
    s.app.library_service().load();
    CHECK(s.app.sessions().recent().size() == 3);
    REQUIRE_FALSE(s.app.notices().empty());
    CHECK_FALSE(s.app.notices().back().error);
}

TEST_CASE("session index: written by another program version, every entry is summarised again") {
    Saved s;
    play_three(s);
    const fs::path index = core::session_index_file(s.dir());
    std::string text = test::slurp(index);
    const std::string now = "\"" + std::string(core::version()) + "\"";
    REQUIRE(text.find(now, text.find("\"program\"")) != std::string::npos);
    text.replace(text.find(now, text.find("\"program\"")), now.size(), "\"0.0.1\"");
    test::spit(index, text);
    const auto r = core::refresh_session_index(s.dir(), s.lookup());
    CHECK(r.summarised == 3);
    CHECK(r.index_moved_to.empty());
    CHECK(test::slurp(index).find(now) != std::string::npos);
}

TEST_CASE("session index: a case edited since, its sessions are summarised again") {
    Saved s;
    play_three(s);
    test::save_in_editor(s.file, kCase + "\n-- bewerkt\n");
    const std::size_t before = s.app.sessions().listing_replays();
    s.app.library_service().load();
    CHECK(s.app.sessions().listing_replays() == before + 3);
}

TEST_CASE("session index: a session saved by an older version (save format 1) is summarised like a replay") {
    test::TempDir scenarios, data;
    fs::copy_file(test::fixture("scenarios/mini.lua"), scenarios.path / "mini.lua");
    ui::App app(core::DataDir{data.path}, scenarios.path);
    app.library_service().load();
    REQUIRE(app.find_scenario("mini"));
    const core::DataDir dir{data.path};
    fs::copy_file(test::fixture("saves/session-v1.json"), dir.sessions() / "mini-20240301-120000-ab12.json");
    app.library_service().load();
    REQUIRE(app.sessions().recent().size() == 1);
    const core::SessionSummary& sum = app.sessions().recent().front();
    CHECK(sum.id == "mini-20240301-120000-ab12");
    CHECK(sum.replayed);
    const auto listing = core::list_sessions(dir);
    REQUIRE(listing.sessions.size() == 1);
    const auto* e = app.find_scenario("mini");
    const core::ReplayResult r = core::replay(*e->scenario, e->runtime.get(), listing.sessions[0]);
    CHECK(sum.finished == r.state.finished());
    CHECK(sum.actions == listing.sessions[0].actions.size());
    CHECK(sum.created == listing.sessions[0].created);
    CHECK(app.open_session(sum));
}

TEST_CASE("Mijn voortgang from the index shows the same figures as replaying every session") {
    Saved s;
    play_three(s);
    s.play({core::make_choose("melding", "bellen"), core::make_choose("gesprek", "plan")});
    const auto listing = core::list_sessions(s.dir());
    REQUIRE(listing.sessions.size() == 4);
    std::vector<const core::Scenario*> catalogue;
    for (const auto& e : s.app.library())
        if (e.ok()) catalogue.push_back(e.scenario.get());
    const core::Progress before = core::compute_progress(listing.sessions, s.lookup(), catalogue);
    REQUIRE_FALSE(before.sessions.empty());
    // A fresh app over the same folder: progress from the index it reads.
    ui::App fresh(s.dir(), s.scenarios.path);
    fresh.library_service().load();
    const std::size_t replays = fresh.sessions().listing_replays();
    CHECK(replays == 0);  // everything came from the index
    const core::Progress& after = fresh.sessions().progress();
    CHECK(fresh.sessions().listing_replays() == replays);
    REQUIRE(after.sessions.size() == before.sessions.size());
    for (std::size_t i = 0; i < before.sessions.size(); ++i) {
        CHECK(after.sessions[i].session == before.sessions[i].session);
        CHECK(after.sessions[i].finished == before.sessions[i].finished);
        CHECK(after.sessions[i].total == doctest::Approx(before.sessions[i].total).epsilon(1e-12));
        REQUIRE(after.sessions[i].blocks.size() == before.sessions[i].blocks.size());
        for (std::size_t b = 0; b < before.sessions[i].blocks.size(); ++b) {
            CHECK(after.sessions[i].blocks[b].block == before.sessions[i].blocks[b].block);
            CHECK(after.sessions[i].blocks[b].earned == doctest::Approx(before.sessions[i].blocks[b].earned).epsilon(1e-12));
            CHECK(after.sessions[i].blocks[b].max == doctest::Approx(before.sessions[i].blocks[b].max).epsilon(1e-12));
            CHECK(after.sessions[i].blocks[b].met == before.sessions[i].blocks[b].met);
            CHECK(after.sessions[i].blocks[b].missed == before.sessions[i].blocks[b].missed);
        }
    }
    CHECK(after.recent == before.recent);
    CHECK(after.weakest_block == before.weakest_block);
    CHECK(after.suggested_scenario == before.suggested_scenario);
}
