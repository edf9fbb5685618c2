// Where the persons of a case go on the persons board (bouwsteen.tijdlijn, genogram and sociogram):
// family members in generation rows (by parent depth), partners side by side, children centred
// under their parents, the household as one outline; everyone not tied into the family by parents
// or partners (network, professionals) in a band beside it. UI-free and deterministic: the board
// scales the result (x in person slots, y in generation rows) and caches it per scenario.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/scenario.hpp"

namespace lwp::core {

struct GenogramNode {
    size_t person = 0;       // index into the persons that were laid out
    float x = 0, y = 0;      // slot column and row (generation; band row for the network)
    int generation = 0;      // family only
    bool network = false;    // in the sociogram band, not in the family tree
};

struct GenogramCouple {
    size_t a = 0, b = 0;     // node indices, a left of b
    std::string status;      // "samen", "gescheiden", "overleden" (as declared; "" = samen)
};

// One parent or a parent pair with their children: a line down from the parents' anchor to a
// sibling bar, and from there to every child.
struct GenogramFamily {
    std::vector<size_t> parents;   // node indices, left to right
    std::vector<size_t> children;  // node indices, left to right
    float anchor_x = 0;            // midpoint of the parents
};

struct GenogramSegment {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct GenogramLayout {
    std::vector<GenogramNode> nodes;  // one per person, in the persons' order
    std::vector<GenogramCouple> couples;
    std::vector<GenogramFamily> families;
    std::vector<GenogramSegment> household;  // outline around all household members (may be several shapes)
    int generations = 0;   // rows of the family tree
    float family_width = 0;  // slots used by the family tree (x from 0)
    float band_x = 0;        // first slot column of the network band (when there is one)
    int band_rows = 0;
    float width = 0, height = 0;  // everything, in slots and rows (height >= 1)
};

// Sizes of the household outline around a member's slot (symbol above, name below the centre).
struct GenogramOutline {
    float pad_x = 0.46f, above = 0.32f, below = 0.52f;
};

// Family member: linked to another person by parents or partners, or living in the household,
// and not a "netwerk" / "professional" by role. Everyone else is network.
bool genogram_is_network(const std::vector<Person>& persons, size_t index);

GenogramLayout layout_genogram(const std::vector<Person>& persons, GenogramOutline outline = {});

// A tie of the sociogram is drawn as an arc (a quadratic Bézier from a to b through the control
// point c). route_tie bends it so that it crosses as few obstacles (the other persons' symbols
// with their names) as it can: it tries both sides and ever larger bends, from `min_bend` up to
// about the tie's length, and keeps the arc with the fewest crossings, then the smallest bend,
// then the preferred side (upwards, or to the right for an upright tie). Any unit; y grows down.
struct GenogramBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
struct TieArc {
    float cx = 0, cy = 0;  // the control point
    int crossings = 0;     // obstacles the arc still passes through
};
TieArc route_tie(float ax, float ay, float bx, float by, const std::vector<GenogramBox>& obstacles, float min_bend, float max_bend);
// How many of `obstacles` the arc a → c → b passes through (sampled along the curve).
int tie_crossings(float ax, float ay, float cx, float cy, float bx, float by, const std::vector<GenogramBox>& obstacles);

// The boundary of the union of axis-aligned rectangles, as horizontal and vertical segments
// (used for the household outline; exposed for its test).
std::vector<GenogramSegment> union_outline(const std::vector<GenogramSegment>& rects);

}  // namespace lwp::core
