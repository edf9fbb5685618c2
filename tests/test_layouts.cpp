// The pure layouts behind the timeline and persons boards: timeline ordering, overlap avoidance,
// periods and the undated column; genogram generations, couples, children under parents,
// determinism, the household outline and a 30-person family.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/layout/genogram_layout.hpp"
#include "core/layout/timeline_layout.hpp"

using namespace lwp;

namespace {

core::TimelineEntry entry(const std::string& date, core::Lane lane = core::Lane::LifeEvent) {
    core::TimelineEntry e;
    e.id = "t" + date;
    e.text = date;
    if (!date.empty()) e.date = *core::parse_case_date(date);
    e.lane = lane;
    return e;
}

bool overlap(const core::TimelineCard& a, const core::TimelineCard& b) {
    return a.undated == b.undated && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

core::Person person(const std::string& id, char gender, std::vector<std::string> parents = {},
                    std::vector<core::Relation> partners = {}, bool household = true) {
    core::Person p;
    p.id = id;
    p.name = id;
    p.gender = gender;
    p.parents = std::move(parents);
    p.partners = std::move(partners);
    p.household = household;
    return p;
}

const core::GenogramNode& node(const core::GenogramLayout& l, const std::vector<core::Person>& ps, const std::string& id) {
    for (size_t i = 0; i < ps.size(); ++i)
        if (ps[i].id == id) return l.nodes[i];
    FAIL("no person " << id);
    return l.nodes.front();
}

}  // namespace

TEST_CASE("timeline layout: chronological x, lanes, no overlapping cards") {
    core::TimelineLayoutParams p;
    std::vector<core::TimelineEntry> es{entry("2022-03"), entry("2021-05"), entry("2024-02", core::Lane::Report),
                                        entry("2024-02"), entry("2024-02"), entry("2023-01", core::Lane::Help)};
    auto l = core::layout_timeline(es, p);
    REQUIRE(l.cards.size() == es.size());
    CHECK(l.first_month == 2021 * 12);
    // Later dates further right, whatever the order they were placed in.
    CHECK(l.cards[1].x0 < l.cards[0].x0);
    CHECK(l.cards[0].x0 < l.cards[5].x0);
    CHECK(l.cards[5].x0 < l.cards[3].x0);
    CHECK(l.cards[1].x0 == doctest::Approx(4 * p.month_width));  // May 2021, axis from January 2021
    // Every card sits inside its own lane, lanes top to bottom in core::lanes() order.
    for (const auto& c : l.cards) {
        CHECK(c.y0 >= l.lane_top[static_cast<size_t>(c.lane)] + p.lane_header);
        CHECK(c.y1 <= l.lane_bottom[static_cast<size_t>(c.lane)]);
        CHECK(l.lane_at((c.y0 + c.y1) / 2) == c.lane);
    }
    CHECK(l.lane_top[0] < l.lane_top[1]);
    CHECK(l.lane_top[2] < l.lane_top[3]);
    CHECK(l.lane_at(-1) == -1);
    CHECK(l.lane_at(l.height + 1) == -1);
    // In the gap between two lanes, above and below: the closest lane.
    CHECK(l.lane_at(l.lane_bottom[1] + p.lane_gap * 0.25f) == -1);
    CHECK(l.nearest_lane(l.lane_bottom[1] + p.lane_gap * 0.25f) == 1);
    CHECK(l.nearest_lane(l.lane_top[2] - p.lane_gap * 0.25f) == 2);
    CHECK(l.nearest_lane(-50) == 0);
    CHECK(l.nearest_lane(l.height + 500) == 3);
    // Three entries in February 2024 in one lane: stacked in rows, placement order kept.
    CHECK(l.cards[3].row == 0);
    CHECK(l.cards[4].row == 1);
    CHECK(l.lane_rows[0] == 2);
    CHECK(l.cards[2].row == 0);  // the report lane has its own rows
    for (size_t i = 0; i < l.cards.size(); ++i)
        for (size_t j = i + 1; j < l.cards.size(); ++j) {
            CAPTURE(i);
            CAPTURE(j);
            CHECK_FALSE(overlap(l.cards[i], l.cards[j]));
        }
    // Every card fits on the axis.
    for (const auto& c : l.cards) CHECK(c.x1 <= l.axis_width);
}

TEST_CASE("timeline layout: periods span their duration, zoom scales x, rows are reused") {
    core::TimelineLayoutParams p;
    p.month_width = 30;
    std::vector<core::TimelineEntry> es{entry("2022-03/2022-09", core::Lane::Help), entry("2022"), entry("2022-05-16")};
    auto l = core::layout_timeline(es, p);
    const auto& period = l.cards[0];
    CHECK(period.span_x0 == doctest::Approx(2 * 30.0f));   // start of March
    CHECK(period.span_x1 == doctest::Approx(9 * 30.0f));   // end of September: seven months
    CHECK(period.x1 >= period.span_x1);
    CHECK(period.x1 - period.x0 >= p.card_width);
    // A year covers the whole year, a day a thirty-first of a month.
    CHECK(l.cards[1].span_x1 - l.cards[1].span_x0 == doctest::Approx(12 * 30.0f));
    CHECK(l.cards[2].span_x0 == doctest::Approx((4 + 15 / 31.0) * 30.0));
    // Zooming in doubles the distances.
    p.month_width = 60;
    auto zoomed = core::layout_timeline(es, p);
    CHECK(zoomed.cards[0].span_x1 == doctest::Approx(2 * period.span_x1));
    // Far-apart entries in one lane share row 0; an overlapping one moves to row 1.
    std::vector<core::TimelineEntry> far{entry("2010-01"), entry("2020-01"), entry("2020-02")};
    p.month_width = 20;
    auto lf = core::layout_timeline(far, p);
    CHECK(lf.cards[0].row == 0);
    CHECK(lf.cards[1].row == 0);
    CHECK(lf.cards[2].row == 1);
    CHECK(lf.lane_rows[0] == 2);
    CHECK(lf.lane_rows[1] == 1);  // empty lanes keep one row for dropping onto

    // Help cards can be taller (agency and result); only the help lane grows.
    p.help_extra_height = 20;
    auto tall = core::layout_timeline(es, p);
    CHECK(tall.cards[0].y1 - tall.cards[0].y0 == doctest::Approx(p.card_height + 20));
    CHECK(tall.cards[1].y1 - tall.cards[1].y0 == doctest::Approx(p.card_height));
    CHECK(tall.lane_bottom[1] - tall.lane_top[1] == doctest::Approx(p.lane_header + p.card_height + 20 + p.row_gap));
    CHECK(tall.lane_bottom[0] - tall.lane_top[0] == doctest::Approx(p.lane_header + 2 * (p.card_height + p.row_gap)));
}

TEST_CASE("timeline layout: undated entries get the column at the left edge") {
    core::TimelineLayoutParams p;
    std::vector<core::TimelineEntry> dated{entry("2020-01")};
    auto l0 = core::layout_timeline(dated, p);
    CHECK_FALSE(l0.has_undated);
    CHECK(l0.undated_width == 0);

    std::vector<core::TimelineEntry> es{entry(""), entry("2020-01"), entry("", core::Lane::Decision), entry("")};
    auto l = core::layout_timeline(es, p);
    CHECK(l.has_undated);
    CHECK(l.undated_width == p.undated_width);
    CHECK(l.cards[0].undated);
    CHECK_FALSE(l.cards[1].undated);
    CHECK(l.cards[0].x0 == 0);
    CHECK(l.cards[0].x1 <= p.undated_width);
    // Stacked per lane in the order they were placed; they never push the dated cards around.
    CHECK(l.cards[0].row == 0);
    CHECK(l.cards[3].row == 1);
    CHECK(l.cards[2].lane == 2);
    CHECK(l.cards[2].row == 0);
    CHECK(l.cards[1].row == 0);
    CHECK(l.lane_rows[0] == 2);

    // Nothing dated: the axis starts at the default year.
    std::vector<core::TimelineEntry> none{entry("")};
    p.default_year = 2019;
    CHECK(core::layout_timeline(none, p).first_month == 2019 * 12);
}

TEST_CASE("timeline layout: fit shows every date and card — 500 entries stay apart") {
    core::TimelineLayoutParams p;
    std::vector<core::TimelineEntry> es;
    for (int i = 0; i < 500; ++i) {
        const int year = 1990 + (i * 7) % 34, month = 1 + (i * 5) % 12;
        char date[32];
        if (i % 9 == 0) std::snprintf(date, sizeof date, "%d-%02d/%d-%02d", year, month, year + 1, month);
        else std::snprintf(date, sizeof date, "%d-%02d", year, month);
        es.push_back(entry(i % 50 == 0 ? "" : date, static_cast<core::Lane>(i % 4)));
    }
    p.month_width = core::fit_month_width(es, p, 900);
    CHECK(p.month_width > 0);
    auto l = core::layout_timeline(es, p);
    for (const auto& c : l.cards)
        if (!c.undated) CHECK(c.x1 <= 900 + 0.5f);
    // No two cards overlap (checked per lane to keep it quick).
    for (int lane = 0; lane < 4; ++lane) {
        std::vector<const core::TimelineCard*> in;
        for (const auto& c : l.cards)
            if (c.lane == lane) in.push_back(&c);
        for (size_t i = 0; i < in.size(); ++i)
            for (size_t j = i + 1; j < in.size(); ++j)
                if (overlap(*in[i], *in[j])) FAIL("cards " << in[i]->entry << " and " << in[j]->entry << " overlap");
    }
    // Deterministic.
    auto again = core::layout_timeline(es, p);
    for (size_t i = 0; i < l.cards.size(); ++i) {
        CHECK(l.cards[i].x0 == again.cards[i].x0);
        CHECK(l.cards[i].row == again.cards[i].row);
    }
}

TEST_CASE("genogram layout: the practice family") {
    // oefencasus: grandmother Ria; Sanne (her daughter) and Ronald, separated; Milan and Noor;
    // neighbour Hanneke in the network.
    std::vector<core::Person> ps{
        person("ria", 'v', {}, {}, false),
        person("sanne", 'v', {"ria"}, {{"ronald", "gescheiden"}}),
        person("ronald", 'm', {}, {{"sanne", "gescheiden"}}, false),
        person("milan", 'm', {"sanne", "ronald"}),
        person("noor", 'v', {"sanne", "ronald"}),
        person("hanneke", 'v', {}, {}, false),
    };
    ps[3].age = 8;
    ps[4].age = 4;
    ps[5].role = "netwerk";
    auto l = core::layout_genogram(ps);
    CHECK(l.generations == 3);
    CHECK(node(l, ps, "ria").generation == 0);
    CHECK(node(l, ps, "sanne").generation == 1);
    CHECK(node(l, ps, "ronald").generation == 1);  // married in: his partner's row
    CHECK(node(l, ps, "milan").generation == 2);
    CHECK(node(l, ps, "hanneke").network);
    CHECK_FALSE(node(l, ps, "ronald").network);
    CHECK(core::genogram_is_network(ps, 5));
    CHECK_FALSE(core::genogram_is_network(ps, 0));
    // Partners side by side, the man left; one couple, separated.
    CHECK(std::abs(node(l, ps, "sanne").x - node(l, ps, "ronald").x) == doctest::Approx(1));
    CHECK(node(l, ps, "ronald").x < node(l, ps, "sanne").x);
    REQUIRE(l.couples.size() == 1);
    CHECK(l.couples[0].status == "gescheiden");
    // Children under their parents, the older one left; Ria above her daughter.
    REQUIRE(l.families.size() == 2);
    const core::GenogramFamily* kids = nullptr;
    for (const auto& f : l.families)
        if (f.parents.size() == 2) kids = &f;
    REQUIRE(kids);
    CHECK(kids->children.size() == 2);
    const float centre = (node(l, ps, "milan").x + node(l, ps, "noor").x) / 2;
    CHECK(centre == doctest::Approx(kids->anchor_x));
    CHECK(node(l, ps, "milan").x < node(l, ps, "noor").x);
    CHECK(node(l, ps, "ria").x == doctest::Approx(node(l, ps, "sanne").x));
    // The network band is to the right of the family.
    CHECK(node(l, ps, "hanneke").x >= l.family_width);
    CHECK(l.band_x >= l.family_width);
    CHECK(l.width > node(l, ps, "hanneke").x);
    // The household (Sanne, Milan, Noor) is outlined; Ronald, outside it, is not inside the shape.
    CHECK_FALSE(l.household.empty());
}

TEST_CASE("genogram layout: partners declared on one side, second partner, deterministic output") {
    // Bram has a child with Anna (ex) and lives with Carla; Anna declared nothing.
    std::vector<core::Person> ps{
        person("anna", 'v'),
        person("bram", 'm', {}, {{"anna", "gescheiden"}, {"carla", "samen"}}),
        person("carla", 'v'),
        person("kind1", 'v', {"anna", "bram"}),
        person("kind2", 'm', {"bram", "carla"}),
        person("opa", 'm', {}, {{"oma", "overleden"}}, false),
        person("oma", 'v', {}, {}, false),
    };
    ps[1].parents = {"opa", "oma"};
    ps[6].deceased = true;
    auto l = core::layout_genogram(ps);
    CHECK(l.generations == 3);
    CHECK(node(l, ps, "opa").generation == 0);
    CHECK(node(l, ps, "anna").generation == 1);
    CHECK(node(l, ps, "carla").generation == 1);
    CHECK(node(l, ps, "kind2").generation == 2);
    CHECK(l.couples.size() == 3);
    // Bram sits between his two partners, next to each.
    CHECK(std::abs(node(l, ps, "bram").x - node(l, ps, "anna").x) == doctest::Approx(1));
    CHECK(std::abs(node(l, ps, "bram").x - node(l, ps, "carla").x) == doctest::Approx(1));
    // Each child below its own parents (half-siblings need room, so within a slot of the midpoint),
    // the child of the left couple on the left.
    for (const auto& f : l.families)
        for (size_t c : f.children) CHECK(std::abs(l.nodes[c].x - f.anchor_x) <= 1.0f);
    CHECK(node(l, ps, "kind1").x < node(l, ps, "kind2").x);
    // Same input, same output, to the last bit.
    auto again = core::layout_genogram(ps);
    REQUIRE(again.nodes.size() == l.nodes.size());
    for (size_t i = 0; i < l.nodes.size(); ++i) {
        CHECK(again.nodes[i].x == l.nodes[i].x);
        CHECK(again.nodes[i].y == l.nodes[i].y);
    }
    CHECK(again.household.size() == l.household.size());
}

TEST_CASE("genogram layout: a parent cycle and unknown ids still give a layout") {
    std::vector<core::Person> ps{person("a", 'm', {"b", "niemand"}), person("b", 'v', {"a"})};
    auto l = core::layout_genogram(ps);
    REQUIRE(l.nodes.size() == 2);
    for (const auto& n : l.nodes) {
        CHECK(std::isfinite(n.x));
        CHECK(n.generation <= 2);
    }
    CHECK(core::layout_genogram({}).nodes.empty());
}

TEST_CASE("genogram layout: union outline of the household") {
    // Two touching squares make one L-free rectangle outline of 4 sides... as merged segments.
    auto one = core::union_outline({{0, 0, 1, 1}, {1, 0, 2, 1}});
    CHECK(one.size() == 4);
    // A T shape: 8 sides.
    auto t = core::union_outline({{0, 0, 3, 1}, {1, 1, 2, 2}});
    CHECK(t.size() == 8);
    // Apart: two rectangles.
    CHECK(core::union_outline({{0, 0, 1, 1}, {2, 0, 3, 1}}).size() == 8);
    CHECK(core::union_outline({}).empty());
}

TEST_CASE("genogram layout: 30 persons in four generations") {
    std::vector<core::Person> ps;
    // Two grandparent couples, four of their children with partners, fourteen grandchildren,
    // two great-grandchildren, and network members.
    ps.push_back(person("g1m", 'm', {}, {{"g1v", "samen"}}, false));
    ps.push_back(person("g1v", 'v', {}, {}, false));
    ps.push_back(person("g2m", 'm', {}, {{"g2v", "overleden"}}, false));
    ps.push_back(person("g2v", 'v', {}, {}, false));
    const char* parents[4][2] = {{"p1", "q1"}, {"p2", "q2"}, {"p3", "q3"}, {"p4", "q4"}};
    for (int i = 0; i < 4; ++i) {
        const std::string grand = i < 2 ? "g1" : "g2";
        ps.push_back(person(parents[i][0], i % 2 ? 'v' : 'm', {grand + "m", grand + "v"}, {{parents[i][1], i == 1 ? "gescheiden" : "samen"}}, i == 0));
        ps.push_back(person(parents[i][1], i % 2 ? 'm' : 'v', {}, {}, i == 0));
    }
    ps[5].parents = {"g2m", "g2v"};  // q1 is a child of the second grandparents: one family
    for (int c = 0; c < 14; ++c) {
        const int fam = c % 4;
        auto p = person("k" + std::to_string(c), c % 3 ? 'm' : 'v', {parents[fam][0], parents[fam][1]}, {}, fam == 0);
        p.age = 20 - c;
        ps.push_back(p);
    }
    ps.push_back(person("kk1", 'm', {"k0"}));
    ps.push_back(person("kk2", 'v', {"k0"}));
    auto n1 = person("juf", 'v', {}, {}, false);
    n1.role = "professional";
    ps.push_back(n1);
    auto n2 = person("buur", 'm', {}, {}, false);
    n2.role = "netwerk";
    ps.push_back(n2);
    REQUIRE(ps.size() == 30);

    auto l = core::layout_genogram(ps);
    CHECK(l.generations == 4);
    CHECK(node(l, ps, "g1m").generation == 0);
    CHECK(node(l, ps, "q3").generation == 1);
    CHECK(node(l, ps, "k5").generation == 2);
    CHECK(node(l, ps, "kk2").generation == 3);
    // No two persons of one row closer than a slot; everything finite and inside the bounds.
    for (size_t i = 0; i < ps.size(); ++i) {
        const auto& a = l.nodes[i];
        CHECK(std::isfinite(a.x));
        CHECK(a.x >= 0);
        CHECK(a.x < l.width);
        CHECK(a.y < l.height);
        for (size_t j = i + 1; j < ps.size(); ++j) {
            const auto& b = l.nodes[j];
            if (a.y == b.y && a.network == b.network) CHECK(std::abs(a.x - b.x) >= 0.999f);
        }
    }
    // Every couple adjacent, every family's children in order and below their parents' row.
    for (const auto& c : l.couples) CHECK(std::abs(l.nodes[c.a].x - l.nodes[c.b].x) == doctest::Approx(1));
    for (const auto& f : l.families) {
        for (size_t k = 1; k < f.children.size(); ++k) CHECK(l.nodes[f.children[k - 1]].x < l.nodes[f.children[k]].x);
        for (size_t c : f.children) CHECK(l.nodes[c].generation == l.nodes[f.parents[0]].generation + 1);
    }
    // The network members are in the band.
    CHECK(node(l, ps, "juf").network);
    CHECK(node(l, ps, "buur").x >= l.band_x);
    // Deterministic.
    auto again = core::layout_genogram(ps);
    for (size_t i = 0; i < ps.size(); ++i) CHECK(again.nodes[i].x == l.nodes[i].x);
}
