// The case player: a header with progress, then documents and facts (left), the narrative or an
// open document with the choices (centre), and the situation and course with rewind (right).
#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/reflection_draft.hpp"
#include "ui/view.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

// A choice that appears while its step is open (after a document is read) is drawn highlighted
// for a moment: the step's visit it belongs to and when each choice was first seen (the case tab's).
struct ChoicesSeen {
    std::string step;
    size_t visit = 0;
    std::map<std::string, double> since;
};

void header(App& app) {
    auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::SessionState& st = ctl.state();
    const core::Lang lang = language();
    const ImGuiStyle& style = ImGui::GetStyle();
    // Buttons, title and progress flow: what does not fit on the line goes to the next one. A
    // workshop's projector window has no buttons: the facilitator's window has them (issue 17).
    const bool buttons = !app.two_windows;
    if (buttons) {
        if (ImGui::Button(tr(S::BackToLibrary))) {
            app.close_session();
            return;
        }
        flow(button_width(tr(S::Undo)));
        ImGui::BeginDisabled(!ctl.can_undo());
        if (ImGui::Button(tr(S::Undo))) app.sessions().undo();
        ImGui::EndDisabled();
        flow(button_width(tr(S::Redo)));
        ImGui::BeginDisabled(!ctl.can_redo());
        if (ImGui::Button(tr(S::Redo))) app.sessions().redo();
        ImGui::EndDisabled();
    }
    const std::string& title = sc.meta.title.get(lang);
    ImGui::PushFont(fonts().bold);
    const float title_w = ImGui::CalcTextSize(title.c_str()).x;
    if (buttons) flow(title_w);
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0);  // a title longer than the window wraps
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();

    // Progress: the route actually taken so far, and what can still come on it (the shortest and
    // the longest way to an ending from here): "Stap 3 van 4" or "Stap 3 van 4–6".
    const int here = static_cast<int>(st.path.size());
    const core::StepsToGo to_go = st.finished() ? core::StepsToGo{0, 0} : ctl.steps_to_go();
    const int lo = here + std::max(0, to_go.min), hi = here + std::max(0, to_go.max);
    char progress[64];
    if (st.finished()) std::snprintf(progress, sizeof progress, "%s", tr(S::Ending));
    else if (lo == hi) std::snprintf(progress, sizeof progress, "%s %d %s %d", tr(S::Step), here, tr(S::Of), hi);
    else std::snprintf(progress, sizeof progress, "%s %d %s %d\u2013%d", tr(S::Step), here, tr(S::Of), lo, hi);
    const float fraction = st.finished() ? 1.0f : hi > 0 ? static_cast<float>(here) / (0.5f * static_cast<float>(lo + hi) + 1.0f) : 0.0f;
    const core::Step* step = sc.step(st.step);
    std::string date = step && step->date.valid() ? step->date.display(lang) : "";
    // The bar sits at the right end of the line, wide enough for its label.
    const float full_w = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    const float label_w = ImGui::CalcTextSize(progress).x + style.ItemInnerSpacing.x * 2 + style.FramePadding.x * 2;
    const float bar_w = std::min(full_w, std::max(label_w, std::min(full_w * 0.3f, ImGui::GetFontSize() * 16)));
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + bar_w <= right_edge + 0.5f)
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - bar_w);
    else
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - bar_w);  // on a line of its own, at the right
    progress_bar(fraction, ImVec2(bar_w, 0), progress);
    if (st.workshop.active) draw_workshop_header(app);
    if (!date.empty()) {
        std::string line = std::string(tr(S::CaseDate)) + ": " + date;
        muted_text(line.c_str());
    }
}

