#include "core/layout/timeline_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lwp::core {

namespace {

constexpr int kLaneCount = 4;  // core::lanes(); the Lane enum is its index

double point_start(int year, int month, int day) {
    double m = year * 12.0 + (month ? month - 1 : 0);
    if (month && day) m += (day - 1) / 31.0;
    return m;
}

// The exclusive end of the interval a point denotes: the day, the month or the whole year.
double point_end(int year, int month, int day) {
    if (!month) return (year + 1) * 12.0;
    if (!day) return year * 12.0 + month;
    return point_start(year, month, day) + 1 / 31.0;
}

int lane_index(Lane lane) { return std::clamp(static_cast<int>(lane), 0, kLaneCount - 1); }

}  // namespace

double date_start_month(const CaseDate& d) { return point_start(d.year, d.month, d.day); }

double date_end_month(const CaseDate& d) {
    if (d.is_period()) return point_end(d.end_year, d.end_month, d.end_day);
    return point_end(d.year, d.month, d.day);
}

int TimelineLayout::lane_at(float y) const {
    for (size_t i = 0; i < lane_top.size(); ++i)
        if (y >= lane_top[i] && y < lane_bottom[i]) return static_cast<int>(i);
    return -1;
}

int TimelineLayout::nearest_lane(float y) const {
    int best = -1;
    float best_d = 0;
    for (size_t i = 0; i < lane_top.size(); ++i) {
        const float d = y < lane_top[i] ? lane_top[i] - y : y >= lane_bottom[i] ? y - lane_bottom[i] : 0;
        if (best < 0 || d < best_d) best = static_cast<int>(i), best_d = d;
    }
    return best;
}

TimelineLayout layout_timeline(const std::vector<TimelineEntry>& entries, const TimelineLayoutParams& p) {
    TimelineLayout out;
    out.cards.resize(entries.size());

    // The axis starts in January of the earliest dated year, so year ticks fall on whole units.
    int first_year = std::numeric_limits<int>::max();
    double last_end = 0;
    for (const auto& e : entries)
        if (e.date.valid()) {
            first_year = std::min(first_year, e.date.year);
            last_end = std::max(last_end, date_end_month(e.date));
        }
    if (first_year == std::numeric_limits<int>::max()) {
        first_year = p.default_year;
        last_end = (p.default_year + 1) * 12.0;
    }
    out.first_month = first_year * 12;
    out.has_undated = std::any_of(entries.begin(), entries.end(), [](const TimelineEntry& e) { return !e.date.valid(); });
    out.undated_width = out.has_undated ? p.undated_width : 0.0f;

    // x extents first; rows come from a greedy sweep per lane in date order (earliest fitting row).
    for (size_t i = 0; i < entries.size(); ++i) {
        TimelineCard& c = out.cards[i];
        c.entry = i;
        c.lane = lane_index(entries[i].lane);
        c.undated = !entries[i].date.valid();
        if (c.undated) {
            c.x0 = c.span_x0 = c.span_x1 = 0;
            c.x1 = p.undated_width - p.card_gap;
        } else {
            c.span_x0 = out.month_x(date_start_month(entries[i].date), p.month_width);
            c.span_x1 = out.month_x(date_end_month(entries[i].date), p.month_width);
            c.x0 = c.span_x0;
            c.x1 = std::max(c.span_x1, c.x0 + p.card_width);
        }
    }
    std::vector<size_t> order(entries.size());
    std::iota(order.begin(), order.end(), size_t{0});
    // Stable on the entries' order, so equal dates keep the order in which they were placed.
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return out.cards[a].x0 < out.cards[b].x0; });

    out.lane_rows.assign(kLaneCount, 1);
    std::vector<std::vector<float>> row_end(kLaneCount);  // dated rows: x where each row is free again
    std::vector<int> undated_rows(kLaneCount, 0);
    for (size_t i : order) {
        TimelineCard& c = out.cards[i];
        if (c.undated) {
            c.row = undated_rows[static_cast<size_t>(c.lane)]++;
        } else {
            auto& rows = row_end[static_cast<size_t>(c.lane)];
            size_t r = 0;
            while (r < rows.size() && rows[r] + p.card_gap > c.x0) ++r;
            if (r == rows.size()) rows.push_back(0);
            rows[r] = c.x1;
            c.row = static_cast<int>(r);
        }
        int& n = out.lane_rows[static_cast<size_t>(c.lane)];
        n = std::max(n, c.row + 1);
    }

    float y = 0;
    auto card_h = [&](int lane) { return p.card_height + (lane == static_cast<int>(Lane::Help) ? p.help_extra_height : 0.0f); };
    for (int lane = 0; lane < kLaneCount; ++lane) {
        out.lane_top.push_back(y);
        y += p.lane_header + static_cast<float>(out.lane_rows[static_cast<size_t>(lane)]) * (card_h(lane) + p.row_gap);
        out.lane_bottom.push_back(y);
        y += p.lane_gap;
    }
    out.height = y - p.lane_gap;
    for (auto& c : out.cards) {
        c.y0 = out.lane_top[static_cast<size_t>(c.lane)] + p.lane_header + static_cast<float>(c.row) * (card_h(c.lane) + p.row_gap);
        c.y1 = c.y0 + card_h(c.lane);
    }

    // The axis runs to the end of the last dated month, or further if a card sticks out.
    const double axis_end = std::ceil(last_end);
    out.axis_width = out.month_x(std::max(axis_end, out.first_month + 1.0), p.month_width);
    for (const auto& c : out.cards)
        if (!c.undated) out.axis_width = std::max(out.axis_width, c.x1 + p.card_gap);
    return out;
}

float fit_month_width(const std::vector<TimelineEntry>& entries, const TimelineLayoutParams& p, float available) {
    int first_year = std::numeric_limits<int>::max();
    for (const auto& e : entries)
        if (e.date.valid()) first_year = std::min(first_year, e.date.year);
    if (first_year == std::numeric_limits<int>::max()) return p.month_width;
    const double first = first_year * 12.0;
    // Each entry needs its date's end and its card's right edge to fit: both are linear in the width.
    float best = std::numeric_limits<float>::max();
    for (const auto& e : entries) {
        if (!e.date.valid()) continue;
        const double start = date_start_month(e.date) - first, end = date_end_month(e.date) - first;
        if (end > 0) best = std::min(best, static_cast<float>(available / end));
        if (start > 0) best = std::min(best, static_cast<float>((available - p.card_width - p.card_gap) / start));
    }
    return best == std::numeric_limits<float>::max() ? p.month_width : std::max(best, 0.0f);
}

}  // namespace lwp::core
