// The pattern board's texts: beside the diagram the selected factor (its text, person, area,
// evidence and arrows) or the form for a factor in own words; below it the pattern in one
// sentence with the noble intention, and the method's interpretation questions.
#include <imgui.h>

#include <cstdio>

#include "core/model/case_words.hpp"
#include "ui/app.hpp"
#include "ui/dragdrop.hpp"
#include "ui/pattern_parts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui::pattern_detail {

namespace {

bool person_combo(const char* id, const core::Scenario& sc, const std::string& current, std::string& out) {
    const core::Person* cur = current.empty() ? nullptr : sc.person(current);
    std::string preview = cur ? cur->name + " (" + cur->role + ")" : tr(S::NoPersonInParticular);
    bool changed = false;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::Selectable(tr(S::NoPersonInParticular), current.empty())) {
            out.clear();
            changed = true;
        }
        for (const auto& p : sc.persons) {
            std::string label = p.name + " (" + core::role_name(p.role, language()) + ")";
            if (ImGui::Selectable(label.c_str(), p.id == current)) {
                out = p.id;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed && out != current;
}

bool area_combo(const char* id, int current, int& out) {
    bool changed = false;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(id, term_name(core::pattern_areas()[static_cast<size_t>(current)]))) {
        for (size_t a = 0; a < core::pattern_areas().size(); ++a)
            if (ImGui::Selectable(term_name(core::pattern_areas()[a]), static_cast<int>(a) == current)) {
                out = static_cast<int>(a);
                changed = out != current;
            }
        ImGui::EndCombo();
    }
    return changed;
}

void factor_panel(App& app, PatternUi& s, const core::Factor& f) {
    const core::Pattern& pattern = app.session()->state().analysis.pattern;
    const core::Scenario& sc = app.session()->scenario();
    const AreaColors c = area_colors(static_cast<size_t>(f.area));
    ImGui::PushID(f.id.c_str());
    ImGui::PushFont(fonts().bold);
    wrapped_colored(c.accent, term_name(area_term(f.area)));
    ImGui::PopFont();
    std::string committed;
    FieldOptions o;
    o.min_lines = 3;
    if (commit_field("##tekst", f.text, committed, o)) app.act("patroon.wijzig", f.id, {{"tekst", committed}});
    muted_text(tr(S::FactorPerson));
    std::string person;
    if (person_combo("##persoon", sc, f.person, person)) app.act("patroon.wijzig", f.id, {{"persoon", person}});
    muted_text(tr(S::FactorArea));
    int area = static_cast<int>(f.area);
    if (area_combo("##gebied", area, area)) move_factor(app, f, static_cast<PatternArea>(area));

    ImGui::Spacing();
    char head[96];
    std::snprintf(head, sizeof head, "%s (%zu)", tr(S::FactorEvidence), f.evidence.size());
    bold_text(head);
    for (const auto& e : f.evidence) {
        ImGui::PushID(e.c_str());
        if (ImGui::SmallButton("×")) app.act("patroon.wijzig", f.id, {{"bewijs", core::evidence_without(f.evidence, e)}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::RemoveEvidence));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(evidence_text(app, e).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    if (f.evidence.empty()) wrapped_colored(colors::Mixed, tr(S::NoEvidenceHint));
    // A drop zone for more evidence.
    const float fs = ImGui::GetFontSize();
    const ImVec2 zp = ImGui::GetCursorScreenPos();
    const float zw = ImGui::GetContentRegionAvail().x;
    const float zh = ImGui::CalcTextSize(tr(S::EvidenceDrop), nullptr, false, zw - fs).y + fs * 0.8f;
    ImGui::Dummy(ImVec2(zw, zh));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool dragging = ImGui::GetDragDropPayload() != nullptr;
    dl->AddRect(zp, ImVec2(zp.x + zw, zp.y + zh), dragging ? colors::Good : IM_COL32(180, 186, 194, 255), fs * 0.3f, 0, dragging ? 2.5f : 1.0f);
    dl->AddText(ImGui::GetFont(), fs, ImVec2(zp.x + fs * 0.5f, zp.y + fs * 0.4f), colors::Muted, tr(S::EvidenceDrop), nullptr, zw - fs);
    if (ImGui::BeginDragDropTarget()) {
        for (const char* type : {payload::Fact, payload::TimelineEntry})
            if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(type))
                app.act("patroon.wijzig", f.id, {{"bewijs", core::evidence_with(f.evidence, static_cast<const char*>(p->Data))}});
        ImGui::EndDragDropTarget();
    }

    ImGui::Spacing();
    bold_text(tr(S::FactorArrows));
    bool any = false;
    for (const auto& l : pattern.links) {
        const bool out = l.from == f.id, in = l.to == f.id;
        if (!out && !in) continue;
        any = true;
        const core::Factor* other = pattern.factor(out ? l.to : l.from);
        ImGui::PushID(l.id.c_str());
        if (ImGui::SmallButton("×")) app.act("patroon.pijl_weg", l.id);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::RemoveArrow));
        ImGui::SameLine();
        std::string line = std::string(out ? "→ " : "← ") + (other ? shorten(other->text, 70) : l.to);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    if (!any) muted_text(tr(S::NoArrows));
    if (s.linking) {
        wrapped_colored(colors::Good, tr(S::ArrowPick));
        if (ImGui::Button(tr(S::CancelAdd))) s.linking = false;
    } else if (ImGui::Button(tr(S::ArrowTo))) s.linking = true;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Bad);
    if (ImGui::Button(tr(S::RemoveFactor))) {
        app.act("patroon.verwijder", f.id);
        s.selected.clear();
        s.linking = false;
    }
    ImGui::PopStyleColor();
    ImGui::PopID();
}

