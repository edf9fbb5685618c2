// Learning records (issue 23): the settings window (Bestand → Leerregistratie: LRS address,
// credentials, pseudonym, organisation and team, a connection test on a worker thread) and the
// section in Privacy en gegevens (what is queued and sent, the last attempt, the switch that
// turns sending off). The texts live here, Dutch and English side by side.
#include <imgui.h>

#include <algorithm>

#include "lrs/profile.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

struct SettingsUi {
    bool loaded = false;
    lrs::LrsSettings edit;
    std::string test_message;
    bool test_ok = false;
    std::string save_message;
};

// A label on the left, the field on the right: the whole form fits a laptop screen.
bool text_field(const char* label, const char* id, std::string& value, float width, ImGuiInputTextFlags flags = 0) {
    const float label_w = ImGui::GetFontSize() * 13;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(label_w);
    char buf[512];
    std::snprintf(buf, sizeof buf, "%s", value.c_str());
    ImGui::SetNextItemWidth(width - label_w);
    if (!ImGui::InputText(id, buf, sizeof buf, flags)) return false;
    value = buf;
    return true;
}

}  // namespace

namespace {
class RecordsSettings final : public View {
public:
    RecordsSettings() : View(Kind::Window, "leerregistratie") {}
    bool shown(App& app) override { return app.ui.show_records_settings; }

protected:
    // Closed, the form forgets its edits: it is loaded from the settings again when it opens.
    void each_frame(App& app) override {
        if (!app.ui.show_records_settings) ui_.loaded = false;
    }
    Frame frame(App& app) override;
    void draw_content(App& app) override;

private:
    SettingsUi ui_;  // the form being edited, loaded from the settings when the window opens
};
}  // namespace

std::unique_ptr<View> make_records_settings() { return std::make_unique<RecordsSettings>(); }

