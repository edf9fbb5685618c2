// The report, part 2: the drawings (timeline, genogram, pattern) as inline SVG.
#include "core/report/report_detail.hpp"

namespace lwp::core {

using namespace report_detail;

namespace {

// ---------------------------------------------------------------------------------------------
// 3. The drawings
// ---------------------------------------------------------------------------------------------

constexpr const char* kFont = "DejaVu Sans, Verdana, Arial, sans-serif";
constexpr float kCharWidth = 0.6f;  // average advance of DejaVu Sans in em, for wrapping estimates
constexpr const char* kInk = "#2b3035";
constexpr const char* kAccent = "#1a5f7a";

struct Svg {
    std::string s;
    Svg& raw(std::string_view t) {
        s += t;
        return *this;
    }
    // A text element; `attrs` is already escaped.
    void text(float x, float y, std::string_view body, const std::string& attrs) {
        s += "<text x=\"" + co(x) + "\" y=\"" + co(y) + "\"" + (attrs.empty() ? "" : " " + attrs) + ">" + html_escape(body) + "</text>\n";
    }
    void line(float x0, float y0, float x1, float y1, const std::string& attrs) {
        s += "<line x1=\"" + co(x0) + "\" y1=\"" + co(y0) + "\" x2=\"" + co(x1) + "\" y2=\"" + co(y1) + "\" " + attrs + "/>\n";
    }
    void rect(float x, float y, float w, float h, const std::string& attrs) {
        s += "<rect x=\"" + co(x) + "\" y=\"" + co(y) + "\" width=\"" + co(w) + "\" height=\"" + co(h) + "\" " + attrs + "/>\n";
    }
};

std::string svg_open(float w, float h, const std::string& label) {
    return "<svg viewBox=\"0 0 " + co(w) + " " + co(h) + "\" width=\"" + co(w) + "\" height=\"" +
           co(h) + "\" role=\"img\" aria-label=\"" + html_escape(label) + "\" font-family=\"" + kFont + "\">\n";
}

struct LaneStyle {
    const char* stroke;
    const char* fill;
};
constexpr LaneStyle kLaneStyles[] = {
    {"#5b6bb5", "#f3f4fb"},  // life events
    {"#2e7d32", "#f1f8f1"},  // help
    {"#1a5f7a", "#eef5f8"},  // decisions
    {"#c47800", "#fdf6ea"},  // reports and concerns
};

}  // namespace

std::string timeline_svg(const Scenario& sc, const SessionState& st, Lang lang) {
    const Timeline& tl = st.analysis.timeline;
    if (tl.entries.empty()) return {};
    const Words w{lang};
    TimelineLayoutParams p;
    p.card_width = 158;
    p.card_height = 50;
    p.row_gap = 10;
    p.card_gap = 8;
    p.lane_header = 22;
    p.lane_gap = 8;
    p.undated_width = 190;
    const float total_w = 800, pad = 12, axis_h = 30;
    bool undated = false;
    for (const auto& e : tl.entries) undated = undated || !e.date.valid();
    const float available = total_w - 2 * pad - (undated ? p.undated_width + 16 : 0);
    p.month_width = std::max(0.5f, fit_month_width(tl.entries, p, available));
    const TimelineLayout l = layout_timeline(tl.entries, p);
    const float undated_x = pad + l.axis_width + 16;
    const float width = std::max(total_w, undated_x + (l.has_undated ? l.undated_width : 0) + pad - (l.has_undated ? 0 : 16));
    const float height = axis_h + l.height + pad;
    Svg s;
    s.raw(svg_open(width, height, w("report.timeline")));
    // Lanes as bands with their names.
    for (size_t i = 0; i < lanes().size() && i < l.lane_top.size(); ++i) {
        const LaneStyle& ls = kLaneStyles[i % 4];
        s.rect(0, axis_h + l.lane_top[i], width, l.lane_bottom[i] - l.lane_top[i], std::string("fill=\"") + ls.fill + "\"");
        s.text(pad, axis_h + l.lane_top[i] + 15, term_name(lanes()[i], lang),
               std::string("font-size=\"12\" font-weight=\"bold\" fill=\"") + ls.stroke + "\"");
    }
    // Years along the top, with a light line through the lanes.
    const int months = static_cast<int>(std::ceil(l.axis_width / std::max(p.month_width, 0.01f)));
    const int step = p.month_width * 12 >= 46 ? 1 : p.month_width * 24 >= 46 ? 2 : 5;
    for (int m = l.first_month; m <= l.first_month + months; ++m) {
        if (m % 12 != 0 || (m / 12) % step != 0) continue;
        const float x = pad + l.month_x(m, p.month_width);
        if (x > pad + l.axis_width + 0.5f) break;
        s.line(x, axis_h - 6, x, axis_h + l.height, "stroke=\"#c9ced4\" stroke-dasharray=\"3 3\"");
        s.text(x + 3, axis_h - 10, std::to_string(m / 12), "font-size=\"12\" fill=\"#5f6368\"");
    }
    if (l.has_undated) {
        s.line(undated_x - 8, 4, undated_x - 8, axis_h + l.height, "stroke=\"#c9ced4\"");
        s.text(undated_x, axis_h - 10, w("report.undated"), "font-size=\"12\" fill=\"#5f6368\"");
    }
    // The cards: date (and aanleiding mark) on top, the text below in at most two lines.
    const float font = 11.5f;
    for (const auto& card : l.cards) {
        const TimelineEntry& e = tl.entries[card.entry];
        const LaneStyle& ls = kLaneStyles[static_cast<size_t>(card.lane) % 4];
        const float x = (card.undated ? undated_x : pad) + card.x0, y = axis_h + card.y0;
        const float cw = card.x1 - card.x0, ch = card.y1 - card.y0;
        s.rect(x, y, cw, ch, std::string("rx=\"4\" fill=\"#ffffff\" stroke=\"") + ls.stroke + "\" stroke-width=\"1.2\"");
        s.rect(x, y, 4, ch, std::string("fill=\"") + ls.stroke + "\"");
        const size_t chars = static_cast<size_t>(std::max(4.0f, (cw - 14) / (font * kCharWidth)));
        if (e.date.valid())
            s.text(x + 9, y + 14, wrap(e.date.display(lang), static_cast<size_t>(static_cast<float>(chars) * 1.1f), 1).front(),
                   "font-size=\"10.5\" fill=\"#5f6368\"");
        // The aanleiding marks as a red tab on the card's top edge.
        if (const std::string mark = mark_of(tl, e.id, w); !mark.empty()) {
            const float mw = static_cast<float>(glyphs(mark)) * 10 * kCharWidth + 12;
            s.rect(x + cw - mw - 6, y - 8, mw, 14, "rx=\"7\" fill=\"#b71c1c\"");
            s.text(x + cw - mw * 0.5f - 6, y + 2.5f, mark, "font-size=\"10\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\"");
        }
        const auto lines = wrap(entry_text(sc, e, lang), chars, 2);
        for (size_t i = 0; i < lines.size(); ++i)
            s.text(x + 9, y + 29 + static_cast<float>(i) * 14, lines[i], "font-size=\"11.5\" fill=\"" + std::string(kInk) + "\"");
    }
    s.raw("</svg>\n");
    return s.s;
}

// The genogram's grid: a layout unit in pixels and the drawing constants its parts share.
struct GenogramFrame {
    const GenogramLayout& l;
    float f = 14, symbol = 40, label_h = 17, slot = 132, pad = 16, head = 26;
    float row = symbol + label_h * 3 + 22, half = symbol * 0.5f;
    float ox = pad + slot * 0.5f, oy = head + half + 8;
    std::string ink = std::string("stroke=\"") + kInk + "\" stroke-width=\"1.8\"";
    float at_x(float x) const { return ox + x * slot; }
    float at_y(float y) const { return oy + y * row; }
};

// Couples (a double slash when separated) and the lines from parents to their children.
void genogram_families(Svg& s, const GenogramFrame& g) {
    const GenogramLayout& l = g.l;
    const float f = g.f, half = g.half, label_h = g.label_h;
    const std::string& ink = g.ink;
    auto at_x = [&](float x) { return g.at_x(x); };
    auto at_y = [&](float y) { return g.at_y(y); };
    for (const auto& c : l.couples) {
        const float ax = at_x(l.nodes[c.a].x), ay = at_y(l.nodes[c.a].y), bx = at_x(l.nodes[c.b].x), by = at_y(l.nodes[c.b].y);
        s.line(ax + half, ay, bx - half, by, ink);
        if (c.status == "gescheiden") {
            const float mx = (ax + bx) * 0.5f, my = (ay + by) * 0.5f, k = f * 0.42f;
            for (float dx : {-f * 0.2f, f * 0.2f}) s.line(mx + dx - k * 0.45f, my + k, mx + dx + k * 0.45f, my - k, ink);
        }
    }
    for (const auto& fam : l.families) {
        if (fam.children.empty() || fam.parents.empty()) continue;
        const float child_top = at_y(l.nodes[fam.children.front()].y) - half;
        const float bar_y = child_top - f * 0.9f;
        float fx = at_x(fam.anchor_x), fy = at_y(l.nodes[fam.parents.front()].y);
        if (fam.parents.size() == 1) fy += half + label_h * 2 + 4;  // below the name
        else if (fam.parents.size() == 2) {
            bool couple = false;
            for (const auto& c : l.couples)
                couple = couple || (std::min(c.a, c.b) == std::min(fam.parents[0], fam.parents[1]) &&
                                    std::max(c.a, c.b) == std::max(fam.parents[0], fam.parents[1]));
            if (!couple) {
                const auto& a = l.nodes[fam.parents[0]];
                const auto& b = l.nodes[fam.parents[1]];
                s.line(at_x(a.x) + half, at_y(a.y), at_x(b.x) - half, at_y(b.y), ink + " stroke-dasharray=\"4 3\"");
            }
        }
        float lo = fx, hi = fx;
        for (size_t c : fam.children) {
            const float x = at_x(l.nodes[c].x);
            lo = std::min(lo, x), hi = std::max(hi, x);
            s.line(x, bar_y, x, at_y(l.nodes[c].y) - half, ink);
        }
        s.line(fx, fy, fx, bar_y, ink);
        s.line(lo, bar_y, hi, bar_y, ink);
    }
}

// Sociogram ties the trainee drew: support green, conflict red and dashed short, contact grey.
void genogram_ties(Svg& s, const GenogramFrame& g, const Persons& ps, const std::vector<Person>& people) {
    const GenogramLayout& l = g.l;
    const float symbol = g.symbol, half = g.half;
    auto at_x = [&](float x) { return g.at_x(x); };
    auto at_y = [&](float y) { return g.at_y(y); };
    for (const auto& t : ps.ties) {
        auto index_of = [&](const std::string& id) {
            for (size_t i = 0; i < people.size(); ++i)
                if (people[i].id == id) return static_cast<long>(i);
            return -1L;
        };
        const long a = index_of(t.a), b = index_of(t.b);
        if (a < 0 || b < 0 || static_cast<size_t>(std::max(a, b)) >= l.nodes.size()) continue;
        const auto& na = l.nodes[static_cast<size_t>(a)];
        const auto& nb = l.nodes[static_cast<size_t>(b)];
        float x0 = at_x(na.x), y0 = at_y(na.y), x1 = at_x(nb.x), y1 = at_y(nb.y);
        const float len = std::hypot(x1 - x0, y1 - y0);
        if (len < symbol * 1.4f) continue;
        const float dx = (x1 - x0) / len, dy = (y1 - y0) / len, r = half + 6;
        x0 += dx * r, y0 += dy * r, x1 -= dx * r, y1 -= dy * r;
        if (t.kind == "steun") s.line(x0, y0, x1, y1, "stroke=\"#2e7d32\" stroke-width=\"3\" stroke-opacity=\"0.8\"");
        else if (t.kind == "conflict") s.line(x0, y0, x1, y1, "stroke=\"#b71c1c\" stroke-width=\"2.2\" stroke-dasharray=\"2 3\"");
        else s.line(x0, y0, x1, y1, "stroke=\"#8a9096\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"");
    }
}

// Persons: symbol with the age inside, name and role below; support as a coloured ring.
void genogram_persons(Svg& s, const GenogramFrame& g, const Persons& ps, const std::vector<Person>& people, Lang lang) {
    const GenogramLayout& l = g.l;
    const float symbol = g.symbol, half = g.half, slot = g.slot;
    const std::string& ink = g.ink;
    auto at_x = [&](float x) { return g.at_x(x); };
    auto at_y = [&](float y) { return g.at_y(y); };
    for (size_t i = 0; i < people.size() && i < l.nodes.size(); ++i) {
        const Person& p = people[i];
        const float cx = at_x(l.nodes[i].x), cy = at_y(l.nodes[i].y);
        const auto note = ps.notes.find(p.id);
        const int support = note != ps.notes.end() ? note->second.support : 0;
        if (support != 0) {
            const char* col = support >= 2 ? "#2e7d32" : support == 1 ? "#4ca050" : support == -1 ? "#e67814" : "#c62828";
            s.raw("<circle cx=\"" + co(cx) + "\" cy=\"" + co(cy) + "\" r=\"" + co(half + 7) + "\" fill=\"none\" stroke=\"" + col +
                  "\" stroke-width=\"" + co(2.0f + static_cast<float>(std::abs(support)) * 1.2f) + "\"/>\n");
        }
        const std::string face = std::string("fill=\"") + (p.deceased ? "#e2e4e8" : "#ffffff") + "\" stroke=\"" + kInk + "\" stroke-width=\"2\"";
        if (p.gender == 'm') s.rect(cx - half, cy - half, symbol, symbol, face);
        else if (p.gender == 'v')
            s.raw("<circle cx=\"" + co(cx) + "\" cy=\"" + co(cy) + "\" r=\"" + co(half) + "\" " + face + "/>\n");
        else {
            const float r = half * 1.18f;
            s.raw("<polygon points=\"" + co(cx) + "," + co(cy - r) + " " + co(cx + r) + "," + co(cy) + " " + co(cx) + "," + co(cy + r) + " " +
                  co(cx - r) + "," + co(cy) + "\" " + face + "/>\n");
        }
        if (p.deceased) {
            const float k = p.gender == 'm' ? half : half * 0.72f;
            s.line(cx - k, cy - k, cx + k, cy + k, ink);
            s.line(cx + k, cy - k, cx - k, cy + k, ink);
        } else if (p.age >= 0) {
            s.text(cx, cy + 5.5f, std::to_string(p.age), "font-size=\"15\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"" + std::string(kInk) + "\"");
        }
        const size_t chars = static_cast<size_t>((slot * 0.92f) / (14 * kCharWidth));
        s.text(cx, cy + half + 17, wrap(p.name, chars, 1).front(), "font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"" + std::string(kInk) + "\"");
        if (!p.role.empty())
            s.text(cx, cy + half + 33, wrap(role_name(p.role, lang), chars, 1).front(), "font-size=\"12.5\" text-anchor=\"middle\" fill=\"#5f6368\"");
    }
}

std::string genogram_svg(const Scenario& sc, const SessionState& st, Lang lang) {
    const Persons& ps = st.analysis.persons;
    const std::vector<Person> people = board_persons(sc, ps);  // the trainee's own persons too
    if (people.empty()) return {};
    const Words w{lang};
    GenogramOutline outline;
    {
        const GenogramLayout none;
        const GenogramFrame d{none};
        outline.pad_x = (d.slot * 0.45f + d.f * 0.15f) / d.slot;
        outline.above = (d.half + d.f * 0.4f) / d.row;
        outline.below = (d.half + d.label_h * 2 + d.f * 0.4f) / d.row;
    }
    const GenogramLayout l = layout_genogram(people, outline);
    const GenogramFrame g{l};
    const float slot = g.slot, pad = g.pad, row = g.row, oy = g.oy, label_h = g.label_h;
    const float width = std::max(l.width, 1.0f) * slot + 2 * pad;
    const float height = g.head + std::max(l.height, 1.0f) * row + pad;
    auto at_x = [&](float x) { return g.at_x(x); };
    Svg s;
    s.raw(svg_open(width, height, w("report.genogram_and_network")));
    bool has_network = false;
    for (const auto& n : l.nodes) has_network = has_network || n.network;
    if (l.generations > 0) s.text(pad, 16, w("report.family"), "font-size=\"12\" font-weight=\"bold\" fill=\"#5f6368\"");
    if (has_network) {
        const float x0 = at_x(l.band_x) - slot * 0.5f, x1 = at_x(l.width) - slot * 0.45f;
        const float y1 = std::min(height - 4, oy + (static_cast<float>(std::max(l.band_rows, 1)) - 0.5f) * row + label_h * 2 + 12);
        s.rect(x0, 4, x1 - x0, y1 - 4, "rx=\"8\" fill=\"#f0f4ee\" stroke=\"#c8d6c4\"");
        s.text(x0 + 8, 18, wrap(w("report.network"), static_cast<size_t>((x1 - x0 - 12) / (12 * kCharWidth)), 1).front(),
               "font-size=\"12\" font-weight=\"bold\" fill=\"#5f6368\"");
    }
    for (const auto& seg : l.household)
        s.line(at_x(seg.x0), g.at_y(seg.y0), at_x(seg.x1), g.at_y(seg.y1), "stroke=\"#1a5f7a\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"");
    genogram_families(s, g);
    genogram_ties(s, g, ps, people);
    genogram_persons(s, g, ps, people, lang);
    s.raw("</svg>\n");
    return s.s;
}

std::string pattern_svg(const Scenario& sc, const SessionState& st, Lang lang) {
    const Pattern& pat = st.analysis.pattern;
    if (pat.factors.empty()) return {};
    PatternMetrics m;
    m.width = 960;
    m.gap = 56;
    m.header = 28;
    m.pad = 8;
    m.spacing = 6;
    m.min_card_width = 200;
    m.min_area_height = 90;
    m.min_help_height = 70;
    const float font = 12, line_h = 15;
    auto card_lines = [&](size_t i, float w) {
        const size_t chars = static_cast<size_t>(std::max(6.0f, (w - 16) / (font * kCharWidth)));
        return wrap(factor_text(sc, pat.factors[i]), chars, 6);
    };
    std::vector<PatternArea> areas;
    for (const auto& f : pat.factors) areas.push_back(f.area);
    const PatternGeometry g = layout_pattern(m, areas, [&](size_t i, float w) {
        return 10 + static_cast<float>(card_lines(i, w).size()) * line_h + 4;
    });
    const float pad = 10;
    Svg s;
    s.raw(svg_open(m.width + 2 * pad, g.height + 2 * pad, Words{lang}("report.family_pattern")));
    s.raw("<defs><marker id=\"pijl\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
          "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1a5f7a\"/></marker>"
          "<marker id=\"grootpijl\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"4\" markerHeight=\"4\" orient=\"auto\">"
          "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#b8c2cc\"/></marker></defs>\n");
    constexpr const char* kAreaFill[] = {"#eef3fa", "#eef3fa", "#eef7ef", "#eef7ef", "#f4f1f8"};
    constexpr const char* kAreaStroke[] = {"#9fb4d0", "#9fb4d0", "#a5c9a8", "#a5c9a8", "#bdb2cf"};
    for (size_t a = 0; a < 5; ++a) {
        const Rect& r = g.areas[a];
        s.rect(pad + r.x0, pad + r.y0, r.width(), r.height(),
               std::string("rx=\"8\" fill=\"") + kAreaFill[a] + "\" stroke=\"" + kAreaStroke[a] + "\" stroke-width=\"1.2\"");
        s.text(pad + r.x0 + 10, pad + r.y0 + 19, term_name(pattern_areas()[a], lang), "font-size=\"13\" font-weight=\"bold\" fill=\"#2b3035\"");
    }
    // The loop between the four areas (bouwsteen.gezinspatroon), clockwise.
    for (size_t a = 0; a < 4; ++a) {
        const Rect& from = g.areas[a];
        const Rect& to = g.areas[(a + 1) % 4];
        Vec2 p0, p1;
        if (a == 0 || a == 2) {  // horizontal: between the two columns
            const float y = (std::max(from.y0, to.y0) + std::min(from.y1, to.y1)) * 0.5f;
            p0 = {a == 0 ? from.x1 + 6 : from.x0 - 6, y};
            p1 = {a == 0 ? to.x0 - 6 : to.x1 + 6, y};
        } else {  // vertical: between the two rows
            const float x = (std::max(from.x0, to.x0) + std::min(from.x1, to.x1)) * 0.5f;
            p0 = {x, a == 1 ? from.y1 + 6 : from.y0 - 6};
            p1 = {x, a == 1 ? to.y0 - 6 : to.y1 + 6};
        }
        s.line(pad + p0.x, pad + p0.y, pad + p1.x, pad + p1.y, "stroke=\"#b8c2cc\" stroke-width=\"7\" marker-end=\"url(#grootpijl)\"");
    }
    for (size_t i = 0; i < pat.factors.size(); ++i) {
        const Rect& r = g.cards[i];
        s.rect(pad + r.x0, pad + r.y0, r.width(), r.height(), "rx=\"5\" fill=\"#ffffff\" stroke=\"#aab3bd\"");
        const auto lines = card_lines(i, r.width());
        for (size_t k = 0; k < lines.size(); ++k)
            s.text(pad + r.x0 + 8, pad + r.y0 + 18 + static_cast<float>(k) * line_h, lines[k], "font-size=\"12\" fill=\"#2b3035\"");
    }
    // The trainee's arrows: "this factor influences that one".
    for (const auto& link : pat.links) {
        size_t a = SIZE_MAX, b = SIZE_MAX;
        for (size_t i = 0; i < pat.factors.size(); ++i) {
            if (pat.factors[i].id == link.from) a = i;
            if (pat.factors[i].id == link.to) b = i;
        }
        if (a == SIZE_MAX || b == SIZE_MAX || a == b) continue;
        const ArrowCurve c = arrow_between(g.cards[a], g.cards[b], 0.18f, 60);
        s.raw("<path d=\"M" + co(pad + c.p0.x) + "," + co(pad + c.p0.y) + " C" + co(pad + c.c0.x) + "," + co(pad + c.c0.y) + " " +
              co(pad + c.c1.x) + "," + co(pad + c.c1.y) + " " + co(pad + c.p1.x) + "," + co(pad + c.p1.y) +
              "\" fill=\"none\" stroke=\"#1a5f7a\" stroke-width=\"2\" marker-end=\"url(#pijl)\"/>\n");
    }
    s.raw("</svg>\n");
    return s.s;
}


}  // namespace lwp::core
