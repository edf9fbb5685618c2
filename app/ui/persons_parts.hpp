// Internal to the persons board: its view state and what its two files share
// (persons_board.cpp: the genogram canvas; persons_panel.cpp: the panel beside it).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/fold/analysis.hpp"
#include "core/layout/genogram_layout.hpp"
#include "ui/strings.hpp"

namespace lwp::ui {
class App;
}

namespace lwp::ui::persons_detail {

constexpr const char* kPersonPayload = "LWP_PERSOON";  // a person dragged onto another: a new tie

struct PersonsView {
    std::string selected;  // person id
    std::string tie_a, tie_b;  // a tie waiting for its kind (after a drag between two persons)
    bool tie_popup = false;
    int new_tie_other = -1;    // panel form: indices into the persons
    int new_tie_from = 0;
    int new_tie_kind = 0;
    // The add-person form (the trainee's own persons)
    std::string new_name, new_role;
    int new_gender = 2;  // m, v, x
    bool new_household = false;
    bool name_needed = false;
    // Everyone on the board this frame: the case's persons, then the trainee's own
    // (core::board_persons).
    std::vector<core::Person> people;
    // The layout depends only on those persons.
    std::uint64_t layout_for = 0;  // Scenario::generation
    std::string layout_people;     // their ids, households and roles when it was made
    core::GenogramOutline outline;
    core::GenogramLayout layout;
    // The ties' control points (routed around the other persons): routing is the costly part of
    // a frame, so it runs again only when the ties, the layout, the sizes or the scroll change.
    std::uint64_t arcs_key = 0;
    std::vector<core::TieArc> arcs;
};

// The board's state (PersonsView) belongs to the App's board and to one session; the helpers of
// its files take it as their first argument.
// The index of person `id` in v.people, or -1; the person, or nullptr.
int person_index(const PersonsView& v, const std::string& id);
const core::Person* find_person(const PersonsView& v, const std::string& id);
const core::PersonNote* note_of(const core::Persons& ps, const std::string& id);
void select_person(PersonsView& v, const std::string& id);

inline constexpr ImU32 kInk = IM_COL32(38, 42, 48, 255);
inline constexpr ImU32 kSupportColor = IM_COL32(46, 125, 50, 255);
inline constexpr ImU32 kConflictColor = IM_COL32(198, 40, 40, 255);
inline constexpr ImU32 kContactColor = IM_COL32(120, 126, 134, 255);
ImU32 tie_color(const std::string& kind);
ImU32 support_color(int support);
S support_word(int support);
// "+2", "–1" (an en dash: the font atlas has no minus sign), "0".
void support_label(int support, char* out, size_t n);
// A tie of `kind` from a to b (a line, a zigzag for conflict, dashes for contact).
void draw_tie(ImDrawList* dl, ImVec2 a, ImVec2 b, const std::string& kind, float f);

// The panel beside the canvas (persons_panel.cpp).
void panel(App& app, PersonsView& v, ImVec2 size);

}  // namespace lwp::ui::persons_detail
