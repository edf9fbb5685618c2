// The persons board in headless frames: the practice family, a person selected and marked, a
// role field committed once, ties added (form and drag) and removed, and a 30-person family.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "glyphs.hpp"
#include "helpers.hpp"
#include "ui/strings.hpp"
#include "stress_cases.hpp"
#include "ui_fixture.hpp"
#include "ui_harness.hpp"

using namespace lwp;
using test::board_action;
using test::library_index;

namespace {

struct PracticeCase {
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, LWP_SCENARIO_DIR};
    PracticeCase() {
        app.library_service().load();
        app.start_session(library_index(app, "oefencasus"));
        REQUIRE(app.session());
        app.ui.select_tab = "personen";
    }
    void ok(core::Action a) { test::perform_ok(app, std::move(a)); }
    void fill() {
        ok(board_action("personen.notitie", "ria", {{"steun", "2"}, {"rol", "haalt Noor twee middagen op"}}));
        ok(board_action("personen.notitie", "ronald", {{"steun", "-1"}, {"rol", "geen contact sinds zomer 2023"}}));
        ok(board_action("personen.band", "", {{"a", "sanne"}, {"b", "ria"}, {"soort", "steun"}}));
        ok(board_action("personen.band", "", {{"a", "sanne"}, {"b", "ronald"}, {"soort", "conflict"}}));
        ok(board_action("personen.band", "", {{"a", "milan"}, {"b", "hanneke"}, {"soort", "contact"}}));
    }
    size_t actions() { return app.session()->session().actions.size(); }
    const core::Action& last() { return app.session()->session().actions.back(); }
};

// A click on the app as it is (the harness's click(app, pos) draws the app inside a full-screen
// test window, which then takes the click itself).
void click(test::Headless& h, ui::App& app, ImVec2 pos) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pos;
    h.frame(app);
    io.MouseDown[0] = true;
    h.frame(app);
    io.MouseDown[0] = false;
    h.frame(app);
}

ImGuiID item_id(ImGuiWindow* window, const char* label, const char* scope = nullptr) {
    const ImGuiID seed = scope ? ImHashStr(scope, 0, window->ID) : window->ID;
    return ImHashStr(label, 0, seed);
}

ImGuiID item_id_int(ImGuiWindow* window, const char* label, int scope) {
    return ImHashStr(label, 0, ImHashData(&scope, sizeof scope, window->ID));
}

ImVec2 hover_find(test::Headless& h, ui::App& app, ImGuiWindow* window, ImGuiID id, float step = 8) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImRect r = window->InnerRect;
    for (float y = r.Min.y + 2; y < r.Max.y; y += step)
        for (float x = r.Min.x + 6; x < r.Max.x; x += step * 3) {
            ImGui::GetIO().MousePos = ImVec2(x, y);
            h.frame(app);
            if (g.HoveredId == id) return ImVec2(x, y);
        }
    return ImVec2(NAN, NAN);
}

// Draws the board, finds the person's symbol on the canvas and clicks it: the panel shows them.
void open_person(test::Headless& h, ui::App& app, const char* id) {
    for (int i = 0; i < 4; ++i) h.frame(app);
    ImGuiWindow* canvas = test::window_named("##personen_canvas");
    REQUIRE(canvas);
    const ImVec2 at = hover_find(h, app, canvas, item_id(canvas, "##persoon", id), 10);
    REQUIRE_FALSE(std::isnan(at.x));
    click(h, app, at);
    h.frame(app);
}

ImGuiWindow* open_popup() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->Active && std::string(w->Name).rfind("##Popup_", 0) == 0) return w;
    return nullptr;
}

}  // namespace

TEST_CASE("persons board: the practice family with notes and ties draws, in Dutch and English") {
    test::Headless h;
    PracticeCase c;
    c.fill();
    for (int i = 0; i < 4; ++i) h.frame(c.app);
    ImGuiWindow* canvas = test::window_named("##personen_canvas");
    REQUIRE(canvas);
    CHECK(canvas->Size.x > 400);
    // Six persons fit without scrolling on a laptop screen.
    CHECK(canvas->ScrollMax.x <= 1.0f);
    CHECK(test::window_named("##personen_paneel"));
    c.app.set_language(core::Lang::En);
    h.frame(c.app);
    c.app.set_language(core::Lang::Nl);
    h.frame(c.app);
    CHECK(c.app.notices().empty());
}

