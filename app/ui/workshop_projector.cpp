// The projector's parts of workshop mode (issue 6.2, 6.4): the header line, the group's vote round
// under the choices (secret turns at the keyboard, the reveal as a chart, the group decision with
// its rationale) and the reflection round. Only what the whole room may see is drawn here; expert
// notes, the ledger and private notes live in the facilitator panel (workshop_panel.cpp).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/report/report.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

std::string clock_text(double seconds) {
    const int s = static_cast<int>(std::ceil(std::max(0.0, seconds)));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", s / 60, s % 60);
    return buf;
}

// A button that shows whether it is the chosen one (the theme's radio buttons are too faint on a
// projector).
bool toggle_button(const char* label, bool on) {
    ImGui::PushStyleColor(ImGuiCol_Button, on ? to_vec4(colors::Accent) : ImVec4(0.88f, 0.91f, 0.94f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, on ? ImVec4(1, 1, 1, 1) : to_vec4(colors::Accent));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleColor(2);
    return pressed;
}

// The first words of a choice, for the vote split of the previous decision.
std::string short_text(const std::string& text, size_t max_bytes = 48) {
    if (text.size() <= max_bytes) return text;
    size_t cut = text.rfind(' ', max_bytes);
    if (cut == std::string::npos || cut < max_bytes / 2) cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return text.substr(0, cut) + "…";
}

// Who voted for what, after the reveal: "1: Fatima, Jeroen  ·  2: Ilse".
std::string vote_names(const core::VoteRound& round, const std::vector<const core::Choice*>& available) {
    std::string out;
    for (size_t i = 0; i < available.size(); ++i) {
        std::string names;
        for (const auto& v : round.votes)
            if (v.choice == available[i]->id) names += (names.empty() ? "" : ", ") + v.participant;
        if (!names.empty()) out += (out.empty() ? "" : "   ·   ") + std::to_string(i + 1) + ": " + names;
    }
    return out;
}

const core::VoteRound* revealed_round(const core::SessionState& st) {
    const core::VoteRound& r = st.workshop.round;
    return r.step == st.step && r.revealed ? &r : nullptr;
}

}  // namespace

void draw_workshop_feedback(App& app) {
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    if (st.workshop.decisions.empty()) return;
    const core::GroupDecision& d = st.workshop.decisions.back();
    if (d.step != st.last_feedback_step) return;
    std::string split;
    for (const auto& [choice, n] : d.round.tally()) {
        const core::Choice* c = ctl.scenario().choice(d.step, choice);
        split += (split.empty() ? "" : "   ·   ") + std::to_string(n) + "× ‘" + short_text(c ? c->text.get(language()) : choice) + "’";
    }
    ImGui::PushFont(fonts().bold);
    wrapped_colored(colors::Accent, tr(S::WsGroupDecided));
    ImGui::PopFont();
    if (!d.rationale.empty()) wrapped_colored(ImGui::GetColorU32(ImGuiCol_Text), (std::string(tr(S::WsRationale)) + ": " + d.rationale).c_str());
    if (!split.empty()) muted_text((std::string(tr(S::WsVotes)) + ": " + split).c_str());
    if (d.overrides) wrapped_colored(colors::Mixed, tr(S::WsOverrode));
    ImGui::Spacing();
}

void draw_vote_overlay(App& app, const core::Choice& choice, ImVec2 min, ImVec2 max) {
    const core::VoteRound* round = revealed_round(app.session()->state());
    if (!round || round->votes.empty()) return;
    int n = 0;
    for (const auto& v : round->votes) n += v.choice == choice.id;
    const bool top = round->most_voted() == choice.id;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float frac = static_cast<float>(n) / static_cast<float>(round->votes.size());
    const float bar_h = std::max(4.0f, ImGui::GetFontSize() * 0.3f);
    // The share as a bar along the card's bottom edge, the count at the right.
    dl->AddRectFilled(ImVec2(min.x, max.y - bar_h), ImVec2(min.x + (max.x - min.x) * frac, max.y),
                      top ? colors::Accent : IM_COL32(120, 144, 156, 255), 3.0f);
    char count[32];
    std::snprintf(count, sizeof count, "%d", n);
    ImGui::PushFont(fonts().heading);
    const ImVec2 size = ImGui::CalcTextSize(count);
    dl->AddText(ImVec2(max.x - size.x - ImGui::GetFontSize() * 0.8f, (min.y + max.y - size.y) * 0.5f - bar_h * 0.5f),
                top ? colors::Accent : colors::Muted, count);
    ImGui::PopFont();
}