void ending_panel(App& app) {
    const core::Lang lang = language();
    const auto& ctl = *app.session();
    const core::Ending* e = ctl.scenario().ending(ctl.state().ending);
    if (!e) return;
    ImU32 color = e->tone == "goed" ? colors::Good : e->tone == "zorgelijk" ? colors::Bad : colors::Mixed;
    const char* tone = e->tone == "goed" ? tr(S::EndingGood) : e->tone == "zorgelijk" ? tr(S::EndingWorrying) : tr(S::EndingMixed);
    wrapped_colored(color, tone);
    heading(e->title.get(lang).c_str());
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(e->text.get(lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(tr(S::ToDebrief))) app.ui.select_tab = "nabespreking";
    ImGui::Spacing();
    muted_text(tr(S::HistoryIntro));
}

void feedback_box(App& app) {
    const core::Lang lang = language();
    const auto& st = app.session()->state();
    const core::Choice* prev = app.session()->scenario().choice(st.last_feedback_step, st.last_feedback_choice);
    if (!prev || prev->feedback.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::FeedbackBg));
    // Height follows the wrapped text so nothing is cut off on small windows.
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = ImGui::GetStyle().WindowPadding.y * 2;
    const float inner = width - ImGui::GetStyle().WindowPadding.x * 2;
    const std::string title = std::string(tr(S::Feedback)) + ": " + prev->text.get(lang);
    const float title_h = fonts().bold->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, inner, title.c_str()).y;
    // The text flows with its marked terms and the citation line: measured last frame.
    const float estimate = ImGui::CalcTextSize(prev->feedback.get(lang).c_str(), nullptr, false, inner).y + ImGui::GetTextLineHeightWithSpacing();
    const float text_h = remembered_height("##feedback_text", estimate);
    ImGui::BeginChild("##feedback", ImVec2(0, title_h + text_h + ImGui::GetStyle().ItemSpacing.y + pad), true,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(fonts().bold);
    wrapped_colored(colors::Accent, title.c_str());
    ImGui::PopFont();
    const float y0 = ImGui::GetCursorPosY();
    rich_text(app, prev->feedback.get(lang), "##fb");
    citation_links(app, prev->sources, "##fb_bron");
    const float measured = ImGui::GetCursorPosY() - y0;
    ImGui::EndChild();
    remember_height("##feedback_text", measured);
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

void choices(App& app, ChoicesSeen& seen) {
    const core::Lang lang = language();
    auto& ctl = *app.session();
    auto available = ctl.choices();
    ImGui::Separator();
    ImGui::Spacing();
    heading(tr(S::Choices));
    muted_text(tr(S::ChoiceKeysHint));
    ImGui::Spacing();
    const std::string step = ctl.state().step;
    const bool group = ctl.state().workshop.active;
    // Which choices are new in this visit of the step: the first frame of a visit sees them all as
    // old; one that turns up later is highlighted for 2.5 s (it was appended, the others kept their number).
    const double now = ImGui::GetTime();
    const bool new_visit = seen.step != step || seen.visit != ctl.state().path.size();
    if (new_visit) {
        seen.step = step;
        seen.visit = ctl.state().path.size();
        seen.since.clear();
    }
    for (const core::Choice* c : available)
        if (!seen.since.count(c->id)) seen.since[c->id] = new_visit ? -1e9 : now;
    int chosen = -1;
    for (size_t i = 0; i < available.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        char number[24];
        std::snprintf(number, sizeof number, "%zu", i + 1);
        const std::string& text = available[i]->text.get(lang);
        // A full-width button whose label wraps: draw the frame as a button, the text on top.
        const float width = ImGui::GetContentRegionAvail().x;
        const float num_w = ImGui::GetFontSize() * 2.0f;
        const core::VoteRound& round = ctl.state().workshop.round;
        const bool revealed = group && round.step == step && round.revealed;
        const float votes_w = revealed ? ImGui::GetFontSize() * 3.5f : 0.0f;  // room for the revealed count
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        const float text_h = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - num_w - votes_w - pad.x * 2).y;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        // In a workshop the group decides through the vote round below, not by a click here.
        if (ImGui::Button("##keuze", ImVec2(width, text_h + pad.y * 3)) && !group) chosen = static_cast<int>(i);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        if (const double age = now - seen.since[available[i]->id]; age < 2.5) {
            const float a = static_cast<float>(1.0 - age / 2.5);
            dl->AddRect(pos, ImVec2(pos.x + width, pos.y + text_h + pad.y * 3), colors::Mixed, ImGui::GetStyle().FrameRounding, 0,
                        1.0f + 2.0f * a);
        }
        ImGui::PushFont(fonts().bold);
        dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y * 1.5f), colors::Accent, number);
        ImGui::PopFont();
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + num_w, pos.y + pad.y * 1.5f),
                    ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, width - num_w - votes_w - pad.x * 2);
        if (group) draw_vote_overlay(app, *available[i], pos, ImVec2(pos.x + width, pos.y + text_h + pad.y * 3));
        ImGui::PopID();
    }
    if (group) {
        draw_workshop_round(app, available);
        return;
    }
    // Number keys choose, unless a text field has focus.
    if (!ImGui::GetIO().WantTextInput && !ImGui::GetIO().KeyCtrl)
        for (int k = 0; k < 9 && k < static_cast<int>(available.size()); ++k)
            if (keys::pressed(keys::Digit1 + k, false) || keys::pressed(keys::Keypad1 + k, false))
                chosen = k;
    if (chosen >= 0) app.sessions().perform(core::make_choose(step, available[static_cast<size_t>(chosen)]->id));
}

