// Index of this file:
//   1. Who belongs to the family tree (components through parents/partners)
//   2. Generations (parent depth, partners share a row, roots sink to just above their children)
//   3. Rows: partner units, ordered under their parents, placed top-down, then parents centred
//      over their children bottom-up
//   4. Lines, the household outline and the network band
#include "core/layout/genogram_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace lwp::core {

namespace {

constexpr float kInUnit = 1.0f;      // partners side by side
constexpr float kSibling = 1.25f;    // between units of one sibling group
constexpr float kGroup = 1.6f;       // between sibling groups
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

bool network_role(const std::string& role) { return role == "netwerk" || role == "professional"; }

int index_of(const std::vector<Person>& persons, const std::string& id) {
    for (size_t i = 0; i < persons.size(); ++i)
        if (persons[i].id == id) return static_cast<int>(i);
    return -1;
}

struct Graph {
    std::vector<std::vector<size_t>> parents, children, partners;
    std::vector<std::pair<std::pair<size_t, size_t>, std::string>> couples;  // (low, high) index, status
};

// Parent and partner links by index; partners are symmetric even if only one side declared them.
Graph build_graph(const std::vector<Person>& persons) {
    Graph g;
    const size_t n = persons.size();
    g.parents.resize(n);
    g.children.resize(n);
    g.partners.resize(n);
    for (size_t i = 0; i < n; ++i) {
        for (const auto& pid : persons[i].parents) {
            int p = index_of(persons, pid);
            if (p < 0 || static_cast<size_t>(p) == i) continue;
            auto& list = g.parents[i];
            if (std::find(list.begin(), list.end(), static_cast<size_t>(p)) != list.end()) continue;
            list.push_back(static_cast<size_t>(p));
            g.children[static_cast<size_t>(p)].push_back(i);
        }
        for (const auto& rel : persons[i].partners) {
            int p = index_of(persons, rel.person);
            if (p < 0 || static_cast<size_t>(p) == i) continue;
            const std::pair<size_t, size_t> key{std::min(i, static_cast<size_t>(p)), std::max(i, static_cast<size_t>(p))};
            bool known = false;
            for (const auto& c : g.couples) known = known || c.first == key;
            if (known) continue;
            g.couples.push_back({key, rel.status});
            g.partners[i].push_back(static_cast<size_t>(p));
            g.partners[static_cast<size_t>(p)].push_back(i);
        }
    }
    return g;
}

// 1. Family: connected through parents/partners to a household member (or, when nobody is marked
// as household, to anyone), never by a network role.
std::vector<bool> family_members(const std::vector<Person>& persons, const Graph& g) {
    const size_t n = persons.size();
    std::vector<int> comp(n, -1);
    int comps = 0;
    for (size_t s = 0; s < n; ++s) {
        if (comp[s] >= 0 || network_role(persons[s].role)) continue;
        std::vector<size_t> stack{s};
        comp[s] = comps;
        while (!stack.empty()) {
            size_t i = stack.back();
            stack.pop_back();
            for (const auto* list : {&g.parents[i], &g.children[i], &g.partners[i]})
                for (size_t j : *list)
                    if (comp[j] < 0 && !network_role(persons[j].role)) {
                        comp[j] = comps;
                        stack.push_back(j);
                    }
        }
        ++comps;
    }
    std::vector<bool> has_household(static_cast<size_t>(comps), false);
    std::vector<int> size(static_cast<size_t>(comps), 0);
    for (size_t i = 0; i < n; ++i)
        if (comp[i] >= 0) {
            has_household[static_cast<size_t>(comp[i])] = has_household[static_cast<size_t>(comp[i])] || persons[i].household;
            ++size[static_cast<size_t>(comp[i])];
        }
    const bool any_household = std::find(has_household.begin(), has_household.end(), true) != has_household.end();
    std::vector<bool> family(n, false);
    for (size_t i = 0; i < n; ++i) {
        if (comp[i] < 0) continue;
        const auto c = static_cast<size_t>(comp[i]);
        family[i] = any_household ? has_household[c] : size[c] > 1;
    }
    return family;
}

// 2. Generations. Bounded iteration: a parent cycle (an authoring error) still ends.
std::vector<int> generations(const std::vector<bool>& family, const Graph& g) {
    const size_t n = family.size();
    std::vector<int> gen(n, 0);
    for (size_t round = 0; round < n + 2; ++round) {
        bool changed = false;
        for (size_t i = 0; i < n; ++i) {
            if (!family[i]) continue;
            for (size_t p : g.parents[i])
                if (family[p] && gen[i] < gen[p] + 1) gen[i] = gen[p] + 1, changed = true;
            // A root (no parents in the family) sinks to just above its highest child.
            bool root = std::none_of(g.parents[i].begin(), g.parents[i].end(), [&](size_t p) { return family[p]; });
            int lowest_child = std::numeric_limits<int>::max();
            for (size_t c : g.children[i])
                if (family[c]) lowest_child = std::min(lowest_child, gen[c]);
            if (root && lowest_child != std::numeric_limits<int>::max() && gen[i] < lowest_child - 1)
                gen[i] = lowest_child - 1, changed = true;
        }
        for (const auto& [pair, status] : g.couples) {
            auto [a, b] = pair;
            if (!family[a] || !family[b] || gen[a] == gen[b]) continue;
            gen[a] = gen[b] = std::max(gen[a], gen[b]);
            changed = true;
        }
        if (!changed) break;
    }
    int low = std::numeric_limits<int>::max();
    for (size_t i = 0; i < n; ++i)
        if (family[i]) low = std::min(low, gen[i]);
    for (size_t i = 0; i < n; ++i) gen[i] = family[i] ? std::min(gen[i] - low, static_cast<int>(n)) : 0;
    return gen;
}

// 3. A unit: partners in one row, chained (ex – person – new partner).
struct Unit {
    std::vector<size_t> members;
    float key = 0;      // where it wants to be: mean of its members' parent anchors
    int age = -1;       // of the member with parents: older siblings go left
    size_t first = 0;   // lowest person index, the last tie-break
};

std::vector<std::vector<Unit>> make_units(const std::vector<bool>& family, const std::vector<int>& gen, const Graph& g,
                                          int rows) {
    const size_t n = family.size();
    std::vector<std::vector<Unit>> out(static_cast<size_t>(rows));
    std::vector<bool> used(n, false);
    for (size_t s = 0; s < n; ++s) {
        if (!family[s] || used[s]) continue;
        // The component of partners in the same row, then walked as a chain from an end.
        std::vector<size_t> comp{s};
        used[s] = true;
        for (size_t k = 0; k < comp.size(); ++k)
            for (size_t p : g.partners[comp[k]])
                if (family[p] && !used[p] && gen[p] == gen[s]) used[p] = true, comp.push_back(p);
        auto degree = [&](size_t i) {
            return std::count_if(g.partners[i].begin(), g.partners[i].end(),
                                 [&](size_t p) { return std::find(comp.begin(), comp.end(), p) != comp.end(); });
        };
        std::sort(comp.begin(), comp.end());
        size_t start = comp.front();
        for (size_t i : comp)
            if (degree(i) == 1) {
                start = i;
                break;
            }
        Unit u;
        std::vector<bool> in_chain(n, false);
        u.members.push_back(start);
        in_chain[start] = true;
        while (u.members.size() < comp.size()) {
            size_t last = u.members.back(), next = n;
            for (size_t p : g.partners[last])
                if (!in_chain[p] && std::find(comp.begin(), comp.end(), p) != comp.end()) next = std::min(next, p);
            if (next == n)  // not a path: continue with the lowest index not yet placed
                for (size_t i : comp)
                    if (!in_chain[i]) {
                        next = i;
                        break;
                    }
            u.members.push_back(next);
            in_chain[next] = true;
        }
        u.first = comp.front();
        out[static_cast<size_t>(gen[s])].push_back(std::move(u));
    }
    return out;
}

float parent_anchor(size_t i, const std::vector<bool>& family, const std::vector<int>& gen, const Graph& g,
                    const std::vector<float>& x) {
    float sum = 0;
    int count = 0;
    for (size_t p : g.parents[i])
        if (family[p] && gen[p] < gen[i] && !std::isnan(x[p])) sum += x[p], ++count;
    return count ? sum / static_cast<float>(count) : kNaN;
}

float children_centre(size_t i, const std::vector<bool>& family, const std::vector<int>& gen, const Graph& g,
                      const std::vector<float>& x) {
    float sum = 0;
    int count = 0;
    for (size_t c : g.children[i])
        if (family[c] && gen[c] > gen[i] && !std::isnan(x[c])) sum += x[c], ++count;
    return count ? sum / static_cast<float>(count) : kNaN;
}

// Orders and places one row. `hint` gives units without parents a place (their children's
// centre from an earlier pass), so grandparents end up above the right parent.
void place_row(std::vector<Unit>& row, const std::vector<Person>& persons, const std::vector<bool>& family,
               const std::vector<int>& gen, const Graph& g, std::vector<float>& x, const std::vector<float>& hint) {
    for (Unit& u : row) {
        // Orientation: the member whose parents are further left goes left; otherwise men left.
        float a = parent_anchor(u.members.front(), family, gen, g, x);
        float b = parent_anchor(u.members.back(), family, gen, g, x);
        bool reverse = false;
        if (!std::isnan(a) && !std::isnan(b) && a != b) reverse = a > b;
        else if (u.members.size() == 2) reverse = persons[u.members.front()].gender != 'm' && persons[u.members.back()].gender == 'm';
        if (reverse) std::reverse(u.members.begin(), u.members.end());
        float sum = 0;
        int count = 0;
        u.age = -1;
        for (size_t m : u.members)
            if (float anchor = parent_anchor(m, family, gen, g, x); !std::isnan(anchor)) {
                sum += anchor, ++count;
                u.age = std::max(u.age, persons[m].age);
            }
        if (count) {
            u.key = sum / static_cast<float>(count);
        } else {
            float h = 0;
            int hc = 0;
            for (size_t m : u.members)
                if (!std::isnan(hint[m])) h += hint[m], ++hc;
            u.key = hc ? h / static_cast<float>(hc) : std::numeric_limits<float>::infinity();
        }
    }
    std::stable_sort(row.begin(), row.end(), [](const Unit& l, const Unit& r) {
        if (l.key != r.key) return l.key < r.key;
        if (l.age != r.age) return l.age > r.age;
        return l.first < r.first;
    });
    // Sibling groups share a key: laid out together, centred under the parents' anchor.
    float prev_end = -std::numeric_limits<float>::infinity();
    for (size_t s = 0; s < row.size();) {
        size_t e = s;
        while (e < row.size() && row[e].key == row[s].key) ++e;
        std::vector<float> rel;
        float pos = 0, anchored_sum = 0;
        int anchored = 0;
        for (size_t k = s; k < e; ++k) {
            if (k > s) pos += kSibling - kInUnit;
            for (size_t m : row[k].members) {
                if (!rel.empty()) pos += kInUnit;
                rel.push_back(pos);
                if (!std::isnan(parent_anchor(m, family, gen, g, x))) anchored_sum += pos, ++anchored;
            }
        }
        float start = std::isinf(row[s].key) || !anchored ? prev_end + kGroup : row[s].key - anchored_sum / static_cast<float>(anchored);
        if (std::isinf(prev_end)) start = std::isinf(start) ? 0.0f : start;
        else start = std::max(start, prev_end + kGroup);
        size_t r = 0;
        for (size_t k = s; k < e; ++k)
            for (size_t m : row[k].members) x[m] = start + rel[r++];
        prev_end = start + rel.back();
        s = e;
    }
}

// Moves parents right (never left, never into a neighbour) to sit above their children.
void centre_parents(std::vector<Unit>& row, const std::vector<bool>& family, const std::vector<int>& gen, const Graph& g,
                    std::vector<float>& x) {
    float limit = std::numeric_limits<float>::infinity();  // first x of the unit to the right
    for (size_t k = row.size(); k-- > 0;) {
        const Unit& u = row[k];
        float shift = 0;
        int count = 0;
        for (size_t m : u.members) {
            float c = children_centre(m, family, gen, g, x);
            if (std::isnan(c)) continue;
            // The parents' anchor: with a partner who shares the children, their midpoint.
            float mid = x[m];
            for (size_t p : g.partners[m])
                if (std::find(u.members.begin(), u.members.end(), p) != u.members.end() &&
                    !std::isnan(children_centre(p, family, gen, g, x)))
                    mid = (x[m] + x[p]) / 2;
            shift += c - mid, ++count;
        }
        const float last = x[u.members.back()];
        if (count && shift > 0) {
            shift = std::min(shift / static_cast<float>(count), limit - kSibling - last);
            if (shift > 0)
                for (size_t m : u.members) x[m] += shift;
        }
        limit = x[u.members.front()];
    }
}

}  // namespace

