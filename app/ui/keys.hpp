// Keyboard codes for ImGui 1.86, whose IsKeyPressed() takes the backend's own key index. Our
// backend is GLFW, so these are GLFW's codes (printable keys are their ASCII upper case); tests
// press them by setting io.KeysDown[code].
#pragma once

#include <imgui.h>

namespace lwp::ui::keys {

inline constexpr int Digit1 = 49;        // GLFW_KEY_1 .. GLFW_KEY_9 = 49..57
inline constexpr int Keypad1 = 321;      // GLFW_KEY_KP_1 .. KP_9 = 321..329
inline constexpr int Equal = 61;         // GLFW_KEY_EQUAL
inline constexpr int Minus = 45;         // GLFW_KEY_MINUS
inline constexpr int KeypadAdd = 334;    // GLFW_KEY_KP_ADD
inline constexpr int KeypadSubtract = 333;
inline constexpr int F1 = 290;           // GLFW_KEY_F1
inline constexpr int F2 = 291;           // GLFW_KEY_F2: authoring panel
inline constexpr int Q = 81, Y = 89, Z = 90;

inline bool pressed(int code, bool repeat = true) { return ImGui::IsKeyPressed(code, repeat); }
inline bool escape_pressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

}  // namespace lwp::ui::keys
