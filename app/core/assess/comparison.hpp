// The trainee's artefacts beside the expert reference, item by item: found, missed, misplaced
// (there, but in the wrong place or judged differently) or extra. Feeds the debrief and the
// "vergelijking" criterion check.
#pragma once

#include <string>
#include <vector>

#include "core/fold/session.hpp"
#include "core/model/messages.hpp"

namespace lwp::core {

enum class Match { Found, Missed, Misplaced, Extra };
const char* match_id(Match m);  // "gevonden", "gemist", "verkeerd", "extra"

struct ComparisonRow {
    std::string board;    // boards() id
    Match match = Match::Found;
    // In words, in any language (phrase_text, core/store/catalogue.hpp); .nl() is the Dutch.
    Phrase expert;   // the expert's item (empty for extra)
    Phrase trainee;  // the trainee's item (empty for missed)
    Phrase note;     // why misplaced, e.g. "in ‘Gedrag ouder’ in plaats van ‘Ontwikkeling ouder’"
};

// A mark on the timeline (the aanleiding's "eerste", "laatste", "ergste") in the reader's words.
Phrase mark_name(const std::string& mark);

std::vector<ComparisonRow> compare_artefacts(const Scenario& scenario, const SessionState& state);

// Share of the expert's items on `board` the trainee found (misplaced counts half); 0..1, or -1
// when the reference has nothing for that board.
double comparison_score(const std::vector<ComparisonRow>& rows, const std::string& board);

}  // namespace lwp::core
