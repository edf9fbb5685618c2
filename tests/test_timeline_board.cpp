// The timeline board in headless frames: the practice case filled in, 500 entries, a real
// drag-and-drop of a fact onto a lane, and a field edit that becomes one action on leaving it.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "helpers.hpp"
#include "ui/dragdrop.hpp"
#include "stress_cases.hpp"
#include "ui_fixture.hpp"
#include "ui_harness.hpp"

using namespace lwp;
using test::board_action;
using test::library_index;

namespace {

// The practice case up to the plan step, with a filled-in timeline.
struct PracticeCase {
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, LWP_SCENARIO_DIR};
    PracticeCase() {
        app.library_service().load();
        app.start_session(library_index(app, "oefencasus"));
        REQUIRE(app.session());
    }
    void ok(core::Action a) { test::perform_ok(app, std::move(a)); }
    void play_to_plan() {
        ok(core::make_read("", "zorgmelding_school"));
        ok(core::make_choose("", "melding_bespreken"));
        ok(core::make_read("", "verslag_huisbezoek"));
        ok(core::make_choose("", "veiligheid_taxeren"));
        ok(core::make_choose("", "milan_spreken"));
        ok(core::make_read("", "afsluitbericht_opvoedsteun"));
    }
    void fill_timeline() {
        for (const char* f : {"f_scheiding", "f_hulp_opvoed", "f_hulp_schuld", "f_melding_school", "f_milan_signalen", "f_schulden",
                              "f_milan_vertelt", "f_veiligheidsafspraken", "f_oma_steun", "f_sanne_vraag"})
            ok(board_action("tijdlijn.plaats", f));
        ok(board_action("tijdlijn.eigen", "", {{"tekst", "Ronald ziet de kinderen niet meer na ruzie over de alimentatie"}, {"datum", "2023-07"}}));
        ok(board_action("tijdlijn.eigen", "", {{"tekst", "Sanne slaapt slecht van de brieven en komt ’s ochtends niet uit bed"}, {"baan", "melding"}}));
        const auto& tl = app.session()->state().analysis.timeline;
        ok(board_action("tijdlijn.markeer", tl.entry_for_fact("f_hulp_opvoed")->id, {{"soort", "eerste"}}));
        ok(board_action("tijdlijn.markeer", tl.entry_for_fact("f_melding_school")->id, {{"soort", "laatste"}}));
        ok(board_action("tijdlijn.markeer", tl.entry_for_fact("f_milan_signalen")->id, {{"soort", "ergste"}}));
        ok(board_action("tijdlijn.veld", "hulpvraag_direct", {{"tekst", "Hulp bij de post en de verhuurder."}}));
    }
    // The timeline tab, drawn until its canvas and panel have settled.
    void show_board(test::Headless& h) {
        app.ui.select_tab = "tijdlijn";
        for (int i = 0; i < 4; ++i) h.frame(app);
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

// The id an item gets inside `window` (no PushID between them), or under PushID(`scope`).
ImGuiID item_id(ImGuiWindow* window, const char* label, const char* scope = nullptr) {
    const ImGuiID seed = scope ? ImHashStr(scope, 0, window->ID) : window->ID;
    return ImHashStr(label, 0, seed);
}

// Moves the mouse over `window` until an item in `ids` is hovered; returns where (or NaN).
ImVec2 hover_find(test::Headless& h, ui::App& app, ImGuiWindow* window, const std::vector<ImGuiID>& ids, float step = 10) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImRect r = window->InnerRect;
    for (float y = r.Min.y + 2; y < r.Max.y; y += step)
        for (float x = r.Min.x + 6; x < r.Max.x; x += step * 4) {
            ImGui::GetIO().MousePos = ImVec2(x, y);
            h.frame(app);
            if (std::find(ids.begin(), ids.end(), g.HoveredId) != ids.end()) return ImVec2(x, y);
        }
    return ImVec2(NAN, NAN);
}

// A real drag: a source window at the bottom left offers the fact; the mouse carries it to `to`
// and lets go there. The board's drop target receives it like a drag from the facts panel.
void drag_fact(ui::App& app, const std::string& fact, ImVec2 to) {
    ImGuiIO& io = ImGui::GetIO();
    auto frame = [&] {
        ImGui::NewFrame();
        app.draw();
        ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - 60));
        ImGui::SetNextWindowSize(ImVec2(120, 60));
        ImGui::Begin("##bron", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        ImGui::Button("feit", ImVec2(100, 40));
        if (ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload(ui::payload::Fact, fact.c_str(), fact.size() + 1);
            ImGui::TextUnformatted(fact.c_str());
            ImGui::EndDragDropSource();
        }
        ImGui::End();
        ImGui::Render();
    };
    const ImVec2 from(40, io.DisplaySize.y - 35);
    io.MousePos = from;
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MousePos = ImVec2(from.x + 30, from.y - 30);
    frame();
    io.MousePos = to;
    frame();
    frame();
    io.MouseDown[0] = false;
    frame();
    frame();
}