void new_factor_panel(App& app, PatternUi& s) {
    const core::Scenario& sc = app.session()->scenario();
    bold_text(tr(S::PatternHowToTitle));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(S::PatternHowTo));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    bold_text(tr(S::NewFactor));
    muted_text(tr(S::FactorArea));
    area_combo("##nieuw_gebied", s.new_area, s.new_area);
    muted_text(tr(S::FactorPerson));
    person_combo("##nieuw_persoon", sc, s.new_person, s.new_person);
    FieldOptions o;
    o.min_lines = 3;
    o.hint = tr(S::FactorHint);
    if (s.focus_new) {
        ImGui::SetKeyboardFocusHere();
        s.focus_new = false;
    }
    text_area("##nieuw_tekst", s.new_text, o);
    const bool entered = left_with_enter();
    const bool empty = s.new_text.find_first_not_of(" \r\n\t") == std::string::npos;
    ImGui::BeginDisabled(empty);
    const bool add = ImGui::Button(tr(S::AddCard)) || entered;
    ImGui::EndDisabled();
    if (add && !empty) {
        core::FactorDraft d;
        d.area = static_cast<PatternArea>(s.new_area);
        d.person = s.new_person;
        d.text = s.new_text;
        app.act("patroon.factor", "", d.args());
        s.new_text.clear();
        s.new_person.clear();  // the next factor is about whom it says, not about the last one's person
    }
}

}  // namespace

void side_panel(App& app, PatternUi& s, const core::Pattern& pattern) {
    const core::Factor* f = s.selected.empty() ? nullptr : pattern.factor(s.selected);
    if (!f) {
        s.selected.clear();
        s.linking = false;
        new_factor_panel(app, s);
    } else factor_panel(app, s, *f);
}

void questions(App& app, const core::Pattern& pattern) {
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    heading(tr(S::PatternQuestions));
    muted_text(tr(S::PatternQuestionsHint));
    ImGui::Spacing();
    const bool two = ImGui::GetContentRegionAvail().x > fs * 30;
    const float col = two ? (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * 2) * 0.5f : -1;
    const auto qs = core::pattern_questions();
    std::string committed;
    for (size_t i = 0; i < qs.size(); ++i) {
        const core::Term& q = qs[i];
        if (two && i % 2 == 1) ImGui::SameLine(0, style.ItemSpacing.x * 2);
        ImGui::BeginGroup();
        ImGui::PushID(q.id.data(), q.id.data() + q.id.size());
        auto it = pattern.answers.find(std::string(q.id));
        FieldOptions o;
        o.width = col;
        o.min_lines = 3;
        o.hint = tr(S::PatternAnswerHint);
        if (labelled_field(term_name(q), "##antwoord", it == pattern.answers.end() ? std::string() : it->second, committed, o))
            app.act("patroon.tekst", std::string(q.id), {{"tekst", committed}});
        ImGui::PopID();
        ImGui::EndGroup();
        if (!two || i % 2 == 1) ImGui::Spacing();
    }
}

// The pattern in one sentence and the noble intention, in a tinted box below the diagram.
void sentence_and_intention(App& app, const core::Pattern& pattern) {
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, fs * 0.1f));
    ImGui::Indent(fs * 0.5f);
    const float inner = w - fs;
    const bool side = inner > fs * 36;
    const float left = side ? inner * 0.58f : inner;
    const float right = side ? inner - left - style.ItemSpacing.x * 2 : inner;
    std::string committed;
    FieldOptions o;
    o.width = left;
    o.min_lines = 2;
    o.hint = tr(S::PatternStem);
    ImGui::BeginGroup();
    if (labelled_field(tr(S::PatternSentence), "##zin", pattern.sentence, committed, o))
        app.act("patroon.tekst", "zin", {{"tekst", committed}});
    ImGui::EndGroup();
    if (side) ImGui::SameLine(0, style.ItemSpacing.x * 2);
    ImGui::BeginGroup();
    o.width = right;
    o.hint = tr(S::NobleHint);
    if (labelled_field(tr(S::NobleIntention), "##intentie", pattern.noble_intention, committed, o))
        app.act("patroon.tekst", "intentie", {{"tekst", committed}});
    ImGui::EndGroup();
    ImGui::Unindent(fs * 0.5f);
    ImGui::Dummy(ImVec2(0, fs * 0.1f));
    ImGui::EndGroup();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(p0, ImVec2(p0.x + w, ImGui::GetItemRectMax().y), colors::FeedbackBg, fs * 0.4f);
    dl->ChannelsMerge();
}

}  // namespace lwp::ui::pattern_detail
