// `map SCENARIO [--svg OUT] [--lang en]`: the story map of a case (issue 20). Without --svg it prints the
// map as text; exit 1 when a step is unreachable or a dead end.
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <cstdio>

#include "core/model/story_map.hpp"
#include "core/store/persistence.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

int run_map(const Options& o, const fs::path& scenario_dir) {
    scripting::LoadedScenario loaded;
    if (!one_scenario("map", o, scenario_dir, loaded, "leerwerkplaats map piet --svg piet.svg")) return 2;
    const core::Lang lang = o.lang == "en" ? core::Lang::En : core::Lang::Nl;
    const core::StoryMap map = core::story_map(*loaded.scenario);
    int code = map.unreachable() || map.dead_ends() || !map.missing_targets.empty() ? 1 : 0;
    if (o.svg_out.empty() || o.svg_out != "-") std::fputs(core::story_map_text(map, lang).c_str(), stdout);
    if (!o.svg_out.empty()) {
        const std::string svg = core::story_map_svg(map, *loaded.scenario, lang);
        if (!write_output("map", o.svg_out, svg)) return 1;
    }
    return code;
}

}  // namespace lwp::cli
