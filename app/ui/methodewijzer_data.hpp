// Where the program finds the Methodewijzer it ships, and the loaded model per language (read once).
#pragma once

#include <filesystem>
#include <vector>

#include "core/model/methodewijzer.hpp"

namespace lwp::ui {

// assets/methodewijzer of the installed or source tree (core::asset_path).
std::filesystem::path methodewijzer_dir();

struct LoadedMethodewijzer {
    core::Methodewijzer guide;
    std::vector<core::Diagnostic> problems;  // file:line; an unreadable file leaves the guide empty
};
// Loaded on first use, then kept; `dir` empty means methodewijzer_dir().
const LoadedMethodewijzer& methodewijzer(core::Lang lang, const std::filesystem::path& dir = {});

}  // namespace lwp::ui