void draw_workshop_header(App& app) {
    const core::Workshop& ws = app.session()->state().workshop;
    WorkshopUi& ui = app.ui.workshop;
    // Large type for the back of the room, once per opened workshop (Beeld can change it again).
    if (ui.scaled_for != app.session()->session().id) {
        ui.scaled_for = app.session()->session().id;
        if (app.settings().ui_scale < kProjectorScale) app.set_scale(kProjectorScale);
    }
    // --tab begeleider (demos, screenshots) opens the case with the panel shown.
    if (app.ui.select_tab == "begeleider") ui.panel = true;
    // --tab dossier_expert: the dossier board with the expert's tags shown.
    if (app.ui.select_tab == "dossier_expert") {
        ui.dossier_expert = true;
        app.ui.select_tab = "dossier";
    }
    // One row that wraps: the name, the number of participants, the stemkamer, the time, and in
    // one window the panel button and the proposer.
    const std::string title = std::string(tr(S::WsWorkshop)) + ": " + ws.name;
    ImGui::PushFont(fonts().bold);
    ImGui::AlignTextToFramePadding();
    wrapped_colored(colors::Accent, title.c_str());
    ImGui::PopFont();
    char count[64];
    std::snprintf(count, sizeof count, "·  %zu %s", ws.participants.size(), tr(S::WsParticipantsCount));
    flow(ImGui::CalcTextSize(count).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count);
    draw_stemkamer_chip(app);
    const double now = steady_seconds();
    if (ui.timer_public && (ui.timer.running() || ui.timer.spent > 0)) {
        const double left = ui.timer.remaining(now);
        const std::string clock = std::string(tr(S::WsTimer)) + " " + clock_text(left);
        ImGui::PushFont(fonts().heading);
        flow(ImGui::CalcTextSize(clock.c_str()).x);
        ImGui::TextColored(to_vec4(left <= 0 ? colors::Bad : left < 60 ? colors::Mixed : colors::Good), "%s", clock.c_str());
        ImGui::PopFont();
    }
    // With the facilitator's own window the projector shows no controls at all; in one window
    // they stay, but no menu opens here while someone votes.
    if (app.two_windows || ws_turn_active(app)) return;
    const char* panel = ui.panel ? tr(S::WsHidePanel) : tr(S::WsShowPanel);
    flow(ImGui::CalcTextSize(panel).x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::SmallButton(panel)) ui.panel = !ui.panel;
    flow(ImGui::CalcTextSize(tr(S::WsProposer)).x + ImGui::GetFontSize() * 9 + ImGui::GetStyle().ItemSpacing.x);
    draw_proposer_picker(app);
}

void draw_proposer_picker(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    const core::Workshop& ws = app.session()->state().workshop;
    // Whose proposal the next board edits are (optional): recorded with each edit.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::WsProposer));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (ImGui::BeginCombo("##voorstel", ui.proposer.empty() ? tr(S::WsNobody) : ui.proposer.c_str())) {
        if (ImGui::Selectable(tr(S::WsNobody), ui.proposer.empty())) ui.proposer.clear();
        for (const auto& p : ws.participants)
            if (ImGui::Selectable(p.c_str(), ui.proposer == p)) ui.proposer = p;
        ImGui::EndCombo();
    }
}

