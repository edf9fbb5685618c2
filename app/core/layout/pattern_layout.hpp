// Pure computations behind the family-pattern board (bouwsteen.gezinspatroon) and the other analysis
// boards that need the same notions: which persons are parents or children, what a dropped fact
// or timeline entry becomes as a pattern factor, where the areas and factor cards go, and the
// curve of an influence arrow. No ImGui here: the views measure text and draw, this file decides.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/fold/analysis.hpp"
#include "core/model/text.hpp"

namespace lwp::core {

struct Scenario;
struct SessionState;

// --- Family members ---------------------------------------------------------------------------

// Roles as scenario authors write them ("moeder", "pleegvader", "stiefouder", "kind", "pleegkind").
bool is_parent_role(const std::string& role);
bool is_child_role(const std::string& role);
// Persons whose immediate safety is assessed (bouwsteen.directe_veiligheid "all family members"): parents and children
// wherever they live, and everyone else in the household. Declaration order.
std::vector<std::string> family_members(const Scenario& scenario);
// The rows of the safety grid: the living family members (as above), then the living network
// around them (grandparents elsewhere, a neighbour), whose behaviour can make the children safe
// or unsafe as well. A person the author marked as deceased (`overleden = true`) is never asked about.
std::vector<std::string> safety_grid_persons(const Scenario& scenario);

// --- Evidence dropped onto the pattern --------------------------------------------------------

// What the trainee dragged onto an area: a discovered fact or a timeline entry.
enum class DropSource { Fact, TimelineEntry };

// A new factor, ready to become a "patroon.factor" action.
struct FactorDraft {
    PatternArea area = PatternArea::ParentDevelopment;
    std::string person;  // the first person of the evidence who fits the area, or ""
    std::string text;
    std::vector<std::string> evidence;

    std::map<std::string, std::string> args() const;  // gebied, persoon, tekst, bewijs
};

// The person a factor in `area` is about, picked from the evidence's persons: a parent for the
// parent areas, a child for the child areas, anyone for the help pattern. "" if none fits.
std::string person_for_area(const Scenario& scenario, const std::vector<std::string>& persons, PatternArea area);

// A drop of `id` onto `area` as a new factor with that evidence; nullopt if the id is not a
// discovered fact / existing timeline entry (the action would be refused anyway).
std::optional<FactorDraft> factor_from_drop(const Scenario& scenario, const SessionState& state, DropSource source,
                                            const std::string& id, PatternArea area, Lang lang);

// Evidence list with `id` added once, as the comma list "bewijs" expects.
std::string evidence_with(const std::vector<std::string>& evidence, const std::string& id);
std::string evidence_without(const std::vector<std::string>& evidence, const std::string& id);

// --- Geometry ---------------------------------------------------------------------------------

struct Vec2 {
    float x = 0, y = 0;
};

struct Rect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
    Vec2 center() const { return {(x0 + x1) * 0.5f, (y0 + y1) * 0.5f}; }
    bool contains(Vec2 p) const { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
    bool contains(const Rect& r) const { return r.x0 >= x0 && r.x1 <= x1 && r.y0 >= y0 && r.y1 <= y1; }
    bool overlaps(const Rect& r) const { return x0 < r.x1 && r.x0 < x1 && y0 < r.y1 && r.y0 < y1; }
};

// Sizes of the diagram, in pixels (the view derives them from the font size).
struct PatternMetrics {
    float width = 800;           // the whole diagram
    float gap = 60;              // between the areas: room for the big area arrows
    float header = 34;           // area title strip
    float pad = 10;              // inside an area, around the cards
    float spacing = 8;           // between cards
    float min_card_width = 220;  // cards get wider, never narrower (unless the area is narrower)
    float min_area_height = 160; // an empty area still offers room to drop onto
    float min_help_height = 110;
};

// The CAF/GIZ diagram as a clockwise loop, with the help pattern as a band below it:
//
//     ontwikkeling ouder  ──▶  gedrag ouder
//            ▲                      │
//            │                      ▼
//       gedrag kind      ◀──  ontwikkeling kind
//     ───────────── hulpverleningspatroon ─────────────
//
// Cards flow left to right, top to bottom inside their area; a row of areas is as tall as its
// fullest area. Everything is relative to the diagram's top-left corner.
struct PatternGeometry {
    std::array<Rect, 5> areas;              // indexed by PatternArea
    std::array<float, 5> card_width{};      // per area
    std::vector<Rect> cards;                // one per factor, in the input order
    float height = 0;
};

// `factor_areas[i]` is factor i's area; `card_height(i, width)` measures its card at that width.
PatternGeometry layout_pattern(const PatternMetrics& metrics, std::span<const PatternArea> factor_areas,
                               const std::function<float(size_t, float)>& card_height);

// The point where the segment from the centre of `r` towards `toward` leaves `r`.
Vec2 border_point(const Rect& r, Vec2 toward);

// An influence arrow from one card to another: a cubic Bézier from border to border that bends a
// little to the left of its direction, so that a→b and b→a stay two visible arrows.
struct ArrowCurve {
    Vec2 p0, c0, c1, p1;  // start, control points, end (the arrowhead sits at p1)
};
// `bend` is the sideways offset as a fraction of the length, at most `max_offset` pixels.
ArrowCurve arrow_between(const Rect& from, const Rect& to, float bend = 0.18f, float max_offset = 1e30f);
Vec2 bezier_point(const ArrowCurve& c, float t);

}  // namespace lwp::core
