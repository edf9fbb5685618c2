// Workshop mode in headless ImGui frames: the projector view never draws facilitator-only text.
// The check reads what was really drawn: every glyph quad in the frame's draw lists is mapped back
// to its character through the font atlas's texture coordinates, so any widget, any font and any
// window counts, not only the texts our views pass through one function.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <map>

#include "helpers.hpp"
#include "ui/keys.hpp"
#include "glyphs.hpp"
#include "ui_harness.hpp"

using namespace lwp;

namespace {

constexpr int kF9 = 298;

using test::drawn_text;
using test::shows;

struct WorkshopApp {
    test::Headless h{ImVec2(1920, 1080)};
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, test::fixture("scenarios")};
    WorkshopApp() {
        app.library_service().load();
        std::string error;
        REQUIRE(app.start_workshop(0, "Leerwerkteam Noord", "Anna\nBram\nChris", error));
        REQUIRE(app.session()->scenario().meta.id == "mini");
        frames();
    }
    void frames(int n = 3) {
        for (int i = 0; i < n; ++i) h.frame(app);
    }
};

}  // namespace

TEST_CASE("the glyph reader reads back what a window drew") {
    test::Headless h;
    h.frame([] { ImGui::TextUnformatted("Héél geheim: € 12"); });
    CHECK(shows(drawn_text(), "Héél geheim: € 12"));
    CHECK_FALSE(shows(drawn_text(), "iets anders"));
}

TEST_CASE("the projector view never draws the facilitator's notes, expert notes, ledger or hidden votes") {
    WorkshopApp w;
    ui::App& app = w.app;
    const core::Scenario& sc = app.session()->scenario();
    const std::string note = "Bram twijfelt, straks op terugkomen";
    app.act(core::action_type::FacilitatorNote, "", {{"tekst", note}});
    app.act(core::action_type::Vote, "wachten", {{"deelnemer", "Anna"}});
    w.frames();
    REQUIRE(app.session()->state().workshop.notes.size() == 1);
    REQUIRE(app.session()->state().workshop.round.votes.size() == 1);

    // What only the facilitator may see: the private note, the expert's feedback on the options
    // still open, the live ledger's criteria, and who voted what before the reveal.
    std::vector<std::string> secrets{note, sc.choice("begin", "praten")->feedback.nl, sc.choice("begin", "wachten")->feedback.nl,
                                     "Anna: 2 " + sc.choice("begin", "wachten")->text.nl};
    REQUIRE_FALSE(sc.criteria.empty());
    secrets.push_back(sc.criteria.front().text.nl);

    REQUIRE_FALSE(app.ui.workshop.panel);
    const std::string projector = drawn_text();
    CHECK(shows(projector, sc.step("begin")->narrative.nl));  // the projector does show the case
    CHECK(shows(projector, "Leerwerkteam Noord"));
    for (const auto& s : secrets) {
        CAPTURE(s);
        CHECK_FALSE(shows(projector, s));
    }
    CHECK_FALSE(shows(projector, ui::tr(ui::S::WsDistribution)));  // no chart before the reveal
    // The debrief tab is there but locked (issue 15: a lock and a line saying when it opens); its
    // contents, the expert's answers, stay off the projector until the case has ended.
    CHECK_FALSE(shows(projector, ui::tr(ui::S::DebriefFinal)));
    CHECK_FALSE(shows(projector, ui::tr(ui::S::Ledger)));
    app.ui.select_tab = "nabespreking";
    w.frames();
    const std::string locked = drawn_text();
    CHECK(shows(locked, ui::tr(ui::S::DebriefLocked)));
    CHECK(shows(locked, ui::tr(ui::S::DebriefLockedText)));
    CHECK_FALSE(shows(locked, ui::tr(ui::S::Ledger)));
    for (const auto& c : sc.criteria) {
        CAPTURE(c.id);
        CHECK_FALSE(shows(locked, c.text.nl));
    }
    app.ui.select_tab = "casus";
    w.frames();

    // In one window (--een-venster) F9 shows the panel, and every secret is there: the reader
    // would have seen them. (Two windows: tests/test_workshop_windows.cpp.)
    app.one_window = true;
    w.h.press(app, kF9);
    w.frames();
    REQUIRE(app.ui.workshop.panel);
    const std::string panel = drawn_text("##begeleider");
    for (const auto& s : secrets) {
        CAPTURE(s);
        CHECK(shows(panel, s));
    }
    // Even with the panel open, nothing of it is drawn by the projector's own windows.
    const std::string rest = drawn_text(nullptr, "##begeleider");
    for (const auto& s : secrets) {
        CAPTURE(s);
        CHECK_FALSE(shows(rest, s));
    }
    // F9 again hides it.
    w.h.press(app, kF9);
    w.frames();
    CHECK_FALSE(app.ui.workshop.panel);
    CHECK_FALSE(shows(drawn_text(), note));
}

