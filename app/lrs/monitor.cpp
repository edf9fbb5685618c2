#include "lrs/monitor.hpp"

#include "lrs/json.hpp"


#include <algorithm>
#include <cmath>
#include <set>

#include "core/model/building_blocks.hpp"
#include "core/report/report.hpp"
#include "lrs/profile.hpp"

namespace lwp::lrs {

namespace {

using core::html_escape;

bool in_profile(const rapidjson::Value& st) {
    if (!st.IsObject() || !st.HasMember("context") || !st["context"].IsObject()) return false;
    const auto& ctx = st["context"];
    if (!ctx.HasMember("contextActivities") || !ctx["contextActivities"].IsObject()) return false;
    const auto& ca = ctx["contextActivities"];
    if (!ca.HasMember("category") || !ca["category"].IsArray()) return false;
    for (const auto& a : ca["category"].GetArray())
        if (json_string(a, {"id"}) == profile::kProfile) return true;
    return false;
}

std::string date_start(const std::string& d) { return d + "T00:00:00Z"; }

// The first moment after the day `d` (YYYY-MM-DD), as ISO text.
std::string day_after(const std::string& d) {
    int y = 0, m = 0, day = 0;
    std::sscanf(d.c_str(), "%d-%d-%d", &y, &m, &day);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int in_month = days[m - 1] + (m == 2 && leap ? 1 : 0);
    if (++day > in_month) {
        day = 1;
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00Z", y, m, day);
    return buf;
}

bool is_criterion(const Record& r) { return r.verb == profile::kPassed.id || r.verb == profile::kFailed.id; }

}  // namespace

bool valid_date(const std::string& d) {
    int y = 0, m = 0, day = 0;
    char tail = 0;
    if (d.size() != 10 || std::sscanf(d.c_str(), "%4d-%2d-%2d%c", &y, &m, &day, &tail) != 3) return false;
    return y >= 1970 && y <= 9999 && m >= 1 && m <= 12 && day >= 1 && day <= 31 && d[4] == '-' && d[7] == '-';
}

bool parse_statement_page(const std::string& body, std::vector<Record>& out, std::string& more, std::string& error) {
    rapidjson::Document doc;
    doc.Parse(body.c_str(), body.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("statements") || !doc["statements"].IsArray()) {
        error = "het LRS gaf geen geldige lijst met statements terug";
        return false;
    }
    more = json_string(doc, {"more"});
    for (const auto& st : doc["statements"].GetArray()) {
        if (!in_profile(st)) continue;
        Record r;
        r.verb = json_string(st, {"verb", "id"});
        r.actor = json_string(st, {"actor", "account", "homePage"}) + " " + json_string(st, {"actor", "account", "name"});
        r.registration = json_string(st, {"context", "registration"});
        const auto& ctx = st["context"];
        if (ctx.HasMember("extensions") && ctx["extensions"].IsObject()) {
            const auto& ext = ctx["extensions"];
            auto str = [&](const char* k) {
                auto it = ext.FindMember(k);
                return it != ext.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString()) : std::string();
            };
            r.organisation = str(profile::kExtOrganisation);
            r.team = str(profile::kExtTeam);
            r.block = str(profile::kExtBlock);
        }
        r.timestamp = json_string(st, {"timestamp"});
        if (st.HasMember("result") && st["result"].IsObject() && st["result"].HasMember("success") && st["result"]["success"].IsBool())
            r.success = st["result"]["success"].GetBool();
        out.push_back(std::move(r));
    }
    return true;
}

FetchResult fetch_records(const LrsClient& client, const Period& period, size_t max_pages) {
    FetchResult f;
    std::string next = "limit=500";
    if (!period.since.empty()) next += "&since=" + date_start(period.since);
    std::set<std::string> seen;
    while (!next.empty()) {
        if (f.pages >= max_pages || !seen.insert(next).second) {
            f.error = "het LRS blijft verwijzen naar meer pagina's (gestopt na " + std::to_string(f.pages) + ")";
            return f;
        }
        HttpResult r = client.get_statements(next);
        ++f.pages;
        if (r.kind != HttpResult::Kind::Ok) {
            f.error = r.message;
            return f;
        }
        std::string more;
        const size_t before = f.records.size();
        if (!parse_statement_page(r.body, f.records, more, f.error)) return f;
        f.statements += f.records.size() - before;
        next = more;
    }
    // The period applies to when things happened.
    const std::string from = period.since.empty() ? "" : date_start(period.since);
    const std::string to = period.until.empty() ? "" : day_after(period.until);
    std::erase_if(f.records, [&](const Record& r) {
        return (!from.empty() && r.timestamp < from) || (!to.empty() && r.timestamp >= to);
    });
    f.ok = true;
    return f;
}

Monitor build_monitor(const std::vector<Record>& records, const Period& period) {
    Monitor m;
    m.period = period;
    std::set<std::string> actors, sessions, completed;
    std::map<std::string, std::set<std::string>> month_actors;
    struct BlockSets {
        std::set<std::string> actors, sessions;
    };
    std::map<std::string, BlockRow> blocks;
    std::map<std::string, BlockSets> block_sets;
    struct GroupSets {
        std::set<std::string> actors, sessions, completed;
    };
    std::map<std::pair<std::string, std::string>, GroupRow> groups;
    std::map<std::pair<std::string, std::string>, GroupSets> group_sets;
    for (const Record& r : records) {
        const std::pair<std::string, std::string> g{r.organisation, r.team};
        GroupRow& group = groups[g];
        group.organisation = r.organisation;
        group.team = r.team;
        GroupSets& gs = group_sets[g];
        actors.insert(r.actor);
        gs.actors.insert(r.actor);
        if (!r.registration.empty()) {
            sessions.insert(r.registration);
            gs.sessions.insert(r.registration);
        }
        const std::string month = r.timestamp.substr(0, 7);
        if (month.size() == 7) month_actors[month].insert(r.actor);
        if (r.verb == profile::kCompleted.id) {
            completed.insert(r.registration);
            gs.completed.insert(r.registration);
        }
        if (!is_criterion(r) || r.block.empty()) continue;
        BlockRow& b = blocks[r.block];
        b.block = r.block;
        block_sets[r.block].actors.insert(r.actor);
        block_sets[r.block].sessions.insert(r.registration);
        for (Share* s : {&b.share, &b.months[month], &m.share, &m.months[month], &group.share, &group.blocks[r.block]}) {
            ++s->assessed;
            if (r.success) ++s->met;
        }
    }
    m.participants = static_cast<int>(actors.size());
    m.sessions = static_cast<int>(sessions.size());
    m.completed = static_cast<int>(completed.size());
    for (const auto& [month, a] : month_actors) m.month_participants[month] = static_cast<int>(a.size());
    for (auto& [id, row] : blocks) {
        row.participants = static_cast<int>(block_sets[id].actors.size());
        row.sessions = static_cast<int>(block_sets[id].sessions.size());
        m.blocks.push_back(row);
    }
    auto catalogue_index = [](const std::string& id) {
        const auto all = core::building_blocks();
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].id == id) return i;
        return all.size();
    };
    std::sort(m.blocks.begin(), m.blocks.end(), [&](const BlockRow& a, const BlockRow& b) {
        if (a.share.value() != b.share.value()) return a.share.value() < b.share.value();
        return catalogue_index(a.block) != catalogue_index(b.block) ? catalogue_index(a.block) < catalogue_index(b.block) : a.block < b.block;
    });
    for (auto& [key, row] : groups) {
        row.participants = static_cast<int>(group_sets[key].actors.size());
        row.sessions = static_cast<int>(group_sets[key].sessions.size());
        row.completed = static_cast<int>(group_sets[key].completed.size());
        m.groups.push_back(row);
    }
    return m;
}

