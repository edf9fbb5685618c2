// Authoring support (issue 7), UI-free: hot reload of the open case's file (its log replayed on
// the new version, re-scored, the preview replayed too), the loader's findings and lint for the
// authoring panel, the story map, recording the trainee's route as a reference log (issue 20),
// and the preview — a throwaway session beside the trainee's, which AppModel::suspended holds
// untouched meanwhile. The logic is in core (reload, fold/preview); this wires it to the open
// session. What defers to the end of a drawn frame (App::reload_scenario, start_preview,
// preview_set, stop_preview) stays an App operation that calls this one; what the App shows when
// the preview starts, moves or stops it does in the `shown` callback.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/model/story_map.hpp"
#include "core/session/reload.hpp"
#include "services/app_model.hpp"
#include "services/export_service.hpp"
#include "services/notifier.hpp"
#include "services/session_service.hpp"

namespace lwp::services {

// What changed of the session shown: a new preview session (Started), the preview went to a step
// or ending (Jumped: the player shows its case), the trainee's session is back (Stopped).
enum class PreviewEvent { Started, Jumped, Stopped };

class AuthoringService {
public:
    AuthoringService(AppModel& model, Notifier& notifier, SessionService& sessions, ExportService& exports,
                     std::function<void(PreviewEvent)> shown);
    AuthoringService(const AuthoringService&) = delete;
    AuthoringService& operator=(const AuthoringService&) = delete;

    // --- hot reload -----------------------------------------------------------------------------
    // Watches the open case's file (a session was opened): a fresh stamp, an empty status.
    void watch(const std::filesystem::path& file);
    // One stat() of the watched file (the main loop calls this once a second); when it changed,
    // reload(). True when something on screen changed. Not while a frame is drawn.
    bool poll_file();
    // Loads the open case's file again. If it loads, the session's log is replayed against it
    // (core::migrate) and re-scored, and the notice says where the log no longer fits; if not,
    // the old version keeps running and the file:line errors are shown. Not while a frame is
    // drawn (App::reload_scenario defers it).
    void reload();
    struct ReloadStatus {
        std::filesystem::path file;
        bool attempted = false, ok = true;
        std::vector<std::string> errors;  // file:line: fout: ... when the new version did not load
        std::vector<std::string> report;  // core::describe_migration of the replay
        std::string score;                // "score 12 → 9 van 20 punten"
    };
    const ReloadStatus& reload_status() const { return reload_status_; }

    // --- the panel ------------------------------------------------------------------------------
    // Loader diagnostics and lint (core::lint) of the open case, recomputed when it is reloaded.
    const std::vector<core::Diagnostic>& findings();
    // The open case's story map (core/model/story_map.hpp), made again when the case is reloaded.
    const core::StoryMap& story_map();
    // Auteur → Route opnemen als referentie (issue 20): the trainee's route as played, boards and
    // reflections included, saved beside the case file as <id>-expert.json or <id>-fouten.json
    // (the shape of play --out and of tools/demo). An existing log is replaced only with
    // `overwrite`; returns the file written, or empty with `error` set (`exists` when it was
    // there; `error` left empty when no session is open).
    std::filesystem::path record_reference(bool expert, bool overwrite, std::string& error, bool& exists);
    std::filesystem::path reference_log_file(bool expert) const;

    // --- the preview ----------------------------------------------------------------------------
    // Never saved, never scored, not in the journal or progress. Not while a frame is drawn.
    bool preview() const { return model_.suspended != nullptr; }
    void start_preview(const std::string& step_or_ending);  // with a session open
    core::Action preview_set_action(const std::string& variable, double value) const;  // in a preview
    void preview_set(const std::string& variable, double value);  // performed now (in a preview)
    void stop_preview();
    // The trainee's own open session, also while a preview is shown (null when none is open).
    core::SessionController* trainee_session() { return model_.suspended ? model_.suspended.get() : model_.controller.get(); }
    const core::SessionController* trainee_session() const { return model_.suspended ? model_.suspended.get() : model_.controller.get(); }

private:
    AppModel& model_;
    Notifier& notifier_;
    SessionService& sessions_;
    ExportService& exports_;
    std::function<void(PreviewEvent)> shown_;
    std::filesystem::path watched_file_;
    core::FileStamp watched_stamp_;
    ReloadStatus reload_status_;
};

}  // namespace lwp::services