// Whether the canvas drew the "just placed" highlight (a rect in the amber of colors::Mixed) in
// one of the next frames (its alpha pulses: a frame may draw it fully transparent, i.e. not at all).
bool flash_drawn(test::Headless& h, ui::App& app) {
    for (int i = 0; i < 4; ++i) {
        h.frame(app);
        ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
        REQUIRE(canvas);
        for (const ImDrawVert& v : canvas->DrawList->VtxBuffer)
            if ((v.col & ~IM_COL32_A_MASK) == (ui::colors::Mixed & ~IM_COL32_A_MASK) && (v.col & IM_COL32_A_MASK)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("timeline board: the practice case, filled in, draws at 1280x800 and in English") {
    test::Headless h;
    PracticeCase c;
    c.play_to_plan();
    c.fill_timeline();
    c.show_board(h);
    REQUIRE(test::window_named("##tijdlijn_canvas"));
    ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
    CHECK(canvas->Size.x > 500);
    CHECK(canvas->Size.y > 250);
    // "Fit all" at the start: the whole span fits the width; the stacked lanes scroll down.
    CHECK(canvas->ScrollMax.x <= 1.0f);
    CHECK(canvas->ContentSize.y > 0);
    // On a laptop-sized window the panel waits behind its button; the timeline gets the width.
    CHECK(test::windows_named("##tijdlijn_paneel") == 0);
    c.app.set_language(core::Lang::En);
    h.frame(c.app);
    c.app.set_language(core::Lang::Nl);
    h.frame(c.app);
    CHECK(c.app.notices().empty());
}

TEST_CASE("timeline board: clicking a card selects it and opens the panel — its marks act") {
    test::Headless h;
    PracticeCase c;
    c.play_to_plan();
    c.fill_timeline();
    c.show_board(h);
    ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
    REQUIRE(canvas);
    std::vector<ImGuiID> cards;
    for (const auto& e : c.app.session()->state().analysis.timeline.entries) cards.push_back(item_id(canvas, "##kaart", e.id.c_str()));
    const ImVec2 at = hover_find(h, c.app, canvas, cards, 14);
    REQUIRE_FALSE(std::isnan(at.x));
    click(h, c.app, at);
    h.frame(c.app);
    // The selection opens the panel beside the canvas, with the editor on top.
    ImGuiWindow* panel = test::window_named("##tijdlijn_paneel");
    REQUIRE(panel);
    CHECK(panel->Active);
    const size_t before = c.actions();
    const ImGuiID first = item_id(panel, ui::tr(ui::S::TlMarkFirstLong));
    const ImVec2 box = hover_find(h, c.app, panel, {first}, 6);
    REQUIRE_FALSE(std::isnan(box.x));
    click(h, c.app, box);
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "tijdlijn.markeer");
    CHECK(c.last().args.at("soort") == "eerste");
    CHECK(c.app.session()->state().analysis.timeline.first == c.last().target);
    // Escape closes the selection again.
    h.press(c.app, 256);
    h.frame(c.app);
    h.frame(c.app);
    CHECK(c.actions() == before + 1);
}

TEST_CASE("timeline board: dropping a fact places it in the lane under the mouse") {
    test::Headless h;
    PracticeCase c;
    c.play_to_plan();
    c.show_board(h);
    ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
    REQUIRE(canvas);
    const ImRect r = canvas->InnerRect;
    const float x = r.Min.x + r.GetWidth() * 0.5f;

    // Sweep down the canvas: every drop places f_scheiding once (undone after), in a lane that
    // never goes back up, from life events at the top to reports at the bottom.
    std::vector<int> lanes;
    for (float y = r.Min.y + ImGui::GetFontSize() * 2.6f; y < r.Max.y - 4; y += ImGui::GetFontSize() * 1.5f) {
        const size_t before = c.actions();
        drag_fact(c.app, "f_scheiding", ImVec2(x, y));
        REQUIRE(c.actions() == before + 1);  // a gap between lanes snaps to the nearest one
        CHECK(c.last().type == "tijdlijn.plaats");
        CHECK(c.last().target == "f_scheiding");
        REQUIRE(c.last().args.count("baan"));
        lanes.push_back(core::term_index(core::lanes(), c.last().args.at("baan")));
        c.app.sessions().undo();
        ImGui::SetScrollY(canvas, 0);  // the board scrolls a new card into view; start from the top again
        h.frame(c.app);
    }
    REQUIRE(lanes.size() >= 3);
    CHECK(lanes.front() == 0);
    CHECK(lanes.back() == 3);
    CHECK(std::is_sorted(lanes.begin(), lanes.end()));
    CHECK(std::set<int>(lanes.begin(), lanes.end()).size() >= 3);

    // Over the axis: the fact goes to its own lane (a help fact to "hulp"), no lane argument.
    drag_fact(c.app, "f_hulp_opvoed", ImVec2(x, r.Min.y + 8));
    REQUIRE(c.app.session()->state().analysis.timeline.entry_for_fact("f_hulp_opvoed"));
    CHECK(c.last().args.count("baan") == 0);
    CHECK(c.app.session()->state().analysis.timeline.entry_for_fact("f_hulp_opvoed")->lane == core::Lane::Help);

    // A fact already on the timeline is not placed twice: no action, no error notice.
    const size_t before = c.actions();
    drag_fact(c.app, "f_hulp_opvoed", ImVec2(x, r.Min.y + r.GetHeight() * 0.5f));
    CHECK(c.actions() == before);
    CHECK(c.app.notices().empty());

    // Outside the canvas nothing happens.
    drag_fact(c.app, "f_scheiding", ImVec2(r.Min.x + 5, r.Max.y + 60));
    CHECK(c.actions() == before);
}

TEST_CASE("timeline board: a help-request field becomes one action when it is left") {
    test::Headless h(ImVec2(1920, 1080));  // room for the panel beside the timeline
    PracticeCase c;
    c.play_to_plan();
    c.show_board(h);
    ImGuiWindow* panel = test::window_named("##tijdlijn_paneel");
    REQUIRE(panel);
    const ImVec2 at = hover_find(h, c.app, panel, {item_id(panel, "##veld_hulpvraag_direct")}, 6);
    REQUIRE_FALSE(std::isnan(at.x));
    click(h, c.app, at);
    ImGuiContext& g = *ImGui::GetCurrentContext();
    REQUIRE(g.ActiveId == item_id(panel, "##veld_hulpvraag_direct"));
    const size_t before = c.actions();
    for (const char* part : {"Hulp bij ", "de post", " en de verhuurder"}) {
        ImGui::GetIO().AddInputCharactersUTF8(part);
        h.frame(c.app);
    }
    CHECK(c.actions() == before);  // typing is not an action
    // Clicking the empty axis of the canvas leaves the field: one action.
    ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
    REQUIRE(canvas);
    click(h, c.app, ImVec2(canvas->InnerRect.GetCenter().x, canvas->InnerRect.Min.y + 6));
    h.frame(c.app);
    h.frame(c.app);
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "tijdlijn.veld");
    CHECK(c.last().target == "hulpvraag_direct");
    CHECK(c.last().args.at("tekst") == "Hulp bij de post en de verhuurder");
    CHECK(c.app.session()->state().analysis.timeline.fields.at("hulpvraag_direct") == "Hulp bij de post en de verhuurder");
    // Undo empties the field again, without another action.
    c.app.sessions().undo();
    h.frame(c.app);
    h.frame(c.app);
    CHECK(c.actions() == before);
    CHECK(c.app.session()->state().analysis.timeline.fields.count("hulpvraag_direct") == 0);
}

TEST_CASE("timeline board: the list places a fact without dragging and its new card flashes") {
    test::Headless h(ImVec2(1920, 1080));
    PracticeCase c;
    c.play_to_plan();
    c.show_board(h);
    ImGuiWindow* panel = test::window_named("##tijdlijn_paneel");
    REQUIRE(panel);
    // "Plaats" of the earliest fact (the separation, May 2021) comes first in the list.
    const ImVec2 at = hover_find(h, c.app, panel, {item_id(panel, ui::tr(ui::S::TlPlace), "f_scheiding")}, 5);
    REQUIRE_FALSE(std::isnan(at.x));
    const size_t before = c.actions();
    click(h, c.app, at);
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "tijdlijn.plaats");
    CHECK(c.last().target == "f_scheiding");
    CHECK(c.last().args.count("baan") == 0);
    CHECK(c.app.session()->state().analysis.timeline.entry_for_fact("f_scheiding")->lane == core::Lane::LifeEvent);
    // Its new card is highlighted, though the action was performed after the frame of the click.
    CHECK(flash_drawn(h, c.app));
}

