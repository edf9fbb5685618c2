// Workshop mode in the UI (issue 6): the start dialog, the projector view's parts (the group's
// vote round, the reveal chart, the group decision, the reflection round, the dossier board) and
// the facilitator panel. The panel is a separate window toggled with F9; nothing the projector
// view draws comes from it (tests/test_workshop_ui.cpp reads the drawn glyphs to check).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/scenario.hpp"
#include "core/workshop_compare.hpp"

namespace lwp::ui {

class App;

// The discussion timer: UI state on the wall clock, never logged (the fold never reads time).
struct WorkshopTimer {
    double duration = 300;  // seconds
    double spent = 0;       // seconds run before the current start
    double started = -1;    // steady_seconds() at the start, -1 while paused
    bool running() const { return started >= 0; }
    double remaining(double now) const;
    void start(double now);
    void pause(double now);
    void reset(double seconds);
};
double steady_seconds();

struct WorkshopUi {
    bool panel = false;  // the facilitator panel is shown (F9)
    // Start dialog.
    bool start_dialog = false;
    size_t start_case = 0;
    std::string name, participants, start_error;
    // The vote round on the projector: whose turn it is, or -1 when nobody is voting.
    int turn = -1;
    // Group decision form and drafts; cleared when the case moves on.
    std::string draft_step;
    int decision = -1;  // index into the available choices
    std::string rationale;
    std::string note;
    std::string proposer;  // whose proposal the board edits are, "" for nobody in particular
    int reflection_who = 0;  // 0 = the group, i = participant i-1
    std::string reflection;
    // Dossier board: show the expert's tags (the facilitator decides when).
    bool dossier_expert = false;
    // Individual sessions imported for the comparison in the workshop report.
    std::string compare_dir;
    std::vector<core::SessionColumn> compare;
    WorkshopTimer timer;
    std::string scaled_for;  // session whose projector text size was set
    std::string round_seen;  // the vote round as last scrolled into view
    int scroll_frames = 0;
};
inline constexpr float kProjectorScale = 1.5f;

void draw_workshop_start_dialog(App& app);
// Projector parts (called by the player view while a workshop runs).
void draw_workshop_header(App& app);
void draw_workshop_round(App& app, const std::vector<const core::Choice*>& available);
void draw_workshop_feedback(App& app);
// On a choice card (min..max): after the reveal, its share of the votes as a bar and a count.
void draw_vote_overlay(App& app, const core::Choice& choice, ImVec2 min, ImVec2 max);  // the last group decision: rationale, vote split, override
void draw_workshop_reflection(App& app);
void draw_dossier_board(App& app);
// The facilitator's window; draws nothing unless a workshop runs and the panel is on.
void draw_facilitator_panel(App& app);

}  // namespace lwp::ui
