// The Methodewijzer in headless ImGui frames (issue 16): the view with its contents, search and
// history; glossary terms that explain themselves on keyboard focus; citations that open a section.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "core/model/building_blocks.hpp"
#include "core/model/methodewijzer.hpp"
#include "glyphs.hpp"
#include "helpers.hpp"
#include "ui/methodewijzer_data.hpp"
#include "ui_harness.hpp"

using namespace lwp;

namespace {

struct GuideApp {
    test::Headless h;
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, LWP_SCENARIO_DIR};
    GuideApp() {
        ui::set_language(core::Lang::Nl);
        app.library_service().load();
        frames();
    }
    ~GuideApp() { ui::set_language(core::Lang::Nl); }
    void frames(int n = 3) {
        for (int i = 0; i < n; ++i) h.frame(app);
    }
};

const core::Methodewijzer& shipped(core::Lang lang) { return ui::methodewijzer(lang).guide; }

// Enter on the item that has keyboard focus.
template <class Frame>
void enter(Frame&& frame) {
    ImGui::GetIO().KeysDown[257] = true;
    frame();
    ImGui::GetIO().KeysDown[257] = false;
    frame();
}

}  // namespace

TEST_CASE("methodewijzer view: a building block with its text, sub-sections and the criteria that train it") {
    GuideApp g;
    REQUIRE(!shipped(core::Lang::Nl).empty());
    CHECK(test::window_named("###methodewijzer") == nullptr);
    ui::open_methodewijzer(g.app, "bouwsteen.directe_veiligheid");
    g.frames();
    ImGuiWindow* w = test::active_window("###methodewijzer");
    REQUIRE(w != nullptr);
    const std::string drawn = test::drawn_text("methodewijzer");
    const core::MwSection* s = shipped(core::Lang::Nl).find("bouwsteen.directe_veiligheid");
    REQUIRE(s);
    CHECK(test::shows(drawn, s->title));
    // The sub-section "what it asks" comes first under the block.
    CHECK(test::shows(drawn, shipped(core::Lang::Nl).find("bouwsteen.directe_veiligheid.vraagt")->title));
    // The contents list the parts; only the open block shows its sub-sections.
    CHECK(test::shows(drawn, shipped(core::Lang::Nl).find("bouwsteen.weging")->title));
    CHECK_FALSE(test::shows(drawn, shipped(core::Lang::Nl).find("bouwsteen.weging.wanneer")->title));

    // Scrolled to the end, the list the program appends: the criteria of the loaded cases.
    ImGuiWindow* text = nullptr;
    for (ImGuiWindow* c : ImGui::GetCurrentContext()->Windows)
        if (std::string(c->Name).find("###methodewijzer/##tekst") != std::string::npos) text = c;
    REQUIRE(text != nullptr);
    for (int i = 0; i < 3; ++i) {
        ImGui::SetScrollY(text, text->ScrollMax.y);
        g.frames();
    }
    const std::string end = test::drawn_text("methodewijzer");
    std::vector<const core::Scenario*> scenarios;
    for (const auto& l : g.app.library())
        if (l.ok()) scenarios.push_back(l.scenario.get());
    const auto trained = core::trained_by(scenarios, "directe_veiligheid");
    REQUIRE(!trained.empty());
    CHECK(test::shows(end, trained.back().criterion_text.nl));
}

TEST_CASE("methodewijzer view: back and forward, and a search that narrows the contents") {
    GuideApp g;
    ui::open_methodewijzer(g.app, "inleiding");
    g.frames();
    ui::open_methodewijzer(g.app, "bouwsteen.privacy");
    ui::open_methodewijzer(g.app, "veiligheidsschaal.zes");
    g.frames();
    CHECK(g.app.ui.methode.current == "veiligheidsschaal.zes");
    ui::methodewijzer_back(g.app);
    CHECK(g.app.ui.methode.current == "bouwsteen.privacy");
    ui::methodewijzer_back(g.app);
    CHECK(g.app.ui.methode.current == "inleiding");
    ui::methodewijzer_back(g.app);  // nothing further back
    CHECK(g.app.ui.methode.current == "inleiding");
    ui::methodewijzer_forward(g.app);
    CHECK(g.app.ui.methode.current == "bouwsteen.privacy");
    ui::open_methodewijzer(g.app, "bronnen");  // a new page drops the forward list
    CHECK(g.app.ui.methode.forward.empty());
    g.frames();

    // Typing in the search field keeps only the sections that mention the word.
    const std::string all = test::drawn_text("##inhoud");
    std::snprintf(g.app.ui.methode.search, sizeof g.app.ui.methode.search, "%s", "ondergrens");
    g.frames();
    const std::string found = test::drawn_text("##inhoud");
    CHECK(test::shows(found, shipped(core::Lang::Nl).find("bouwsteen.directe_veiligheid.ondergrens")->title));
    CHECK(found.size() < all.size());
    // A section that never mentions the word is left out.
    // (the first sections: the contents list is clipped to what is in view)
    const core::MwSection* absent = nullptr;
    for (std::size_t i = 0; i < 8 && !absent; ++i) {
        const core::MwSection& s = shipped(core::Lang::Nl).sections[i];
        if (s.title.size() > 14) continue;  // a long title is cut off in the narrow list
        std::string text = s.title;
        for (const auto& b : s.blocks)
            for (const auto& it : b.items) text += core::plain_text(it);
        if (text.find("ondergrens") == std::string::npos) absent = &s;
    }
    REQUIRE(absent);
    CHECK_FALSE(test::shows(found, absent->title));
    CHECK(test::shows(all, absent->title));
}

