// `reload SCENARIO [--actions F]`: how long hot reload takes (issue 7).
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/assess/scoring.hpp"
#include "core/session/reload.hpp"
#include "core/store/persistence.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

namespace {

// A long, realistic log: at every step read what is available, do the expert's board work that
// fits, then take the first available choice, until the end.
std::vector<core::Action> long_log(const core::Scenario& sc, core::ScriptHost* host, size_t length) {
    std::vector<core::Action> log;
    core::SessionState st = core::initial_state(sc);
    auto push = [&](const core::Action& a) {
        if (core::apply(st, sc, host, a, log.size()).ok) log.push_back(a);
    };
    for (size_t steps = 0; !st.finished() && steps < 200; ++steps) {
        for (const auto& d : std::vector<std::string>(st.documents_available)) push(core::make_read(st.step, d));
        for (const auto& a : core::expert_actions(sc, st)) push(a);
        const auto choices = core::available_choices(st, sc, host);
        if (choices.empty()) break;
        push(core::make_choose(st.step, choices.front()->id));
    }
    // Then the same work again, as an author or trainee who keeps editing: every board edit and
    // reading of the route that still applies (field texts, scores, notes, re-reading).
    const size_t natural = log.size();
    std::vector<core::Action> again;
    for (const auto& a : log)
        if (a.type != core::action_type::Choose) again.push_back(a);
    for (size_t i = 0; log.size() < length && !again.empty() && i < 20 * length; ++i) {
        core::Action a = again[i % again.size()];
        a.step = st.step.empty() ? st.ending : st.step;
        push(a);
    }
    if (length > 0)
        std::fprintf(stderr, "reload: log van %zu acties (%zu uit een volledige route met lezen en borden)\n", log.size(), natural);
    return log;
}

}  // namespace

int run_reload(const Options& o, const fs::path& scenario_dir) {
    scripting::LoadedScenario loaded;
    if (!one_scenario("reload", o, scenario_dir, loaded)) return 2;
    std::vector<std::vector<core::Action>> logs;
    if (!o.actions.empty()) {
        std::string error;
        const std::optional<core::Session> recorded = core::read_session(o.actions, error);
        if (!recorded) {
            std::fprintf(stderr, "reload: %s: %s\n", o.actions.c_str(), error.c_str());
            return 2;
        }
        logs.push_back(recorded->actions);
    } else {
        logs.push_back(long_log(*loaded.scenario, loaded.runtime.get(), 0));      // one full route
        logs.push_back(long_log(*loaded.scenario, loaded.runtime.get(), 10000));  // a very long session
    }

    // What the app does when the file changes: load it again, migrate the log, score.
    using clock = std::chrono::steady_clock;
    auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    const int runs = 10;
    int status = 0;
    for (const auto& log : logs) {
        double load_ms = 0, replay_ms = 0, worst = 0;
        size_t replayed = 0, divergences = 0;
        for (int run = 0; run < runs; ++run) {
            const auto t0 = clock::now();
            scripting::LoadedScenario fresh = scripting::load_scenario_file(loaded.file);
            const auto t1 = clock::now();
            if (!fresh.ok()) {
                std::fprintf(stderr, "reload: %s laadt niet meer\n", loaded.file.c_str());
                return 1;
            }
            const core::Migration m = core::migrate(*fresh.scenario, fresh.runtime.get(), log);
            const core::ScoreReport score = core::score(*fresh.scenario, m.state, fresh.runtime.get());
            const auto t2 = clock::now();
            load_ms += ms(t1 - t0);
            replay_ms += ms(t2 - t1);
            worst = std::max(worst, ms(t2 - t0));
            replayed = m.actions.size();
            divergences = m.divergences.size() + (score.ledger.size() != fresh.scenario->criteria.size());
        }
        std::printf("%s: herladen %.1f ms (bestand laden %.1f ms; %zu van %zu acties naspelen en scoren %.1f ms); "
                    "slechtste van %d keer %.1f ms; %zu afwijking(en)\n",
                    loaded.file.c_str(), (load_ms + replay_ms) / runs, load_ms / runs, replayed, log.size(),
                    replay_ms / runs, runs, worst, divergences);
        if (divergences) status = 1;
    }
    return status;
}

}  // namespace lwp::cli
