// Workshop mode's operations (issues 6 and 18), UI-free: the workshop's start action on the session
// just opened, the individual sessions imported for the workshop report's comparison, and the
// stemkamer — open it for the workshop session, apply what the phones queued as workshop actions
// on the main thread, close it with the session or at the case's end. The App starts a workshop
// (App::start_workshop opens the session and resets the facilitator's controls) and words the
// notices (services/notifier.hpp).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/model/text.hpp"
#include "core/store/workshop_compare.hpp"
#include "services/app_model.hpp"
#include "services/notifier.hpp"
#include "services/session_service.hpp"
#include "stemkamer/stemkamer.hpp"

namespace lwp::services {

class WorkshopService {
public:
    // `wake` wakes the main loop from the room's threads (set by the window host, may be empty);
    // `language` is the one the phones are shown the case in.
    WorkshopService(AppModel& model, Notifier& notifier, SessionService& sessions, const std::function<void()>& wake,
                    std::function<core::Lang()> language);
    ~WorkshopService();
    WorkshopService(const WorkshopService&) = delete;
    WorkshopService& operator=(const WorkshopService&) = delete;

    bool active() const;  // the open session is a workshop
    // Performs "workshop.start" on the open session (one just started): false with core's `error`.
    // A comparison imported for another workshop is dropped.
    bool begin(const std::string& name, const std::vector<std::string>& participants, std::string& error);

    // Reads every session file of the open case in `dir` for the workshop report's comparison
    // (unreadable ones are noticed); the number of sessions found.
    std::size_t import_compare_sessions(const std::filesystem::path& dir);
    const std::vector<core::SessionColumn>& compare() const { return compare_; }

    // Opens the room on address:port (port 0: a free one) for the open workshop session.
    bool open_stemkamer(const std::string& address, int port, bool free_names, std::string& error);
    void close_stemkamer();
    stemkamer::Stemkamer* stemkamer() { return stemkamer_.get(); }
    // The main loop calls this every turn: phone votes become workshop actions, the room gets the
    // new state; closes the room when the workshop session closed or the case ended. True when
    // something changed on screen.
    bool poll_stemkamer();

private:
    AppModel& model_;
    Notifier& notifier_;
    SessionService& sessions_;
    const std::function<void()>& wake_;
    std::function<core::Lang()> language_;
    std::vector<core::SessionColumn> compare_;
    std::unique_ptr<stemkamer::Stemkamer> stemkamer_;
};

}  // namespace lwp::services
