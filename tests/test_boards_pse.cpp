// The pattern, safety and end-situation boards (METHOD.md §2.7, §2.8, §2.10, §2.11):
//   - core/pattern_layout: family roles, what a dropped fact becomes, the CAF/GIZ diagram layout,
//     arrow curves;
//   - ui/board_fields: soft wrapping, and a field edit that becomes ONE action when left;
//   - the boards in headless frames on the practice case: a real drag of a fact onto an area, an
//     arrow made with "pijl naar…" and with the handle, safety cells by mouse and keys, the score,
//     end-situation cards added and edited; and a stress case (100 factors, 200 arrows, 30 persons).
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <random>
#include <set>
#include <sstream>

#include "core/session/controller.hpp"
#include "core/layout/pattern_layout.hpp"
#include "helpers.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/strings.hpp"
#include "stress_cases.hpp"
#include "ui_fixture.hpp"
#include "ui_harness.hpp"

using namespace lwp;
using test::library_index;

namespace {

// The practice case, opened in a fresh data dir, with a headless ImGui.
struct Case {
    test::TempDir data;
    test::Headless h;
    ui::App app;
    explicit Case(ImVec2 display = ImVec2(1280, 800), std::filesystem::path scenarios = LWP_SCENARIO_DIR,
                  const std::string& id = "oefencasus")
        : h(display), app(core::DataDir{data.path}, std::move(scenarios)) {
        app.library_service().load();
        app.start_session(library_index(app, id));
        REQUIRE(app.session() != nullptr);
    }
    const core::Analysis& an() { return app.session()->state().analysis; }
    size_t actions() { return app.session()->session().actions.size(); }
    const core::Action& last() { return app.session()->session().actions.back(); }
    void frame() { h.frame(app); }
    void show(const char* tab) {
        app.ui.select_tab = tab;
        frame();
        frame();
    }
    // Plays the case to the planning step: report read, mother called, home visit read and safety
    // assessed, Milan spoken to, the closing letter read. Ten facts are then known.
    void play() {
        for (auto [type, target] : {std::pair{"lees", "zorgmelding_school"}, {"kies", "melding_bespreken"},
                                    {"lees", "verslag_huisbezoek"}, {"kies", "veiligheid_taxeren"}, {"kies", "milan_spreken"},
                                    {"lees", "afsluitbericht_opvoedsteun"}}) {
            const size_t before = actions();
            app.act(type, target);
            REQUIRE(actions() == before + 1);
        }
    }
    bool ok(const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
        const size_t before = actions();
        app.act(type, target, std::move(args));
        return actions() == before + 1;
    }
    // Screen rectangle of an item (see test::locate), drawn with the whole app; checked to be in
    // view, so that a click on it reaches it.
    std::optional<ImRect> where(const char* window, const test::IdPath& path) {
        auto r = test::locate(test::active_window(window), path.id, [&] { frame(); });
        if (r && !test::in_view(test::active_window(window), *r)) {
            test::scroll_to(test::active_window(window), *r);
            frame();
            r = test::locate(test::active_window(window), path.id, [&] { frame(); });
        }
        if (r) CHECK_MESSAGE(test::in_view(test::active_window(window), *r), "item out of view in " << window);
        return r;
    }
    // The same for an item that only has to exist (it may be scrolled out of view).
    std::optional<ImRect> submitted(const char* window, const test::IdPath& path) {
        return test::locate(test::active_window(window), path.id, [&] { frame(); });
    }
    test::IdPath in(const char* window) { return test::IdPath(test::active_window(window)); }
    void click(ImVec2 p) { h.click(app, p); }
    void type(const char* text) { test::type(text, [&] { frame(); }); }
};

std::string fact_text(Case& c, const char* id) { return c.app.session()->scenario().fact(id)->text.nl; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// core/pattern_layout
// ---------------------------------------------------------------------------------------------

TEST_CASE("pattern layout: parents and children by role, family members for the safety matrix") {
    for (const char* r : {"moeder", "vader", "pleegvader", "stiefouder", "Ouder", "mother"}) {
        CAPTURE(r);
        CHECK(core::is_parent_role(r));
        CHECK_FALSE(core::is_child_role(r));
    }
    for (const char* r : {"grootmoeder", "oma", "netwerk", "buurvrouw", "grandfather"}) {
        CAPTURE(r);
        CHECK_FALSE(core::is_parent_role(r));
        CHECK_FALSE(core::is_child_role(r));
    }
    for (const char* r : {"kind", "pleegkind", "zoon", "dochter", "jeugdige"}) {
        CAPTURE(r);
        CHECK(core::is_child_role(r));
    }
    CHECK_FALSE(core::is_child_role("kleinkind"));

    auto loaded = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / "oefencasus.lua");
    REQUIRE(loaded.ok());
    // Ronald lives elsewhere but is a parent; grandma Ria and neighbour Hanneke are network.
    CHECK(core::family_members(*loaded.scenario) == std::vector<std::string>{"sanne", "ronald", "milan", "noor"});
}

TEST_CASE("pattern layout: a dropped fact or timeline entry becomes a factor with that evidence") {
    auto loaded = scripting::load_scenario_file(std::filesystem::path(LWP_SCENARIO_DIR) / "oefencasus.lua");
    REQUIRE(loaded.ok());
    core::Session session;
    session.id = "t";
    session.scenario_id = "oefencasus";
    core::SessionController ctl(loaded.scenario, loaded.runtime.get(), session);
    const core::Scenario& sc = *loaded.scenario;
    using A = core::PatternArea;
    using core::DropSource;

    // Not yet discovered: no factor (the action would be refused).
    CHECK_FALSE(core::factor_from_drop(sc, ctl.state(), DropSource::Fact, "f_schulden", A::ParentDevelopment, core::Lang::Nl));
    CHECK_FALSE(core::factor_from_drop(sc, ctl.state(), DropSource::Fact, "f_bestaat_niet", A::ParentDevelopment, core::Lang::Nl));
    REQUIRE(ctl.perform(core::make_read("aanleiding", "zorgmelding_school")).ok);
    REQUIRE(ctl.perform(core::make_choose("aanleiding", "melding_bespreken")).ok);
    REQUIRE(ctl.perform(core::make_read("huisbezoek", "verslag_huisbezoek")).ok);

    // f_scheiding is about sanne, ronald, milan and noor: the area decides who the factor is about.
    auto parent = core::factor_from_drop(sc, ctl.state(), DropSource::Fact, "f_scheiding", A::ParentBehaviour, core::Lang::Nl);
    REQUIRE(parent);
    CHECK(parent->area == A::ParentBehaviour);
    CHECK(parent->person == "sanne");
    CHECK(parent->text == sc.fact("f_scheiding")->text.nl);
    CHECK(parent->evidence == std::vector<std::string>{"f_scheiding"});
    auto child = core::factor_from_drop(sc, ctl.state(), DropSource::Fact, "f_scheiding", A::ChildDevelopment, core::Lang::En);
    REQUIRE(child);
    CHECK(child->person == "milan");
    CHECK(child->text == sc.fact("f_scheiding")->text.en);
    // f_schulden is only about sanne: nobody fits a child area; the help pattern names no one.
    CHECK(core::factor_from_drop(sc, ctl.state(), DropSource::Fact, "f_schulden", A::ChildBehaviour, core::Lang::Nl)->person.empty());
    CHECK(core::factor_from_drop(sc, ctl.state(), DropSource::Fact, "f_hulp_schuld", A::HelpPattern, core::Lang::Nl)->person.empty());

    // The draft is a valid action: applying it gives the factor, in that area, with the fact as evidence.
    const auto args = parent->args();
    CHECK(args.at("gebied") == "gedrag_ouder");
    CHECK(args.at("bewijs") == "f_scheiding");
    REQUIRE(ctl.perform(core::Action{"patroon.factor", "huisbezoek", "", args, 0}).ok);
    const core::Factor& f = ctl.state().analysis.pattern.factors.back();
    CHECK(f.area == A::ParentBehaviour);
    CHECK(f.evidence == std::vector<std::string>{"f_scheiding"});

    // A timeline entry: its own text wins, the entry id is the evidence.
    REQUIRE(ctl.perform(core::Action{"tijdlijn.plaats", "huisbezoek", "f_schulden", {{"tekst", "Huurachterstand"}}, 0}).ok);
    const std::string entry = ctl.state().analysis.timeline.entries.back().id;
    auto from_entry = core::factor_from_drop(sc, ctl.state(), DropSource::TimelineEntry, entry, A::ParentDevelopment, core::Lang::Nl);
    REQUIRE(from_entry);
    CHECK(from_entry->text == "Huurachterstand");
    CHECK(from_entry->person == "sanne");
    CHECK(from_entry->evidence == std::vector<std::string>{entry});
    CHECK_FALSE(core::factor_from_drop(sc, ctl.state(), DropSource::TimelineEntry, "t999", A::ParentDevelopment, core::Lang::Nl));

    CHECK(core::evidence_with({"a", "b"}, "c") == "a,b,c");
    CHECK(core::evidence_with({"a", "b"}, "a") == "a,b");  // once
    CHECK(core::evidence_with({}, "a") == "a");
    CHECK(core::evidence_without({"a", "b", "c"}, "b") == "a,c");
}

TEST_CASE("pattern layout: areas in the loop, cards inside their area, no overlaps, rows grow with content") {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> area(0, 4);
    std::uniform_real_distribution<float> height(40, 140);
    for (float width : {500.0f, 900.0f, 1600.0f}) {
        for (size_t n : {size_t(0), size_t(1), size_t(9), size_t(100)}) {
            CAPTURE(width);
            CAPTURE(n);
            std::vector<core::PatternArea> areas;
            std::vector<float> heights;
            for (size_t i = 0; i < n; ++i) {
                areas.push_back(static_cast<core::PatternArea>(area(rng)));
                heights.push_back(height(rng));
            }
            core::PatternMetrics m;
            m.width = width;
            std::vector<float> widths_asked(n, -1);
            auto measure = [&](size_t i, float w) {
                widths_asked[i] = w;
                return heights[i];
            };
            const core::PatternGeometry g = core::layout_pattern(m, areas, measure);
            REQUIRE(g.cards.size() == n);
            const auto& A = g.areas;
            using PA = core::PatternArea;
            auto at = [&](PA a) { return A[static_cast<size_t>(a)]; };
            // The loop: development left of behaviour for the parents, behaviour left of
            // development for the children (clockwise), the help pattern below across the width.
            CHECK(at(PA::ParentDevelopment).x1 < at(PA::ParentBehaviour).x0);
            CHECK(at(PA::ChildBehaviour).x1 < at(PA::ChildDevelopment).x0);
            CHECK(at(PA::ParentDevelopment).y1 < at(PA::ChildBehaviour).y0);
            CHECK(at(PA::ChildDevelopment).y1 < at(PA::HelpPattern).y0);
            CHECK(at(PA::HelpPattern).x0 == doctest::Approx(0));
            CHECK(at(PA::HelpPattern).x1 == doctest::Approx(width));
            CHECK(at(PA::ParentDevelopment).height() == doctest::Approx(at(PA::ParentBehaviour).height()));
            CHECK(at(PA::ChildDevelopment).height() == doctest::Approx(at(PA::ChildBehaviour).height()));
            CHECK(at(PA::ParentDevelopment).height() >= m.min_area_height);
            CHECK(g.height == doctest::Approx(at(PA::HelpPattern).y1));
            for (size_t a = 0; a < 5; ++a)
                for (size_t b = a + 1; b < 5; ++b) CHECK_FALSE(A[a].overlaps(A[b]));
            for (size_t i = 0; i < n; ++i) {
                CAPTURE(i);
                const core::Rect& r = g.cards[i];
                CHECK(A[static_cast<size_t>(areas[i])].contains(r));
                CHECK(r.y0 >= A[static_cast<size_t>(areas[i])].y0 + m.header);  // below the area title
                CHECK(r.height() >= heights[i] - 0.01f);  // as tall as its row
                CHECK(widths_asked[i] == doctest::Approx(r.width()));  // measured at the width it got
                CHECK((r.width() >= m.min_card_width || r.width() >= A[static_cast<size_t>(areas[i])].width() - 2 * m.pad - 0.5f));
                for (size_t j = i + 1; j < n; ++j) CHECK_FALSE(r.overlaps(g.cards[j]));
            }
            // Same input, same picture.
            const core::PatternGeometry again = core::layout_pattern(m, areas, [&](size_t i, float) { return heights[i]; });
            for (size_t i = 0; i < n; ++i) CHECK(again.cards[i].y0 == g.cards[i].y0);
        }
    }
    // A taller card in one area makes its whole row taller, and pushes the next row down.
    core::PatternMetrics m;
    const std::vector<core::PatternArea> one{core::PatternArea::ParentBehaviour};
    const auto small = core::layout_pattern(m, one, [](size_t, float) { return 50.0f; });
    const auto tall = core::layout_pattern(m, one, [](size_t, float) { return 600.0f; });
    CHECK(tall.areas[0].height() > small.areas[0].height());
    CHECK(tall.areas[0].height() == doctest::Approx(tall.areas[1].height()));
    CHECK(tall.areas[2].y0 > small.areas[2].y0);
}

TEST_CASE("pattern layout: arrows run from border to border and a→b bends away from b→a") {
    const core::Rect a{0, 0, 100, 50}, b{300, 200, 400, 260};
    const core::Vec2 p = core::border_point(a, b.center());
    CHECK((p.x == doctest::Approx(100) || p.y == doctest::Approx(50)));
    CHECK(a.contains(p));
    const core::ArrowCurve ab = core::arrow_between(a, b), ba = core::arrow_between(b, a);
    CHECK(a.contains(ab.p0));
    CHECK(b.contains(ab.p1));
    CHECK(ab.p0.x == doctest::Approx(ba.p1.x));
    CHECK(ab.p0.y == doctest::Approx(ba.p1.y));
    // The midpoints lie on opposite sides of the straight line between the cards.
    auto side = [&](core::Vec2 q) {
        return (ab.p1.x - ab.p0.x) * (q.y - ab.p0.y) - (ab.p1.y - ab.p0.y) * (q.x - ab.p0.x);
    };
    const float s1 = side(core::bezier_point(ab, 0.5f)), s2 = side(core::bezier_point(ba, 0.5f));
    CHECK(s1 * s2 < 0);
    // The bend is capped: a long arrow does not swing far out of the diagram.
    const core::ArrowCurve capped = core::arrow_between(a, core::Rect{3000, 0, 3100, 50}, 0.18f, 20.0f);
    CHECK(std::abs(capped.c0.y - capped.p0.y) <= 20.5f);
    CHECK(core::bezier_point(ab, 0).x == doctest::Approx(ab.p0.x));
    CHECK(core::bezier_point(ab, 1).y == doctest::Approx(ab.p1.y));
}

// ---------------------------------------------------------------------------------------------
// ui/board_fields
// ---------------------------------------------------------------------------------------------

TEST_CASE("board fields: soft wrapping breaks at spaces, keeps hard newlines, and unwraps exactly") {
    const ui::MeasureFn ten = [](const char* b, const char* e) { return 10.0f * static_cast<float>(e - b); };
    const std::string text = "Deze kinderen groeien op in een gezin waar geld de zorgen\nbepaalt en hulp stopt";
    const std::string wrapped = ui::soft_wrap(text, 120, ten);
    CHECK(wrapped.find("\r\n") != std::string::npos);
    CHECK(ui::soft_unwrap(wrapped) == text);
    std::stringstream lines(wrapped);
    for (std::string line; std::getline(lines, line, '\n');) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        CAPTURE(line);
        CHECK((line.size() * 10 <= 120 || line.find(' ') == std::string::npos));
    }
    // The hard newline stays a hard newline (a '\n' without '\r').
    CHECK(wrapped.find("zorgen\nbepaalt") != std::string::npos);
    // A word longer than the width stands alone; nothing is lost.
    const std::string long_word = "a verylongwordthatdoesnotfit b";
    CHECK(ui::soft_unwrap(ui::soft_wrap(long_word, 60, ten)) == long_word);
    CHECK(ui::soft_wrap("", 60, ten).empty());
    CHECK(ui::soft_wrap("kort", 600, ten) == "kort");
    // A stray '\r' (its '\n' was deleted by the user) joins the lines.
    CHECK(ui::soft_unwrap("een\rtwee") == "eentwee");
}

