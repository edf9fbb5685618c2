// The stemkamer in the app (issue 18), in headless ImGui frames and on 127.0.0.1 only: the main
// loop's poll applies phone votes as workshop actions beside keyboard votes, undo takes them back,
// F8 shows and hides the QR card, and the room closes when the case ends or the session closes.
#include <doctest/doctest.h>

#include "glyphs.hpp"
#include "stemkamer_client.hpp"
#include "ui_harness.hpp"

using namespace lwp;

namespace {

constexpr int kF8 = 297;

bool qr_card_shown() {
    ImGuiWindow* w = ImGui::FindWindowByName("##stemkamer_qr");
    return w && w->WasActive;
}

struct StemkamerApp {
    test::Headless h{ImVec2(1920, 1080)};
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, test::fixture("scenarios")};
    StemkamerApp() {
        app.library_service().load();
        std::string error;
        REQUIRE(app.start_workshop(0, "Leerwerkteam Noord", "Anna\nBram\nChris", error));
        REQUIRE(app.session()->scenario().meta.id == "mini");
        REQUIRE_MESSAGE(app.open_stemkamer("127.0.0.1", 0, false, error), error);
        frames();
    }
    void frames(int n = 3) {
        for (int i = 0; i < n; ++i) h.frame(app);
    }
    std::string prefix() { return "/r/" + app.workshop().stemkamer()->room().token(); }
    int port() { return app.workshop().stemkamer()->port(); }
};

}  // namespace

TEST_CASE("stemkamer in the app: phone and keyboard votes mix, undo takes a phone vote back") {
    StemkamerApp s;
    ui::App& app = s.app;
    CHECK(qr_card_shown());
    const int port = s.port();
    const test::HttpReply joined = test::loopback_http(port, "POST", s.prefix() + "/api/aanmelden", "naam=Anna");
    REQUIRE(joined.status == 200);
    const std::string anna = test::json_field(joined.body, "token");
    REQUIRE(test::loopback_http(port, "POST", s.prefix() + "/api/stem", "p=" + anna + "&stap=begin&keuze=wachten").status == 202);
    CHECK(app.session()->state().workshop.round.votes.empty());  // not before the main loop's turn
    CHECK(app.workshop().poll_stemkamer());
    const core::VoteRound& round = app.session()->state().workshop.round;
    REQUIRE(round.vote_of("Anna"));
    CHECK(round.vote_of("Anna")->choice == "wachten");

    // Bram votes at the keyboard in the same round.
    app.act(core::action_type::Vote, "praten", {{"deelnemer", "Bram"}});
    s.frames();
    CHECK(app.session()->state().workshop.round.votes.size() == 2);
    CHECK(app.workshop().stemkamer()->room().joined() == std::vector<std::string>{"Anna"});

    // Undo: first the keyboard vote, then the phone's, like any action; the phone sees it.
    app.sessions().undo();
    app.sessions().undo();
    app.workshop().poll_stemkamer();
    CHECK(app.session()->state().workshop.round.votes.empty());
    CHECK(test::loopback_http(port, "GET", s.prefix() + "/api/stand?p=" + anna).body.find(R"("stem":"")") != std::string::npos);

    // F8 hides and shows the QR card.
    s.h.press(app, kF8);
    s.frames();
    CHECK_FALSE(qr_card_shown());
    s.h.press(app, kF8);
    s.frames();
    CHECK(qr_card_shown());
}

TEST_CASE("stemkamer in the app: it closes when the case ends, and with the session") {
    {
        StemkamerApp s;
        ui::App& app = s.app;
        const int port = s.port();
        const std::string prefix = s.prefix();
        app.act(core::action_type::Choose, "praten");
        s.frames();
        app.workshop().poll_stemkamer();
        REQUIRE(app.workshop().stemkamer());
        CHECK(test::loopback_http(port, "GET", prefix + "/api/stand").body.find(R"("stap":"vervolg")") != std::string::npos);
        app.act(core::action_type::Choose, "plan");
        s.frames();
        REQUIRE(app.session()->state().finished());
        CHECK(app.workshop().poll_stemkamer());
        CHECK(app.workshop().stemkamer() == nullptr);
        CHECK(test::loopback_http(port, "GET", prefix + "/api/stand").status == 0);  // nobody listens any more
        s.frames();
        CHECK_FALSE(qr_card_shown());
    }
    {
        StemkamerApp s;
        const int port = s.port();
        const std::string prefix = s.prefix();
        s.app.close_session();
        CHECK(s.app.workshop().stemkamer() == nullptr);
        CHECK(test::loopback_http(port, "GET", prefix + "/").status == 0);
    }
}

