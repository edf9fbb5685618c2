// App's stemkamer operations (issue 18): open it for the workshop session, apply what the phones
// queued as workshop actions on the main thread, close it with the session or the case's end.
#include "ui/app.hpp"

namespace lwp::ui {

bool App::open_stemkamer(const std::string& address, int port, bool free_names, std::string& error) {
    close_stemkamer();
    if (!model_.controller || !workshop_active() || preview()) {
        error = "de stemkamer hoort bij een workshop: start eerst een workshop";
        return false;
    }
    if (model_.controller->state().finished()) {
        error = "de casus is al afgelopen";
        return false;
    }
    stemkamer_ = stemkamer::Stemkamer::open(address, port, free_names, error);
    if (!stemkamer_) return false;
    stemkamer_->session_id = model_.controller->session().id;
    if (wake) stemkamer_->room().set_wake(wake);
    poll_stemkamer();  // the room knows the names and the open vote before the first phone asks
    ui.stemkamer.show_qr = true;
    return true;
}

void App::close_stemkamer() { stemkamer_.reset(); }

bool App::poll_stemkamer() {
    if (!stemkamer_ || preview()) return false;
    if (!model_.controller || model_.controller->session().id != stemkamer_->session_id || !model_.controller->state().workshop.active) {
        close_stemkamer();
        notify(tr(S::SkClosedNow));
        return true;
    }
    bool changed = stemkamer_->poll(*model_.controller, language(), [this](core::Action a) {
        // A phone's vote the core refuses (a race with the reveal) is not an error on the projector.
        core::ApplyResult r = model_.controller->perform(std::move(a));
        collect_script_errors();
        return r;
    });
    if (model_.controller->state().finished()) {  // the phones have seen the end; the room closes
        close_stemkamer();
        notify(tr(S::SkClosedEnded));
        changed = true;
    }
    return changed;
}

}  // namespace lwp::ui
