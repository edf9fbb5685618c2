// The dossier board (issue 6.6, dossieronderzoek): the case file's events in order, each with the
// tags the group gave it (help-pattern flaws from bron.werkwijze, success factors from bron.evaluatie). On the
// facilitator's word the expert's tags appear beside them, with the explanation and the score.
#include <imgui.h>

#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

std::string tag_name(std::string_view id) {
    const core::DossierTag* t = core::find_dossier_tag(id);
    if (!t) return std::string(id);
    return std::string(language() == core::Lang::En ? t->en : t->nl);
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

constexpr ImU32 kFlawBg = IM_COL32(253, 236, 234, 255), kGoodBg = IM_COL32(220, 237, 222, 255);
constexpr ImU32 kMissBg = IM_COL32(255, 243, 214, 255), kPlainBg = IM_COL32(236, 238, 241, 255);

}  // namespace

namespace {
class DossierBoard final : public View {
public:
    DossierBoard() : View(Kind::Tab, "dossier") {}
    bool shown(App& app) override { return !app.session()->scenario().dossier.empty(); }
protected:
    void draw_content(App& app) override;
    S tab_text() const override { return S::WsTabDossier; }
};
}  // namespace

std::unique_ptr<View> make_dossier_board() { return std::make_unique<DossierBoard>(); }

void DossierBoard::draw_content(App& app) {
    const auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::SessionState& st = ctl.state();
    const core::Lang lang = language();
    WorkshopUi& ui = app.ui.workshop;
    heading(tr(S::WsDossierTitle));
    muted_text(tr(S::WsDossierIntro));
    ImGui::Checkbox(tr(S::WsShowExpert), &ui.dossier_expert);
    const core::DossierScore score = core::score_dossier(sc, st.dossier);
    if (ui.dossier_expert) {
        char line[160];
        std::snprintf(line, sizeof line, tr(S::WsDossierScore), score.found, score.found + score.missed, score.extra,
                      static_cast<int>(score.fraction() * 100 + 0.5));
        ImGui::SameLine();
        bold_text(line);
    }
    ImGui::Spacing();
    for (size_t i = 0; i < sc.dossier.size(); ++i) {
        const core::DossierEvent& ev = sc.dossier[i];
        const core::DossierEventScore& es = score.events[i];
        ImGui::PushID(ev.id.c_str());
        ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::CardBg));
        const float h = remembered_height(("##dh" + ev.id).c_str(), ImGui::GetFontSize() * 6);
        ImGui::BeginChild("##gebeurtenis", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
        std::string meta = ev.date.valid() ? ev.date.display(lang) : std::string();
        if (!ev.source.empty()) meta += (meta.empty() ? "" : "  ·  ") + ev.source;
        ImGui::PushFont(fonts().bold);
        wrapped_colored(colors::Accent, (std::to_string(i + 1) + ".  " + meta).c_str());
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(ev.text.get(lang).c_str());
        ImGui::PopTextWrapPos();
        // The group's tags: click one to take it off.
        // The tags and "+ label" flow and wrap in a narrow card.
        const float small_pad = ImGui::GetStyle().FramePadding.x * 2;
        bool first = true;
        auto next = [&](const std::string& label) {
            if (!first) flow(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + small_pad);
            first = false;
        };
        auto it = st.dossier.tags.find(ev.id);
        if (it != st.dossier.tags.end())
            for (const auto& t : it->second) {
                const core::DossierTag* def = core::find_dossier_tag(t);
                const bool extra = ui.dossier_expert && contains(es.extra, t);
                const std::string label = tag_name(t) + (extra ? " ?" : "") + " ×##" + t;
                next(label);
                ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(extra ? kPlainBg : def && def->success ? kGoodBg : kFlawBg));
                if (ImGui::SmallButton(label.c_str())) app.act(core::action_type::DossierTagOff, ev.id, {{"tag", t}});
                ImGui::PopStyleColor();
            }
        next(tr(S::WsAddTag));
        if (ImGui::SmallButton(tr(S::WsAddTag))) ImGui::OpenPopup("##labels");
        if (ImGui::BeginPopup("##labels")) {
            bool success_header = false;
            muted_text(tr(S::WsFlaws));
            for (const auto& t : core::dossier_tags()) {
                if (t.success && !success_header) {
                    ImGui::Separator();
                    muted_text(tr(S::WsSuccessFactors));
                    success_header = true;
                }
                const std::string id(t.id);
                const bool on = st.dossier.has(ev.id, id);
                if (ImGui::MenuItem(tag_name(id).c_str(), nullptr, on))
                    app.act(on ? core::action_type::DossierTagOff : core::action_type::DossierTagOn, ev.id, {{"tag", id}});
                if (ImGui::IsItemHovered() && tooltip_due()) ImGui::SetTooltip("%s", std::string(t.source).c_str());
            }
            ImGui::EndPopup();
        }
        if (ui.dossier_expert && !ev.expert_tags.empty()) {
            ImGui::Spacing();
            ImGui::TextUnformatted(tr(S::WsExpertTags));
            for (const auto& t : ev.expert_tags) {
                const bool found = contains(es.found, t);
                chip((tag_name(t) + (found ? std::string() : std::string(" (") + tr(S::StatusMissed) + ")")).c_str(), found ? kGoodBg : kMissBg, found ? colors::Good : colors::Mixed);
            }
            if (!ev.explanation.empty()) {
                ImGui::PushTextWrapPos(0);
                ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colors::Muted));
                ImGui::TextUnformatted(ev.explanation.get(lang).c_str());
                ImGui::PopStyleColor();
                ImGui::PopTextWrapPos();
            }
        }
        const float measured = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
        ImGui::EndChild();
        remember_height(("##dh" + ev.id).c_str(), measured);
        ImGui::PopStyleColor();
        ImGui::PopID();
        ImGui::Spacing();
    }
}

}  // namespace lwp::ui
