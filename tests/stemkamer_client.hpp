// Test helpers for the stemkamer (issue 18): a workshop session on the mini fixture, the stemkamer
// opened for it on 127.0.0.1 only, and a tiny HTTP client that can send from any loopback source
// address (127.0.0.N), so simulated phones count as different clients for the rate limit. Every
// socket has a timeout; nothing here talks to anything but 127.0.0.0/8.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "core/session/controller.hpp"
#include "core/fold/workshop.hpp"
#include "helpers.hpp"
#include "stemkamer/stemkamer.hpp"

namespace lwp::test {

struct HttpReply {
    int status = 0;  // 0: no answer
    std::string body;
};

// One request over a fresh connection from `source` (a 127.x address) to 127.0.0.1:port.
inline HttpReply loopback_http(int port, const std::string& method, const std::string& target, const std::string& body = {},
                               const std::string& source = "127.0.0.1", const std::string& content_type = "application/x-www-form-urlencoded") {
    HttpReply reply;
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return reply;
    timeval tv{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in src{};
    src.sin_family = AF_INET;
    inet_pton(AF_INET, source.c_str(), &src.sin_addr);
    sockaddr_in dst{};
    dst.sin_family = AF_INET;
    dst.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &dst.sin_addr);
    if (bind(fd, reinterpret_cast<sockaddr*>(&src), sizeof src) != 0 || connect(fd, reinterpret_cast<sockaddr*>(&dst), sizeof dst) != 0) {
        close(fd);
        return reply;
    }
    std::string req = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (method == "POST") req += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    req += "\r\n" + body;
    for (size_t sent = 0; sent < req.size();) {
        const ssize_t n = send(fd, req.data() + sent, req.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += static_cast<size_t>(n);
    }
    std::string raw;
    char buf[4096];
    for (int i = 0; i < 10000; ++i) {  // bounded: a reply is far smaller than 40 MB
        const ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        raw.append(buf, static_cast<size_t>(n));
    }
    close(fd);
    if (raw.rfind("HTTP/1.1 ", 0) != 0) return reply;
    reply.status = std::stoi(raw.substr(9, 3));
    const size_t head = raw.find("\r\n\r\n");
    if (head != std::string::npos) reply.body = raw.substr(head + 4);
    return reply;
}

inline std::string url_encode(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
        else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

// The value of a string field in a flat JSON text ("" when absent): enough for these replies.
inline std::string json_field(const std::string& json, const std::string& key) {
    const std::string k = "\"" + key + "\":\"";
    const size_t at = json.find(k);
    if (at == std::string::npos) return {};
    const size_t end = json.find('"', at + k.size());
    return json.substr(at + k.size(), end - at - k.size());
}

// A workshop on the mini fixture with the stemkamer open on 127.0.0.1 (a free port).
struct StemkamerFixture {
    scripting::LoadedScenario loaded = load_fixture("mini.lua");
    core::SessionController ctl{loaded.scenario, loaded.runtime.get(), [] {
                                    core::Session s;
                                    s.id = "stemkamer";
                                    s.scenario_id = "mini";
                                    return s;
                                }()};
    std::unique_ptr<stemkamer::Stemkamer> room;
    std::string prefix;  // /r/TOKEN
    explicit StemkamerFixture(const std::string& people = "Anna\nBram\nChris", bool free_names = false, stemkamer::Limits limits = {}) {
        std::string error;
        REQUIRE(ctl.perform(core::make_workshop_start(ctl.state().step, "Leerwerkteam Noord", core::parse_participants(people, error))).ok);
        room = stemkamer::Stemkamer::open("127.0.0.1", 0, free_names, error, limits);
        REQUIRE_MESSAGE(room, error);
        prefix = "/r/" + room->room().token();
        poll();
    }
    bool poll() {
        return room->poll(ctl, core::Lang::Nl, [this](core::Action a) { return ctl.perform(std::move(a)); });
    }
    int port() const { return room->port(); }
    HttpReply get(const std::string& path, const std::string& source = "127.0.0.1") { return loopback_http(port(), "GET", prefix + path, {}, source); }
    HttpReply post(const std::string& path, const std::string& body, const std::string& source = "127.0.0.1") {
        return loopback_http(port(), "POST", prefix + path, body, source);
    }
    std::string join(const std::string& name, const std::string& source = "127.0.0.1") {
        const HttpReply r = post("/api/aanmelden", "naam=" + url_encode(name), source);
        REQUIRE_MESSAGE(r.status == 200, r.body);
        return json_field(r.body, "token");
    }
    HttpReply vote(const std::string& token, const std::string& choice, const std::string& source = "127.0.0.1") {
        return post("/api/stem", "p=" + token + "&stap=" + ctl.state().step + "&keuze=" + choice, source);
    }
    size_t votes_in_log() const {
        size_t n = 0;
        for (const auto& a : ctl.session().actions) n += a.type == core::action_type::Vote;
        return n;
    }
};

}  // namespace lwp::test
