// Command-line entry: options shared by the GUI and the headless subcommands.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "scripting/loader.hpp"

namespace lwp::core {
class SessionController;
}

namespace lwp::cli {

struct Options {
    std::string command;                 // "", "validate", "play", "explore", "report", "help"
    std::vector<std::string> positional; // paths or scenario id
    std::filesystem::path data_dir;      // empty: XDG default
    std::filesystem::path scenario_dir;  // empty: found next to the program
    std::string screenshot;              // PNG to write after `frames` frames, then exit
    int frames = 4;
    int width = 1280, height = 800;
    std::string choose;                  // play (and GUI with --open): "id,2,other_id"
    std::string lang;                    // "nl" or "en"; empty: saved setting
    std::string open;                    // GUI: open this scenario id at start (new session)
    std::string document;                // GUI with --open: open this document in the reader
    std::filesystem::path actions;       // play / GUI with --open: a session file whose actions are applied first
    std::filesystem::path log_out;       // play: also write the played route here as a log (an expert or mistakes log)
    std::string tab;                     // GUI: board to show ("tijdlijn", ...)
    size_t samples = 0;                  // explore: random walks instead of every path
    bool all_routes = false;             // explore --all: every path, however many
    bool json = false;
    bool fresh = false;                  // GUI: don't resume the last session
    bool author = false;                 // GUI: the Auteur menu and F2 for this run (--auteur)
    bool one_window = false;             // GUI: a workshop in one window (the facilitator panel with F9)
    bool quit_after_first_frame = false; // GUI: exit once the first frame is presented (make bench)
    bool always_render = false;          // GUI: draw every frame, never sleep (make bench's reference)
    std::string html_out;                // report: where to write the HTML ("-" = stdout)
    std::string markdown_out;            // report: where to write the Markdown ("-" = stdout)
    std::string svg_out;                 // map: where to write the story map as SVG ("-" = stdout)
    bool no_reflections = false;         // report: leave the reflections out
    std::string compare_dir;             // report: participants' own sessions of the case (a folder)
    std::string preview;                 // GUI with --open: open the authoring panel and preview this step
    bool story_map = false;              // GUI with --open: open the story map window (screenshots)
    bool anchors = false;                // methode: list the Methodewijzer's anchors
    std::string methode;                 // GUI: open the Methodewijzer at this anchor
    std::string lrs, user, password;     // sync / monitor: the LRS (overrides the saved settings)
    std::string since, until;            // monitor: the period, YYYY-MM-DD
    int timeout = 0;                     // sync / monitor: seconds per request (0 = 10 s to connect, 30 s in all)
    std::string stemkamer;               // GUI with --open and a workshop log: open the stemkamer on [ADDRESS:]PORT
};

// Returns false with a message for bad arguments.
bool parse(int argc, char** argv, Options& options, std::string& error);
// --scenarios, else $LWP_SCENARIOS, else the bundled cases (core::runtime_dirs()).
std::filesystem::path find_scenario_dir(const Options& options);
void print_help();
// --version: the version, the licence, and where the cases and the run-time data were found.
int print_version(const Options& options);
int run_validate(const Options& options);
int run_play(const Options& options, const std::filesystem::path& scenario_dir);
int run_explore(const Options& options, const std::filesystem::path& scenario_dir);
int run_new(const Options& options);
int run_report(const Options& options, const std::filesystem::path& scenario_dir);
// Times hot reload: loading the scenario file again and replaying a long log (issue 7).
int run_reload(const Options& options, const std::filesystem::path& scenario_dir);
// `methode --anchors [--json]`: the Methodewijzer's anchors with their titles, for case authors.
int run_methode(const Options& options);
// Learning records (issue 23; app/cli_lrs.cpp): send the queue, and the regional monitor report.
int run_sync(const Options& options, const std::filesystem::path& scenario_dir);
int run_monitor(const Options& options);
// `map SCENARIO [--svg OUT]`: the story map (app/cli_map.cpp, core/model/story_map.hpp).
int run_map(const Options& options, const std::filesystem::path& scenario_dir);
// A scenario by id (from the scenario folder) or by path; `problem` says why it failed.
scripting::LoadedScenario find_scenario(const std::string& which, const std::filesystem::path& scenario_dir, std::string& problem);
// Applies --actions (a recorded log) and then --choose to an open session; returns the first
// problem, or "" when everything applied.
std::string apply_scripted(core::SessionController& controller, const Options& options);

}  // namespace lwp::cli