TEST_CASE("methodewijzer view: in English the English file") {
    GuideApp g;
    g.app.set_language(core::Lang::En);
    ui::open_methodewijzer(g.app, "bouwsteen.gesprekken_kinderen");
    g.frames();
    const std::string drawn = test::drawn_text("methodewijzer");
    const std::string en = shipped(core::Lang::En).find("bouwsteen.gesprekken_kinderen")->title;
    const std::string nl = shipped(core::Lang::Nl).find("bouwsteen.gesprekken_kinderen")->title;
    REQUIRE(en != nl);
    CHECK(test::shows(drawn, en));
    CHECK_FALSE(test::shows(drawn, nl));
}

TEST_CASE("glossary term in running text: keyboard focus explains it, Enter or a click opens its section") {
    GuideApp g;
    const core::Methodewijzer& guide = shipped(core::Lang::Nl);
    const auto hits = core::find_terms("Bel de GI vandaag.", guide, core::Lang::Nl);
    REQUIRE(hits.size() == 1);
    const core::GlossaryEntry& entry = *hits[0].entry;
    auto frame = [&] { g.h.frame([&] { ui::rich_text(g.app, "Bel de GI vandaag.", "##t"); }); };
    frame();
    ImGuiWindow* w = test::window_named("##test");
    const ImGuiID id = test::IdPath(w).str("##t").num(0).str("##run").id;
    auto rect = test::locate(w, id, frame);
    REQUIRE(rect);
    frame();
    // Focused by the keyboard: the tooltip with the term and its explanation is drawn.
    const std::string drawn = test::drawn_text();
    CHECK(test::shows(drawn, entry.term.nl));
    CHECK(test::shows(drawn, entry.explanation.nl.substr(0, 40)));
    CHECK_FALSE(g.app.ui.methode.open);
    enter(frame);
    CHECK(g.app.ui.methode.open);
    CHECK(g.app.ui.methode.current == entry.anchor);
}

TEST_CASE("citation link: the title of the section, a click opens it") {
    GuideApp g;
    const std::vector<std::string> anchors = {"bouwsteen.weging", "regels.wanneer_wegen"};
    auto frame = [&] { g.h.frame([&] { ui::citation_links(g.app, anchors, "##c"); }); };
    frame();
    const std::string drawn = test::drawn_text();
    CHECK(test::shows(drawn, "Methodewijzer:"));
    CHECK(test::shows(drawn, shipped(core::Lang::Nl).find("regels.wanneer_wegen")->title));
    frame();
    ImGuiWindow* w = test::window_named("##test");
    auto rect = test::locate(w, test::IdPath(w).str("##c").num(1).str("##run").id, frame);
    REQUIRE(rect);
    enter(frame);
    CHECK(g.app.ui.methode.current == "regels.wanneer_wegen");
}

TEST_CASE("building-block link (the library card's): its name, a click opens the block's section") {
    GuideApp g;
    const core::BuildingBlock* b = core::find_building_block("weging");
    REQUIRE(b);
    ImRect rect;
    auto frame = [&] {
        g.h.frame([&] {
            ui::section_link(g.app, std::string(b->name_nl), std::string(b->section), "##bs_weging");
            rect = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        });
    };
    frame();
    CHECK(test::shows(test::drawn_text(), std::string(b->name_nl)));
    CHECK_FALSE(g.app.ui.methode.open);
    g.h.click_frames(rect.GetCenter(), frame);
    CHECK(g.app.ui.methode.open);
    CHECK(g.app.ui.methode.current == "bouwsteen.weging");
}
