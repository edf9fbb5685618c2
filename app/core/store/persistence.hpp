// Saving and loading sessions and settings: cereal JSON, atomic writes, damaged files kept aside.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/fold/session.hpp"
#include "core/model/text.hpp"

namespace lwp::core {

namespace fs = std::filesystem;

// Where everything lives: $XDG_DATA_HOME/leerwerkplaats (default ~/.local/share/leerwerkplaats).
struct DataDir {
    fs::path root;
    fs::path sessions() const { return root / "sessies"; }
    fs::path damaged() const { return root / "beschadigd"; }
    fs::path settings_file() const { return root / "instellingen.json"; }
    fs::path imgui_ini() const { return root / "imgui.ini"; }
    // sessies/<id>.json, or an empty path (which every write refuses) when `id` is not a session
    // id: a path built from data never leaves its folder.
    fs::path session_file(const std::string& id) const;
    bool ensure(std::string& error) const;  // creates the folders
};
DataDir default_data_dir();

// Inputs are checked before cereal sees them: a save is small, so anything huge or deeply nested
// is damage (or an attack), not a session.
inline constexpr std::uintmax_t kMaxSaveBytes = 32u << 20;
inline constexpr int kMaxJsonDepth = 64;

// A session id names its file: letters, digits, '-', '_' and '.', not starting with '.', at most
// 200 bytes (so no separators, no "..", nothing hidden).
bool safe_file_id(const std::string& id);

// Writes a unique temp file beside `path` (.<name>.<random>.tmp, created with O_EXCL|O_NOFOLLOW,
// so a planted file or link there is never written through), fsyncs it, renames it over `path`
// and fsyncs the directory. Never leaves a half file. Refuses an empty path and a `path` that
// exists but is not a regular file or a link (a folder, FIFO, device or socket is not replaced).
// Every failure (a full disk, a file-size limit) is returned as `error`. `mode`: the new file's
// permissions (0600 for files holding credentials).
bool write_file_atomic(const fs::path& path, const std::string& bytes, std::string& error, unsigned mode = 0644);

// Temp files write_file_atomic may have left beside `path` when it was killed mid-save.
std::vector<fs::path> temp_files_for(const fs::path& path);

// One writer per session: an exclusive flock on sessies/.<id>.lock, held as long as this object
// lives. A second program (or window) that opens the same session gets "elders geopend" instead of
// two logs where the last writer wins. Acquiring it also removes temp files a killed save of this
// session left behind (nobody else can be writing them).
class SessionLock {
public:
    SessionLock() = default;
    ~SessionLock();
    SessionLock(SessionLock&& other) noexcept;
    SessionLock& operator=(SessionLock&& other) noexcept;
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;

    // False with a user-facing reason when the session is open elsewhere or cannot be locked.
    bool acquire(const DataDir& dir, const std::string& session_id, std::string& error);
    bool held() const { return fd_ >= 0; }
    const std::string& session_id() const { return id_; }
    void release();

private:
    int fd_ = -1;
    fs::path path_;
    std::string id_;
};
std::optional<std::string> read_file(const fs::path& path, std::string& error);
// Rejects inputs cereal (recursive rapidjson) should never see: too big, too deep, too many values,
// or not JSON at all. Every reader of a saved JSON file calls it first.
bool precheck_json(const std::string& text, std::string& error);

std::string session_to_json(const Session& session);
std::optional<Session> session_from_json(const std::string& json, std::string& error);
bool save_session(const fs::path& path, const Session& session, std::string& error);
// Reads a session file and nothing else: a damaged file stays where it is (the commands, the
// comparison); `error` says why it could not be read.
std::optional<Session> read_session(const fs::path& path, std::string& error);

struct LoadedSession {
    std::optional<Session> session;
    std::string error;     // user-facing, empty when loaded
    fs::path moved_to;     // where a damaged file was put aside
};
// Loads a session; a damaged file is moved to `damaged_dir` (never overwritten) and reported.
LoadedSession load_session(const fs::path& path, const fs::path& damaged_dir);

// Moves a file aside as <damaged_dir>/<name>.<timestamp>.beschadigd; returns the new path.
fs::path quarantine(const fs::path& path, const fs::path& damaged_dir, std::string& error);

// All readable sessions in the data dir, newest first; damaged ones are moved aside and listed.
struct SessionListing {
    std::vector<Session> sessions;
    std::vector<std::string> problems;
};
SessionListing list_sessions(const DataDir& dir);

std::string new_session_id(const std::string& scenario_id);
// A new session of a case: its id, version and content hash, a fresh id and seed, created now.
Session new_session(const Scenario& sc);

struct Settings {
    Lang language = Lang::Nl;
    float ui_scale = 1.0f;
    std::string last_session;
    bool author = false;  // the Auteur menu and the authoring panel (F2) are shown (Beeld → Auteursfuncties)
};
Settings load_settings(const DataDir& dir, std::string& error);
bool save_settings(const DataDir& dir, const Settings& settings, std::string& error);

// Writes sessions on a background thread so a slow disk never stalls a frame. Submitting a newer
// snapshot of the same file replaces an unwritten older one; flush() waits for all writes.
class AutoSaver {
public:
    AutoSaver();
    ~AutoSaver();
    AutoSaver(const AutoSaver&) = delete;
    AutoSaver& operator=(const AutoSaver&) = delete;

    void submit(const fs::path& path, Session snapshot);
    void flush();
    std::string last_error() const;
    std::uint64_t writes() const;

private:
    void run();
    struct Job {
        fs::path path;
        Session session;
    };
    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::vector<Job> pending_;
    bool busy_ = false, stop_ = false;
    std::string last_error_;
    std::uint64_t writes_ = 0;
    std::thread thread_;
};

}  // namespace lwp::core

// --- Privacy: what is stored where, and deleting it (issue 5) -------------------------------------
namespace lwp::core {

// Reports exported from the app: <root>/rapporten/<session id>.html and .md.
fs::path reports_dir(const DataDir& dir);
fs::path report_file(const DataDir& dir, const std::string& session_id, const std::string& extension);

// One place the program writes to, for the privacy view.
struct StoredPlace {
    std::string id;  // "sessies", "rapporten", "beschadigd", "instellingen", "vensterindeling"
    fs::path path;
    bool folder = false;
    bool exists = false;
    std::size_t files = 0;     // regular files directly inside (folders), or 1 (files that exist)
    std::uintmax_t bytes = 0;
};
std::vector<StoredPlace> stored_data(const DataDir& dir);

// Deletes one session: its save (and a leftover temp file), its exported reports and damaged
// copies of it set aside earlier. Other sessions are untouched. False (with a reason) when the id
// is not a session id or there was nothing to delete.
bool delete_session(const DataDir& dir, const std::string& session_id, std::string& error);

// Deletes every file the program wrote in the data dir (sessions, reports, damaged files,
// settings, window layout) and the folders when they are empty. Files it does not recognise stay.
bool delete_all_data(const DataDir& dir, std::string& error);

}  // namespace lwp::core
