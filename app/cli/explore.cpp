// `explore SCENARIO [--samples N | --all] [--json]`: every route, and per criterion how often it is met.
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <cstdio>
#include <string>

#include "core/assess/explorer.hpp"
#include "core/model/json_out.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

int run_explore(const Options& o, const fs::path& scenario_dir) {
    scripting::LoadedScenario loaded;
    if (!one_scenario("explore", o, scenario_dir, loaded)) return 2;
    core::ExploreOptions opt;
    if (o.samples && o.all_routes) {
        std::fprintf(stderr, "explore: kies --samples N of --all, niet allebei\n");
        return 2;
    }
    opt.samples = o.samples;
    opt.all = o.all_routes;
    opt.second_copy = copy_of(loaded);
    opt.progress = [](size_t done, size_t total) {  // progress on stderr, so --json stays clean
        if (total) std::fprintf(stderr, "\rexplore: %zu / %zu routes", done, total);
        else std::fprintf(stderr, "\rexplore: %zu routes", done);
    };
    core::ExploreReport r = core::explore(*loaded.scenario, loaded.runtime.get(), opt);
    std::fprintf(stderr, "\r");
    const double rate = r.seconds > 0 ? static_cast<double>(r.playthroughs) / r.seconds : 0;
    if (o.json) {
        core::JsonOut j;
        j.begin_object().field("scenario", loaded.scenario->meta.id).field("playthroughs", static_cast<double>(r.playthroughs));
        j.field("exhaustive", r.exhaustive).field("sampled_over_max_paths", r.over_max_paths).field("seconds", r.seconds).field("playthroughs_per_second", rate);
        j.field("cut_loops", static_cast<double>(r.cut_loops)).field("stuck", static_cast<double>(r.stuck));
        j.field("impure_routes", static_cast<double>(r.impure_routes)).begin_array("impure");
        for (const auto& f : r.impure) j.value(f);
        j.end_array();
        j.begin_array("endings");
        for (const auto& e : r.endings) j.value(e);
        j.end_array().begin_array("criteria");
        for (const auto& c : r.criteria)
            j.begin_object().field("id", c.id).field("block", c.block).field("met", static_cast<double>(c.met))
                .field("missed", static_cast<double>(c.missed)).field("not_assessed", static_cast<double>(c.not_assessed))
                .field("errors", static_cast<double>(c.errors)).field("failure", c.failure).end_object();
        j.end_array();
        for (auto [key, list] : {std::pair{"never_met", &r.never_met}, {"never_missed", &r.never_missed}, {"never_assessed", &r.never_assessed},
                                 {"broken", &r.broken}}) {
            j.begin_array(key);
            for (const auto& id : *list) j.value(id);
            j.end_array();
        }
        j.end_object();
        std::printf("%s\n", j.str().c_str());
    } else {
        std::printf("%s: %zu routes gespeeld (%s) in %.2f s, %.0f routes per seconde\n", loaded.scenario->meta.id.c_str(), r.playthroughs,
                    r.exhaustive ? "alle routes" : "steekproef", r.seconds, rate);
        // How the routes were chosen, so nobody reads a sample as the whole case.
        if (!r.exhaustive)
            std::printf("steekproef: %zu willekeurige routes (elke beschikbare keuze even waarschijnlijk, het bordwerk per route "
                        "willekeurig, vast zaad %llu, dus elke keer dezelfde)%s\n",
                        r.playthroughs, static_cast<unsigned long long>(opt.seed),
                        r.over_max_paths ? (", want de casus heeft meer dan " + std::to_string(opt.max_paths) +
                                            " routes; --all speelt ze allemaal, --samples N kiest het aantal").c_str()
                                         : ", zoals gevraagd met --samples");
        std::printf("eindes bereikt: %zu van %zu\n", r.endings.size(), loaded.scenario->endings.size());
        if (r.stuck) std::printf("LET OP: %zu routes liepen vast in een stap zonder beschikbare keuze\n", r.stuck);
        if (r.cut_loops) std::printf("LET OP: %zu routes afgebroken na %zu stappen (een lus?)\n", r.cut_loops, opt.max_steps);
        std::printf("%-28s %-26s %8s %8s %8s\n", "criterium", "bouwsteen", "behaald", "gemist", "n.b.");
        for (const auto& c : r.criteria)
            std::printf("%-28s %-26s %8zu %8zu %8zu\n", c.id.c_str(), c.block.c_str(), c.met, c.missed, c.not_assessed);
        for (const auto& c : r.criteria)
            if (c.errors) std::printf("FOUT: criterium '%s': controle kapot op %zu route(s), %s\n", c.id.c_str(), c.errors, c.failure.c_str());
        for (const auto& id : r.never_met) std::printf("WAARSCHUWING: criterium '%s' wordt op geen enkele route behaald\n", id.c_str());
        for (const auto& id : r.never_missed) std::printf("WAARSCHUWING: criterium '%s' wordt op geen enkele route gemist\n", id.c_str());
        for (const auto& id : r.never_assessed) std::printf("WAARSCHUWING: criterium '%s' is op geen enkele route te beoordelen\n", id.c_str());
        for (const auto& f : r.impure) std::printf("FOUT: niet zuiver: dezelfde route twee keer naspelen geeft iets anders: %s\n", f.c_str());
        if (r.impure_routes > r.impure.size())
            std::printf("FOUT: niet zuiver: %zu route(s) in totaal gaven de tweede keer iets anders\n", r.impure_routes);
    }
    loaded.runtime->take_errors();  // counted per criterion above; the list would only grow
    return r.never_met.empty() && r.never_missed.empty() && r.never_assessed.empty() && r.broken.empty() && r.impure_routes == 0 ? 0 : 1;
}

}  // namespace lwp::cli
