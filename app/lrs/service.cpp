#include "lrs/service.hpp"

#include "lrs/record.hpp"

namespace lwp::lrs {

Records::Records(core::DataDir data) : data_(data), dir_(data), settings_(load_lrs_settings(data, load_error_)), writer_(dir_), sender_(data) {
    writer_.on_written([this] { sender_.poke(); });
}

Records::~Records() {
    cancel_test_ = true;
    if (test_.valid()) test_.wait();
    writer_.flush();
}

bool Records::set_settings(LrsSettings settings, std::string& error) {
    settings.endpoint = normalise_endpoint(settings.endpoint);
    if (!save_lrs_settings(data_, settings, error)) return false;
    settings_ = std::move(settings);
    sender_.poke();
    return true;
}

void Records::record(const core::Scenario& scenario, core::ScriptHost* host, const core::Session& session, const core::SessionState& state) {
    if (!settings_.configured()) return;
    if (settings_.pseudonym.empty()) {
        std::string error;
        ensure_pseudonym(data_, settings_, error);
    }
    writer_.submit(session.id, derive_statements(scenario, host, session, state, context_from(settings_)));
}

void Records::start_test(const LrsSettings& s) {
    if (test_running()) return;
    cancel_test_ = false;
    ClientOptions options{normalise_endpoint(s.endpoint), s.user, s.password, 5, 10, &cancel_test_};
    test_ = std::async(std::launch::async, [options] { return LrsClient(options).test_connection(); });
}

bool Records::test_running() const {
    return test_.valid() && test_.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

std::optional<HttpResult> Records::test_result() {
    if (!test_.valid() || test_running()) return std::nullopt;
    return test_.get();
}

void Records::forget_session(const std::string& session) {
    writer_.flush();
    lrs::forget_session(dir_, session);
}

void Records::delete_all(std::string& error) {
    writer_.flush();
    std::error_code ec;
    fs::remove_all(dir_.root, ec);
    if (ec) error = "kan " + dir_.root.string() + " niet verwijderen: " + ec.message();
    settings_ = {};
}

}  // namespace lwp::lrs
