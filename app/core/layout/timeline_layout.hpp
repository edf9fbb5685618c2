// Where the cards of the timeline board go (bouwsteen.tijdlijn): a chronological x axis in months,
// one horizontal lane per core::lanes() entry, cards stacked in rows inside a lane so they never
// overlap, and undated entries in a column of their own. UI-free: the board scales and scrolls
// the result; tests check ordering, overlap, periods and the undated column.
#pragma once

#include <cstddef>
#include <vector>

#include "core/fold/analysis.hpp"

namespace lwp::core {

struct TimelineLayoutParams {
    float month_width = 20.0f;     // the zoom: units per month on the x axis
    float card_width = 200.0f;     // a card is at least this wide (text needs room at any zoom)
    float card_height = 52.0f;
    float help_extra_height = 0.0f;  // help cards carry one more line: the agency, then "→ result"
    float row_gap = 8.0f;          // between stacked rows inside a lane
    float card_gap = 10.0f;        // between cards that share a row
    float lane_header = 26.0f;     // room for the lane's label above its first row
    float lane_gap = 6.0f;         // between lanes
    float undated_width = 230.0f;  // the "zonder datum" column, present only when needed
    int default_year = 2024;       // where the axis starts when nothing is dated
};

struct TimelineCard {
    size_t entry = 0;      // index into the entries that were laid out
    int lane = 0;
    int row = 0;           // stacking row inside the lane, 0 = top
    bool undated = false;  // true: x is relative to the undated column, not to the time axis
    float x0 = 0, x1 = 0;  // the card
    float y0 = 0, y1 = 0;  // relative to the top of the lanes area
    float span_x0 = 0, span_x1 = 0;  // what the date denotes: its year, month or day, or the period
};

struct TimelineLayout {
    std::vector<TimelineCard> cards;  // one per entry, in the entries' order
    std::vector<int> lane_rows;       // rows per lane, at least 1
    std::vector<float> lane_top;      // y of each lane (its header starts here)
    std::vector<float> lane_bottom;
    int first_month = 0;   // absolute month (year * 12 + month - 1) at x = 0 of the time axis
    float axis_width = 0;  // width of the time axis: every date and every card fits
    float height = 0;      // of all lanes together
    bool has_undated = false;
    float undated_width = 0;  // 0 when there is no undated entry

    // x on the time axis of the start of an absolute month (may be fractional).
    float month_x(double absolute_month, float month_width) const {
        return static_cast<float>((absolute_month - first_month) * month_width);
    }
    // The lane under y (relative to the lanes area), or -1 when y is above or below every lane.
    int lane_at(float y) const;
    // The lane under y, or the closest one in a gap, above or below (a drop always lands somewhere).
    int nearest_lane(float y) const;
};

// The absolute month where a date's point or period starts and ends (fractional for days).
// A month-precision point covers its whole month; a year-precision point its whole year.
double date_start_month(const CaseDate& date);
double date_end_month(const CaseDate& date);

TimelineLayout layout_timeline(const std::vector<TimelineEntry>& entries, const TimelineLayoutParams& params);

// The month width that shows the whole dated span in `available` units (cards included).
float fit_month_width(const std::vector<TimelineEntry>& entries, const TimelineLayoutParams& params, float available);

}  // namespace lwp::core
