#include "core/store/workshop_compare.hpp"

#include <algorithm>

#include "core/store/folder.hpp"
#include "core/store/persistence.hpp"

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
            ReplayResult r = replay(sc, host, *ls.session);
            col.problem = r.problem;
            col.choices = r.state.choices;
            col.blocks = score(sc, r.state, host).blocks;
        }
        out.push_back(std::move(col));
    }
    return out;
}

std::vector<SessionColumn> compare_session_dir(const Scenario& sc, ScriptHost* host, const std::filesystem::path& dir,
                                               const std::string& skip_id, std::vector<std::string>& problems) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        problems.push_back("map '" + dir.string() + "' bestaat niet");
        return {};
    }
    // Sorted by file name, so the columns come in a stable order.
    FolderListing folder = list_folder(dir, ".json");
    for (const auto& skipped : folder.skipped) problems.push_back(skipped.str());
    const std::vector<std::filesystem::path>& files = folder.files;
    std::vector<Session> sessions;
    std::vector<std::string> labels;
    for (const auto& f : files) {
        std::string problem;
        std::optional<Session> s = read_session(f, problem);
        if (!s) {
            problems.push_back(f.filename().string() + ": " + problem);
            continue;
        }
        if (s->scenario_id != sc.meta.id || s->id == skip_id) continue;
        sessions.push_back(std::move(*s));
        labels.push_back(f.stem().string());
    }
    std::vector<LabelledSession> labelled;
    for (size_t i = 0; i < sessions.size(); ++i) labelled.push_back({labels[i], &sessions[i]});
    return compare_sessions(sc, host, labelled);
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
