// The workshop's two windows (issue 17), headless: the projector window (App::draw) and the
// facilitator's own window (App::draw_facilitator_window) in two ImGui contexts sharing one font
// atlas, as the window host makes them (tests/ui_harness.hpp HeadlessPair). What each window drew
// is read back glyph by glyph (tests/glyphs.hpp), so any widget in any window counts.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "glyphs.hpp"
#include "helpers.hpp"
#include "ui/keys.hpp"
#include "ui_harness.hpp"

using namespace lwp;
using test::drawn_text;
using test::shows;

namespace {

constexpr int kKeyS = 83, kKeyO = 79, kKeyN = 78, kEnter = 257, kF9 = 298;

struct TwoWindows {
    // The facilitator window tall enough that every section is drawn without scrolling.
    test::HeadlessPair pair{ImVec2(1280, 800), ImVec2(1280, 5000)};
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, test::fixture("scenarios")};
    TwoWindows() {
        app.library_service().load();
        std::string error;
        REQUIRE(app.start_workshop(0, "Leerwerkteam Noord", "Anna\nBram\nChris", error));
        REQUIRE(app.session()->scenario().meta.id == "mini");
        app.shared_screen = false;  // an extended display (the shared screen: its own test)
        frames();
    }
    void frames(int n = 3) { pair.frames(app, n); }
    // What each window drew in the last frame.
    std::string projector() {
        ImGui::SetCurrentContext(pair.projector.context);
        return drawn_text();
    }
    std::string facilitator() {
        ImGui::SetCurrentContext(pair.facilitator);
        std::string text = drawn_text();
        ImGui::SetCurrentContext(pair.projector.context);
        return text;
    }
};

std::string turn_line(const char* who) { return std::string(ui::tr(ui::S::WsTurn)) + ": " + who; }

}  // namespace

TEST_CASE("two windows: the facilitator window has every secret and every control, the projector window none") {
    TwoWindows w;
    ui::App& app = w.app;
    const core::Scenario& sc = app.session()->scenario();
    CHECK(app.wants_facilitator_window());
    const std::string note = "Bram twijfelt, straks op terugkomen";
    app.act(core::action_type::FacilitatorNote, "", {{"tekst", note}});
    app.act(core::action_type::Vote, "wachten", {{"deelnemer", "Anna"}});
    // Every facilitator section open, the one-window panel switched on as well: none of it may
    // reach the projector window.
    app.ui.workshop.ledger_open = true;
    app.ui.workshop.panel = true;
    w.frames();
    std::vector<std::string> secrets{note, sc.choice("begin", "praten")->feedback.nl, sc.choice("begin", "wachten")->feedback.nl,
                                     "Anna: 2 " + sc.choice("begin", "wachten")->text.nl, ui::tr(ui::S::FwTitle)};
    for (const auto& c : sc.criteria) secrets.push_back(c.text.nl);
    const std::string facilitator = w.facilitator();
    const std::string projector = w.projector();
    for (const auto& s : secrets) {
        CAPTURE(s);
        CHECK(shows(facilitator, s));  // the reader would have seen it
        CHECK_FALSE(shows(projector, s));
    }
    // The projector shows the case and the round's public state, and no control at all.
    CHECK(shows(projector, sc.step("begin")->narrative.nl));
    CHECK(shows(projector, std::string(ui::tr(ui::S::WsVoted)) + ": 1"));
    for (ui::S control : {ui::S::WsStartVoting, ui::S::WsReveal, ui::S::WsRecordDecision, ui::S::WsProposer}) {
        CAPTURE(std::string(ui::tr(control)));
        CHECK_FALSE(shows(projector, ui::tr(control)));
        CHECK(shows(facilitator, ui::tr(control)));
    }
    CHECK_FALSE(shows(projector, ui::tr(ui::S::WsShowPanel)));
    for (ui::S button : {ui::S::BackToLibrary, ui::S::Undo, ui::S::Redo}) {  // the player's own buttons too
        CAPTURE(std::string(ui::tr(button)));
        CHECK_FALSE(shows(projector, ui::tr(button)));
    }
    // The same view in one window keeps its controls (--een-venster).
    app.one_window = true;
    ImGui::SetCurrentContext(w.pair.projector.context);
    app.two_windows = false;
    CHECK_FALSE(app.wants_facilitator_window());
    for (int i = 0; i < 3; ++i) w.pair.projector.frame(app);
    CHECK(shows(drawn_text(), ui::tr(ui::S::WsStartVoting)));
}