TEST_CASE("persons board: clicking a person opens the notes — support, role and ties become actions") {
    test::Headless h;
    PracticeCase c;
    open_person(h, c.app, "hanneke");
    ImGuiWindow* panel = test::window_named("##personen_paneel");
    REQUIRE(panel);

    SUBCASE("support +1 is one action") {
        const size_t before = c.actions();
        const ImVec2 plus = hover_find(h, c.app, panel, item_id_int(panel, "+1", 1), 5);
        REQUIRE_FALSE(std::isnan(plus.x));
        click(h, c.app, plus);
        REQUIRE(c.actions() == before + 1);
        CHECK(c.last().type == "personen.notitie");
        CHECK(c.last().target == "hanneke");
        CHECK(c.last().args.at("steun") == "1");
        CHECK(c.app.session()->state().analysis.persons.notes.at("hanneke").support == 1);
        // Pressing the chosen level again changes nothing.
        click(h, c.app, plus);
        CHECK(c.actions() == before + 1);
    }
    SUBCASE("the role field commits once, when it is left") {
        const ImVec2 field = hover_find(h, c.app, panel, item_id(panel, "##rol"), 5);
        REQUIRE_FALSE(std::isnan(field.x));
        click(h, c.app, field);
        const size_t before = c.actions();
        for (const char* part : {"Milan ", "ontbijt ", "soms bij haar"}) {
            ImGui::GetIO().AddInputCharactersUTF8(part);
            h.frame(c.app);
        }
        CHECK(c.actions() == before);
        h.press(c.app, 257);  // Enter leaves the field
        h.frame(c.app);
        REQUIRE(c.actions() == before + 1);
        CHECK(c.last().type == "personen.notitie");
        CHECK(c.last().target == "hanneke");
        CHECK(c.last().args.at("rol") == "Milan ontbijt soms bij haar");
        CHECK(c.last().args.count("steun") == 0);  // only what changed
        h.frame(c.app);
        CHECK(c.actions() == before + 1);
    }
    SUBCASE("a tie from the form, removed again with its button") {
        const size_t before = c.actions();
        const ImVec2 add = hover_find(h, c.app, panel, item_id(panel, ui::tr(ui::S::PsAddTie)), 5);
        REQUIRE_FALSE(std::isnan(add.x));
        click(h, c.app, add);
        REQUIRE(c.actions() == before + 1);
        CHECK(c.last().type == "personen.band");
        CHECK(c.last().args.at("a") == "hanneke");
        CHECK(c.last().args.at("b") == "ria");  // the first other person
        CHECK(c.last().args.at("soort") == "steun");
        const auto& ties = c.app.session()->state().analysis.persons.ties;
        REQUIRE(ties.size() == 1);
        const std::string tie = ties[0].id;
        h.frame(c.app);
        const ImVec2 remove = hover_find(h, c.app, panel, item_id(panel, "✕", tie.c_str()), 5);
        REQUIRE_FALSE(std::isnan(remove.x));
        click(h, c.app, remove);
        REQUIRE(c.actions() == before + 2);
        CHECK(c.last().type == "personen.band_weg");
        CHECK(c.last().target == tie);
        CHECK(c.app.session()->state().analysis.persons.ties.empty());
    }
}

