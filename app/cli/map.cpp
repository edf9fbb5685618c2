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
    if (o.positional.size() != 1) {
        std::fprintf(stderr, "map: geef precies één scenario op (id of pad), bijvoorbeeld: leerwerkplaats map piet --svg piet.svg\n");
        return 2;
    }
    std::string problem;
    scripting::LoadedScenario loaded = find_scenario(o.positional[0], scenario_dir, problem);
    if (!loaded.ok()) {
        std::fprintf(stderr, "map: %s\n", problem.c_str());
        return 2;
    }
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
