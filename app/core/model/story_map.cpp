#include "core/model/story_map.hpp"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <map>
#include <set>

#include "core/model/lint.hpp"
#include "core/model/escape.hpp"

namespace lwp::core {

namespace {

bool nl(Lang lang) { return lang == Lang::Nl; }

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

void add_unique(std::vector<std::string>& to, const std::string& what) {
    if (std::find(to.begin(), to.end(), what) == to.end()) to.push_back(what);
}

// At most `max` characters (UTF-8 code points), with "…" when cut.
std::string clip(const std::string& s, size_t max) {
    if (text_length(s) <= max) return s;
    size_t chars = 0, i = 0;
    for (; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == max - 1) break;
    return s.substr(0, i) + "…";
}

std::string join(const std::vector<std::string>& items, const char* sep = ", ") {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
    return out;
}

}  // namespace

std::string describe_condition(const Condition& c, Lang lang) {
    using K = Condition::Kind;
    const std::string q = "'" + c.ref + "'";
    auto group = [&](const char* sep_nl, const char* sep_en) {
        std::string out;
        for (const auto& ch : c.children) {
            std::string part = describe_condition(ch, lang);
            if (ch.kind == K::All || ch.kind == K::Any) part = "(" + part + ")";
            out += (out.empty() ? "" : (nl(lang) ? sep_nl : sep_en)) + part;
        }
        return out;
    };
    switch (c.kind) {
        case K::Always: return "";
        case K::FactKnown: return (nl(lang) ? "feit " : "fact ") + q + (nl(lang) ? " bekend" : " known");
        case K::ChoiceTaken: return (nl(lang) ? "keuze " : "choice ") + q;
        case K::ChoiceNotTaken: return (nl(lang) ? "niet keuze " : "not choice ") + q;
        case K::DocumentRead: return q + (nl(lang) ? " gelezen" : " read");
        case K::StepVisited: return (nl(lang) ? "stap " : "step ") + q + (nl(lang) ? " bezocht" : " visited");
        case K::VarRange: {
            const bool lo = c.min > -1e299, hi = c.max < 1e299;
            if (lo && hi) return number(c.min) + " ≤ " + c.ref + " ≤ " + number(c.max);
            if (lo) return c.ref + " ≥ " + number(c.min);
            if (hi) return c.ref + " ≤ " + number(c.max);
            return c.ref;
        }
        case K::All: return group(" én ", " and ");
        case K::Any: return group(" of ", " or ");
        case K::Not: return (nl(lang) ? "niet (" : "not (") + (c.children.empty() ? std::string() : describe_condition(c.children.front(), lang)) + ")";
        case K::Script: return (nl(lang) ? "functie (regel " : "function (line ") + std::to_string(c.loc.line) + ")";
        case K::PersonStatus: return c.ref + " " + c.key + " = " + c.value;
        case K::History: {
            const HistoryTest& h = c.history;
            std::string out;
            auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
            if (h.ever_below < 1e299) add((nl(lang) ? "ooit < " : "ever < ") + number(h.ever_below));
            if (h.ever_above > -1e299) add((nl(lang) ? "ooit > " : "ever > ") + number(h.ever_above));
            if (h.never_below > -1e299) add((nl(lang) ? "nooit < " : "never < ") + number(h.never_below));
            if (h.never_above < 1e299) add((nl(lang) ? "nooit > " : "never > ") + number(h.never_above));
            if (!h.fell_since.empty()) add((nl(lang) ? "gedaald sinds " : "fell since ") + h.fell_since);
            if (!h.rose_since.empty()) add((nl(lang) ? "gestegen sinds " : "rose since ") + h.rose_since);
            return (h.var.empty() ? std::string(nl(lang) ? "taxatie" : "safety score") : h.var) + ": " + out;
        }
    }
    return "";
}

size_t StoryMap::unreachable() const {
    return static_cast<size_t>(std::count_if(nodes.begin(), nodes.end(), [](const StoryNode& n) { return !n.reachable; }));
}
size_t StoryMap::dead_ends() const {
    return static_cast<size_t>(std::count_if(nodes.begin(), nodes.end(), [](const StoryNode& n) { return n.dead_end; }));
}
const StoryNode* StoryMap::find(const std::string& id) const {
    for (const auto& n : nodes)
        if (n.id == id) return &n;
    return nullptr;
}

namespace {

using NodeIndex = std::map<std::string, size_t>;
using Adjacency = std::vector<std::vector<size_t>>;

// A node per step and per ending, in file order.
NodeIndex add_nodes(const Scenario& sc, StoryMap& m) {
    NodeIndex index;
    for (const auto& st : sc.steps) {
        StoryNode n;
        n.id = st.id;
        n.title = st.title;
        n.start = st.id == sc.meta.start;
        n.documents = st.documents;
        n.facts = st.facts;
        for (const auto& f : st.on_entry.reveals) add_unique(n.facts, f);
        for (const auto& ch : st.choices)
            for (const auto& f : ch.reveals) add_unique(n.facts, f);
        n.loc = st.loc;
        index.emplace(st.id, m.nodes.size());
        m.nodes.push_back(std::move(n));
    }
    for (const auto& e : sc.endings) {
        StoryNode n;
        n.id = e.id;
        n.title = e.title;
        n.ending = true;
        n.tone = e.tone;
        n.loc = e.loc;
        index.emplace(e.id, m.nodes.size());
        m.nodes.push_back(std::move(n));
    }
    return index;
}

// Edges: one per route of a choice, or one for its single target. Returns the step of each choice.
std::map<std::string, size_t> add_edges(const Scenario& sc, StoryMap& m, const NodeIndex& index) {
    std::map<std::string, size_t> step_of_choice;
    for (size_t s = 0; s < sc.steps.size(); ++s)
        for (const auto& ch : sc.steps[s].choices) {
            step_of_choice.emplace(ch.id, s);
            for (const auto& r : ch.routes) {
                auto to = index.find(r.target);
                if (to == index.end()) {
                    m.missing_targets.push_back("keuze '" + ch.id + "' → '" + r.target + "'");
                    continue;
                }
                StoryEdge e;
                e.from = s;
                e.to = to->second;
                e.choice = ch.id;
                e.choice_text = ch.text;
                auto both = [&](Lang lang) {
                    const std::string offered = describe_condition(ch.when, lang), taken = describe_condition(r.when, lang);
                    return offered.empty() ? taken : taken.empty() ? offered : offered + "; route: " + taken;
                };
                e.condition = {both(Lang::Nl), both(Lang::En)};
                m.edges.push_back(std::move(e));
            }
        }
    return step_of_choice;
}

// Reachable from the start; a depth-first walk marks the edges that go back to a step on the
// current path (loops), and the columns are the longest path over the other edges, so every
// forward arrow points right. Unreachable nodes go in a column after the last. Returns the last
// column of a reachable node.
int place_columns(StoryMap& m, const Adjacency& out, const NodeIndex& index, const std::string& start,
                  std::set<std::pair<size_t, size_t>>& loops) {
    std::vector<int> state(m.nodes.size(), 0);  // 0 unseen, 1 on the path, 2 done
    std::vector<size_t> finished;               // reverse topological order of the forward edges
    if (auto s = index.find(start); s != index.end()) {
        std::vector<std::pair<size_t, size_t>> stack{{s->second, 0}};  // node, next out-edge
        state[s->second] = 1;
        while (!stack.empty()) {
            auto& [n, next] = stack.back();
            if (next < out[n].size()) {
                const size_t t = out[n][next++];
                if (state[t] == 1) loops.insert({n, t});
                else if (state[t] == 0) {
                    state[t] = 1;
                    stack.push_back({t, 0});
                }
                continue;
            }
            state[n] = 2;
            finished.push_back(n);
            stack.pop_back();
        }
    }
    std::vector<int> column(m.nodes.size(), 0);
    for (auto it = finished.rbegin(); it != finished.rend(); ++it)
        for (size_t t : out[*it])
            if (!loops.count({*it, t})) column[t] = std::max(column[t], column[*it] + 1);
    int last = 0;
    for (size_t i = 0; i < m.nodes.size(); ++i)
        if (state[i]) last = std::max(last, column[i]);
    for (size_t i = 0; i < m.nodes.size(); ++i) {
        m.nodes[i].reachable = state[i] != 0;
        m.nodes[i].column = state[i] ? column[i] : last + 1;
    }
    return last;
}

// Dead ends: steps from which no ending can be reached.
void mark_dead_ends(StoryMap& m, const Adjacency& in) {
    std::deque<size_t> queue;
    std::vector<bool> leads_to_end(m.nodes.size(), false);
    for (size_t i = 0; i < m.nodes.size(); ++i)
        if (m.nodes[i].ending) {
            leads_to_end[i] = true;
            queue.push_back(i);
        }
    while (!queue.empty()) {
        const size_t n = queue.front();
        queue.pop_front();
        for (size_t f : in[n])
            if (!leads_to_end[f]) {
                leads_to_end[f] = true;
                queue.push_back(f);
            }
    }
    for (size_t i = 0; i < m.nodes.size(); ++i) m.nodes[i].dead_end = !m.nodes[i].ending && !leads_to_end[i];
}

// Criteria per step: those a choice of the step decides; the rest are listed apart.
void place_criteria(const Scenario& sc, StoryMap& m, const std::map<std::string, size_t>& step_of_choice) {
    for (const auto& cr : sc.criteria) {
        std::set<std::string> choices;
        choices_in(cr.check, choices);
        bool placed = false;
        for (const auto& ch : choices)
            if (auto s = step_of_choice.find(ch); s != step_of_choice.end()) {
                add_unique(m.nodes[s->second].criteria, cr.id);
                placed = true;
            }
        if (!placed) m.criteria_elsewhere.push_back(cr.id);
    }
}

// Rows: per column in order, by the mean row of the nodes that lead there (file order first);
// then the positions and the size of the map.
void place_rows(StoryMap& m, const Adjacency& in, int last) {
    const int columns = last + 2;
    std::vector<std::vector<size_t>> by_column(static_cast<size_t>(columns));
    for (size_t i = 0; i < m.nodes.size(); ++i) by_column[static_cast<size_t>(m.nodes[i].column)].push_back(i);
    size_t tallest = 0;
    for (auto& col : by_column) {
        std::vector<std::pair<double, size_t>> keyed;
        for (size_t n : col) {
            double sum = 0;
            int k = 0;
            for (size_t f : in[n])
                if (m.nodes[f].column < m.nodes[n].column) {
                    sum += m.nodes[f].row;
                    ++k;
                }
            keyed.push_back({k ? sum / k : 1e9, n});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t r = 0; r < keyed.size(); ++r) m.nodes[keyed[r].second].row = static_cast<int>(r);
        tallest = std::max(tallest, keyed.size());
    }
    size_t used_columns = 0;
    for (size_t c = 0; c < by_column.size(); ++c)
        if (!by_column[c].empty()) used_columns = c + 1;
    for (auto& n : m.nodes) {
        n.x = n.column * (StoryMap::kNodeWidth + StoryMap::kColumnGap);
        n.y = n.row * (StoryMap::kNodeHeight + StoryMap::kRowGap);
    }
    m.width = used_columns ? used_columns * (StoryMap::kNodeWidth + StoryMap::kColumnGap) - StoryMap::kColumnGap : 0;
    m.height = tallest ? tallest * (StoryMap::kNodeHeight + StoryMap::kRowGap) - StoryMap::kRowGap : 0;
}

}  // namespace

StoryMap story_map(const Scenario& sc) {
    StoryMap m;
    const NodeIndex index = add_nodes(sc, m);
    const std::map<std::string, size_t> step_of_choice = add_edges(sc, m, index);
    Adjacency out(m.nodes.size()), in(m.nodes.size());
    for (size_t i = 0; i < m.edges.size(); ++i) {
        out[m.edges[i].from].push_back(m.edges[i].to);
        in[m.edges[i].to].push_back(m.edges[i].from);
    }
    std::set<std::pair<size_t, size_t>> loops;
    const int last = place_columns(m, out, index, sc.meta.start, loops);
    mark_dead_ends(m, in);
    for (auto& e : m.edges) e.back = loops.count({e.from, e.to}) || m.nodes[e.to].column <= m.nodes[e.from].column;
    place_criteria(sc, m, step_of_choice);
    place_rows(m, in, last);
    return m;
}

StepsToGo steps_to_go(const StoryMap& m, const std::string& step) {
    const size_t n = m.nodes.size();
    size_t from = n;
    for (size_t i = 0; i < n; ++i)
        if (!m.nodes[i].ending && m.nodes[i].id == step) from = i;
    if (from == n) return {};
    std::vector<std::vector<const StoryEdge*>> out(n);
    for (const auto& e : m.edges) out[e.from].push_back(&e);
    constexpr int kNone = -1;
    // Shortest: Bellman-Ford style relaxation over all edges (loops included; at most n rounds).
    std::vector<int> shortest(n, kNone);
    for (size_t i = 0; i < n; ++i)
        if (m.nodes[i].ending) shortest[i] = 0;
    for (size_t round = 0; round < n; ++round) {
        bool changed = false;
        for (const auto& e : m.edges) {
            if (shortest[e.to] == kNone || m.nodes[e.from].ending) continue;
            const int via = m.nodes[e.to].ending ? 0 : shortest[e.to] + 1;
            if (shortest[e.from] == kNone || via < shortest[e.from]) {
                shortest[e.from] = via;
                changed = true;
            }
        }
        if (!changed) break;
    }
    // Longest without a loop: over the forward edges only (their columns strictly increase), so a
    // walk in descending column order sees every successor first.
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return m.nodes[a].column > m.nodes[b].column; });
    std::vector<int> longest(n, kNone);
    for (size_t i : order) {
        if (m.nodes[i].ending) {
            longest[i] = 0;
            continue;
        }
        for (const StoryEdge* e : out[i]) {
            if (e->back || longest[e->to] == kNone) continue;
            longest[i] = std::max(longest[i], m.nodes[e->to].ending ? 0 : longest[e->to] + 1);
        }
    }
    if (shortest[from] == kNone) return {};
    StepsToGo r;
    r.min = shortest[from];
    r.max = std::max(r.min, longest[from]);
    return r;
}