void narrative(App& app, ChoicesSeen& seen) {
    const core::Lang lang = language();
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    feedback_box(app);
    if (st.workshop.active) draw_workshop_feedback(app);
    if (st.finished()) {
        ending_panel(app);
        return;
    }
    const core::Step* step = ctl.scenario().step(st.step);
    if (!step) return;
    heading(step->title.get(lang).c_str());
    ImGui::Spacing();
    // The step's text with the variants whose condition holds now (`varianten`, core::step_text).
    rich_text(app, core::step_text(*step, st, ctl.host(), lang), "##verhaal");
    ImGui::Spacing();
    choices(app, seen);
}

void document_reader(App& app) {
    const core::Lang lang = language();
    const core::Document* doc = app.session()->scenario().document(app.ui.open_document);
    if (!doc || ImGui::Button(tr(S::BackToCase)) || keys::escape_pressed()) {
        app.ui.open_document.clear();
        return;
    }
    ImGui::Spacing();
    heading(doc->title.get(lang).c_str());
    std::string meta;
    if (!doc->author.empty()) meta += std::string(tr(S::Author)) + ": " + doc->author;
    if (doc->date.valid()) meta += (meta.empty() ? "" : "  ·  ") + doc->date.display(lang);
    if (!meta.empty()) muted_text(meta.c_str());
    ImGui::Separator();
    ImGui::Spacing();
    rich_text(app, doc->body.get(lang), "##document");
}

// A banner above the boards: a new safety signal, or the pattern/end boards below a 6.
}  // namespace

