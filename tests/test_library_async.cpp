// Start-up (issue 22.4): the cases load on a worker thread while the window opens. Until they are
// taken over on the main thread the library says they are loading (not "no scenarios"); then the
// cards are there, and a start that resumes the last session opens it once they arrived.
#include <doctest/doctest.h>

#include "core/store/persistence.hpp"
#include "glyphs.hpp"
#include "helpers.hpp"
#include "ui/app.hpp"
#include "ui/strings.hpp"
#include "ui_harness.hpp"

using namespace lwp;

TEST_CASE("library loaded on a worker thread: loading line first, then the cards, and the last session resumed") {
    test::Headless h;
    test::TempDir scenarios, data;
    test::spit(scenarios.path / "a.lua", test::slurp(test::fixture("scenarios/mini.lua")));
    std::string id;
    {  // a session of the case, the last one opened
        ui::App first(core::DataDir{data.path}, scenarios.path);
        first.library_service().load();
        REQUIRE(first.library().size() == 1);
        first.start_session(0);
        REQUIRE(first.session());
        id = first.session()->session().id;
        first.flush_saves();
    }
    ui::App app(core::DataDir{data.path}, scenarios.path);
    REQUIRE(app.settings().last_session == id);
    app.start_loading_library(true);
    CHECK(app.library_service().loading());
    CHECK(app.library().empty());  // not taken over before the main thread polls
    h.frame(app);
    const std::string drawn = test::drawn_text();
    CHECK(test::shows(drawn, ui::tr(ui::S::LoadingCases)));
    CHECK_FALSE(test::shows(drawn, ui::tr(ui::S::NoScenarios)));
    app.wait_for_library();
    CHECK_FALSE(app.library_service().loading());
    REQUIRE(app.library().size() == 1);
    CHECK(app.library()[0].ok());
    REQUIRE(app.session());  // resumed once the cases arrived
    CHECK(app.session()->session().id == id);
    CHECK_FALSE(app.poll_library());  // once only
}

TEST_CASE("library loaded on a worker thread without resuming: the library with its cards") {
    test::Headless h;
    test::TempDir scenarios, data;
    test::spit(scenarios.path / "a.lua", test::slurp(test::fixture("scenarios/mini.lua")));
    test::spit(scenarios.path / "b.lua", "stap \"x\" {\n");
    ui::App app(core::DataDir{data.path}, scenarios.path);
    app.start_loading_library();
    while (!app.poll_library()) h.frame(app);  // as the window's loop does
    REQUIRE(app.library().size() == 2);
    CHECK(app.library()[0].ok());
    CHECK_FALSE(app.library()[1].ok());
    CHECK_FALSE(app.session());
    h.frame(app);
    CHECK_FALSE(test::shows(test::drawn_text(), ui::tr(ui::S::LoadingCases)));
}
