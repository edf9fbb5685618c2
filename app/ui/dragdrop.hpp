// Drag-and-drop payloads shared by the views: facts are dragged from the case onto boards.
#pragma once

namespace lwp::ui::payload {

// Data: the fact id as a NUL-terminated string.
inline constexpr const char* Fact = "LWP_FEIT";
// Data: a timeline entry id (for evidence on pattern factors).
inline constexpr const char* TimelineEntry = "LWP_TIJDLIJN";

}  // namespace lwp::ui::payload
