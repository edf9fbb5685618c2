// Headless ImGui frames (no GPU): every view draws, and input turns into the right actions.
#include <doctest/doctest.h>

#include <cstdio>
#include <set>

#include <imgui.h>
#include <imgui_internal.h>

#include "core/store/persistence.hpp"
#include "helpers.hpp"
#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

using namespace lwp;

namespace {

struct Headless {
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        // The GLFW backend's key map, so keyboard navigation and our shortcuts see GLFW codes.
        const std::pair<ImGuiKey_, int> map[] = {
            {ImGuiKey_Tab, 258},    {ImGuiKey_LeftArrow, 263}, {ImGuiKey_RightArrow, 262}, {ImGuiKey_UpArrow, 265},
            {ImGuiKey_DownArrow, 264}, {ImGuiKey_PageUp, 266}, {ImGuiKey_PageDown, 267}, {ImGuiKey_Home, 268},
            {ImGuiKey_End, 269},    {ImGuiKey_Insert, 260},    {ImGuiKey_Delete, 261},     {ImGuiKey_Backspace, 259},
            {ImGuiKey_Space, 32},   {ImGuiKey_Enter, 257},     {ImGuiKey_Escape, 256},     {ImGuiKey_KeyPadEnter, 335},
            {ImGuiKey_A, 65},       {ImGuiKey_C, 67},          {ImGuiKey_V, 86},           {ImGuiKey_X, 88},
            {ImGuiKey_Y, 89},       {ImGuiKey_Z, 90}};
        for (auto [key, code] : map) io.KeyMap[key] = code;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        ui::build_fonts(1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::apply_style(1.0f);
    }
    ~Headless() { ImGui::DestroyContext(); }
    void frame(ui::App& app) {
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();
    }
    // Presses a key for one frame (ImGui 1.86 reads backend key codes from io.KeysDown).
    void press(ui::App& app, int code) {
        ImGui::GetIO().KeysDown[code] = true;
        frame(app);
        ImGui::GetIO().KeysDown[code] = false;
        frame(app);
    }
};

int windows_named(const char* part) {
    int n = 0;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) n += std::string(w->Name).find(part) != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("every string exists in Dutch and English") {
    for (int i = 0; i < static_cast<int>(ui::S::Count); ++i) {
        CAPTURE(i);
        CHECK(std::string(ui::tr(static_cast<ui::S>(i), core::Lang::Nl)).size() > 0);
        CHECK(std::string(ui::tr(static_cast<ui::S>(i), core::Lang::En)).size() > 0);
    }
    CHECK(std::string(ui::tr(ui::S::Documents, core::Lang::Nl)) == "Documenten");
    CHECK(std::string(ui::tr(ui::S::Documents, core::Lang::En)) == "Documents");
}

TEST_CASE("the font atlas has the glyphs Dutch case texts need") {
    Headless h;
    ImFont* font = ui::fonts().body;
    REQUIRE(font != nullptr);
    for (ImWchar c : {0x00EB /* ë */, 0x00E9 /* é */, 0x2018 /* ‘ */, 0x201D /* ” */, 0x2013 /* – */, 0x2026 /* … */,
                      0x20AC /* € */, 0x2192 /* → */}) {
        CAPTURE(c);
        const ImFontGlyph* g = font->FindGlyphNoFallback(c);
        CHECK(g != nullptr);
    }
}

TEST_CASE("every character of the program's texts and the bundled cases has a glyph in the atlas") {
    Headless h;
    ImFont* font = ui::fonts().body;
    REQUIRE(font != nullptr);
    std::vector<std::filesystem::path> files{std::filesystem::path(LWP_SCENARIO_DIR) / ".." / "app" / "ui" / "strings.hpp"};
    for (const auto& e : std::filesystem::directory_iterator(LWP_SCENARIO_DIR))
        if (e.path().extension() == ".lua") files.push_back(e.path());
    std::set<unsigned> missing;
    for (const auto& f : files) {
        const std::string text = test::slurp(f);
        for (size_t i = 0; i < text.size();) {  // UTF-8, 1 to 4 bytes
            const auto b = static_cast<unsigned char>(text[i]);
            const int n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            unsigned c = n == 1 ? b : b & (0x3Fu >> (n - 1));
            for (int k = 1; k < n && i + static_cast<size_t>(k) < text.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
            i += static_cast<size_t>(n);
            if (c >= 0x20 && c <= 0xFFFF && c != 0xFE0F && !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) missing.insert(c);
        }
    }
    for (unsigned c : missing) {
        char name[16];
        std::snprintf(name, sizeof name, "U+%04X", c);
        MESSAGE("no glyph for " << name);
    }
    CHECK(missing.empty());
}

TEST_CASE("library view: a card per scenario, broken files included") {
    Headless h;
    test::TempDir scenarios, data;
    test::spit(scenarios.path / "a.lua", test::slurp(test::fixture("scenarios/mini.lua")));
    test::spit(scenarios.path / "b.lua", "stap \"x\" {\n");
    ui::App app(core::DataDir{data.path}, scenarios.path);
    app.library_service().load();
    REQUIRE(app.library().size() == 2);
    CHECK(app.library()[0].ok());
    CHECK_FALSE(app.library()[1].ok());
    h.frame(app);
    h.frame(app);
    CHECK(app.screen() == ui::Screen::Library);
    CHECK(windows_named("##kaart") == 2);
}

TEST_CASE("player view: number keys choose, Ctrl+Z undoes, documents are read, the session is saved") {
    Headless h;
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, test::fixture("scenarios"));
    app.library_service().load();
    app.start_session(0);
    REQUIRE(app.session() != nullptr);
    h.frame(app);
    CHECK(app.screen() == ui::Screen::Player);
    CHECK(windows_named("##midden") == 1);
    CHECK(windows_named("##links") == 1);
    CHECK(windows_named("##rechts") == 1);

    h.press(app, ui::keys::Digit1);  // "Praat eerst met Cas."
    REQUIRE(app.session()->session().actions.size() == 1);
    CHECK(app.session()->session().actions[0].target == "praten");
    CHECK(app.session()->state().step == "vervolg");
    h.frame(app);  // feedback box drawn
    CHECK(windows_named("##feedback") == 1);

    ImGui::GetIO().KeyCtrl = true;
    h.press(app, ui::keys::Z);
    ImGui::GetIO().KeyCtrl = false;
    CHECK(app.session()->state().step == "begin");

    app.ui.open_document = "melding";
    h.frame(app);
    h.press(app, 256);  // Escape closes the reader
    CHECK(app.ui.open_document.empty());

    app.flush_saves();
    auto listing = core::list_sessions(core::DataDir{data.path});
    REQUIRE(listing.sessions.size() == 1);
    CHECK(listing.sessions[0].scenario_id == "mini");
}

TEST_CASE("player view draws an ending, the course with forks, and English") {
    Headless h;
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, test::fixture("scenarios"));
    app.library_service().load();
    app.start_session(0);
    REQUIRE(app.session());
    app.sessions().perform(core::make_choose("begin", "wachten"));
    app.sessions().perform(core::make_choose("crisis", "ingrijpen"));
    REQUIRE(app.session()->state().finished());
    app.rewind_to_choice(1);
    CHECK(app.session()->state().step == "crisis");
    CHECK(app.session()->session().forks.size() == 1);
    app.set_language(core::Lang::En);
    h.frame(app);
    h.frame(app);
    CHECK(std::string(ui::tr(ui::S::Rewind)) == "Rewind");
    app.open_fork(0);
    h.frame(app);
    CHECK(app.session()->state().finished());
    app.set_language(core::Lang::Nl);
}