namespace {

constexpr double kSvgMargin = 40, kSvgLegend = 90;
constexpr double kSvgLine = 14;

// A bundle of choices between the same two nodes, with its label in the gap right of a column.
struct SvgLabel {
    std::pair<size_t, size_t> key;
    std::vector<std::pair<std::string, bool>> lines;  // text, is a condition
    std::string tip;
    int gap = 0;  // the column whose right-hand gap holds the label
    double x = 0, y = 0, w = 0, h = 0;
};

using Bundles = std::map<std::pair<size_t, size_t>, std::vector<const StoryEdge*>>;

// The choices of one bundle (every label's key is a bundle's).
const std::vector<const StoryEdge*>& bundle(const Bundles& bundles, const std::pair<size_t, size_t>& key) {
    static const std::vector<const StoryEdge*> none;
    const auto it = bundles.find(key);
    return it == bundles.end() ? none : it->second;
}

std::string px(double v) { return number(v); }
std::string esc(const std::string& s) { return html_escape(s); }

// Choices between the same two nodes share one arrow, labelled with each choice (and its
// condition) on a line of its own. Each bundle's label sits in the gap right of its source,
// stacked top-down per gap so no two labels overlap. Returns the labels; `bottom` grows to the
// lowest label.
std::vector<SvgLabel> place_labels(const StoryMap& m, const Bundles& bundles, const std::vector<std::pair<size_t, size_t>>& order, Lang lang,
                                   double top, double& bottom) {
    constexpr double margin = kSvgMargin, kLine = kSvgLine;
    const double W = StoryMap::kNodeWidth, H = StoryMap::kNodeHeight;
    std::vector<SvgLabel> labels;
    for (const auto& key : order) {
        SvgLabel l;
        l.key = key;
        for (const auto* e : bundle(bundles, key)) {
            const std::string& cond = e->condition.get(lang);
            l.tip += (l.tip.empty() ? "" : "\n") + e->choice + ": " + e->choice_text.get(lang) + (cond.empty() ? "" : (nl(lang) ? " (als " : " (when ") + cond + ")");
            l.lines.push_back({clip(e->choice, 32), false});
            if (!cond.empty()) l.lines.push_back({clip((nl(lang) ? "als " : "if ") + cond, 34), true});
        }
        constexpr size_t kMaxLines = 6;
        if (l.lines.size() > kMaxLines) {
            const size_t more = l.lines.size() - (kMaxLines - 1);
            l.lines.resize(kMaxLines - 1);
            l.lines.push_back({"+ " + std::to_string(more) + (nl(lang) ? " regels (zie tip)" : " lines (see tip)"), true});
        }
        size_t longest = 0;
        for (const auto& line : l.lines) longest = std::max(longest, text_length(line.first));
        l.w = std::min(StoryMap::kColumnGap - 16, 6.6 * static_cast<double>(longest) + 12);
        l.h = kLine * static_cast<double>(l.lines.size()) + 6;
        const auto& from = m.nodes[key.first];
        const auto& to = m.nodes[key.second];
        // An arrow over columns gets its label just before its target: beside the step it enters.
        l.gap = !bundle(bundles, key).front()->back && to.column > from.column + 1 ? to.column - 1 : from.column;
        labels.push_back(std::move(l));
    }
    std::stable_sort(labels.begin(), labels.end(), [&](const SvgLabel& a, const SvgLabel& b) {
        if (a.gap != b.gap) return a.gap < b.gap;
        const bool a_skip = m.nodes[a.key.first].column != a.gap, b_skip = m.nodes[b.key.first].column != b.gap;
        if (a_skip != b_skip) return !a_skip;  // the direct arrows of the gap first, at their own height
        const auto &sa = m.nodes[a.key.first], &sb = m.nodes[b.key.first];
        if (sa.row != sb.row) return sa.row < sb.row;
        return m.nodes[a.key.second].row < m.nodes[b.key.second].row;
    });
    {
        int gap = -1;
        double cursor = 0;
        for (auto& l : labels) {
            const auto& a = m.nodes[l.key.first];
            const auto& b = m.nodes[l.key.second];
            if (l.gap != gap) gap = l.gap, cursor = top;
            const double gap_x = margin + l.gap * (StoryMap::kNodeWidth + StoryMap::kColumnGap) + W;
            l.x = gap_x + (StoryMap::kColumnGap - l.w) / 2;
            const double want = l.gap == a.column ? top + a.y + H / 2 : top + b.y + H / 2;
            l.y = std::max(want - l.h / 2, cursor);
            cursor = l.y + l.h + 8;
            bottom = std::max(bottom, cursor);
        }
    }
    return labels;
}

// The arrows: from the source through its label to the target; a loop runs under everything.
void draw_edges(std::string& o, const StoryMap& m, const Bundles& bundles, const std::vector<SvgLabel>& labels, double top, double low) {
    constexpr double margin = kSvgMargin, kLine = kSvgLine;
    const double W = StoryMap::kNodeWidth, H = StoryMap::kNodeHeight;
    for (const auto& l : labels) {
        const auto& a = m.nodes[l.key.first];
        const auto& b = m.nodes[l.key.second];
        const bool back = bundle(bundles, l.key).front()->back;
        const double x1 = margin + a.x + W, y1 = top + a.y + H / 2, lx1 = l.x, lx2 = l.x + l.w, ly = l.y + l.h / 2;
        auto curve = [&](double xa, double ya, double xb, double yb) {
            const double mid = (xa + xb) / 2;
            return "M" + px(xa) + "," + px(ya) + " C" + px(mid) + "," + px(ya) + " " + px(mid) + "," + px(yb) + " " + px(xb) + "," + px(yb);
        };
        const double lane = top - 16;
        std::string d;
        if (l.gap == a.column) d = curve(x1, y1, lx1, ly) + " ";
        else  // over the columns in between: up to the lane above the nodes, along it, down into the label
            d = "M" + px(x1) + "," + px(y1) + " C" + px(x1 + 30) + "," + px(y1) + " " + px(x1 + 30) + "," + px(lane) + " " + px(x1 + 60) + "," + px(lane) +
                " L" + px(lx1 - 60) + "," + px(lane) + " C" + px(lx1 - 30) + "," + px(lane) + " " + px(lx1 - 30) + "," + px(ly) + " " + px(lx1) + "," +
                px(ly) + " ";
        if (!back) d += curve(lx2, ly, margin + b.x, top + b.y + H / 2);
        else {
            const double xb = margin + b.x + W / 2, yb = top + b.y + H;
            d += "M" + px(lx2) + "," + px(ly) + " C" + px(lx2 + 40) + "," + px(low) + " " + px(xb) + "," + px(low) + " " + px(xb) + "," + px(yb);
        }
        const double weight = 1.2 + 0.4 * static_cast<double>(std::min<size_t>(bundle(bundles, l.key).size(), 4));
        o += "<g><title>" + esc(l.tip) + "</title>";
        o += "<path d=\"" + d + "\" fill=\"none\" stroke=\"#555\" stroke-width=\"" + px(weight) + "\"" + (back ? " stroke-dasharray=\"6 4\"" : "") +
             " marker-end=\"url(#pijl)\"/>";
        o += "<rect x=\"" + px(l.x) + "\" y=\"" + px(l.y) + "\" width=\"" + px(l.w) + "\" height=\"" + px(l.h) +
             "\" rx=\"3\" fill=\"#ffffff\" stroke=\"" + (back ? "#9aa3ad\" stroke-dasharray=\"3 2" : "#9aa3ad") + "\" stroke-width=\"0.8\"/>";
        for (size_t i = 0; i < l.lines.size(); ++i)
            o += "<text x=\"" + px(l.x + l.w / 2) + "\" y=\"" + px(l.y + 2 + kLine * static_cast<double>(i + 1) - 3) + "\" text-anchor=\"middle\" font-size=\"11\"" +
                 (l.lines[i].second ? " font-style=\"italic\" fill=\"#6a4a00\"" : " fill=\"#222\"") + ">" + esc(l.lines[i].first) + "</text>";
        o += "</g>\n";
    }
}

// The nodes: steps blue (the start with a thick border), endings by tone, unreachable and dead
// ends marked; each with a tooltip of its documents, facts and criteria.
void draw_nodes(std::string& o, const StoryMap& m, Lang lang, double top) {
    constexpr double margin = kSvgMargin;
    const double W = StoryMap::kNodeWidth, H = StoryMap::kNodeHeight;
    for (const auto& n : m.nodes) {
        std::string fill = "#eaf1fb", stroke = "#2a5d9f", dash;
        double sw = n.start ? 3.5 : 1.6;
        if (n.ending) {
            stroke = "#3c6e3c";
            fill = n.tone == "goed" ? "#e3f4e1" : n.tone == "zorgelijk" ? "#fbe3e3" : "#fff4d6";
            if (n.tone == "zorgelijk") stroke = "#9b2f2f";
            if (n.tone != "goed" && n.tone != "zorgelijk") stroke = "#8a6a00";
        }
        if (n.dead_end) stroke = "#d9822b", sw = 3;
        if (!n.reachable) stroke = "#c0392b", dash = " stroke-dasharray=\"7 5\"", sw = 2.5;
        const double x = margin + n.x, y = top + n.y;
        std::string tip = n.id + " — " + n.title.get(lang);
        if (!n.reachable) tip += nl(lang) ? "\nniet bereikbaar vanaf de start" : "\nnot reachable from the start";
        if (n.dead_end) tip += nl(lang) ? "\ndoodlopend: geen einde bereikbaar" : "\ndead end: no ending can be reached";
        if (!n.documents.empty()) tip += (nl(lang) ? "\ndocumenten: " : "\ndocuments: ") + join(n.documents);
        if (!n.facts.empty()) tip += (nl(lang) ? "\nfeiten: " : "\nfacts: ") + join(n.facts);
        if (!n.criteria.empty()) tip += (nl(lang) ? "\ncriteria: " : "\ncriteria: ") + join(n.criteria);
        o += "<g><title>" + esc(tip) + "</title>";
        o += "<rect x=\"" + px(x) + "\" y=\"" + px(y) + "\" width=\"" + px(W) + "\" height=\"" + px(H) + "\" rx=\"" + (n.ending ? "18" : "6") +
             "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + px(sw) + "\"" + dash + "/>";
        o += "<text x=\"" + px(x + 10) + "\" y=\"" + px(y + 20) + "\" font-weight=\"bold\" fill=\"#1d2733\">" + esc(clip(n.title.get(lang), 30)) + "</text>";
        std::string sub = n.id;
        if (n.start) sub += nl(lang) ? " · start" : " · start";
        if (!n.reachable) sub += nl(lang) ? " · onbereikbaar" : " · unreachable";
        if (n.dead_end) sub += nl(lang) ? " · doodlopend" : " · dead end";
        o += "<text x=\"" + px(x + 10) + "\" y=\"" + px(y + 38) + "\" font-family=\"DejaVu Sans Mono, monospace\" font-size=\"11\" fill=\"#44505c\">" +
             esc(clip(sub, 36)) + "</text>";
        if (!n.ending) {
            o += "<text x=\"" + px(x + 10) + "\" y=\"" + px(y + 58) + "\" font-size=\"12\" fill=\"#33404d\">" +
                 esc("D " + std::to_string(n.documents.size()) + " · F " + std::to_string(n.facts.size()) + " · C " + std::to_string(n.criteria.size())) +
                 "</text>";
            if (!n.criteria.empty())
                o += "<text x=\"" + px(x + 10) + "\" y=\"" + px(y + 78) + "\" font-size=\"11\" fill=\"#5a3d8a\">" + esc(clip(join(n.criteria), 40)) + "</text>";
        }
        o += "</g>\n";
    }
}

}  // namespace

