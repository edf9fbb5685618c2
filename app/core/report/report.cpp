// The report, part 5: from a saved session to both reports (the report's files: core/report/report_detail.hpp).
#include "core/report/report_detail.hpp"

namespace lwp::core {

using namespace report_detail;

// ---------------------------------------------------------------------------------------------
// 6. From a saved session
// ---------------------------------------------------------------------------------------------

Reports make_reports(const Scenario& sc, ScriptHost* host, const Session& session, ReportOptions opt) {
    Reports out;
    const ReplayResult replayed = replay(sc, host, session);
    out.problem = replayed.problem;
    if (!out.problem.empty() && opt.notice.empty())
        opt.notice = std::string(Words{opt.lang}("report.log_no_longer_fits")) + out.problem;
    // Evidence points into the log: report on the part that applied.
    Session applied = session;
    applied.actions.resize(std::min(applied.actions.size(), replayed.applied));
    const ScoreReport score = core::score(sc, replayed.state, host);
    const std::vector<ComparisonRow> comparison = compare_artefacts(sc, replayed.state);
    out.html = report_html(sc, applied, replayed.state, score, comparison, opt);
    out.markdown = report_markdown(sc, applied, replayed.state, score, comparison, opt);
    return out;
}


}  // namespace lwp::core
