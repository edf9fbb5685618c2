// "Mijn voortgang": scores per building block across a user's sessions over time, and what to
// practise next (the scenario that trains the weakest building block).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/assess/scoring.hpp"

namespace lwp::core {

struct SessionScore {
    std::string session;
    std::string scenario;
    std::int64_t when = 0;  // last activity
    bool finished = false;
    double total = 0;       // 0..1 over what was assessed
    std::vector<BlockScore> blocks;
};

struct ChartLine;

struct Progress {
    std::vector<SessionScore> sessions;  // oldest first
    // Per building block (catalogue order): the mean of the last three assessed sessions, or -1.
    std::vector<double> recent;
    std::string weakest_block;           // lowest recent mean, "" if nothing was assessed yet
    std::string suggested_scenario;      // trains the weakest block; prefers cases not yet finished
    // The chart's lines, computed once with the rest (progress_from_scores), so the view draws a
    // frame without going through the sessions again: [0] every block together, [b + 1] block b.
    std::vector<ChartLine> lines;
    const ChartLine& line(size_t block) const;  // block: kAllBlocks or a catalogue index
};

// `catalogue` lists the available scenarios (id, building blocks) for the suggestion.
Progress compute_progress(const std::vector<Session>& sessions, const ScenarioLookup& lookup,
                          const std::vector<const Scenario*>& catalogue);
// The same from scores already computed (the session index's summaries, core/store/session_index.hpp).
Progress progress_from_scores(std::vector<SessionScore> scores, const std::vector<const Scenario*>& catalogue);

// --- the chart of "Mijn voortgang" (issue 19.6) ------------------------------------------------
// One line of the chart: a building block's score in each session that assessed it, or (block =
// kAllBlocks) each session's total. `when` is the session's last activity (Unix seconds).
inline constexpr size_t kAllBlocks = static_cast<size_t>(-1);
struct ChartPoint {
    std::int64_t when = 0;
    double value = 0;    // 0..1
    size_t session = 0;  // index in Progress::sessions
};
std::vector<ChartPoint> chart_series(const Progress& progress, size_t block);
// The mean of each point and up to `window - 1` points before it: the trend line through many sessions.
std::vector<double> running_mean(const std::vector<ChartPoint>& series, size_t window);
// The running mean's length: five sessions, more when there are many (a year of sessions).
size_t trend_window(size_t points);

// One line of the chart, ready to draw. With many sessions a dot is the mean of a run of `stride`
// consecutive sessions (at most kMaxChartDots dots), so a year of sessions costs what a few weeks
// cost and the dots stay apart.
inline constexpr size_t kMaxChartDots = 90;
struct ChartDot {
    std::int64_t when = 0;  // mean time of the run
    double value = 0;       // mean score of the run, 0..1
    ChartPoint last;        // the run's last session (what hovering the dot shows)
};
struct ChartLine {
    size_t assessed = 0;      // sessions in the series (that assessed the block)
    double recent = -1;       // the mean of the last three, -1 when none
    size_t window = 5;        // trend_window(assessed)
    std::int64_t first = 0, last = 0;  // the first and last session's time
    std::vector<ChartDot> dots;
    std::vector<ChartPoint> trend;  // the running mean at each run's first session, and at the last session
};
ChartLine chart_line(const Progress& progress, size_t block);

// Dated ticks for a time axis from `from` to `to` (Unix seconds, local calendar): whole days,
// weeks (Mondays), months or years, whichever gives at most `max_ticks` ticks inside the range;
// labels like "3 mrt" / "3 Mar", "mrt 2026" / "Mar 2026", "2026".
struct TimeTick {
    std::int64_t when = 0;
    std::string label;
};
std::vector<TimeTick> time_ticks(std::int64_t from, std::int64_t to, int max_ticks, Lang lang);

}  // namespace lwp::core
