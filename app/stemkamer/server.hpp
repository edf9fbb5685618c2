// The stemkamer's web server (issue 18.1): cpp-httplib on the one address the facilitator picked.
// It serves the phone page and a small API, all under /r/ROOMTOKEN/:
//   GET  /r/T/                 the phone page (assets/stemkamer/index.html)
//   GET  /r/T/api/stand[?p=P]  the public state (and, with a participant token, one's own vote)
//   POST /r/T/api/aanmelden    naam=...            → a participant token
//   POST /r/T/api/stem         p=P&stap=S&keuze=C  → queued for the main thread
//   GET  /r/T/api/live?p=P     Server-Sent Events: the state whenever it changes
// Every request needs the room token; a wrong one gets 404 and changes nothing. Bodies are capped
// (413), each client address is rate-limited (429), the thread pool is sized for the participant
// cap (each live connection holds a thread).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "stemkamer/room.hpp"

namespace lwp::stemkamer {

// The phone page, assets/stemkamer/index.html (core::asset_path); "" with `error` set.
std::string load_page(std::string& error);

class Server {
public:
    Server(std::shared_ptr<Room> room, std::string page);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds to address:port (port 0: a free one) and serves on a thread of its own.
    bool start(const std::string& address, int port, std::string& error);
    // Closes the room's live connections, stops listening and joins the server's threads.
    void stop();
    bool running() const;
    int port() const { return port_; }
    const std::string& address() const { return address_; }
    // The join address with the room token: http://ADDRESS:PORT/r/TOKEN/
    std::string url() const;
    Room& room() { return *room_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::shared_ptr<Room> room_;
    std::string address_;
    int port_ = 0;
};

}  // namespace lwp::stemkamer
