// Workshop mode (issue 6): a facilitated mini leerwerkplaats on one projector (pijlers:
// "mini leerwerkplaatsen", bron.evaluatie). A group steps through one case; at every decision each
// participant votes (hidden until the facilitator reveals), the facilitator records the group
// decision with a one-line rationale, and overriding the most-voted choice is recorded as such.
// Everything is an Action in the same session log, so undo, replay and autosave work unchanged.
#pragma once

#include <string>
#include <vector>

#include <utility>

namespace lwp::core {

struct Action;
struct ApplyResult;
struct Scenario;
struct SessionState;
class ScriptHost;

namespace action_type {
inline constexpr const char* WorkshopStart = "workshop.start";  // args: naam, deelnemers ("\n"-separated)
inline constexpr const char* Vote = "workshop.stem";            // target: choice id; args: deelnemer
inline constexpr const char* Reveal = "workshop.onthul";        // shows the votes of the current step
inline constexpr const char* FacilitatorNote = "workshop.notitie";  // args: tekst (private)
// A participant who joins later (the stemkamer with typed names, issue 18): args naam.
inline constexpr const char* AddParticipant = "workshop.deelnemer";
}  // namespace action_type

// In workshop mode a "kies" action is the group decision; its args carry the rationale.
inline constexpr const char* kRationaleArg = "motivering";

struct Vote {
    std::string participant;
    std::string choice;
    size_t action = 0;
};

// The votes of one decision (the current step), hidden until revealed.
struct VoteRound {
    std::string step;
    std::vector<Vote> votes;  // one per participant; a new vote replaces the old one
    bool revealed = false;

    const Vote* vote_of(const std::string& participant) const;
    // Votes per choice id, counting only choices that got at least one vote.
    std::vector<std::pair<std::string, int>> tally() const;
    // The choice with strictly the most votes, or "" (no votes, or a tie at the top).
    std::string most_voted() const;
};

struct GroupDecision {
    std::string step;
    std::string choice;
    std::string rationale;
    VoteRound round;           // the votes as they stood when the group decided
    std::string most_voted;    // "" when there was none
    bool overrides = false;    // the facilitator chose other than the most-voted choice
    size_t action = 0;
};

struct FacilitatorNote {
    std::string step;
    std::string text;
    size_t action = 0;
};

// Who proposed a piece of the analysis (issue 6.3, optional): an analysis action that carries
// args "door" (a participant) while a workshop runs.
inline constexpr const char* kProposerArg = "door";
struct Contribution {
    size_t action = 0;
    std::string participant;
    std::string type;    // the analysis action ("tijdlijn.plaats", "patroon.factor", ...)
    std::string target;
    std::string text;    // its "tekst" argument, if any
};

struct Workshop {
    bool active = false;
    std::string name;
    std::vector<std::string> participants;
    VoteRound round;  // the current decision's votes
    std::vector<GroupDecision> decisions;
    std::vector<FacilitatorNote> notes;  // private: never on the projector
    std::vector<Contribution> contributions;

    bool has_participant(const std::string& name) const;
    const GroupDecision* decision_at(const std::string& step) const;
};

bool is_workshop_action(const std::string& type);
ApplyResult apply_workshop(SessionState& state, const Scenario& scenario, ScriptHost* host, const Action& action, size_t index);
// Called for a "kies" action while a workshop runs: before (may refuse: an override needs a
// rationale) and after it applied (records the group decision, starts a new round).
ApplyResult check_group_decision(const SessionState& state, const Action& action);
void record_group_decision(SessionState& state, const std::string& step, const Action& action, size_t index);

// For an analysis action: refuses a proposer who is not a participant; records the contribution
// once the action applied. Without "door" (or without a workshop) nothing is recorded.
ApplyResult check_contribution(const SessionState& state, const Action& action);
void record_contribution(SessionState& state, const Action& action, size_t index);

// "Anna, Bram\nChris" → {"Anna","Bram","Chris"}; a single number N → "Deelnemer 1" … "Deelnemer N"
// (at most 40). Trims, drops empties and duplicates. Error text when nothing usable is left.
std::vector<std::string> parse_participants(const std::string& text, std::string& error);
Action make_workshop_start(const std::string& step, const std::string& name, const std::vector<std::string>& participants);

}  // namespace lwp::core
