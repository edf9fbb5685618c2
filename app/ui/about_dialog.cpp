// Help → Over Leerwerkplaats: the version, the licence and the documents the method comes from
// (by their own titles, from core::method_sources()). Opened by app.ui.show_about (or --tab over).
#include <imgui.h>

#include <string>

#include "core/model/about.hpp"
#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {
class AboutDialog final : public View {
public:
    AboutDialog() : View(Kind::Popup, "over") {}

protected:
    Frame frame(App& app) override {
        next_dialog_size(36);
        return {Frame::Type::Modal, tr(S::MenuAbout), &app.ui.show_about, ImGuiWindowFlags_AlwaysAutoResize, app.ui.show_about};
    }
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_about_dialog() { return std::make_unique<AboutDialog>(); }

void AboutDialog::draw_content(App& app) {
    const bool en = language() == core::Lang::En;
    heading(tr(S::AppTitle));
    const std::string version = std::string(tr(S::AboutVersion)) + " " + std::string(core::version());
    muted_text(version.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(S::AboutWhat));
    ImGui::Spacing();
    bold_text(tr(S::AboutSources));
    for (const auto& source : core::method_sources()) {
        const std::string title_text(source.title);
        const std::string about(en ? source.about_en : source.about_nl);
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::PushFont(fonts().bold);  // a title, not a link: nothing here opens anything
        ImGui::TextWrapped("%s", title_text.c_str());
        ImGui::PopFont();
        muted_text(about.c_str());
        ImGui::EndGroup();
    }
    ImGui::Spacing();
    bold_text(tr(S::AboutLicence));
    if (core::licence_id() == "LicenseRef-proprietary") ImGui::TextWrapped("%s", tr(S::AboutLicenceNone));
    else ImGui::TextWrapped("%.*s", static_cast<int>(core::licence_id().size()), core::licence_id().data());
    ImGui::Spacing();
    muted_text(tr(S::AboutLibraries));
    ImGui::Spacing();
    if (ImGui::Button(tr(S::Close)) || keys::escape_pressed()) {
        app.ui.show_about = false;
        ImGui::CloseCurrentPopup();
    }
}

}  // namespace lwp::ui
