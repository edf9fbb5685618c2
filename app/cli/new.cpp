// `new ID`: writes a starter case ID.lua that validates.
#include "cli/commands.hpp"
#include "starter.hpp"

#include <cstdio>

#include "core/store/persistence.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

int run_new(const Options& o, const fs::path&) {
    if (o.positional.size() != 1) {
        std::fprintf(stderr, "new: geef precies één id op, bijvoorbeeld: leerwerkplaats new mijn_casus\n");
        return 2;
    }
    const std::string& id = o.positional[0];
    if (id.empty() || id.size() > 80 || id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
        std::fprintf(stderr, "new: een id bestaat uit kleine letters, cijfers en _ (geen spaties of accenten)\n");
        return 2;
    }
    const fs::path file = (o.scenario_dir.empty() ? fs::path(".") : o.scenario_dir) / (id + ".lua");
    std::error_code ec;
    if (fs::exists(file, ec)) {
        std::fprintf(stderr, "new: %s bestaat al; ik overschrijf niets\n", file.c_str());
        return 1;
    }
    std::string error;
    if (!core::write_file_atomic(file, starter_scenario(id), error)) {
        std::fprintf(stderr, "new: %s\n", error.c_str());
        return 1;
    }
    std::printf("%s geschreven. Controleer met: leerwerkplaats validate %s\n", file.c_str(), file.c_str());
    return 0;
}

}  // namespace lwp::cli
