// Test helpers for the stemkamer end to end (issue 18): the real program started with
// --stemkamer 127.0.0.1:0 (its one stdout line read with a time limit), and Debian's chromium
// driven headless over --remote-debugging-pipe (DevTools messages on fds 3 and 4, no network
// port). Every wait is bounded; every child is ended by its own pid.
#pragma once

#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/model/json_out.hpp"

namespace lwp::test {

// A child process with its stdout (and stderr) on a pipe.
struct Child {
    pid_t pid = -1;
    int out = -1;      // child's stdout
    std::string seen;  // what it printed so far

    Child() = default;
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;
    ~Child() { stop(); }

    // Reads until a whole line starting with `prefix` arrived, at most `seconds`; "" on timeout.
    std::string line_starting(const std::string& prefix, int seconds) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        while (std::chrono::steady_clock::now() < until) {
            for (size_t at = 0; (at = seen.find(prefix, at)) != std::string::npos; ++at)
                if ((at == 0 || seen[at - 1] == '\n') && seen.find('\n', at) != std::string::npos)
                    return seen.substr(at, seen.find('\n', at) - at);
            pollfd p{out, POLLIN, 0};
            if (poll(&p, 1, 200) <= 0) continue;
            char buf[4096];
            const ssize_t n = read(out, buf, sizeof buf);
            if (n <= 0) break;  // the child closed its output
            seen.append(buf, static_cast<size_t>(n));
        }
        return {};
    }
    void stop(int signal = SIGTERM) {
        if (pid > 0) {
            kill(pid, signal);
            int status = 0;
            for (int i = 0; i < 100 && waitpid(pid, &status, WNOHANG) == 0; ++i) usleep(50'000);
            if (waitpid(pid, &status, WNOHANG) == 0) {
                kill(pid, SIGKILL);
                waitpid(pid, &status, 0);
            }
            pid = -1;
        }
        if (out >= 0) close(out);
        out = -1;
    }
};

// Starts `argv` with stdout and stderr on one pipe. `extra_fds`: pairs (child fd, our fd) to dup2.
inline bool spawn(Child& c, const std::vector<std::string>& argv, const std::vector<std::pair<int, int>>& extra_fds = {},
                  bool stdout_only = false) {
    int pipefd[2];
    if (pipe(pipefd) != 0) return false;
    const pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        dup2(pipefd[1], 1);
        if (!stdout_only) dup2(pipefd[1], 2);
        for (auto [child_fd, ours] : extra_fds) dup2(ours, child_fd);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(pipefd[1]);
    c.pid = pid;
    c.out = pipefd[0];
    return true;
}

// Headless chromium driven over its DevTools pipe: evaluate JavaScript in one page.
class Browser {
public:
    // False (with `why`) when chromium is missing or does not start.
    bool start(const std::filesystem::path& profile, const std::string& size, std::string& why) {
        const char* exe = "/usr/bin/chromium";  // the caller checked it with need_tool
        int to_browser[2], from_browser[2];
        if (pipe(to_browser) != 0 || pipe(from_browser) != 0) return false;
        // Chromium reads commands on fd 3 and writes replies on fd 4.
        if (!spawn(process_, {exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                              "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-component-update",
                              "--remote-debugging-pipe", "--user-data-dir=" + profile.string(), "--window-size=" + size, "about:blank"},
                   {{3, to_browser[0]}, {4, from_browser[1]}})) {
            why = "chromium did not start";
            return false;
        }
        close(to_browser[0]);
        close(from_browser[1]);
        write_ = to_browser[1];
        read_ = from_browser[0];
        const std::string target = value_of(call("Target.createTarget", R"({"url":"about:blank"})"), "targetId");
        session_ = value_of(call("Target.attachToTarget", R"({"targetId":")" + target + R"(","flatten":true})"), "sessionId");
        if (session_.empty()) why = "chromium did not answer on its DevTools pipe";
        return !session_.empty();
    }
    ~Browser() {
        if (write_ >= 0) {
            send_raw(R"({"id":999999,"method":"Browser.close"})");
            close(write_);
        }
        if (read_ >= 0) close(read_);
        process_.stop();
    }
    void navigate(const std::string& url) { call("Page.navigate", R"({"url":)" + core::json_escape(url) + "}", true); }
    // The string value of a JavaScript expression in the page ("" for anything else).
    std::string eval(const std::string& expression) {
        return value_of(call("Runtime.evaluate", R"({"expression":)" + core::json_escape(expression) + R"(,"returnByValue":true})", true), "value");
    }
    // Evaluates `expression` every 100 ms until it gives a non-empty string, at most `seconds`.
    std::string wait_for(const std::string& expression, int seconds = 10) {
        for (int i = 0; i < seconds * 10; ++i) {
            std::string v = eval(expression);
            if (!v.empty()) return v;
            usleep(100'000);
        }
        return {};
    }
    // A PNG of the page (DevTools' base64).
    std::string screenshot_base64() { return value_of(call("Page.captureScreenshot", R"({"format":"png"})", true), "data"); }

private:
    bool send_raw(const std::string& msg) {
        const std::string framed = msg + '\0';
        return ::write(write_, framed.data(), framed.size()) == static_cast<ssize_t>(framed.size());
    }
    // Sends one DevTools command and returns its reply (other messages are skipped); 10 s at most.
    std::string call(const std::string& method, const std::string& params, bool in_page = false) {
        const int id = ++id_;
        std::string msg = R"({"id":)" + std::to_string(id) + R"(,"method":")" + method + R"(","params":)" + params;
        if (in_page) msg += R"(,"sessionId":")" + session_ + "\"";
        msg += "}";
        if (write_ < 0 || !send_raw(msg)) return {};
        const std::string head = R"({"id":)" + std::to_string(id) + ",";
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (std::chrono::steady_clock::now() < until) {
            for (size_t end; (end = buffer_.find('\0')) != std::string::npos;) {
                std::string one = buffer_.substr(0, end);
                buffer_.erase(0, end + 1);
                if (one.rfind(head, 0) == 0) return one;
            }
            pollfd p{read_, POLLIN, 0};
            if (poll(&p, 1, 200) <= 0) continue;
            char buf[65536];
            const ssize_t n = read(read_, buf, sizeof buf);
            if (n <= 0) return {};
            buffer_.append(buf, static_cast<size_t>(n));
        }
        return {};
    }
    // The first string field `key` in a DevTools reply (JSON string escapes undone for \" and \\).
    static std::string value_of(const std::string& reply, const std::string& key) {
        const std::string k = "\"" + key + "\":\"";
        size_t at = reply.find(k);
        if (at == std::string::npos) return {};
        std::string out;
        for (at += k.size(); at < reply.size() && reply[at] != '"'; ++at) {
            if (reply[at] == '\\' && at + 1 < reply.size()) ++at;
            out += reply[at];
        }
        return out;
    }
    Child process_;
    int write_ = -1, read_ = -1, id_ = 0;
    std::string buffer_, session_;
};

}  // namespace lwp::test