void safety_banners(App& app, std::string_view board) {
    const core::Analysis& an = app.session()->state().analysis;
    if (!an.safety_alert.empty() && board != "veiligheid") {
        const core::Step* s = app.session()->scenario().step(an.safety_alert);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::ErrorBg));
        // As tall as its wrapped text (measured last frame): nothing cut off in a narrow window.
        const float pad = ImGui::GetStyle().WindowPadding.y * 2;
        const float h = remembered_height("##signaal_hoogte", ImGui::GetTextLineHeightWithSpacing() * 3.2f);
        ImGui::BeginChild("##signaal", ImVec2(0, h + pad), true, ImGuiWindowFlags_NoScrollbar);
        const float y0 = ImGui::GetCursorPosY();
        ImGui::PushFont(fonts().bold);
        std::string title = std::string(tr(S::SafetyAlert)) + (s ? ": " + s->safety_signal.get(language()) : "");
        wrapped_colored(colors::Bad, title.c_str());
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(tr(S::SafetyAlertHint));
        ImGui::PopTextWrapPos();
        flow(ImGui::CalcTextSize(tr(S::GoToSafety)).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::SmallButton(tr(S::GoToSafety))) app.ui.select_tab = "veiligheid";
        const float measured = ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY() - y0;
        ImGui::EndChild();
        remember_height("##signaal_hoogte", measured);
        ImGui::PopStyleColor();
    }
    // Safety first reads the case's real state (its meter), not the number the trainee typed;
    // without a meter in the case, the taxatie stands in for it.
    if (board == "patroon" || board == "eindsituatie") {
        const double meter = core::case_safety_at(app.session()->scenario(), app.session()->state());
        if (meter >= 0 ? meter < 6 : !an.safety.at_least_six()) {
            wrapped_colored(colors::Mixed, tr(S::BelowSixWarning));
            ImGui::Spacing();
        }
        if (an.safety.score == 0) {
            wrapped_colored(colors::Taxatie, tr(S::NotTaxatedWarning));
            ImGui::Spacing();
        }
    }
}