TEST_CASE("persons board: dragging one person onto another asks the kind of tie") {
    test::Headless h;
    PracticeCase c;
    for (int i = 0; i < 4; ++i) h.frame(c.app);
    ImGuiWindow* canvas = test::window_named("##personen_canvas");
    REQUIRE(canvas);
    const ImVec2 from = hover_find(h, c.app, canvas, item_id(canvas, "##persoon", "sanne"), 10);
    const ImVec2 to = hover_find(h, c.app, canvas, item_id(canvas, "##persoon", "ronald"), 10);
    REQUIRE_FALSE(std::isnan(from.x));
    REQUIRE_FALSE(std::isnan(to.x));
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    h.frame(c.app);
    io.MouseDown[0] = true;
    h.frame(c.app);
    io.MousePos = ImVec2(from.x + 20, from.y + 20);
    h.frame(c.app);
    io.MousePos = to;
    h.frame(c.app);
    h.frame(c.app);
    io.MouseDown[0] = false;
    h.frame(c.app);
    h.frame(c.app);
    const size_t before = c.actions();
    ImGuiWindow* popup = open_popup();
    REQUIRE(popup);
    const core::Term* conflict = core::find_term(core::tie_kinds(), "conflict");
    const ImVec2 pick = hover_find(h, c.app, popup, item_id(popup, conflict->nl.data()), 4);
    REQUIRE_FALSE(std::isnan(pick.x));
    click(h, c.app, pick);
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "personen.band");
    CHECK(c.last().args.at("a") == "sanne");
    CHECK(c.last().args.at("b") == "ronald");
    CHECK(c.last().args.at("soort") == "conflict");
    // A plain click (no drag) selects, it does not ask for a tie.
    click(h, c.app, from);
    h.frame(c.app);
    CHECK(c.actions() == before + 1);
}

TEST_CASE("persons board: a family of 30 with notes and ties draws and scales") {
    // The generated family and its notes and ties are shared with make bench (tests/stress_cases.hpp).
    const std::vector<std::string> ids = test::stress::family_ids();
    REQUIRE(ids.size() == 30);
    test::TempDir dir, data;
    test::spit(dir.path / "familie.lua", test::stress::family_lua());
    test::Headless h;
    ui::App app(core::DataDir{data.path}, dir.path);
    app.library_service().load();
    REQUIRE(app.library().size() == 1);
    INFO((app.library()[0].diagnostics.empty() ? std::string() : app.library()[0].diagnostics[0].str()));
    REQUIRE(app.library()[0].ok());
    app.start_session(0);
    REQUIRE(app.session());
    REQUIRE(test::stress::fill_family(*app.session()) == "");
    app.ui.select_tab = "personen";
    for (int i = 0; i < 4; ++i) h.frame(app);
    ImGuiWindow* canvas = test::window_named("##personen_canvas");
    REQUIRE(canvas);
    // Too wide for the canvas even scaled down: it scrolls sideways rather than shrinking past reading size.
    CHECK(canvas->ScrollMax.x > 0);
    // Every person can be found and selected, the last network member too.
    ImGui::SetScrollX(canvas, canvas->ScrollMax.x);
    h.frame(app);
    h.frame(app);
    const ImVec2 at = hover_find(h, app, canvas, item_id(canvas, "##persoon", "buur"), 12);
    REQUIRE_FALSE(std::isnan(at.x));
    click(h, app, at);
    h.frame(app);
    CHECK(app.notices().empty());
}

TEST_CASE("persons board: the trainee adds an own person, ties them in, renames and removes them") {
    // Core: the actions, their checks, and what removing takes along.
    PracticeCase c;
    const size_t before = c.actions();
    c.ok(board_action("personen.nieuw", "", {{"naam", "Kees"}, {"rol", "buurman"}, {"geslacht", "m"}, {"huishouden", "0"}}));
    const auto& own = c.app.session()->state().analysis.persons.own;
    REQUIRE(own.size() == 1);
    const std::string id = own[0].id;
    CHECK(id.rfind('n', 0) == 0);
    CHECK(own[0].name == "Kees");
    c.ok(board_action("personen.band", "", {{"a", "milan"}, {"b", id}, {"soort", "steun"}}));
    c.ok(board_action("personen.notitie", id, {{"steun", "1"}, {"rol", "brengt Milan soms naar school"}}));
    c.ok(board_action("personen.wijzig", id, {{"naam", "Kees de buurman"}}));
    CHECK(c.app.session()->state().analysis.persons.own[0].name == "Kees de buurman");
    // A case person keeps its name; a nameless person is refused; neither changes anything.
    CHECK_FALSE(c.app.session()->perform(board_action("personen.wijzig", "ria", {{"naam", "Rita"}})).ok);
    CHECK_FALSE(c.app.session()->perform(board_action("personen.nieuw", "", {{"naam", "  "}})).ok);
    CHECK(c.actions() == before + 4);
    // On the board: in the genogram with the case's persons, marked as the trainee's own.
    test::Headless h;
    for (int i = 0; i < 4; ++i) h.frame(c.app);
    ImGuiWindow* canvas = test::window_named("##personen_canvas");
    REQUIRE(canvas);
    const ImVec2 at = hover_find(h, c.app, canvas, item_id(canvas, "##persoon", id.c_str()), 10);
    REQUIRE_FALSE(std::isnan(at.x));
    std::string drawn;
    test::for_each_glyph([&](const test::DrawnGlyph& g) { test::append_utf8(drawn, g.codepoint); });
    CHECK(drawn.find("Keesdebuurman") != std::string::npos);  // glyphs only: no spaces
    CHECK(drawn.find(std::string(ui::tr(ui::S::PsOwnShort)) + ":buur") != std::string::npos);  // under the name, in the canvas
    // Removing takes the tie and the note along; the log replays to the same state.
    c.ok(board_action("personen.weg", id));
    CHECK(c.app.session()->state().analysis.persons.own.empty());
    CHECK(c.app.session()->state().analysis.persons.ties.empty());
    CHECK_FALSE(c.app.session()->state().analysis.persons.notes.count(id));
}

