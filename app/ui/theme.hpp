// Fonts and colours: readable on a laptop and on a projector at the back of a room.
#pragma once

#include <imgui.h>

namespace lwp::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
};

// Builds the atlas (DejaVuSans with the ranges Dutch case texts need: Latin-1, Latin Extended-A,
// General Punctuation for ‘ ’ “ ” – …, Currency for €, arrows). Falls back to ImGui's font if the
// TTF is missing. The caller uploads the texture (renderer) or calls GetTexDataAsRGBA32 (tests).
Fonts build_fonts(float scale);
const Fonts& fonts();
// The same fonts added to `atlas`, which need not belong to a context: the program rasterises a
// standalone atlas on a thread while the window opens (issue 22.4; call GetTexDataAsRGBA32 there
// too), before any ImGui context exists (ImGui's allocator reads the current context).
Fonts add_fonts(ImFontAtlas& atlas, float scale);
// Makes fonts added to the current context's atlas the ones in use (fonts(), io.FontDefault).
void use_fonts(const Fonts& built);

void apply_style(float scale);

namespace colors {
inline constexpr ImU32 Accent = IM_COL32(26, 95, 122, 255);  // petrol blue
inline constexpr ImU32 Good = IM_COL32(36, 112, 42, 255);  // readable as text on every background (tests/test_contrast.cpp)
inline constexpr ImU32 Mixed = IM_COL32(150, 85, 0, 255);  // dark amber: readable as text (tests/test_contrast.cpp)
inline constexpr ImU32 Bad = IM_COL32(183, 28, 28, 255);
inline constexpr ImU32 Muted = IM_COL32(95, 99, 104, 255);
inline constexpr ImU32 CardBg = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 FeedbackBg = IM_COL32(232, 244, 248, 255);
inline constexpr ImU32 ErrorBg = IM_COL32(253, 236, 234, 255);
inline constexpr ImU32 FacilitatorBg = IM_COL32(250, 245, 230, 255);  // the facilitator's warm paper (never projected)
// One safety concept, two numbers: the case's own meter (petrol, Accent) and the trainee's taxatie.
inline constexpr ImU32 Taxatie = IM_COL32(106, 27, 154, 255);  // purple
}  // namespace colors

inline ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace lwp::ui
