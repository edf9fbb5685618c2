// The desktop program's windows: GLFW + OpenGL 3 + Dear ImGui, following Dear ImGui's
// example_glfw_opengl3 (set up, main loop, render, clean up in reverse order), with a second
// window in a workshop (issue 17): the projector window (the group's view, App::draw) and the
// facilitator's own window (App::draw_facilitator_window), one process, two ImGui contexts that
// share one font atlas and one GL share group.
#pragma once

#include <filesystem>

#include "cli/options.hpp"

namespace lwp::gui {

// Opens the program's window(s) and runs until the user quits. --screenshot writes a PNG of the
// projector window after a few frames; with a facilitator window open also FILE-begeleider.png
// (that window) and FILE-samen.png (both side by side).
int run(const cli::Options& options, const std::filesystem::path& scenario_dir);

}  // namespace lwp::gui
