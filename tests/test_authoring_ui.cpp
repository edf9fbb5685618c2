// The authoring panel and hot reload in the app (issue 7), in headless ImGui frames: F2 opens the
// panel with the lint findings; a jump starts a preview that is marked, not scored and never
// saved; saving the file in an editor reloads the case and replays the trainee's log.
#include <doctest/doctest.h>

#include "core/model/dsl_schema.hpp"
#include "case_routes.hpp"
#include "core/fold/preview.hpp"
#include "glyphs.hpp"
#include "helpers.hpp"
#include "ui/keys.hpp"
#include "ui_harness.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

const std::string kCase = test::slurp(test::fixture("reload/herlaad.lua"));

std::string replace(std::string s, const std::string& from, const std::string& to) {
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

// The app with the case open in a new session, its file in a scenario folder of its own, the
// author functions switched on (Beeld → Auteursfuncties).
struct Bench : test::AppWithCase {
    Bench() : AppWithCase("herlaad.lua", kCase) {
        app.set_author(true);
        app.start_session(0);
    }
};

}  // namespace

TEST_CASE("authoring panel: F2 opens it with the lint findings — a jump previews, marked, unscored, unsaved") {
    Bench b;
    test::Headless& h = b.h;
    ui::App& app = b.app;
    const fs::path& file = b.file;
    REQUIRE(app.session() != nullptr);
    h.frame(app);
    CHECK(test::active_window("###auteur") == nullptr);
    h.press(app, ui::keys::F2);
    CHECK(app.ui.show_authoring);
    h.frame(app);
    ImGuiWindow* panel = test::active_window("###auteur");
    REQUIRE(panel != nullptr);

    // Lint of the open case, as validate prints it: file:line: level: message.
    const auto& findings = app.authoring().findings();
    REQUIRE_FALSE(findings.empty());
    bool never_revealed = false;
    for (const auto& d : findings) {
        CHECK(d.str().rfind(file.string() + ":", 0) == 0);
        never_revealed = never_revealed || d.str().find("f_nooit") != std::string::npos;
    }
    CHECK(never_revealed);

    // The trainee plays one choice; then the author jumps to 'gesprek' with the panel's button.
    h.press(app, ui::keys::Digit1);  // bellen
    REQUIRE(app.session()->session().actions.size() == 1);
    const core::Session trainee_before = app.session()->session();
    const ImGuiID jump_id = test::IdPath(panel).str("gesprek").str(ui::tr(ui::S::AuJump)).id;
    auto jump = test::locate(panel, jump_id, [&] { h.frame(app); });
    REQUIRE(jump);
    CHECK(test::in_view(panel, *jump));
    // ImGui 1.86 keeps NavRectRel relative to the content start of a window with padding and a
    // title bar (as tests/test_report.cpp notes): move the rectangle there before clicking.
    const ImVec2 off(panel->DC.CursorStartPos.x - panel->Pos.x, panel->DC.CursorStartPos.y - panel->Pos.y);
    h.click(app, ImVec2(jump->GetCenter().x + off.x, jump->GetCenter().y + off.y));
    h.frame(app);
    REQUIRE(app.authoring().preview());
    CHECK(app.session()->state().step == "gesprek");
    CHECK(app.session()->state().preview);
    CHECK(test::active_window("##voorbeeldbanner") != nullptr);  // "VOORBEELD — niet gescoord"
    CHECK(app.sessions().score_report().ledger.empty());

    // Meters for testing branches, preview only; then a choice in the preview.
    app.preview_set("veiligheid", 9);
    CHECK(app.session()->state().vars.at("veiligheid") == 9);
    h.press(app, ui::keys::Digit1);  // plan
    CHECK(app.session()->state().ending == "einde_goed");
    CHECK(app.sessions().score_report().ledger.empty());

    // The trainee's session is untouched: in memory, on disk, in the journal and progress.
    core::SessionController* trainee = app.authoring().trainee_session();
    REQUIRE(trainee != app.session());
    CHECK(trainee->session().actions == trainee_before.actions);
    CHECK(trainee->state().vars.at("veiligheid") == 6);
    app.flush_saves();
    const std::string saved = test::slurp(b.data.path / "sessies" / (trainee_before.id + ".json"));
    CHECK(saved.find("voorbeeld") == std::string::npos);
    CHECK(saved.find("\"plan\"") == std::string::npos);
    for (const auto& e : app.exports().journal()) CHECK(e.session != "voorbeeld");

    // Stopping the preview brings the trainee's case back, where it was.
    app.stop_preview();
    h.frame(app);
    CHECK_FALSE(app.authoring().preview());
    CHECK(app.session()->state().step == "gesprek");
    CHECK(app.session()->session().actions == trainee_before.actions);
    CHECK(test::active_window("##voorbeeldbanner") == nullptr);
    CHECK_FALSE(app.sessions().score_report().ledger.empty());
}

