// What several commands share: finding a case, applying a scripted route, naming broken checks,
// the data folder, writing an output file or stdout, the LRS client's options.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "cli/options.hpp"
#include "core/assess/explorer.hpp"
#include "core/store/persistence.hpp"
#include "lrs/client.hpp"
#include "scripting/loader.hpp"

namespace lwp::core {
class SessionController;
struct ScoreReport;
}  // namespace lwp::core

namespace lwp::cli {

// A scenario by id (from the scenario folder) or by path; `problem` says why it failed.
scripting::LoadedScenario find_scenario(const std::string& which, const std::filesystem::path& scenario_dir, std::string& problem);
// The one scenario a command names (id or path), loaded; false after "command: ..." on stderr
// (no scenario, more than one, or one that does not load): the command then exits 2.
bool one_scenario(const char* command, const Options& options, const std::filesystem::path& scenario_dir,
                  scripting::LoadedScenario& loaded, const char* example = nullptr);
// Applies --actions (a recorded log) and then --choose to an open session; returns the first
// problem, or "" when everything applied. The window (--open) uses it too.
std::string apply_scripted(core::SessionController& controller, const Options& options);
// Names every broken check of the case (found by the load-time probe or on this route) on stderr;
// returns how many criteria are broken on the route.
size_t broken_checks_to_stderr(const char* command, const scripting::LoadedScenario& loaded, const core::ScoreReport& report);
// The explorer's second thread gets its own copy of the case, loaded from the same file.
std::function<core::ExploreCopy()> copy_of(const scripting::LoadedScenario& loaded);
// --data-dir, else the XDG default.
core::DataDir data_dir_of(const Options& options);
// Writes `bytes` to the file `out` (atomically) or, for "-", to stdout; false after a message on
// stderr ("command: ...") when that failed.
bool write_output(const char* command, const std::string& out, const std::string& bytes, bool say_written = true);
// --timeout for both limits, else 10 s to connect and `total` seconds in all.
lrs::ClientOptions client_options(const Options& options, const std::string& endpoint, const std::string& user,
                                  const std::string& password, long total);

}  // namespace lwp::cli
