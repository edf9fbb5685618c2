#include "core/assess/progress.hpp"

#include <algorithm>
#include <ctime>
#include <map>

namespace lwp::core {

Progress compute_progress(const std::vector<Session>& sessions, const ScenarioLookup& lookup,
                          const std::vector<const Scenario*>& catalogue) {
    std::vector<SessionScore> scores;
    for (const auto& s : sessions) {
        const Scenario* sc = nullptr;
        ScriptHost* host = nullptr;
        if (!lookup(s.scenario_id, sc, host) || !sc) continue;
        ReplayResult r = replay(*sc, host, s);
        ScoreReport report = score(*sc, r.state, host);
        if (report.max <= 0) continue;  // nothing assessed yet: no point on the chart
        scores.push_back({s.id, s.scenario_id, s.updated, r.state.finished(), report.fraction(), std::move(report.blocks)});
    }
    return progress_from_scores(std::move(scores), catalogue);
}

Progress progress_from_scores(std::vector<SessionScore> scores, const std::vector<const Scenario*>& catalogue) {
    Progress p;
    p.sessions = std::move(scores);
    std::sort(p.sessions.begin(), p.sessions.end(), [](const SessionScore& a, const SessionScore& b) { return a.when < b.when; });

    const auto blocks = building_blocks();
    p.recent.assign(blocks.size(), -1.0);
    double lowest = 2.0;
    for (size_t b = 0; b < blocks.size(); ++b) {
        double sum = 0;
        int n = 0;
        for (auto it = p.sessions.rbegin(); it != p.sessions.rend() && n < 3; ++it)
            if (it->blocks[b].assessed()) {
                sum += it->blocks[b].fraction();
                ++n;
            }
        if (n == 0) continue;
        p.recent[b] = sum / n;
        if (p.recent[b] < lowest) {
            lowest = p.recent[b];
            p.weakest_block = std::string(blocks[b].id);
        }
    }
    p.lines.push_back(chart_line(p, kAllBlocks));
    for (size_t b = 0; b < blocks.size(); ++b) p.lines.push_back(chart_line(p, b));
    if (p.weakest_block.empty()) return p;
    // Suggest a case that trains it: not finished before first, then the fewest attempts.
    std::map<std::string, int> finished, attempts;
    for (const auto& s : p.sessions) {
        ++attempts[s.scenario];
        if (s.finished) ++finished[s.scenario];
    }
    const Scenario* best = nullptr;
    for (const Scenario* sc : catalogue) {
        const auto& bb = sc->meta.building_blocks;
        if (std::find(bb.begin(), bb.end(), p.weakest_block) == bb.end()) continue;
        auto rank = [&](const Scenario* x) { return std::pair{finished[x->meta.id], attempts[x->meta.id]}; };
        if (!best || rank(sc) < rank(best)) best = sc;
    }
    if (best) p.suggested_scenario = best->meta.id;
    return p;
}

std::vector<ChartPoint> chart_series(const Progress& p, size_t block) {
    std::vector<ChartPoint> out;
    for (size_t i = 0; i < p.sessions.size(); ++i) {
        const SessionScore& s = p.sessions[i];
        if (block == kAllBlocks) out.push_back({s.when, s.total, i});
        else if (block < s.blocks.size() && s.blocks[block].assessed()) out.push_back({s.when, s.blocks[block].fraction(), i});
    }
    return out;
}

std::vector<double> running_mean(const std::vector<ChartPoint>& series, size_t window) {
    std::vector<double> out;
    out.reserve(series.size());
    double sum = 0;
    window = std::max<size_t>(window, 1);
    for (size_t i = 0; i < series.size(); ++i) {
        sum += series[i].value;
        if (i >= window) sum -= series[i - window].value;
        out.push_back(sum / static_cast<double>(std::min(i + 1, window)));
    }
    return out;
}

size_t trend_window(size_t points) { return std::clamp<size_t>(points / 20, 5, 20); }

ChartLine chart_line(const Progress& p, size_t block) {
    ChartLine out;
    const std::vector<ChartPoint> series = chart_series(p, block);
    out.assessed = series.size();
    out.window = trend_window(series.size());
    if (series.empty()) return out;
    out.first = series.front().when, out.last = series.back().when;
    if (block == kAllBlocks) {
        const size_t n = std::min<size_t>(3, series.size());
        out.recent = 0;
        for (size_t i = series.size() - n; i < series.size(); ++i) out.recent += series[i].value / static_cast<double>(n);
    } else if (block < p.recent.size()) {
        out.recent = p.recent[block];
    }
    const size_t stride = (series.size() + kMaxChartDots - 1) / kMaxChartDots;
    const std::vector<double> mean = running_mean(series, out.window);
    for (size_t i = 0; i < series.size(); i += stride) {
        out.trend.push_back({series[i].when, mean[i], series[i].session});
        double when = 0, value = 0;
        const size_t end = std::min(series.size(), i + stride);
        for (size_t k = i; k < end; ++k) when += static_cast<double>(series[k].when), value += series[k].value;
        const double n = static_cast<double>(end - i);
        out.dots.push_back({static_cast<std::int64_t>(when / n), value / n, series[end - 1]});
    }
    if (stride > 1) out.trend.push_back({series.back().when, mean.back(), series.back().session});
    return out;
}

const ChartLine& Progress::line(size_t block) const {
    static const ChartLine kNone;
    const size_t i = block == kAllBlocks ? 0 : block + 1;
    return i < lines.size() ? lines[i] : kNone;
}

namespace {
const char* const kMonthsNl[] = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
const char* const kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::tm local(std::int64_t t) {
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm out{};
    localtime_r(&tt, &out);
    return out;
}
std::int64_t make(std::tm t) {
    t.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&t));
}
}  // namespace