TEST_CASE("hot reload in the app: the log is replayed on the saved version — a broken save keeps the old one") {
    Bench b;
    test::Headless& h = b.h;
    ui::App& app = b.app;
    const fs::path& file = b.file;
    REQUIRE(app.session() != nullptr);
    app.sessions().perform(core::make_read("melding", "brief"));
    app.sessions().perform(core::make_choose("melding", "bellen"));
    app.ui.show_authoring = true;
    h.frame(app);
    CHECK_FALSE(app.authoring().poll_file());  // nothing changed: nothing happens

    // The author, previewing 'gesprek' with the meter at 2, removes 'bellen' and saves.
    app.start_preview("gesprek");
    app.preview_set("veiligheid", 2);
    test::save_in_editor(file, replace(kCase, "  keuze \"bellen\" { tekst = \"Bel moeder.\", gevolg = { veiligheid = 1 }, naar = \"gesprek\" },\n", ""));
    CHECK(app.authoring().poll_file());
    h.frame(app);
    // The preview is replayed on the new version too, beside the trainee's migrated session.
    REQUIRE(app.authoring().preview());
    CHECK(app.session()->state().step == "gesprek");
    CHECK(app.session()->state().vars.at("veiligheid") == 2);
    CHECK(&app.session()->scenario() == &app.authoring().trainee_session()->scenario());
    app.stop_preview();
    const auto& rs = app.authoring().reload_status();
    CHECK(rs.ok);
    REQUIRE(rs.report.size() == 2);
    CHECK(rs.report[1] == "actie 2: keuze 'bellen' bestaat niet meer in stap 'melding'");
    CHECK(rs.score.find("score") == 0);
    CHECK(app.session()->state().step == "melding");
    CHECK(app.session()->scenario().choice("melding", "bellen") == nullptr);
    CHECK(app.library()[0].scenario.get() == &app.session()->scenario());
    REQUIRE(app.session()->session().forks.size() == 1);
    CHECK(app.session()->session().forks[0].actions.size() == 2);

    // A save that does not load: the running version stays, the error has file:line.
    const core::Scenario* running = &app.session()->scenario();
    test::save_in_editor(file, "scenario { id = \"herlaad\",\n  titel = \n");
    CHECK(app.authoring().poll_file());
    h.frame(app);
    CHECK_FALSE(app.authoring().reload_status().ok);
    REQUIRE_FALSE(app.authoring().reload_status().errors.empty());
    CHECK(app.authoring().reload_status().errors[0].rfind(file.string() + ":", 0) == 0);
    CHECK(&app.session()->scenario() == running);
    CHECK(app.session()->state().step == "melding");
    bool told = false;
    for (const auto& n : app.notices()) told = told || (n.error && n.text.find(ui::tr(ui::S::AuReloadFailed)) == 0);
    CHECK(told);

    // Fixed again (with 'bellen' back): the fork can be reopened and fits once more.
    test::save_in_editor(file, kCase);
    CHECK(app.authoring().poll_file());
    CHECK(app.authoring().reload_status().ok);
    app.open_fork(0);
    CHECK(app.session()->state().step == "gesprek");
    CHECK(app.session()->session().actions.size() == 2);
}