void draw_decision_form(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    const auto available = app.session()->choices();
    ws_sync_drafts(app);
    bold_text(tr(S::WsGroupDecision));
    // One button per choice number; the chosen one is filled. The decision starts at the most
    // voted choice after the reveal; an override needs a rationale.
    for (size_t i = 0; i < available.size(); ++i) {
        char num[48];
        std::snprintf(num, sizeof num, " %zu ##besluit", i + 1);
        if (i) ImGui::SameLine();
        if (toggle_button(num, ui.decision == static_cast<int>(i))) ui.decision = static_cast<int>(i);
    }
    // The rationale under the numbers, as wide as the window, wrapping (a long one stays readable).
    FieldOptions fo;
    fo.min_lines = 1;
    fo.max_lines = 3;
    fo.hint = tr(S::WsRationaleHint);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.93f, 0.95f, 0.97f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    text_area("##motivering", ui.rationale, fo);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (ws_overrides(app)) wrapped_colored(colors::Mixed, tr(S::WsOverrideWarning));
    ws_control_button(app, S::WsRecordDecision);
}

void draw_workshop_round(App& app, const std::vector<const core::Choice*>& available) {
    ws_sync_drafts(app);
    WorkshopUi& ui = app.ui.workshop;
    const core::SessionState& st = app.session()->state();
    const core::Workshop& ws = st.workshop;
    static const core::VoteRound kEmpty;
    const core::VoteRound& round = ws.round.step == st.step ? ws.round : kEmpty;
    const bool controls = !app.two_windows;  // the facilitator's own window has them otherwise
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    // Who has voted: names only, never what.
    char line[96];
    std::snprintf(line, sizeof line, "%s: %zu %s %zu", tr(S::WsVoted), round.votes.size(), tr(S::Of), ws.participants.size());
    bold_text(line);
    for (const auto& p : ws.participants) {
        const bool voted = round.vote_of(p) != nullptr;
        chip(p.c_str(), voted ? IM_COL32(220, 237, 222, 255) : IM_COL32(236, 238, 241, 255), voted ? colors::Good : colors::Muted);
    }
    ImGui::Spacing();

    if (!round.revealed) {
        if (ws_turn_active(app)) {
            const std::string& who = ws.participants[static_cast<size_t>(ui.turn)];
            ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::FeedbackBg));
            const float rows = controls ? 3.4f : 2.3f;
            const float h = ImGui::GetTextLineHeightWithSpacing() * rows + ImGui::GetStyle().WindowPadding.y * 2;
            ImGui::BeginChild("##beurt", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
            ImGui::PushFont(fonts().heading);
            ImGui::Text("%s: %s", tr(S::WsTurn), who.c_str());
            ImGui::PopFont();
            char hint[200];
            std::snprintf(hint, sizeof hint, tr(S::WsTurnHint), static_cast<int>(available.size()));
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(hint);
            ImGui::PopTextWrapPos();
            if (controls) {
                ws_control_row(app, {S::WsSkip, S::WsStopVoting});
            }
            ImGui::EndChild();
            ImGui::PopStyleColor();
        } else if (controls) {
            ws_control_row(app, {S::WsStartVoting, S::WsReveal});
        }
    } else {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(tr(S::WsDistribution));
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(vote_names(round, available).c_str());
        ImGui::PopTextWrapPos();
    }

    ImGui::Spacing();
    if (controls) {
        draw_decision_form(app);
    } else if (ui.decision >= 0 && ui.decision < static_cast<int>(available.size())) {
        // The group sees the proposal the facilitator is about to record, and its rationale.
        std::string proposal = std::string(tr(S::WsGroupDecision)) + ": " + std::to_string(ui.decision + 1);
        if (!ui.rationale.empty()) proposal += "  —  " + ui.rationale;
        ImGui::PushFont(fonts().bold);
        wrapped_colored(colors::Accent, proposal.c_str());
        ImGui::PopFont();
        if (ws_overrides(app)) wrapped_colored(colors::Mixed, tr(S::WsOverrideWarning));
    }
    // When the round changes (a turn starts, a vote comes in, the reveal), bring it into view:
    // on a projector the narrative above is long and nobody should have to scroll to the votes.
    const std::string signature = st.step + "/" + std::to_string(round.votes.size()) + "/" + (round.revealed ? "r" : "") + "/" +
                                  std::to_string(ui.turn);
    if (signature != ui.round_seen) {
        ui.round_seen = signature;
        ui.scroll_frames = 3;  // the content height settles over a few frames
    }
    if (ui.scroll_frames > 0) {
        --ui.scroll_frames;
        ImGui::SetScrollHereY(1.0f);
    }
}

