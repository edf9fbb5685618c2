#include "core/store/persistence.hpp"

#include "core/store/folder.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
// cereal's default adds kParseFullPrecisionFlag, whose decimal conversion in Debian 12's rapidjson
// 1.1.0 hits undefined behaviour (__builtin_clzll(0)) on numbers such as 0e-68 in a damaged file.
// Saves hold integers and one small float, so the plain conversion loses nothing. Any other file
// that includes cereal's JSON archive must define the same flags (tests/test_save_formats.cpp).
#define RAPIDJSON_PARSE_DEFAULT_FLAGS kParseNanAndInfFlag
#include <cereal/archives/json.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>

// --- cereal serialisation of saved types (versions: see tests/fixtures/saves) -----------------
namespace lwp::core {

// Every saved type refuses versions newer than it knows, so an old program never misreads a
// newer file; it reports it instead.
inline void check_version(std::uint32_t version, std::uint32_t known, const char* type) {
    if (version > known)
        throw std::runtime_error(std::string("opslagformaat van ") + type + " is versie " + std::to_string(version) +
                                 ", dit programma kent t/m versie " + std::to_string(known));
}

template <class Archive>
void serialize(Archive& ar, Action& a, std::uint32_t version) {
    check_version(version, 2, "Action");
    ar(cereal::make_nvp("type", a.type), cereal::make_nvp("step", a.step), cereal::make_nvp("target", a.target),
       cereal::make_nvp("args", a.args), cereal::make_nvp("at", a.at));
    // Version 2: the id the action created (empty for actions that create nothing).
    if (version >= 2) ar(cereal::make_nvp("creates", a.creates));
}

template <class Archive>
void serialize(Archive& ar, Fork& f, std::uint32_t version) {
    check_version(version, 1, "Fork");
    ar(cereal::make_nvp("label", f.label), cereal::make_nvp("created", f.created), cereal::make_nvp("actions", f.actions));
}

template <class Archive>
void serialize(Archive& ar, Session& s, std::uint32_t version) {
    check_version(version, 2, "Session");
    ar(cereal::make_nvp("id", s.id), cereal::make_nvp("scenario_id", s.scenario_id),
       cereal::make_nvp("scenario_version", s.scenario_version), cereal::make_nvp("scenario_hash", s.scenario_hash),
       cereal::make_nvp("seed", s.seed), cereal::make_nvp("created", s.created), cereal::make_nvp("updated", s.updated),
       cereal::make_nvp("actions", s.actions), cereal::make_nvp("forks", s.forks));
    // Version 1 logs derive created ids from log positions: fix them now, on the positions
    // they were saved with (the log and each fork are logs of their own).
    if constexpr (Archive::is_loading::value)
        if (version < 2) {
            stamp_created_ids(s.actions);
            for (auto& f : s.forks) stamp_created_ids(f.actions);
        }
}

template <class Archive>
void serialize(Archive& ar, Settings& s, std::uint32_t version) {
    check_version(version, 2, "Settings");
    std::string lang = lang_code(s.language);
    ar(cereal::make_nvp("language", lang), cereal::make_nvp("ui_scale", s.ui_scale),
       cereal::make_nvp("last_session", s.last_session));
    if (version >= 2) ar(cereal::make_nvp("author", s.author));  // version 1: no author functions yet
    s.language = lang_from_code(lang);
}

}  // namespace lwp::core

CEREAL_CLASS_VERSION(lwp::core::Action, 2)
CEREAL_CLASS_VERSION(lwp::core::Fork, 1)
CEREAL_CLASS_VERSION(lwp::core::Session, 2)
CEREAL_CLASS_VERSION(lwp::core::Settings, 2)

