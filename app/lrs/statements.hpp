// Turns a session into xAPI statements (profile.hpp): derived from the session's log, its fold
// and the scoring, so the same session always gives the same statements with the same ids.
//
// Ids: statement_id("<session>/<action index>/<action digest>/<kind>[/<what>]") — the action
// digest (SHA-1 of the action itself) tells apart two actions that took the same index after
// rewinding, so a resend never duplicates and a new route never collides with an old one.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/assess/scoring.hpp"
#include "core/fold/session.hpp"
#include "lrs/settings.hpp"

namespace lwp::lrs {

struct Statement {
    std::string id;
    std::string json;  // the complete statement, one line (no raw newlines)
};

// What an actor looks like and which context the statements get; taken from the settings.
struct StatementContext {
    std::string home_page, pseudonym, organisation, team;
    bool reflection_text = false;
};
StatementContext context_from(const LrsSettings& settings);

// All statements of a session so far: launched, steps experienced, choices answered, workshop
// votes and group decisions, reflections saved, and once the case has ended its completion with
// per building block a score and per assessed criterion met/missed. A session touched by an
// authoring preview gives none (it is never scored). `host` runs script criteria; may be null.
std::vector<Statement> derive_statements(const core::Scenario& scenario, core::ScriptHost* host, const core::Session& session,
                                         const core::SessionState& state, const StatementContext& context);

// "2026-11-22T10:13:20Z" (UTC, seconds).
std::string iso_time(std::int64_t unix_seconds);

}  // namespace lwp::lrs