namespace {

void case_tab(App& app, ChoicesSeen& seen, ReflectionDraft& draft) {
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float em = ImGui::GetFontSize();
    const core::SessionState& st = app.session()->state();
    // Narrow (a small window or large text): the reflection and the course go below the story,
    // so the story and the choices keep a readable width. In a workshop always: the projector is
    // for the story, the choices and the group's round, at the full width.
    if (avail_w < em * 36 || st.workshop.active) {
        ImGui::BeginChild("##midden", ImVec2(0, avail_h), true);
        open_at_top(st.step + "|" + st.ending + "|" + app.ui.open_document);
        if (app.ui.open_document.empty()) narrative(app, seen);
        else document_reader(app);
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        draw_reflection_panel(app, draft);
        draw_history_panel(app);
        ImGui::EndChild();
        return;
    }
    const float side_w = std::min(std::max(avail_w * 0.32f, em * 12), avail_w * 0.4f);
    ImGui::BeginChild("##midden", ImVec2(avail_w - side_w - ImGui::GetStyle().ItemSpacing.x, avail_h), true);
    open_at_top(st.step + "|" + st.ending + "|" + app.ui.open_document);  // each step and document from its top
    if (app.ui.open_document.empty()) narrative(app, seen);
    else document_reader(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##rechts", ImVec2(side_w, avail_h), false);
    draw_reflection_panel(app, draft);
    draw_history_panel(app);
    ImGui::EndChild();
}

// The case itself: the narrative or an open document, the choices, reflection and history.
class CaseTab final : public View {
public:
    CaseTab() : View(Kind::Tab, "casus") {}

protected:
    void draw_content(App& app) override { case_tab(app, seen_, draft_); }
    S tab_text() const override { return S::TabCase; }

private:
    ChoicesSeen seen_;
    ReflectionDraft draft_;  // the reflection panel's
};

class PlayerScreen final : public View {
public:
    PlayerScreen() : View(Kind::Screen, "speler") {}
    bool is_screen(Screen s) const override { return s == Screen::Player; }
    bool shown(App& app) override { return app.session() != nullptr; }

protected:
    void draw_content(App& app) override;
};

}  // namespace

std::unique_ptr<View> make_case_tab() { return std::make_unique<CaseTab>(); }
std::unique_ptr<View> make_player_screen() { return std::make_unique<PlayerScreen>(); }

void PlayerScreen::draw_content(App& app) {
    if (app.authoring().preview()) draw_preview_banner(app);
    header(app);
    if (!app.session()) return;  // closed from the header
    ImGui::Spacing();
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float avail_h = ImGui::GetContentRegionAvail().y;
    // The documents and facts: a fifth of the width, at least 12 letters, at most 30 % of a narrow window.
    const float side_w = std::min(std::max(avail_w * 0.22f, ImGui::GetFontSize() * 12), avail_w * 0.3f);

    ImGui::BeginChild("##links", ImVec2(side_w, avail_h), false);
    draw_documents_panel(app);
    ImGui::Spacing();
    draw_facts_panel(app);
    ImGui::EndChild();
    ImGui::SameLine();

    ImGui::BeginGroup();
    const core::Analysis& an = app.session()->state().analysis;
    // The boards as a row of tab-like buttons that wraps onto a second line when the window is
    // narrow or the text large (an ImGui tab bar squeezes its tabs until their labels are cut).
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID current_key = ImGui::GetID("##werkblad");
    int current = storage->GetInt(current_key, -1);
    const std::vector<View*>& tabs = app.views(View::Kind::Tab);
    const int count = static_cast<int>(tabs.size());
    for (int i = 0; i < count; ++i)
        if (!app.ui.select_tab.empty() && app.ui.select_tab == tabs[i]->key() && tabs[i]->shown(app)) current = i;
    if (current < 0 || current >= count || !tabs[current]->shown(app)) {
        current = -1;  // none yet, or its tab went away: the first one shown
        for (int i = 0; i < count && current < 0; ++i)
            if (tabs[i]->shown(app)) current = i;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_left = ImGui::GetCursorScreenPos().x;
    const float row_right = row_left + ImGui::GetContentRegionAvail().x;
    bool first = true;
    for (int i = 0; i < count; ++i) {
        View& tab = *tabs[i];
        if (!tab.shown(app)) continue;
        std::string label = tab.tab_label();
        if (tab.key() == "veiligheid" && !an.safety_alert.empty()) label += " (!)";
        // A locked board (not yet opened by the case, or the debrief before the end) looks
        // locked: a padlock before its name, muted, and the reason on hover; it still opens to
        // the page that says when it opens.
        const char* lock = tab.locked_reason(app);
        const float lock_w = lock ? ImGui::GetTextLineHeight() * 0.8f + style.ItemInnerSpacing.x : 0.0f;
        const float w = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2 + lock_w;
        if (!first) flow(w, style.ItemInnerSpacing.x * 0.5f);
        first = false;
        label += "###";
        label += tab.key();
        const bool selected = i == current;
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(selected ? ImGuiCol_TabActive : ImGuiCol_Tab));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_TabHovered));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
        if (lock) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(selected ? ImGuiCol_TabActive : ImGuiCol_FrameBg));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            // Room for the padlock on the left: the label is drawn by the button, pushed right.
            ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(1.0f, 0.5f));
        }
        if (ImGui::Button(label.c_str(), ImVec2(w, 0))) current = i;
        if (lock) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor(2);
            const ImVec2 mn = ImGui::GetItemRectMin();
            const float h = ImGui::GetTextLineHeight();
            draw_lock(ImGui::GetWindowDrawList(), ImVec2(mn.x + style.FramePadding.x, mn.y + style.FramePadding.y), h, colors::Muted);
            if (tooltip_due()) ImGui::SetTooltip("%s", lock);
        }
        ImGui::PopStyleColor(3);
        if (selected) {  // underline the open one, as a tab joins its page
            const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(mn.x, mx.y - 3), mx, colors::Accent);
        }
    }
    storage->SetInt(current_key, current);
    app.ui.select_tab.clear();
    {  // the line the tabs stand on, as wide as the row
        const float y = ImGui::GetCursorScreenPos().y - style.ItemSpacing.y * 0.5f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(row_left, y), ImVec2(row_right, y), ImGui::GetColorU32(ImGuiCol_TabActive), 1.0f);
    }
    if (current >= 0) tabs[current]->draw(app);
    ImGui::EndGroup();
}

}  // namespace lwp::ui