namespace lwp::core {

namespace {

std::string errno_text() { return std::strerror(errno); }

// Peak memory while loading must follow the size of a real save, not what a damaged file asks
// for: cereal sizes a vector from the element count before it reads any element (a 32 MB file of
// "0," would ask for 16 million Actions, about 3 GB), and rapidjson's document costs 16 to 32
// bytes per value. A real session has tens to thousands of actions.
constexpr std::size_t kMaxJsonElements = std::size_t{1} << 17;  // in one array or object
constexpr std::size_t kMaxJsonValues = std::size_t{1} << 21;    // in the whole file

}  // namespace

bool precheck_json(const std::string& text, std::string& error) {
    if (text.size() > kMaxSaveBytes) {
        error = "bestand is te groot (" + std::to_string(text.size()) + " bytes)";
        return false;
    }
    std::array<std::size_t, kMaxJsonDepth + 1> commas{};  // separators seen in each open container
    std::size_t values = 0;
    int depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) {
                escaped = false;
                // cereal hands strings on as C strings: text after a NUL would be dropped silently.
                if (c == 'u' && text.compare(i + 1, 4, "0000") == 0) {
                    error = "bestand bevat een NUL-teken (\\u0000) in een tekst; dat kan een sessie niet bevatten";
                    return false;
                }
            }
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth) {
                error = "bestand is te diep genest (meer dan " + std::to_string(kMaxJsonDepth) + " niveaus)";
                return false;
            }
            commas[static_cast<std::size_t>(depth)] = 0;
            ++values;
        } else if (c == '}' || c == ']') {
            if (--depth < 0) break;  // a closing bracket without an opening one
        } else if (c == ',') {
            ++values;
            if (++commas[static_cast<std::size_t>(depth)] >= kMaxJsonElements) {
                error = "bestand bevat een lijst met te veel elementen (meer dan " + std::to_string(kMaxJsonElements) + ")";
                return false;
            }
        } else continue;
        if (values > kMaxJsonValues) {
            error = "bestand bevat te veel waarden (meer dan " + std::to_string(kMaxJsonValues) + ")";
            return false;
        }
    }
    if (in_string || depth != 0) {
        error = "bestand is afgebroken of geen geldige JSON";
        return false;
    }
    return true;
}

namespace {

template <typename T>
std::optional<T> from_json(const std::string& json, const char* root, std::string& error) {
    if (!precheck_json(json, error)) return std::nullopt;
    try {
        std::istringstream in(json);
        cereal::JSONInputArchive ar(in);
        T value;
        ar(cereal::make_nvp(root, value));
        return value;
    } catch (const std::exception& e) {
        error = std::string("bestand is beschadigd of is geen bestand van de Leerwerkplaats (technisch: ") + e.what() + ")";
    }
    return std::nullopt;
}

template <typename T>
std::string to_json(const T& value, const char* root) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out);  // flushes on destruction
        ar(cereal::make_nvp(root, value));
    }
    return out.str();
}

constexpr const char* kSessionRoot = "leerwerkplaats_sessie";
constexpr const char* kSettingsRoot = "leerwerkplaats_instellingen";

}  // namespace

bool DataDir::ensure(std::string& error) const {
    std::error_code ec;
    for (const auto& dir : {root, sessions(), damaged()}) {
        fs::create_directories(dir, ec);
        if (ec) {
            error = "kan map " + dir.string() + " niet maken: " + ec.message();
            return false;
        }
    }
    return true;
}

DataDir default_data_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return {fs::path(xdg) / "leerwerkplaats"};
    if (const char* home = std::getenv("HOME"); home && *home)
        return {fs::path(home) / ".local" / "share" / "leerwerkplaats"};
    std::error_code ec;
    return {fs::current_path(ec) / "leerwerkplaats-data"};
}

fs::path DataDir::session_file(const std::string& id) const {
    if (!safe_file_id(id)) return {};
    return sessions() / (id + ".json");
}

namespace {
// ".<name>." and ".tmp" around a random part; the name is cut so the whole stays a file name.
std::string temp_prefix(const fs::path& path) { return "." + path.filename().string().substr(0, 200) + "."; }
bool is_temp_of(const std::string& file, const std::string& prefix) {
    return file.size() > prefix.size() + 4 && file.rfind(prefix, 0) == 0 && file.compare(file.size() - 4, 4, ".tmp") == 0;
}
}  // namespace

