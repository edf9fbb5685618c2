#include "stemkamer/server.hpp"

#include <httplib.h>

#include "core/store/folder.hpp"
#include "core/store/runtime_dirs.hpp"

#include <thread>

namespace lwp::stemkamer {

namespace fs = std::filesystem;

std::string load_page(std::string& error) {
    const fs::path file = core::asset_path("stemkamer/index.html");
    std::string why;
    auto page = core::read_regular_file(file, 1 << 20, why);
    if (!page) error = "de telefoonpagina (" + file.string() + ") kan niet gelezen worden: " + why;
    return page.value_or("");
}

namespace {

constexpr auto kStreamWait = std::chrono::seconds(5);  // a comment line at least this often

void send(httplib::Response& res, const Reply& r) {
    res.status = r.status;
    res.set_content(r.body, "application/json; charset=utf-8");
}

std::string param(const httplib::Request& req, const char* key) {
    return req.has_param(key) ? req.get_param_value(key) : std::string();
}

}  // namespace

struct Server::Impl {
    httplib::Server http;
    std::thread thread;
};

Server::Server(std::shared_ptr<Room> room, std::string page) : impl_(std::make_unique<Impl>()), room_(std::move(room)) {
    httplib::Server& s = impl_->http;
    const Limits& lim = room_->limits();
    // One thread per possible live connection, plus room for the short requests beside them.
    const size_t threads = lim.max_participants * lim.streams_per_participant / 2 + lim.max_participants + 8;
    s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    s.set_payload_max_length(lim.max_body);
    s.set_keep_alive_timeout(2);
    s.set_keep_alive_max_count(20);
    s.set_read_timeout(5);
    s.set_write_timeout(5);
    s.set_default_headers({
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
         "img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"X-Frame-Options", "DENY"},
    });
    Room* room_ptr = room_.get();
    const std::string prefix = "/r/" + room_->token();
    // Before any route: the rate limit, then the room token. A wrong token is "not found".
    s.set_pre_routing_handler([room_ptr, prefix](const httplib::Request& req, httplib::Response& res) {
        if (!room_ptr->allow(req.remote_addr, std::chrono::steady_clock::now())) {
            send(res, {429, R"({"fout":"te veel verzoeken: wacht even","error":"too many requests: wait a moment"})"});
            return httplib::Server::HandlerResponse::Handled;
        }
        const std::string& p = req.path;
        const bool ours = p.size() >= prefix.size() && same_token(p.substr(0, prefix.size()), prefix) &&
                          (p.size() == prefix.size() || p[prefix.size()] == '/');
        if (!ours) {
            send(res, {404, R"({"fout":"niet gevonden","error":"not found"})"});
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    const std::string re = "/r/[0-9a-z]+";
    s.Get(re + "/?", [page = std::move(page)](const httplib::Request&, httplib::Response& res) {
        res.set_content(page, "text/html; charset=utf-8");
    });
    s.Get(re + "/api/stand", [room_ptr](const httplib::Request& req, httplib::Response& res) {
        send(res, room_ptr->state(param(req, "p")));
    });
    s.Post(re + "/api/aanmelden", [room_ptr](const httplib::Request& req, httplib::Response& res) {
        if (!req.has_param("naam")) return send(res, {400, R"({"fout":"naam ontbreekt","error":"name missing"})"});
        send(res, room_ptr->join(req.get_param_value("naam")));
    });
    s.Post(re + "/api/stem", [room_ptr](const httplib::Request& req, httplib::Response& res) {
        if (!req.has_param("p") || !req.has_param("stap") || !req.has_param("keuze"))
            return send(res, {400, R"({"fout":"p, stap en keuze zijn nodig","error":"p, stap and keuze are required"})"});
        send(res, room_ptr->vote(req.get_param_value("p"), req.get_param_value("stap"), req.get_param_value("keuze")));
    });
    s.Get(re + "/api/live", [room = room_](const httplib::Request& req, httplib::Response& res) {
        const std::string who = param(req, "p");
        if (!room->valid_participant(who))
            return send(res, {403, R"({"fout":"onbekende deelnemer","error":"unknown participant"})"});
        if (!room->open_stream(who))
            return send(res, {429, R"({"fout":"te veel open verbindingen","error":"too many open connections"})"});
        res.set_header("X-Accel-Buffering", "no");
        res.set_chunked_content_provider(
            "text/event-stream",
            [room, who, seen = std::uint64_t{0}](size_t, httplib::DataSink& sink) mutable {
                if (seen != 0 && room->closed()) return false;  // the last state went out: done
                const std::uint64_t rev = seen == 0 ? room->revision() : room->wait_change(seen, kStreamWait);
                std::string msg = ": -\n\n";  // keeps the connection (and a dead one is noticed)
                if (rev != seen) {
                    const Reply st = room->state(who);
                    if (st.status != 200) return false;  // released: the page joins again
                    seen = rev;
                    msg = "data: " + st.body + "\n\n";  // after closing too: "gesloten" tells the page
                }
                return sink.write(msg.data(), msg.size());
            },
            [room, who](bool) { room->close_stream(who); });
    });
    s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) send(res, {res.status, R"({"fout":"verzoek geweigerd","error":"request refused"})"});
    });
}

Server::~Server() { stop(); }

bool Server::start(const std::string& address, int port, std::string& error) {
    httplib::Server& s = impl_->http;
    int bound = port;
    if (port == 0) bound = s.bind_to_any_port(address);
    else if (!s.bind_to_port(address, port)) bound = -1;
    if (bound <= 0) {
        error = "de stemkamer kan niet luisteren op " + address + ":" + std::to_string(port) +
                " (bezet, of geen adres van deze computer)";
        return false;
    }
    address_ = address;
    port_ = bound;
    impl_->thread = std::thread([&s] { s.listen_after_bind(); });
    // Serving before start() returns (a stop() right after must find it running).
    for (int i = 0; i < 400 && !s.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return true;
}

void Server::stop() {
    if (!impl_->thread.joinable()) return;
    room_->close();
    impl_->http.stop();
    impl_->thread.join();
}

bool Server::running() const { return impl_->thread.joinable() && impl_->http.is_running(); }

std::string Server::url() const { return "http://" + address_ + ":" + std::to_string(port_) + "/r/" + room_->token() + "/"; }

}  // namespace lwp::stemkamer
