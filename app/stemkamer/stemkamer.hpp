// The stemkamer as the app holds it (issue 18): a room, its web server and the QR code of the join
// address, tied to one open workshop session. The main thread calls poll() every loop: requests
// the phones queued become workshop actions (the same "workshop.stem" as a keyboard vote, so undo,
// rewind, autosave, replay and the report work unchanged), and the room gets the new state.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/fold/session.hpp"
#include "stemkamer/qr.hpp"
#include "stemkamer/room.hpp"
#include "stemkamer/server.hpp"

namespace lwp::core {
class SessionController;
}

namespace lwp::stemkamer {

class Stemkamer {
public:
    // Starts the server on address:port (port 0: a free one). Null with `error` set.
    static std::unique_ptr<Stemkamer> open(const std::string& address, int port, bool free_names, std::string& error,
                                           Limits limits = {});
    ~Stemkamer();

    using Perform = std::function<core::ApplyResult(core::Action)>;
    // Applies what the phones queued through `perform` (a vote for a step that is over is
    // dropped) and publishes the session's state when it changed. True when anything happened.
    bool poll(const core::SessionController& session, core::Lang lang, const Perform& perform);

    Room& room() { return *room_; }
    const Room& room() const { return *room_; }
    std::string url() const { return server_->url(); }
    const std::string& address() const { return server_->address(); }
    int port() const { return server_->port(); }
    const QrCode& qr() const { return qr_; }
    std::string session_id;  // the workshop session it was opened for

private:
    Stemkamer() = default;
    std::shared_ptr<Room> room_;
    std::unique_ptr<Server> server_;
    QrCode qr_;
    std::uint64_t published_ = ~0ull;
    const void* published_for_ = nullptr;
    int published_lang_ = -1;
    size_t published_joined_ = 0;
};

}  // namespace lwp::stemkamer
