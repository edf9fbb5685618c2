// Mijn voortgang: per building block, a line of scores across sessions, the recent average, and a
// suggestion for what to practise next.
#include <imgui.h>

#include <algorithm>

#include "core/building_blocks.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

ImU32 score_color(double f) { return f < 0.5 ? colors::Bad : f < 0.75 ? colors::Mixed : colors::Good; }

// A small line chart of one block's scores over sessions (x: session order, y: 0..100 %). A year
// of sessions is drawn as at most kMaxPoints points (the mean of each run of sessions), so the
// chart stays readable and costs the same with 300 sessions as with 30.
constexpr size_t kMaxPoints = 12;
void sparkline(const core::Progress& p, size_t block, ImVec2 size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(o, ImVec2(o.x + size.x, o.y + size.y), IM_COL32(244, 246, 248, 255), 3.0f);
    dl->AddLine(ImVec2(o.x, o.y + size.y * 0.5f), ImVec2(o.x + size.x, o.y + size.y * 0.5f), IM_COL32(220, 224, 228, 255));
    ImVec2 pts[kMaxPoints];
    int count = 0;
    const size_t n = p.sessions.size(), buckets = std::min(n, kMaxPoints);
    for (size_t k = 0; k < buckets; ++k) {
        // Sessions [from, to) make point k, placed at their mean position.
        const size_t from = k * n / buckets, to = (k + 1) * n / buckets;
        double sum = 0, at = 0;
        int assessed = 0;
        for (size_t i = from; i < to; ++i)
            if (const auto& b = p.sessions[i].blocks[block]; b.assessed()) sum += b.fraction(), at += static_cast<double>(i), ++assessed;
        if (assessed == 0) continue;
        const double i = at / assessed;
        const float x = o.x + 6 + (size.x - 12) * (n > 1 ? static_cast<float>(i / static_cast<double>(n - 1)) : 0.5f);
        const float y = o.y + size.y - 4 - (size.y - 8) * static_cast<float>(sum / assessed);
        pts[count++] = ImVec2(x, y);
    }
    if (count > 1) dl->AddPolyline(pts, count, colors::Accent, 0, 2.5f);
    for (int i = 0; i < count; ++i) dl->AddCircleFilled(pts[i], 4.0f, colors::Accent, 12);
    ImGui::Dummy(size);
}

}  // namespace

void draw_progress_view(App& app) {
    const core::Lang lang = language();
    if (ImGui::Button(tr(S::BackToLibrary))) {
        app.show_library();
        return;
    }
    ImGui::SameLine();
    heading(tr(S::MyProgress));
    muted_text(tr(S::ProgressIntro));
    ImGui::Spacing();
    const core::Progress& p = app.progress();
    if (p.sessions.empty()) {
        muted_text(tr(S::ProgressEmpty));
        return;
    }
    if (!p.weakest_block.empty()) {
        const core::BuildingBlock* b = core::find_building_block(p.weakest_block);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::FeedbackBg));
        ImGui::BeginChild("##suggestie", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 2.4f + ImGui::GetStyle().WindowPadding.y * 2), true, ImGuiWindowFlags_NoScrollbar);
        bold_text(tr(S::Suggestion));
        std::string text = std::string(tr(S::SuggestionText)) + " ‘" + std::string(b ? (lang == core::Lang::En ? b->name_en : b->name_nl) : "") + "’.";
        ImGui::TextUnformatted(text.c_str());
        if (const auto* entry = app.find_scenario(p.suggested_scenario)) {
            ImGui::SameLine();
            std::string label = std::string(tr(S::TryCase)) + ": " + entry->scenario->meta.title.get(lang);
            if (ImGui::SmallButton(label.c_str()))
                for (size_t i = 0; i < app.library().size(); ++i)
                    if (&app.library()[i] == entry) app.start_session(i);
        }
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    if (!ImGui::BeginTable("##voortgang", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(S::BuildingBlocks), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(S::Recent), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    ImGui::TableSetupColumn(tr(S::Session), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableHeadersRow();
    const auto blocks = core::building_blocks();
    for (size_t b = 0; b < blocks.size(); ++b) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(lang == core::Lang::En ? blocks[b].name_en : blocks[b].name_nl).c_str());
        ImGui::TableNextColumn();
        if (p.recent[b] >= 0) ImGui::TextColored(to_vec4(score_color(p.recent[b])), "%.0f%%", p.recent[b] * 100);
        else ImGui::TextDisabled("%s", tr(S::NotAssessed));
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(b));
        sparkline(p, b, ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 1.6f));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace lwp::ui
