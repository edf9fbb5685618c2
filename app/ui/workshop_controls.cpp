// The facilitator's controls of a workshop (issue 17.3): start the vote round, skip or stop a turn,
// show the votes, pick and record the group decision, put the case or the reflection round on the
// screen, the timer, the report. Each control is one entry of ws_controls(): the facilitator window
// draws it as a button with its key, the key handler runs the same entry, so a button and its key
// can never do different things. The projector (one window) calls the same operations.
#include <imgui.h>

#include <algorithm>

#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr int kKeyS = 83, kKeyO = 79, kKeyN = 78, kKeyR = 82, kKeyC = 67, kKeyP = 80, kKeyT = 84, kKeyG = 71, kKeyV = 86;
constexpr int kEnter = 257, kKeypadEnter = 335, kEscape = 256;

const core::VoteRound& current_round(App& app) {
    static const core::VoteRound kEmpty;
    const core::SessionState& st = app.session()->state();
    return st.workshop.round.step == st.step ? st.workshop.round : kEmpty;
}

// The next participant without a vote, after `from`; -1 when everyone voted.
int next_voter(const core::Workshop& ws, const core::VoteRound& round, int from) {
    const int n = static_cast<int>(ws.participants.size());
    for (int k = 1; k <= n; ++k) {
        const int i = (from + k + n) % n;
        if (!round.vote_of(ws.participants[static_cast<size_t>(i)])) return i;
    }
    return -1;
}

bool deciding(App& app) { return !app.session()->state().finished() && !app.session()->choices().empty(); }
bool can_start(App& app) { return deciding(app) && !ws_turn_active(app) && !current_round(app).revealed; }
bool turn_on(App& app) { return ws_turn_active(app); }
bool always(App&) { return true; }

void start_turns(App& app) { app.ui.workshop.turn = next_voter(app.session()->state().workshop, current_round(app), -1); }
void skip_turn(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    const int next = next_voter(app.session()->state().workshop, current_round(app), ui.turn);
    ui.turn = next == ui.turn ? -1 : next;
}
void stop_turns(App& app) { app.ui.workshop.turn = -1; }
void to_case(App& app) {
    app.ui.open_document.clear();
    app.ui.select_tab = "casus";
}
void to_reflection(App& app) { app.ui.select_tab = "reflectieronde"; }
void make_report(App& app) { app.exports().export_report(true, false, true); }
void timer_start_stop(App& app) {
    WorkshopTimer& t = app.ui.workshop.timer;
    const double now = steady_seconds();
    if (t.running()) t.pause(now);
    else t.start(now);
}
void timer_public(App& app) { app.ui.workshop.timer_public = !app.ui.workshop.timer_public; }
bool screen_shared(App& app) { return app.two_windows && app.shared_screen; }
void toggle_private(App& app) { app.ui.workshop.private_shown = !app.ui.workshop.private_shown; }

}  // namespace

bool ws_turn_active(App& app) {
    const int turn = app.ui.workshop.turn;
    return turn >= 0 && turn < static_cast<int>(app.session()->state().workshop.participants.size()) && !current_round(app).revealed;
}

bool ws_can_reveal(App& app) {
    const core::VoteRound& r = current_round(app);
    return deciding(app) && !ws_turn_active(app) && !r.revealed && !r.votes.empty();
}

void ws_reveal(App& app) {
    if (!ws_can_reveal(app)) return;
    app.act(core::action_type::Reveal, "");
    // The discussion starts with the reveal: the timer restarts at its set length.
    WorkshopTimer& t = app.ui.workshop.timer;
    t.reset(t.duration);
    t.start(steady_seconds());
}

void ws_vote(App& app, int k) {
    WorkshopUi& ui = app.ui.workshop;
    const auto available = app.session()->choices();
    if (!ws_turn_active(app) || k < 0 || k >= static_cast<int>(available.size())) return;
    const core::Workshop& ws = app.session()->state().workshop;
    const std::string who = ws.participants[static_cast<size_t>(ui.turn)];
    const std::string& choice = available[static_cast<size_t>(k)]->id;
    app.act(core::action_type::Vote, choice, {{"deelnemer", who}});
    // The vote is performed after the frame; skip `who` when looking for the next.
    core::VoteRound after = current_round(app);
    after.votes.push_back({who, choice, 0});
    ui.turn = next_voter(ws, after, ui.turn);
}

std::string ws_most_voted(App& app) {
    const core::VoteRound& r = current_round(app);
    return r.revealed ? r.most_voted() : std::string();
}

