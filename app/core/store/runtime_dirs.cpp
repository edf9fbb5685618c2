#include "core/store/runtime_dirs.hpp"

namespace lwp::core {

namespace fs = std::filesystem;

RuntimeDirs find_runtime_dirs(const fs::path& exe, const fs::path& source_dir) {
    std::error_code ec;
    const fs::path share = exe.parent_path().parent_path() / "share" / "leerwerkplaats";
    if (!exe.empty() && fs::is_directory(share, ec)) return {share / "scenarios", share, true};
    if (!source_dir.empty() && fs::is_directory(source_dir / "scenarios", ec))
        return {source_dir / "scenarios", source_dir / "assets", false};
    return {share / "scenarios", share, false};
}

const RuntimeDirs& runtime_dirs() {
    static const RuntimeDirs dirs = [] {
        std::error_code ec;
        fs::path exe = fs::canonical("/proc/self/exe", ec);
        if (ec) exe.clear();
#ifdef LWP_SOURCE_DIR
        return find_runtime_dirs(exe, LWP_SOURCE_DIR);
#else
        return find_runtime_dirs(exe, {});
#endif
    }();
    return dirs;
}

fs::path asset_path(std::string_view relative) { return runtime_dirs().assets / fs::path(relative); }

fs::path font_path(std::string_view file) { return fs::path("/usr/share/fonts/truetype/dejavu") / fs::path(file); }

}  // namespace lwp::core