TEST_CASE("a vote round at the keyboard: number keys vote for whoever's turn it is, unseen — the reveal draws the chart") {
    WorkshopApp w;
    ui::App& app = w.app;
    const core::Scenario& sc = app.session()->scenario();
    app.ui.workshop.turn = 0;  // "Stemronde starten"
    w.frames();
    CHECK(shows(drawn_text(), std::string(ui::tr(ui::S::WsTurn)) + ": Anna"));
    w.h.press(app, ui::keys::Digit1 + 1);  // Anna: choice 2 ("Wacht af.")
    w.frames();
    CHECK(shows(drawn_text(), std::string(ui::tr(ui::S::WsTurn)) + ": Bram"));
    w.h.press(app, ui::keys::Digit1);  // Bram: choice 1
    w.frames();
    const auto& actions = app.session()->session().actions;
    REQUIRE(actions.size() == 3);  // start, two votes; no choice was made
    CHECK(actions[1].type == core::action_type::Vote);
    CHECK(actions[1].target == "wachten");
    CHECK(actions[1].args.at("deelnemer") == "Anna");
    CHECK(actions[2].target == "praten");
    CHECK(actions[2].args.at("deelnemer") == "Bram");
    CHECK(app.session()->state().step == "begin");
    const std::string projector = drawn_text();
    CHECK(shows(projector, std::string(ui::tr(ui::S::WsVoted)) + ": 2"));
    CHECK_FALSE(shows(projector, ui::tr(ui::S::WsDistribution)));

    app.act(core::action_type::Reveal, "");
    w.frames();
    const std::string revealed = drawn_text();
    CHECK(shows(revealed, ui::tr(ui::S::WsDistribution)));
    CHECK(shows(revealed, "Anna"));
    CHECK(app.ui.workshop.turn == 2);  // Chris would have been next

    // The group decision goes through the log as one "kies" with its rationale.
    app.act(core::action_type::Choose, "praten", {{core::kRationaleArg, "Eerst het kind horen"}});
    w.frames();
    REQUIRE(app.session()->state().workshop.decisions.size() == 1);
    CHECK(app.session()->state().step == "vervolg");
    CHECK(shows(drawn_text(), "Eerst het kind horen"));  // the rationale is shown to the group
    CHECK(shows(drawn_text(), sc.choice("begin", "praten")->feedback.nl));  // and now the feedback
}

TEST_CASE("starting a workshop: bad input is refused with a reason and opens nothing — a good start goes to large type") {
    test::Headless h(ImVec2(1920, 1080));
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, test::fixture("scenarios")};
    app.library_service().load();
    std::string error;
    CHECK_FALSE(app.start_workshop(0, "Team", " , ", error));
    CHECK_FALSE(error.empty());
    CHECK(app.session() == nullptr);
    CHECK_FALSE(app.start_workshop(0, "   ", "Anna", error));
    CHECK(error == ui::tr(ui::S::WsNeedName));
    CHECK(app.session() == nullptr);
    REQUIRE(app.start_workshop(0, "Team", "4", error));
    REQUIRE(app.workshop().active());
    CHECK(app.session()->state().workshop.participants.size() == 4);
    h.frame(app);
    CHECK(app.settings().ui_scale >= ui::kProjectorScale);
    // Without a vote turn the number keys do nothing: the group decides through the round.
    h.press(app, ui::keys::Digit1);
    CHECK(app.session()->session().actions.size() == 1);
    CHECK(app.session()->state().step == "begin");
}

TEST_CASE("the discussion timer counts down from its set length, pauses and resets") {
    ui::WorkshopTimer t;
    t.reset(120);
    CHECK(t.remaining(1000) == 120);
    t.start(1000);
    CHECK(t.running());
    CHECK(t.remaining(1030) == 90);
    t.pause(1030);
    CHECK(t.remaining(5000) == 90);  // paused: time does not run
    t.start(6000);
    CHECK(t.remaining(6100) == -10);  // over time shows as negative (drawn red)
    t.reset(300);
    CHECK_FALSE(t.running());
    CHECK(t.remaining(7000) == 300);
}

TEST_CASE("the start dialog: a name, participants and the case — a missing name is said in the dialog") {
    test::Headless h(ImVec2(1920, 1080));
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, test::fixture("scenarios")};
    app.library_service().load();
    app.ui.workshop.start_dialog = true;
    app.ui.workshop.start_case = 0;
    h.frame(app);
    h.frame(app);
    ImGuiWindow* dialog = test::active_window(ui::tr(ui::S::WsStartTitle));
    REQUIRE(dialog);
    const ImGuiID start = test::IdPath(dialog).str(ui::tr(ui::S::WsStart)).id;
    auto rect = test::locate(dialog, start, [&] { h.frame(app); });
    REQUIRE(rect);
    app.ui.workshop.participants = "Anna\nBram";
    ImGui::GetCurrentContext()->NavDisableHighlight = false;  // keyboard navigation, as after Tab
    h.press(app, 32);  // Space activates the focused button, as a keyboard user would
    CHECK(app.session() == nullptr);
    CHECK(app.ui.workshop.start_error == ui::tr(ui::S::WsNeedName));
    CHECK(test::active_window(ui::tr(ui::S::WsStartTitle)) != nullptr);  // still open, nothing lost
    CHECK(app.ui.workshop.participants == "Anna\nBram");
    app.ui.workshop.name = "Leerwerkteam Noord";
    rect = test::locate(dialog, start, [&] { h.frame(app); });
    REQUIRE(rect);
    ImGui::GetCurrentContext()->NavDisableHighlight = false;
    h.press(app, 32);
    h.frame(app);
    REQUIRE(app.session() != nullptr);
    CHECK(app.session()->state().workshop.name == "Leerwerkteam Noord");
    CHECK(app.session()->state().workshop.participants == std::vector<std::string>{"Anna", "Bram"});
    CHECK(test::active_window(ui::tr(ui::S::WsStartTitle)) == nullptr);
}