namespace {
class ReflectionRoundTab final : public View {
public:
    ReflectionRoundTab() : View(Kind::Tab, "reflectieronde") {}
    bool shown(App& app) override { return app.session()->state().workshop.active; }
protected:
    void draw_content(App& app) override;
    S tab_text() const override { return S::WsTabReflection; }
};
}  // namespace

std::unique_ptr<View> make_reflection_round_tab() { return std::make_unique<ReflectionRoundTab>(); }

void ReflectionRoundTab::draw_content(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    const core::Workshop& ws = st.workshop;
    const core::Lang lang = language();
    heading(tr(S::WsReflectionRound));
    muted_text(tr(S::WsReflectionIntro));
    ImGui::Spacing();
    // The case's own questions first (its reflection points), then the method's (bouwsteen.reflectie). Only the
    // points the group has reached: a later point's questions name later events (no spoilers).
    std::vector<std::string> prompts;
    for (const auto& rp : ctl.scenario().reflection_points) {
        const bool reached = rp.after_choice.empty() ? st.visited(rp.step) : st.took_choice(rp.after_choice);
        if (!reached) continue;
        for (const auto& q : rp.prompts) prompts.push_back(q.get(lang));
    }
    for (const auto& q : core::reflection_questions()) prompts.emplace_back(lang == core::Lang::En ? q.en : q.nl);
    ImGui::PushFont(fonts().bold);
    for (const auto& p : prompts) wrapped_colored(colors::Accent, ("•  " + p).c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    bold_text(tr(S::WsWhoseReflection));
    const int n = static_cast<int>(ws.participants.size());
    ui.reflection_who = std::clamp(ui.reflection_who, 0, n);
    for (int i = 0; i <= n; ++i) {
        ImGui::PushID(i);
        const char* label = i == 0 ? tr(S::WsTheGroup) : ws.participants[static_cast<size_t>(i - 1)].c_str();
        // Flow like chips: wrap to the next line when the button would pass the edge.
        const float w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
        }
        if (toggle_button(label, ui.reflection_who == i)) ui.reflection_who = i;
        ImGui::PopID();
    }
    FieldOptions fo;
    fo.min_lines = 3;
    fo.hint = tr(S::WsReflectionHint);
    text_area("##groepsreflectie", ui.reflection, fo);
    ImGui::BeginDisabled(ui.reflection.find_first_not_of(" \n") == std::string::npos);
    if (ImGui::Button(tr(S::WsSaveReflection))) {
        const std::string who = ui.reflection_who == 0 ? core::kGroupReflection : ws.participants[static_cast<size_t>(ui.reflection_who - 1)];
        app.act("reflectie.schrijf", "", {{"tekst", soft_unwrap(ui.reflection)}, {"deelnemer", who}, {"met", "intervisie"}});
        ui.reflection.clear();
    }
    ImGui::EndDisabled();
    ImGui::Spacing();
    for (const auto& r : st.reflections) {
        if (r.participant.empty()) continue;
        const std::string who = r.participant == core::kGroupReflection ? tr(S::WsTheGroup) : r.participant;
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(who.c_str());
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(r.text().c_str());
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
    }
}

}  // namespace lwp::ui
