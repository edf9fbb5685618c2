// Internal to the pattern board: its view state and what its two files share
// (pattern_board.cpp: the diagram; pattern_panel.cpp: the side panel, the sentence and the
// questions).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/fold/analysis.hpp"
#include "core/layout/pattern_layout.hpp"
#include "ui/board_fields.hpp"

namespace lwp::ui {
class App;
}

namespace lwp::ui::pattern_detail {

using core::PatternArea;

// Payloads inside this board: a factor id, dragged by its arrow handle (make an arrow) or by
// the card itself (move it to another area).
inline constexpr const char* kLinkPayload = "LWP_FACTOR_PIJL";
inline constexpr const char* kMovePayload = "LWP_FACTOR_VERPLAATS";

// What the board keeps between frames.
struct PatternUi {
    std::string selected;  // factor id shown in the side panel
    bool linking = false;  // "pijl naar…": the next card clicked becomes the arrow's target
    int new_area = 0;      // own-words form
    std::string new_text, new_person;
    bool focus_new = false;
    size_t select_new = SIZE_MAX;  // after a drop: select the factor at this index when it appears

    // Layout cache, rebuilt when the log, the width, the font or the language changes.
    std::uint64_t key = 0;
    float width = -1, font = -1;
    core::Lang lang = core::Lang::Nl;
    core::PatternGeometry geo;
    std::vector<std::string> person;  // per factor: the person's name, or ""
    std::vector<std::string> badge;   // per factor: "2 feiten" / "nog geen feit"
    std::vector<std::string> display; // per factor: the text as the card shows it (at most kCardLines lines)
    std::vector<core::ArrowCurve> curves;  // per link
    std::vector<bool> curve_ok;
    std::unordered_map<std::string, size_t> index;  // factor id -> index
};

const core::Term& area_term(PatternArea a);
struct AreaColors {
    ImU32 bg, accent;
};
AreaColors area_colors(size_t area);
// A timeline entry or fact as the evidence list shows it ("12 maart 2024: ...").
std::string evidence_text(App& app, const std::string& id);
// At most `max_bytes`, cut at a character boundary, with "…".
std::string shorten(const std::string& s, size_t max_bytes);
// Moves a factor to another area (a person who no longer fits the area goes, the text stays).
void move_factor(App& app, const core::Factor& f, PatternArea to);

// pattern_panel.cpp: the selected factor or the own-words form; the sentence and the noble
// intention; the interpretation questions.
void side_panel(App& app, PatternUi& s, const core::Pattern& pattern);
void sentence_and_intention(App& app, const core::Pattern& pattern);
void questions(App& app, const core::Pattern& pattern);

}  // namespace lwp::ui::pattern_detail
