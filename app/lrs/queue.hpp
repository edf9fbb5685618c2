// The offline queue (<data>/leerregistratie/): per session the statements derived so far, and
// the ids the LRS accepted. Both files are rewritten with core::write_file_atomic (temp file,
// fsync, rename), so a crash leaves the old or the new file, never half of one. The queue only
// grows: a statement once queued stays as it was (same id, same bytes), so resending is safe
// and a rewind never takes back what was already recorded.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "lrs/settings.hpp"
#include "lrs/statements.hpp"

namespace lwp::lrs {

// Adds the statements whose id is not yet in the session's queue file. Returns false (with a
// reason) when the file could not be written; `added` counts the new ones.
bool enqueue(const LrsDir& dir, const std::string& session, const std::vector<Statement>& statements, std::string& error,
             size_t* added = nullptr);
std::vector<Statement> read_queue(const LrsDir& dir, const std::string& session, std::string& error);
std::set<std::string> read_sent(const LrsDir& dir, const std::string& session);
bool mark_sent(const LrsDir& dir, const std::string& session, const std::vector<std::string>& ids, std::string& error);

// Sessions with a queue file, sorted.
std::vector<std::string> queued_sessions(const LrsDir& dir);

struct QueueEntry {
    std::string session, id;
    std::string time, verb, object;  // for the privacy view: timestamp, verb and object (Dutch)
    bool sent = false;
};
struct QueueSummary {
    size_t queued = 0, sent = 0;  // statements in the queue, of which the LRS accepted `sent`
    std::vector<QueueEntry> recent;  // the newest `keep` statements, newest first
};
QueueSummary summarise_queue(const LrsDir& dir, size_t keep);

// Removes a session's queue and sent files (privacy: deleting a session deletes its records).
void forget_session(const LrsDir& dir, const std::string& session);

// Writes queued statements on a background thread (like core::AutoSaver for sessions), so a
// save never waits for the disk. A newer set for the same session replaces an unwritten one.
class QueueWriter {
public:
    explicit QueueWriter(LrsDir dir);
    ~QueueWriter();
    QueueWriter(const QueueWriter&) = delete;
    QueueWriter& operator=(const QueueWriter&) = delete;
    void submit(const std::string& session, std::vector<Statement> statements);
    void flush();
    std::string last_error() const;
    // Called on the writer thread after new statements were written (e.g. to wake the sender).
    void on_written(std::function<void()> callback);

private:
    void run();
    LrsDir dir_;
    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::vector<std::pair<std::string, std::vector<Statement>>> pending_;
    bool busy_ = false, stop_ = false;
    std::string last_error_;
    std::function<void()> on_written_;
    std::thread thread_;
};

}  // namespace lwp::lrs
