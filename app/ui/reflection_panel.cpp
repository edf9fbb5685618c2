// Reflection in the player (bouwsteen Reflectie, bouwsteen.reflectie): when the case reaches one of its
// reflection points, a card with the author's questions; at any moment, a free reflection. Both
// open one editor with the method's prompts (dimensions, levels, the building block's questions,
// reflecting with the family) beside a text field and the dimension / level / with-whom choices.
// Saving is ONE "reflectie.schrijf" action; nothing is written while typing.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/fold/reflection.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/reflection_draft.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr const char* kEditorId = "###reflectie_editor";

using Editor = ReflectionDraft;

void start_editor(App& app, Editor& e, const std::string& point) {
    if (e.session != app.session() || e.point != point) {
        e = Editor{};  // a draft belongs to one moment of one session
        e.session = app.session();
        e.point = point;
        if (const core::ReflectionPoint* rp = app.session()->scenario().reflection_point(point); rp && rp->with_family)
            e.with = core::term_index(core::reflection_partners(), "gezin");
    }
    e.open_request = true;
    e.focus_text = true;
}

// The args of the one action a save emits; empty choices are left out so the log stays short.
std::map<std::string, std::string> reflection_args(const Editor& e) {
    std::map<std::string, std::string> args{{"tekst", e.text}};
    auto pick = [&](const char* key, std::span<const core::Term> terms, int index) {
        if (index >= 0 && static_cast<size_t>(index) < terms.size()) args[key] = std::string(terms[static_cast<size_t>(index)].id);
    };
    pick("dimensie", core::reflection_dimensions(), e.dimension);
    pick("niveau", core::reflection_levels(), e.level);
    pick("met", core::reflection_partners(), e.with);
    if (!e.point.empty()) args["punt"] = e.point;
    return args;
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Where in the case the reflection is written: step, case date, the choice just made.
std::string where_now(App& app) {
    const core::Lang lang = language();
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    std::string out;
    const std::string& step_id = st.step.empty() ? st.ending : st.step;
    if (const core::Step* s = ctl.scenario().step(step_id)) {
        out = s->title.get(lang);
        if (s->date.valid()) out += " · " + s->date.display(lang);
    } else if (const core::Ending* e = ctl.scenario().ending(step_id)) out = e->title.get(lang);
    if (!st.choices.empty()) {
        const auto& rec = st.choices.back();
        if (const core::Choice* c = ctl.scenario().choice(rec.step, rec.choice))
            out += std::string(" · ") + tr(S::RfAfter) + ": ‘" + c->text.get(lang) + "’";
    }
    return out;
}

void prompt_list(const char* title, std::span<const core::Term> names, std::span<const core::Term> questions, bool open) {
    ImGui::PushFont(fonts().bold);
    const bool shown = wrapping_header(title, open);
    ImGui::PopFont();
    if (!shown) return;
    for (size_t i = 0; i < names.size(); ++i) {
        if (!questions.empty()) {
            bold_text(term_name(names[i]));
            ImGui::Indent();
            wrapped_text(term_name(questions[i]));
            ImGui::Unindent();
        } else {
            wrapped_text((std::string("• ") + term_name(names[i])).c_str());
        }
    }
    ImGui::Spacing();
}

// A combo over a vocabulary with "(niet gekozen)" first.
void term_combo(const char* label, std::span<const core::Term> terms, int& index) {
    bold_text(label);
    ImGui::SetNextItemWidth(-1);
    const std::string preview = index >= 0 && static_cast<size_t>(index) < terms.size() ? std::string(term_name(terms[static_cast<size_t>(index)])) : std::string(tr(S::RfNone));
    ImGui::PushID(label);
    if (ImGui::BeginCombo("##keuze", preview.c_str())) {
        if (ImGui::Selectable(tr(S::RfNone), index < 0)) index = -1;
        for (size_t i = 0; i < terms.size(); ++i)
            if (ImGui::Selectable(term_name(terms[i]), index == static_cast<int>(i))) index = static_cast<int>(i);
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

void editor_popup(App& app, Editor& e) {
    if (e.session != app.session()) {
        e = Editor{};
        return;
    }
    const core::Lang lang = language();
    const float f = ImGui::GetFontSize();
    if (e.open_request) {
        ImGui::OpenPopup(kEditorId);
        e.open_request = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x * 0.94f, f * 62), std::min(vp->WorkSize.y * 0.9f, f * 36)), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    const std::string title = std::string(e.point.empty() ? tr(S::RfEditorTitle) : tr(S::RfDueTitle)) + kEditorId;
    bool open = true;
    if (!ImGui::BeginPopupModal(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) return;
    const core::ReflectionPoint* rp = app.session()->scenario().reflection_point(e.point);
    muted_text(where_now(app).c_str());
    ImGui::Spacing();

    const float footer = ImGui::GetFrameHeightWithSpacing() * 1.6f + ImGui::GetTextLineHeightWithSpacing();
    const float avail_h = std::max(f * 8, ImGui::GetContentRegionAvail().y - footer);
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float left_w = std::floor(avail_w * 0.46f);

    // Left: the questions (the point's own first, then the method's).
    ImGui::BeginChild("##vragen", ImVec2(left_w, avail_h), true);
    if (rp && !rp->prompts.empty()) {
        ImGui::PushFont(fonts().bold);
        wrapped_colored(colors::Accent, tr(S::RfPointPrompts));
        ImGui::PopFont();
        for (const auto& p : rp->prompts) wrapped_text(("• " + p.get(lang)).c_str());
        ImGui::Spacing();
    }
    if (rp && rp->with_family) {
        wrapped_colored(colors::Mixed, tr(S::RfWithFamilyHint));
        ImGui::Spacing();
    }
    prompt_list(tr(S::RfDimensions), core::reflection_dimensions(), core::reflection_dimension_questions(), true);
    prompt_list(tr(S::RfLevels), core::reflection_levels(), {}, true);
    prompt_list(tr(S::RfQuestions), core::reflection_questions(), {}, true);
    ImGui::EndChild();
    ImGui::SameLine();

    // Right: the text and the three choices.
    ImGui::BeginChild("##schrijven", ImVec2(0, avail_h), false);
    bold_text(tr(S::RfText));
    if (e.focus_text) {
        ImGui::SetKeyboardFocusHere();
        e.focus_text = false;
    }
    FieldOptions fo;
    fo.min_lines = 7;
    fo.max_lines = 12;
    fo.hint = tr(S::RfTextHint);
    text_area("##tekst", e.text, fo);
    ImGui::Spacing();
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::BeginGroup();
    ImGui::PushItemWidth(half);
    ImGui::BeginChild("##dim", ImVec2(half, ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() + 4), false,
                      ImGuiWindowFlags_NoScrollbar);
    term_combo(tr(S::RfDimension), core::reflection_dimensions(), e.dimension);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##niv", ImVec2(half, ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() + 4), false,
                      ImGuiWindowFlags_NoScrollbar);
    term_combo(tr(S::RfLevel), core::reflection_levels(), e.level);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::Spacing();
    bold_text(tr(S::RfWith));
    const auto partners = core::reflection_partners();
    // Outlined circles: the theme's light frame colour alone is invisible on white.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, f * 0.06f));
    ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(IM_COL32(130, 137, 145, 255)));
    for (size_t i = 0; i < partners.size(); ++i) {
        // A radio button's own width (circle, gap, label): the row wraps before the edge.
        if (i > 0)
            flow(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(term_name(partners[i])).x);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::RadioButton(term_name(partners[i]), e.with == static_cast<int>(i)))
            e.with = e.with == static_cast<int>(i) ? -1 : static_cast<int>(i);
        ImGui::PopID();
    }
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::EndChild();

    // Footer: save (one action), cancel / later.
    ImGui::Spacing();
    muted_text(tr(S::RfSaveHint));
    const bool can_save = !trimmed(e.text).empty();
    ImGui::BeginDisabled(!can_save);
    const bool save = ImGui::Button(tr(S::RfSave), ImVec2(f * 8, 0));
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button(e.point.empty() ? tr(S::RfCancel) : tr(S::RfLater)) || keys::escape_pressed();
    if (save && can_save) {
        Editor done = e;
        done.text = trimmed(done.text);
        app.act("reflectie.schrijf", "", reflection_args(done));
        e = Editor{};
        e.session = app.session();
        ImGui::CloseCurrentPopup();
    } else if (cancel || !open) {
        e.open_request = false;  // the draft stays for next time
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_reflection_panel(App& app, ReflectionDraft& draft) {
    if (!app.session()) return;
    const core::Lang lang = language();
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    const float f = ImGui::GetFontSize();
    ImGui::PushID("##reflectie");

    // A reflection point of the case: its questions on a warm card, and the way in.
    if (!st.reflection_due.empty()) {
        const core::ReflectionPoint* rp = ctl.scenario().reflection_point(st.reflection_due.front());
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float pad = f * 0.5f;
        ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - pad * 2);
        ImGui::PushFont(fonts().bold);
        ImGui::TextColored(to_vec4(colors::Mixed), "%s", tr(S::RfDueTitle));
        ImGui::PopFont();
        if (rp && !rp->prompts.empty()) ImGui::TextUnformatted(rp->prompts.front().get(lang).c_str());
        else ImGui::TextUnformatted(tr(S::RfDueIntro));
        ImGui::PopTextWrapPos();
        if (ImGui::Button((std::string(tr(S::RfWrite)) + "###reflecteren").c_str())) start_editor(app, draft, st.reflection_due.front());
        ImGui::EndGroup();
        const ImVec2 bottom(top.x + ImGui::GetContentRegionAvail().x, ImGui::GetItemRectMax().y + pad);
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(top, bottom, IM_COL32(251, 243, 226, 255), f * 0.35f);
        dl->AddRect(top, bottom, colors::Mixed, f * 0.35f, 0, 2.0f);
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(top.x, bottom.y));
        ImGui::Dummy(ImVec2(bottom.x - top.x, 0));
        ImGui::Spacing();
    }

    // A free reflection at any moment, and how many there are so far.
    if (ImGui::Button((std::string(tr(S::RfFree)) + "###vrij").c_str())) start_editor(app, draft, "");
    if (!st.reflections.empty()) {
        char count[96];
        std::snprintf(count, sizeof count, "%zu %s", st.reflections.size(), tr(S::RfCount));
        // A narrow panel or large text: on the next line, wrapped if it is longer than the line.
        flow(std::min(ImGui::CalcTextSize(count).x, ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x));
        ImGui::AlignTextToFramePadding();
        wrapped_colored(colors::Muted, count);
        flow(ImGui::CalcTextSize(tr(S::RfToJournal)).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::SmallButton(tr(S::RfToJournal))) app.show_journal();
    }
    editor_popup(app, draft);
    ImGui::PopID();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
}

}  // namespace lwp::ui
