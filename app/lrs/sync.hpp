// Sending the queue: the statements no LRS has accepted yet go out in batches; what the LRS
// accepts (or already has: 409) is marked sent, everything else stays queued. Used by
// `leerwerkplaats sync` and by the app's background Sender, which retries with backoff and
// never runs on the UI thread.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "lrs/client.hpp"
#include "lrs/queue.hpp"

namespace lwp::lrs {

inline constexpr size_t kBatchSize = 50;

struct SyncReport {
    size_t pending = 0;      // not yet accepted before this run
    size_t accepted = 0;     // accepted now (including already_there)
    size_t already_there = 0;  // 409 for one statement: the LRS has that id already
    size_t rejected = 0;     // 400 for one statement: stays queued, needs a look
    bool complete = false;   // everything pending was accepted
    HttpResult::Kind stopped_by = HttpResult::Kind::Ok;  // why the run stopped early, if it did
    std::vector<std::string> messages;  // Dutch, one problem a line (never a password)
    std::string summary() const;        // one line for the user
};

// Sends what is pending for every queued session. `options` carries endpoint and credentials.
SyncReport send_queue(const LrsDir& dir, const ClientOptions& options);

// The last attempt, for the privacy view (<lrs>/status.json; written atomically).
struct SyncStatus {
    std::int64_t at = 0;  // unix seconds of the last attempt, 0 = never
    bool ok = false;
    std::string message;
};
void save_status(const LrsDir& dir, const SyncStatus& status);
SyncStatus load_status(const LrsDir& dir);

// The app's background sender: wakes when statements were queued (poke()) or when a backoff
// runs out; sends only when sending is on and an LRS is configured; after a failure waits
// 15 s, 30 s, 1 min, … up to 15 min. Stopping cancels a request in flight at once.
class Sender {
public:
    explicit Sender(core::DataDir data);
    ~Sender();
    Sender(const Sender&) = delete;
    Sender& operator=(const Sender&) = delete;
    void poke();
    struct State {
        bool running = false;  // a request is in flight
        SyncStatus last;
        int failures = 0;      // in a row
        std::int64_t next_try = 0;  // unix seconds, 0 = when poked
    };
    State state() const;

private:
    void run();
    core::DataDir data_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool poked_ = true, stop_ = false;
    std::atomic<bool> cancel_{false};
    State state_;
    std::thread thread_;
};

}  // namespace lwp::lrs
