// The facilitator panel (issue 6.1): the expert's notes on the current decision, the votes as
// they come in, the live scoring ledger, the timer, private notes, the comparison with the
// participants' own sessions and the workshop report. A window of its own over the right side of
// the screen, toggled with F9; the projector view never draws any of this.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr int kF9 = 298;  // GLFW_KEY_F9
constexpr float kPanelFontScale = 0.8f;

// Whether a criterion's check (or any check inside it) refers to `id`.
bool mentions(const core::Check& check, const std::string& id) {
    if (std::find(check.refs.begin(), check.refs.end(), id) != check.refs.end() || check.before == id) return true;
    return std::any_of(check.children.begin(), check.children.end(), [&](const core::Check& c) { return mentions(c, id); });
}

void timer_section(App& app) {
    WorkshopTimer& t = app.ui.workshop.timer;
    const double now = steady_seconds();
    const double left = t.remaining(now);
    const int s = static_cast<int>(std::ceil(std::max(0.0, left)));
    ImGui::PushFont(fonts().heading);
    ImGui::TextColored(to_vec4(left <= 0 ? colors::Bad : colors::Accent), "%02d:%02d", s / 60, s % 60);
    ImGui::PopFont();
    const char* start_stop = t.running() ? tr(S::WsPause) : tr(S::WsStartTimer);
    flow(button_width(start_stop));
    if (ImGui::Button(start_stop)) {
        if (t.running()) t.pause(now);
        else t.start(now);
    }
    for (int minutes : {2, 5, 10, 15}) {
        char label[16];
        std::snprintf(label, sizeof label, "%d min", minutes);
        flow(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::SmallButton(label)) t.reset(minutes * 60.0);
    }
}

void expert_notes(App& app) {
    const core::Lang lang = language();
    auto& ctl = *app.session();
    const auto available = ctl.choices();
    if (available.empty()) {
        muted_text(tr(S::WsNoDecisionNow));
        return;
    }
    for (size_t i = 0; i < available.size(); ++i) {
        const core::Choice& c = *available[i];
        ImGui::PushFont(fonts().bold);
        wrapped_colored(colors::Accent, (std::to_string(i + 1) + "  " + c.text.get(lang)).c_str());
        ImGui::PopFont();
        if (!c.feedback.empty()) {
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(c.feedback.get(lang).c_str());
            ImGui::PopTextWrapPos();
        }
        // Criteria that look at this choice: what the method says about it (their rationale).
        for (const auto& cr : ctl.scenario().criteria) {
            if (!mentions(cr.check, c.id)) continue;
            muted_text(("→ " + cr.text.get(lang) + " — " + cr.rationale.get(lang)).c_str());
        }
        ImGui::Spacing();
    }
}

void votes_section(App& app) {
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    const core::VoteRound& round = st.workshop.round;
    if (round.step != st.step || round.votes.empty()) {
        muted_text(tr(S::WsNoVotesYet));
        return;
    }
    const auto available = ctl.choices();
    for (const auto& v : round.votes) {
        int number = 0;
        for (size_t i = 0; i < available.size(); ++i)
            if (available[i]->id == v.choice) number = static_cast<int>(i) + 1;
        const core::Choice* c = ctl.scenario().choice(st.step, v.choice);
        const std::string line = v.participant + ": " + std::to_string(number) + "  " + (c ? c->text.get(language()) : v.choice);
        bullet_wrapped(line.c_str());
    }
    if (!round.revealed) muted_text(tr(S::WsVotesHidden));
}

