// The path explorer: plays every route through a scenario (or N random ones when there are too
// many), with and without reading the documents and building the expert's artefacts (also once in
// the wrong order: pattern before safety), and reports
// per criterion how often it was met, missed or not assessed. Authors use it to find criteria
// that can never be met or never be missed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/assess/scoring.hpp"

namespace lwp::core {

// A second copy of the case (its own scenario and script host, loaded from the same file) for the
// explorer's second thread: a script host is used by one thread only.
struct ExploreCopy {
    std::shared_ptr<const Scenario> scenario;
    std::shared_ptr<ScriptHost> host;
};

struct ExploreOptions {
    size_t samples = 0;         // 0: every path when there are at most max_paths, else this many random walks
    size_t max_paths = 20000;   // above this, fall back to random walks ...
    size_t fallback_samples = 2000;  // ... this many
    bool all = false;           // every path, however many (leerwerkplaats explore --all)
    std::uint64_t seed = 1;     // for the walks, and the session seed the routes are played with
    bool replay_twice = true;   // replay every route once more and report any difference (core/assess/purity.hpp)
    size_t max_steps = 64;      // a path longer than this is a loop: cut and reported
    std::function<void(size_t done, size_t total)> progress;  // called now and then (on the calling thread)
    // Makes the copy for a second thread; without it (or on one core) the explorer plays on the
    // calling thread only. The result is the same either way.
    std::function<ExploreCopy()> second_copy;
    // When set: every playthrough's log, in route order (a walk that repeats a route adds its log
    // again). `make bench` replays them as the explorer's reference.
    std::vector<std::vector<Action>>* routes = nullptr;
};

struct CriterionStats {
    std::string id;
    std::string block;
    size_t met = 0, missed = 0, not_assessed = 0;
    size_t errors = 0;     // playthroughs on which its check was broken (evaluation stops at the first)
    std::string failure;   // the first failure, with the route count at which it happened
};

struct ExploreReport {
    size_t playthroughs = 0;
    bool exhaustive = false;
    bool over_max_paths = false;  // sampled because the case has more than ExploreOptions::max_paths paths
    size_t cut_loops = 0;     // paths cut at max_steps
    size_t stuck = 0;         // paths that ended in a step with no available choice
    std::vector<std::string> endings;  // endings reached at least once
    std::vector<CriterionStats> criteria;
    std::vector<std::string> never_met, never_missed, never_assessed;
    std::vector<std::string> broken;  // criteria whose check failed on some route (scenario errors)
    size_t impure_routes = 0;         // routes whose second replay gave another state or score
    std::vector<std::string> impure;  // the first few distinct ones: "route praten → plan: de tweede keer verschillen de keuzes"
    double seconds = 0;
};

ExploreReport explore(const Scenario& scenario, ScriptHost* host, const ExploreOptions& options);

// The expert's analysis as actions that apply in the state (used by the explorer; also handy
// for demos): safety first (unless `safety_first` is false: the taxatie the reference gives, the
// plan, and no pattern or end-situation work while the case's own safety meter is below a 6),
// then whatever the reference holds that fits what is discovered so far.
std::vector<Action> expert_actions(const Scenario& scenario, const SessionState& state, bool safety_first = true);

}  // namespace lwp::core
