// Colour contrast (issue 19.4): every text colour of the theme on every background it is drawn on
// reaches WCAG 2.1 AA for normal text, a contrast ratio of at least 4.5 : 1. The colours come from
// the theme itself (ui::apply_style and ui::colors), so a change that makes a pair unreadable on a
// projector fails here. Disabled text is exempt, as in WCAG.
#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/theme.hpp"
#include "ui_harness.hpp"

using namespace lwp;

namespace {

// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const ImVec4& c) {
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.x) + 0.7152 * lin(c.y) + 0.0722 * lin(c.z);
}
double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
ImVec4 col(ImU32 c) { return ui::to_vec4(c); }

}  // namespace

TEST_CASE("contrast: the formula gives WCAG's known values") {
    CHECK(contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0));
    CHECK(contrast(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(1.0));
    CHECK(contrast(col(IM_COL32(118, 118, 118, 255)), ImVec4(1, 1, 1, 1)) == doctest::Approx(4.54).epsilon(0.01));  // #767676: AA
    CHECK(contrast(col(IM_COL32(196, 120, 0, 255)), ImVec4(1, 1, 1, 1)) < 4.5);  // the old amber text failed
}

TEST_CASE("contrast: every text colour of the theme on its backgrounds reaches WCAG AA (4.5 : 1)") {
    test::Headless h;  // applies the program's style
    const ImGuiStyle& style = ImGui::GetStyle();
    struct Named {
        const char* name;
        ImVec4 c;
    };
    const Named texts[] = {{"Text", style.Colors[ImGuiCol_Text]}, {"Muted", col(ui::colors::Muted)}, {"Accent", col(ui::colors::Accent)},
                           {"Good", col(ui::colors::Good)},        {"Mixed", col(ui::colors::Mixed)}, {"Bad", col(ui::colors::Bad)},
                           {"Taxatie", col(ui::colors::Taxatie)}};
    const Named backgrounds[] = {{"WindowBg", style.Colors[ImGuiCol_WindowBg]},   {"ChildBg", style.Colors[ImGuiCol_ChildBg]},
                                 {"MenuBarBg", style.Colors[ImGuiCol_MenuBarBg]}, {"Button", style.Colors[ImGuiCol_Button]},
                                 {"Header", style.Colors[ImGuiCol_Header]},       {"CardBg", col(ui::colors::CardBg)},
                                 {"FeedbackBg", col(ui::colors::FeedbackBg)},     {"ErrorBg", col(ui::colors::ErrorBg)},
                                 {"FacilitatorBg", col(ui::colors::FacilitatorBg)}};
    for (const auto& t : texts)
        for (const auto& b : backgrounds) {
            CAPTURE(std::string(t.name) + " on " + b.name);
            CHECK(contrast(t.c, b.c) >= 4.5);
        }
    // White text on the filled (chosen) buttons of the workshop: petrol.
    CHECK(contrast(ImVec4(1, 1, 1, 1), col(ui::colors::Accent)) >= 4.5);
    // A progress bar's or meter's label: white over the fill (each fill colour), text over the rest.
    for (ImU32 fill : {ui::colors::Accent, ui::colors::Good, ui::colors::Mixed, ui::colors::Bad}) CHECK(contrast(ImVec4(1, 1, 1, 1), col(fill)) >= 4.5);
    CHECK(contrast(style.Colors[ImGuiCol_Text], style.Colors[ImGuiCol_FrameBg]) >= 4.5);
}
