#include "core/workshop_compare.hpp"

#include <algorithm>

namespace lwp::core {

std::vector<SessionColumn> compare_sessions(const Scenario& sc, ScriptHost* host, const std::vector<LabelledSession>& sessions) {
    std::vector<SessionColumn> out;
    for (const auto& ls : sessions) {
        SessionColumn col;
        col.label = ls.label;
        if (!ls.session) {
            col.problem = "geen sessie";
        } else if (ls.session->scenario_id != sc.meta.id) {
            col.problem = "andere casus ('" + ls.session->scenario_id + "')";
        } else {
            ReplayResult r = replay(sc, host, ls.session->actions);
            col.problem = r.problem;
            col.choices = r.state.choices;
            col.blocks = score(sc, r.state, host).blocks;
        }
        out.push_back(std::move(col));
    }
    return out;
}

std::vector<std::string> compared_steps(const Scenario& sc, const std::vector<SessionColumn>& columns) {
    std::vector<std::string> out;
    for (const auto& step : sc.steps)
        for (const auto& col : columns)
            if (!choice_in(col, step.id).empty()) {
                out.push_back(step.id);
                break;
            }
    return out;
}

std::string choice_in(const SessionColumn& column, const std::string& step) {
    // After a rewind the log holds only the route taken, so a step is decided at most once.
    for (const auto& c : column.choices)
        if (c.step == step) return c.choice;
    return {};
}

}  // namespace lwp::core
