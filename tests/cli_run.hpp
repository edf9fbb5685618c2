// Running the program itself from a test: run("validate x.lua") runs LWP_BINARY with those
// arguments through test::run_command (tests/tools.hpp), so there is one way to run a command.
#pragma once

#include <filesystem>
#include <string>

#include "tools.hpp"

namespace lwp::test {

using Run = CommandResult;

inline Run run(const std::string& args) { return run_command(std::string(LWP_BINARY) + " " + args); }

// A path as one shell word.
inline std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace lwp::test
