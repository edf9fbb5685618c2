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
        const bool open = app.ui.open_document == id;
        // A selectable row with a wrapped title (bold while unread) and the document date below.
        const float indent = ImGui::GetFontSize() * 0.9f;
        const float wrap = ImGui::GetContentRegionAvail().x - indent;
        const Fonts& f = fonts();
        ImFont* title_font = unread ? f.bold : f.body;
        const std::string& title = doc->title.get(lang);
        const ImVec2 title_size = title_font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrap, title.c_str());
        const float row_h = title_size.y + (doc->date.valid() ? ImGui::GetTextLineHeight() : 0.0f);
        if (ImGui::Selectable("##doc", open, 0, ImVec2(0, row_h))) {
            app.ui.open_document = id;
            if (unread) app.sessions().perform(core::make_read(st.step.empty() ? st.ending : st.step, id));
        }
        const ImVec2 min = ImGui::GetItemRectMin();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        if (unread) {
            const float r = ImGui::GetFontSize() * 0.22f;
            dl->AddCircleFilled(ImVec2(min.x + indent * 0.5f, min.y + ImGui::GetTextLineHeight() * 0.5f), r, colors::Mixed);
        }
        const float x = min.x + indent;
        dl->AddText(title_font, ImGui::GetFontSize(), ImVec2(x, min.y), ImGui::GetColorU32(ImGuiCol_Text), title.c_str(), nullptr, wrap);
        if (doc->date.valid())
            dl->AddText(ImVec2(x, min.y + title_size.y), colors::Muted, doc->date.display(lang).c_str());
        ImGui::Spacing();
        ImGui::PopID();
    }
}

}  // namespace lwp::ui
