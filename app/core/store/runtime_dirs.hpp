// Where the program's read-only run-time data lives: the bundled cases, everything from the
// source tree's assets/ folder (Methodewijzer, stemkamer page, ...) and the system fonts.
// The one place that knows the installed layout; nothing else builds these paths.
//
//   installed:  <prefix>/bin/leerwerkplaats
//               <prefix>/share/leerwerkplaats/scenarios/      the bundled cases
//               <prefix>/share/leerwerkplaats/<x>             assets/<x> of the source tree
//   dev build:  <source>/scenarios/ and <source>/assets/ (only when the build baked in its source
//               directory: option LWP_SOURCE_TREE_DATA, on by default, off for packages)
//
// `--scenarios` (and LWP_SCENARIOS) still win for the cases: see cli::find_scenario_dir.
#pragma once

#include <filesystem>
#include <string_view>

namespace lwp::core {

struct RuntimeDirs {
    std::filesystem::path scenarios;  // the bundled cases
    std::filesystem::path assets;     // run-time data: asset_path("methodewijzer/nl.md") lives here
    bool installed = false;           // found under <prefix>/share/leerwerkplaats
};

// Pure lookup, for tests: `exe` is the program's own path; `source_dir` the source tree to fall back
// to (empty: none). The installed layout wins when <exe dir>/../share/leerwerkplaats exists; then
// the source tree; with neither, the installed paths are returned (so errors name where data belongs).
RuntimeDirs find_runtime_dirs(const std::filesystem::path& exe, const std::filesystem::path& source_dir);

// This program's directories: from /proc/self/exe and the baked-in source dir; computed once.
const RuntimeDirs& runtime_dirs();

// A file of run-time data by its path below assets/, e.g. asset_path("methodewijzer/nl.md").
std::filesystem::path asset_path(std::string_view relative);

// A font from Debian's fonts-dejavu-core (a package dependency), e.g. font_path("DejaVuSans.ttf").
std::filesystem::path font_path(std::string_view file);

}  // namespace lwp::core
