// Facts discovered so far, in case-date order, coloured by kind (life event, help, report...).
#include <imgui.h>

#include <algorithm>

#include "ui/app.hpp"
#include "ui/dragdrop.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {
ImU32 kind_color(core::FactKind kind) {
    switch (kind) {
        case core::FactKind::LifeEvent: return IM_COL32(92, 107, 192, 255);
        case core::FactKind::Help: return IM_COL32(0, 137, 123, 255);
        case core::FactKind::Decision: return IM_COL32(121, 85, 72, 255);
        case core::FactKind::Report: return IM_COL32(230, 81, 0, 255);
        case core::FactKind::Concern: return colors::Bad;
        case core::FactKind::Strength: return colors::Good;
    }
    return colors::Muted;
}

const char* kind_label(core::FactKind kind, core::Lang lang) {
    const bool en = lang == core::Lang::En;
    switch (kind) {
        case core::FactKind::LifeEvent: return en ? "life event" : "levensgebeurtenis";
        case core::FactKind::Help: return en ? "help" : "hulp";
        case core::FactKind::Decision: return en ? "decision" : "besluit";
        case core::FactKind::Report: return en ? "report" : "melding";
        case core::FactKind::Concern: return en ? "concern" : "zorg";
        case core::FactKind::Strength: return en ? "strength" : "kracht";
    }
    return "";
}
}  // namespace

void draw_facts_panel(App& app) {
    const core::Lang lang = language();
    auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    char title[96];
    std::snprintf(title, sizeof title, "%s (%zu)", tr(S::Facts), st.facts.size());
    bold_text(title);
    if (!st.facts.empty()) muted_text(tr(S::DragFactHint));
    if (st.facts.empty()) {
        muted_text(tr(S::NoFacts));
        return;
    }
    std::vector<const core::Fact*> facts;
    for (const auto& rf : st.facts)
        if (const core::Fact* f = ctl.scenario().fact(rf.id)) facts.push_back(f);
    std::stable_sort(facts.begin(), facts.end(), [](const core::Fact* a, const core::Fact* b) { return a->date.key() < b->date.key(); });
    const ImGuiPayload* dragged = ImGui::GetDragDropPayload();
    for (const core::Fact* f : facts) {
        ImGui::PushID(f->id.c_str());
        // A fact outside the visible part is skipped with its height from the last frame (not the
        // one being dragged: its drag source stays alive).
        const bool is_dragged = dragged && dragged->IsDataType(payload::Fact) && f->id == static_cast<const char*>(dragged->Data);
        float y = 0;
        if (skip_if_out_of_view("##h", y, is_dragged)) {
            ImGui::PopID();
            continue;
        }
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float bar = ImGui::GetFontSize() * 0.25f;
        ImGui::Indent(bar * 3);
        ImGui::BeginGroup();
        std::string meta = (f->date.valid() ? f->date.display(lang) + " · " : std::string()) + kind_label(f->kind, lang);
        wrapped_colored(kind_color(f->kind), meta.c_str());
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(f->text.get(lang).c_str());
        if (f->kind == core::FactKind::Help && (!f->agency.empty() || !f->result.empty())) {
            std::string help = f->agency + (f->result.empty() ? "" : " → " + f->result.get(lang));
            ImGui::TextDisabled("%s", help.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::Unindent(bar * 3);
        const float h = ImGui::GetItemRectSize().y;
        // The whole fact is a drag source: drop it on the timeline or the pattern board.
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(pos);
        ImGui::InvisibleButton("##sleep", ImVec2(ImGui::GetContentRegionAvail().x, h));
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload(payload::Fact, f->id.c_str(), f->id.size() + 1);
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 20);
            ImGui::TextUnformatted(f->text.get(lang).c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndDragDropSource();
        }
        ImGui::SetCursorScreenPos(after);
        ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + bar, pos.y + h), kind_color(f->kind), bar * 0.5f);
        ImGui::Spacing();
        remember_height("##h", ImGui::GetCursorPosY() - y);
        ImGui::PopID();
    }
}

}  // namespace lwp::ui