View::Frame RecordsSettings::frame(App& app) {
    const float f = ImGui::GetFontSize();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImVec2 size(std::min(f * 40, display.x - f * 2), std::min(f * 38, display.y - f * 3.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(display.x - size.x - f, f * 2.5f), ImGuiCond_Appearing);
    return {Frame::Type::Window, std::string(tr(S::RcTitle)) + "###leerregistratie",
            &app.ui.show_records_settings, ImGuiWindowFlags_NoSavedSettings};
}

void RecordsSettings::draw_content(App& app) {
    SettingsUi& u = ui_;
    lrs::Records& rec = app.records();
    if (!u.loaded) {
        u.edit = rec.settings();
        u.test_message.clear();
        u.save_message.clear();
        u.loaded = true;
    }
    if (auto r = rec.test_result()) {
        u.test_ok = r->kind == lrs::HttpResult::Kind::Ok;
        u.test_message = r->message;
    }
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(S::RcIntro));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    text_field(tr(S::RcLrsAddress), "##lrs", u.edit.endpoint, w);
    muted_text(tr(S::RcEndpointHint));
    text_field(tr(S::RcUser), "##gebruiker", u.edit.user, w);
    text_field(tr(S::RcPassword), "##wachtwoord", u.edit.password, w, ImGuiInputTextFlags_Password);
    muted_text(tr(S::RcSecretHint));
    ImGui::Spacing();
    text_field(tr(S::RcPseudonym), "##pseudoniem", u.edit.pseudonym, w);
    muted_text(tr(S::RcPseudonymHint));
    text_field(tr(S::RcOrganisation), "##organisatie", u.edit.organisation, w);
    text_field(tr(S::RcTeam), "##team", u.edit.team, w);
    muted_text(tr(S::RcMonitorHint));
    text_field(tr(S::RcHomepage), "##homepage", u.edit.home_page, w);
    ImGui::Spacing();
    ImGui::Checkbox(tr(S::RcSendToTheLrs), &u.edit.sending);
    ImGui::Checkbox(tr(S::RcSendReflections), &u.edit.reflection_text);
    ImGui::Spacing();
    const std::string why = u.edit.endpoint.empty() ? "" : lrs::check_endpoint(u.edit.endpoint);
    if (!why.empty()) ImGui::TextColored(to_vec4(colors::Bad), "%s", why.c_str());
    ImGui::BeginDisabled(!why.empty());
    if (ImGui::Button(tr(S::RcSave))) {
        std::string error;
        if (rec.set_settings(u.edit, error)) {
            u.edit = rec.settings();
            u.save_message = tr(S::RcSaved);
        } else u.save_message = error;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(rec.test_running() || u.edit.endpoint.empty());
    if (ImGui::Button(tr(S::RcTestConnection))) {
        u.test_message.clear();
        rec.start_test(u.edit);
    }
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    if (!u.save_message.empty()) {
        ImGui::SameLine();
        ImGui::TextUnformatted(u.save_message.c_str());
    }
    ImGui::PushTextWrapPos(0);
    if (rec.test_running()) muted_text(tr(S::RcTesting));
    else if (!u.test_message.empty())
        ImGui::TextColored(to_vec4(u.test_ok ? colors::Good : colors::Bad), "%s", u.test_message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushTextWrapPos(0);
    muted_text(tr(S::RcWhatIsSent));
    ImGui::PopTextWrapPos();
}

void draw_records_privacy(App& app) {
    lrs::Records& rec = app.records();
    const float f = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x, f * 56);
    heading(tr(S::RcTitle));
    // Read from disk at most every two seconds.
    static lrs::QueueSummary sum;
    static double read_at = -100;
    if (ImGui::GetTime() - read_at > 2.0) {
        sum = lrs::summarise_queue(rec.dir(), 200);
        read_at = ImGui::GetTime();
    }
    const lrs::LrsSettings& s = rec.settings();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!s.configured())
        ImGui::TextUnformatted(tr(S::RcNoLrs));
    else {
        ImGui::Text("%s %s", tr(S::RcLrs), s.endpoint.c_str());
        ImGui::Text("%s %s%s%s", tr(S::RcAs), s.pseudonym.empty() ? "—" : s.pseudonym.c_str(),
                    s.organisation.empty() ? "" : (" · " + s.organisation).c_str(), s.team.empty() ? "" : (" · " + s.team).c_str());
    }
    ImGui::Text(tr(S::RcQueueCount),
                sum.queued, sum.sent, sum.queued - sum.sent);
    const lrs::Sender::State st = rec.sender_state();
    if (st.running) muted_text(tr(S::RcSending));
    if (st.last.at > 0) {
        const std::string line = std::string(tr(S::RcLastAttempt)) + format_time(st.last.at) + ": " + st.last.message;
        ImGui::TextColored(to_vec4(st.last.ok ? colors::Good : colors::Bad), "%s", line.c_str());
    }
    if (st.failures > 0 && st.next_try > 0)
        muted_text((std::string(tr(S::RcNextAttemptAt)) + format_time(st.next_try)).c_str());
    ImGui::PopTextWrapPos();
    lrs::LrsSettings edit = s;
    if (ImGui::Checkbox(tr(S::RcSendToTheLrs), &edit.sending)) {
        std::string error;
        if (!rec.set_settings(edit, error)) app.notify(error, true);
    }
    flow(button_width(tr(S::RcSendNow)));  // the row wraps on a small screen
    ImGui::BeginDisabled(!s.configured() || !s.sending);
    if (ImGui::Button(tr(S::RcSendNow))) rec.send_now();
    ImGui::EndDisabled();
    flow(button_width(tr(S::RcSettings)));
    if (ImGui::Button(tr(S::RcSettings))) app.ui.show_records_settings = true;
    if (!sum.recent.empty() && ImGui::TreeNode(tr(S::RcQueue))) {
        if (ImGui::BeginTable("##wachtrij", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                                   ImGuiTableFlags_ScrollY,
                              ImVec2(width, f * 14))) {
            ImGui::TableSetupColumn(tr(S::RcWhen), ImGuiTableColumnFlags_WidthFixed, f * 10);
            ImGui::TableSetupColumn(tr(S::RcWhat), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn(tr(S::RcAbout), ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn(tr(S::RcStatus), ImGuiTableColumnFlags_WidthFixed, f * 6);
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableHeadersRow();
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(sum.recent.size()));
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const lrs::QueueEntry& e = sum.recent[static_cast<size_t>(i)];
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(e.time.substr(0, 16).c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(e.verb.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(e.object.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextColored(to_vec4(e.sent ? colors::Good : colors::Muted), "%s",
                                       e.sent ? tr(S::RcSent) : tr(S::RcWaiting));
                }
            ImGui::EndTable();
        }
        ImGui::TreePop();
    }
}

}  // namespace lwp::ui