std::vector<fs::path> temp_files_for(const fs::path& path) {
    std::vector<fs::path> out;
    const std::string prefix = temp_prefix(path);
    for (const auto& e : folder_entries(path.parent_path().empty() ? fs::path(".") : path.parent_path()))
        if (is_temp_of(e.path().filename().string(), prefix)) out.push_back(e.path());
    return out;
}

bool write_file_atomic(const fs::path& path, const std::string& bytes, std::string& error, unsigned mode) {
    if (path.empty() || !plain_file_name(path.filename().string())) {
        error = "geen geldige bestandsnaam: '" + path.string() + "'; er is niets geschreven";
        return false;
    }
    struct stat existing {};
    if (::lstat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) && !S_ISLNK(existing.st_mode)) {
        error = path.string() + " bestaat al en is geen gewoon bestand (maar een map, apparaat, pijp of socket); er is niets geschreven";
        return false;
    }
    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    fs::path tmp;
    int fd = -1;
    std::random_device rd;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        char suffix[24];
        std::snprintf(suffix, sizeof suffix, "%08x%08x.tmp", rd(), rd());
        tmp = dir / (temp_prefix(path) + suffix);
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, static_cast<mode_t>(mode));
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        error = "kan " + tmp.string() + " niet schrijven: " + errno_text();
        return false;
    }
    // A private file stays private even when a temp file was left behind with wider permissions.
    if ((mode & 077) == 0 && ::fchmod(fd, static_cast<mode_t>(mode)) != 0) {
        error = "kan de rechten van " + tmp.string() + " niet beperken: " + errno_text();
        ::close(fd);
        ::unlink(tmp.c_str());
        return false;
    }
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = "schrijven naar " + tmp.string() + " mislukt: " + errno_text();
            ::close(fd);
            ::unlink(tmp.c_str());
            return false;
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        error = "opslaan van " + tmp.string() + " mislukt: " + errno_text();
        ::unlink(tmp.c_str());
        return false;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        error = "kan " + path.string() + " niet vervangen: " + errno_text();
        ::unlink(tmp.c_str());
        return false;
    }
    // The rename is durable only once the directory entry is on disk.
    int dfd = ::open(path.parent_path().empty() ? "." : path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

std::optional<std::string> read_file(const fs::path& path, std::string& error) {
    return read_regular_file(path, kMaxSaveBytes, error);
}

std::string session_to_json(const Session& session) { return to_json(session, kSessionRoot); }

// A session id names its file (DataDir::session_file): no separators, no "..", nothing hidden.
bool safe_file_id(const std::string& id) {
    if (id.empty() || id.size() > 200 || id[0] == '.') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.';
    });
}

std::optional<Session> session_from_json(const std::string& json, std::string& error) {
    auto s = from_json<Session>(json, kSessionRoot, error);
    if (s && (s->id.empty() || s->scenario_id.empty())) {
        error = "sessiebestand mist een id of scenario-id";
        return std::nullopt;
    }
    if (s && !safe_file_id(s->id)) {
        error = "sessiebestand heeft een ongeldige id (alleen letters, cijfers, '-', '_' en '.')";
        return std::nullopt;
    }
    return s;
}

bool save_session(const fs::path& path, const Session& session, std::string& error) {
    return write_file_atomic(path, session_to_json(session), error);
}

namespace {
std::string quarantine_base(const std::string& name) {
    // <name>.<stamp>[-N].beschadigd must fit in a file name (255 bytes): the stamp and suffix take
    // at most 32. A longer name (no session id is that long) keeps its first bytes, cut on a
    // character boundary, plus a hash of the whole name, so the same file always gets the same name.
    constexpr std::size_t kKeep = 220, kCut = 190;
    if (name.size() <= kKeep) return name;
    std::size_t cut = kCut;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return name.substr(0, cut) + "~" + hex;
}
}  // namespace

