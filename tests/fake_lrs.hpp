// A fake LRS on 127.0.0.1 for the failure cases a real one will not produce on demand: a 500, a
// server that accepts the connection and never answers, 401, a 409 or 400 for one statement of
// a batch. It records each request. Bounded: every wait polls a stop flag, the destructor
// closes everything.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lwp::test {

class FakeLrs {
public:
    enum class Mode { Accept, Error500, Hang, Unauthorized, RejectMarked };
    // RejectMarked: a batch holding a statement whose JSON contains `marker_` gets 409 (when
    // conflict) or 400; the same statement alone gets the same; anything else is accepted.

    explicit FakeLrs(Mode mode, std::string marker = {}, bool conflict = false)
        : mode_(mode), marker_(std::move(marker)), conflict_(conflict) {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(fd_, 16);
        socklen_t len = sizeof addr;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
        thread_ = std::thread([this] { run(); });
    }
    ~FakeLrs() {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    FakeLrs(const FakeLrs&) = delete;
    FakeLrs& operator=(const FakeLrs&) = delete;

    int port() const { return port_; }
    std::string endpoint() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xAPI/"; }
    struct Request {
        std::string head, body;
    };
    std::vector<Request> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }

private:
    bool wait_readable(int fd, int ms) {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    }
    void run() {
        while (!stop_) {
            if (!wait_readable(fd_, 50)) continue;
            int c = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0) continue;
            serve(c);
            ::close(c);
        }
    }
    void serve(int c) {
        std::string data;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        size_t body_at = std::string::npos, length = 0;
        char buf[8192];
        while (!stop_ && std::chrono::steady_clock::now() < deadline) {
            if (body_at != std::string::npos && data.size() >= body_at + length) break;
            if (!wait_readable(c, 50)) continue;
            ssize_t n = ::read(c, buf, sizeof buf);
            if (n <= 0) return;
            data.append(buf, static_cast<size_t>(n));
            if (body_at == std::string::npos && (body_at = data.find("\r\n\r\n")) != std::string::npos) {
                body_at += 4;
                std::string lower = data.substr(0, body_at);
                for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                if (auto p = lower.find("content-length:"); p != std::string::npos) length = std::stoul(lower.substr(p + 15));
            }
        }
        if (body_at == std::string::npos) return;
        Request r{data.substr(0, body_at), data.substr(body_at)};
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(r);
        }
        if (mode_ == Mode::Hang) {  // hold the connection, answer nothing
            while (!stop_) wait_readable(c, 50);
            return;
        }
        int status = 200;
        std::string body = "[]";
        if (mode_ == Mode::Error500) status = 500, body = "{\"message\":\"intern\"}";
        else if (mode_ == Mode::Unauthorized) status = 401, body = "{\"message\":\"Unauthorised\"}";
        else if (mode_ == Mode::RejectMarked && !marker_.empty() && r.body.find(marker_) != std::string::npos)
            status = conflict_ ? 409 : 400, body = "{\"message\":\"statement afgewezen\"}";
        const char* reason = status == 200 ? "OK" : status == 500 ? "Internal Server Error" : status == 401 ? "Unauthorized"
                             : status == 409 ? "Conflict" : "Bad Request";
        const std::string answer = "HTTP/1.1 " + std::to_string(status) + " " + reason +
                                   "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                                   std::to_string(body.size()) + "\r\n\r\n" + body;
        (void)!::write(c, answer.data(), answer.size());
    }

    Mode mode_;
    std::string marker_;
    bool conflict_ = false;
    int fd_ = -1, port_ = 0;
    std::atomic<bool> stop_{false};
    mutable std::mutex mutex_;
    std::vector<Request> requests_;
    std::thread thread_;
};

}  // namespace lwp::test
