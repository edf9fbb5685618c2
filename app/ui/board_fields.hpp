// Text fields for the analysis boards (pattern, safety, end situation). Two things ImGui 1.86
// does not do for us: (1) commit an edit as ONE action when the field is left, not per keystroke,
// so the session log stays readable; (2) wrap long text inside a multi-line field (1.86 only
// scrolls sideways). Wrapping is done with soft breaks "\r\n" that replace a space: ImGui draws
// '\r' as nothing, the user cannot type it, and unwrapping turns every soft break back into the
// space it replaced. Candidate for ui/widgets once the other boards need the same.
#pragma once

#include <imgui.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace lwp::ui {

struct FieldOptions {
    int min_lines = 2;       // visible lines when (nearly) empty
    int max_lines = 8;       // then the field scrolls
    const char* hint = nullptr;  // shown in muted text while the field is empty
    float width = -1;        // -1: all available width
    bool single_line = false;
};

// Edits `text` in place (always the unwrapped text). Returns true once when the user leaves the
// field after changing it: focus moved away, Enter (Ctrl+Enter makes a new line), Tab.
bool text_area(const char* id, std::string& text, const FieldOptions& options = {});

// True in the frame the last item (a field) was left with Enter. Every add form of the boards uses
// it, so Enter adds from any of its one-line or multi-line fields (Ctrl+Enter: a new line).
bool left_with_enter();

// A field showing `value` (the state's text). Returns true once, when the user leaves the field
// with a text different from `value`; the new text is in `committed` (trimmed).
bool commit_field(const char* id, const std::string& value, std::string& committed, const FieldOptions& options = {});

// A field for the persons and timeline boards: `lines` high (1: one line), committed like
// commit_field; the new text is in `out`.
bool commit_text(const char* id, const std::string& current, std::string& out, float lines, const char* hint = nullptr);
// A small muted label above a field.
void field_label(const char* text);

// The same with a bold label above it.
bool labelled_field(const char* label, const char* id, const std::string& value, std::string& committed,
                    const FieldOptions& options = {});

// Text that wraps at the wrap position in force (a card's edge, a tooltip's width). The helpers in
// widgets.hpp wrap at the window's edge, which collapses an auto-sized tooltip to one letter wide.
// color 0: the normal text colour; font null: the current font.
void wrapped_text(const char* text, ImU32 color = 0, ImFont* font = nullptr);
// True when the last item has been hovered long enough for its tooltip: ImGui 1.86 has no tooltip
// delay, and tooltips that flash up while the mouse crosses a board are noise on a projector.
bool tooltip_due();

// --- soft wrapping (exposed for tests) ----------------------------------------------------------
using MeasureFn = std::function<float(const char* begin, const char* end)>;
// Greedy word wrap of `text` at `width`: a space where a line must break becomes "\r\n".
// Hard newlines stay; a word longer than the width stays on its own line.
std::string soft_wrap(const std::string& text, float width, const MeasureFn& measure);
// The text without soft breaks ("\r\n" -> " ", a stray '\r' is dropped).
std::string soft_unwrap(const std::string& text);

}  // namespace lwp::ui
