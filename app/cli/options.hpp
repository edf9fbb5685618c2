// The command line's options, shared by the window (app/gui_host.cpp) and the commands (app/cli/).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

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

}  // namespace lwp::cli
