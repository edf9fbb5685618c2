// The authoring panel's preview (issue 7): jump to any step and set variables to test branches.
// Preview actions live only in a throwaway log the app never saves; a state touched by one is
// marked `preview` and is never scored (core::score returns nothing for it), and a saved session
// that contains one is refused by core::migrate.
#pragma once

#include <string>

#include "core/fold/session.hpp"

namespace lwp::core {

namespace action_type {
inline constexpr const char* PreviewJump = "voorbeeld.spring";  // target: step or ending id
inline constexpr const char* PreviewSet = "voorbeeld.zet";      // target: variable id, args.waarde
}  // namespace action_type

bool is_preview_action(const std::string& type);
Action make_preview_jump(const std::string& from_step, const std::string& target);
Action make_preview_set(const std::string& step, const std::string& variable, double value);

// Jump: enters the step (its documents, facts, boards and reflection points) as if a route led
// there; an ending ends the preview case. Set: the variable, clamped to its range.
ApplyResult apply_preview(SessionState& state, const Scenario& scenario, const Action& action, size_t index);

}  // namespace lwp::core
