// The commands of `leerwerkplaats COMMAND ...`, one file each in app/cli/, and the table that
// names them (commands.cpp). A new command is its file plus one row in that table.
#pragma once

#include <filesystem>
#include <string_view>

#include "cli/options.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

struct Command {
    std::string_view name;
    bool needs_cases;  // gets the scenario folder (find_scenario_dir)
    int (*run)(const Options& options, const fs::path& scenario_dir);
};

// The command called `name`, or nullptr.
const Command* find_command(std::string_view name);
// Runs options.command (which parse() accepted, so it is in the table).
int run_command(const Options& options);

int run_help(const Options& options, const fs::path& scenario_dir);      // options.cpp
int run_version(const Options& options, const fs::path& scenario_dir);   // options.cpp
int run_validate(const Options& options, const fs::path& scenario_dir);  // validate.cpp
int run_new(const Options& options, const fs::path& scenario_dir);       // new.cpp
int run_methode(const Options& options, const fs::path& scenario_dir);   // methode.cpp
int run_play(const Options& options, const fs::path& scenario_dir);      // play.cpp
int run_explore(const Options& options, const fs::path& scenario_dir);   // explore.cpp
int run_report(const Options& options, const fs::path& scenario_dir);    // report.cpp
int run_map(const Options& options, const fs::path& scenario_dir);       // map.cpp
int run_reload(const Options& options, const fs::path& scenario_dir);    // reload.cpp
int run_sync(const Options& options, const fs::path& scenario_dir);      // sync.cpp
int run_monitor(const Options& options, const fs::path& scenario_dir);   // monitor.cpp

}  // namespace lwp::cli
