// Help → Over (app/ui/about_dialog.cpp) and what it says (app/core/model/about.hpp): the version, the
// licence and the method's sources by their own titles, never by a file name.
#include <doctest/doctest.h>

#include <string>

#include "core/model/about.hpp"
#include "helpers.hpp"
#include "ui/strings.hpp"
#include "ui_harness.hpp"

using namespace lwp;

TEST_CASE("about: the method's sources are named by their own titles, with a line in each language") {
    const auto sources = core::method_sources();
    REQUIRE(sources.size() == 5);
    for (const auto& s : sources) {
        const std::string all = std::string(s.title) + " " + std::string(s.about_nl) + " " + std::string(s.about_en);
        CAPTURE(all);
        CHECK_FALSE(s.title.empty());
        CHECK_FALSE(s.about_nl.empty());
        CHECK_FALSE(s.about_en.empty());
        for (const char* never : {"seed", "METHOD", ".txt", ".md", "_"}) CHECK(all.find(never) == std::string::npos);
    }
    CHECK(sources[0].title == "Werkwijze Beter Samenspel");  // the method itself comes first
    CHECK_FALSE(core::version().empty());
    CHECK_FALSE(core::licence_id().empty());
}

TEST_CASE("about: Help → Over opens the dialog, Escape closes it") {
    test::Headless h;
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, test::fixture("scenarios"));
    app.library_service().load();
    h.frame(app);
    CHECK(test::window_named(ui::tr(ui::S::MenuAbout)) == nullptr);
    app.ui.show_about = true;
    h.frame(app);
    h.frame(app);
    ImGuiWindow* dialog = test::active_window(ui::tr(ui::S::MenuAbout));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->Size.y > ImGui::GetFontSize() * 10);  // the sources and the licence, not an empty box
    h.press(app, 256);  // Escape
    h.frame(app);
    CHECK_FALSE(app.ui.show_about);
    CHECK(test::active_window(ui::tr(ui::S::MenuAbout)) == nullptr);
}
