// The story map of a case (issue 20): its steps and endings as nodes, its choices as edges labelled
// with their conditions, laid out in columns from the start, with unreachable steps, dead ends and,
// per step, the documents and facts it reveals and the criteria that can be decided there. The
// authoring panel draws it; `leerwerkplaats map SCENARIO --svg OUT` writes it as SVG. UI-free.
#pragma once

#include <string>
#include <vector>

#include "core/model/scenario.hpp"

namespace lwp::core {

struct StoryNode {
    std::string id;
    Text title;
    bool ending = false;
    std::string tone;                    // endings: "goed", "gemengd", "zorgelijk"
    bool start = false;
    bool reachable = false;              // from the start, along any choice or route
    bool dead_end = false;               // a step from which no ending can be reached
    std::vector<std::string> documents;  // documents the step (or one of its choices) makes available
    std::vector<std::string> facts;      // facts revealed on entering or by one of its choices
    std::vector<std::string> criteria;   // criteria a choice of this step decides
    int column = 0;                      // distance from the start (unreachable: after the last)
    int row = 0;                         // place in its column
    double x = 0, y = 0;                 // top-left corner in the layout, in layout units
    SourceLoc loc;
};

struct StoryEdge {
    size_t from = 0, to = 0;  // node indices
    std::string choice;       // the choice id
    Text choice_text;
    Text condition;           // when the choice is offered and/or the route taken (empty = always)
    bool back = false;        // goes to an earlier or the same column (a loop)
};

struct StoryMap {
    std::vector<StoryNode> nodes;  // steps in file order, then endings
    std::vector<StoryEdge> edges;  // one per choice and route
    std::vector<std::string> missing_targets;  // "keuze 'x' → 'y'" for a target that does not exist
    std::vector<std::string> criteria_elsewhere;  // criteria not decided by a choice (boards, endings)
    double width = 0, height = 0;  // of the layout
    static constexpr double kNodeWidth = 260, kNodeHeight = 92, kColumnGap = 250, kRowGap = 44;

    size_t unreachable() const;
    size_t dead_ends() const;
    const StoryNode* find(const std::string& id) const;
};

StoryMap story_map(const Scenario& scenario);

// How many more steps a trainee in `step` will enter before an ending: on the shortest route and
// on the longest route that does not go round a loop. Both -1 when `step` is unknown or no ending
// can be reached from it. The player's counter ("Stap 3 van 4–6") counts the route actually taken
// with it, not the number of steps in the file.
struct StepsToGo {
    int min = -1, max = -1;
};
StepsToGo steps_to_go(const StoryMap& map, const std::string& step);

// A condition in words, e.g. "keuze 'a' én niet 'b'"; a Lua function as "functie (regel 12)".
std::string describe_condition(const Condition& condition, Lang lang);

// The map as a standalone SVG document (UTF-8), every text escaped.
std::string story_map_svg(const StoryMap& map, const Scenario& scenario, Lang lang);

// A plain-text summary for the command line: counts, unreachable steps, dead ends, and per step
// its choices with their targets and conditions.
std::string story_map_text(const StoryMap& map, Lang lang);

}  // namespace lwp::core
