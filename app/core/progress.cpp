#include "core/progress.hpp"

#include <algorithm>
#include <map>

namespace lwp::core {

Progress compute_progress(const std::vector<Session>& sessions, const ScenarioLookup& lookup,
                          const std::vector<const Scenario*>& catalogue) {
    std::vector<SessionScore> scores;
    for (const auto& s : sessions) {
        const Scenario* sc = nullptr;
        ScriptHost* host = nullptr;
        if (!lookup(s.scenario_id, sc, host) || !sc) continue;
        ReplayResult r = replay(*sc, host, s);
        ScoreReport report = score(*sc, r.state, host);
        if (report.max <= 0) continue;  // nothing assessed yet: no point on the chart
        scores.push_back({s.id, s.scenario_id, s.updated, r.state.finished(), report.fraction(), std::move(report.blocks)});
    }
    return progress_from_scores(std::move(scores), catalogue);
}

Progress progress_from_scores(std::vector<SessionScore> scores, const std::vector<const Scenario*>& catalogue) {
    Progress p;
    p.sessions = std::move(scores);
    std::sort(p.sessions.begin(), p.sessions.end(), [](const SessionScore& a, const SessionScore& b) { return a.when < b.when; });

    const auto blocks = building_blocks();
    p.recent.assign(blocks.size(), -1.0);
    double lowest = 2.0;
    for (size_t b = 0; b < blocks.size(); ++b) {
        double sum = 0;
        int n = 0;
        for (auto it = p.sessions.rbegin(); it != p.sessions.rend() && n < 3; ++it)
            if (it->blocks[b].assessed()) {
                sum += it->blocks[b].fraction();
                ++n;
            }
        if (n == 0) continue;
        p.recent[b] = sum / n;
        if (p.recent[b] < lowest) {
            lowest = p.recent[b];
            p.weakest_block = std::string(blocks[b].id);
        }
    }
    if (p.weakest_block.empty()) return p;
    // Suggest a case that trains it: not finished before first, then the fewest attempts.
    std::map<std::string, int> finished, attempts;
    for (const auto& s : p.sessions) {
        ++attempts[s.scenario];
        if (s.finished) ++finished[s.scenario];
    }
    const Scenario* best = nullptr;
    for (const Scenario* sc : catalogue) {
        const auto& bb = sc->meta.building_blocks;
        if (std::find(bb.begin(), bb.end(), p.weakest_block) == bb.end()) continue;
        auto rank = [&](const Scenario* x) { return std::pair{finished[x->meta.id], attempts[x->meta.id]}; };
        if (!best || rank(sc) < rank(best)) best = sc;
    }
    if (best) p.suggested_scenario = best->meta.id;
    return p;
}

}  // namespace lwp::core