std::string story_map_svg(const StoryMap& m, const Scenario& sc, Lang lang) {
    constexpr double margin = kSvgMargin, legend = kSvgLegend;
    const double width = m.width + 2 * margin;
    const std::string kHeight = "@HOOGTE@";  // known once the labels are placed
    std::string o;
    o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    o += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px(width) + "\" height=\"" + kHeight + "\" viewBox=\"0 0 " + px(width) + " " + kHeight + "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"13\">\n";
    o += "<title>" + esc((nl(lang) ? "Verhaalkaart: " : "Story map: ") + sc.meta.title.get(lang)) + "</title>\n";
    o += "<defs><marker id=\"pijl\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
         "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n";
    o += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    // Legend.
    const std::string summary = std::to_string(sc.steps.size()) + (nl(lang) ? " stappen, " : " steps, ") + std::to_string(sc.endings.size()) +
                                (nl(lang) ? " eindes, " : " endings, ") + std::to_string(m.edges.size()) + (nl(lang) ? " pijlen; " : " arrows; ") +
                                std::to_string(m.unreachable()) + (nl(lang) ? " onbereikbaar, " : " unreachable, ") + std::to_string(m.dead_ends()) +
                                (nl(lang) ? " doodlopend" : " dead ends");
    o += "<text x=\"" + px(margin) + "\" y=\"28\" font-size=\"18\" font-weight=\"bold\" fill=\"#1d2733\">" + esc(sc.meta.title.get(lang)) + "</text>\n";
    o += "<text x=\"" + px(margin) + "\" y=\"50\" fill=\"#33404d\">" + esc(summary) + "</text>\n";
    const std::string key = nl(lang) ? "Blauw: stap (dikke rand: start) · groen/geel/rood: einde (goed/gemengd/zorgelijk) · rode stippels: onbereikbaar · oranje: doodlopend · D documenten, F feiten, C criteria die hier beslist worden"
                                     : "Blue: step (thick border: start) · green/yellow/red: ending (good/mixed/worrying) · red dashes: unreachable · orange: dead end · D documents, F facts, C criteria decided here";
    o += "<text x=\"" + px(margin) + "\" y=\"68\" font-size=\"12\" fill=\"#55606b\">" + esc(key) + "</text>\n";
    const double top = margin + legend;
    // Edges first, so the nodes cover their ends. Choices between the same two nodes share one
    // arrow, labelled with each choice (and its condition) on a line of its own.
    Bundles bundles;
    std::vector<std::pair<size_t, size_t>> order;
    for (const auto& e : m.edges) {
        auto& b = bundles[{e.from, e.to}];
        if (b.empty()) order.push_back({e.from, e.to});
        b.push_back(&e);
    }
    double bottom = top + m.height;
    const std::vector<SvgLabel> labels = place_labels(m, bundles, order, lang, top, bottom);
    const double low = bottom + 30;  // loops run under everything
    draw_edges(o, m, bundles, labels, top, low);
    draw_nodes(o, m, lang, top);
    if (!m.criteria_elsewhere.empty()) {
        const std::string line = (nl(lang) ? "Niet aan één keuze gebonden (borden, einde): " : "Not tied to one choice (boards, ending): ") + join(m.criteria_elsewhere);
        o += "<text x=\"" + px(margin) + "\" y=\"" + px(low + 40) + "\" font-size=\"12\" fill=\"#5a3d8a\">" + esc(clip(line, 220)) + "</text>\n";
    }
    o += "</svg>\n";
    const std::string height = px(low + 60);
    for (size_t at = o.find(kHeight); at != std::string::npos; at = o.find(kHeight, at)) o.replace(at, kHeight.size(), height);
    return o;
}

