// The authoring panel (issue 7, F2): the open case's file with its hot-reload status, the lint
// findings (file:line: level: message, as `validate` prints them), the fields of every construct
// (core/dsl_schema.hpp), and the preview: jump to any
// step or ending, and set the meters to test branches. The preview banner over the player says,
// in every frame of a preview, that nothing is scored or saved.
#include <imgui.h>

#include "core/dsl_schema.hpp"
#include "core/preview.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr ImU32 kPreviewBg = IM_COL32(255, 243, 205, 255);  // amber: clearly not the trainee's case

void reload_section(App& app) {
    const App::ReloadStatus& rs = app.reload_status();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(rs.file.string().c_str());
    ImGui::PopTextWrapPos();
    muted_text(tr(S::AuWatching));
    if (ImGui::Button(tr(S::AuReloadNow))) app.reload_scenario();
    if (!rs.attempted) return;
    ImGui::Spacing();
    if (!rs.ok) {
        wrapped_colored(colors::Bad, tr(S::AuReloadFailed));
        for (const auto& e : rs.errors) wrapped_colored(colors::Bad, e.c_str());
        return;
    }
    bold_text(tr(S::AuReplay));
    for (size_t i = 0; i < rs.report.size(); ++i) wrapped_colored(i == 0 ? colors::Muted : colors::Bad, rs.report[i].c_str());
    if (!rs.score.empty()) muted_text(rs.score.c_str());
}

void findings_section(App& app) {
    const auto& findings = app.authoring_findings();
    std::string title = std::string(tr(S::AuFindings)) + " (" + std::to_string(findings.size()) + ")###bevindingen";
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (findings.empty()) muted_text(tr(S::AuNoFindings));
    for (const auto& d : findings)
        wrapped_colored(d.level == core::Diagnostic::Level::Error ? colors::Bad : colors::Mixed, d.str().c_str());
}

// The schema as hints: every construct with its fields, their types and which are required.
void fields_section() {
    const std::string title = std::string(tr(S::AuFields)) + "###velden";
    if (!ImGui::CollapsingHeader(title.c_str())) return;
    muted_text(tr(S::AuFieldsIntro));
    const bool en = language() == core::Lang::En;
    for (const auto& c : core::dsl::constructs()) {
        if (!ImGui::TreeNode(c.name, "%s", c.where)) continue;
        for (const auto& f : c.fields) ImGui::BulletText("%s", core::dsl::field_hint(f, en).c_str());
        ImGui::TreePop();
    }
}

void preview_section(App& app) {
    const core::Lang lang = language();
    if (!ImGui::CollapsingHeader(tr(S::AuPreview), ImGuiTreeNodeFlags_DefaultOpen)) return;
    muted_text(tr(S::AuPreviewIntro));
    const core::Scenario& sc = app.session()->scenario();
    const core::SessionState& st = app.session()->state();
    if (app.preview()) {
        if (ImGui::Button(tr(S::AuStopPreview))) app.stop_preview();
        if (!sc.variables.empty()) {
            ImGui::Spacing();
            bold_text(tr(S::AuMeters));
            for (const auto& v : sc.variables) {
                auto it = st.vars.find(v.id);
                float value = static_cast<float>(it != st.vars.end() ? it->second : v.initial);
                ImGui::PushID(v.id.c_str());
                ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
                ImGui::SliderFloat(v.label.get(lang).c_str(), &value, static_cast<float>(v.min), static_cast<float>(v.max), "%.0f");
                if (ImGui::IsItemDeactivatedAfterEdit()) app.preview_set(v.id, static_cast<double>(value));
                ImGui::PopID();
            }
        }
    }
    ImGui::Spacing();
    // Every step and ending, in file order; the one the preview is in is highlighted.
    auto row = [&](const std::string& id, const std::string& title, bool ending) {
        ImGui::PushID(id.c_str());
        if (ImGui::SmallButton(tr(S::AuJump))) app.start_preview(id);
        ImGui::SameLine();
        const bool here = app.preview() && (st.step == id || st.ending == id);
        std::string label = title + "  (" + (ending ? std::string(tr(S::AuEnding)) + " " : std::string()) + id + ")";
        if (here) ImGui::TextColored(to_vec4(colors::Accent), "%s", label.c_str());
        else ImGui::TextUnformatted(label.c_str());
        ImGui::PopID();
    };
    for (const auto& s : sc.steps) row(s.id, s.title.get(lang), false);
    for (const auto& e : sc.endings) row(e.id, e.title.get(lang), true);
}

}  // namespace

void draw_preview_banner(App& app) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(kPreviewBg));
    const float h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y * 2 + ImGui::GetFontSize() * 0.6f;
    ImGui::BeginChild("##voorbeeldbanner", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(fonts().heading);
    ImGui::TextColored(to_vec4(colors::Mixed), "%s", tr(S::AuBanner));
    ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::AuStopPreview))) app.stop_preview();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::AuBannerHint));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_authoring_panel(App& app) {
    if (!app.show_authoring) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // At the right, below the menu and the preview banner, so both stay readable.
    const float width = std::min(vp->WorkSize.x * 0.42f, ImGui::GetFontSize() * 34);
    const float top = ImGui::GetFrameHeight() + ImGui::GetFontSize() * 5;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 8, vp->WorkPos.y + top), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - top - 8), ImGuiCond_FirstUseEver);
    const std::string title = std::string(tr(S::AuTitle)) + "###auteur";
    if (!ImGui::Begin(title.c_str(), &app.show_authoring)) {
        ImGui::End();
        return;
    }
    if (!app.session()) muted_text(tr(S::AuNoSession));
    else {
        reload_section(app);
        ImGui::Separator();
        findings_section(app);
        fields_section();
        preview_section(app);
    }
    ImGui::End();
}

}  // namespace lwp::ui