TEST_CASE("timeline board: a dropped fact's new card is highlighted, then the highlight fades") {
    test::Headless h(ImVec2(1920, 1080));
    PracticeCase c;
    c.play_to_plan();
    c.show_board(h);
    CHECK_FALSE(flash_drawn(h, c.app));  // nothing placed yet
    ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
    REQUIRE(canvas);
    drag_fact(c.app, "f_scheiding", canvas->InnerRect.GetCenter());
    REQUIRE(c.app.session()->state().analysis.timeline.entry_for_fact("f_scheiding"));
    CHECK(flash_drawn(h, c.app));
    for (int i = 0; i < 120; ++i) h.frame(c.app);  // 2 s: the highlight lasts 1.6 s
    CHECK_FALSE(flash_drawn(h, c.app));
}

TEST_CASE("timeline board: Ctrl+wheel zooms around the mouse and does not scroll") {
    test::Headless h;
    PracticeCase c;
    c.play_to_plan();
    c.fill_timeline();
    c.show_board(h);
    ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
    REQUIRE(canvas);
    ImGuiIO& io = ImGui::GetIO();
    const float fitted = canvas->ContentSize.x;
    io.MousePos = canvas->InnerRect.GetCenter();
    io.KeyCtrl = true;
    io.MouseWheel = 3;
    h.frame(c.app);
    io.MouseWheel = 0;
    io.KeyCtrl = false;
    h.frame(c.app);
    h.frame(c.app);
    CHECK(canvas->ContentSize.x > fitted * 1.5f);
    CHECK(canvas->ScrollMax.x > 0);
    CHECK(canvas->Scroll.x > 0);  // zoomed around the mouse, not the left edge
    CHECK(canvas->Scroll.y == 0);  // Ctrl+wheel does not scroll
}

