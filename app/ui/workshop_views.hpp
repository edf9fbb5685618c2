// Workshop mode in the UI (issue 6): the start dialog, the projector view's parts (the group's
// vote round, the reveal chart, the group decision, the reflection round, the dossier board) and
// the facilitator panel. The panel is a separate window toggled with F9; nothing the projector
// view draws comes from it (tests/test_workshop_ui.cpp reads the drawn glyphs to check).
#pragma once

#include <imgui.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "core/model/scenario.hpp"
#include "ui/strings.hpp"

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
    // The folder of individual sessions to import for the comparison in the workshop report
    // (the sessions read from it: WorkshopService::compare()).
    std::string compare_dir;
    WorkshopTimer timer;
    bool timer_public = true;  // the time is shown to the group on the projector (G)
    bool private_shown = false;  // on a shared screen: the private parts shown for now (V)
    bool ledger_open = false;  // the ledger and report sections start open (tests, screenshots)
    std::string scaled_for;  // session whose projector text size was set
    std::string round_seen;  // the vote round as last scrolled into view
    int scroll_frames = 0;
};
inline constexpr float kProjectorScale = 1.5f;

// Projector parts (called by the player view while a workshop runs).
void draw_workshop_header(App& app);
void draw_workshop_round(App& app, const std::vector<const core::Choice*>& available);
void draw_workshop_feedback(App& app);
// On a choice card (min..max): after the reveal, its share of the votes as a bar and a count.
void draw_vote_overlay(App& app, const core::Choice& choice, ImVec2 min, ImVec2 max);  // the last group decision: rationale, vote split, override
// The panel's sections (timer, stemkamer, expert notes, votes, notes, ledger, report), shared by
// the F9 panel and the facilitator window. The private ones are hidden while a participant votes
// at the keyboard (they stand at the laptop then).
void draw_facilitator_sections(App& app);
// The proposer picker: whose proposal the next board edits are.
void draw_proposer_picker(App& app);
// The group decision form (number buttons, rationale, record) for whoever runs the workshop.
void draw_decision_form(App& app);

// The facilitator's controls (app/ui/workshop_controls.cpp). One entry per control: its key, its
// label, when it can run and what it does; the facilitator window draws them as buttons, the key
// handler runs the same entries.
struct WsControl {
    int key = 0, key2 = 0;  // GLFW key codes
    const char* key_label = "";
    S label;
    bool (*enabled)(App&);
    void (*run)(App&);
};
const std::vector<WsControl>& ws_controls();
bool ws_control_button(App& app, const WsControl& control);
bool ws_control_button(App& app, S label);  // the entry with that label
void ws_control_row(App& app, std::initializer_list<S> labels);  // buttons in a row that wraps
// The keys of the controls, plus 1–9 (a secret vote during a turn, else the decision). Reads the
// current ImGui context: each window handles the keys pressed in it.
void ws_handle_keys(App& app);
bool ws_turn_active(App& app);
bool ws_can_reveal(App& app);
void ws_reveal(App& app);
void ws_vote(App& app, int choice_index);
bool ws_can_record(App& app);
void ws_record(App& app);
bool ws_overrides(App& app);          // the picked decision differs from the most votes
std::string ws_most_voted(App& app);  // after the reveal; empty before
void ws_sync_drafts(App& app);        // drafts belong to one decision: cleared when the case moves on

}  // namespace lwp::ui
