// Scoring against building-block criteria, explained: a ledger with, per criterion, the points
// earned, or "niet beoordeeld" when the trainee's path never made it assessable, and the
// evidence (the actions in the log that earned or lost it). Normalised per building block and
// per pillar over what was assessed (the Methodewijzer's bouwstenen and pijlers).
//
// Checks fail closed: a criterion whose script (check or beoordeelbaar) errors, runs out of its
// budget or returns no boolean is Status::Error, "controle kapot". It is a fault of the case, not
// of the trainee: it earns nothing, stays out of the percentage, and marks the whole report
// incomplete (ScoreReport::incomplete), which every view and report says in red.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/building_blocks.hpp"
#include "core/model/messages.hpp"
#include "core/fold/session.hpp"

namespace lwp::core {

struct Evidence {
    size_t action = 0;  // index into the session's action log; npos-like SIZE_MAX when not tied to one
    std::string text;   // what happened, in Dutch (the ledgers)
    // When set, the catalogue message that says it in any language ("score.evidence_chosen",
    // assets/i18n) with its %s arguments (case texts in Dutch and English, or messages of their
    // own); evidence_text (core/report/report.hpp) renders it.
    std::string key;
    std::vector<Phrase> args;

    Evidence() = default;
    Evidence(size_t at, std::string dutch, std::string message_key = {}, std::vector<Phrase> message_args = {})
        : action(at), text(std::move(dutch)), key(std::move(message_key)), args(std::move(message_args)) {}
    Evidence(size_t at, Phrase said) : action(at), text(std::move(said.text.nl)), key(std::move(said.key)), args(std::move(said.args)) {}
};

// An evidence line that quotes the expert reference (what was missed or expected): left out of
// the report of an unfinished session, which keeps the reference to itself (check_eval.cpp).
bool quotes_reference(const Evidence& evidence);

enum class Status { Met, Missed, Pending, NotAssessed, Error };
const char* status_id(Status s);  // "behaald", "gemist", "open", "niet_beoordeeld", "controle_kapot"

struct LedgerEntry {
    const Criterion* criterion = nullptr;
    Status status = Status::NotAssessed;
    double earned = 0, max = 0;  // max is 0 unless assessed (met or missed)
    std::vector<Evidence> evidence;
    std::string note;            // e.g. why not assessed; for Error the failure and the fix (Dutch)
    Phrase note_phrase;          // the same in any language (entry_note in core/report/report.hpp)
    bool met_by_not_choosing = false;  // met only because a niet_keuze held: show feedback_not_chosen
    std::vector<Text> avoided;         // ... the choices that were not chosen
};

// The feedback a ledger line shows: `goed` when met, `fout` when missed. A criterion met only by
// NOT choosing something shows `goed_niet_gekozen`, or else a plain line naming what was avoided,
// so the text is true for every choice that meets it (not the ideal behaviour of `goed`).
std::string entry_feedback(const LedgerEntry& entry, Lang lang);

struct BlockScore {
    std::string_view block;
    Pillar pillar = Pillar::Samenwerking;
    double earned = 0, max = 0;
    int met = 0, missed = 0, pending = 0, not_assessed = 0, errors = 0;
    double fraction() const { return max > 0 ? earned / max : 0; }
    bool assessed() const { return max > 0; }
    bool trained() const { return met + missed + pending + not_assessed + errors > 0; }  // the case has criteria here
};

struct PillarScore {
    Pillar pillar = Pillar::Samenwerking;
    double earned = 0, max = 0;
    double fraction() const { return max > 0 ? earned / max : 0; }
    bool assessed() const { return max > 0; }
};

struct ScoreReport {
    std::vector<LedgerEntry> ledger;  // in scenario order
    std::vector<BlockScore> blocks;   // all 13, catalogue order
    std::vector<PillarScore> pillars; // all 4
    double earned = 0, max = 0;       // over what the route made assessable
    double case_max = 0;              // every criterion's weight: the case's whole maximum
    int broken = 0;                   // criteria with Status::Error
    bool final = false;               // the case has ended: nothing is pending any more
    double fraction() const { return max > 0 ? earned / max : 0; }
    // Share of the case's whole maximum that the route reached (made assessable), and earned.
    double reached() const { return case_max > 0 ? max / case_max : 0; }
    double earned_of_case() const { return case_max > 0 ? earned / case_max : 0; }
    bool incomplete() const { return broken > 0; }
    const BlockScore* block(std::string_view id) const;
};

// Criteria already known to be broken (by index in scenario.criteria): scored as Status::Error
// without running their script again (the explorer stops after a criterion's first failure).
struct ScoreOptions {
    const std::vector<std::string>* known_broken = nullptr;  // per criterion: the failure, "" = run it
};

// Scores the state of a session (live, or at the end). `host` runs script checks; may be null.
ScoreReport score(const Scenario& scenario, const SessionState& state, ScriptHost* host, const ScoreOptions& options = {});

// The case's own meter of immediate safety (the variable `directe_veiligheid`), as it stood at
// action `action` of the log (SIZE_MAX: now); -1 when the case has no such meter. This is the
// case's actual safety; the trainee's taxatie is SessionState::analysis.safety.score.
double case_safety_at(const Scenario& scenario, const SessionState& state, size_t action = SIZE_MAX);
// The trainee's taxatie as it stood at step `step`: the last score given before leaving it
// ("" = the latest); null when none was given by then.
const SafetyScoreRecord* taxatie_at(const SessionState& state, const std::string& step);

}  // namespace lwp::core
