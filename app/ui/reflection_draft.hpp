// The reflection panel's draft (reflection_panel.cpp): what the trainee is writing in its editor
// before the one "reflectie.schrijf" action. Held by the case tab (player_view.cpp), which draws
// the panel; a draft belongs to one moment of one session (the panel starts afresh otherwise).
#pragma once

#include <string>

namespace lwp::core {
class SessionController;
}

namespace lwp::ui {

struct ReflectionDraft {
    bool open_request = false;
    bool focus_text = false;
    std::string point;  // the due reflection point being answered, "" for a free reflection
    std::string text;
    int dimension = -1, level = -1, with = -1;  // indices into the core vocabularies, -1 = not chosen
    const core::SessionController* session = nullptr;
};

}  // namespace lwp::ui
