#include "lrs/queue.hpp"

#include "lrs/json.hpp"

#include "core/store/folder.hpp"

#include <algorithm>
#include <functional>
#include <sstream>

namespace lwp::lrs {

namespace {

// Queue file: one statement a line, "<id> <json>". Statements are written by derive_statements
// (JSON without raw newlines), so a line is always one whole statement.
std::vector<Statement> parse_queue(const std::string& bytes) {
    std::vector<Statement> out;
    std::istringstream in(bytes);
    for (std::string line; std::getline(in, line);) {
        const auto space = line.find(' ');
        if (space != 36 || line.size() < 40 || line[37] != '{') continue;  // not a statement line
        out.push_back({line.substr(0, space), line.substr(space + 1)});
    }
    return out;
}

bool safe_session_name(const std::string& s) {
    if (s.empty() || s.size() > 200 || s[0] == '.') return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    });
}

}  // namespace

std::vector<Statement> read_queue(const LrsDir& dir, const std::string& session, std::string& error) {
    if (!safe_session_name(session)) {
        error = "ongeldige sessie-id '" + session + "'";
        return {};
    }
    std::error_code ec;
    if (!fs::exists(dir.queue_file(session), ec)) return {};
    auto bytes = core::read_file(dir.queue_file(session), error);
    return bytes ? parse_queue(*bytes) : std::vector<Statement>{};
}

std::set<std::string> read_sent(const LrsDir& dir, const std::string& session) {
    std::set<std::string> ids;
    std::string error;
    std::error_code ec;
    if (!safe_session_name(session) || !fs::exists(dir.sent_file(session), ec)) return ids;
    auto bytes = core::read_file(dir.sent_file(session), error);
    if (!bytes) return ids;
    std::istringstream in(*bytes);
    for (std::string line; std::getline(in, line);)
        if (line.size() == 36) ids.insert(line);
    return ids;
}

bool enqueue(const LrsDir& dir, const std::string& session, const std::vector<Statement>& statements, std::string& error,
             size_t* added) {
    if (added) *added = 0;
    if (!safe_session_name(session)) {
        error = "ongeldige sessie-id '" + session + "'";
        return false;
    }
    if (!dir.ensure(error)) return false;
    std::string read_error;
    std::vector<Statement> queue = read_queue(dir, session, read_error);
    if (!read_error.empty()) {
        error = read_error;
        return false;
    }
    std::set<std::string> known;
    for (const auto& s : queue) known.insert(s.id);
    size_t n = 0;
    for (const auto& s : statements)
        if (known.insert(s.id).second) {
            queue.push_back(s);
            ++n;
        }
    if (added) *added = n;
    if (n == 0) return true;
    std::string bytes;
    for (const auto& s : queue) bytes += s.id + " " + s.json + "\n";
    return core::write_file_atomic(dir.queue_file(session), bytes, error);
}

bool mark_sent(const LrsDir& dir, const std::string& session, const std::vector<std::string>& ids, std::string& error) {
    if (!safe_session_name(session)) {
        error = "ongeldige sessie-id '" + session + "'";
        return false;
    }
    if (!dir.ensure(error)) return false;
    std::set<std::string> sent = read_sent(dir, session);
    const size_t before = sent.size();
    for (const auto& id : ids) sent.insert(id);
    if (sent.size() == before) return true;
    std::string bytes;
    for (const auto& id : sent) bytes += id + "\n";
    return core::write_file_atomic(dir.sent_file(session), bytes, error);
}

std::vector<std::string> queued_sessions(const LrsDir& dir) {
    std::vector<std::string> out;
    for (const fs::path& file : core::list_folder(dir.queue(), ".json").files) {  // sorted by name
        const std::string name = file.stem().string();
        if (safe_session_name(name)) out.push_back(name);
    }
    return out;
}

QueueSummary summarise_queue(const LrsDir& dir, size_t keep) {
    QueueSummary sum;
    std::vector<QueueEntry> all;
    for (const auto& session : queued_sessions(dir)) {
        std::string error;
        const auto queue = read_queue(dir, session, error);
        const auto sent = read_sent(dir, session);
        for (const auto& s : queue) {
            ++sum.queued;
            QueueEntry e{session, s.id, {}, {}, {}, sent.count(s.id) > 0};
            if (e.sent) ++sum.sent;
            rapidjson::Document doc;
            doc.Parse(s.json.c_str(), s.json.size());
            if (!doc.HasParseError()) {
                e.time = json_string(doc, {"timestamp"});
                e.verb = json_string(doc, {"verb", "display", "nl-NL"});
                e.object = json_string(doc, {"object", "definition", "name", "nl-NL"});
            }
            all.push_back(std::move(e));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const QueueEntry& a, const QueueEntry& b) { return a.time > b.time; });
    if (all.size() > keep) all.resize(keep);
    sum.recent = std::move(all);
    return sum;
}

void forget_session(const LrsDir& dir, const std::string& session) {
    if (!safe_session_name(session)) return;
    std::error_code ec;
    for (const fs::path& file : {dir.queue_file(session), dir.sent_file(session)}) {
        for (const fs::path& tmp : core::temp_files_for(file)) fs::remove(tmp, ec);  // a killed save's
        fs::remove(file, ec);
    }
}

// --- QueueWriter -------------------------------------------------------------------------------

QueueWriter::QueueWriter(LrsDir dir) : dir_(std::move(dir)), thread_([this] { run(); }) {}

QueueWriter::~QueueWriter() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void QueueWriter::submit(const std::string& session, std::vector<Statement> statements) {
    {
        std::lock_guard lock(mutex_);
        auto same = std::find_if(pending_.begin(), pending_.end(), [&](const auto& p) { return p.first == session; });
        if (same != pending_.end()) same->second = std::move(statements);
        else pending_.emplace_back(session, std::move(statements));
    }
    wake_.notify_one();
}

void QueueWriter::flush() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return pending_.empty() && !busy_; });
}

std::string QueueWriter::last_error() const {
    std::lock_guard lock(mutex_);
    return last_error_;
}

void QueueWriter::on_written(std::function<void()> callback) {
    std::lock_guard lock(mutex_);
    on_written_ = std::move(callback);
}

void QueueWriter::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stop_ || !pending_.empty(); });
        if (pending_.empty() && stop_) break;
        auto jobs = std::move(pending_);
        pending_.clear();
        busy_ = true;
        auto callback = on_written_;
        lock.unlock();
        std::string error;
        size_t added_total = 0;
        for (const auto& [session, statements] : jobs) {
            std::string e;
            size_t added = 0;
            if (!enqueue(dir_, session, statements, e, &added)) error = e;
            added_total += added;
        }
        if (added_total > 0 && callback) callback();
        lock.lock();
        busy_ = false;
        if (!error.empty()) last_error_ = error;
        if (pending_.empty()) idle_.notify_all();
    }
    idle_.notify_all();
}

}  // namespace lwp::lrs
