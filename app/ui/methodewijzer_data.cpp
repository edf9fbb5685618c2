#include "ui/methodewijzer_data.hpp"

#include <map>
#include <mutex>

#include "core/store/runtime_dirs.hpp"

namespace lwp::ui {

std::filesystem::path methodewijzer_dir() { return core::asset_path("methodewijzer"); }

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
