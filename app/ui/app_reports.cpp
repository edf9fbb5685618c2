// App operations of the journal and the privacy view (issue 5) that also close or open a
// session or keep the screen: a reflection edited from the journal, deleting a session or all
// data. The journal, the report and the files themselves are services/export_service.hpp's.
#include "ui/app.hpp"

namespace lwp::ui {

bool App::edit_reflection(const std::string& session_id, const std::string& reflection_id, const std::string& text) {
    if (authoring_.preview()) stop_preview();
    if (text.empty()) return false;
    const Screen back = screen_;
    if (!model_.controller || model_.controller->session().id != session_id) {
        // Open the saved copy only after the open session is written and the list re-read:
        // otherwise an older copy could overwrite newer work.
        if (model_.controller) close_session();
        const core::SessionSummary* found = nullptr;
        for (const auto& s : sessions_.recent())
            if (s.id == session_id) found = &s;
        if (!found) {
            notify("Sessie '" + session_id + "' is niet gevonden.", true);
            screen_ = back;
            return false;
        }
        const core::SessionSummary copy = *found;
        if (!open_session(copy)) {
            screen_ = back;
            return false;
        }
    }
    const std::size_t before = model_.controller->session().actions.size();
    act("reflectie.wijzig", reflection_id, {{"tekst", text}});
    screen_ = back;
    return model_.controller->session().actions.size() == before + 1;
}

bool App::delete_session(const std::string& session_id) {
    if (authoring_.preview()) stop_preview();
    if (model_.controller && model_.controller->session().id == session_id) {
        const Screen back = screen_;
        close_session();  // flushes the autosave first, so nothing writes the file back
        screen_ = back;
    }
    const bool ok = exports_.delete_session_files(session_id);
    if (settings_.last_session == session_id) {
        settings_.last_session.clear();
        save_settings();
    }
    sessions_.refresh_recent();
    exports_.journal_stale();
    return ok;
}

bool App::delete_all_data() {
    const Screen back = screen_;
    if (model_.controller) close_session();
    const bool ok = exports_.delete_all_files();  // and the sessions folder made again for new work
    // The settings stay in memory for this run (language, text size); they are written again only
    // when the user changes one.
    settings_.last_session.clear();
    sessions_.refresh_recent();
    exports_.journal_stale();
    screen_ = back;
    return ok;
}

}  // namespace lwp::ui
