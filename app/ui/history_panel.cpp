// The situation (state variables as meters) and the course of decisions, with rewind to any
// earlier decision and the saved alternative routes (forks).
#include <imgui.h>

#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

void draw_history_panel(App& app) {
    const core::Lang lang = language();
    auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::SessionState& st = ctl.state();

    if (!sc.variables.empty()) {
        bold_text(tr(S::State));
        for (const auto& v : sc.variables) {
            auto it = st.vars.find(v.id);
            const double value = it != st.vars.end() ? it->second : v.initial;
            const float fraction = v.max > v.min ? static_cast<float>((value - v.min) / (v.max - v.min)) : 0.0f;
            char text[32];
            std::snprintf(text, sizeof text, "%g", value);
            ImGui::PushID(v.id.c_str());
            // The case's safety meter has one name everywhere, apart from the trainee's taxatie.
            meter(v.id == core::kSafetyMeter ? tr(S::MeterName) : v.label.get(lang).c_str(), fraction, text);
            ImGui::PopID();
        }
        ImGui::Spacing();
        ImGui::Separator();
    }

    bold_text(tr(S::History));
    muted_text(tr(S::HistoryIntro));
    if (st.choices.empty()) muted_text(tr(S::NoChoicesYet));
    size_t rewind = st.choices.size();
    for (size_t i = 0; i < st.choices.size(); ++i) {
        const auto& rec = st.choices[i];
        const core::Step* step = sc.step(rec.step);
        const core::Choice* choice = sc.choice(rec.step, rec.choice);
        ImGui::PushID(static_cast<int>(i));
        const std::string where = step ? step->title.get(lang) : rec.step;
        ImGui::PushFont(fonts().bold);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(where.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(choice ? choice->text.get(lang).c_str() : rec.choice.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::SmallButton(tr(S::Rewind))) rewind = i;
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (rewind < st.choices.size()) app.rewind_to_choice(rewind);

    const auto& forks = ctl.session().forks;
    if (!forks.empty()) {
        ImGui::Separator();
        bold_text(tr(S::Forks));
        size_t reopen = forks.size();
        for (size_t i = forks.size(); i-- > 0;) {
            ImGui::PushID(static_cast<int>(1000 + i));
            ImGui::PushTextWrapPos(0);
            ImGui::TextDisabled("%s", format_time(forks[i].created).c_str());
            ImGui::TextUnformatted(core::fork_label(ctl.scenario(), forks[i], language()).c_str());
            ImGui::PopTextWrapPos();
            if (ImGui::SmallButton(tr(S::Reopen))) reopen = i;
            ImGui::PopID();
            ImGui::Spacing();
        }
        if (reopen < forks.size()) app.open_fork(reopen);
    }
}

}  // namespace lwp::ui
