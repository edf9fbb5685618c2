// Turns a scenario file (Lua DSL, see scenarios/README.md) into a core::Scenario, inside the
// sandbox, with every problem reported as file:line and a plain Dutch message.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/model/scenario.hpp"
#include "scripting/sandbox.hpp"

namespace lwp::scripting {

// Keeps a scenario's sandbox alive and runs its functions (conditions) for the engine.
class ScenarioRuntime : public core::ScriptHost {
public:
    ScenarioRuntime(std::unique_ptr<Sandbox> sandbox, std::string scenario_id);
    bool eval_condition(int handle, const core::SessionState& state) override;
    std::optional<bool> eval_check(int handle, const core::SessionState& state, std::string& evidence) override;

    // math.random inside a function is reseeded before every call from the session's seed (it
    // travels in the state: SessionState::seed), the moment and the function, so the same log
    // always gives the same answers, whichever sessions were replayed before on this runtime.
    // Errors from scenario functions since the last call, e.g. a limit that was hit.
    std::vector<std::string> take_errors();

    Sandbox& sandbox() { return *sandbox_; }
    void set_scenario_id(std::string id) { scenario_id_ = std::move(id); }
    // `scoring`: the function belongs to a criterion (check or beoordeelbaar): it runs under the
    // CallBudget and must return a boolean.
    void describe_function(int handle, std::string where, bool scoring = false);
    std::size_t failures() const override { return failures_; }
    std::string last_failure() const override { return last_failure_; }

private:
    void note_error(int handle, const std::string& message);

    std::unique_ptr<Sandbox> sandbox_;
    std::string scenario_id_;
    std::map<int, std::string> function_names_;
    std::vector<std::string> errors_;
    std::map<int, bool> scoring_functions_;
    std::size_t failures_ = 0;
    std::string last_failure_;
    void fail(int handle, const std::string& message);
};

struct LoadedScenario {
    std::string file;
    std::shared_ptr<const core::Scenario> scenario;  // null when there are errors
    std::shared_ptr<ScenarioRuntime> runtime;
    std::vector<core::Diagnostic> diagnostics;       // errors and warnings, in file order
    // Criteria whose check fails when probed on the start state and along the expert's log
    // (scripting/probe.hpp): errors that do not keep the case from loading, but are reported by
    // validate (exit 1), the library card (red) and the authoring panel, each with the fix.
    std::vector<core::Diagnostic> broken_checks;
    std::size_t host_bytes = 0;                      // what the host copied out of Lua (charged to its budget)
    bool ok() const { return scenario != nullptr; }
    size_t error_count() const;
};

// A scenario file is text a trainer wrote: bundled cases are under 200 KB. Anything larger is
// refused before it is read (as is anything that is not a regular file).
// The start of the one warning for a case without any English text (loader: report_missing_english).
inline constexpr const char* kNoEnglishYet = "deze casus heeft nog geen Engelse teksten";

inline constexpr std::uintmax_t kMaxScenarioBytes = 4u << 20;

LoadedScenario load_scenario_source(const std::string& source, const std::string& file, SandboxLimits limits = {});
LoadedScenario load_scenario_file(const std::filesystem::path& path, SandboxLimits limits = {});

// The whole library shares one memory budget (Lua states plus host copies); a file that would
// start with less than the minimum left is not loaded and says why.
inline constexpr std::size_t kLibraryMemoryBytes = 256u << 20;
inline constexpr std::size_t kMinScenarioMemoryBytes = 4u << 20;

// Every *.lua file directly in `dir`, sorted by name. A broken file is listed with its errors
// and never keeps the others from loading.
std::vector<LoadedScenario> load_library(const std::filesystem::path& dir, SandboxLimits limits = {});

}  // namespace lwp::scripting
