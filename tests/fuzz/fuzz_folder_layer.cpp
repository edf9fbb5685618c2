// libFuzzer target: the folder layer (issue 27). The input is a little program that builds a tree
// of files, links, FIFOs, folders and names in sessies/, scenarios/ and the data folder's own
// files; then the program does what a start does (settings, the session list with quarantine,
// the privacy view, the scenario library) and deletes one session and then everything. Nothing
// may throw, crash or hang; damaged files must end up in beschadigd/ or be reported; links are
// never followed out of the tree (targets are names inside it). Run with `make fuzz`.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/store/folder.hpp"
#include "core/store/persistence.hpp"
#include "scripting/loader.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

struct Input {
    const std::uint8_t* data;
    std::size_t size, at = 0;
    std::uint8_t byte() { return at < size ? data[at++] : 0; }
    bool done() const { return at >= size; }
};

// A name from a small alphabet, sometimes very long, with one of the extensions that matter.
std::string name(Input& in) {
    static const char* kExt[] = {".json", ".lua", ".json.tmp", ".beschadigd", "", ".lock"};
    static const char kChars[] = "ab-_.0~ é";
    const std::uint8_t len_code = in.byte();
    std::size_t len = len_code < 240 ? 1 + len_code % 12 : 200 + (len_code - 240) * 4;  // up to 260
    std::string n;
    for (std::size_t i = 0; i < len; ++i) n += kChars[in.byte() % (sizeof kChars - 1)];
    n += kExt[in.byte() % 6];
    if (n.size() > 255) n.resize(255);
    if (n == "." || n == "..") n = "x";
    return n;
}

std::string content(Input& in) {
    static const char* kSamples[] = {
        "",
        "{ kapot",
        "{\"leerwerkplaats_sessie\":{\"cereal_class_version\":1,\"id\":\"s\",\"scenario_id\":\"lus\",\"scenario_version\":\"1\","
        "\"scenario_hash\":\"\",\"seed\":1,\"created\":0,\"updated\":0,\"actions\":[],\"forks\":[]}}",
        "{\"leerwerkplaats_instellingen\":{\"cereal_class_version\":1,\"language\":\"en\",\"ui_scale\":1.5,\"last_session\":\"s\"}}",
        "scenario { id = \"lus\", titel = \"L\", samenvatting = \"S\", versie = \"1\", start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\nstap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n",
        "error('x.lua:99999999999999999999: boem', 0)",
    };
    std::string c = kSamples[in.byte() % 6];
    for (std::uint8_t n = in.byte() % 8; n > 0; --n) c += static_cast<char>(in.byte());  // a damaged tail
    return c;
}

// Writes a file the way the harness means it: never through a link and never blocking on a FIFO an
// earlier step put at the same name (a blocking open of a FIFO without a reader hangs the harness,
// not the program under test; that was CI's timeout of stop 29).
void write_file(const fs::path& p, const std::string& text) {
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        for (std::size_t done = 0; done < text.size();) {
            const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
    }
    ::close(fd);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    char tmpl[] = "/tmp/lwp-fuzz-folder-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) return 0;
    const fs::path root = tmpl;
    const core::DataDir dir{root / "data"};
    const fs::path scenarios = root / "scenarios";
    std::error_code ec;
    std::string error;
    dir.ensure(error);
    fs::create_directories(scenarios, ec);
    const fs::path folders[] = {dir.sessions(), scenarios, dir.root, dir.damaged()};

    Input in{data, size};
    for (int ops = 0; ops < 24 && !in.done(); ++ops) {
        const fs::path& where = folders[in.byte() % 4];
        const std::uint8_t kind = in.byte() % 6;
        const std::string n = kind == 5 ? std::string("instellingen.json") : name(in);
        const fs::path p = (kind == 5 ? dir.root : where) / n;
        switch (kind) {
            case 0:
            case 1: {
                write_file(p, content(in));
                break;
            }
            case 2: {  // a link to a name in the tree: itself (a loop), another entry, a folder, nothing
                static const char* kTargets[] = {"", "../sessies", "..", "nergens.json", "../scenarios/x.lua"};
                const std::uint8_t t = in.byte() % 6;
                const std::string target = t == 0 ? n : t == 5 ? name(in) : kTargets[t];
                fs::create_symlink(target.empty() ? n : target, p, ec);
                break;
            }
            case 3: ::mkfifo(p.c_str(), 0644); break;
            case 4: fs::create_directory(p, ec); break;
            case 5: {  // instellingen.json as a link loop, a folder or a damaged file
                const std::uint8_t t = in.byte() % 3;
                if (t == 0) fs::create_symlink(n, p, ec);
                else if (t == 1) fs::create_directory(p, ec);
                else write_file(p, content(in));
                break;
            }
        }
    }

    // What a start does, then deleting.
    core::load_settings(dir, error);
    const core::SessionListing listing = core::list_sessions(dir);
    for (const auto& problem : listing.problems)
        if (problem.empty()) __builtin_trap();  // every problem says what it is
    core::stored_data(dir);
    scripting::SandboxLimits limits;
    limits.cpu_ms_per_call = 200;
    for (const auto& s : scripting::load_library(scenarios, limits))
        if (!s.ok() && s.diagnostics.empty()) __builtin_trap();  // a red card always says why
    core::delete_session(dir, listing.sessions.empty() ? "s" : listing.sessions.front().id, error);
    core::delete_all_data(dir, error);
    fs::remove_all(root, ec);
    return 0;
}
