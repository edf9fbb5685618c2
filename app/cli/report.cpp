// `report SESSION --html OUT [--markdown OUT] [--no-reflections] [--compare DIR]`: a report for supervision.
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <cstdio>

#include "core/assess/scoring.hpp"
#include "core/report/report.hpp"
#include "core/store/persistence.hpp"
#include "core/store/workshop_compare.hpp"
#include "ui/methodewijzer_data.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

int run_report(const Options& o, const fs::path& scenario_dir) {
    auto fail = [](int code, const std::string& msg) {
        std::fprintf(stderr, "report: %s\n", msg.c_str());
        return code;
    };
    if (o.positional.size() != 1) return fail(2, "geef precies één sessie op (id of pad naar een sessiebestand)");
    if (o.html_out.empty() && o.markdown_out.empty()) return fail(2, "geef --html UIT en/of --markdown UIT op");
    if (o.html_out == "-" && o.markdown_out == "-") return fail(2, "maar één van --html en --markdown kan naar stdout (-)");
    // A path to a session file, or an id in the data dir. Read only: a damaged file stays where it is.
    const std::string& which = o.positional[0];
    std::error_code ec;
    fs::path file = which;
    if (!fs::is_regular_file(file, ec)) {
        const core::DataDir data = data_dir_of(o);
        file = data.session_file(which);
        if (which.find('/') != std::string::npos || !fs::is_regular_file(file, ec))
            return fail(2, "sessie '" + which + "' niet gevonden (geen bestand, en niet in " + data.sessions().string() + ")");
    }
    std::string error;
    const std::optional<core::Session> session = core::read_session(file, error);
    if (!session) return fail(2, file.string() + ": " + error);
    std::string problem;
    scripting::LoadedScenario loaded = find_scenario(session->scenario_id, scenario_dir, problem);
    if (!loaded.ok()) return fail(2, problem);
    if (session->scenario_hash != 0 && session->scenario_hash != loaded.scenario->content_hash)
        std::fprintf(stderr, "report: let op: %s is veranderd sinds deze sessie (andere inhoud dan toen; versie nu %s, toen %s); "
                             "het log wordt op id's naar de huidige versie gelezen\n",
                     loaded.file.c_str(), loaded.scenario->meta.version.c_str(), session->scenario_version.c_str());
    core::ReportOptions opt;
    opt.include_reflections = !o.no_reflections;
    if (!o.compare_dir.empty()) {
        std::vector<std::string> problems;
        opt.compare = core::compare_session_dir(*loaded.scenario, loaded.runtime.get(), o.compare_dir, session->id, problems);
        for (const auto& p : problems) std::fprintf(stderr, "report: %s\n", p.c_str());
        if (opt.compare.empty()) return fail(2, "geen sessies van casus '" + session->scenario_id + "' in " + o.compare_dir);
    }
    opt.lang = o.lang.empty() ? core::Lang::Nl : core::lang_from_code(o.lang);
    if (const auto& guide = ui::methodewijzer(opt.lang).guide; !guide.empty()) opt.guide = &guide;
    const core::Reports reports = core::make_reports(*loaded.scenario, loaded.runtime.get(), *session, opt);
    for (const auto& e : loaded.runtime->take_errors()) std::fprintf(stderr, "report: %s\n", e.c_str());
    int code = 0;
    {
        const core::ReplayResult replayed = core::replay(*loaded.scenario, loaded.runtime.get(), session->actions);
        if (broken_checks_to_stderr("report", loaded, core::score(*loaded.scenario, replayed.state, loaded.runtime.get())) > 0) code = 1;
        loaded.runtime->take_errors();
    }
    if (!reports.problem.empty()) {
        std::fprintf(stderr, "report: het log past niet helemaal meer bij de casus: %s\n", reports.problem.c_str());
        code = 1;
    }
    if (!o.html_out.empty() && !write_output("report", o.html_out, reports.html)) code = 1;
    if (!o.markdown_out.empty() && !write_output("report", o.markdown_out, reports.markdown)) code = 1;
    return code;
}

}  // namespace lwp::cli
