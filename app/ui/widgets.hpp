// Small drawing helpers shared by the views: chips, headings, wrapped coloured text.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

#include "core/assess/scoring.hpp"
#include "core/model/vocabulary.hpp"

namespace lwp::ui {

void heading(const char* text);
void bold_text(const char* text);
void muted_text(const char* text);
// A term of the method's vocabulary (core/model/vocabulary.hpp) in the UI language.
const char* term_name(const core::Term& t);
void wrapped_colored(ImU32 color, const char* text);
// Before BeginPopupModal: a dialog `letters` font sizes wide, never wider than 94 % of the screen
// and never taller than 90 % of it (then it scrolls), centred.
void next_dialog_size(float letters);
// A bullet with text that wraps at the window's edge (ImGui's BulletText does not wrap).
void bullet_wrapped(const char* text);
// A rounded label ("Directe veiligheid") that flows left to right and wraps at the edge.
void chip(const char* text, ImU32 bg, ImU32 fg);
// Flow layout: the next item, `width` wide, goes on this line after the previous one when it fits
// before the window's right edge, else on a new line (rows of buttons that wrap instead of
// running off a narrow window or large text).
void flow(float width, float spacing = -1.0f);  // spacing: ItemSpacing.x by default
// The width of a button with this label (frame padding included).
float button_width(const char* label);
// ImGui::CollapsingHeader whose label wraps onto more lines when it is wider than the window (an
// ImGui header cuts it). Same id and open state as CollapsingHeader(label) (the label may carry
// ## or ###); a label that fits is an ordinary CollapsingHeader.
bool wrapping_header(const char* label, bool default_open);
// Where a line of at most `width` pixels ends in [b, e), drawn with `font` at `size`: after the
// last whole word that fits, or `b` when not even the first word fits (the caller then starts on
// the next line or cuts with "…"). Never inside a word (ImGui's own wrap breaks a word that does
// not fit the rest of a line in two).
const char* line_break(ImFont* font, float size, const char* b, const char* e, float width);
// A padlock (the UI font has no lock glyph), one line high, at `pos` on `dl`; returns its width.
float draw_lock(ImDrawList* dl, ImVec2 pos, float height, ImU32 color);
// The same as an item at the cursor, followed on the same line by what comes next.
void lock_icon(ImU32 color);
// A clearly visible focus ring (issue 19.4): ImGui's own keyboard highlight is a thin line that
// disappears against the petrol buttons on a projector. Drawn on top of everything at the end of
// a frame, around the item that has the keyboard focus: while the keyboard is used to move, and
// always around the text field being typed in. Two rings, petrol outside and white inside, so
// it shows on light and dark backgrounds alike.
void draw_focus_ring();
// A progress bar whose label stays readable over any fill (ImGui's own draws one colour over
// both): white inside the fill, the text colour beside it, or on a plate of the bar's background
// when neither part is wide enough. fill 0: the accent colour.
void progress_bar(float fraction, ImVec2 size, const char* label, ImU32 fill = 0);
// A horizontal meter 0..1 with a label, for state variables.
void meter(const char* label, float fraction, const char* value_text);
// ImGui 1.86 child windows cannot size to their content; views measure the content of one frame
// and use it for the next (they render a few frames after every input, so it settles at once).
float remembered_height(const char* key, float fallback);
void remember_height(const char* key, float height);
// Long lists: an item outside the visible part of the window is skipped (a dummy of the height it
// had when last drawn) unless `keep`. Sets `start_y`; when it returns false, draw the item and then
// call remember_height(key, ImGui::GetCursorPosY() - start_y).
bool skip_if_out_of_view(const char* key, float& start_y, bool keep = false);
// Call right after Begin/BeginChild: the window opens scrolled to its top when it was not drawn
// in the previous frame (a screen, tab or panel opened again) or when `content` changed (another
// step, document or session). Nothing carries the scroll position of one page over to the next.
void open_at_top(std::string_view content = {});
std::string format_time(std::int64_t unix_seconds);
// A ledger entry's status in words ("behaald", "gemist", ...) and its colour.
const char* status_label(core::Status s);
ImU32 status_color(core::Status s);

}  // namespace lwp::ui
