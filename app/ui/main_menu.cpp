// Menu bar, global keyboard shortcuts and the two small help dialogs.
#include <imgui.h>

#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {
void shortcuts(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !io.KeyCtrl) return;
    if (keys::pressed(keys::Z) && !io.KeyShift) app.sessions().undo();
    if (keys::pressed(keys::Y) || (keys::pressed(keys::Z) && io.KeyShift)) app.sessions().redo();
    if (keys::pressed(keys::Equal, false) || keys::pressed(keys::KeypadAdd, false)) app.set_scale(app.settings().ui_scale + 0.15f);
    if (keys::pressed(keys::Minus, false) || keys::pressed(keys::KeypadSubtract, false)) app.set_scale(app.settings().ui_scale - 0.15f);
    if (keys::pressed(keys::Q, false)) app.ui.quit_requested = true;
}

// Help → Sneltoetsen (F1) and Help → Gegevensmap: a text in a modal, with a closing line in the
// accent colour (the data folder's path).
class TextDialog : public View {
public:
    TextDialog(std::string_view key, S title, S body, bool UiState::*open) : View(Kind::Popup, key), title_(title), body_(body), open_(open) {}

protected:
    Frame frame(App& app) override {
        next_dialog_size(30);
        bool& open = app.ui.*open_;
        return {Frame::Type::Modal, tr(title_), &open, ImGuiWindowFlags_AlwaysAutoResize, open};
    }
    virtual std::string extra(App&) const { return {}; }
    void draw_content(App& app) override {
        ImGui::TextWrapped("%s", tr(body_));
        if (const std::string more = extra(app); !more.empty()) {
            ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colors::Accent));
            ImGui::TextWrapped("%s", more.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::Spacing();
        if (ImGui::Button(tr(S::Close)) || keys::escape_pressed()) {
            app.ui.*open_ = false;
            ImGui::CloseCurrentPopup();
        }
    }

private:
    S title_, body_;
    bool UiState::*open_;
};
class KeysDialog final : public TextDialog {
public:
    KeysDialog() : TextDialog("sneltoetsen", S::MenuKeys, S::KeysText, &UiState::show_keys) {}
};
class DataDirDialog final : public TextDialog {
public:
    DataDirDialog() : TextDialog("gegevensmap", S::MenuDataDir, S::DataDirText, &UiState::show_data_dir) {}

protected:
    std::string extra(App& app) const override { return app.data_dir().root.string(); }
};

// The notices, bottom right over everything in the main window.
class Notices final : public View {
public:
    Notices() : View(Kind::Dialog, "meldingen") {}
    bool shown(App& app) override { return !app.notices().empty(); }

protected:
    Frame frame(App& app) override;
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_keys_dialog() { return std::make_unique<KeysDialog>(); }
std::unique_ptr<View> make_data_dir_dialog() { return std::make_unique<DataDirDialog>(); }
std::unique_ptr<View> make_notices() { return std::make_unique<Notices>(); }

void draw_main_menu(App& app) {
    shortcuts(app);
    // A vote turn in a workshop: no menu a cursor could open on the projector (issue 17.3).
    const bool voting = app.session() && app.workshop().active() && app.screen() == Screen::Player && ws_turn_active(app);
    if (!voting && ImGui::BeginMenuBar()) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextColored(to_vec4(colors::Accent), "%s", tr(S::AppTitle));
        ImGui::PopFont();
        if (ImGui::BeginMenu(tr(S::MenuFile))) {
            if (ImGui::MenuItem(tr(S::MenuLibrary), nullptr, false, app.screen() != Screen::Library)) app.close_session();
            if (ImGui::MenuItem(tr(S::WsMenuStart))) app.ui.workshop.start_dialog = true;
            ImGui::Separator();
            if (ImGui::MenuItem(tr(S::MenuJournal), nullptr, app.screen() == Screen::Journal)) app.show_journal();
            if (ImGui::MenuItem(tr(S::MenuExport), nullptr, false, app.session() != nullptr)) app.ui.show_export = true;
            if (ImGui::MenuItem(tr(S::MenuPrivacy), nullptr, app.screen() == Screen::Privacy)) app.show_privacy();
            if (ImGui::MenuItem(language() == core::Lang::En ? "Learning records (xAPI)..." : "Leerregistratie (xAPI)...", nullptr,
                                app.ui.show_records_settings))
                app.ui.show_records_settings = !app.ui.show_records_settings;
            ImGui::Separator();
            if (ImGui::MenuItem(tr(S::MenuQuit), "Ctrl+Q")) app.ui.quit_requested = true;
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(S::MenuEdit))) {
            bool has = app.session() != nullptr;
            if (ImGui::MenuItem(tr(S::Undo), "Ctrl+Z", false, has && app.session()->can_undo())) app.sessions().undo();
            if (ImGui::MenuItem(tr(S::Redo), "Ctrl+Y", false, has && app.session()->can_redo())) app.sessions().redo();
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(S::MenuView))) {
            if (ImGui::BeginMenu(tr(S::MenuLanguage))) {
                // One item per assets/i18n/<code>.po, named in its own language.
                for (const std::string& code : languages())
                    if (ImGui::MenuItem(language_name(code), nullptr, language_code() == code)) app.set_language_code(code);
                ImGui::EndMenu();
            }
            if (ImGui::BeginMenu(tr(S::MenuScale))) {
                for (float s : {0.85f, 1.0f, 1.25f, 1.5f, 1.75f, 2.0f}) {
                    char label[16];
                    std::snprintf(label, sizeof label, "%d%%", static_cast<int>(s * 100 + 0.5f));
                    if (ImGui::MenuItem(label, nullptr, std::abs(app.settings().ui_scale - s) < 0.01f)) app.set_scale(s);
                }
                ImGui::Separator();
                if (ImGui::MenuItem(tr(S::MenuLarger), "Ctrl+=")) app.set_scale(app.settings().ui_scale + 0.15f);
                if (ImGui::MenuItem(tr(S::MenuSmaller), "Ctrl+-")) app.set_scale(app.settings().ui_scale - 0.15f);
                ImGui::EndMenu();
            }
            ImGui::Separator();
            if (ImGui::MenuItem(tr(S::MenuAuthorMode), nullptr, app.settings().author)) app.set_author(!app.settings().author);
            if (app.workshop().active() && !app.one_window) {
                ImGui::Separator();
                if (ImGui::MenuItem(tr(S::FwOpenWindow), "F9", app.two_windows, !app.two_windows)) app.facilitator_window_off = false;
            }
            ImGui::EndMenu();
        }
        if (app.author_mode() && ImGui::BeginMenu(tr(S::MenuAuthor))) {
            if (ImGui::MenuItem(tr(S::MenuAuthoring), "F2", app.ui.show_authoring)) app.ui.show_authoring = !app.ui.show_authoring;
            if (ImGui::MenuItem(tr(S::MenuStoryMap), nullptr, app.ui.show_story_map, app.session() != nullptr))
                app.ui.show_story_map = !app.ui.show_story_map;
            if (ImGui::MenuItem(tr(S::MenuReloadScenarios))) app.library_service().load();
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(S::MenuHelp))) {
            if (ImGui::MenuItem(tr(S::MenuMethodewijzer))) open_methodewijzer(app, "inleiding");
            if (ImGui::MenuItem(tr(S::MenuKeys), "F1")) app.ui.show_keys = true;
            if (ImGui::MenuItem(tr(S::MenuDataDir))) app.ui.show_data_dir = true;
            ImGui::Separator();
            if (ImGui::MenuItem(tr(S::MenuAbout))) app.ui.show_about = true;
            ImGui::EndMenu();
        }
        ImGui::EndMenuBar();
    }
    if (keys::pressed(keys::F1, false)) app.ui.show_keys = true;
    if (app.author_mode() && keys::pressed(keys::F2, false)) app.ui.show_authoring = !app.ui.show_authoring;
    for (View* popup : app.views(View::Kind::Popup)) popup->draw(app);  // keys, data folder, about, export
}

