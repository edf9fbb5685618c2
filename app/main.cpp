// Leerwerkplaats: the command-line entry. A command (validate, play, report, ...; app/cli/) runs
// here; without one the desktop program opens its window(s) (app/gui_host.cpp).
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli/commands.hpp"
#include "gui_host.hpp"

namespace {

// What a command printed must have arrived: a full disk or a closed pipe on stdout is an error
// with a non-zero exit, not a silent success.
int checked_stdout(int code) {
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "leerwerkplaats: schrijven naar de standaarduitvoer mislukt: %s\n", std::strerror(errno));
        return code != 0 ? code : 1;
    }
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    lwp::cli::Options options;
    std::string error;
    if (!lwp::cli::parse(argc, argv, options, error)) {
        std::fprintf(stderr, "leerwerkplaats: %s (zie --help)\n", error.c_str());
        return 2;
    }
    if (options.command.empty()) return checked_stdout(lwp::gui::run(options, lwp::cli::find_scenario_dir(options)));
    return checked_stdout(lwp::cli::run_command(options));
}
