// Scoring against building-block criteria, explained: a ledger with, per criterion, the points
// earned, or "niet beoordeeld" when the trainee's path never made it assessable, and the
// evidence (the actions in the log that earned or lost it). Normalised per building block and
// per pillar over what was assessed (METHOD.md §2 for blocks and pillars).
#pragma once

#include <string>
#include <vector>

#include "core/building_blocks.hpp"
#include "core/session.hpp"

namespace lwp::core {

struct Evidence {
    size_t action = 0;  // index into the session's action log; npos-like SIZE_MAX when not tied to one
    std::string text;   // what happened, in Dutch
};

enum class Status { Met, Missed, Pending, NotAssessed };
const char* status_id(Status s);  // "behaald", "gemist", "open", "niet_beoordeeld"

struct LedgerEntry {
    const Criterion* criterion = nullptr;
    Status status = Status::NotAssessed;
    double earned = 0, max = 0;  // max is 0 unless assessed (met or missed)
    std::vector<Evidence> evidence;
    std::string note;            // e.g. why not assessed
};

struct BlockScore {
    std::string_view block;
    Pillar pillar = Pillar::Samenwerking;
    double earned = 0, max = 0;
    int met = 0, missed = 0, pending = 0, not_assessed = 0;
    double fraction() const { return max > 0 ? earned / max : 0; }
    bool assessed() const { return max > 0; }
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
    double earned = 0, max = 0;
    bool final = false;               // the case has ended: nothing is pending any more
    double fraction() const { return max > 0 ? earned / max : 0; }
    const BlockScore* block(std::string_view id) const;
};

// Scores the state of a session (live, or at the end). `host` runs script checks; may be null.
ScoreReport score(const Scenario& scenario, const SessionState& state, ScriptHost* host);

}  // namespace lwp::core
