// The open session and the saved ones (issue #26 item 3), UI-free: opening a session (its lock,
// its Lua runtime, the autosave of every change, its learning records), performing actions, undo
// and redo, its score and comparison with the expert (recomputed when the log changed), closing
// it; and the saved sessions — the list from the session index, "Mijn voortgang", loading them
// for the journal. What also moves the screen or the views' state (open_session, close_session,
// start_session, rewind_to_choice, open_fork) stays an App operation that calls this one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/assess/comparison.hpp"
#include "core/assess/progress.hpp"
#include "core/assess/scoring.hpp"
#include "core/store/persistence.hpp"
#include "core/store/session_index.hpp"
#include "lrs/service.hpp"
#include "services/app_model.hpp"
#include "services/notifier.hpp"

namespace lwp::services {

class SessionService {
public:
    SessionService(AppModel& model, Notifier& notifier, const core::DataDir& data_dir, lrs::Records& records);
    ~SessionService();  // writes what the autosaver still holds
    SessionService(const SessionService&) = delete;
    SessionService& operator=(const SessionService&) = delete;

    // --- the open session ---------------------------------------------------------------------
    // Opens `session` of a loaded case: takes its lock (the one already held for it is kept), makes
    // the controller (every change autosaved and recorded), migrates a log of another version of
    // the case (noticed, saved). False, with a notice, when its case is not loaded or it is open
    // elsewhere. The preview must have been stopped first.
    bool open(const core::Session& session);
    // Reads a saved session's file; nothing (with a notice) when it cannot be read.
    std::optional<core::Session> load(const core::SessionSummary& saved);
    void close();  // the last save written, the lock released
    void save(const core::Session& session);  // one autosave now (a new session's first)
    void flush() { saver_.flush(); }           // waits for the autosaver
    void perform(core::Action action);         // on the open session (or the preview); a refusal is noticed
    void undo();
    void redo();
    // The open session's script errors and a failed autosave, noticed once each.
    void collect_script_errors();

    // The open session's score and comparison with the expert, recomputed only when the log
    // changed; the preview is never scored (both empty).
    const core::ScoreReport& score_report();
    const std::vector<core::ComparisonRow>& comparison();

    // --- the saved sessions -------------------------------------------------------------------
    // The saved sessions, newest first, as summaries from the session index (core/store/session_index.hpp):
    // reading the list loads and replays only the sessions whose file or case changed.
    const std::vector<core::SessionSummary>& recent() const { return recent_; }
    void refresh_recent();             // reads the index again (problems noticed)
    void refresh_if_stale();           // ... when a summary no longer fits its case (hot reload)
    // Whether a recent session has reached an ending (from its summary).
    bool session_finished(const core::SessionSummary& session);
    std::size_t listing_replays() const { return listing_replays_; }  // for tests: sessions replayed for the list
    // Every saved session, loaded from its file (the journal needs their logs); damaged ones are noticed.
    std::vector<core::Session> load_saved_sessions();
    // Scores across all saved sessions ("Mijn voortgang"), recomputed when the list changes.
    const core::Progress& progress();
    void progress_stale() { progress_dirty_ = true; }  // a case was reloaded
    // The library's cases by id (the loaded ones), for the core's functions that read saved sessions.
    core::ScenarioLookup lookup() const;

private:
    void record_statements(const core::Session& session);  // queue the trainee's session's statements
    void refresh_score();

    AppModel& model_;
    Notifier& notifier_;
    const core::DataDir& data_dir_;
    lrs::Records& records_;
    core::AutoSaver saver_;
    core::SessionLock session_lock_;  // the open session's: one program writes it at a time
    std::vector<core::SessionSummary> recent_;
    bool recent_stale_ = false;  // a summary no longer fits its case (hot reload): re-read before the next frame
    std::size_t listing_replays_ = 0;
    core::Progress progress_;
    bool progress_dirty_ = true;
};

}  // namespace lwp::services