fs::path quarantine(const fs::path& path, const fs::path& damaged_dir, std::string& error) {
    std::error_code ec;
    fs::create_directories(damaged_dir, ec);
    char stamp[32];
    std::time_t t = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&t));
    const std::string base = quarantine_base(path.filename().string());
    fs::path target = damaged_dir / (base + "." + stamp + ".beschadigd");
    for (int i = 2; fs::symlink_status(target, ec).type() != fs::file_type::not_found && i < 10000; ++i)
        target = damaged_dir / (base + "." + stamp + "-" + std::to_string(i) + ".beschadigd");
    fs::rename(path, target, ec);
    if (ec) {
        error = "kan " + path.string() + " niet apart zetten: " + ec.message();
        return {};
    }
    return target;
}

std::optional<Session> read_session(const fs::path& path, std::string& error) {
    auto bytes = read_file(path, error);
    if (!bytes) return std::nullopt;
    return session_from_json(*bytes, error);
}

LoadedSession load_session(const fs::path& path, const fs::path& damaged_dir) {
    LoadedSession out;
    out.session = read_session(path, out.error);
    if (out.session) return out;
    std::error_code ec;
    if (fs::symlink_status(path, ec).type() == fs::file_type::not_found) return out;  // nothing to keep aside
    std::string move_error;
    out.moved_to = quarantine(path, damaged_dir, move_error);
    out.error = path.filename().string() + ": " + out.error +
                (out.moved_to.empty() ? " (" + move_error + ")" : "; apart gezet als " + out.moved_to.string());
    return out;
}

SessionListing list_sessions(const DataDir& dir) {
    SessionListing listing;
    FolderListing folder = list_folder(dir.sessions(), ".json");
    for (const auto& skipped : folder.skipped) listing.problems.push_back(skipped.str());
    for (const auto& file : folder.files) {
        LoadedSession loaded = load_session(file, dir.damaged());
        if (loaded.session) listing.sessions.push_back(std::move(*loaded.session));
        else listing.problems.push_back(loaded.error);
    }
    std::sort(listing.sessions.begin(), listing.sessions.end(),
              [](const Session& a, const Session& b) { return a.updated != b.updated ? a.updated > b.updated : a.id > b.id; });
    return listing;
}

std::string new_session_id(const std::string& scenario_id) {
    char stamp[32];
    std::time_t t = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&t));
    std::random_device rd;
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "%04x", rd() & 0xffffu);
    return scenario_id + "-" + stamp + "-" + suffix;
}

Session new_session(const Scenario& sc) {
    Session s;
    s.scenario_id = sc.meta.id;
    s.scenario_version = sc.meta.version;
    s.scenario_hash = sc.content_hash;
    s.id = new_session_id(s.scenario_id);
    s.seed = std::random_device{}();
    s.created = s.updated = static_cast<std::int64_t>(std::time(nullptr));
    return s;
}

Settings load_settings(const DataDir& dir, std::string& error) {
    std::error_code ec;
    if (fs::symlink_status(dir.settings_file(), ec).type() == fs::file_type::not_found) return {};
    auto bytes = read_file(dir.settings_file(), error);  // a link loop or a FIFO is kept aside like damage
    std::optional<Settings> settings;
    if (bytes) settings = from_json<Settings>(*bytes, kSettingsRoot, error);
    if (settings) {
        if (!std::isfinite(settings->ui_scale)) settings->ui_scale = 1.0f;  // JSON may hold NaN/Infinity
        settings->ui_scale = std::clamp(settings->ui_scale, 0.75f, 2.5f);
        return *settings;
    }
    std::string move_error;
    auto moved = quarantine(dir.settings_file(), dir.damaged(), move_error);
    error = "instellingen waren beschadigd (" + error + "); standaardinstellingen gebruikt, " +
            (moved.empty() ? "oude bestand niet apart gezet: " + move_error : "oude bestand apart gezet als " + moved.string());
    return {};
}

bool save_settings(const DataDir& dir, const Settings& settings, std::string& error) {
    return write_file_atomic(dir.settings_file(), to_json(settings, kSettingsRoot), error);
}

// --- AutoSaver ----------------------------------------------------------------------------------

AutoSaver::AutoSaver() : thread_([this] { run(); }) {}

