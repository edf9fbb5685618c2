// LWP_STARTUP_TRACE=1: the window host writes, at each step of a start, the process's CPU time
// (all threads, the dynamic loader included), the main thread's CPU time and the wall time since
// main() to stderr (issue 22.4: where the start-up goes). Without the variable it costs one getenv.
#pragma once

#include <time.h>

#include <cstdio>
#include <cstdlib>

namespace lwp::gui {

class StartupTrace {
public:
    StartupTrace() : on_(std::getenv("LWP_STARTUP_TRACE") != nullptr) {
        if (on_) wall0_ = now(CLOCK_MONOTONIC);
    }
    void mark(const char* step) const {
        if (!on_) return;
        std::fprintf(stderr, "startup %-28s process %7.2f ms  main thread %7.2f ms  wall %7.2f ms\n", step,
                     now(CLOCK_PROCESS_CPUTIME_ID), now(CLOCK_THREAD_CPUTIME_ID), now(CLOCK_MONOTONIC) - wall0_);
    }

private:
    static double now(clockid_t clock) {
        timespec t{};
        clock_gettime(clock, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }
    bool on_ = false;
    double wall0_ = 0;
};

}  // namespace lwp::gui