// --- the HTML report ---------------------------------------------------------------------------

namespace {

struct Words {
    const char *title, *kicker, *period, *all_time, *from, *to, *participant, *participants, *sessions, *completed, *criteria_met,
        *blocks_title, *blocks_intro, *block, *assessed, *share, *trend_title, *trend_intro, *groups_title, *groups_intro,
        *organisation, *team, *none, *weakest, *heat_title, *heat_intro, *nothing, *privacy, *month;
};
const Words kNl{"Regionale monitor Beter Samenspel", "Leerwerkplaats · leerregistratie (xAPI)", "Periode", "alles",
                "vanaf", "t/m", "deelnemer", "deelnemers", "sessies", "afgeronde casussen", "criteria behaald",
                "Bouwstenen — zwakste eerst",
                "Per bouwsteen het aandeel beoordeelde criteria dat behaald is, over alle afgeronde casussen in de periode.",
                "bouwsteen", "beoordeeld", "behaald", "Verloop per maand",
                "Aandeel behaalde criteria per maand (alle bouwstenen samen); onder elke staaf het aantal deelnemers.",
                "Organisaties en teams", "Zoals ingesteld op de laptops (instellingen voor leerregistratie).",
                "organisatie", "team", "(niet ingesteld)", "zwakste bouwsteen", "Bouwstenen per team",
                "Aandeel behaalde criteria per organisatie/team en bouwsteen; leeg = niet beoordeeld.",
                "Er zijn (nog) geen afgeronde casussen met beoordeelde criteria in deze periode.",
                "Dit overzicht telt deelnemers, maar noemt niemand: het LRS kent alleen de pseudoniemen die op de laptops zijn "
                "ingesteld, en die staan hier niet in.",
                "maand"};
const Words kEn{"Regional monitor Beter Samenspel", "Leerwerkplaats · learning records (xAPI)", "Period", "all time",
                "from", "to", "participant", "participants", "sessions", "completed cases", "criteria met",
                "Building blocks — weakest first",
                "Per building block the share of assessed criteria that were met, over every completed case in the period.",
                "building block", "assessed", "met", "Trend by month",
                "Share of criteria met per month (all building blocks together); under each bar the number of participants.",
                "Organisations and teams", "As set on the laptops (learning-record settings).", "organisation", "team",
                "(not set)", "weakest building block", "Building blocks per team",
                "Share of criteria met per organisation/team and building block; empty = not assessed.",
                "There are no completed cases with assessed criteria in this period (yet).",
                "This overview counts participants but names no one: the LRS only knows the pseudonyms set on the laptops, "
                "and they do not appear here.",
                "month"};

std::string pct(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d%%", static_cast<int>(std::lround(v * 100)));
    return buf;
}
// Green for mastered, amber for half, red for missed: the same scale everywhere.
const char* colour(double v) { return v >= 0.75 ? "#2e7d32" : v >= 0.5 ? "#b86e00" : "#b71c1c"; }
const char* tint(double v) { return v >= 0.75 ? "#dcefdc" : v >= 0.5 ? "#f8e6c8" : "#f6d5d5"; }

std::string block_name(const std::string& id, core::Lang lang) {
    const core::BuildingBlock* b = core::find_building_block(id);
    if (!b) return id;
    return std::string(lang == core::Lang::En ? b->name_en : b->name_nl);
}

std::string group_label(const GroupRow& g, const Words& w) {
    return (g.organisation.empty() ? std::string(w.none) : g.organisation) + (g.team.empty() ? "" : " · " + g.team);
}

// Horizontal bars: one per building block, weakest first.
std::string block_chart(const Monitor& m, core::Lang lang, const Words& w) {
    const int row = 30, label_w = 400, bar_w = 360, width = label_w + bar_w + 130;
    const int height = row * static_cast<int>(m.blocks.size()) + 30;
    std::string s = "<svg class=\"chart\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\" width=\"" + std::to_string(width) + "\" role=\"img\" aria-label=\"" + html_escape(w.blocks_title) + "\">\n";
    for (int t = 0; t <= 4; ++t) {
        const int x = label_w + bar_w * t / 4;
        s += "<line x1=\"" + std::to_string(x) + "\" y1=\"0\" x2=\"" + std::to_string(x) + "\" y2=\"" + std::to_string(height - 22) +
             "\" stroke=\"#d7dce1\"/>\n<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(height - 6) +
             "\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5f6368\">" + std::to_string(25 * t) + "%</text>\n";
    }
    int y = 0;
    for (const BlockRow& b : m.blocks) {
        const double v = b.share.value();
        const int len = static_cast<int>(std::lround(v * bar_w));
        s += "<text x=\"" + std::to_string(label_w - 8) + "\" y=\"" + std::to_string(y + 19) + "\" text-anchor=\"end\" font-size=\"14\">" +
             html_escape(block_name(b.block, lang)) + "</text>\n";
        s += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 5) + "\" width=\"" + std::to_string(std::max(len, 2)) +
             "\" height=\"19\" rx=\"3\" fill=\"" + colour(v) + "\"/>\n";
        s += "<text x=\"" + std::to_string(label_w + len + 8) + "\" y=\"" + std::to_string(y + 19) + "\" font-size=\"13\">" + pct(v) +
             " <tspan fill=\"#5f6368\">(" + std::to_string(b.share.met) + "/" + std::to_string(b.share.assessed) + ")</tspan></text>\n";
        y += row;
    }
    return s + "</svg>\n";
}

