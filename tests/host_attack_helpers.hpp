// Helpers for the host-side attack suite (tests/test_host_attacks.cpp): the real binary run as a
// child with resource limits, and small scenario texts.
#pragma once

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <string>
#include <vector>

#include "helpers.hpp"

namespace lwp::test {

// AddressSanitizer reserves terabytes of address space, so an address-space cap cannot be tested
// in the sanitizer build; there the cases run without the cap and still check the budgets.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSpaceCapWorks = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSpaceCapWorks = false;
#else
inline constexpr bool kAddressSpaceCapWorks = true;
#endif
#else
inline constexpr bool kAddressSpaceCapWorks = true;
#endif

struct ChildLimits {
    rlim_t address_space = 0;  // bytes; 0 = unlimited
    rlim_t file_size = 0;      // bytes; 0 = unlimited (SIGXFSZ is ignored so writes fail with EFBIG)
    std::string stdout_path;   // empty: captured
    int timeout_s = 120;

    static ChildLimits timeout(int seconds) {
        ChildLimits l;
        l.timeout_s = seconds;
        return l;
    }
    static ChildLimits stdout_to(std::string path) {
        ChildLimits l;
        l.stdout_path = std::move(path);
        return l;
    }
    static ChildLimits max_file_size(rlim_t bytes) {
        ChildLimits l;
        l.file_size = bytes;
        return l;
    }
};

struct ChildRun {
    int code = -1;    // exit code, or -1 when killed by a signal
    int signal = 0;   // the signal that ended it (SIGABRT = 6 is an uncaught exception)
    std::string out;  // stdout (unless redirected) and stderr together
};

// Runs the program with `args` (no shell), under `limits`; stdout+stderr captured.
inline ChildRun run_program(const std::vector<std::string>& args, const ChildLimits& limits = {}) {
    int pipefd[2];
    REQUIRE(::pipe(pipefd) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(pipefd[0]);
        if (limits.stdout_path.empty()) ::dup2(pipefd[1], 1);
        else {
            const int fd = ::open(limits.stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0) ::_exit(125);
            ::dup2(fd, 1);
        }
        ::dup2(pipefd[1], 2);
        if (limits.address_space) {
            const rlimit r{limits.address_space, limits.address_space};
            ::setrlimit(RLIMIT_AS, &r);
        }
        if (limits.file_size) {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit r{limits.file_size, limits.file_size};
            ::setrlimit(RLIMIT_FSIZE, &r);
        }
        ::alarm(static_cast<unsigned>(limits.timeout_s));  // a hang ends as SIGALRM, not as a stuck suite
        std::vector<char*> argv;
        std::string binary = LWP_BINARY;
        argv.push_back(binary.data());
        std::vector<std::string> copy = args;
        for (auto& a : copy) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(binary.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(pipefd[1]);
    ChildRun r;
    char buf[4096];
    for (ssize_t n; (n = ::read(pipefd[0], buf, sizeof buf)) != 0;) {
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (r.out.size() < (8u << 20)) r.out.append(buf, static_cast<size_t>(n));
    }
    ::close(pipefd[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFEXITED(status)) r.code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
    return r;
}

// A valid one-step scenario `id` whose only step offers a choice that stays and one that ends.
inline std::string loop_scenario(const std::string& id, const std::string& extra = "") {
    return "scenario { id = \"" + id + "\", titel = \"Lus\", samenvatting = \"S.\", versie = \"1\", start = \"a\" }\n"
           "einde \"klaar\" { titel = \"Klaar\", tekst = \"Klaar.\" }\n"
           "stap \"a\" { titel = \"A\", tekst = \"Tekst.\",\n"
           "  keuze \"nog\" { tekst = \"Nog een keer\", naar = \"a\" },\n"
           "  keuze \"stop\" { tekst = \"Stoppen\", naar = \"klaar\" } }\n" +
           extra;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace lwp::test