TEST_CASE("two windows: the facilitator runs the vote round from the keyboard, and hides the private parts during a turn") {
    TwoWindows w;
    ui::App& app = w.app;
    const core::Scenario& sc = app.session()->scenario();
    const std::string expert = sc.choice("begin", "praten")->feedback.nl;
    REQUIRE(shows(w.facilitator(), expert));
    w.pair.press(app, kKeyS);  // S: start the vote round
    w.frames();
    CHECK(app.ui.workshop.turn == 0);
    CHECK(shows(w.projector(), turn_line("Anna")));
    // Anna stands at the laptop: no expert note, no ledger in the facilitator window now.
    CHECK_FALSE(shows(w.facilitator(), expert));
    CHECK(shows(w.facilitator(), "Anna is aan de beurt"));
    // And no menu bar on the projector while she votes.
    CHECK_FALSE(shows(w.projector(), ui::tr(ui::S::MenuFile)));
    w.pair.press(app, ui::keys::Digit1 + 1);  // Anna: 2
    w.frames();
    CHECK(shows(w.projector(), turn_line("Bram")));
    w.pair.press(app, kKeyN);  // N: Bram passes
    w.frames();
    CHECK(shows(w.projector(), turn_line("Chris")));
    w.pair.press(app, ui::keys::Digit1, false);  // Chris votes 1 at the projector window's keyboard
    w.frames();
    CHECK(app.ui.workshop.turn == 1);  // Bram again, the only one without a vote
    w.pair.press(app, ui::keys::Digit1);  // Bram: 1
    w.frames();
    CHECK(app.ui.workshop.turn == -1);  // everyone voted
    const auto& round = app.session()->state().workshop.round;
    REQUIRE(round.votes.size() == 3);
    CHECK(shows(w.facilitator(), expert));  // the turns are over: the notes are back
    CHECK(shows(w.projector(), ui::tr(ui::S::MenuFile)));
    CHECK_FALSE(shows(w.projector(), ui::tr(ui::S::WsDistribution)));
    w.pair.press(app, kKeyO);  // O: show the votes
    w.frames();
    CHECK(app.session()->state().workshop.round.revealed);
    CHECK(shows(w.projector(), ui::tr(ui::S::WsDistribution)));
    CHECK(app.ui.workshop.decision == 0);  // the most votes: 1
    // 2 overrides the most votes: Enter does nothing until there is a rationale.
    w.pair.press(app, ui::keys::Digit1 + 1);
    CHECK(app.ui.workshop.decision == 1);
    w.pair.press(app, kEnter);
    w.frames();
    CHECK(app.session()->state().step == "begin");
    CHECK(shows(w.projector(), ui::tr(ui::S::WsOverrideWarning)));  // the group sees the override coming
    w.pair.press(app, ui::keys::Digit1);
    w.pair.press(app, kEnter);  // Enter: record the decision
    w.frames();
    CHECK(app.session()->state().step == "vervolg");
    REQUIRE(app.session()->state().workshop.decisions.size() == 1);
    CHECK(shows(w.projector(), sc.choice("begin", "praten")->feedback.nl));  // now the group sees the feedback
}

