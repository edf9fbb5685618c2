// The trainee's artefacts beside the expert reference, item by item: found, missed, misplaced
// (there, but in the wrong place or judged differently) or extra. Feeds the debrief and the
// "vergelijking" criterion check.
#pragma once

#include <string>
#include <vector>

#include "core/fold/session.hpp"

namespace lwp::core {

enum class Match { Found, Missed, Misplaced, Extra };
const char* match_id(Match m);  // "gevonden", "gemist", "verkeerd", "extra"

struct ComparisonRow {
    std::string board;    // boards() id
    Match match = Match::Found;
    std::string expert;   // the expert's item, in words ("" for extra)
    std::string trainee;  // the trainee's item, in words ("" for missed)
    std::string note;     // why misplaced, e.g. "in 'gedrag ouder' in plaats van 'ontwikkeling ouder'"
};

std::vector<ComparisonRow> compare_artefacts(const Scenario& scenario, const SessionState& state);

// Share of the expert's items on `board` the trainee found (misplaced counts half); 0..1, or -1
// when the reference has nothing for that board.
double comparison_score(const std::vector<ComparisonRow>& rows, const std::string& board);

}  // namespace lwp::core