TEST_CASE("authoring panel: the fields of every construct, from the DSL schema, with type and required") {
    Bench b;
    b.h.press(b.app, ui::keys::F2);
    b.h.frame(b.app);
    ImGuiWindow* panel = test::active_window("###auteur");
    REQUIRE(panel != nullptr);
    const ImGuiID header = test::IdPath(panel).str("###velden").id;
    const ImGuiID step = test::IdPath(panel).str("stap").id;
    // Closed by default: the constructs are not drawn.
    CHECK_FALSE(test::locate(panel, step, [&] { b.h.frame(b.app); }));
    panel->StateStorage.SetInt(header, 1);
    for (const auto& c : core::dsl::constructs()) {
        CAPTURE(std::string(c.name));
        CHECK(test::locate(panel, test::IdPath(panel).str(c.name).id, [&] { b.h.frame(b.app); }));
    }
    // The hints say the type and whether a field is required, in the UI's language.
    const core::dsl::Construct* keuze = core::dsl::construct("keuze");
    REQUIRE(keuze);
    CHECK(core::dsl::field_hint(keuze->fields[0]) == "tekst: tekst, verplicht (Engels in en = { ... })");
    CHECK(core::dsl::field_hint(keuze->fields[0], true) == "tekst: text, required (English in en = { ... })");
    CHECK(core::dsl::field_hint(*core::dsl::field(*keuze, "als"), true) == "als: a condition (a table or a function)");
}

TEST_CASE("story map in the app: the panel opens it, a click on a step previews it, a reload redraws it") {
    Bench b;
    test::Headless& h = b.h;
    ui::App& app = b.app;
    REQUIRE(app.session() != nullptr);
    app.ui.show_authoring = true;
    h.frame(app);
    ImGuiWindow* panel = test::active_window("###auteur");
    REQUIRE(panel != nullptr);
    CHECK(test::active_window("###verhaalkaart_venster") == nullptr);

    // The panel's button opens the map in its own window.
    const ImGuiID open_id = test::IdPath(panel).str(ui::tr(ui::S::AuMapOpen)).id;
    h.frame(app);  // the panel's content height is known after its first frame
    ImGui::SetScrollY(panel, panel->ScrollMax.y);  // the map section is the panel's last
    h.frame(app);
    // ImGui 1.86 keeps NavRectRel relative to the content start (CursorStartPos, which includes
    // the scroll); test::locate adds Pos - Scroll: move its rectangle to the screen.
    auto on_screen = [](const ImGuiWindow* w, ImRect r) {
        r.Translate(ImVec2(w->DC.CursorStartPos.x - w->Pos.x + w->Scroll.x, w->DC.CursorStartPos.y - w->Pos.y + w->Scroll.y));
        return r;
    };
    auto open = test::locate(panel, open_id, [&] { h.frame(app); });
    REQUIRE(open);
    const ImRect button = on_screen(panel, *open);
    REQUIRE(test::in_view(panel, button));
    h.click(app, button.GetCenter());
    h.frame(app);
    REQUIRE(app.ui.show_story_map);
    REQUIRE(test::active_window("###verhaalkaart_venster") != nullptr);
    ImGuiWindow* canvas = test::active_window("##kaartvlak");
    REQUIRE(canvas != nullptr);

    // One node per step and ending: 'gesprek' is a button; clicking it starts the preview there.
    CHECK(app.authoring().story_map().nodes.size() == 4);
    auto node = test::locate(canvas, test::IdPath(canvas).str("gesprek").str("##knoop").id, [&] { h.frame(app); });
    REQUIRE(node);
    const ImRect box = on_screen(canvas, *node);
    REQUIRE(test::in_view(canvas, box));
    h.click(app, box.GetCenter());
    h.frame(app);
    REQUIRE(app.authoring().preview());
    CHECK(app.session()->state().step == "gesprek");
    app.stop_preview();
    h.frame(app);

    // The author adds a step and saves: the map has it after the reload.
    test::save_in_editor(b.file, replace(kCase, "einde \"einde_goed\"",
                                         "stap \"extra\" { titel = \"Extra\", tekst = \"Nog een stap.\",\n"
                                         "  keuze \"verder\" { tekst = \"Verder.\", naar = \"einde_goed\" } }\n"
                                         "einde \"einde_goed\""));
    CHECK(app.authoring().poll_file());
    h.frame(app);
    const core::StoryMap& map = app.authoring().story_map();
    CHECK(map.nodes.size() == 5);
    REQUIRE(map.find("extra") != nullptr);
    CHECK_FALSE(map.find("extra")->reachable);  // no choice leads there yet: marked in red
    CHECK(test::locate(canvas, test::IdPath(canvas).str("extra").str("##knoop").id, [&] { h.frame(app); }));
}

