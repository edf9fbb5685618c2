// The table of commands: parse() accepts these words, main() runs them.
#include "cli/commands.hpp"

#include <array>

namespace lwp::cli {

namespace {

constexpr std::array kCommands{
    Command{"help", false, run_help},          Command{"version", false, run_version},
    Command{"validate", false, run_validate},  Command{"new", false, run_new},
    Command{"methode", false, run_methode},    Command{"play", true, run_play},
    Command{"explore", true, run_explore},     Command{"report", true, run_report},
    Command{"map", true, run_map},             Command{"reload", true, run_reload},
    Command{"sync", true, run_sync},           Command{"monitor", false, run_monitor},
};

}  // namespace

const Command* find_command(std::string_view name) {
    for (const auto& c : kCommands)
        if (c.name == name) return &c;
    return nullptr;
}

int run_command(const Options& options) {
    const Command* command = find_command(options.command);
    if (!command) return 2;  // parse() lets no other word through
    return command->run(options, command->needs_cases ? find_scenario_dir(options) : fs::path());
}

}  // namespace lwp::cli