TEST_CASE("board fields: an edit is committed once, when the field is left — Escape commits nothing") {
    test::Headless h;
    std::string value = "Oma helpt";
    int commits = 0;
    std::string committed;
    ImRect field;
    auto draw = [&] {
        std::string out;
        ImGui::Dummy(ImVec2(10, 10));
        if (ui::commit_field("##veld", value, out)) {
            ++commits;
            committed = out;
            value = out;  // what the app does: the state takes the new text
        }
        field = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::Button("elders", ImVec2(100, 40));
    };
    h.frame(draw);
    h.frame(draw);
    h.click(field.GetCenter(), draw);  // focus the field
    test::type(" op woensdag", [&] { h.frame(draw); });
    h.frame(draw);
    CHECK(commits == 0);  // typing is not committing
    h.click(ImVec2(field.Min.x + 5, field.Max.y + 40), draw);  // click elsewhere
    CHECK(commits == 1);
    CHECK(committed == "Oma helpt op woensdag");
    for (int i = 0; i < 3; ++i) h.frame(draw);
    CHECK(commits == 1);

    // Enter commits too (Ctrl+Enter would be a new line).
    h.click(field.GetCenter(), draw);
    test::type(" en vrijdag", [&] { h.frame(draw); });
    ImGui::GetIO().KeysDown[257] = true;
    h.frame(draw);
    ImGui::GetIO().KeysDown[257] = false;
    h.frame(draw);
    CHECK(commits == 2);
    CHECK(committed == "Oma helpt op woensdag en vrijdag");

    // Escape reverts: the field shows the old text and nothing is committed.
    h.click(field.GetCenter(), draw);
    test::type(" NIET", [&] { h.frame(draw); });
    ImGui::GetIO().KeysDown[256] = true;
    h.frame(draw);
    ImGui::GetIO().KeysDown[256] = false;
    h.frame(draw);
    h.click(ImVec2(field.Min.x + 5, field.Max.y + 40), draw);
    CHECK(commits == 2);
}

