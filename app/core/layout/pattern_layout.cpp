#include "core/layout/pattern_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/model/scenario.hpp"
#include "core/fold/session.hpp"

namespace lwp::core {

// ---------------------------------------------------------------------------------------------
// Family members
// ---------------------------------------------------------------------------------------------
namespace {
std::string lower(const std::string& s) {
    std::string out = s;
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
bool has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }
}  // namespace

bool is_parent_role(const std::string& role) {
    const std::string r = lower(role);
    // Grandparents ("grootmoeder", "grandfather") are network, not the parents of the pattern.
    if (has(r, "groot") || has(r, "grand")) return false;
    return has(r, "moeder") || has(r, "vader") || has(r, "ouder") || has(r, "mother") || has(r, "father") ||
           has(r, "parent");
}

bool is_child_role(const std::string& role) {
    const std::string r = lower(role);
    if (has(r, "klein") || has(r, "grand")) return false;  // a grandchild is not the family's child
    return has(r, "kind") || has(r, "zoon") || has(r, "dochter") || has(r, "jeugdige") || has(r, "child");
}

std::vector<std::string> family_members(const Scenario& scenario) {
    std::vector<std::string> out;
    for (const auto& p : scenario.persons)
        if (p.household || is_parent_role(p.role) || is_child_role(p.role)) out.push_back(p.id);
    return out;
}

std::vector<std::string> safety_grid_persons(const Scenario& scenario) {
    std::vector<std::string> out, network;
    const std::vector<std::string> family = family_members(scenario);
    for (const auto& p : scenario.persons) {
        if (p.deceased) continue;
        if (std::find(family.begin(), family.end(), p.id) != family.end()) out.push_back(p.id);
        else network.push_back(p.id);
    }
    out.insert(out.end(), network.begin(), network.end());
    return out;
}

// ---------------------------------------------------------------------------------------------
// Evidence dropped onto the pattern
// ---------------------------------------------------------------------------------------------

std::map<std::string, std::string> FactorDraft::args() const {
    std::string list;
    for (const auto& e : evidence) list += (list.empty() ? "" : ",") + e;
    return {{"gebied", std::string(pattern_areas()[static_cast<size_t>(area)].id)},
            {"persoon", person},
            {"tekst", text},
            {"bewijs", list}};
}

std::string person_for_area(const Scenario& scenario, const std::vector<std::string>& persons, PatternArea area) {
    for (const auto& id : persons) {
        const Person* p = scenario.person(id);
        if (!p) continue;
        switch (area) {
            case PatternArea::ParentDevelopment:
            case PatternArea::ParentBehaviour:
                if (is_parent_role(p->role)) return id;
                break;
            case PatternArea::ChildDevelopment:
            case PatternArea::ChildBehaviour:
                if (is_child_role(p->role)) return id;
                break;
            case PatternArea::HelpPattern: return id;
        }
    }
    return {};
}

std::optional<FactorDraft> factor_from_drop(const Scenario& scenario, const SessionState& state, DropSource source,
                                            const std::string& id, PatternArea area, Lang lang) {
    FactorDraft d;
    d.area = area;
    d.evidence = {id};
    std::vector<std::string> persons;
    if (source == DropSource::Fact) {
        const Fact* f = scenario.fact(id);
        if (!f || !state.knows_fact(id)) return std::nullopt;
        d.text = f->text.get(lang);
        persons = f->persons;
    } else {
        const TimelineEntry* e = state.analysis.timeline.entry(id);
        if (!e) return std::nullopt;
        const Fact* f = e->fact.empty() ? nullptr : scenario.fact(e->fact);
        d.text = !e->text.empty() ? e->text : f ? f->text.get(lang) : std::string();
        persons = e->persons;
        if (d.text.empty()) return std::nullopt;  // a factor needs text
    }
    // The help pattern is about the help, not about one person: leave it to the trainee.
    if (area != PatternArea::HelpPattern) d.person = person_for_area(scenario, persons, area);
    return d;
}

std::string evidence_with(const std::vector<std::string>& evidence, const std::string& id) {
    std::string list;
    for (const auto& e : evidence) list += (list.empty() ? "" : ",") + e;
    if (std::find(evidence.begin(), evidence.end(), id) == evidence.end()) list += (list.empty() ? "" : ",") + id;
    return list;
}

std::string evidence_without(const std::vector<std::string>& evidence, const std::string& id) {
    std::string list;
    for (const auto& e : evidence)
        if (e != id) list += (list.empty() ? "" : ",") + e;
    return list;
}

// ---------------------------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------------------------
namespace {

// Lays the cards of one area out in rows inside `inner` (x and width fixed, y from inner.y0);
// returns the height used. Rows are as tall as their tallest card.
float flow_cards(const std::vector<size_t>& members, float x0, float y0, float inner_w, float card_w, int columns,
                 float spacing, const std::function<float(size_t, float)>& card_height, std::vector<Rect>& cards) {
    float y = y0;
    for (size_t start = 0; start < members.size(); start += static_cast<size_t>(columns)) {
        const size_t end = std::min(members.size(), start + static_cast<size_t>(columns));
        float row_h = 0;
        for (size_t k = start; k < end; ++k) row_h = std::max(row_h, card_height(members[k], card_w));
        for (size_t k = start; k < end; ++k) {
            const float x = x0 + static_cast<float>(k - start) * (card_w + spacing);
            cards[members[k]] = {x, y, std::min(x + card_w, x0 + inner_w), y + row_h};
        }
        y += row_h + spacing;
    }
    return members.empty() ? 0 : y - spacing - y0;
}

struct Columns {
    int n = 1;
    float width = 0;
};

Columns columns_for(float inner_w, const PatternMetrics& m) {
    Columns c;
    c.n = std::max(1, static_cast<int>(std::floor((inner_w + m.spacing) / (m.min_card_width + m.spacing))));
    c.width = std::max(1.0f, (inner_w - static_cast<float>(c.n - 1) * m.spacing) / static_cast<float>(c.n));
    return c;
}

}  // namespace

PatternGeometry layout_pattern(const PatternMetrics& m, std::span<const PatternArea> factor_areas,
                               const std::function<float(size_t, float)>& card_height) {
    PatternGeometry g;
    g.cards.assign(factor_areas.size(), Rect{});
    std::array<std::vector<size_t>, 5> members;
    for (size_t i = 0; i < factor_areas.size(); ++i) members[static_cast<size_t>(factor_areas[i])].push_back(i);

    const float col_w = std::max(1.0f, (m.width - m.gap) * 0.5f);
    const float right_x = col_w + m.gap;
    // Content height of an area of width w starting at y (cards placed as a side effect).
    auto fill = [&](size_t area, float x, float y, float w) {
        const float inner_w = std::max(1.0f, w - 2 * m.pad);
        const Columns c = columns_for(inner_w, m);
        g.card_width[area] = c.width;
        const float used = flow_cards(members[area], x + m.pad, y + m.header + m.pad, inner_w, c.width, c.n, m.spacing,
                                      card_height, g.cards);
        return m.header + m.pad + used + m.pad;
    };
    // Cards are placed at the row's top, so the row height can be settled afterwards.
    auto row = [&](size_t left, size_t right, float y, float min_h) {
        const float h = std::max({min_h, fill(left, 0, y, col_w), fill(right, right_x, y, col_w)});
        g.areas[left] = {0, y, col_w, y + h};
        g.areas[right] = {right_x, y, right_x + col_w, y + h};
        return h;
    };
    using A = PatternArea;
    const float top_h = row(static_cast<size_t>(A::ParentDevelopment), static_cast<size_t>(A::ParentBehaviour), 0, m.min_area_height);
    const float y2 = top_h + m.gap;
    const float bottom_h =
        row(static_cast<size_t>(A::ChildBehaviour), static_cast<size_t>(A::ChildDevelopment), y2, m.min_area_height);
    const float y3 = y2 + bottom_h + m.gap * 0.5f;
    const size_t help = static_cast<size_t>(A::HelpPattern);
    const float help_h = std::max(m.min_help_height, fill(help, 0, y3, col_w * 2 + m.gap));
    g.areas[help] = {0, y3, col_w * 2 + m.gap, y3 + help_h};
    g.height = y3 + help_h;
    return g;
}

Vec2 border_point(const Rect& r, Vec2 toward) {
    const Vec2 c = r.center();
    const float dx = toward.x - c.x, dy = toward.y - c.y;
    if (dx == 0 && dy == 0) return c;
    const float hw = r.width() * 0.5f, hh = r.height() * 0.5f;
    const float sx = dx != 0 ? hw / std::fabs(dx) : 1e30f;
    const float sy = dy != 0 ? hh / std::fabs(dy) : 1e30f;
    const float s = std::min(sx, sy);
    return {c.x + dx * s, c.y + dy * s};
}

ArrowCurve arrow_between(const Rect& from, const Rect& to, float bend, float max_offset) {
    ArrowCurve a;
    a.p0 = border_point(from, to.center());
    a.p1 = border_point(to, from.center());
    const float dx = a.p1.x - a.p0.x, dy = a.p1.y - a.p0.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    // Left of the direction of travel (screen y points down): (dy, -dx) / len.
    const float nx = len > 0 ? dy / len : 0, ny = len > 0 ? -dx / len : 0;
    const float off = std::min(len * bend, max_offset);
    a.c0 = {a.p0.x + dx / 3 + nx * off, a.p0.y + dy / 3 + ny * off};
    a.c1 = {a.p0.x + dx * 2 / 3 + nx * off, a.p0.y + dy * 2 / 3 + ny * off};
    return a;
}

Vec2 bezier_point(const ArrowCurve& c, float t) {
    const float u = 1 - t;
    const float a = u * u * u, b = 3 * u * u * t, d = 3 * u * t * t, e = t * t * t;
    return {a * c.p0.x + b * c.c0.x + d * c.c1.x + e * c.p1.x, a * c.p0.y + b * c.c0.y + d * c.c1.y + e * c.p1.y};
}

}  // namespace lwp::core