AutoSaver::~AutoSaver() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void AutoSaver::submit(const fs::path& path, Session snapshot) {
    {
        std::lock_guard lock(mutex_);
        auto same = std::find_if(pending_.begin(), pending_.end(), [&](const Job& j) { return j.path == path; });
        if (same != pending_.end()) same->session = std::move(snapshot);
        else pending_.push_back({path, std::move(snapshot)});
    }
    wake_.notify_one();
}

void AutoSaver::flush() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return pending_.empty() && !busy_; });
}

std::string AutoSaver::last_error() const {
    std::lock_guard lock(mutex_);
    return last_error_;
}

std::uint64_t AutoSaver::writes() const {
    std::lock_guard lock(mutex_);
    return writes_;
}

void AutoSaver::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stop_ || !pending_.empty(); });
        if (pending_.empty() && stop_) break;
        std::vector<Job> jobs;
        jobs.swap(pending_);
        busy_ = true;
        lock.unlock();
        std::string error;
        for (const auto& job : jobs) {
            std::string e;
            if (!save_session(job.path, job.session, e)) error = e;
        }
        lock.lock();
        busy_ = false;
        writes_ += jobs.size();
        if (!error.empty()) last_error_ = error;
        if (pending_.empty()) idle_.notify_all();
    }
    idle_.notify_all();
}

}  // namespace lwp::core

// --- Privacy: what is stored where, and deleting it (issue 5) -------------------------------------
namespace lwp::core {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Removes the regular files directly in `folder` whose name `ours` accepts; counts failures.
template <class Ours>
void remove_files(const fs::path& folder, Ours&& ours, std::string& error) {
    std::vector<fs::path> doomed;
    for (const auto& entry : folder_entries(folder)) {
        std::error_code ec;
        if (entry.is_regular_file(ec) && ours(entry.path().filename().string())) doomed.push_back(entry.path());
    }
    for (const auto& p : doomed) {
        std::error_code rec;
        fs::remove(p, rec);
        if (rec && error.empty()) error = "kan " + p.string() + " niet verwijderen: " + rec.message();
    }
}

void remove_if_empty(const fs::path& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec) && fs::is_empty(folder, ec)) fs::remove(folder, ec);
}

}  // namespace

fs::path reports_dir(const DataDir& dir) { return dir.root / "rapporten"; }

fs::path report_file(const DataDir& dir, const std::string& session_id, const std::string& extension) {
    if (!safe_file_id(session_id)) return {};  // never a path outside rapporten/ (writes refuse an empty one)
    return reports_dir(dir) / (session_id + "." + extension);
}

// --- SessionLock ---------------------------------------------------------------------------------

SessionLock::~SessionLock() { release(); }

SessionLock::SessionLock(SessionLock&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)), id_(std::move(other.id_)) {
    other.fd_ = -1;
}

SessionLock& SessionLock::operator=(SessionLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = other.fd_;
        path_ = std::move(other.path_);
        id_ = std::move(other.id_);
        other.fd_ = -1;
    }
    return *this;
}

void SessionLock::release() {
    if (fd_ >= 0) ::close(fd_);  // closing drops the flock
    fd_ = -1;
}

bool SessionLock::acquire(const DataDir& dir, const std::string& session_id, std::string& error) {
    release();
    if (!safe_file_id(session_id)) {
        error = "'" + session_id + "' is geen geldige sessie-id";
        return false;
    }
    path_ = dir.sessions() / ("." + session_id + ".lock");
    const int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = "kan de sessie niet vergrendelen (" + path_.string() + "): " + errno_text();
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int why = errno;
        ::close(fd);
        error = why == EWOULDBLOCK ? "deze sessie is elders geopend (in een ander venster of programma); sluit haar daar eerst"
                                   : "kan de sessie niet vergrendelen: " + std::string(std::strerror(why));
        return false;
    }
    fd_ = fd;
    id_ = session_id;
    for (const auto& stale : temp_files_for(dir.session_file(session_id))) {  // from a save that was killed
        std::error_code ec;
        fs::remove(stale, ec);
    }
    return true;
}

