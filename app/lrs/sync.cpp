#include "lrs/sync.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "core/model/json_out.hpp"

namespace lwp::lrs {

namespace {

std::string array_of(const std::vector<const Statement*>& batch) {
    std::string body = "[";
    for (size_t i = 0; i < batch.size(); ++i) body += (i ? "," : "") + batch[i]->json;
    return body + "]";
}

bool fatal(HttpResult::Kind k) {
    return k == HttpResult::Kind::Unauthorized || k == HttpResult::Kind::ServerError || k == HttpResult::Kind::Timeout ||
           k == HttpResult::Kind::Network || k == HttpResult::Kind::Refused || k == HttpResult::Kind::OtherStatus;
}

}  // namespace

std::string SyncReport::summary() const {
    if (pending == 0) return "niets te verzenden: alle statements zijn al door het LRS aanvaard";
    std::string s = std::to_string(accepted) + " van " + std::to_string(pending) + " statements aanvaard door het LRS";
    if (already_there) s += " (" + std::to_string(already_there) + " had het LRS al)";
    if (rejected) s += "; " + std::to_string(rejected) + " geweigerd (blijven in de wachtrij)";
    if (!complete) s += "; " + std::to_string(pending - accepted) + " blijven in de wachtrij";
    return s;
}

SyncReport send_queue(const LrsDir& dir, const ClientOptions& options) {
    SyncReport rep;
    const LrsClient client(options);
    struct Work {
        std::string session;
        std::vector<Statement> statements;
    };
    std::vector<Work> work;
    for (const auto& session : queued_sessions(dir)) {
        std::string error;
        std::vector<Statement> queue = read_queue(dir, session, error);
        if (!error.empty()) rep.messages.push_back(session + ": " + error);
        const auto sent = read_sent(dir, session);
        std::erase_if(queue, [&](const Statement& s) { return sent.count(s.id) > 0; });
        rep.pending += queue.size();
        if (!queue.empty()) work.push_back({session, std::move(queue)});
    }
    auto accept = [&](const std::string& session, const std::vector<const Statement*>& batch) {
        std::vector<std::string> ids;
        for (const auto* s : batch) ids.push_back(s->id);
        std::string error;
        if (!mark_sent(dir, session, ids, error)) rep.messages.push_back(error);
        rep.accepted += batch.size();
    };
    for (const Work& w : work) {
        for (size_t start = 0; start < w.statements.size(); start += kBatchSize) {
            std::vector<const Statement*> batch;
            for (size_t i = start; i < std::min(start + kBatchSize, w.statements.size()); ++i) batch.push_back(&w.statements[i]);
            HttpResult r = client.post_statements(array_of(batch));
            if (r.kind == HttpResult::Kind::Ok) {
                accept(w.session, batch);
                continue;
            }
            if (fatal(r.kind)) {
                rep.stopped_by = r.kind;
                rep.messages.push_back(r.message);
                return rep;
            }
            // 409 or 400 for a batch: one statement is the cause. One at a time tells which; the
            // others still get through.
            for (const Statement* s : batch) {
                HttpResult one = batch.size() == 1 ? r : client.post_statements("[" + s->json + "]");
                if (one.kind == HttpResult::Kind::Ok) accept(w.session, {s});
                else if (one.kind == HttpResult::Kind::Conflict) {
                    ++rep.already_there;
                    accept(w.session, {s});
                    rep.messages.push_back("statement " + s->id + ": het LRS had deze id al, met andere inhoud (409); niet opnieuw verzonden");
                } else if (one.kind == HttpResult::Kind::BadRequest) {
                    ++rep.rejected;
                    rep.messages.push_back("statement " + s->id + " (sessie " + w.session + "): " + one.message);
                } else {
                    rep.stopped_by = one.kind;
                    rep.messages.push_back(one.message);
                    return rep;
                }
            }
        }
    }
    rep.complete = rep.accepted == rep.pending;
    return rep;
}

void save_status(const LrsDir& dir, const SyncStatus& s) {
    std::string error;
    if (!dir.ensure(error)) return;
    core::JsonOut j;
    j.begin_object().field("tijd", static_cast<double>(s.at)).field("gelukt", s.ok).field("melding", s.message).end_object();
    core::write_file_atomic(dir.status_file(), j.str() + "\n", error);
}

SyncStatus load_status(const LrsDir& dir) {
    SyncStatus s;
    std::string error;
    std::error_code ec;
    if (!fs::exists(dir.status_file(), ec)) return s;
    auto bytes = core::read_file(dir.status_file(), error);
    if (!bytes) return s;
    rapidjson::Document doc;
    doc.Parse(bytes->c_str(), bytes->size());
    if (doc.HasParseError() || !doc.IsObject()) return s;
    if (doc.HasMember("tijd") && doc["tijd"].IsNumber()) s.at = static_cast<std::int64_t>(doc["tijd"].GetDouble());
    if (doc.HasMember("gelukt") && doc["gelukt"].IsBool()) s.ok = doc["gelukt"].GetBool();
    if (doc.HasMember("melding") && doc["melding"].IsString()) s.message = doc["melding"].GetString();
    return s;
}

// --- Sender ------------------------------------------------------------------------------------

Sender::Sender(core::DataDir data) : data_(std::move(data)) {
    state_.last = load_status(LrsDir(data_));
    thread_ = std::thread([this] { run(); });
}

Sender::~Sender() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cancel_ = true;
    wake_.notify_all();
    thread_.join();
}

void Sender::poke() {
    {
        std::lock_guard lock(mutex_);
        poked_ = true;
    }
    wake_.notify_all();
}

Sender::State Sender::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

void Sender::run() {
    using namespace std::chrono;
    std::unique_lock lock(mutex_);
    for (;;) {
        if (state_.failures > 0) {
            const auto delay = seconds(std::max<std::int64_t>(0, state_.next_try - static_cast<std::int64_t>(std::time(nullptr))));
            wake_.wait_for(lock, delay, [&] { return stop_ || poked_; });
        } else {
            wake_.wait(lock, [&] { return stop_ || poked_; });
        }
        if (stop_) return;
        poked_ = false;
        lock.unlock();
        std::string error;
        const LrsSettings settings = load_lrs_settings(data_, error);
        const bool go = settings.configured() && settings.sending;
        SyncReport rep;
        if (go) {
            {
                std::lock_guard l(mutex_);
                state_.running = true;
            }
            rep = send_queue(LrsDir(data_), {settings.endpoint, settings.user, settings.password, 10, 30, &cancel_});
        }
        lock.lock();
        state_.running = false;
        if (!go) continue;
        if (rep.pending == 0) {
            state_.failures = 0;
            state_.next_try = 0;
            continue;  // nothing was sent: the last status stays as it was
        }
        SyncStatus status{static_cast<std::int64_t>(std::time(nullptr)), rep.complete, rep.summary()};
        if (!rep.messages.empty()) status.message += ": " + rep.messages.back();
        // On disk before the new state is visible: whoever sees the failure can read its status.
        lock.unlock();
        save_status(LrsDir(data_), status);
        lock.lock();
        state_.last = status;
        state_.failures = rep.complete || rep.stopped_by == HttpResult::Kind::Ok ? 0 : state_.failures + 1;
        // Backoff: 15 s, 30 s, 1 min, ... at most 15 min after the last failure.
        state_.next_try = state_.failures == 0 ? 0
                                               : static_cast<std::int64_t>(std::time(nullptr)) +
                                                     std::min<std::int64_t>(std::int64_t{15} << std::min(state_.failures - 1, 6), 15 * 60);
    }
}

}  // namespace lwp::lrs