TEST_CASE("timeline board: 500 entries draw, culled, and the stress frame stays sane") {
    // A generated case: 500 facts over 34 years, all revealed at the start (shared with make bench).
    test::TempDir dir, data;
    test::spit(dir.path / "groot.lua", test::stress::timeline_lua(500));
    test::Headless h;
    ui::App app(core::DataDir{data.path}, dir.path);
    app.library_service().load();
    REQUIRE(app.library().size() == 1);
    INFO((app.library()[0].diagnostics.empty() ? std::string() : app.library()[0].diagnostics[0].str()));
    REQUIRE(app.library()[0].ok());
    app.start_session(0);
    REQUIRE(app.session());
    REQUIRE(test::stress::fill_timeline(*app.session(), 500) == "");
    REQUIRE(app.session()->state().analysis.timeline.entries.size() == 500);
    app.ui.select_tab = "tijdlijn";
    for (int i = 0; i < 4; ++i) h.frame(app);
    ImGuiWindow* canvas = test::window_named("##tijdlijn_canvas");
    REQUIRE(canvas);
    // Fit all: the whole span fits the width; the stacked rows scroll vertically.
    CHECK(canvas->ScrollMax.x <= 1.0f);
    CHECK(canvas->ScrollMax.y > 0);
    // Only visible cards are drawn: a card costs a few hundred vertices, so drawing all 500 would
    // be well over 100 000.
    const int vertices = canvas->DrawList->VtxBuffer.Size;
    MESSAGE("vertices at fit-all with 500 entries: " << vertices);
    CHECK(vertices > 1000);
    CHECK(vertices < 60000);
    // Zoom all the way in and scroll: still draws.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = canvas->InnerRect.GetCenter();
    io.KeyCtrl = true;
    for (int i = 0; i < 12; ++i) {
        io.MouseWheel = 1;
        h.frame(app);
    }
    io.MouseWheel = 0;
    io.KeyCtrl = false;
    h.frame(app);
    h.frame(app);
    CHECK(canvas->ContentSize.x > canvas->Size.x * 6);
    CHECK(app.notices().empty());
}