TEST_CASE("Route opnemen als referentie: the trainee's route beside the case, never a preview, replaced only when asked") {
    Bench b;
    ui::App& app = b.app;
    REQUIRE(app.session() != nullptr);
    app.sessions().perform(core::make_read("melding", "brief"));
    app.sessions().perform(core::make_choose("melding", "bellen"));
    const std::vector<core::Action> played = app.session()->session().actions;
    app.start_preview("gesprek");  // a preview is never what gets recorded
    app.preview_set("veiligheid", 2);

    std::string error;
    bool exists = false;
    const fs::path file = app.authoring().record_reference(true, false, error, exists);
    REQUIRE_MESSAGE(!file.empty(), error);
    CHECK(file == b.file.parent_path() / "herlaad-expert.json");
    CHECK(test::log_actions(file) == played);

    // A second recording does not replace it unasked.
    app.stop_preview();
    app.sessions().perform(core::make_choose("gesprek", "plan"));
    CHECK(app.authoring().record_reference(true, false, error, exists).empty());
    CHECK(exists);
    CHECK(test::log_actions(file) == played);
    // Asked: replaced; the mistakes log is its own file.
    CHECK(app.authoring().record_reference(true, true, error, exists) == file);
    CHECK(test::log_actions(file).size() == played.size() + 1);
    CHECK(app.authoring().record_reference(false, false, error, exists) == b.file.parent_path() / "herlaad-fouten.json");
}

TEST_CASE("author functions: hidden from a trainee until switched on, and the setting is kept") {
    test::AppWithCase b("herlaad.lua", kCase);
    b.app.start_session(0);
    b.h.frame(b.app);
    CHECK_FALSE(b.app.author_mode());
    CHECK_FALSE(test::shows(test::drawn_text(), ui::tr(ui::S::MenuAuthor)));
    b.h.press(b.app, ui::keys::F2);  // F2 does nothing for a trainee
    b.h.frame(b.app);
    CHECK(test::active_window("###auteur") == nullptr);
    b.app.ui.show_authoring = true;  // not even when asked for directly
    b.h.frame(b.app);
    CHECK(test::active_window("###auteur") == nullptr);

    b.app.set_author(true);
    b.h.frame(b.app);
    CHECK(test::shows(test::drawn_text(), ui::tr(ui::S::MenuAuthor)));
    CHECK(test::active_window("###auteur") != nullptr);
    // Saved: the next start has them too; switched off, the panel closes.
    ui::App again{b.app.data_dir(), b.app.scenario_dir()};
    CHECK(again.author_mode());
    b.app.set_author(false);
    b.h.frame(b.app);
    CHECK(test::active_window("###auteur") == nullptr);
    CHECK_FALSE(b.app.ui.show_authoring);
}
