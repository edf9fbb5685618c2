// Citations in reports (issue 16): a criterion's or a choice's `bron` anchors rendered as the
// Methodewijzer's section titles, and an appendix with the text of every cited section, so the
// report stays readable on its own (no link leaves the page).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/model/methodewijzer.hpp"
#include "core/assess/scoring.hpp"
#include "core/fold/session.hpp"

namespace lwp::core {

// The anchors the report cites, in order of first use: the feedback of the choices made, then the
// criteria of the ledger the report shows (`shown`: a report of an unfinished session leaves out
// the criteria the route has not decided yet, and so their sections too: no spoilers).
std::vector<std::string> cited_anchors(const Scenario& scenario, const SessionState& state, const ScoreReport& score,
                                       const std::function<bool(const LedgerEntry&)>& shown);

// "Directe veiligheid › De ondergrens": a sub-section with the title of the section above it.
std::string full_title(const Methodewijzer& guide, const std::string& anchor);

// One line naming the sources, "" when there are none (or no guide): HTML links to the appendix,
// Markdown the titles with the appendix's numbers.
std::string citation_html(const std::vector<std::string>& anchors, const Methodewijzer* guide, Lang lang);
std::string citation_markdown(const std::vector<std::string>& anchors, const Methodewijzer* guide, Lang lang);

// The appendix: every cited section (with its sub-sections) in the guide's order. "" when nothing
// is cited.
std::string appendix_html(const std::vector<std::string>& anchors, const Methodewijzer* guide, Lang lang);
std::string appendix_markdown(const std::vector<std::string>& anchors, const Methodewijzer* guide, Lang lang);

}  // namespace lwp::core
