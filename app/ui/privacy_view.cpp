// Privacy en gegevens: what the program stores where (folders, file counts, sizes), every saved
// session with a delete button, and "delete all data". Deleting always asks first, in a modal;
// the files go through core::delete_session / core::delete_all_data via the App (which closes and
// flushes an open session first, so no background save writes a deleted file back).
#include <imgui.h>

#include <algorithm>

#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

struct PrivacyUi {
    std::string confirm_session;  // session id waiting for confirmation
    bool confirm_all = false;
    bool understood = false;
    // What is stored where, read from disk at most every two seconds (or when the sessions change).
    std::vector<core::StoredPlace> places;
    double read_at = -100;
    std::size_t sessions_seen = ~std::size_t{0};
};


std::string human_size(std::uintmax_t bytes) {
    char buf[32];
    if (bytes < 1024) std::snprintf(buf, sizeof buf, "%ju B", bytes);
    else if (bytes < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f kB", static_cast<double>(bytes) / 1024.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

const char* place_label(const std::string& id) {
    if (id == "sessies") return tr(S::PvSessions);
    if (id == "rapporten") return tr(S::PvReports);
    if (id == "beschadigd") return tr(S::PvDamaged);
    if (id == "instellingen") return tr(S::PvSettings);
    return tr(S::PvLayout);
}

// A confirmation modal; returns true on the destructive button. `needs_check`: an extra tick box.
bool confirm(const char* title, const char* body, bool& open, bool needs_check, bool& checked) {
    if (open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const float f = ImGui::GetFontSize();
    next_dialog_size(30);
    bool result = false;
    if (ImGui::BeginPopupModal(title, &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushTextWrapPos(f * 29);
        ImGui::TextUnformatted(body);
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        if (needs_check) {
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, f * 0.06f));
            ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(IM_COL32(130, 137, 145, 255)));
            ImGui::Checkbox(tr(S::PvConfirmCheck), &checked);
            ImGui::PopStyleColor();
            ImGui::PopStyleVar();
        }
        ImGui::Spacing();
        ImGui::BeginDisabled(needs_check && !checked);
        ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(colors::Bad));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, to_vec4(IM_COL32(205, 50, 50, 255)));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, to_vec4(IM_COL32(150, 20, 20, 255)));
        ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(IM_COL32_WHITE));
        if (ImGui::Button(tr(S::PvDeleteNow))) {
            result = true;
            open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopStyleColor(4);
        ImGui::EndDisabled();
        ImGui::SameLine();
        // Cancel has the keyboard focus: Enter or Space on a fresh dialog never deletes.
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        if (ImGui::Button(tr(S::RfCancel)) || keys::escape_pressed()) {
            open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    return result;
}

// What is stored where: read from disk at most every two seconds, not every frame.
void stored_places_table(App& app, PrivacyUi& u, float width) {
    const float f = ImGui::GetFontSize();
    if (ImGui::GetTime() - u.read_at > 2.0 || u.sessions_seen != app.sessions().recent().size()) {
        u.places = core::stored_data(app.data_dir());
        u.read_at = ImGui::GetTime();
        u.sessions_seen = app.sessions().recent().size();
    }
    if (ImGui::BeginTable("##plaatsen", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                          ImVec2(width, 0))) {
        ImGui::TableSetupColumn(tr(S::PvWhat), ImGuiTableColumnFlags_WidthStretch, 1.1f);
        ImGui::TableSetupColumn(tr(S::PvWhere), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(tr(S::PvFiles), ImGuiTableColumnFlags_WidthFixed, f * 5);
        ImGui::TableSetupColumn(tr(S::PvSize), ImGuiTableColumnFlags_WidthFixed, f * 5);
        ImGui::TableHeadersRow();
        for (const auto& p : u.places) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(place_label(p.id));
            ImGui::TableNextColumn();
            std::string where = p.path.string() + (p.folder ? "/" : "");
            ImGui::TextUnformatted(where.c_str());
            if (!p.exists) ImGui::TextColored(to_vec4(colors::Muted), "%s", tr(S::PvMissing));
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::Text("%zu", p.files);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(human_size(p.bytes).c_str());
        }
        ImGui::EndTable();
    }
}

// Every saved session, with a delete button (asks first).
void sessions_table(App& app, PrivacyUi& u, float width) {
    const float f = ImGui::GetFontSize();
    heading(tr(S::PvSessionList));
    const auto& sessions = app.sessions().recent();
    if (sessions.empty()) muted_text(tr(S::PvNoSessions));
    else if (ImGui::BeginTable("##sessies", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                               ImVec2(width, 0))) {
        ImGui::TableSetupColumn(tr(S::JnCase), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(tr(S::PvLastWorked), ImGuiTableColumnFlags_WidthFixed, f * 8.5f);
        ImGui::TableSetupColumn(tr(S::PvActions), ImGuiTableColumnFlags_WidthFixed, f * 4);
        ImGui::TableSetupColumn("##knop", ImGuiTableColumnFlags_WidthFixed, f * 7);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(sessions.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const core::SessionSummary& s = sessions[static_cast<size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const auto* loaded = app.find_scenario(s.scenario_id);
                std::string name = loaded ? loaded->scenario->meta.title.get(language()) : s.scenario_id;
                if (app.session() && app.session()->session().id == s.id) name += "  (" + std::string(tr(S::JnOpenNow)) + ")";
                ImGui::TextUnformatted(name.c_str());
                ImGui::TextColored(to_vec4(colors::Muted), "%s", s.id.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(format_time(s.updated).c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%llu", static_cast<unsigned long long>(s.actions));
                ImGui::TableNextColumn();
                ImGui::PushID(s.id.c_str());
                if (ImGui::SmallButton(tr(S::PvDelete))) u.confirm_session = s.id;
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
}

}  // namespace

namespace {
class PrivacyScreen final : public View {
public:
    PrivacyScreen() : View(Kind::Screen, "privacy") {}
    bool is_screen(Screen s) const override { return s == Screen::Privacy; }
protected:
    void draw_content(App& app) override;
    bool back_buttons() const override { return true; }

private:
    PrivacyUi ui_;  // a confirmation waiting, and what is stored where (read now and then)
};
}  // namespace

std::unique_ptr<View> make_privacy_screen() { return std::make_unique<PrivacyScreen>(); }

void PrivacyScreen::draw_content(App& app) {
    PrivacyUi& u = ui_;
    const float f = ImGui::GetFontSize();
    ImGui::PushFont(fonts().heading);
    flow(ImGui::CalcTextSize(tr(S::PvTitle)).x);
    ImGui::PopFont();
    heading(tr(S::PvTitle));
    ImGui::BeginChild("##privacy", ImVec2(0, 0), false);
    open_at_top();
    const float width = std::min(ImGui::GetContentRegionAvail().x, f * 56);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(tr(S::PvIntro));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    stored_places_table(app, u, width);
    if (ImGui::Button(tr(S::PvOpenFolder))) {
        std::string error;
        if (!services::open_externally(app.data_dir().root, error)) app.notify(error, true);
    }
    ImGui::Spacing();
    ImGui::Separator();

    draw_records_privacy(app);  // learning records: what is queued and sent, the switch
    ImGui::Spacing();
    ImGui::Separator();

    sessions_table(app, u, width);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colors::Bad));
    if (ImGui::Button(tr(S::PvDeleteAll))) {
        u.confirm_all = true;
        u.understood = false;
    }
    ImGui::PopStyleColor();

    // The confirmations.
    bool open_one = !u.confirm_session.empty();
    bool unused = false;
    if (confirm(tr(S::PvConfirmOneTitle), tr(S::PvConfirmOne), open_one, false, unused)) {
        const std::string id = u.confirm_session;
        u.confirm_session.clear();
        if (app.delete_session(id)) app.notify(tr(S::PvDeleted));
    } else if (!open_one) u.confirm_session.clear();
    if (confirm(tr(S::PvConfirmAllTitle), tr(S::PvConfirmAll), u.confirm_all, true, u.understood)) {
        if (app.delete_all_data()) app.notify(tr(S::PvAllDeleted));
        // ImGui would write its window layout back on exit: after "delete everything", it doesn't.
        ImGui::GetIO().IniFilename = nullptr;
    }
    ImGui::EndChild();
}

}  // namespace lwp::ui