bool genogram_is_network(const std::vector<Person>& persons, size_t index) {
    if (index >= persons.size()) return false;
    return !family_members(persons, build_graph(persons))[index];
}

std::vector<GenogramSegment> union_outline(const std::vector<GenogramSegment>& rects) {
    std::vector<float> xs, ys;
    for (const auto& r : rects) {
        xs.insert(xs.end(), {r.x0, r.x1});
        ys.insert(ys.end(), {r.y0, r.y1});
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    if (xs.size() < 2 || ys.size() < 2) return {};
    const size_t nx = xs.size() - 1, ny = ys.size() - 1;
    std::vector<bool> inside(nx * ny, false);
    for (size_t i = 0; i < nx; ++i)
        for (size_t j = 0; j < ny; ++j) {
            const float cx = (xs[i] + xs[i + 1]) / 2, cy = (ys[j] + ys[j + 1]) / 2;
            for (const auto& r : rects)
                if (cx > r.x0 && cx < r.x1 && cy > r.y0 && cy < r.y1) {
                    inside[i * ny + j] = true;
                    break;
                }
        }
    auto in = [&](long i, long j) {
        if (i < 0 || j < 0 || i >= static_cast<long>(nx) || j >= static_cast<long>(ny)) return false;
        return static_cast<bool>(inside[static_cast<size_t>(i) * ny + static_cast<size_t>(j)]);
    };
    std::vector<GenogramSegment> out;
    // Horizontal edges along each grid line y = ys[j], merged where they continue.
    for (size_t j = 0; j <= ny; ++j) {
        GenogramSegment* open = nullptr;
        for (size_t i = 0; i < nx; ++i) {
            const auto li = static_cast<long>(i), lj = static_cast<long>(j);
            if (in(li, lj - 1) != in(li, lj)) {
                if (open && open->x1 == xs[i]) open->x1 = xs[i + 1];
                else {
                    out.push_back({xs[i], ys[j], xs[i + 1], ys[j]});
                    open = &out.back();
                }
            } else open = nullptr;
        }
    }
    for (size_t i = 0; i <= nx; ++i) {
        GenogramSegment* open = nullptr;
        for (size_t j = 0; j < ny; ++j) {
            const auto li = static_cast<long>(i), lj = static_cast<long>(j);
            if (in(li - 1, lj) != in(li, lj)) {
                if (open && open->y1 == ys[j]) open->y1 = ys[j + 1];
                else {
                    out.push_back({xs[i], ys[j], xs[i], ys[j + 1]});
                    open = &out.back();
                }
            } else open = nullptr;
        }
    }
    return out;
}

GenogramLayout layout_genogram(const std::vector<Person>& persons, GenogramOutline outline) {
    GenogramLayout out;
    const size_t n = persons.size();
    const Graph g = build_graph(persons);
    const std::vector<bool> family = family_members(persons, g);
    const std::vector<int> gen = generations(family, g);
    int rows = 0;
    for (size_t i = 0; i < n; ++i)
        if (family[i]) rows = std::max(rows, gen[i] + 1);
    out.generations = rows;

    // Two passes: the second lets parentless units follow their children's places of the first.
    std::vector<float> x(n, kNaN), hint(n, kNaN);
    for (int pass = 0; pass < 2; ++pass) {
        auto units = make_units(family, gen, g, rows);
        std::fill(x.begin(), x.end(), kNaN);
        for (auto& row : units) place_row(row, persons, family, gen, g, x, hint);
        for (size_t r = units.size(); r-- > 0;) centre_parents(units[r], family, gen, g, x);
        for (size_t i = 0; i < n; ++i)
            if (family[i]) hint[i] = children_centre(i, family, gen, g, x);
    }
    float low = std::numeric_limits<float>::infinity(), high = -std::numeric_limits<float>::infinity();
    for (size_t i = 0; i < n; ++i)
        if (family[i]) low = std::min(low, x[i]), high = std::max(high, x[i]);
    out.family_width = rows ? high - low + 1 : 0;

    // 4. The network band: columns beside the tree, filled top to bottom.
    std::vector<size_t> network;
    for (size_t i = 0; i < n; ++i)
        if (!family[i]) network.push_back(i);
    out.band_x = rows ? out.family_width + 1.0f : 0.0f;
    out.band_rows = network.empty() ? 0 : std::max(rows, std::min(static_cast<int>(network.size()), 3));
    out.nodes.resize(n);
    for (size_t i = 0; i < n; ++i) {
        GenogramNode& node = out.nodes[i];
        node.person = i;
        node.network = !family[i];
        if (family[i]) {
            node.x = x[i] - low;
            node.y = static_cast<float>(gen[i]);
            node.generation = gen[i];
        }
    }
    for (size_t k = 0; k < network.size(); ++k) {
        GenogramNode& node = out.nodes[network[k]];
        const auto band_rows = static_cast<size_t>(out.band_rows);
        node.x = out.band_x + static_cast<float>(k / band_rows);
        node.y = static_cast<float>(k % band_rows);
    }
    const float band_cols = network.empty() ? 0.0f : std::ceil(static_cast<float>(network.size()) / static_cast<float>(out.band_rows));
    out.width = network.empty() ? out.family_width : out.band_x + band_cols;
    out.height = static_cast<float>(std::max({rows, out.band_rows, 1}));

    // Couples (left to right) and families (parents → children).
    for (const auto& [pair, status] : g.couples) {
        auto [a, b] = pair;
        if (!family[a] || !family[b]) continue;
        if (out.nodes[a].x > out.nodes[b].x) std::swap(a, b);
        out.couples.push_back({a, b, status});
    }
    std::map<std::vector<size_t>, std::vector<size_t>> by_parents;  // ordered: deterministic
    for (size_t i = 0; i < n; ++i) {
        if (!family[i]) continue;
        std::vector<size_t> ps;
        for (size_t p : g.parents[i])
            if (family[p]) ps.push_back(p);
        if (ps.empty()) continue;
        std::sort(ps.begin(), ps.end(), [&](size_t l, size_t r) { return out.nodes[l].x < out.nodes[r].x; });
        by_parents[ps].push_back(i);
    }
    for (auto& [ps, kids] : by_parents) {
        std::sort(kids.begin(), kids.end(), [&](size_t l, size_t r) { return out.nodes[l].x < out.nodes[r].x; });
        float sum = 0;
        for (size_t p : ps) sum += out.nodes[p].x;
        out.families.push_back({ps, kids, sum / static_cast<float>(ps.size())});
    }

    // The household: runs of neighbouring members per row, joined to overlapping runs in the next row.
    std::vector<std::vector<size_t>> row_nodes(static_cast<size_t>(rows));
    for (size_t i = 0; i < n; ++i)
        if (family[i]) row_nodes[static_cast<size_t>(gen[i])].push_back(i);
    std::vector<std::vector<GenogramSegment>> runs(static_cast<size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        auto& list = row_nodes[static_cast<size_t>(r)];
        std::sort(list.begin(), list.end(), [&](size_t l, size_t rr) { return out.nodes[l].x < out.nodes[rr].x; });
        GenogramSegment* open = nullptr;
        for (size_t i : list) {
            if (!persons[i].household) {
                open = nullptr;
                continue;
            }
            const float cx = out.nodes[i].x, cy = out.nodes[i].y;
            if (open) open->x1 = cx + outline.pad_x;
            else {
                runs[static_cast<size_t>(r)].push_back({cx - outline.pad_x, cy - outline.above, cx + outline.pad_x, cy + outline.below});
                open = &runs[static_cast<size_t>(r)].back();
            }
        }
    }
    std::vector<GenogramSegment> rects;
    for (int r = 0; r < rows; ++r) {
        for (const auto& run : runs[static_cast<size_t>(r)]) {
            rects.push_back(run);
            if (r + 1 >= rows) continue;
            for (const auto& below : runs[static_cast<size_t>(r + 1)]) {
                const float l = std::max(run.x0, below.x0), rr = std::min(run.x1, below.x1);
                if (l < rr) rects.push_back({l, run.y1, rr, below.y0});
            }
        }
    }
    out.household = union_outline(rects);
    return out;
}

int tie_crossings(float ax, float ay, float cx, float cy, float bx, float by, const std::vector<GenogramBox>& obstacles) {
    constexpr int kSamples = 48;
    int crossings = 0;
    for (const GenogramBox& o : obstacles) {
        for (int i = 1; i < kSamples; ++i) {
            const float t = static_cast<float>(i) / kSamples, u = 1 - t;
            const float x = u * u * ax + 2 * u * t * cx + t * t * bx, y = u * u * ay + 2 * u * t * cy + t * t * by;
            if (x > o.x0 && x < o.x1 && y > o.y0 && y < o.y1) {
                ++crossings;
                break;
            }
        }
    }
    return crossings;
}

TieArc route_tie(float ax, float ay, float bx, float by, const std::vector<GenogramBox>& obstacles, float min_bend, float max_bend) {
    const float len = std::hypot(bx - ax, by - ay);
    TieArc best;
    best.cx = (ax + bx) * 0.5f;
    best.cy = (ay + by) * 0.5f;
    if (len <= 0) return best;
    const float dx = (bx - ax) / len, dy = (by - ay) / len;
    float nx = dy, ny = -dx;  // a normal; the preferred one points up (or right when upright)
    if (ny > 0.2f || (std::abs(ny) <= 0.2f && nx < 0)) nx = -nx, ny = -ny;
    const float first = std::clamp(len * 0.22f, min_bend, std::max(min_bend, max_bend));
    const float last = std::max(first, len * 0.9f);
    float best_score = 1e30f;
    for (float bend = first; bend <= last * 1.001f; bend += std::max(first * 0.5f, 1e-3f))
        for (int side : {1, -1}) {
            const float cx = (ax + bx) * 0.5f + nx * bend * static_cast<float>(side);
            const float cy = (ay + by) * 0.5f + ny * bend * static_cast<float>(side);
            const int crossings = tie_crossings(ax, ay, cx, cy, bx, by, obstacles);
            const float score = static_cast<float>(crossings) * 1e6f + bend + (side < 0 ? first * 0.25f : 0.0f);
            if (score < best_score) {
                best_score = score;
                best = {cx, cy, crossings};
            }
        }
    return best;
}

}  // namespace lwp::core
