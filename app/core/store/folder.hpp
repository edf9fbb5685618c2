// Reading folders that anyone may have written to (sessies/, the scenario folder, a workshop's
// folder of sessions): never throws, never follows a link into a loop, and says what it skipped.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lwp::core {

struct FolderListing {
    struct Skipped {
        std::filesystem::path path;
        std::string reason;
        std::string str() const { return path.string() + ": " + reason; }
    };
    std::vector<std::filesystem::path> files;  // regular files (links to one included), sorted by name
    std::vector<Skipped> skipped;              // entries with the extension that cannot be used, and why
};

// Entries of `dir` (not recursive) whose name ends in `extension` (".json", ".lua"). An entry that
// is not a regular file — a folder, a device, a FIFO, a socket, a dangling link or a link loop —
// is listed under problems with the reason; so is a folder that cannot be read.
FolderListing list_folder(const std::filesystem::path& dir, const std::string& extension);

// Every entry of `dir` (any type, not recursive), for the privacy view and deleting; errors end
// the listing quietly (what was seen is returned).
std::vector<std::filesystem::directory_entry> folder_entries(const std::filesystem::path& dir);

// True when `name` is one plain file name: not empty, not "." or "..", no '/' and no NUL, at most
// 255 bytes. A path built as folder / name then stays inside folder.
bool plain_file_name(const std::string& name);

// Reads a whole regular file of at most `max_bytes`. Opened without blocking and checked with
// fstat on the open descriptor, so a FIFO, a device (/dev/zero), a folder or a file that grows
// past the limit while it is read is refused with a reason instead of hanging or filling memory.
std::optional<std::string> read_regular_file(const std::filesystem::path& path, std::uintmax_t max_bytes, std::string& error);

}  // namespace lwp::core
