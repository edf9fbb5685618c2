// App operations behind the journal, the report export and the privacy view (issue 5). They live
// here rather than in app.cpp so that file stays about sessions and the library.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "core/report/report.hpp"
#include "ui/app.hpp"
#include "ui/methodewijzer_data.hpp"

namespace lwp::ui {

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

const std::vector<core::JournalEntry>& App::journal() {
    core::SessionController* const open = trainee_session();  // never the preview
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

bool App::edit_reflection(const std::string& session_id, const std::string& reflection_id, const std::string& text) {
    if (preview()) stop_preview();
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

std::filesystem::path App::export_report(bool include_reflections, bool markdown, bool open) {
    if (preview()) {
        notify(tr(S::AuPreviewNoExport), true);
        return {};
    }
    if (!model_.controller) {
        notify(tr(S::ExNeedSession), true);
        return {};
    }
    core::ReportOptions opt;
    opt.include_reflections = include_reflections;
    opt.lang = language();
    opt.compare = workshop_.compare();
    if (const auto& guide = methodewijzer(opt.lang).guide; !guide.empty()) opt.guide = &guide;
    const core::Session& session = model_.controller->session();
    const core::Scenario& sc = model_.controller->scenario();
    const std::string html = core::report_html(sc, session, model_.controller->state(), sessions_.score_report(), sessions_.comparison(), opt);
    std::error_code ec;
    std::filesystem::create_directories(core::reports_dir(data_dir_), ec);
    std::string error;
    const std::filesystem::path html_path = core::report_file(data_dir_, session.id, "html");
    if (!core::write_file_atomic(html_path, html, error)) {
        notify(std::string(tr(S::ExFailed)) + ": " + error, true);
        return {};
    }
    if (markdown) {
        const std::string md = core::report_markdown(sc, session, model_.controller->state(), sessions_.score_report(), sessions_.comparison(), opt);
        if (!core::write_file_atomic(core::report_file(data_dir_, session.id, "md"), md, error)) {
            notify(std::string(tr(S::ExFailed)) + ": " + error, true);
            return {};
        }
    }
    notify(std::string(tr(S::ExDone)) + " " + html_path.string());
    if (open && !open_externally(html_path, error)) notify(std::string(tr(S::ExOpenFailed)) + ": " + error, true);
    return html_path;
}

bool App::delete_session(const std::string& session_id) {
    if (preview()) stop_preview();
    if (model_.controller && model_.controller->session().id == session_id) {
        const Screen back = screen_;
        close_session();  // flushes the autosave first, so nothing writes the file back
        screen_ = back;
    }
    sessions_.flush();
    std::string error;
    const bool ok = core::delete_session(data_dir_, session_id, error);
    if (!ok) notify(error, true);
    records_.forget_session(session_id);
    if (settings_.last_session == session_id) {
        settings_.last_session.clear();
        save_settings();
    }
    sessions_.refresh_recent();
    journal_built_ = false;
    return ok;
}

bool App::delete_all_data() {
    const Screen back = screen_;
    if (model_.controller) close_session();
    sessions_.flush();
    std::string error;
    bool ok = core::delete_all_data(data_dir_, error);
    if (!ok) notify(error, true);
    std::string records_error;
    records_.delete_all(records_error);  // the learning-record queue and its settings too
    if (!records_error.empty()) {
        notify(records_error, true);
        ok = false;
    }
    // The settings stay in memory for this run (language, text size); they are written again only
    // when the user changes one. The sessions folder is made again for new work.
    settings_.last_session.clear();
    data_dir_.ensure(error);
    sessions_.refresh_recent();
    journal_built_ = false;
    screen_ = back;
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

}  // namespace lwp::ui
