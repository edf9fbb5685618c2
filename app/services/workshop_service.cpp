#include "services/workshop_service.hpp"

#include "core/fold/workshop.hpp"

namespace lwp::services {

WorkshopService::WorkshopService(AppModel& model, Notifier& notifier, SessionService& sessions, const std::function<void()>& wake,
                                 std::function<core::Lang()> language)
    : model_(model), notifier_(notifier), sessions_(sessions), wake_(wake), language_(std::move(language)) {}

WorkshopService::~WorkshopService() = default;

bool WorkshopService::active() const { return model_.controller && model_.controller->state().workshop.active; }

bool WorkshopService::begin(const std::string& name, const std::vector<std::string>& participants, std::string& error) {
    if (!model_.controller) return false;
    core::ApplyResult r = model_.controller->perform(core::make_workshop_start(model_.controller->state().step, name, participants));
    if (!r.ok) {
        error = r.error;
        return false;
    }
    compare_.clear();
    return true;
}

std::size_t WorkshopService::import_compare_sessions(const std::filesystem::path& dir) {
    if (!model_.controller) return 0;
    std::vector<std::string> problems;
    compare_ = core::compare_session_dir(model_.controller->scenario(), model_.controller->host(), dir, model_.controller->session().id, problems);
    for (const auto& p : problems) notifier_.notify(p, true);
    return compare_.size();
}

bool WorkshopService::open_stemkamer(const std::string& address, int port, bool free_names, std::string& error) {
    close_stemkamer();
    if (!model_.controller || !active() || model_.suspended) {
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
    if (wake_) stemkamer_->room().set_wake(wake_);
    poll_stemkamer();  // the room knows the names and the open vote before the first phone asks
    return true;
}

void WorkshopService::close_stemkamer() { stemkamer_.reset(); }

bool WorkshopService::poll_stemkamer() {
    if (!stemkamer_ || model_.suspended) return false;
    if (!model_.controller || model_.controller->session().id != stemkamer_->session_id || !model_.controller->state().workshop.active) {
        close_stemkamer();
        notifier_.notify(Note::StemkamerClosedNow);
        return true;
    }
    bool changed = stemkamer_->poll(*model_.controller, language_(), [this](core::Action a) {
        // A phone's vote the core refuses (a race with the reveal) is not an error on the projector.
        core::ApplyResult r = model_.controller->perform(std::move(a));
        sessions_.collect_script_errors();
        return r;
    });
    if (model_.controller->state().finished()) {  // the phones have seen the end; the room closes
        close_stemkamer();
        notifier_.notify(Note::StemkamerClosedEnded);
        changed = true;
    }
    return changed;
}

}  // namespace lwp::services
