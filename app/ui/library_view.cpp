// The scenario library: one card per case (or per broken file, with its errors), then the
// user's recent sessions.
#include <imgui.h>

#include <algorithm>

#include "core/model/building_blocks.hpp"
#include "core/model/case_words.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

const core::SessionSummary* unfinished_session(App& app, const std::string& scenario_id) {
    for (const auto& s : app.sessions().recent())
        if (s.scenario_id == scenario_id) return &s;  // newest first
    return nullptr;
}

bool is_first_case(const scripting::LoadedScenario& entry) { return entry.ok() && entry.scenario->meta.difficulty == "instap"; }

void scenario_card(App& app, size_t index, const scripting::LoadedScenario& entry, float height, float& measured) {
    const core::Lang lang = language();
    ImGui::PushID(static_cast<int>(index));
    if (!entry.ok()) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::ErrorBg));
        ImGui::BeginChild("##kaart", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
        bold_text(std::filesystem::path(entry.file).filename().string().c_str());
        wrapped_colored(colors::Bad, tr(S::Broken));
        ImGui::Spacing();
        for (const auto& d : entry.diagnostics)
            if (d.level == core::Diagnostic::Level::Error) {
                std::string line = std::filesystem::path(d.loc.file).filename().string() + ":" + std::to_string(d.loc.line) +
                                   ": " + d.message;
                ImGui::PushTextWrapPos(0);
                ImGui::TextUnformatted(line.c_str());
                ImGui::PopTextWrapPos();
            }
        measured = std::max(measured, ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y);
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::PopID();
        return;
    }
    const core::Scenario& sc = *entry.scenario;
    // A case with a broken check still loads, but its card is red and says why (fail closed).
    const bool broken = !entry.broken_checks.empty();
    if (broken) ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::ErrorBg));
    ImGui::BeginChild("##kaart", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    if (broken) ImGui::PopStyleColor();
    // A first start (no sessions yet): the tutorial says it is the place to begin.
    if (is_first_case(entry) && app.sessions().recent().empty()) wrapped_colored(colors::Good, tr(S::StartHere));
    heading(sc.meta.title.get(lang).c_str());
    if (broken) {
        std::string line = std::to_string(entry.broken_checks.size()) + "× " + tr(S::BrokenChecks) + ": " + tr(S::BrokenChecksHint);
        wrapped_colored(colors::Bad, line.c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            for (const auto& d : entry.broken_checks) ImGui::TextUnformatted(d.str().c_str());
            ImGui::EndTooltip();
        }
    }
    std::string meta = std::to_string(sc.meta.minutes) + " " + tr(S::Minutes) + "  ·  " + std::to_string(sc.steps.size()) +
                       " " + tr(S::Steps);
    if (!sc.meta.difficulty.empty()) meta += std::string("  ·  ") + tr(S::Difficulty) + ": " + core::difficulty_name(sc.meta.difficulty, language());
    muted_text(meta.c_str());
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(sc.meta.summary.get(lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::TextDisabled("%s:", tr(S::BuildingBlocks));
    // Each building block links to its section of the Methodewijzer.
    for (const auto& id : sc.meta.building_blocks)
        if (const auto* b = core::find_building_block(id))
            section_link(app, std::string(lang == core::Lang::En ? b->name_en : b->name_nl), std::string(b->section), ("##bs_" + id).c_str());
    ImGui::Spacing();
    if (entry.error_count() == 0 && entry.diagnostics.size() > 0) {
        std::string w = std::to_string(entry.diagnostics.size()) + " " + tr(S::Warnings);
        muted_text(w.c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            for (const auto& d : entry.diagnostics) ImGui::TextUnformatted(d.str().c_str());
            ImGui::EndTooltip();
        }
    }
    // Buttons sit at the bottom of the card; cards in the grid share the tallest content height.
    // The buttons wrap onto a second line in a narrow card; their height is measured last frame.
    ImGui::Spacing();
    const float buttons_h = remembered_height("##knoppen", ImGui::GetFrameHeight());
    measured = std::max(measured, ImGui::GetCursorPosY() + buttons_h + ImGui::GetStyle().WindowPadding.y);
    const float bottom = ImGui::GetWindowHeight() - buttons_h - ImGui::GetStyle().WindowPadding.y;
    if (ImGui::GetCursorPosY() < bottom) ImGui::SetCursorPosY(bottom);
    const float buttons_y = ImGui::GetCursorPosY();
    const core::SessionSummary* existing = unfinished_session(app, sc.meta.id);
    if (existing) {
        if (ImGui::Button(tr(S::Resume))) app.open_session(*existing);
        flow(button_width(tr(S::StartNew)));
        if (ImGui::Button(tr(S::StartNew))) app.start_session(index);
    } else if (ImGui::Button(tr(S::Start))) {
        app.start_session(index);
    }
    flow(button_width(tr(S::WsStartAsWorkshop)));
    if (ImGui::Button(tr(S::WsStartAsWorkshop))) {
        app.ui.workshop.start_case = index;
        app.ui.workshop.start_dialog = true;
    }
    remember_height("##knoppen", ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY() - buttons_y);
    ImGui::EndChild();
    ImGui::PopID();
}

void recent_sessions(App& app) {
    const core::Lang lang = language();
    heading(tr(S::RecentSessions));
    if (app.sessions().recent().empty()) {
        muted_text(tr(S::NoSessions));
        return;
    }
    if (!ImGui::BeginTable("##sessies", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX))
        return;
    ImGui::TableSetupColumn("casus", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("tijd", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    ImGui::TableSetupColumn("status", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
    ImGui::TableSetupColumn("open", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
    int shown = 0;
    for (const auto& s : app.sessions().recent()) {
        if (++shown > 12) break;
        const auto* entry = app.find_scenario(s.scenario_id);
        ImGui::PushID(s.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(entry ? entry->scenario->meta.title.get(lang).c_str() : s.scenario_id.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_time(s.updated).c_str());
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", app.sessions().session_finished(s) ? tr(S::Finished) : tr(S::InProgress));
        ImGui::TableNextColumn();
        ImGui::BeginDisabled(entry == nullptr);
        if (ImGui::SmallButton(tr(S::Open))) app.open_session(s);
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

std::vector<std::size_t> library_order(const std::vector<scripting::LoadedScenario>& library) {
    std::vector<std::size_t> order(library.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return is_first_case(library[i]); });
    return order;
}

namespace {
class LibraryScreen final : public View {
public:
    LibraryScreen() : View(Kind::Screen, "bibliotheek") {}
    bool is_screen(Screen s) const override { return s == Screen::Library; }
protected:
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_library_screen() { return std::make_unique<LibraryScreen>(); }

void LibraryScreen::draw_content(App& app) {
    // The page scrolls (the main window has no scrollbar): many cases, large text, a small screen.
    ImGui::BeginChild("##bibliotheek_pagina", ImVec2(0, 0), false);
    open_at_top();
    // "Mijn voortgang" sits top right: refresher training starts from there.
    const float button_w = ImGui::CalcTextSize(tr(S::MyProgress)).x + ImGui::GetStyle().FramePadding.x * 2;
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - button_w);
    if (ImGui::Button(tr(S::MyProgress))) app.show_progress();
    ImGui::SetCursorPosY(y);
    heading(tr(S::LibraryTitle));
    muted_text(tr(S::LibraryIntro));
    ImGui::Spacing();
    const auto& library = app.library();
    if (library.empty() && app.library_service().loading()) {
        muted_text(tr(S::LoadingCases));  // start-up: the cases arrive in a moment
    } else if (library.empty()) {
        std::string msg = std::string(tr(S::NoScenarios)) + " " + app.scenario_dir().string();
        wrapped_colored(colors::Bad, msg.c_str());
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = std::clamp(static_cast<int>(avail / (ImGui::GetFontSize() * 24)), 1, 3);
    const float card_h = remembered_height("##kaarthoogte", ImGui::GetFontSize() * 15);
    float measured = 0;
    if (!library.empty() && ImGui::BeginTable("##bibliotheek", columns, ImGuiTableFlags_SizingStretchSame)) {
        for (const size_t i : library_order(library)) {
            ImGui::TableNextColumn();
            scenario_card(app, i, library[i], card_h, measured);
        }
        ImGui::EndTable();
    }
    if (measured > 0 && std::abs(measured - card_h) > 0.5f) remember_height("##kaarthoogte", measured);
    ImGui::Spacing();
    ImGui::Spacing();
    recent_sessions(app);
    ImGui::EndChild();
}

}  // namespace lwp::ui