std::string story_map_text(const StoryMap& m, Lang lang) {
    const bool d = nl(lang);
    std::string o;
    size_t steps = 0, endings = 0;
    for (const auto& n : m.nodes) (n.ending ? endings : steps)++;
    o += std::to_string(steps) + (d ? " stappen, " : " steps, ") + std::to_string(endings) + (d ? " eindes, " : " endings, ") +
         std::to_string(m.edges.size()) + (d ? " pijlen, " : " arrows, ") + std::to_string(m.unreachable()) + (d ? " onbereikbaar, " : " unreachable, ") +
         std::to_string(m.dead_ends()) + (d ? " doodlopend\n" : " dead ends\n");
    for (size_t i = 0; i < m.nodes.size(); ++i) {
        const auto& n = m.nodes[i];
        o += (n.ending ? (d ? "einde " : "ending ") : (d ? "stap " : "step ")) + n.id + " (" + (d ? "kolom " : "column ") + std::to_string(n.column) + ")";
        if (n.start) o += " start";
        if (!n.reachable) o += d ? " ONBEREIKBAAR" : " UNREACHABLE";
        if (n.dead_end) o += d ? " DOODLOPEND" : " DEAD END";
        o += "\n";
        if (!n.documents.empty()) o += (d ? "  documenten: " : "  documents: ") + join(n.documents) + "\n";
        if (!n.facts.empty()) o += (d ? "  feiten: " : "  facts: ") + join(n.facts) + "\n";
        if (!n.criteria.empty()) o += "  criteria: " + join(n.criteria) + "\n";
        for (const auto& e : m.edges)
            if (e.from == i) o += "  " + e.choice + " → " + m.nodes[e.to].id + (e.condition.empty() ? "" : (d ? "  [als " : "  [if ") + e.condition.get(lang) + "]") + "\n";
    }
    for (const auto& t : m.missing_targets) o += (d ? "bestaat niet: " : "does not exist: ") + t + "\n";
    if (!m.criteria_elsewhere.empty()) o += (d ? "criteria niet aan één keuze gebonden: " : "criteria not tied to one choice: ") + join(m.criteria_elsewhere) + "\n";
    return o;
}

}  // namespace lwp::core