View::Frame Notices::frame(App&) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->WorkSize.x * 0.5f, ImGui::GetFontSize() * 36);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 16, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.6f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, to_vec4(colors::CardBg));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0.55f, 0.58f, 0.62f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    Frame f{Frame::Type::Window, "##meldingen", nullptr,
            ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                ImGuiWindowFlags_NoFocusOnAppearing};
    f.colors = 2;
    f.vars = 1;
    return f;
}

void Notices::draw_content(App& app) {
    auto& notices = app.notices();
    size_t remove = notices.size();
    const size_t first = notices.size() > 4 ? notices.size() - 4 : 0;  // newest four
    for (size_t i = first; i < notices.size(); ++i) {
        Notice& n = notices[i];
        ImGui::PushID(static_cast<int>(i));
        // An error in red with a red bar, anything else (done, saved, rebuilt) in petrol: never alike.
        const ImU32 color = n.error ? colors::Bad : colors::Accent;
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::Indent(ImGui::GetFontSize() * 0.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(color));
        ImGui::TextWrapped("%s", n.text.c_str());
        ImGui::PopStyleColor();
        if (n.open) {
            ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colors::Muted));
            if (!n.detail.empty()) ImGui::TextWrapped("%s", n.detail.c_str());
            ImGui::PopStyleColor();
            if (!n.items.empty()) {
                const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(n.items.size()) + 8,
                                         ImGui::GetTextLineHeightWithSpacing() * 8);
                ImGui::BeginChild("##lijst", ImVec2(0, h), true);
                for (const auto& item : n.items) {
                    ImGui::PushTextWrapPos(0);
                    ImGui::TextUnformatted(item.c_str());
                    ImGui::PopTextWrapPos();
                }
                ImGui::EndChild();
            }
        }
        if (!n.detail.empty() || !n.items.empty()) {
            std::string label = n.open ? tr(S::NoticeHide)
                                : n.items.empty() ? tr(S::NoticeDetails)
                                                  : std::string(tr(S::NoticeShow)) + " (" + std::to_string(n.items.size()) + ")";
            label += "##meer";
            if (ImGui::SmallButton(label.c_str())) n.open = !n.open;
            ImGui::SameLine();
        }
        if (ImGui::SmallButton(tr(S::Close))) remove = i;
        ImGui::Unindent(ImGui::GetFontSize() * 0.5f);
        const float bottom = ImGui::GetItemRectMax().y;
        ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + ImGui::GetFontSize() * 0.2f, bottom), color);
        ImGui::PopID();
        if (i + 1 < notices.size()) ImGui::Separator();
    }
    if (remove < notices.size()) notices.erase(notices.begin() + static_cast<long>(remove));
}

bool back_buttons(App& app) {
    if (ImGui::Button(tr(S::BackToLibrary))) {
        app.show_library();
        return true;
    }
    if (!app.session()) return false;
    flow(button_width(tr(S::BackToCase)));
    if (ImGui::Button(tr(S::BackToCase))) {
        app.show_player();
        return true;
    }
    return false;
}

}  // namespace lwp::ui
