// Leerwerkplaats: the command-line entry. Commands (validate, play, report, ...) run here; without
// one the desktop program opens its window(s) (app/gui_host.cpp).
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli.hpp"
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

int run_command(const lwp::cli::Options& options) {
    if (options.command == "help") {
        lwp::cli::print_help();
        return 0;
    }
    if (options.command == "version") return lwp::cli::print_version(options);
    if (options.command == "validate") return lwp::cli::run_validate(options);
    if (options.command == "new") return lwp::cli::run_new(options);
    if (options.command == "methode") return lwp::cli::run_methode(options);
    const auto scenario_dir = lwp::cli::find_scenario_dir(options);
    if (options.command == "play") return lwp::cli::run_play(options, scenario_dir);
    if (options.command == "explore") return lwp::cli::run_explore(options, scenario_dir);
    if (options.command == "report") return lwp::cli::run_report(options, scenario_dir);
    if (options.command == "map") return lwp::cli::run_map(options, scenario_dir);
    if (options.command == "reload") return lwp::cli::run_reload(options, scenario_dir);
    if (options.command == "sync") return lwp::cli::run_sync(options, scenario_dir);
    if (options.command == "monitor") return lwp::cli::run_monitor(options);
    return lwp::gui::run(options, scenario_dir);
}

}  // namespace

int main(int argc, char** argv) {
    lwp::cli::Options options;
    std::string error;
    if (!lwp::cli::parse(argc, argv, options, error)) {
        std::fprintf(stderr, "leerwerkplaats: %s (zie --help)\n", error.c_str());
        return 2;
    }
    return checked_stdout(run_command(options));
}
