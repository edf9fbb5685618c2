// Nothing replays in a frame that did not change, and replaced scenario versions are freed
// (issue 25, deliverable 5; architecture review §9): the library's "afgerond/bezig" column is
// cached per session file stamp and scenario generation; hot reload keeps no retired versions.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "ui_harness.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

const std::string kCase = test::slurp(test::fixture("reload/herlaad.lua"));

struct Bench : test::AppWithCase {
    Bench() : AppWithCase("herlaad.lua", kCase) {}
    // A session with a log, saved and closed: back in the library.
    void play_one(const std::vector<core::Action>& log) {
        app.start_session(0);
        REQUIRE(app.session() != nullptr);
        for (const auto& a : log) app.sessions().perform(a);
        app.close_session();  // saves, and reads the listing again
    }
};

}  // namespace

TEST_CASE("library: recent sessions are replayed only when their file or their scenario changed") {
    Bench b;
    b.play_one({core::make_read("melding", "brief"), core::make_choose("melding", "bellen"), core::make_choose("gesprek", "plan")});
    b.play_one({core::make_read("melding", "brief")});
    REQUIRE(b.app.screen() == ui::Screen::Library);
    REQUIRE(b.app.sessions().recent().size() == 2);

    b.h.frame(b.app);
    const std::size_t first = b.app.sessions().listing_replays();
    CHECK(first == 2);  // once per session
    for (int i = 0; i < 10; ++i) b.h.frame(b.app);
    CHECK(b.app.sessions().listing_replays() == first);  // frames that changed nothing replay nothing
    bool finished = false, unfinished = false;
    for (const auto& s : b.app.sessions().recent()) (b.app.sessions().session_finished(s) ? finished : unfinished) = true;
    CHECK(finished);
    CHECK(unfinished);
    CHECK(b.app.sessions().listing_replays() == first);

    // Opening a session and closing it unchanged reads the listing again: nothing to replay.
    const core::SessionSummary again = b.app.sessions().recent().front();
    REQUIRE(b.app.open_session(again));
    b.app.close_session();
    b.h.frame(b.app);
    CHECK(b.app.sessions().listing_replays() == first);

    // A new version of the scenario: each session once more, then quiet again.
    test::save_in_editor(b.file, kCase + "\n-- bewerkt\n");
    b.app.library_service().load();
    b.h.frame(b.app);
    CHECK(b.app.sessions().listing_replays() == first + 2);
    b.h.frame(b.app);
    CHECK(b.app.sessions().listing_replays() == first + 2);
}

TEST_CASE("hot reload frees the replaced scenario version once no session holds it") {
    Bench b;
    b.app.start_session(0);
    REQUIRE(b.app.session() != nullptr);
    b.app.sessions().perform(core::make_read("melding", "brief"));
    std::weak_ptr<const core::Scenario> v1 = b.app.session()->scenario_ptr();
    b.app.author_for_run = true;
    b.app.ui.show_authoring = true;
    b.h.frame(b.app);

    test::save_in_editor(b.file, kCase + "\n-- versie 2\n");
    REQUIRE(b.app.authoring().poll_file());
    b.h.frame(b.app);
    REQUIRE(b.app.authoring().reload_status().ok);
    CHECK(v1.expired());  // no list of retired versions keeps it alive
    std::weak_ptr<const core::Scenario> v2 = b.app.session()->scenario_ptr();
    CHECK(b.app.session()->state().has_read("brief"));

    // A version held by a preview's suspended session lives until the preview ends.
    b.app.start_preview("gesprek");
    b.h.frame(b.app);
    REQUIRE(b.app.authoring().preview());
    test::save_in_editor(b.file, kCase + "\n-- versie 3\n");
    REQUIRE(b.app.authoring().poll_file());
    b.h.frame(b.app);
    CHECK(v2.expired());
    b.app.stop_preview();
    b.h.frame(b.app);
    CHECK(b.app.session()->state().has_read("brief"));
}
