#include "services/export_service.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "core/report/report.hpp"

namespace lwp::services {

namespace {

// A cheap fingerprint of what the journal is built from: every saved session's id, last change
// and log length, and the open session's revision.
std::uint64_t journal_key(const std::vector<core::SessionSummary>& sessions, const core::SessionController* open) {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&](std::uint64_t v) { h = (h ^ v) * 1099511628211ull; };
    for (const auto& s : sessions) {
        mix(std::hash<std::string>{}(s.id));
        mix(static_cast<std::uint64_t>(s.updated));
        mix(s.actions);
        mix(s.stamp.size);
        mix(static_cast<std::uint64_t>(s.stamp.mtime_ns));
    }
    if (open) {
        mix(std::hash<std::string>{}(open->session().id));
        mix(open->revision());
        mix(open->session().actions.size());
    }
    return h;
}

// xdg-open on the PATH, so a missing viewer is reported instead of failing silently in the child.
bool have_xdg_open() {
    const char* path = std::getenv("PATH");
    std::string dirs = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
    size_t start = 0;
    while (start <= dirs.size()) {
        size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        const std::string dir = dirs.substr(start, end - start);
        if (!dir.empty() && ::access((dir + "/xdg-open").c_str(), X_OK) == 0) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

ExportService::ExportService(AppModel& model, Notifier& notifier, SessionService& sessions, WorkshopService& workshop,
                             const core::DataDir& data_dir, lrs::Records& records, std::function<core::Lang()> language,
                             std::function<const core::Methodewijzer*(core::Lang)> guide)
    : model_(model),
      notifier_(notifier),
      sessions_(sessions),
      workshop_(workshop),
      data_dir_(data_dir),
      records_(records),
      language_(std::move(language)),
      guide_(std::move(guide)) {}

const std::vector<core::JournalEntry>& ExportService::journal() {
    core::SessionController* const open = model_.suspended ? model_.suspended.get() : model_.controller.get();  // never the preview
    const std::uint64_t key = journal_key(sessions_.recent(), open);
    if (journal_built_ && key == journal_key_) return journal_;
    journal_built_ = true;
    journal_key_ = key;
    // The saved list may lag behind the open session (autosave runs in the background): use the
    // open session's live log instead of its saved copy.
    // The journal needs the logs: the saved sessions are loaded here, when it is shown.
    std::vector<core::Session> sessions;
    bool open_listed = false;
    for (auto& s : sessions_.load_saved_sessions()) {
        if (open && s.id == open->session().id) {
            sessions.push_back(open->session());
            open_listed = true;
        } else sessions.push_back(std::move(s));
    }
    if (open && !open_listed) sessions.push_back(open->session());
    journal_ = core::build_journal(sessions, sessions_.lookup());
    return journal_;
}

std::filesystem::path ExportService::export_report(bool include_reflections, bool markdown, bool open) {
    if (model_.suspended) {
        notifier_.notify(Note::ReportInPreview);
        return {};
    }
    if (!model_.controller) {
        notifier_.notify(Note::ReportNeedsSession);
        return {};
    }
    core::ReportOptions opt;
    opt.include_reflections = include_reflections;
    opt.lang = language_();
    opt.compare = workshop_.compare();
    opt.guide = guide_(opt.lang);
    const core::Session& session = model_.controller->session();
    const core::Scenario& sc = model_.controller->scenario();
    const std::string html = core::report_html(sc, session, model_.controller->state(), sessions_.score_report(), sessions_.comparison(), opt);
    std::error_code ec;
    std::filesystem::create_directories(core::reports_dir(data_dir_), ec);
    std::string error;
    const std::filesystem::path html_path = core::report_file(data_dir_, session.id, "html");
    if (!core::write_file_atomic(html_path, html, error)) {
        notifier_.notify(Note::ReportFailed, {error});
        return {};
    }
    if (markdown) {
        const std::string md = core::report_markdown(sc, session, model_.controller->state(), sessions_.score_report(), sessions_.comparison(), opt);
        if (!core::write_file_atomic(core::report_file(data_dir_, session.id, "md"), md, error)) {
            notifier_.notify(Note::ReportFailed, {error});
            return {};
        }
    }
    notifier_.notify(Note::ReportWritten, {html_path.string()});
    if (open && !open_externally(html_path, error)) notifier_.notify(Note::ReportNotOpened, {error});
    return html_path;
}

bool ExportService::delete_session_files(const std::string& session_id) {
    sessions_.flush();
    std::string error;
    const bool ok = core::delete_session(data_dir_, session_id, error);
    if (!ok) notifier_.notify(error, true);
    records_.forget_session(session_id);
    return ok;
}

bool ExportService::delete_all_files() {
    sessions_.flush();
    std::string error;
    bool ok = core::delete_all_data(data_dir_, error);
    if (!ok) notifier_.notify(error, true);
    std::string records_error;
    records_.delete_all(records_error);  // the learning-record queue and its settings too
    if (!records_error.empty()) {
        notifier_.notify(records_error, true);
        ok = false;
    }
    data_dir_.ensure(error);  // the sessions folder again, for new work
    return ok;
}

bool open_externally(const std::filesystem::path& path, std::string& error) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        error = path.string() + " bestaat niet";
        return false;
    }
    if (!have_xdg_open()) {
        error = "xdg-open is niet geïnstalleerd; open het bestand zelf: " + path.string();
        return false;
    }
    // Double fork: the viewer is re-parented to init, so no zombie is left behind and the app
    // never waits for the browser. exec, not system(): the path never passes through a shell.
    const std::string target = path.string();
    const pid_t child = fork();
    if (child < 0) {
        error = std::string("fork: ") + std::strerror(errno);
        return false;
    }
    if (child == 0) {
        setsid();
        const pid_t grandchild = fork();
        if (grandchild != 0) _exit(grandchild < 0 ? 1 : 0);
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, STDIN_FILENO);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
        }
        execlp("xdg-open", "xdg-open", target.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        error = "kan geen programma starten om het bestand te openen";
        return false;
    }
    return true;
}

}  // namespace lwp::services
