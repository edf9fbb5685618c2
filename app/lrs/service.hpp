// What the app holds for learning records: the settings, the queue writer and the background
// sender, and a connection test on a worker thread. Nothing here waits for the network on the
// caller's thread: record() derives the statements and hands them to the writer; the sender
// and the connection test run on their own threads.
#pragma once

#include <atomic>
#include <future>
#include <memory>
#include <optional>

#include "lrs/queue.hpp"
#include "lrs/sync.hpp"

namespace lwp::lrs {

class Records {
public:
    explicit Records(core::DataDir data);
    ~Records();

    const LrsSettings& settings() const { return settings_; }
    const std::string& load_error() const { return load_error_; }
    // Saves new settings (0600) and wakes the sender; false with a reason.
    bool set_settings(LrsSettings settings, std::string& error);

    // Queues the statements of a session (called with every save of the open session); does
    // nothing while no LRS is configured.
    void record(const core::Scenario& scenario, core::ScriptHost* host, const core::Session& session, const core::SessionState& state);
    void flush() { writer_.flush(); }
    std::string writer_error() const { return writer_.last_error(); }

    void send_now() { sender_.poke(); }
    Sender::State sender_state() const { return sender_.state(); }

    // Tests the connection with `settings` (not yet saved) on a worker thread.
    void start_test(const LrsSettings& settings);
    bool test_running() const;
    std::optional<HttpResult> test_result();  // once, when the test has finished

    // Privacy: a deleted session's records go with it; "delete everything" removes the queue,
    // what was sent, the status and the settings with the credentials.
    void forget_session(const std::string& session);
    void delete_all(std::string& error);

    const LrsDir& dir() const { return dir_; }

private:
    core::DataDir data_;
    LrsDir dir_;
    LrsSettings settings_;
    std::string load_error_;
    QueueWriter writer_;
    Sender sender_;
    std::atomic<bool> cancel_test_{false};
    std::future<HttpResult> test_;
};

}  // namespace lwp::lrs
