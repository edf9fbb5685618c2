#include "ui/methodewijzer_data.hpp"

#include <map>
#include <mutex>

namespace lwp::ui {

std::filesystem::path methodewijzer_dir() {
    std::error_code ec;
    // Installed next to the program (…/bin/leerwerkplaats -> …/share/leerwerkplaats/assets).
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const auto& candidate : {exe.parent_path() / "assets" / "methodewijzer",
                                      exe.parent_path().parent_path() / "share" / "leerwerkplaats" / "assets" / "methodewijzer"})
            if (std::filesystem::exists(candidate / "nl.md", ec)) return candidate;
    }
#ifdef LWP_SOURCE_DIR
    return std::filesystem::path(LWP_SOURCE_DIR) / "assets" / "methodewijzer";
#else
    return std::filesystem::path("assets") / "methodewijzer";
#endif
}

const LoadedMethodewijzer& methodewijzer(core::Lang lang, const std::filesystem::path& dir) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, core::Lang>, LoadedMethodewijzer> cache;
    const std::filesystem::path where = dir.empty() ? methodewijzer_dir() : dir;
    std::lock_guard lock(mutex);
    auto key = std::make_pair(where.string(), lang);
    auto it = cache.find(key);
    if (it == cache.end()) {
        LoadedMethodewijzer loaded;
        loaded.guide = core::load_methodewijzer(where, lang, loaded.problems);
        it = cache.emplace(key, std::move(loaded)).first;
    }
    return it->second;
}

}  // namespace lwp::ui