// ---------------------------------------------------------------------------------------------
// The boards on the practice case
// ---------------------------------------------------------------------------------------------

TEST_CASE("pattern board: a fact dragged from the facts panel onto an area becomes a factor there") {
    Case c;
    c.app.act("lees", "zorgmelding_school");
    c.show("patroon");
    REQUIRE(c.an().pattern.factors.empty());
    // Source: the fact in the facts panel. Target: the header of the "gedrag kind" area, left of
    // its "+" button (the whole area accepts drops).
    auto source = c.where("##links", c.in("##links").str("f_milan_signalen").str("##sleep"));
    REQUIRE(source);
    auto plus = c.where("##bord", c.in("##bord").num(3).str("+##eigen"));
    REQUIRE(plus);
    const ImVec2 target(plus->Min.x - 60, plus->GetCenter().y);
    const size_t before = c.actions();
    test::drag(source->GetCenter(), target, [&] { c.frame(); });
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "patroon.factor");
    CHECK(c.last().args.at("gebied") == "gedrag_kind");
    CHECK(c.last().args.at("persoon") == "milan");
    CHECK(c.last().args.at("bewijs") == "f_milan_signalen");
    const core::Factor& f = c.an().pattern.factors.at(0);
    CHECK(f.area == core::PatternArea::ChildBehaviour);
    CHECK(f.text == fact_text(c, "f_milan_signalen"));
    CHECK(f.evidence == std::vector<std::string>{"f_milan_signalen"});

    // The same fact dropped on the new card is not added twice; another fact is added as evidence.
    c.frame();
    auto card = c.where("##bord", c.in("##bord").str(f.id).str("##kaart"));
    REQUIRE(card);
    auto other = c.where("##links", c.in("##links").str("f_melding_school").str("##sleep"));
    REQUIRE(other);
    test::drag(other->GetCenter(), card->GetCenter(), [&] { c.frame(); });
    CHECK(c.last().type == "patroon.wijzig");
    CHECK(c.an().pattern.factors.at(0).evidence == std::vector<std::string>{"f_milan_signalen", "f_melding_school"});
    CHECK(c.an().pattern.factors.size() == 1);  // onto the card, not the area beneath it
}

