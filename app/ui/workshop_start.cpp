// Starting a workshop (issue 6.1): the dialog (session name, participants as names or a number,
// the case), App::start_workshop (the rest of workshop mode is services/workshop_service.hpp)
// and the facilitator's timer.
#include <imgui.h>

#include <chrono>

#include "core/store/persistence.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

double steady_seconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

double WorkshopTimer::remaining(double now) const {
    const double used = spent + (running() ? now - started : 0);
    return duration - used;
}
void WorkshopTimer::start(double now) {
    if (!running()) started = now;
}
void WorkshopTimer::pause(double now) {
    if (!running()) return;
    spent += now - started;
    started = -1;
}
void WorkshopTimer::reset(double seconds) {
    duration = seconds;
    spent = 0;
    started = -1;
}

bool App::start_workshop(size_t library_index, const std::string& name, const std::string& participants, std::string& error) {
    std::vector<std::string> people = core::parse_participants(participants, error);
    if (!error.empty()) return false;
    if (name.find_first_not_of(" \t") == std::string::npos) {
        error = tr(S::WsNeedName);
        return false;
    }
    start_session(library_index);
    if (!model_.controller) {
        error = tr(S::WsCouldNotStart);
        return false;
    }
    if (!workshop_.begin(name, people, error)) return false;
    ui.workshop = WorkshopUi{};  // the header sets the projector's text size
    return true;
}

bool App::open_stemkamer(const std::string& address, int port, bool free_names, std::string& error) {
    if (!workshop_.open_stemkamer(address, port, free_names, error)) return false;
    ui.stemkamer.show_qr = true;
    return true;
}

namespace {
class WorkshopStartDialog final : public View {
public:
    WorkshopStartDialog() : View(Kind::Dialog, "workshop_start") {}

protected:
    Frame frame(App& app) override {
        next_dialog_size(34);
        const bool open_now = app.ui.workshop.start_dialog;  // asked for once
        app.ui.workshop.start_dialog = false;
        return {Frame::Type::Modal, tr(S::WsStartTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize, open_now};
    }
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_workshop_start_dialog() { return std::make_unique<WorkshopStartDialog>(); }

void WorkshopStartDialog::draw_content(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    const core::Lang lang = language();
    muted_text(tr(S::WsStartIntro));
    ImGui::Spacing();
    bold_text(tr(S::WsSessionName));
    ImGui::SetNextItemWidth(-1);
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", ui.name.c_str());
    if (ImGui::InputTextWithHint("##naam", tr(S::WsSessionNameHint), buf, sizeof buf)) ui.name = buf;
    ImGui::Spacing();
    bold_text(tr(S::WsParticipants));
    muted_text(tr(S::WsParticipantsHint));
    FieldOptions fo;
    fo.min_lines = 4;
    text_area("##deelnemers", ui.participants, fo);
    ImGui::Spacing();
    bold_text(tr(S::WsCase));
    const auto& library = app.library();
    std::string current = ui.start_case < library.size() && library[ui.start_case].ok()
                              ? library[ui.start_case].scenario->meta.title.get(lang)
                              : std::string("-");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##casus", current.c_str())) {
        for (size_t i = 0; i < library.size(); ++i) {
            if (!library[i].ok()) continue;
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(library[i].scenario->meta.title.get(lang).c_str(), i == ui.start_case)) ui.start_case = i;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (!ui.start_error.empty()) wrapped_colored(colors::Bad, ui.start_error.c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr(S::WsStart))) {
        std::string error;
        const std::string name = ui.name, people = ui.participants;
        if (app.start_workshop(ui.start_case, name, people, error)) ImGui::CloseCurrentPopup();
        else app.ui.workshop.start_error = error;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(S::CancelAdd)) || keys::escape_pressed()) {
        ui.start_error.clear();
        ImGui::CloseCurrentPopup();
    }
}

}  // namespace lwp::ui
