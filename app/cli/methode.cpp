// `methode --anchors [--json]`: the Methodewijzer's anchors with their titles, for case authors.
#include "cli/commands.hpp"

#include <cstdio>
#include <string>

#include "core/model/json_out.hpp"
#include "ui/methodewijzer_data.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

int run_methode(const Options& o, const fs::path&) {
    if (!o.anchors || !o.positional.empty()) {
        std::fprintf(stderr, "gebruik: leerwerkplaats methode --anchors [--json] [--lang en]\n");
        return 2;
    }
    const auto& loaded = ui::methodewijzer(o.lang == "en" ? core::Lang::En : core::Lang::Nl);
    for (const auto& d : loaded.problems) std::fprintf(stderr, "%s\n", d.str().c_str());
    if (loaded.guide.empty()) return 1;
    if (o.json) {
        core::JsonOut json;
        json.begin_object().field("file", loaded.guide.file).begin_array("anchors");
        for (const auto& s : loaded.guide.sections)
            json.begin_object().field("anchor", s.anchor).field("title", s.title).field("level", static_cast<double>(s.level)).end_object();
        json.end_array().end_object();
        std::printf("%s\n", json.str().c_str());
    } else {
        for (const auto& s : loaded.guide.sections)
            std::printf("%-52s %s%s\n", s.anchor.c_str(), std::string(static_cast<std::size_t>(2 * (s.level - 1)), ' ').c_str(), s.title.c_str());
    }
    return 0;
}

}  // namespace lwp::cli