std::vector<TimeTick> time_ticks(std::int64_t from, std::int64_t to, int max_ticks, Lang lang) {
    std::vector<TimeTick> out;
    if (to < from || max_ticks < 1) return out;
    const char* const* months = lang == Lang::En ? kMonthsEn : kMonthsNl;
    enum class Unit { Day, Week, Month, Quarter, Year };
    // The first tick at or after `from`, and the next one after a tick, in the local calendar.
    auto first = [&](Unit u) {
        std::tm t = local(from);
        t.tm_hour = t.tm_min = t.tm_sec = 0;
        if (u == Unit::Week) t.tm_mday -= (t.tm_wday + 6) % 7;  // back to Monday
        if (u == Unit::Month || u == Unit::Quarter || u == Unit::Year) t.tm_mday = 1;
        if (u == Unit::Quarter) t.tm_mon -= t.tm_mon % 3;
        if (u == Unit::Year) t.tm_mon = 0;
        std::tm start = t;
        while (make(start) < from) {
            if (u == Unit::Day) ++start.tm_mday;
            else if (u == Unit::Week) start.tm_mday += 7;
            else if (u == Unit::Month) ++start.tm_mon;
            else if (u == Unit::Quarter) start.tm_mon += 3;
            else ++start.tm_year;
            start = local(make(start));
            start.tm_hour = start.tm_min = start.tm_sec = 0;
        }
        return start;
    };
    auto next = [](std::tm t, Unit u) {
        if (u == Unit::Day) ++t.tm_mday;
        else if (u == Unit::Week) t.tm_mday += 7;
        else if (u == Unit::Month) ++t.tm_mon;
        else if (u == Unit::Quarter) t.tm_mon += 3;
        else ++t.tm_year;
        std::tm n = local(make(t));
        n.tm_hour = n.tm_min = n.tm_sec = 0;
        return n;
    };
    // The longest a unit can be (a day of 25 hours when the clock changes, a month of 31 days):
    // a unit with more than max_ticks of those in the range has too many ticks, and is skipped
    // without walking the calendar (mktime) tick by tick (a year of sessions: days and weeks).
    auto longest = [](Unit u) -> std::int64_t {
        constexpr std::int64_t day = 25 * 3600;
        return u == Unit::Day ? day : u == Unit::Week ? 7 * day : u == Unit::Month ? 31 * day : u == Unit::Quarter ? 92 * day : 366 * day;
    };
    for (Unit u : {Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year}) {
        if ((to - from) / longest(u) > max_ticks + 1) continue;
        std::vector<TimeTick> ticks;
        for (std::tm t = first(u); make(t) <= to && static_cast<int>(ticks.size()) <= max_ticks; t = next(t, u)) {
            std::string label;
            if (u == Unit::Day || u == Unit::Week) label = std::to_string(t.tm_mday) + " " + months[t.tm_mon];
            else if (u == Unit::Year) label = std::to_string(1900 + t.tm_year);
            else label = std::string(months[t.tm_mon]) + " " + std::to_string(1900 + t.tm_year);
            ticks.push_back({make(t), std::move(label)});
        }
        if (static_cast<int>(ticks.size()) <= max_ticks) return ticks;
    }
    return out;  // over max_ticks years: no ticks
}

}  // namespace lwp::core
