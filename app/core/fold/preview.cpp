#include "core/fold/preview.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace lwp::core {

bool is_preview_action(const std::string& type) {
    return type == action_type::PreviewJump || type == action_type::PreviewSet;
}

Action make_preview_jump(const std::string& from_step, const std::string& target) {
    return Action{action_type::PreviewJump, from_step, target, {}, static_cast<std::int64_t>(std::time(nullptr))};
}

Action make_preview_set(const std::string& step, const std::string& variable, double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    return Action{action_type::PreviewSet, step, variable, {{"waarde", text}}, static_cast<std::int64_t>(std::time(nullptr))};
}

ApplyResult apply_preview(SessionState& st, const Scenario& sc, const Action& action, size_t index) {
    if (action.type == action_type::PreviewJump) {
        if (!sc.step(action.target) && !sc.ending(action.target))
            return {false, "stap of einde '" + action.target + "' bestaat niet"};
        st.ending.clear();
        st.last_feedback_choice.clear();
        st.last_feedback_step.clear();
        enter_step(st, sc, action.target, index);
        st.preview = true;
        return {};
    }
    if (action.type == action_type::PreviewSet) {
        const Variable* v = sc.variable(action.target);
        if (!v) return {false, "variabele '" + action.target + "' bestaat niet"};
        auto it = action.args.find("waarde");
        if (it == action.args.end()) return {false, "geen waarde voor variabele '" + action.target + "'"};
        char* end = nullptr;
        const double value = std::strtod(it->second.c_str(), &end);
        if (end == it->second.c_str() || *end != '\0' || !std::isfinite(value))
            return {false, "'" + it->second + "' is geen getal"};
        st.vars[v->id] = std::clamp(value, v->min, v->max);
        st.preview = true;
        return {};
    }
    return {false, "onbekende actie '" + action.type + "'"};
}

}  // namespace lwp::core
