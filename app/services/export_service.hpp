// The journal, the report and deleting what was saved (issue 5), UI-free: the reflections across
// every saved session (the open one live), the open session's report written to
// <data>/rapporten/ (and shown in the system's viewer), and the files of one session or of all.
// What also moves the screen or closes the open session (App::edit_reflection, delete_session,
// delete_all_data) stays an App operation that calls this one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/model/methodewijzer.hpp"
#include "core/fold/reflection.hpp"
#include "lrs/service.hpp"
#include "services/app_model.hpp"
#include "services/notifier.hpp"
#include "services/session_service.hpp"
#include "services/workshop_service.hpp"

namespace lwp::services {

class ExportService {
public:
    // `language` is the reader's; `guide` the Methodewijzer in a language (the report cites it),
    // null when it is not there.
    ExportService(AppModel& model, Notifier& notifier, SessionService& sessions, WorkshopService& workshop, const core::DataDir& data_dir,
                  lrs::Records& records, std::function<core::Lang()> language, std::function<const core::Methodewijzer*(core::Lang)> guide);

    // Reflections across all saved sessions, the open one live; rebuilt when a log changes.
    const std::vector<core::JournalEntry>& journal();
    void journal_stale() { journal_built_ = false; }  // a case was reloaded, a session deleted
    // Writes the open session's report to <data>/rapporten/<session>.html (and .md when asked)
    // and, when `open` is set, shows it in the system's viewer. Returns the HTML file, or empty.
    std::filesystem::path export_report(bool include_reflections, bool markdown, bool open);
    // Deletes one saved session's files (it is not open) and forgets its learning records;
    // false, noticed, when that failed.
    bool delete_session_files(const std::string& session_id);
    // Deletes every file the program wrote (no session is open), the learning-record queue and
    // its settings too, and makes the sessions folder again for new work.
    bool delete_all_files();

private:
    AppModel& model_;
    Notifier& notifier_;
    SessionService& sessions_;
    WorkshopService& workshop_;
    const core::DataDir& data_dir_;
    lrs::Records& records_;
    std::function<core::Lang()> language_;
    std::function<const core::Methodewijzer*(core::Lang)> guide_;
    std::vector<core::JournalEntry> journal_;
    std::uint64_t journal_key_ = 0;
    bool journal_built_ = false;
};

// Opens a local file or folder with the desktop's viewer (xdg-open, fork/exec, no shell).
bool open_externally(const std::filesystem::path& path, std::string& error);

}  // namespace lwp::services