void ledger_section(App& app) {
    const core::ScoreReport& report = app.sessions().score_report();
    const core::Lang lang = language();
    char total[64];
    std::snprintf(total, sizeof total, "%s: %.0f / %.0f", tr(S::WsScore), report.earned, report.max);
    bold_text(total);
    for (const auto& e : report.ledger) {
        if (!e.criterion) continue;
        ImGui::PushID(e.criterion->id.c_str());
        ImGui::TextColored(to_vec4(status_color(e.status)), "%s", status_label(e.status));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(e.criterion->text.get(lang).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

void notes_section(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    const core::Workshop& ws = app.session()->state().workshop;
    FieldOptions fo;
    fo.min_lines = 2;
    fo.hint = tr(S::WsNoteHint);
    text_area("##notitie", ui.note, fo);
    ImGui::BeginDisabled(ui.note.find_first_not_of(" \n") == std::string::npos);
    if (ImGui::Button(tr(S::WsSaveNote))) {
        app.act(core::action_type::FacilitatorNote, "", {{"tekst", soft_unwrap(ui.note)}});
        ui.note.clear();
    }
    ImGui::EndDisabled();
    for (auto it = ws.notes.rbegin(); it != ws.notes.rend(); ++it) {
        bullet_wrapped(it->text.c_str());
    }
}

void report_section(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    muted_text(tr(S::WsCompareIntro));
    char buf[1024];
    std::snprintf(buf, sizeof buf, "%s", ui.compare_dir.c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##map", tr(S::WsCompareHint), buf, sizeof buf)) ui.compare_dir = buf;
    if (ImGui::Button(tr(S::WsImport))) {
        const size_t n = app.workshop().import_compare_sessions(ui.compare_dir);
        if (n == 0) app.notify(tr(S::WsNoSessionsFound), true);
        else app.notify(std::to_string(n) + " " + tr(S::WsImported));
    }
    for (const auto& col : app.workshop().compare()) {
        std::string line = col.label + (col.problem.empty() ? "" : " — " + col.problem);
        bullet_wrapped(line.c_str());
    }
    ImGui::Spacing();
    if (ImGui::Button(tr(S::WsMakeReport))) app.exports().export_report(true, false, true);
}

}  // namespace

void draw_facilitator_sections(App& app) {
    if (wrapping_header(tr(S::WsTimer), true)) timer_section(app);
    if (wrapping_header(tr(S::SkTitle), true)) draw_stemkamer_section(app);
    // The laptop's screen is what the room sees (one display, or mirrored): the private parts stay
    // covered until the facilitator shows them (V), and cover again with V.
    if (app.two_windows && app.shared_screen && !app.ui.workshop.private_shown) {
        ImGui::Spacing();
        wrapped_colored(colors::Mixed, tr(S::FwPrivateCovered));
        ws_control_button(app, S::FwShowPrivate);
        return;
    }
    // A participant stands at this keyboard to vote: nothing private while the turn lasts.
    if (ws_turn_active(app)) {
        const auto& ws = app.session()->state().workshop;
        char line[400];
        std::snprintf(line, sizeof line, tr(S::FwTurnPrivate), ws.participants[static_cast<size_t>(app.ui.workshop.turn)].c_str());
        ImGui::Spacing();
        wrapped_colored(colors::Mixed, line);
        return;
    }
    if (wrapping_header(tr(S::WsExpertNotes), true)) expert_notes(app);
    if (wrapping_header(tr(S::WsVotesPrivate), true)) votes_section(app);
    if (wrapping_header(tr(S::WsPrivateNotes), true)) notes_section(app);
    if (wrapping_header(tr(S::WsLedger), app.ui.workshop.ledger_open)) ledger_section(app);
    if (wrapping_header(tr(S::WsReport), app.ui.workshop.ledger_open)) report_section(app);
}

namespace {
class FacilitatorPanel final : public View {
public:
    FacilitatorPanel() : View(Kind::Window, "begeleider_paneel") {}
    // Inside the projected window only with --een-venster; otherwise the facilitator window has it.
    bool shown(App& app) override { return in_workshop(app) && app.ui.workshop.panel && app.one_window; }

protected:
    // F9: with two windows possible, it brings the facilitator's own window back; the panel
    // inside the projected window is for --een-venster only.
    void each_frame(App& app) override {
        if (!in_workshop(app) || ImGui::GetIO().WantTextInput || !keys::pressed(kF9, false)) return;
        if (app.one_window) app.ui.workshop.panel = !app.ui.workshop.panel;
        else app.facilitator_window_off = false;
    }
    Frame frame(App& app) override;
    void draw_content(App& app) override;

private:
    static bool in_workshop(App& app) { return app.workshop().active() && app.screen() == Screen::Player && !app.two_windows; }
};
}  // namespace

std::unique_ptr<View> make_facilitator_panel() { return std::make_unique<FacilitatorPanel>(); }

View::Frame FacilitatorPanel::frame(App&) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::max(vp->WorkSize.x * 0.38f, ImGui::GetFontSize() * 22);
    const float top = ImGui::GetFrameHeight();  // below the menu bar
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - w, vp->WorkPos.y + top));
    ImGui::SetNextWindowSize(ImVec2(w, vp->WorkSize.y - top));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, to_vec4(colors::FacilitatorBg));
    ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(colors::Mixed));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 3.0f);
    Frame f{Frame::Type::Window, "##begeleider", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings};
    f.colors = 2;
    f.vars = 1;
    return f;
}

void FacilitatorPanel::draw_content(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    // Read up close on the laptop, not from the back of the room: smaller than the projector's text.
    ImGui::SetWindowFontScale(kPanelFontScale);
    ImGui::PushFont(fonts().heading);
    wrapped_colored(colors::Mixed, tr(S::WsPanelTitle));
    ImGui::PopFont();
    muted_text(tr(S::WsPanelHint));
    flow(ImGui::CalcTextSize(tr(S::WsHidePanel)).x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::SmallButton(tr(S::WsHidePanel))) ui.panel = false;
    ImGui::Separator();
    ImGui::BeginChild("##paneelinhoud", ImVec2(0, 0), false);  // inherits the panel's font scale
    draw_facilitator_sections(app);
    ImGui::EndChild();
}

}  // namespace lwp::ui
