// Running outside programs from tests: run_command, and need_tool for tests that need an outside
// program (chromium for the report render, node for browser-side code, ...). One rule for all of them:
//   - in CI (CI=true) a missing tool is a FAILED check that names the tool and its Debian package;
//   - locally the test says so and ends; when every case that ran ended that way the binary exits
//     77, which CTest reports as "Skipped" (SKIP_RETURN_CODE), never as "Passed".
// Usage, at the top of a TEST_CASE:   if (!test::need_tool("/usr/bin/chromium", "chromium")) return;
#pragma once

#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdio>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace lwp::test {

// Runs a shell command; its exit code (-1 if it did not exit) and its stdout and stderr together.
struct CommandResult {
    int code = -1;
    std::string out;
};
inline CommandResult run_command(const std::string& cmd) {
    CommandResult r;
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    if (!p) return r;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline int tool_skips = 0;  // test cases that ended for a missing tool (read by tests/main.cpp)

inline bool in_ci() {
    const char* ci = std::getenv("CI");
    return ci && std::string(ci) == "true";
}

// LWP_TEST_PRETEND_MISSING=PATH makes PATH count as missing (tests/test_ctest_guard.cpp tests this rule).
inline bool need_tool(const std::filesystem::path& tool, const std::string& debian_package) {
    std::error_code ec;
    const char* pretend = std::getenv("LWP_TEST_PRETEND_MISSING");
    if (std::filesystem::exists(tool, ec) && !(pretend && tool == pretend)) return true;
    if (in_ci()) {
        FAIL_CHECK(tool.string() << " is missing and CI=true: install the Debian package " << debian_package
                                 << " (it belongs in the Makefile's PACKAGES)");
    } else {
        MESSAGE("SKIPPED: " << tool.string() << " is not installed (Debian package " << debian_package
                            << "); in CI this test fails");
        ++tool_skips;
    }
    return false;
}

}  // namespace lwp::test