std::vector<StoredPlace> stored_data(const DataDir& dir) {
    std::vector<StoredPlace> out;
    auto folder = [&](const char* id, const fs::path& path) {
        StoredPlace p{id, path, true};
        std::error_code ec;
        p.exists = fs::is_directory(path, ec);
        for (const auto& entry : folder_entries(path)) {
            std::error_code fec;
            if (!entry.is_regular_file(fec)) continue;
            ++p.files;
            const auto size = entry.file_size(fec);
            if (!fec) p.bytes += size;
        }
        out.push_back(std::move(p));
    };
    auto file = [&](const char* id, const fs::path& path) {
        StoredPlace p{id, path, false};
        std::error_code ec;
        p.exists = fs::is_regular_file(path, ec);
        if (p.exists) {
            p.files = 1;
            const auto size = fs::file_size(path, ec);
            if (!ec) p.bytes = size;
        }
        out.push_back(std::move(p));
    };
    folder("sessies", dir.sessions());
    folder("rapporten", reports_dir(dir));
    folder("beschadigd", dir.damaged());
    file("instellingen", dir.settings_file());
    file("vensterindeling", dir.imgui_ini());
    return out;
}

bool delete_session(const DataDir& dir, const std::string& id, std::string& error) {
    if (!safe_file_id(id)) {
        error = "'" + id + "' is geen geldige sessie-id";
        return false;
    }
    std::error_code ec;
    const fs::path save = dir.session_file(id);
    const bool existed = fs::exists(save, ec);
    std::string problem;
    std::vector<fs::path> doomed = {save, report_file(dir, id, "html"), report_file(dir, id, "md"), dir.sessions() / ("." + id + ".lock")};
    for (const auto& temps : {temp_files_for(save), temp_files_for(report_file(dir, id, "html")), temp_files_for(report_file(dir, id, "md"))})
        doomed.insert(doomed.end(), temps.begin(), temps.end());
    for (const fs::path& p : doomed) {
        std::error_code rec;
        fs::remove(p, rec);
        if (rec && problem.empty()) problem = "kan " + p.string() + " niet verwijderen: " + rec.message();
    }
    // Damaged copies are named <id>.json.<stamp>.beschadigd (see quarantine()).
    const std::string prefix = id + ".json.";
    remove_files(dir.damaged(), [&](const std::string& name) { return name.rfind(prefix, 0) == 0 && ends_with(name, ".beschadigd"); }, problem);
    if (!problem.empty()) {
        error = problem;
        return false;
    }
    if (!existed) {
        error = "sessie '" + id + "' bestaat niet (meer)";
        return false;
    }
    return true;
}

bool delete_all_data(const DataDir& dir, std::string& error) {
    std::string problem;
    // Ours: saves, their temp files (.<name>.<random>.tmp, and <name>.tmp from older versions), locks.
    auto temp = [](const std::string& n) { return ends_with(n, ".tmp"); };
    remove_files(dir.sessions(), [&](const std::string& n) {
        return ends_with(n, ".json") || temp(n) || (n[0] == '.' && ends_with(n, ".lock")) || n == "overzicht.idx";  // core/store/session_index.hpp
    }, problem);
    remove_files(reports_dir(dir), [](const std::string& n) { return ends_with(n, ".html") || ends_with(n, ".md") || ends_with(n, ".tmp"); },
                 problem);
    remove_files(dir.damaged(), [](const std::string& n) { return ends_with(n, ".beschadigd"); }, problem);
    std::vector<fs::path> files = {dir.settings_file(), fs::path(dir.settings_file().string() + ".tmp"), dir.imgui_ini()};
    for (const auto& t : temp_files_for(dir.settings_file())) files.push_back(t);
    for (const fs::path& p : files) {
        std::error_code ec;
        fs::remove(p, ec);
        if (ec && problem.empty()) problem = "kan " + p.string() + " niet verwijderen: " + ec.message();
    }
    for (const fs::path& p : {dir.sessions(), reports_dir(dir), dir.damaged(), dir.root}) remove_if_empty(p);
    if (!problem.empty()) {
        error = problem;
        return false;
    }
    return true;
}

}  // namespace lwp::core