// Vertical bars: the share per month, participants under each.
std::string month_chart(const Monitor& m, const Words& w) {
    const int n = static_cast<int>(m.months.size());
    const int bar = 64, gap = 40, left = 44, top = 16, plot_h = 180;
    const int width = left + n * (bar + gap) + gap, height = top + plot_h + 56;
    std::string s = "<svg class=\"chart\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) + "\" width=\"" +
                    std::to_string(width) + "\" role=\"img\" aria-label=\"" + html_escape(w.trend_title) + "\">\n";
    for (int t = 0; t <= 4; ++t) {
        const int y = top + plot_h - plot_h * t / 4;
        s += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(y) + "\" x2=\"" + std::to_string(width) + "\" y2=\"" +
             std::to_string(y) + "\" stroke=\"#d7dce1\"/>\n<text x=\"" + std::to_string(left - 6) + "\" y=\"" + std::to_string(y + 4) +
             "\" text-anchor=\"end\" font-size=\"12\" fill=\"#5f6368\">" + std::to_string(25 * t) + "%</text>\n";
    }
    int x = left + gap;
    for (const auto& [month, share] : m.months) {
        const double v = share.value();
        const int h = static_cast<int>(std::lround(v * plot_h));
        const auto p = m.month_participants.find(month);
        const int count = p == m.month_participants.end() ? 0 : p->second;
        s += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(top + plot_h - h) + "\" width=\"" + std::to_string(bar) +
             "\" height=\"" + std::to_string(std::max(h, 1)) + "\" rx=\"3\" fill=\"" + colour(v) + "\"/>\n";
        s += "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(top + plot_h - h - 5) +
             "\" text-anchor=\"middle\" font-size=\"12\">" + pct(v) + "</text>\n";
        s += "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(top + plot_h + 18) +
             "\" text-anchor=\"middle\" font-size=\"12\">" + html_escape(month) + "</text>\n";
        s += "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(top + plot_h + 36) +
             "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5f6368\">" +
             std::to_string(count) + " " + html_escape(count == 1 ? w.participant : w.participants) + "</text>\n";
        x += bar + gap;
    }
    return s + "</svg>\n";
}