TEST_CASE("pattern board: arrows by 'pijl naar…' and by dragging the handle have the right ends") {
    Case c(ImVec2(1600, 1000));
    c.play();
    REQUIRE(c.ok("patroon.factor", "", {{"gebied", "ontwikkeling_ouder"}, {"persoon", "sanne"}, {"tekst", "Geldzorgen"}, {"bewijs", "f_schulden"}}));
    const std::string a = c.an().pattern.factors.back().id;
    REQUIRE(c.ok("patroon.factor", "", {{"gebied", "gedrag_ouder"}, {"persoon", "sanne"}, {"tekst", "Komt niet uit bed"}}));
    const std::string b = c.an().pattern.factors.back().id;
    REQUIRE(c.ok("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"persoon", "milan"}, {"tekst", "Te laat op school"}}));
    const std::string k = c.an().pattern.factors.back().id;
    c.show("patroon");

    // Select A, "Pijl naar…", then click B.
    auto card_a = c.where("##bord", c.in("##bord").str(a).str("##kaart"));
    REQUIRE(card_a);
    c.click(card_a->GetCenter());
    c.frame();
    auto button = c.where("##factor", c.in("##factor").str(a).str(ui::tr(ui::S::ArrowTo)));
    REQUIRE(button);
    c.click(button->GetCenter());
    auto card_b = c.where("##bord", c.in("##bord").str(b).str("##kaart"));
    REQUIRE(card_b);
    const size_t before = c.actions();
    c.click(card_b->GetCenter());
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "patroon.pijl");
    CHECK(c.last().args.at("van") == a);
    CHECK(c.last().args.at("naar") == b);
    REQUIRE(c.an().pattern.links.size() == 1);

    // Drag B's handle onto the child's card: an arrow B → K.
    c.frame();
    auto handle = c.where("##bord", c.in("##bord").str(b).str("##greep"));
    auto card_k = c.where("##bord", c.in("##bord").str(k).str("##kaart"));
    REQUIRE(handle);
    REQUIRE(card_k);
    test::drag(handle->GetCenter(), card_k->GetCenter(), [&] { c.frame(); });
    CHECK(c.last().type == "patroon.pijl");
    CHECK(c.last().args.at("van") == b);
    CHECK(c.last().args.at("naar") == k);
    CHECK(c.an().pattern.links.size() == 2);
}

TEST_CASE("pattern board: the sentence is committed once on Enter — a card moves to another area") {
    Case c(ImVec2(1600, 1400));
    c.play();
    REQUIRE(c.ok("patroon.factor", "", {{"gebied", "ontwikkeling_ouder"}, {"persoon", "sanne"}, {"tekst", "Komt niet uit bed"}}));
    const std::string f = c.an().pattern.factors.back().id;
    c.show("patroon");
    auto field = c.where("##bord", c.in("##bord").str("##zin"));
    REQUIRE(field);
    c.click(field->GetCenter());
    const size_t before = c.actions();
    c.type("Deze kinderen groeien op in een gezin waar moeder de zorgen alleen draagt.");
    c.frame();
    CHECK(c.actions() == before);
    c.h.press(c.app, 257);  // Enter
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "patroon.tekst");
    CHECK(c.last().target == "zin");
    CHECK(c.an().pattern.sentence == "Deze kinderen groeien op in een gezin waar moeder de zorgen alleen draagt.");
    for (int i = 0; i < 3; ++i) c.frame();
    CHECK(c.actions() == before + 1);

    // Drag the card itself into "gedrag ouder": the factor moves, Sanne still fits.
    auto card = c.where("##bord", c.in("##bord").str(f).str("##kaart"));
    auto plus = c.where("##bord", c.in("##bord").num(1).str("+##eigen"));
    REQUIRE(card);
    REQUIRE(plus);
    test::drag(ImVec2(card->Min.x + 20, card->GetCenter().y), ImVec2(plus->Min.x - 60, plus->GetCenter().y), [&] { c.frame(); });
    CHECK(c.last().type == "patroon.wijzig");
    CHECK(c.an().pattern.factors.at(0).area == core::PatternArea::ParentBehaviour);
    CHECK(c.an().pattern.factors.at(0).person == "sanne");
}

