#include "services/library_service.hpp"

#include <chrono>

namespace lwp::services {

LibraryService::LibraryService(AppModel& model, SessionService& sessions, const std::filesystem::path& dir, const std::function<void()>& wake)
    : model_(model), sessions_(sessions), dir_(dir), wake_(wake) {}

void LibraryService::load() {
    model_.library = scripting::load_library(dir_);
    sessions_.refresh_recent();
}

void LibraryService::start_loading() {
    future_ = std::async(std::launch::async, [dir = dir_, wake = wake_] {
        auto cases = scripting::load_library(dir);
        if (wake) wake();  // the idle loop draws the cards
        return cases;
    });
}

bool LibraryService::poll() {
    if (!future_.valid() || future_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    model_.library = future_.get();
    sessions_.refresh_recent();  // only now: the index is checked against the cases as loaded
    return true;
}

bool LibraryService::wait() {
    if (future_.valid()) future_.wait();
    return poll();
}

}  // namespace lwp::services