const char* kStyle = R"(
:root { --accent: #1a5f7a; --muted: #5f6368; --line: #d7dce1; --soft: #f4f6f8; --ink: #1d2125; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f4; color: var(--ink); font: 16px/1.55 "DejaVu Sans", "Segoe UI", Verdana, Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; background: #fff; padding: 2rem 2.4rem 3rem; }
header { border-bottom: 4px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.2rem; }
.kicker { color: var(--accent); font-weight: 700; letter-spacing: .05em; text-transform: uppercase; font-size: .8rem; margin: 0; }
h1 { margin: .2rem 0 .4rem; font-size: 1.9rem; }
h2 { color: var(--accent); font-size: 1.35rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin: 2rem 0 .7rem; }
.muted { color: var(--muted); }
.figures { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.figure { background: var(--soft); border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.figure b { display: block; font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); }
td.n { text-align: right; white-space: nowrap; }
table.heat td { text-align: center; font-size: .85rem; }
table.heat th.b { font-weight: normal; font-size: .75rem; writing-mode: vertical-rl; transform: rotate(180deg); height: 11rem; }
svg.chart { max-width: 100%; height: auto; font-family: "DejaVu Sans", Verdana, Arial, sans-serif; }
@media print { body { background: #fff; } main { padding: 0; } h2 { break-after: avoid; } svg, table { break-inside: avoid; } }
)";

}  // namespace

std::string monitor_html(const Monitor& m, core::Lang lang) {
    const Words& w = lang == core::Lang::En ? kEn : kNl;
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == core::Lang::En ? "en" : "nl") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html_escape(w.title) + "</title>\n<style>" +
         kStyle + "</style>\n</head>\n<body>\n<main>\n<header>\n<p class=\"kicker\">" + html_escape(w.kicker) + "</p>\n<h1>" +
         html_escape(w.title) + "</h1>\n<p class=\"muted\">" + html_escape(w.period) + ": ";
    if (m.period.since.empty() && m.period.until.empty()) h += html_escape(w.all_time);
    else {
        if (!m.period.since.empty()) h += html_escape(w.from) + " " + html_escape(m.period.since);
        if (!m.period.until.empty()) h += (m.period.since.empty() ? "" : " ") + std::string(html_escape(w.to)) + " " + html_escape(m.period.until);
    }
    h += "</p>\n</header>\n<div class=\"figures\">\n";
    auto figure = [&](const std::string& value, const char* label) {
        h += "<div class=\"figure\"><b>" + html_escape(value) + "</b>" + html_escape(label) + "</div>\n";
    };
    figure(std::to_string(m.participants), w.participants);
    figure(std::to_string(m.sessions), w.sessions);
    figure(std::to_string(m.completed), w.completed);
    figure(m.share.assessed ? pct(m.share.value()) : "—", w.criteria_met);
    h += "</div>\n<p class=\"muted\">" + html_escape(w.privacy) + "</p>\n";
    if (m.blocks.empty()) return h + "<p>" + html_escape(w.nothing) + "</p>\n</main>\n</body>\n</html>\n";

    h += "<h2>" + html_escape(w.blocks_title) + "</h2>\n<p>" + html_escape(w.blocks_intro) + "</p>\n" + block_chart(m, lang, w);
    h += "<table>\n<thead><tr><th>" + html_escape(w.block) + "</th><th>" + html_escape(w.participants) + "</th><th>" +
         html_escape(w.sessions) + "</th><th>" + html_escape(w.assessed) + "</th><th>" + html_escape(w.share) + "</th></tr></thead>\n<tbody>\n";
    for (const BlockRow& b : m.blocks)
        h += "<tr><td>" + html_escape(block_name(b.block, lang)) + "</td><td class=\"n\">" + std::to_string(b.participants) +
             "</td><td class=\"n\">" + std::to_string(b.sessions) + "</td><td class=\"n\">" + std::to_string(b.share.assessed) +
             "</td><td class=\"n\" style=\"color:" + colour(b.share.value()) + "\"><b>" + pct(b.share.value()) + "</b></td></tr>\n";
    h += "</tbody>\n</table>\n";

    h += "<h2>" + html_escape(w.trend_title) + "</h2>\n<p>" + html_escape(w.trend_intro) + "</p>\n" + month_chart(m, w);
    // Per block and month, as numbers.
    h += "<table>\n<thead><tr><th>" + html_escape(w.block) + "</th>";
    for (const auto& [month, share] : m.months) h += "<th>" + html_escape(month) + "</th>";
    h += "</tr></thead>\n<tbody>\n";
    for (const BlockRow& b : m.blocks) {
        h += "<tr><td>" + html_escape(block_name(b.block, lang)) + "</td>";
        for (const auto& [month, all] : m.months) {
            const auto it = b.months.find(month);
            if (it == b.months.end() || !it->second.assessed) h += "<td class=\"n muted\">—</td>";
            else h += "<td class=\"n\" style=\"background:" + std::string(tint(it->second.value())) + "\">" + pct(it->second.value()) + "</td>";
        }
        h += "</tr>\n";
    }
    h += "</tbody>\n</table>\n";

    h += "<h2>" + html_escape(w.groups_title) + "</h2>\n<p class=\"muted\">" + html_escape(w.groups_intro) + "</p>\n";
    h += "<table>\n<thead><tr><th>" + html_escape(w.organisation) + "</th><th>" + html_escape(w.team) + "</th><th>" +
         html_escape(w.participants) + "</th><th>" + html_escape(w.sessions) + "</th><th>" + html_escape(w.completed) + "</th><th>" +
         html_escape(w.criteria_met) + "</th><th>" + html_escape(w.weakest) + "</th></tr></thead>\n<tbody>\n";
    for (const GroupRow& g : m.groups) {
        std::string weakest;
        double low = 2;
        for (const BlockRow& b : m.blocks) {  // weakest-first order breaks ties the same way
            const auto it = g.blocks.find(b.block);
            if (it != g.blocks.end() && it->second.assessed && it->second.value() < low) {
                low = it->second.value();
                weakest = block_name(b.block, lang) + " (" + pct(low) + ")";
            }
        }
        h += "<tr><td>" + html_escape(g.organisation.empty() ? w.none : g.organisation) + "</td><td>" +
             html_escape(g.team.empty() ? w.none : g.team) + "</td><td class=\"n\">" + std::to_string(g.participants) +
             "</td><td class=\"n\">" + std::to_string(g.sessions) + "</td><td class=\"n\">" + std::to_string(g.completed) +
             "</td><td class=\"n\">" + (g.share.assessed ? pct(g.share.value()) : "—") + "</td><td>" + html_escape(weakest) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";

    h += "<h2>" + html_escape(w.heat_title) + "</h2>\n<p class=\"muted\">" + html_escape(w.heat_intro) + "</p>\n<table class=\"heat\">\n<thead><tr><th></th>";
    for (const BlockRow& b : m.blocks) h += "<th class=\"b\">" + html_escape(block_name(b.block, lang)) + "</th>";
    h += "</tr></thead>\n<tbody>\n";
    for (const GroupRow& g : m.groups) {
        h += "<tr><th>" + html_escape(group_label(g, w)) + "</th>";
        for (const BlockRow& b : m.blocks) {
            const auto it = g.blocks.find(b.block);
            if (it == g.blocks.end() || !it->second.assessed) h += "<td></td>";
            else h += "<td style=\"background:" + std::string(tint(it->second.value())) + "\">" + pct(it->second.value()) + "</td>";
        }
        h += "</tr>\n";
    }
    h += "</tbody>\n</table>\n</main>\n</body>\n</html>\n";
    return h;
}

}  // namespace lwp::lrs