TEST_CASE("safety board: cells cycle by click, number keys choose, the score is a click — family and network") {
    Case c;
    c.play();
    c.show("veiligheid");
    REQUIRE(test::active_window("##matrix"));
    auto cell = [&](const char* person, const char* item) {
        return c.where("##matrix", c.in("##matrix").str(item).str(person).str("##cel"));
    };
    // The family (Ronald, the father, lives elsewhere) and, after it, the network: grandma and the
    // neighbour (issue 19.5).
    CHECK(cell("ria", "ernstige_verwaarlozing"));
    CHECK(cell("hanneke", "ernstige_verwaarlozing"));
    CHECK(cell("ronald", "ernstige_verwaarlozing"));
    auto milan = cell("milan", "ernstige_verwaarlozing");
    REQUIRE(milan);
    const size_t before = c.actions();
    c.click(milan->GetCenter());
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "veiligheid.oordeel");
    CHECK(c.last().target == "milan");
    CHECK(c.last().args.at("item") == "ernstige_verwaarlozing");
    CHECK(c.last().args.at("oordeel") == "veilig");
    c.click(milan->GetCenter());
    CHECK(c.an().safety.judgement("milan", "ernstige_verwaarlozing") == core::Judgement::Unsafe);
    // Keyboard: the focused cell takes 3 (direct veiligstellen) and 0 (clear).
    REQUIRE(cell("milan", "ernstige_verwaarlozing"));  // focuses it
    c.h.press(c.app, ui::keys::Digit1 + 2);
    CHECK(c.last().args.at("oordeel") == "direct_veiligstellen");
    CHECK(c.an().safety.judgement("milan", "ernstige_verwaarlozing") == core::Judgement::SecureNow);
    c.h.press(c.app, ui::keys::Digit1 - 1);
    CHECK(c.an().safety.judgement("milan", "ernstige_verwaarlozing") == core::Judgement::Unknown);
    CHECK(c.an().safety.judgement("noor", "ernstige_verwaarlozing") == core::Judgement::Unknown);  // only that cell

    // The score scale: box 7 sets 7; clicking the chosen score again adds nothing.
    CHECK(c.an().safety.score == 0);
    auto seven = c.where("##bord", c.in("##bord").num(7).str("##cijfer"));
    REQUIRE(seven);
    c.click(seven->GetCenter());
    CHECK(c.last().type == "veiligheid.score");
    CHECK(c.last().args.at("waarde") == "7");
    CHECK(c.an().safety.score == 7);
    const size_t after = c.actions();
    c.click(seven->GetCenter());
    CHECK(c.actions() == after);
}

