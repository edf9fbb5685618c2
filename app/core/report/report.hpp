// Reports a trainee can take to supervision (issue 5): one session as a self-contained HTML page
// (inline CSS with a print layout, inline SVG drawings of the timeline, genogram and pattern, no
// scripts, no external resources) and as Markdown. The same log always gives the same bytes: the
// report shows the session's own times, never the time it was made.
#pragma once

#include <cstdint>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "core/assess/comparison.hpp"
#include "core/model/methodewijzer.hpp"
#include "core/assess/scoring.hpp"
#include "core/fold/session.hpp"
#include "core/store/workshop_compare.hpp"
#include "core/model/escape.hpp"

namespace lwp::core {

struct ReportOptions {
    bool include_reflections = true;  // the trainee decides whether the supervisor sees them
    Lang lang = Lang::Nl;
    std::string notice;  // shown at the top, e.g. that part of the log no longer fits the scenario
    // Workshop report (issue 6.5): participants' own sessions of the same case, shown per decision
    // and per building block beside the group's (compare_sessions in core/store/workshop_compare.hpp).
    std::vector<SessionColumn> compare;
    // The Methodewijzer in the report's language: citations show its section titles and the cited
    // sections are appended. Without it the citations are left out.
    const Methodewijzer* guide = nullptr;
};

std::string report_html(const Scenario& scenario, const Session& session, const SessionState& state, const ScoreReport& score,
                        const std::vector<ComparisonRow>& comparison, ReportOptions options = {});
std::string report_markdown(const Scenario& scenario, const Session& session, const SessionState& state,
                            const ScoreReport& score, const std::vector<ComparisonRow>& comparison, ReportOptions options = {});

// Replays a saved session, scores it and compares it with the expert, then renders both reports.
// `problem` is set when part of the log no longer fits the scenario (the report then shows what
// applied, and says so).
struct Reports {
    std::string html, markdown;
    std::string problem;
};
Reports make_reports(const Scenario& scenario, ScriptHost* host, const Session& session, ReportOptions options = {});

// The drawings on their own (an <svg> element each, "" when there is nothing to draw).
std::string timeline_svg(const Scenario& scenario, const SessionState& state, Lang lang);
std::string genogram_svg(const Scenario& scenario, const SessionState& state, Lang lang);
std::string pattern_svg(const Scenario& scenario, const SessionState& state, Lang lang);


// An evidence line in `lang`: its catalogue message with the arguments in that language, or its
// text as written when it has no message (a case script's own evidence).
std::string evidence_text(const Evidence& evidence, Lang lang);
// A ledger entry's note (why not assessed, why broken) in `lang`.
std::string entry_note(const LedgerEntry& entry, Lang lang);

// "2024-03-05 14:07 UTC" (UTC, so the report does not depend on where it was made); "" for 0.
std::string report_time(std::int64_t unix_seconds);

}  // namespace lwp::core
