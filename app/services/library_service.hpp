// The case library (issue #26 item 3), UI-free: every case of the scenario folder loaded into
// AppModel::library (broken ones listed with their errors), now or — at start-up — on a worker
// thread while the window opens, taken over on the main thread. Each time the cases are in, the
// saved sessions' list is checked against them (SessionService::refresh_recent). Resuming the last
// session once they arrived opens it (the screen moves): App::start_loading_library,
// poll_library and wait_for_library do that around this service.
#pragma once

#include <filesystem>
#include <functional>
#include <future>
#include <vector>

#include "scripting/loader.hpp"
#include "services/app_model.hpp"
#include "services/session_service.hpp"

namespace lwp::services {

class LibraryService {
public:
    // `wake` wakes the main loop when the worker is done (set by the window host, may be empty).
    LibraryService(AppModel& model, SessionService& sessions, const std::filesystem::path& dir, const std::function<void()>& wake);
    LibraryService(const LibraryService&) = delete;
    LibraryService& operator=(const LibraryService&) = delete;

    void load();                     // (re)loads every case now
    void start_loading();            // on a worker thread; poll() takes them over
    bool poll();                     // true once, when they arrived (and are in the model)
    bool wait();                     // blocks until they are in; true as poll() (false when none were loading)
    bool loading() const { return future_.valid(); }

private:
    AppModel& model_;
    SessionService& sessions_;
    const std::filesystem::path& dir_;
    const std::function<void()>& wake_;
    std::future<std::vector<scripting::LoadedScenario>> future_;
};

}  // namespace lwp::services