TEST_CASE("safety board: what the 6 looks like is one action when the field is left") {
    Case c;
    c.play();
    c.show("veiligheid");
    auto field = c.where("##bord", c.in("##bord").str("##zes"));
    REQUIRE(field);
    c.click(field->GetCenter());
    const size_t before = c.actions();
    c.type("Elke ochtend ontbijt; ");
    c.type("om half negen op school.");
    c.frame();
    CHECK(c.actions() == before);
    // Leave the field by clicking on the intro text above it.
    c.click(ImVec2(field->Min.x + 10, test::active_window("##bord")->Pos.y + 12));
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "veiligheid.veld");
    CHECK(c.last().target == "zes");
    CHECK(c.an().safety.fields.at("zes") == "Elke ochtend ontbijt; om half negen op school.");
    for (int i = 0; i < 3; ++i) c.frame();
    CHECK(c.actions() == before + 1);
}

TEST_CASE("end board: an item is added with '+ Toevoegen' and Enter, then edited in place") {
    Case c(ImVec2(1600, 1200));
    c.play();
    REQUIRE(c.ok("veiligheid.score", "", {{"waarde", "6"}}));
    c.show("eindsituatie");
    auto add = c.where("##bord", c.in("##bord").str("doel").str(ui::tr(ui::S::AddCardPlus)));
    REQUIRE(add);
    c.click(add->GetCenter());
    c.frame();  // the form appears and asks for the keyboard focus
    c.frame();  // which it has from this frame on
    const size_t before = c.actions();
    c.type("Milan komt elke dag met ontbijt op school");
    c.h.press(c.app, 257);  // Enter adds
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "eind.item");
    CHECK(c.last().args.at("soort") == "doel");
    CHECK(c.last().args.at("tekst") == "Milan komt elke dag met ontbijt op school");
    REQUIRE(c.an().end.items.size() == 1);
    const std::string id = c.an().end.items[0].id;

    // Click the card: it opens for editing; the "who" field commits on its own.
    c.frame();
    auto card = c.where("##bord", c.in("##bord").str("doel").str(id).str("##kaart"));
    REQUIRE(card);
    c.click(card->GetCenter());
    c.frame();
    auto who = c.where("##bord", c.in("##bord").str("doel").str(id).str("##wie"));
    REQUIRE(who);
    c.click(who->GetCenter());
    c.type("Sanne, met oma Ria");
    c.h.press(c.app, 257);
    REQUIRE(c.actions() == before + 2);
    CHECK(c.last().type == "eind.wijzig");
    CHECK(c.last().args == std::map<std::string, std::string>{{"wie", "Sanne, met oma Ria"}});
    CHECK(c.an().end.items[0].who == "Sanne, met oma Ria");
    CHECK(c.an().end.items[0].text == "Milan komt elke dag met ontbijt op school");

    // The neighbour check is a field like the others.
    auto neighbour = c.where("##bord", c.in("##bord").str("##buurman"));
    REQUIRE(neighbour);
}