TEST_CASE("stemkamer in the app: only in a workshop") {
    test::Headless h;
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, test::fixture("scenarios")};
    app.library_service().load();
    app.start_session(0);
    std::string error;
    CHECK_FALSE(app.open_stemkamer("127.0.0.1", 0, false, error));
    CHECK(error.find("workshop") != std::string::npos);
    CHECK(app.workshop().stemkamer() == nullptr);
}

TEST_CASE("stemkamer in the app: the facilitator panel shows who joined by phone and who voted") {
    StemkamerApp s;
    ui::App& app = s.app;
    app.one_window = true;  // the panel inside the one window (the facilitator window: test_workshop_windows.cpp)
    app.ui.workshop.panel = true;
    const int port = s.port();
    const std::string anna = test::json_field(test::loopback_http(port, "POST", s.prefix() + "/api/aanmelden", "naam=Anna").body, "token");
    REQUIRE(test::loopback_http(port, "POST", s.prefix() + "/api/aanmelden", "naam=Bram").status == 200);
    REQUIRE(test::loopback_http(port, "POST", s.prefix() + "/api/stem", "p=" + anna + "&stap=begin&keuze=wachten").status == 202);
    app.workshop().poll_stemkamer();
    s.frames();
    const std::string panel = test::drawn_text("##begeleider");
    CHECK(test::shows(panel, "Anna binnen gestemd"));
    CHECK(test::shows(panel, "Bram binnen nog niet gestemd"));
    CHECK(test::shows(panel, "Chris niet via telefoon nog niet gestemd"));
    CHECK(test::shows(panel, "2 van 3 binnen"));
    // Chris votes at the keyboard: voted, still not by phone.
    app.act(core::action_type::Vote, "praten", {{"deelnemer", "Chris"}});
    s.frames();
    CHECK(test::shows(test::drawn_text("##begeleider"), "Chris niet via telefoon gestemd"));
}

TEST_CASE("stemkamer in the app: a public address opens only after the warning is confirmed") {
    StemkamerApp s;
    ui::App& app = s.app;
    app.workshop().close_stemkamer();
    // The dialog as F8 opens it, with one public interface (TEST-NET-3: never this machine's, so
    // opening fails at bind() and sends nothing anywhere).
    ui::StemkamerUi& sk = app.ui.stemkamer;
    sk.interfaces = {stemkamer::Interface{"eth9", "203.0.113.7", true, false, true}};
    sk.pick = 0;
    sk.public_ok = true;  // first enabled, to find where the button is
    sk.error.clear();
    sk.dialog = true;
    s.frames();
    ImGuiWindow* dialog = test::window_named(ui::tr(ui::S::SkTitle));
    REQUIRE(dialog);
    CHECK(test::shows(test::drawn_text(ui::tr(ui::S::SkTitle)), ui::tr(ui::S::SkPublicWarning)));
    auto frame = [&] { s.h.frame(app); };
    const auto open = test::locate(dialog, test::IdPath(dialog).str(ui::tr(ui::S::SkOpenNow)).id, frame);
    const auto confirm = test::locate(dialog, test::IdPath(dialog).str(ui::tr(ui::S::SkPublicConfirm)).id, frame);
    REQUIRE(open);
    REQUIRE(confirm);
    // test::locate takes ImGui's nav rectangles as relative to Pos - Scroll; ImGui 1.86 keeps them
    // relative to the content start, which in a titled popup lies below the title bar and padding.
    const ImVec2 shift(dialog->DC.CursorStartPos.x - (dialog->Pos.x - dialog->Scroll.x),
                       dialog->DC.CursorStartPos.y - (dialog->Pos.y - dialog->Scroll.y));
    auto centre = [&](const ImRect& r) { return ImVec2(r.GetCenter().x + shift.x, r.GetCenter().y + shift.y); };
    // Not confirmed: the button does nothing.
    sk.public_ok = false;
    s.frames();
    s.h.click(app, centre(*open));
    CHECK(app.workshop().stemkamer() == nullptr);
    CHECK(sk.error.empty());
    // Confirmed with the checkbox: the button tries to open (and says why it cannot here).
    s.h.click(app, centre(*confirm));
    CHECK(sk.public_ok);
    s.h.click(app, centre(*open));
    CHECK(app.workshop().stemkamer() == nullptr);
    CHECK(sk.error.find("203.0.113.7") != std::string::npos);
}
