#include "core/store/catalogue.hpp"

#include <cstdio>

#include "core/store/runtime_dirs.hpp"

namespace lwp::core {

const Messages& catalogue() {
    static const Messages loaded = [] {
        std::vector<Diagnostic> problems;
        Messages m = Messages::load_dir(asset_path("i18n"), problems);
        for (const auto& d : problems) std::fprintf(stderr, "%s\n", d.str().c_str());
        return m;
    }();
    return loaded;
}

}  // namespace lwp::core