TEST_CASE("the three boards draw the practice case, in Dutch and English") {
    Case c;
    c.play();
    for (const char* tab : {"patroon", "veiligheid", "eindsituatie"}) {
        CAPTURE(tab);
        c.show(tab);
        CHECK(test::active_window("##bord"));
    }
    CHECK(test::active_window("##matrix") == nullptr);  // only on the safety tab
    c.app.set_language(core::Lang::En);
    for (const char* tab : {"patroon", "veiligheid", "eindsituatie"}) c.show(tab);
    c.app.set_language(core::Lang::Nl);
    c.frame();
}

// ---------------------------------------------------------------------------------------------
// Stress: 100 factors with 200 arrows, 30 family members, 40 end items
// ---------------------------------------------------------------------------------------------

TEST_CASE("stress: the boards draw 100 factors, 200 arrows, 30 persons and 40 end items") {
    // The generated case and its fill-in are shared with make bench (tests/stress_cases.hpp).
    test::TempDir scenarios;
    test::spit(scenarios.path / "groot.lua", test::stress::pattern_lua());
    Case c(ImVec2(1280, 800), scenarios.path, "groot");
    std::vector<std::string> ids;
    REQUIRE(test::stress::fill_pattern(*c.app.session(), &ids) == "");
    REQUIRE(c.an().pattern.factors.size() == 100);
    REQUIRE(c.an().pattern.links.size() == 200);

    c.show("patroon");
    for (int i = 0; i < 5; ++i) c.frame();
    // Every factor has its card (submitted even when scrolled out of view, for keyboard access).
    for (size_t i : {size_t(0), size_t(57), size_t(99)}) {
        CAPTURE(i);
        CHECK(c.submitted("##bord", c.in("##bord").str(ids[i]).str("##kaart")));
    }
    // Selecting a factor with many arrows lists them in the side panel.
    auto card = c.where("##bord", c.in("##bord").str(ids[0]).str("##kaart"));
    REQUIRE(card);
    c.click(card->GetCenter());
    c.frame();
    CHECK(c.where("##factor", c.in("##factor").str(ids[0]).str(ui::tr(ui::S::ArrowTo))));

    c.show("veiligheid");
    // 30 persons: household members and parents/children (the network roles are not family).
    const auto members = core::family_members(c.app.session()->scenario());
    CHECK(members.size() == 30);  // household defaults to true in this generated case
    CHECK(c.submitted("##matrix", c.in("##matrix").str("ernstige_verwaarlozing").str("p29").str("##cel")));
    c.show("eindsituatie");
    for (int i = 0; i < 3; ++i) c.frame();
    CHECK(test::active_window("##bord"));
}

