// Authoring (issue 7): the service (app/services/authoring_service.hpp) does the work; these are
// the App's parts of it — deferring to the end of a drawn frame, and what the screen shows when
// the preview starts, moves or stops.
#include "ui/app.hpp"

namespace lwp::ui {

void App::later(std::function<void()> op) {
    if (drawing_) deferred_.push_back(std::move(op));
    else op();
}

void App::reload_scenario() {
    later([this] { authoring_.reload(); });
}

void App::start_preview(const std::string& target) {
    later([this, target] { authoring_.start_preview(target); });
}

void App::preview_set(const std::string& variable, double value) {
    if (!authoring_.preview()) return;
    if (drawing_) pending_actions_.push_back(authoring_.preview_set_action(variable, value));
    else authoring_.preview_set(variable, value);
}

void App::stop_preview() {
    later([this] { authoring_.stop_preview(); });
}

void App::preview_shown(services::PreviewEvent event) {
    switch (event) {
        case services::PreviewEvent::Started: ++session_epoch_; return;  // the boards show the preview's own (empty) state
        case services::PreviewEvent::Jumped:
            ui.open_document.clear();
            ui.select_tab = "casus";
            screen_ = Screen::Player;
            return;
        case services::PreviewEvent::Stopped:
            ++session_epoch_;  // the trainee's boards start fresh, as after opening the session
            ui.open_document.clear();
            return;
    }
}

}  // namespace lwp::ui
