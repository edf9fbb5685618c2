#include "stemkamer/stemkamer.hpp"

#include <ctime>

#include "core/session/controller.hpp"
#include "core/fold/workshop.hpp"

namespace lwp::stemkamer {

std::unique_ptr<Stemkamer> Stemkamer::open(const std::string& address, int port, bool free_names, std::string& error, Limits limits) {
    std::string page = load_page(error);
    if (!error.empty()) return nullptr;
    std::unique_ptr<Stemkamer> s(new Stemkamer());
    s->room_ = std::make_shared<Room>(limits, free_names);
    s->server_ = std::make_unique<Server>(s->room_, std::move(page));
    if (!s->server_->start(address, port, error)) return nullptr;
    s->qr_ = make_qr(s->server_->url());
    return s;
}

Stemkamer::~Stemkamer() {
    if (server_) server_->stop();
}

bool Stemkamer::poll(const core::SessionController& ctl, core::Lang lang, const Perform& perform) {
    bool any = false;
    for (Queued& q : room_->take()) {
        // A vote the phone cast for a decision that is over (the group moved on) is not applied.
        if (q.type == core::action_type::Vote && q.step != ctl.state().step) continue;
        perform(core::Action{q.type, ctl.state().step, q.target, std::move(q.args), static_cast<std::int64_t>(std::time(nullptr))});
        any = true;
    }
    const size_t joined = room_->joined().size();
    if (any || published_ != ctl.revision() || published_for_ != &ctl || published_lang_ != static_cast<int>(lang) ||
        joined != published_joined_) {
        room_->publish(public_round(ctl, lang));
        any = any || joined != published_joined_;
        published_ = ctl.revision();
        published_for_ = &ctl;
        published_lang_ = static_cast<int>(lang);
        published_joined_ = joined;
    }
    return any;
}

}  // namespace lwp::stemkamer