TEST_CASE("two windows: undo, rewind and replay show the same state in both windows") {
    TwoWindows w;
    ui::App& app = w.app;
    const core::Scenario& sc = app.session()->scenario();
    app.act(core::action_type::Vote, "praten", {{"deelnemer", "Anna"}});
    app.act(core::action_type::Vote, "wachten", {{"deelnemer", "Bram"}});
    app.act(core::action_type::Reveal, "");
    w.frames();
    app.act(core::action_type::Choose, "praten", {{core::kRationaleArg, "Eerst het kind horen"}});
    w.frames();
    const std::string begin_title = sc.step("begin")->title.nl;
    const std::string next_title = sc.step("vervolg")->title.nl;
    CHECK(shows(w.facilitator(), next_title));
    CHECK(shows(w.projector(), next_title));

    // Ctrl+Z in the facilitator window: the decision again, both windows back at the first step,
    // votes and reveal kept.
    w.pair.facilitator->IO.KeyCtrl = true;
    w.pair.press(app, 90);  // GLFW_KEY_Z
    w.pair.facilitator->IO.KeyCtrl = false;
    w.frames();
    CHECK(app.session()->state().step == "begin");
    CHECK(shows(w.facilitator(), begin_title));
    CHECK(shows(w.facilitator(), "Bram: 2"));  // the votes, in the facilitator's list
    CHECK(shows(w.projector(), ui::tr(ui::S::WsDistribution)));
    CHECK_FALSE(shows(w.projector(), next_title));
    app.sessions().redo();
    w.frames();
    CHECK(shows(w.facilitator(), next_title));

    app.rewind_to_choice(0);  // back to before the first decision
    w.frames();
    CHECK(app.session()->state().step == "begin");
    CHECK(shows(w.facilitator(), begin_title));
    CHECK(shows(w.projector(), sc.step("begin")->narrative.nl));
    CHECK(shows(w.facilitator(), "Bram: 2"));  // the round before that decision, as it was
    CHECK(shows(w.projector(), ui::tr(ui::S::WsDistribution)));
    REQUIRE(app.session()->session().forks.size() == 1);  // the abandoned route is kept
    const std::string note = "Fork besproken, nu de andere route";
    app.act(core::action_type::FacilitatorNote, "", {{"tekst", note}});
    w.frames();
    CHECK(shows(w.facilitator(), note));

    // Replay: the saved workshop opened by a new program draws the same two windows.
    app.flush_saves();
    const std::string id = app.session()->session().id;
    ui::App again{core::DataDir{w.data.path}, test::fixture("scenarios")};
    again.shared_screen = false;
    again.library_service().load();
    app.close_session();  // releases the session's lock; the saved file stays
    for (const auto& saved : again.sessions().recent())
        if (saved.id == id) again.open_session(saved);
    REQUIRE(again.session() != nullptr);
    CHECK(again.session()->session().id == id);
    CHECK(again.wants_facilitator_window());
    w.pair.frames(again, 4);
    const std::string facilitator = w.facilitator(), projector = w.projector();
    CHECK(shows(facilitator, note));
    CHECK(shows(facilitator, "Bram: 2"));
    CHECK(shows(facilitator, begin_title));
    CHECK(shows(projector, sc.step("begin")->narrative.nl));
    CHECK(shows(projector, ui::tr(ui::S::WsDistribution)));
    CHECK_FALSE(shows(projector, note));
}

TEST_CASE("two windows: closing the facilitator window falls back safely, F9 brings it back") {
    TwoWindows w;
    ui::App& app = w.app;
    app.facilitator_window_off = true;  // its close button (the host sets this)
    CHECK_FALSE(app.wants_facilitator_window());
    app.two_windows = false;
    ImGui::SetCurrentContext(w.pair.projector.context);
    for (int i = 0; i < 3; ++i) w.pair.projector.frame(app);
    const core::Scenario& sc = app.session()->scenario();
    // F9 in the projector window no longer opens the panel there (a mirrored projector would
    // show it): it asks for the facilitator window again.
    w.pair.projector.press(app, kF9);
    CHECK_FALSE(app.ui.workshop.panel);
    CHECK_FALSE(shows(drawn_text(), sc.choice("begin", "praten")->feedback.nl));
    CHECK(app.wants_facilitator_window());
}

TEST_CASE("two windows on a shared screen (one display or mirrored): the private parts stay covered until V") {
    TwoWindows w;
    ui::App& app = w.app;
    const core::Scenario& sc = app.session()->scenario();
    const std::string note = "Alleen voor de begeleider";
    app.act(core::action_type::FacilitatorNote, "", {{"tekst", note}});
    app.shared_screen = true;
    app.ui.workshop.ledger_open = true;
    w.frames();
    const std::string expert = sc.choice("begin", "praten")->feedback.nl;
    std::string facilitator = w.facilitator();
    CHECK(shows(facilitator, ui::tr(ui::S::FwPrivateCovered)));
    CHECK_FALSE(shows(facilitator, expert));
    CHECK_FALSE(shows(facilitator, note));
    CHECK_FALSE(shows(facilitator, sc.criteria.front().text.nl));
    CHECK(shows(facilitator, ui::tr(ui::S::WsStartVoting)));  // the controls stay
    w.pair.press(app, 86);  // V: shown
    w.frames();
    facilitator = w.facilitator();
    CHECK(shows(facilitator, expert));
    CHECK(shows(facilitator, note));
    w.pair.press(app, 86);  // V again: covered
    w.frames();
    CHECK_FALSE(shows(w.facilitator(), expert));
    CHECK_FALSE(shows(w.projector(), expert));
}