TEST_CASE("the last session is resumed on the next start") {
    test::TempDir data;
    std::string id;
    {
        Headless h;
        ui::App app(core::DataDir{data.path}, test::fixture("scenarios"));
        app.library_service().load();
        app.start_session(0);
        app.sessions().perform(core::make_choose("begin", "praten"));
        id = app.session()->session().id;
        h.frame(app);
    }
    Headless h;
    ui::App app(core::DataDir{data.path}, test::fixture("scenarios"));
    app.library_service().load();
    app.resume_last_session();
    REQUIRE(app.session() != nullptr);
    CHECK(app.session()->session().id == id);
    CHECK(app.session()->state().step == "vervolg");
    h.frame(app);
}

TEST_CASE("the demo logs used for screenshots still replay on the bundled tutorial") {
    const auto demo = std::filesystem::path(LWP_SCENARIO_DIR) / ".." / "tools" / "demo";
    auto tutorial = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / "oefencasus.lua");
    REQUIRE(tutorial.ok());
    for (const char* name : {"oefencasus-expert.json", "oefencasus-zwak.json"}) {
        CAPTURE(name);
        std::string error;
        auto bytes = core::read_file(demo / name, error);
        REQUIRE(bytes);
        auto session = core::session_from_json(*bytes, error);
        REQUIRE(session);
        auto r = core::replay(*tutorial.scenario, tutorial.runtime.get(), session->actions);
        CHECK(r.problem == "");
        CHECK(r.state.finished());
    }
}

TEST_CASE("debrief view: live and final, the score follows undo — progress view draws") {
    Headless h;
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, test::fixture("scenarios"));
    app.library_service().load();
    app.start_session(0);
    REQUIRE(app.session());
    app.ui.select_tab = "nabespreking";
    h.frame(app);
    CHECK_FALSE(app.sessions().score_report().final);
    app.sessions().perform(core::make_choose("begin", "praten"));
    app.sessions().perform(core::make_choose("vervolg", "plan"));
    h.frame(app);
    const auto& final_report = app.sessions().score_report();
    CHECK(final_report.final);
    const double earned = final_report.earned;
    CHECK(earned > 0);
    app.sessions().undo();
    CHECK_FALSE(app.sessions().score_report().final);  // the cache followed the log
    app.sessions().redo();
    CHECK(app.sessions().score_report().earned == earned);
    CHECK_FALSE(app.sessions().comparison().empty());
    h.frame(app);
    h.frame(app);
    app.close_session();
    app.show_progress();
    h.frame(app);
    CHECK(app.screen() == ui::Screen::Progress);
    REQUIRE(app.sessions().progress().sessions.size() == 1);
    CHECK(app.sessions().progress().sessions[0].finished);
}
