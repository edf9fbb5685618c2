#include "services/session_service.hpp"

#include <string>

namespace lwp::services {

namespace {
constexpr std::size_t kMaxSeparateProblems = 3;
}  // namespace

SessionService::SessionService(AppModel& model, Notifier& notifier, const core::DataDir& data_dir, lrs::Records& records)
    : model_(model), notifier_(notifier), data_dir_(data_dir), records_(records) {}

SessionService::~SessionService() { saver_.flush(); }

core::ScenarioLookup SessionService::lookup() const {
    return [this](const std::string& id, const core::Scenario*& sc, core::ScriptHost*& host) {
        const auto* entry = model_.find_scenario(id);
        if (!entry) return false;
        sc = entry->scenario.get();
        host = entry->runtime.get();
        return true;
    };
}

void SessionService::refresh_recent() {
    recent_stale_ = false;
    core::SessionIndexRefresh listing = core::refresh_session_index(data_dir_, lookup());
    recent_ = std::move(listing.sessions);
    // "Mijn voortgang" and its chart, once per change of the sessions (not when the view opens:
    // opening it with a year of sessions costs what it costs with a few).
    // A summary that does not fit its case right after the index was read stays as it is (it would
    // read the index again every frame); a reload of the case marks the progress again.
    progress_dirty_ = true;
    (void)progress();
    recent_stale_ = false;
    listing_replays_ += listing.summarised;
    if (!listing.index_moved_to.empty()) notifier_.notify(Note::IndexRebuilt, {listing.index_moved_to.string(), listing.index_error});
    else if (!listing.index_error.empty()) notifier_.notify(Note::IndexNotWritten, {listing.index_error});
    // A few unreadable files each get their own notice; many (a folder of foreign JSON) get one
    // that counts them, instead of a stack of red notices over the library.
    if (listing.problems.size() <= kMaxSeparateProblems) {
        for (auto& problem : listing.problems) notifier_.notify(problem, true);
    } else {
        std::vector<std::string> args{std::to_string(listing.problems.size()), data_dir_.damaged().string()};  // before the move below
        notifier_.notify(Note::DamagedMany, std::move(args), std::move(listing.problems));
    }
}

void SessionService::refresh_if_stale() {
    if (recent_stale_) refresh_recent();
}

bool SessionService::session_finished(const core::SessionSummary& s) {
    const auto* entry = model_.find_scenario(s.scenario_id);
    if (!entry) return false;
    // The case was reloaded since the list was read: the list is read again before the next frame.
    if (!s.replayed || s.scenario_hash != entry->scenario->content_hash) recent_stale_ = true;
    return s.finished;
}

std::vector<core::Session> SessionService::load_saved_sessions() {
    std::vector<core::Session> out;
    for (const auto& s : recent_) {
        core::LoadedSession loaded = core::load_session(data_dir_.sessions() / s.file, data_dir_.damaged());
        if (loaded.session) out.push_back(std::move(*loaded.session));
        else if (!loaded.error.empty()) {
            notifier_.notify(loaded.error, true);
            recent_stale_ = true;
        }
    }
    return out;
}

const core::Progress& SessionService::progress() {
    if (progress_dirty_) {
        progress_dirty_ = false;
        std::vector<const core::Scenario*> catalogue;
        for (const auto& e : model_.library)
            if (e.ok()) catalogue.push_back(e.scenario.get());
        // A case reloaded since the list was read: its sessions are summarised again before the
        // next frame (they are left out until then).
        for (const auto& r : recent_)
            if (const auto* entry = model_.find_scenario(r.scenario_id); entry && (!r.replayed || r.scenario_hash != entry->scenario->content_hash))
                recent_stale_ = true;
        // From the index's summaries: no session is loaded or replayed here.
        progress_ = core::progress_from_scores(core::session_scores(recent_, lookup()), catalogue);
    }
    return progress_;
}

std::optional<core::Session> SessionService::load(const core::SessionSummary& saved) {
    const std::filesystem::path file = data_dir_.sessions() / saved.file;  // `saved` may live in recent_
    core::LoadedSession loaded = core::load_session(file, data_dir_.damaged());
    if (!loaded.session) {
        notifier_.notify(loaded.error, true);
        recent_stale_ = true;
        return std::nullopt;
    }
    return std::move(*loaded.session);
}

bool SessionService::open(const core::Session& session) {
    const scripting::LoadedScenario* entry = model_.find_scenario(session.scenario_id);
    if (!entry) {
        notifier_.notify("Scenario '" + session.scenario_id + "' van deze sessie is niet (goed) geladen.", true);
        return false;
    }
    if (!(session_lock_.held() && session_lock_.session_id() == session.id)) {
        core::SessionLock lock;
        std::string lock_error;
        if (!lock.acquire(data_dir_, session.id, lock_error)) {
            notifier_.notify("Sessie '" + session.id + "': " + lock_error, true);
            return false;
        }
        if (model_.controller) saver_.flush();  // the previous session's last save, before its lock goes
        session_lock_ = std::move(lock);
    }
    model_.runtime = entry->runtime;
    auto path = data_dir_.session_file(session.id);
    model_.score_cache = {};
    model_.controller = std::make_unique<core::SessionController>(
        entry->scenario, model_.runtime.get(), session, [this, path](const core::Session& s) {
            saver_.submit(path, s);
            record_statements(s);
        });
    record_statements(model_.controller->session());
    if (!model_.controller->migration_report().empty()) {
        // Opened with another version of the scenario: migrated by ids (core::migrate), saved.
        const bool diverged = !model_.controller->divergences().empty();
        notifier_.notify(diverged ? Note::ScenarioChanged : Note::ScenarioUpdated, model_.controller->migration_report());
        saver_.submit(path, model_.controller->session());
    }
    return true;
}

void SessionService::record_statements(const core::Session& s) {
    core::SessionController* c = model_.suspended ? model_.suspended.get() : model_.controller.get();  // never the preview
    if (c && c->session().id == s.id) records_.record(c->scenario(), c->host(), s, c->state());
}

void SessionService::close() {
    saver_.flush();
    model_.controller.reset();
    session_lock_.release();
    model_.score_cache = {};
    model_.runtime.reset();
}

void SessionService::save(const core::Session& session) { saver_.submit(data_dir_.session_file(session.id), session); }

void SessionService::perform(core::Action action) {
    if (!model_.controller) return;
    core::ApplyResult r = model_.controller->perform(std::move(action));
    if (!r.ok) notifier_.notify(r.error, true);
    collect_script_errors();
}

void SessionService::undo() {
    if (model_.controller && model_.controller->can_undo()) model_.controller->undo();
}

void SessionService::redo() {
    if (model_.controller && model_.controller->can_redo()) model_.controller->redo();
}

void SessionService::collect_script_errors() {
    if (!model_.runtime) return;
    for (auto& e : model_.runtime->take_errors()) notifier_.notify(Note::ScriptProblem, {e});
    if (std::string e = saver_.last_error(); !e.empty()) notifier_.notify(Note::SaveFailed, {e});
}

void SessionService::refresh_score() {
    if (!model_.controller) return;
    auto& cache = model_.score_cache;
    if (cache.controller == model_.controller.get() && cache.revision == model_.controller->revision()) return;
    cache.controller = model_.controller.get();
    cache.revision = model_.controller->revision();
    if (model_.suspended) {  // the authoring preview is never scored
        cache.report = {};
        cache.comparison.clear();
        return;
    }
    cache.report = core::score(model_.controller->scenario(), model_.controller->state(), model_.controller->host());
    cache.comparison = core::compare_artefacts(model_.controller->scenario(), model_.controller->state());
    collect_script_errors();
}

const core::ScoreReport& SessionService::score_report() {
    refresh_score();
    return model_.score_cache.report;
}

const std::vector<core::ComparisonRow>& SessionService::comparison() {
    refresh_score();
    return model_.score_cache.comparison;
}

}  // namespace lwp::services
