// Start-up (issue 22.4, bench figure 1): what the program loads before main() and the step trace.
// The trace test opens a real window: "real window" in its name puts it with the window tests that
// `make test-asan` runs with the GL driver pinned (Makefile).
#include <doctest/doctest.h>

#include <cstdlib>

#include "cli_run.hpp"
#include "helpers.hpp"

using namespace lwp;

TEST_CASE("start-up: libcurl and the libraries it needs are not loaded at start") {
    // The dynamic loader lists what it would load without running the program (as ldd does).
    const test::Run r = test::run_command("LD_TRACE_LOADED_OBJECTS=1 " + std::string(LWP_BINARY));
    REQUIRE(r.code == 0);
    CHECK(r.out.find("libc.so") != std::string::npos);
    CHECK(r.out.find("libcurl") == std::string::npos);   // opened on the first LRS request (app/lrs/client.cpp)
    CHECK(r.out.find("libgnutls") == std::string::npos);
}

TEST_CASE("start-up: LWP_STARTUP_TRACE in a real window writes each step up to the first presented frame") {
    if (!std::getenv("DISPLAY")) {
        MESSAGE("no DISPLAY: run under xvfb-run (make test does)");
        return;
    }
    test::TempDir dir;
    const test::Run r = test::run_command("LWP_STARTUP_TRACE=1 " + std::string(LWP_BINARY) + " --scenarios " + test::q(test::fixture("scenarios")) +
                                          " --data-dir " + test::q(dir.path) + " --fresh --quit-after-first-frame");
    REQUIRE(r.code == 0);
    for (const char* step : {"startup main ", "startup glfwInit ", "startup app constructed ", "startup first frame: presented ", "startup glfwTerminate "})
        CHECK_MESSAGE(r.out.find(step) != std::string::npos, step);
    CHECK(r.out.find("main thread") != std::string::npos);
    const test::Run quiet = test::run_command(std::string(LWP_BINARY) + " --scenarios " + test::q(test::fixture("scenarios")) + " --data-dir " +
                                              test::q(dir.path) + " --fresh --quit-after-first-frame");
    REQUIRE(quiet.code == 0);
    CHECK(quiet.out.find("startup ") == std::string::npos);  // nothing without the variable
}