TEST_CASE("end board: opening another column's form keeps the unfinished text, and Enter adds from a one-line field") {
    Case c(ImVec2(1600, 1200));
    c.play();
    REQUIRE(c.ok("veiligheid.score", "", {{"waarde", "6"}}));
    c.show("eindsituatie");
    auto open_form = [&](const char* kind) {
        auto add = c.where("##bord", c.in("##bord").str(kind).str(ui::tr(ui::S::AddCardPlus)));
        REQUIRE(add);
        c.click(add->GetCenter());
        c.frame();
        c.frame();
    };
    open_form("doel");
    c.type("Milan komt elke dag met ontbijt op school");
    // Another column's form: the first one stays open with its text (it was discarded before).
    open_form("compenseren");
    c.type("Oma Ria springt bij");
    c.frame();
    const size_t before = c.actions();
    CHECK(c.submitted("##bord", c.in("##bord").str("doel").str("##nieuw")));
    // Enter in the goal's one-line "when" field adds the goal with the text typed first.
    auto when = c.where("##bord", c.in("##bord").str("doel").str("##nieuw_wanneer"));
    REQUIRE(when);
    c.click(when->GetCenter());
    c.type("voor de zomer");
    c.h.press(c.app, 257);
    REQUIRE(c.actions() == before + 1);
    CHECK(c.last().type == "eind.item");
    CHECK(c.last().args.at("soort") == "doel");
    CHECK(c.last().args.at("tekst") == "Milan komt elke dag met ontbijt op school");
    CHECK(c.last().args.at("wanneer") == "voor de zomer");
    // The compensation's draft is still there: Enter in its text adds it.
    auto comp = c.where("##bord", c.in("##bord").str("compenseren").str("##nieuw"));
    REQUIRE(comp);
    c.click(comp->GetCenter());
    c.h.press(c.app, 257);
    REQUIRE(c.actions() == before + 2);
    CHECK(c.last().args.at("soort") == "compenseren");
    CHECK(c.last().args.at("tekst") == "Oma Ria springt bij");
}
