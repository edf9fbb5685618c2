// Issue 19 (the trainee's experience): the step counter counts the route actually taken, choice
// numbers stay stable while a step is open, and no board's add form loses what was typed.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <filesystem>
#include <optional>
#include <set>

#include "case_routes.hpp"
#include "core/session/controller.hpp"
#include "core/model/building_blocks.hpp"
#include "core/layout/genogram_layout.hpp"
#include "core/assess/progress.hpp"
#include "core/model/case_words.hpp"
#include "core/layout/pattern_layout.hpp"
#include "core/model/story_map.hpp"
#include "glyphs.hpp"
#include "helpers.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui_harness.hpp"

namespace fs = std::filesystem;
using namespace lwp;

namespace {

// Every shipped case with the demo logs it has.
std::vector<std::pair<std::string, std::string>> demo_logs() {
    std::vector<std::pair<std::string, std::string>> out;
    const fs::path demo = fs::path(LWP_SCENARIO_DIR) / ".." / "tools" / "demo";
    for (const auto& e : fs::directory_iterator(demo)) {
        const std::string name = e.path().stem().string();
        if (name.rfind("workshop-", 0) == 0) continue;
        const size_t dash = name.rfind('-');
        if (dash == std::string::npos) continue;
        out.push_back({name.substr(0, dash), name.substr(dash + 1)});
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("step counter: the route actually taken always lies within the range the counter shows") {
    const auto logs = demo_logs();
    REQUIRE(logs.size() >= 10);  // expert and mistakes logs of the shipped cases
    size_t narrowed = 0;         // steps where the range is smaller than the case's step count
    for (const auto& [case_id, log] : logs) {
        CAPTURE(case_id + "-" + log);
        const auto sc = test::load_case(case_id + ".lua");
        const core::StoryMap map = core::story_map(*sc.scenario);
        const auto actions = test::demo_actions(case_id, log);
        const auto final_state = core::replay(*sc.scenario, sc.runtime.get(), actions).state;
        REQUIRE(final_state.finished());
        const int taken = static_cast<int>(final_state.path.size());
        // Before each choice: "Stap here van lo–hi" must include the number of steps taken in the end.
        std::vector<core::Action> prefix;
        for (const auto& a : actions) {
            if (a.type == core::action_type::Choose) {
                const auto st = core::replay(*sc.scenario, sc.runtime.get(), prefix).state;
                const core::StepsToGo to_go = core::steps_to_go(map, st.step);
                const int here = static_cast<int>(st.path.size());
                CAPTURE(st.step);
                REQUIRE(to_go.min >= 0);
                CHECK(here + to_go.min <= taken);
                // The longest route counted is one without a loop: a route that goes round one
                // (a remedial step, visited again) is longer, and the counter grows with it.
                bool loops_ahead = false;
                for (size_t i = static_cast<size_t>(here); i < final_state.path.size(); ++i)
                    loops_ahead |= std::find(final_state.path.begin(), final_state.path.begin() + static_cast<long>(i),
                                             final_state.path[i]) != final_state.path.begin() + static_cast<long>(i);
                if (!loops_ahead) CHECK(taken <= here + to_go.max);
                narrowed += here + to_go.max < static_cast<int>(sc.scenario->steps.size());
            }
            prefix.push_back(a);
        }
        // In the last step the next choice ends the case.
        CHECK(core::steps_to_go(map, final_state.path.back()).min == 0);
    }
    CHECK(narrowed > 0);  // the counter is not the number of steps in the file
    // An unknown step has no range.
    const auto tutorial = test::load_case("oefencasus.lua");
    CHECK(core::steps_to_go(core::story_map(*tutorial.scenario), "bestaat_niet").min == -1);
}

TEST_CASE("choice numbers: a choice that appears after reading a document is appended, the others keep their number") {
    const std::string source = R"(
scenario { id = "volgorde", titel = "V", versie = "1", api = 1, start = "a" }
document "brief" { titel = "Brief", tekst = "Een brief." }
document "notitie" { titel = "Notitie", tekst = "Een notitie." }
einde "klaar" { titel = "K", tekst = "E" }
stap "a" {
  titel = "A", tekst = "T", documenten = { "brief", "notitie" },
  keuze "na_notitie" { tekst = "Na de notitie", als = { gelezen = "notitie" }, naar = "klaar" },
  keuze "eerst" { tekst = "Eerst", naar = "klaar" },
  keuze "na_brief" { tekst = "Na de brief", als = { gelezen = "brief" }, naar = "klaar" },
  keuze "laatst" { tekst = "Laatst", naar = "klaar" },
}
)";
    const auto sc = scripting::load_scenario_source(source, "volgorde.lua");
    for (const auto& d : sc.diagnostics) MESSAGE(d.str());
    REQUIRE(sc.ok());
    auto ids = [&](const core::SessionState& st) {
        std::vector<std::string> out;
        for (const core::Choice* c : core::available_choices(st, *sc.scenario, sc.runtime.get())) out.push_back(c->id);
        return out;
    };
    std::vector<core::Action> log;
    auto state = [&] { return core::replay(*sc.scenario, sc.runtime.get(), log).state; };
    using V = std::vector<std::string>;
    CHECK(ids(state()) == V{"eerst", "laatst"});
    log.push_back(core::make_read("a", "brief"));
    CHECK(ids(state()) == V{"eerst", "laatst", "na_brief"});
    // In file order "na_notitie" comes first; it is appended instead, so 1-3 mean what they meant.
    log.push_back(core::make_read("a", "notitie"));
    CHECK(ids(state()) == V{"eerst", "laatst", "na_brief", "na_notitie"});
    // The order is part of the fold: a replay gives it again, and the CLI's numbers are the same.
    CHECK(ids(state()) == ids(state()));
    // Reading again changes nothing; a refused action changes nothing either.
    log.push_back(core::make_read("a", "brief"));
    CHECK(ids(state()) == V{"eerst", "laatst", "na_brief", "na_notitie"});
    core::SessionState st = state();
    const auto refused = core::apply(st, *sc.scenario, sc.runtime.get(), core::make_read("a", "bestaat_niet"), 9);
    CHECK_FALSE(refused.ok);
    CHECK(ids(st) == V{"eerst", "laatst", "na_brief", "na_notitie"});
    // Choosing by number picks the choice shown under that number.
    log.push_back(core::make_choose("a", ids(state())[3]));
    const auto end = state();
    CHECK(end.finished());
    REQUIRE_FALSE(end.choices.empty());
    CHECK(end.choices.back().choice == "na_notitie");
}

TEST_CASE("progress bar: the label is white over the filled part and the text colour over the rest") {
    test::Headless h(ImVec2(800, 200));
    // The colours of the label's glyphs: every vertex not on the atlas's white pixel (the bar's
    // rectangles are drawn with that one).
    auto label_colours = [&](float fraction) {
        h.frame([&] { ui::progress_bar(fraction, ImVec2(400, 0), "Stap 2 van 4"); });
        const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
        std::set<ImU32> colours;
        size_t glyph_vertices = 0;
        const ImDrawData* dd = ImGui::GetDrawData();
        for (int l = 0; l < dd->CmdListsCount; ++l)
            for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
                if (v.uv.x != white.x || v.uv.y != white.y) {
                    colours.insert(v.col);
                    ++glyph_vertices;
                }
        CHECK(glyph_vertices == 4 * 9);  // "Stap2van4": every glyph of the label, drawn once
        return colours;
    };
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    CHECK(label_colours(0.9f) == std::set<ImU32>{IM_COL32_WHITE});  // inside the fill
    CHECK(label_colours(0.05f) == std::set<ImU32>{text});           // after a short fill
    CHECK(label_colours(0.0f) == std::set<ImU32>{text});
}

TEST_CASE("focus ring: the keyboard focus gets a thick petrol ring on top, and none while the mouse is used") {
    test::TempDir data;
    test::Headless h;
    ui::App app(core::DataDir{data.path}, LWP_SCENARIO_DIR);
    app.library_service().load();
    // Vertices of the foreground list (drawn over every window) in the ring's colour.
    auto ring_vertices = [&] {
        size_t n = 0;
        const ImDrawList* fg = ImGui::GetForegroundDrawList();
        for (const ImDrawVert& v : fg->VtxBuffer) n += v.col == ui::colors::Accent;
        return n;
    };
    h.frame(app);
    h.frame(app);
    CHECK(ring_vertices() == 0);  // nothing has the focus yet
    h.press(app, 264);            // Down: the keyboard moves the focus to the first item
    h.frame(app);
    const ImGuiContext& g = *GImGui;
    REQUIRE(g.NavId != 0);
    CHECK(ring_vertices() > 0);
    // Around the focused item: the ring's vertices lie just outside the item's rectangle.
    const ImRect item = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[g.NavLayer]);
    bool around = false;
    for (const ImDrawVert& v : ImGui::GetForegroundDrawList()->VtxBuffer)
        around |= v.col == ui::colors::Accent && v.pos.x < item.Min.x && v.pos.y < item.Min.y && v.pos.x > item.Min.x - 12;
    CHECK(around);
    // Once the mouse is used (ImGui then sets NavDisableHighlight, as a click does) it goes.
    GImGui->NavDisableHighlight = true;
    h.frame(app);
    CHECK(ring_vertices() == 0);
}

TEST_CASE("locked boards: the debrief's tab carries a padlock until the end, an open board's tab does not") {
    test::TempDir data;
    test::Headless h;
    ui::App app(core::DataDir{data.path}, LWP_SCENARIO_DIR);
    app.library_service().load();
    size_t tutorial = app.library().size();
    for (size_t i = 0; i < app.library().size(); ++i)
        if (app.library()[i].ok() && app.library()[i].scenario->meta.id == "oefencasus") tutorial = i;
    REQUIRE(tutorial < app.library().size());
    app.start_session(tutorial);
    REQUIRE(app.session());
    // The padlock: a filled shape in the muted colour just before the tab's label, on its line.
    auto padlock_before = [&](const std::string& label) {
        h.frame(app);
        h.frame(app);
        std::vector<test::DrawnGlyph> glyphs;
        test::for_each_glyph([&](const test::DrawnGlyph& g) { glyphs.push_back(g); });
        std::optional<ImVec2> at;
        for (size_t i = 0; i + label.size() <= glyphs.size() && !at; ++i) {
            bool match = true;
            for (size_t k = 0; k < label.size() && match; ++k) match = glyphs[i + k].codepoint == static_cast<unsigned char>(label[k]);
            if (match) at = glyphs[i].min;
        }
        REQUIRE_MESSAGE(at, "no tab labelled " << label);
        const float f = ImGui::GetFontSize();
        size_t n = 0;
        const ImDrawData* dd = ImGui::GetDrawData();
        for (int l = 0; l < dd->CmdListsCount; ++l)
            for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
                n += v.col == ui::colors::Muted && v.uv.x == ImGui::GetIO().Fonts->TexUvWhitePixel.x && v.pos.x < at->x &&
                     v.pos.x > at->x - f * 1.6f && v.pos.y > at->y - f * 0.5f && v.pos.y < at->y + f * 1.5f;
        return n;
    };
    CHECK(padlock_before("Nabespreking") > 0);
    CHECK(padlock_before("Tijdlijn") == 0);
    // At the end of the case the lock is gone.
    for (const auto& a : test::demo_actions("oefencasus", "expert")) app.act(a.type.c_str(), a.target, a.args);
    REQUIRE(app.session()->state().finished());
    CHECK(padlock_before("Nabespreking") == 0);
}

TEST_CASE("line breaks fall between words, never inside one") {
    test::Headless h;
    ImFont* font = ui::fonts().body;
    REQUIRE(font);
    const float size = font->FontSize;
    auto width_of = [&](const char* s) { return font->CalcTextSizeA(size, FLT_MAX, 0.0f, s).x; };
    const std::string text = "Opvoedondersteuning voor Sanne";
    const char* b = text.c_str();
    const char* e = b + text.size();
    // Room for half of the first word: nothing fits on this line (ImGui would break the word).
    CHECK(ui::line_break(font, size, b, e, width_of("Opvoedonder")) == b);
    CHECK(font->CalcWordWrapPositionA(size / font->FontSize, b, e, width_of("Opvoedonder")) != b);  // what ImGui does
    // Room for the first word and half the second: the break is after the first word.
    const char* brk = ui::line_break(font, size, b, e, width_of("Opvoedondersteuning vo"));
    CHECK(std::string(b, brk) == "Opvoedondersteuning");
    // Room for all of it.
    CHECK(ui::line_break(font, size, b, e, width_of(text.c_str()) + 1) == e);
    // Whatever the width, the break is at the start, the end, or next to a space.
    for (float w = 1; w < width_of(text.c_str()) + 10; w += 3) {
        const char* at = ui::line_break(font, size, b, e, w);
        CHECK((at == b || at == e || *at == ' ' || at[-1] == ' '));
        CHECK(font->CalcTextSizeA(size, FLT_MAX, 0.0f, b, at).x <= w + 0.5f);
    }
}

TEST_CASE("genogram ties are bent around the persons between them") {
    // A in the middle of a row, B and C at both ends: the tie B-C on a shallow arc would run
    // through A's symbol (the old fixed bend did).
    const std::vector<core::GenogramBox> a_box{{90, 60, 110, 110}};  // A's symbol and name, below the line
    const float min_bend = 25, max_bend = 50;
    const float old_bend = std::clamp(200 * 0.22f, min_bend, max_bend);
    CHECK(core::tie_crossings(0, 100, 100, 100 - old_bend, 200, 100, a_box) == 1);  // the old arc, bent up by 44
    const core::TieArc arc = core::route_tie(0, 100, 200, 100, a_box, min_bend, max_bend);
    CHECK(arc.crossings == 0);
    CHECK(core::tie_crossings(0, 100, arc.cx, arc.cy, 200, 100, a_box) == 0);
    // The smallest bend that clears A: here downwards, under A's name (upwards needs a larger one).
    CHECK(arc.cy > 100 + 44 - 1);
    CHECK(arc.cy < 100 + 90);
    // With nothing in the way it keeps the old, small upward bend.
    const core::TieArc free = core::route_tie(0, 100, 200, 100, {}, min_bend, max_bend);
    CHECK(free.crossings == 0);
    CHECK(free.cy == doctest::Approx(100 - old_bend));
    // Boxes above the line: it bends the other way instead.
    const std::vector<core::GenogramBox> above{{20, -200, 180, 99}};
    const core::TieArc down = core::route_tie(0, 100, 200, 100, above, min_bend, max_bend);
    CHECK(down.crossings == 0);
    CHECK(down.cy > 100);
}

TEST_CASE("safety grid: the living family first, then the network, never a deceased person") {
    const auto piet = test::load_case("piet.lua");
    const auto rows = core::safety_grid_persons(*piet.scenario);
    bool any_deceased = false;
    for (const auto& p : piet.scenario->persons) any_deceased |= p.deceased;
    REQUIRE(any_deceased);  // the case has one (Piet's mother), so the check below can fail
    for (const auto& id : rows) {
        CAPTURE(id);
        CHECK_FALSE(piet.scenario->person(id)->deceased);
    }
    // Every living person is in it, the family before the network.
    const auto tutorial = test::load_case("oefencasus.lua");
    const auto t_rows = core::safety_grid_persons(*tutorial.scenario);
    CHECK(t_rows == std::vector<std::string>{"sanne", "ronald", "milan", "noor", "ria", "hanneke"});
}

TEST_CASE("progress chart: dated ticks by day, week, month or year, each inside the range") {
    std::tm t{};
    t.tm_year = 2026 - 1900, t.tm_mon = 0, t.tm_mday = 15, t.tm_hour = 12, t.tm_isdst = -1;
    const std::int64_t jan15 = std::mktime(&t);
    const std::int64_t day = 86400;
    // A year: months (or quarters), labelled "feb 2026"; never more than asked for.
    for (int max : {4, 6, 12, 24}) {
        CAPTURE(max);
        const auto ticks = core::time_ticks(jan15, jan15 + 365 * day, max, core::Lang::Nl);
        REQUIRE_FALSE(ticks.empty());
        CHECK(static_cast<int>(ticks.size()) <= max);
        for (size_t i = 0; i < ticks.size(); ++i) {
            CHECK(ticks[i].when >= jan15);
            CHECK(ticks[i].when <= jan15 + 365 * day);
            if (i) CHECK(ticks[i].when > ticks[i - 1].when);
        }
    }
    const auto months = core::time_ticks(jan15, jan15 + 365 * day, 12, core::Lang::Nl);
    CHECK(months.front().label == "feb 2026");
    CHECK(months[1].label == "mrt 2026");
    CHECK(core::time_ticks(jan15, jan15 + 365 * day, 12, core::Lang::En)[1].label == "Mar 2026");
    // A week: days, "16 jan".
    const auto days = core::time_ticks(jan15, jan15 + 6 * day, 10, core::Lang::Nl);
    REQUIRE(days.size() == 6);
    CHECK(days.front().label == "16 jan");
    // Ten years in four ticks: years.
    const auto years = core::time_ticks(jan15, jan15 + 3650 * day, 10, core::Lang::Nl);
    REQUIRE_FALSE(years.empty());
    CHECK(years.front().label == "2027");
}

TEST_CASE("progress chart: one point per session that assessed the block, and a running mean") {
    core::Progress p;
    const size_t blocks = core::building_blocks().size();
    for (int i = 0; i < 6; ++i) {
        core::SessionScore s;
        s.when = 1000 + i;
        s.total = i / 10.0;
        s.blocks.resize(blocks);
        if (i % 2 == 0) s.blocks[0].max = 2, s.blocks[0].earned = 1;  // block 0 assessed in every other session
        p.sessions.push_back(s);
    }
    CHECK(core::chart_series(p, core::kAllBlocks).size() == 6);
    const auto b0 = core::chart_series(p, 0);
    REQUIRE(b0.size() == 3);
    CHECK(b0[1].session == 2);
    CHECK(b0[1].value == doctest::Approx(0.5));
    CHECK(core::chart_series(p, 1).empty());
    const auto mean = core::running_mean(core::chart_series(p, core::kAllBlocks), 3);
    CHECK(mean[0] == doctest::Approx(0.0));
    CHECK(mean[2] == doctest::Approx(0.1));
    CHECK(mean[5] == doctest::Approx(0.4));
}

TEST_CASE("roles: the common kinship words have an English name, others stay as written") {
    CHECK(core::role_name("oma", core::Lang::En) == "grandmother");
    CHECK(core::role_name("Moeder", core::Lang::En) == "mother");
    CHECK(core::role_name("oma", core::Lang::Nl) == "oma");
    CHECK(core::role_name("oppas op woensdag", core::Lang::En) == "oppas op woensdag");
    CHECK(core::difficulty_name("gevorderd", core::Lang::En) == "advanced");
    CHECK(core::difficulty_name("instap", core::Lang::En) == "introductory");
    // Every role in the shipped cases has one: the English genogram shows no Dutch role.
    for (const char* file : {"oefencasus.lua", "piet.lua", "huiselijk_geweld.lua", "dreigende_uitzetting.lua", "ots_eindigt.lua", "dossieronderzoek.lua"}) {
        const auto sc = test::load_case(file);
        for (const auto& p : sc.scenario->persons) {
            CAPTURE(std::string(file) + ": " + p.role);
            CHECK(core::role_known(p.role));
        }
        CHECK(core::difficulty_name(sc.scenario->meta.difficulty, core::Lang::En) != sc.scenario->meta.difficulty);
    }
}

TEST_CASE("saved routes read in the reader's language") {
    const auto sc = test::load_case("oefencasus.lua");
    core::Session session;
    session.id = "x";
    session.scenario_id = sc.scenario->meta.id;
    core::SessionController ctl(sc.scenario, sc.runtime.get(), session);
    const auto choices = ctl.choices();
    REQUIRE_FALSE(choices.empty());
    const core::Choice& first = *choices.front();
    REQUIRE(ctl.perform(core::make_choose(ctl.state().step, first.id)).ok);
    ctl.rewind_to_choice(0);  // the route so far is kept as a fork
    REQUIRE(ctl.session().forks.size() == 1);
    const core::Fork& fork = ctl.session().forks.front();
    REQUIRE(first.text.en != first.text.nl);
    CHECK(core::fork_label(*sc.scenario, fork, core::Lang::En) == first.text.en);
    CHECK(core::fork_label(*sc.scenario, fork, core::Lang::Nl) == first.text.nl);
    // A fork kept because the case changed says why, in English too.
    core::Fork kept = fork;
    kept.label = "Vóór wijziging van het scenario (versie 0.9): " + kept.label;
    CHECK(core::fork_label(*sc.scenario, kept, core::Lang::En) == "Before the case was changed (version 0.9): " + first.text.en);
    kept.label = "Past niet meer in deze versie van het scenario: x";
    CHECK(core::fork_label(*sc.scenario, kept, core::Lang::En) == "No longer fits this version of the case: " + first.text.en);
}

TEST_CASE("the case tab shows a step's variants whose condition holds") {
    test::TempDir data;
    test::Headless h(ImVec2(1920, 3000));  // tall: the whole step text in view
    ui::App app(core::DataDir{data.path}, LWP_SCENARIO_DIR);
    app.library_service().load();
    size_t index = app.library().size();
    for (size_t i = 0; i < app.library().size(); ++i)
        if (app.library()[i].ok() && app.library()[i].scenario->meta.id == "huiselijk_geweld") index = i;
    REQUIRE(index < app.library().size());
    app.start_session(index);
    REQUIRE(app.session());
    const auto route = test::swapped(test::demo_actions("huiselijk_geweld", "expert"), "uitleg_2a_toestemming", "gi_niet_noemen");
    for (const auto& a : route) {
        if (app.session()->state().step == "kinderen") break;
        REQUIRE(app.session()->perform(a).ok);
    }
    REQUIRE(app.session()->state().step == "kinderen");
    app.ui.select_tab = "casus";
    h.frame(app);
    h.frame(app);
    std::string drawn;
    test::for_each_glyph([&](const test::DrawnGlyph& g) { test::append_utf8(drawn, g.codepoint); });
    CHECK(drawn.find("weten") != std::string::npos);
    CHECK(drawn.find("wieze") != std::string::npos);  // "... weten niet wie ze is" (glyphs only, no spaces)
}