TEST_CASE("persons board: the add-person form makes one action, Enter in the name adds") {
    test::Headless h;
    PracticeCase c;
    for (int i = 0; i < 4; ++i) h.frame(c.app);
    ImGuiWindow* panel = test::window_named("##personen_paneel");
    REQUIRE(panel);
    const ImGuiID id = item_id(panel, "##nieuwe_naam");
    auto r = test::locate(panel, id, [&] { h.frame(c.app); });
    REQUIRE(r);
    if (!test::in_view(panel, *r)) {
        test::scroll_to(panel, *r);
        h.frame(c.app);
        r = test::locate(panel, id, [&] { h.frame(c.app); });
        REQUIRE(r);
    }
    click(h, c.app, r->GetCenter());
    const size_t before = c.actions();
    test::type("Yasmin", [&] { h.frame(c.app); });
    h.press(c.app, 257);  // Enter
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "personen.nieuw");
    CHECK(c.last().args.at("naam") == "Yasmin");
    REQUIRE(c.app.session()->state().analysis.persons.own.size() == 1);
    CHECK(c.app.session()->state().analysis.persons.own[0].gender == 'x');
}

// The board's state lives in the App's board, per session (ui::PerSession): a person selected in
// one session is not selected in the next one opened, nor when the first is opened again.
TEST_CASE("persons board: a selection stays with its session - a new or reopened session starts unselected") {
    test::Headless h;
    PracticeCase c;
    open_person(h, c.app, "hanneke");
    auto selected = [&] {  // the panel shows the selected person's support buttons
        ImGuiWindow* panel = test::window_named("##personen_paneel");
        return panel && test::locate(panel, item_id_int(panel, "+1", 1), [&] { h.frame(c.app); }).has_value();
    };
    REQUIRE(selected());
    const core::Session first = c.app.session()->session();

    SUBCASE("another session of the same case") {
        c.app.start_session(library_index(c.app, "oefencasus"));
        REQUIRE(c.app.session());
        c.app.ui.select_tab = "personen";
        for (int i = 0; i < 4; ++i) h.frame(c.app);
        REQUIRE(test::active_window("##personen_canvas"));
        CHECK_FALSE(selected());
    }
    SUBCASE("the same session closed and opened again") {
        c.app.close_session();
        h.frame(c.app);
        REQUIRE(c.app.open_session(first));
        c.app.ui.select_tab = "personen";
        for (int i = 0; i < 4; ++i) h.frame(c.app);
        ImGuiWindow* reopened = test::active_window("##personen_canvas");
        REQUIRE(reopened);
        CHECK_FALSE(selected());
        // Selecting works as before in the reopened session.
        const ImVec2 again = hover_find(h, c.app, reopened, item_id(reopened, "##persoon", "hanneke"), 10);
        REQUIRE_FALSE(std::isnan(again.x));
        click(h, c.app, again);
        h.frame(c.app);
        CHECK(selected());
    }
}
