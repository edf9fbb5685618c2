// Issue 15, no spoilers, read back from what headless frames really drew (tests/glyphs.hpp): the
// debrief is locked with a lock and a line saying when it opens, solo and in a workshop; no
// criterion text and no part of the trainer's reference is drawn before the case has ended; a
// case always opens on its story; the reflection round asks only about steps already reached;
// a new step opens scrolled to its top.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "core/store/persistence.hpp"
#include "glyphs.hpp"
#include "helpers.hpp"
#include "ui/strings.hpp"
#include "ui_fixture.hpp"
#include "ui_harness.hpp"

using namespace lwp;
using test::library_index;
using test::drawn_text;
using test::shows;

namespace {

// Every text of the trainer's answers that the debrief could show.
std::vector<std::string> expert_texts(const core::Scenario& sc) {
    std::vector<std::string> out;
    for (const auto& c : sc.criteria) out.push_back(c.text.nl);
    const core::ExpertReference& r = sc.reference;
    if (!r.sentence.empty()) out.push_back(r.sentence.nl);
    if (!r.noble_intention.empty()) out.push_back(r.noble_intention.nl);
    for (const auto& f : r.factors) out.push_back(f.text.nl);
    for (const auto& e : r.end_items) out.push_back(e.text.nl);
    return out;
}

void frames(test::Headless& h, ui::App& app, int n = 3) {
    for (int i = 0; i < n; ++i) h.frame(app);
}

void check_locked(test::Headless& h, ui::App& app) {
    app.ui.select_tab = "nabespreking";
    frames(h, app);
    const std::string drawn = drawn_text();
    CHECK(shows(drawn, ui::tr(ui::S::DebriefLocked)));
    CHECK(shows(drawn, ui::tr(ui::S::DebriefLockedText)));
    CHECK_FALSE(shows(drawn, ui::tr(ui::S::Ledger)));
    for (const auto& t : expert_texts(app.session()->scenario())) {
        CAPTURE(t);
        CHECK_FALSE(shows(drawn, t));
    }
}

std::vector<core::Action> expert_log(const std::string& id) {
    std::string error;
    auto bytes = core::read_file(std::filesystem::path(LWP_SCENARIO_DIR) / ".." / "tools" / "demo" / (id + "-expert.json"), error);
    REQUIRE(bytes);
    auto s = core::session_from_json(*bytes, error);
    REQUIRE(s);
    return s->actions;
}

}  // namespace

TEST_CASE("no spoilers, solo: the debrief is locked until the end and the case opens on its story") {
    test::Headless h;
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, LWP_SCENARIO_DIR);
    app.library_service().load();
    const size_t index = library_index(app, "oefencasus");
    app.ui.select_tab = "nabespreking";  // whatever tab was open before ...
    app.start_session(index);
    REQUIRE(app.session());
    frames(h, app);
    const core::Scenario& sc = app.session()->scenario();
    std::string drawn = drawn_text();
    CHECK(shows(drawn, sc.step(sc.meta.start)->title.nl));  // ... a case opens on its story
    CHECK_FALSE(shows(drawn, ui::tr(ui::S::DebriefLocked)));
    check_locked(h, app);
    // Halfway through (the expert's log up to its last choice), still locked.
    const auto log = expert_log("oefencasus");
    for (size_t i = 0; i + 1 < log.size(); ++i) app.sessions().perform(log[i]);
    REQUIRE_FALSE(app.session()->state().finished());
    check_locked(h, app);
    // The end opens it: the final heading and the ledger are drawn.
    app.sessions().perform(log.back());
    REQUIRE(app.session()->state().finished());
    app.ui.select_tab = "nabespreking";
    frames(h, app);
    drawn = drawn_text();
    CHECK(shows(drawn, ui::tr(ui::S::DebriefFinal)));
    CHECK(shows(drawn, ui::tr(ui::S::Ledger)));
    // The ledger's first lines are drawn (the rest is scrolled out of view).
    CHECK(std::any_of(sc.criteria.begin(), sc.criteria.end(), [&](const core::Criterion& c) { return shows(drawn, c.text.nl); }));
    CHECK_FALSE(shows(drawn, ui::tr(ui::S::DebriefLocked)));
}

TEST_CASE("no spoilers, workshop: the debrief is locked on the projector and the reflection round asks only about steps reached") {
    test::Headless h(ImVec2(1920, 1080));
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, LWP_SCENARIO_DIR);
    app.library_service().load();
    std::string error;
    REQUIRE(app.start_workshop(library_index(app, "oefencasus"), "Groep", "Anna\nBram", error));
    frames(h, app);
    check_locked(h, app);
    const core::Scenario& sc = app.session()->scenario();
    const core::ReflectionPoint* later = sc.reflection_point("na_huisbezoek");  // on entering gesprek_kind
    REQUIRE(later);
    app.ui.select_tab = "reflectieronde";
    frames(h, app);
    CHECK_FALSE(shows(drawn_text(), later->prompts.at(0).nl));
    for (const auto& a : expert_log("oefencasus")) {  // the expert's route, until the point is reached
        if (app.session()->state().visited("gesprek_kind")) break;
        app.sessions().perform(a);
    }
    REQUIRE(app.session()->state().visited("gesprek_kind"));
    app.ui.select_tab = "reflectieronde";
    frames(h, app);
    CHECK(shows(drawn_text(), later->prompts.at(0).nl));  // reached now: asked
    check_locked(h, app);
}

TEST_CASE("every step opens scrolled to its top") {
    test::Headless h(ImVec2(1280, 400));  // small, so the first step's text scrolls
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, LWP_SCENARIO_DIR);
    app.library_service().load();
    app.start_session(library_index(app, "oefencasus"));
    frames(h, app);
    ImGuiWindow* middle = test::window_named("##midden");
    REQUIRE(middle);
    ImGui::SetScrollY(middle, middle->ScrollMax.y);
    frames(h, app, 2);
    REQUIRE(middle->Scroll.y > 0);  // scrolled down in the first step
    app.sessions().perform(core::make_choose("aanleiding", "brief_uitnodiging"));
    REQUIRE(app.session()->state().step == "huisbezoek");
    frames(h, app, 2);
    CHECK(test::window_named("##midden")->Scroll.y == 0);
}
