// Authoring lint beyond what keeps a scenario from loading: anonymisation (cases travel between
// organisations) and completeness hints. `leerwerkplaats validate` prints these too.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/model/scenario.hpp"

namespace lwp::core {

// 9-digit number that passes the BSN eleven-test (burgerservicenummer).
bool is_bsn(const std::string& digits);

// Findings in one text: BSN, postcode + house number, phone number, e-mail address, full date of
// birth; names after a title (mevrouw, meneer, dhr., mw.) that are not a declared pseudonym.
std::vector<std::string> anonymisation_findings(const std::string& text, const std::vector<std::string>& pseudonyms);

// Calls fn(text, loc, where) for every text of a scenario a user can read (titles, narrative,
// documents, facts, choices and feedback, endings, the reference, criteria, reflection prompts,
// the dossier); `where` names the part in Dutch ("keuze 'x'"). Lint and the citation check use it.
using TextVisitor = std::function<void(const Text& text, const SourceLoc& loc, const std::string& where)>;
void for_each_text(const Scenario& scenario, const TextVisitor& fn);

// A step's options "differ a lot in length" (a lint warning: trainees then choose by length) when
// the longest Dutch text is at least kOptionLengthMaxRatio times and kOptionLengthMinGap
// characters longer than the shortest.
inline constexpr double kOptionLengthMaxRatio = 2.0;
inline constexpr std::size_t kOptionLengthMinGap = 40;

// The choices a check looks at: choosing (or not choosing) them decides the criterion.
void choices_in(const Check& check, std::set<std::string>& out);

// All lint findings for a loaded scenario, as file:line diagnostics. Anonymisation findings are
// errors; completeness hints (facts never revealed, no expert reference, no criteria) warnings.
std::vector<Diagnostic> lint(const Scenario& scenario);

}  // namespace lwp::core
