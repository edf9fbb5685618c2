// The facilitator's own window (issue 17.1): in a workshop the window host (app/gui_host.cpp)
// opens it beside the projector window, in its own ImGui context. It holds everything the group
// must not see (the expert's notes, the votes as they come in, private notes, the live ledger) and
// every control of the session, each with its key (app/ui/workshop_controls.cpp). The projector
// window then draws no control at all.
#include <imgui.h>

#include <algorithm>

#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr int kF7 = 296;  // GLFW_KEY_F7: swap the screens

void menu_bar(App& app) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu(tr(S::WsWorkshop))) {
        for (const WsControl& c : ws_controls())
            if (ImGui::MenuItem(tr(c.label), c.key_label, false, c.enabled(app))) c.run(app);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(S::Undo), "Ctrl+Z", false, app.session()->can_undo())) app.sessions().undo();
        if (ImGui::MenuItem(tr(S::Redo), "Ctrl+Y", false, app.session()->can_redo())) app.sessions().redo();
        ImGui::Separator();
        if (ImGui::MenuItem(tr(S::FwCloseWorkshop))) app.close_session();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(S::FwMenuScreens))) {
        if (ImGui::MenuItem(tr(S::FwSwap), "F7")) app.swap_screens = true;
        if (ImGui::MenuItem(tr(S::FwTimerPublic), "G", app.ui.workshop.timer_public))
            app.ui.workshop.timer_public = !app.ui.workshop.timer_public;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(S::FwOneWindow))) app.one_window = true;
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

// What the group sees now, in one line: the step (or the ending) and the open document.
void on_screen_line(App& app) {
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    const core::Lang lang = language();
    std::string line = std::string(tr(S::FwOnScreen)) + ": ";
    if (st.finished()) {
        const core::Ending* e = ctl.scenario().ending(st.ending);
        line += std::string(tr(S::Ending)) + (e ? " — " + e->title.get(lang) : "");
    } else if (const core::Step* step = ctl.scenario().step(st.step)) {
        line += std::string(tr(S::Step)) + " " + std::to_string(st.path.size()) + " — " + step->title.get(lang);
    }
    if (const core::Document* doc = ctl.scenario().document(app.ui.open_document)) line += "  ·  " + doc->title.get(lang);
    bold_text(line.c_str());
}

void controls(App& app) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(S::FwControls));
    ImGui::PopFont();
    ImGui::SameLine();
    muted_text(ws_turn_active(app) ? tr(S::FwVoteKeys) : tr(S::FwChooseKeys));
    ws_control_row(app, {S::WsStartVoting, S::WsSkip, S::WsStopVoting, S::WsReveal});
    const auto& st = app.session()->state();
    if (!st.finished() && !app.session()->choices().empty() && !ws_turn_active(app)) {
        ImGui::Spacing();
        draw_decision_form(app);
    }
    ImGui::Spacing();
    ws_control_row(app, {S::FwToCase, S::FwToReflection, S::FwTimerStartStop, S::FwTimerPublic, S::WsMakeReport});
    if (app.shared_screen) ws_control_row(app, {S::FwShowPrivate});
    if (!ws_turn_active(app)) {
        ImGui::Spacing();
        draw_proposer_picker(app);
    }
}

}  // namespace

float facilitator_text_scale(float ui_scale) {
    // Read up close on the laptop: about the program's normal size, whatever the projector uses.
    return std::clamp(1.1f / std::max(ui_scale, 0.1f), 0.5f, 1.0f);
}

bool App::wants_facilitator_window() {
    return !one_window && !facilitator_window_off && workshop_.active() && screen_ == Screen::Player;
}

void App::draw_facilitator_window() {
    drawing_ = true;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, to_vec4(colors::FacilitatorBg));
    // One page that scrolls as a whole: on a narrow window the controls wrap onto many rows.
    ImGui::Begin("##begeleidersvenster", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    if (model_.controller && workshop_.active()) {
        ws_handle_keys(*this);
        const ImGuiIO& io = ImGui::GetIO();
        if (!io.WantTextInput && keys::pressed(kF7, false)) swap_screens = true;
        if (!io.WantTextInput && io.KeyCtrl) {  // as in the projector window (main_menu.cpp)
            if (keys::pressed(keys::Z) && !io.KeyShift) sessions_.undo();
            if (keys::pressed(keys::Y) || (keys::pressed(keys::Z) && io.KeyShift)) sessions_.redo();
        }
        menu_bar(*this);
        ImGui::PushFont(fonts().heading);
        wrapped_colored(colors::Mixed, tr(S::FwTitle));
        ImGui::PopFont();
        muted_text(shared_screen ? tr(S::FwOneMonitor) : tr(S::FwTwoMonitors));
        on_screen_line(*this);
        ImGui::Separator();
        if (model_.controller) {  // the menu may have closed the workshop
            controls(*this);
            ImGui::Separator();
            draw_facilitator_sections(*this);
        }
    }
    ImGui::End();
    ImGui::PopStyleColor();
    end_frame();
}

namespace {
class CloseProjectorDialog final : public View {
public:
    CloseProjectorDialog() : View(Kind::Dialog, "projector_sluiten") {}

protected:
    Frame frame(App& app) override {
        next_dialog_size(26);
        return {Frame::Type::Modal, tr(S::FwCloseProjectorTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize, app.confirm_close_projector};
    }
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_close_projector_dialog() { return std::make_unique<CloseProjectorDialog>(); }

void CloseProjectorDialog::draw_content(App& app) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(S::FwCloseProjectorText));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(tr(S::FwQuit))) {
        app.ui.quit_requested = true;
        app.confirm_close_projector = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(S::FwKeepGoing)) || keys::escape_pressed()) {
        app.confirm_close_projector = false;
        ImGui::CloseCurrentPopup();
    }
}

}  // namespace lwp::ui
