// Internal to the timeline board: its view state and the helpers its two files share
// (timeline_board.cpp: the canvas and the toolbar; timeline_panel.cpp: the panel beside it).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/scenario.hpp"
#include "core/fold/session.hpp"
#include "core/layout/timeline_layout.hpp"
#include "ui/theme.hpp"

namespace lwp::ui {
class App;
}

namespace lwp::ui::timeline_detail {

constexpr float kMinZoom = 0.04f, kMaxZoom = 12.0f;  // month width in font sizes

struct TimelineView {
    float zoom = 1.0f;        // month width = zoom * font size
    bool fit_request = true;  // "alles in beeld" on the next canvas frame
    bool auto_fit = true;     // keep everything in view (as entries come and the window changes) until the user zooms
    std::uint64_t fit_key = 0;
    bool compact = false;     // one-line cards: more of a long timeline at once
    bool panel = true;        // the editing panel beside the canvas (hidden: the timeline gets the width)
    bool panel_chosen = false;  // the user (or a selection) decided; until then it follows the width
    float zoom_request = 0;   // +/- buttons: factor applied around the visible centre
    std::string selected;
    bool show_selected = false;  // scroll the panel to the selected entry once
    bool show_own = false;       // ... or to the own-entry form
    std::string flash;           // just placed: highlighted and scrolled into view
    double flash_until = 0;
    bool scroll_to_flash = false;
    // A fact placed while a frame was drawn: the App performs the action after the frame, so its
    // entry is flashed when it appears, at the start of the next frame (TimelineBoard::draw_content).
    std::string flash_fact;
    std::size_t own_added_after = 0;  // an own entry was asked for: the entry count before it, plus 1
    std::string date_error;
    std::string own_text, own_date, own_agency, own_result, own_error;
    int own_lane = 0;
    // The layout depends only on the entries' ids, dates and lanes, the zoom and the font size.
    std::uint64_t layout_key = 0;
    core::TimelineLayout layout;
    // Discovered facts not yet placed, in date order: keyed by the facts and the entries' facts.
    std::uint64_t unplaced_key = 0;
    std::vector<const core::Fact*> unplaced;
};

constexpr ImU32 kMarkFirst = colors::Accent;
constexpr ImU32 kMarkLatest = IM_COL32(106, 27, 154, 255);
constexpr ImU32 kMarkWorst = colors::Bad;

std::uint64_t fnv(std::uint64_t h, const void* data, size_t n);
std::uint64_t layout_key(const core::Timeline& tl, const core::TimelineLayoutParams& p);
const char* lane_name(size_t lane);
ImU32 lane_color(int lane);
ImU32 with_alpha(ImU32 c, int alpha);
const char* short_month(int month);
void short_date(const core::CaseDate& d, char* out, size_t n);
const core::Fact* fact_of(const core::Scenario& sc, const core::TimelineEntry& e);
const std::string& entry_text(const core::Scenario& sc, const core::TimelineEntry& e);
const std::string& entry_result(const core::Scenario& sc, const core::TimelineEntry& e);
// "Personen: Sanne, Milan" for an entry about those persons (the card tooltip and the panel).
std::string persons_line(const core::Scenario& sc, const core::TimelineEntry& e);
void select_entry(TimelineView& v, const std::string& id);
void flash_entry(TimelineView& v, const std::string& id);
// Draws [b, e) on one line, cut with "…" when wider than max_w; returns the width drawn.
float text_ellipsis(ImDrawList* dl, ImVec2 pos, float max_w, ImU32 col, const char* b, const char* e = nullptr);
// Up to two lines: word-wrapped, the second cut with "…"; the first starts `first_indent` in (a date).
void text_two_lines(ImDrawList* dl, ImVec2 pos, float first_indent, float width, float line_h, ImU32 col, const std::string& text);
int default_year(const core::Scenario& sc, const core::SessionState& st);
void place_fact(App& app, TimelineView& v, const std::string& fact, int lane);
// Flashes the entry of the fact place_fact placed, once it is on the timeline `tl`.
void flash_placed_fact(TimelineView& v, const core::Timeline& tl);
// Flashes the own entry the panel's form added and empties the form, once it is on `tl`.
void finish_own_entry(TimelineView& v, const core::Timeline& tl);
const std::vector<const core::Fact*>& unplaced_facts(TimelineView& v, const core::Scenario& sc, const core::SessionState& st);

// The panel beside the canvas (timeline_panel.cpp).
void panel(App& app, TimelineView& v, ImVec2 size);

}  // namespace lwp::ui::timeline_detail
