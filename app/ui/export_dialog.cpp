// Bestand → Exporteren…: the trainee decides whether the reflections go into the report (and
// whether a Markdown copy is made), then the HTML report is written to <data>/rapporten/ and
// opened in the system's browser.
#include <imgui.h>

#include <algorithm>

#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {
class ExportDialog final : public View {
public:
    ExportDialog() : View(Kind::Popup, "exporteren") {}

protected:
    Frame frame(App& app) override {
        next_dialog_size(32);
        return {Frame::Type::Modal, tr(S::ExTitle), &app.ui.show_export,
                ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings, app.ui.show_export};
    }
    void draw_content(App& app) override;
    bool include_reflections_ = true, markdown_ = false;  // the options, kept while the program runs
};
}  // namespace

std::unique_ptr<View> make_export_dialog() { return std::make_unique<ExportDialog>(); }

void ExportDialog::draw_content(App& app) {
    const float f = ImGui::GetFontSize();
    ImGui::PushTextWrapPos(f * 31);
    ImGui::TextUnformatted(tr(S::ExIntro));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (!app.session()) {
        wrapped_colored(colors::Bad, tr(S::ExNeedSession));
    } else {
        // Outlined boxes: the theme's light frame colour alone is invisible on white.
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, f * 0.06f));
        ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(IM_COL32(130, 137, 145, 255)));
        ImGui::Checkbox(tr(S::ExReflections), &include_reflections_);
        ImGui::Checkbox(tr(S::ExMarkdown), &markdown_);
        ImGui::PopStyleColor();
        ImGui::PopStyleVar();
        const std::string where = (core::reports_dir(app.data_dir()) / (app.session()->session().id + ".html")).string();
        muted_text(where.c_str());
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(!app.session());
    const bool go_open = ImGui::Button(tr(S::ExOpen));
    ImGui::SameLine();
    const bool go = ImGui::Button(tr(S::ExOnly));
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr(S::RfCancel)) || keys::escape_pressed();
    if ((go_open || go) && app.session()) {
        app.exports().export_report(include_reflections_, markdown_, go_open);
        app.ui.show_export = false;
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        app.ui.show_export = false;
        ImGui::CloseCurrentPopup();
    }
}

}  // namespace lwp::ui
