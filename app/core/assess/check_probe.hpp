// Probing a case's criteria before anyone plays it: every criterion whose check (or
// `beoordeelbaar`) is a script runs on the start state and after each action of the expert's
// reference log. A check that errors, runs out of its budget or returns no boolean is a
// scenario error at the criterion's line (authoring guide §16), so `validate`, the library card
// and the authoring panel name it before a trainee meets a broken score.
#pragma once

#include <string>
#include <vector>

#include "core/model/scenario.hpp"
#include "core/fold/session.hpp"

namespace lwp::core {

// `route`: the expert's log (may be empty); `route_name` names it in the messages.
std::vector<Diagnostic> probe_criteria(const Scenario& scenario, ScriptHost* host, const std::vector<Action>& route,
                                       const std::string& route_name);

// True when some criterion's check or `beoordeelbaar` runs a script (only those can break).
bool has_script_criteria(const Scenario& scenario);

}  // namespace lwp::core
