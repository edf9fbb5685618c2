// The App's model (issue #26 item 3): what the program has loaded and what is open — the case
// library, the open session's controller and its Lua runtime, the trainee's session set aside
// during a preview — and the caches that key on them. Plain data: the services (app/services/)
// and the App's remaining operations (app/ui/app.cpp, app_reports.cpp) change it; views read it
// through the App's accessors and the services'.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/assess/comparison.hpp"
#include "core/assess/scoring.hpp"
#include "core/model/story_map.hpp"
#include "core/session/controller.hpp"
#include "scripting/loader.hpp"

namespace lwp::services {

struct AppModel {
    std::vector<scripting::LoadedScenario> library;             // every case found, broken ones with errors
    // The library's case with this id that loaded, or null.
    const scripting::LoadedScenario* find_scenario(const std::string& id) const {
        for (const auto& entry : library)
            if (entry.ok() && entry.scenario->meta.id == id) return &entry;
        return nullptr;
    }
    std::unique_ptr<core::SessionController> controller;        // the open session (or the preview)
    std::shared_ptr<scripting::ScenarioRuntime> runtime;        // the open case's Lua state
    std::unique_ptr<core::SessionController> suspended;         // the trainee's session during a preview

    // Caches of the open session. A replaced scenario version lives as long as a session (the open
    // one, or the one a preview suspended) holds it, and no longer: caches key on
    // Scenario::generation or on the controller and its revision, not on addresses alone.
    struct ScoreCache {
        const core::SessionController* controller = nullptr;
        std::uint64_t revision = ~0ull;
        core::ScoreReport report;
        std::vector<core::ComparisonRow> comparison;
    } score_cache;
    std::vector<core::Diagnostic> findings;  // loader diagnostics and lint of the open case
    std::uint64_t findings_for = 0;          // Scenario::generation
    core::StoryMap story_map;
    std::uint64_t story_map_for = 0;         // Scenario::generation
};

}  // namespace lwp::services
