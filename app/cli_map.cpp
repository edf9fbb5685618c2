// `leerwerkplaats map SCENARIO [--svg OUT] [--lang en]`: the story map of a case (issue 20). Without
// --svg it prints the map as text; exit 1 when a step is unreachable or a dead end.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli.hpp"
#include "core/store/persistence.hpp"
#include "core/model/story_map.hpp"

namespace lwp::cli {

int run_map(const Options& o, const std::filesystem::path& scenario_dir) {
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
        if (o.svg_out == "-") {
            if (std::fwrite(svg.data(), 1, svg.size(), stdout) != svg.size() || std::fflush(stdout) != 0) {
                std::fprintf(stderr, "map: schrijven naar de standaarduitvoer mislukt: %s\n", std::strerror(errno));
                return 1;
            }
        } else {
            std::string error;
            if (!core::write_file_atomic(o.svg_out, svg, error)) {
                std::fprintf(stderr, "map: %s\n", error.c_str());
                return 1;
            }
            std::fprintf(stderr, "map: %s geschreven\n", o.svg_out.c_str());
        }
    }
    return code;
}

}  // namespace lwp::cli