// The own-entry form: typed text and "Toevoegen" become one tijdlijn.eigen action; the form is
// empty again once the entry exists (the action is performed after the frame of the click), so a
// second click adds nothing and asks for a text.
TEST_CASE("timeline board: an own entry typed in the form is added once and the form empties") {
    test::Headless h(ImVec2(1920, 1080));
    PracticeCase c;
    c.play_to_plan();
    c.show_board(h);
    ImGuiWindow* panel = test::window_named("##tijdlijn_paneel");
    REQUIRE(panel);
    panel->StateStorage.SetInt(item_id(panel, "###eigen"), 1);  // the section "Eigen gebeurtenis" opened
    for (int i = 0; i < 2; ++i) h.frame(c.app);
    auto press = [&](ImGuiID id) {
        const auto rect = test::locate(panel, id, [&] { h.frame(c.app); });
        REQUIRE(rect.has_value());
        test::scroll_to(panel, *rect);
        h.frame(c.app);
        const auto again = test::locate(panel, id, [&] { h.frame(c.app); });
        REQUIRE(again.has_value());
        click(h, c.app, again->GetCenter());
    };
    press(item_id(panel, "##eigen_tekst"));
    test::type("Oma Ria past op woensdag op Noor", [&] { h.frame(c.app); });
    const size_t before = c.actions();
    const auto& entries = c.app.session()->state().analysis.timeline.entries;
    const size_t entries_before = entries.size();
    press(item_id(panel, ui::tr(ui::S::TlAdd)));
    for (int i = 0; i < 2; ++i) h.frame(c.app);
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "tijdlijn.eigen");
    CHECK(c.last().args.at("tekst") == "Oma Ria past op woensdag op Noor");
    CHECK(c.app.session()->state().analysis.timeline.entries.size() == entries_before + 1);
    // The form is empty: pressing again adds nothing.
    press(item_id(panel, ui::tr(ui::S::TlAdd)));
    for (int i = 0; i < 2; ++i) h.frame(c.app);
    CHECK(c.actions() == before + 1);
}
