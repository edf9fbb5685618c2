// The dossier: documents available so far; unread ones are marked, opening one reads it.
#include <imgui.h>

#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

void draw_documents_panel(App& app) {
    const core::Lang lang = language();
    auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    bold_text(tr(S::Documents));
    if (st.documents_available.empty()) muted_text(tr(S::NoDocuments));
    for (const auto& id : st.documents_available) {
        const core::Document* doc = ctl.scenario().document(id);
        if (!doc) continue;
        ImGui::PushID(id.c_str());
        const bool unread = !st.has_read(id);
        const bool open = app.open_document == id;
        std::string label = doc->title.get(lang);
        if (doc->date.valid()) label += "\n" + doc->date.display(lang);
        if (ImGui::Selectable("##doc", open, 0, ImVec2(0, ImGui::GetTextLineHeight() * (doc->date.valid() ? 2.1f : 1.1f)))) {
            app.open_document = id;
            if (unread) app.perform(core::make_read(st.step.empty() ? st.ending : st.step, id));
        }
        ImVec2 min = ImGui::GetItemRectMin();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float x = min.x + ImGui::GetStyle().FramePadding.x * 0.5f;
        if (unread) {
            const float r = ImGui::GetFontSize() * 0.22f;
            dl->AddCircleFilled(ImVec2(x + r, min.y + ImGui::GetTextLineHeight() * 0.5f), r, colors::Mixed);
        }
        x += ImGui::GetFontSize() * 0.8f;
        const Fonts& f = fonts();
        dl->AddText(unread ? f.bold : f.body, ImGui::GetFontSize(), ImVec2(x, min.y), ImGui::GetColorU32(ImGuiCol_Text),
                    doc->title.get(lang).c_str());
        if (doc->date.valid())
            dl->AddText(ImVec2(x, min.y + ImGui::GetTextLineHeight()), colors::Muted, doc->date.display(lang).c_str());
        ImGui::PopID();
    }
}

}  // namespace lwp::ui
