// Placeholder until the board lands (being written now); draws nothing but a note.
#include <imgui.h>

#include "ui/app.hpp"

namespace lwp::ui {

void draw_safety_board(App&) { ImGui::TextDisabled("..."); }

}  // namespace lwp::ui