bool ws_overrides(App& app) {
    const auto available = app.session()->choices();
    const int d = app.ui.workshop.decision;
    const std::string top = ws_most_voted(app);
    return d >= 0 && d < static_cast<int>(available.size()) && !top.empty() && available[static_cast<size_t>(d)]->id != top;
}

bool ws_can_record(App& app) {
    const auto available = app.session()->choices();
    const WorkshopUi& ui = app.ui.workshop;
    const bool chosen = ui.decision >= 0 && ui.decision < static_cast<int>(available.size());
    const bool needs_reason = ws_overrides(app) && ui.rationale.find_first_not_of(' ') == std::string::npos;
    return deciding(app) && !ws_turn_active(app) && chosen && !needs_reason;
}

void ws_record(App& app) {
    if (!ws_can_record(app)) return;
    WorkshopUi& ui = app.ui.workshop;
    const auto available = app.session()->choices();
    std::map<std::string, std::string> args;
    if (!ui.rationale.empty()) args[core::kRationaleArg] = ui.rationale;
    app.act(core::action_type::Choose, available[static_cast<size_t>(ui.decision)]->id, std::move(args));
}

void ws_sync_drafts(App& app) {
    WorkshopUi& ui = app.ui.workshop;
    const std::string& step = app.session()->state().step;
    if (ui.draft_step != step) {
        ui.draft_step = step;
        ui.decision = -1;
        ui.rationale.clear();
        ui.turn = -1;
    }
    // After the reveal the decision starts at the most-voted choice.
    if (ui.decision < 0 && current_round(app).revealed) {
        const auto available = app.session()->choices();
        const std::string top = ws_most_voted(app);
        for (size_t i = 0; i < available.size(); ++i)
            if (available[i]->id == top) ui.decision = static_cast<int>(i);
    }
}

const std::vector<WsControl>& ws_controls() {
    static const std::vector<WsControl> controls = {
        {kKeyS, 0, "S", S::WsStartVoting, can_start, start_turns},
        {kKeyN, 0, "N", S::WsSkip, turn_on, skip_turn},
        {kEscape, 0, "Esc", S::WsStopVoting, turn_on, stop_turns},
        {kKeyO, 0, "O", S::WsReveal, ws_can_reveal, ws_reveal},
        {kEnter, kKeypadEnter, "Enter", S::WsRecordDecision, ws_can_record, ws_record},
        {kKeyC, 0, "C", S::FwToCase, always, to_case},
        {kKeyR, 0, "R", S::FwToReflection, always, to_reflection},
        {kKeyT, 0, "T", S::FwTimerStartStop, always, timer_start_stop},
        {kKeyG, 0, "G", S::FwTimerPublic, always, timer_public},
        {kKeyP, 0, "P", S::WsMakeReport, always, make_report},
        {kKeyV, 0, "V", S::FwShowPrivate, screen_shared, toggle_private},
    };
    return controls;
}

namespace {
std::string button_label(const WsControl& c) {
    return std::string(tr(c.label)) + " (" + c.key_label + ")##" + c.key_label;
}
}  // namespace

void ws_control_row(App& app, std::initializer_list<S> labels) {
    bool first = true;
    for (S l : labels)
        for (const WsControl& c : ws_controls()) {
            if (c.label != l) continue;
            if (!first) flow(button_width(button_label(c).c_str()));
            first = false;
            ws_control_button(app, c);
        }
}

bool ws_control_button(App& app, const WsControl& c) {
    const std::string label = button_label(c);
    ImGui::BeginDisabled(!c.enabled(app));
    const bool pressed = ImGui::Button(label.c_str());
    ImGui::EndDisabled();
    if (pressed) c.run(app);
    return pressed;
}

bool ws_control_button(App& app, S label) {
    for (const WsControl& c : ws_controls())
        if (c.label == label) return ws_control_button(app, c);
    return false;
}

void ws_handle_keys(App& app) {
    if (!app.workshop().active() || app.screen() != Screen::Player || !app.session()) return;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt) return;
    ws_sync_drafts(app);
    const auto available = app.session()->choices();
    for (int k = 0; k < 9 && k < static_cast<int>(available.size()); ++k)
        if (keys::pressed(keys::Digit1 + k, false) || keys::pressed(keys::Keypad1 + k, false)) {
            // In a turn the number is that participant's secret vote; otherwise it picks the decision.
            if (ws_turn_active(app)) ws_vote(app, k);
            else if (deciding(app)) app.ui.workshop.decision = k;
            return;
        }
    for (const WsControl& c : ws_controls())
        if ((keys::pressed(c.key, false) || (c.key2 && keys::pressed(c.key2, false))) && c.enabled(app)) {
            c.run(app);
            return;
        }
}

}  // namespace lwp::ui
