#include "core/store/folder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace lwp::core {

namespace fs = std::filesystem;

std::vector<fs::directory_entry> folder_entries(const fs::path& dir) {
    std::vector<fs::directory_entry> out;
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) out.push_back(*it);
    return out;
}

FolderListing list_folder(const fs::path& dir, const std::string& extension) {
    FolderListing out;
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.skipped.push_back({dir, "map kan niet gelezen worden: " + ec.message()});
        return out;
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.extension() != extension) continue;
        std::error_code sec;
        const fs::file_status st = fs::status(p, sec);  // follows links; a loop is ELOOP here
        if (sec) out.skipped.push_back({p, "overgeslagen: " + sec.message()});
        else if (st.type() != fs::file_type::regular)
            out.skipped.push_back({p, "overgeslagen: geen gewoon bestand (een map, apparaat, pijp of socket)"});
        else out.files.push_back(p);
    }
    if (ec) out.skipped.push_back({dir, "map niet helemaal gelezen: " + ec.message()});
    std::sort(out.files.begin(), out.files.end());
    return out;
}

std::optional<std::string> read_regular_file(const fs::path& path, std::uintmax_t max_bytes, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        error = "kan " + path.string() + " niet openen: " + std::strerror(errno);
        return std::nullopt;
    }
    struct stat st {};
    std::optional<std::string> out;
    if (::fstat(fd, &st) != 0) error = "kan " + path.string() + " niet lezen: " + std::strerror(errno);
    else if (!S_ISREG(st.st_mode))
        error = path.string() + " is geen gewoon bestand (maar een map, apparaat, pijp of socket) en wordt niet gelezen";
    else if (static_cast<std::uintmax_t>(st.st_size) > max_bytes)
        error = "bestand is te groot (" + std::to_string(st.st_size) + " bytes, hooguit " + std::to_string(max_bytes) + ")";
    else {
        std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
        std::size_t done = 0;
        for (;;) {
            if (done == bytes.size()) {  // it may have grown since fstat: read on, up to the limit
                if (bytes.size() > max_bytes) break;
                bytes.resize(std::min<std::uintmax_t>(bytes.size() + 65536, max_bytes + 1));
            }
            const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                error = "lezen van " + path.string() + " mislukt: " + std::strerror(errno);
                break;
            }
            if (n == 0) {
                bytes.resize(done);
                out = std::move(bytes);
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        if (!out && error.empty())
            error = "bestand is te groot (groeide tijdens het lezen voorbij " + std::to_string(max_bytes) + " bytes)";
    }
    ::close(fd);
    return out;
}

bool plain_file_name(const std::string& name) {
    return !name.empty() && name.size() <= 255 && name != "." && name != ".." &&
           name.find('/') == std::string::npos && name.find('\0') == std::string::npos;
}

}  // namespace lwp::core
