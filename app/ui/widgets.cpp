#include "ui/widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <ctime>

#include "ui/strings.hpp"
#include "ui/theme.hpp"

namespace lwp::ui {

void heading(const char* text) {
    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void bold_text(const char* text) {
    ImGui::PushFont(fonts().bold);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void muted_text(const char* text) { wrapped_colored(colors::Muted, text); }

const char* term_name(const core::Term& t) { return (language() == core::Lang::En ? t.en : t.nl).data(); }

void wrapped_colored(ImU32 color, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void next_dialog_size(float letters) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(ImGui::GetFontSize() * letters, vp->WorkSize.x * 0.94f);
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, vp->WorkSize.y * 0.9f));
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
}

void bullet_wrapped(const char* text) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void chip(const char* text, ImU32 bg, ImU32 fg) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 pad(style.FramePadding.x * 0.7f, style.FramePadding.y * 0.4f);
    const ImVec2 text_size = ImGui::CalcTextSize(text);
    const ImVec2 size(text_size.x + pad.x * 2, text_size.y + pad.y * 2);
    // Flow: stay on this line if it fits, else wrap.
    flow(size.x, style.ItemSpacing.x * 0.5f);  // stay on this line if it fits, else wrap
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, size.y * 0.5f);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), fg, text);
    ImGui::Dummy(size);
}

void flow(float width, float spacing) {
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;  // a table cell's, in a table
    if (spacing < 0) spacing = ImGui::GetStyle().ItemSpacing.x;
    // Decided before SameLine: SameLine then NewLine would count the spacing past the edge as content.
    if (ImGui::GetItemRectMax().x + spacing + width <= right_edge + 0.5f) ImGui::SameLine(0, spacing);
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool wrapping_header(const char* label, bool default_open) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float f = ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float text_x = f + style.FramePadding.x * 2;  // where ImGui puts the label, after the arrow
    if (ImGui::CalcTextSize(label, end).x + text_x + style.FramePadding.x <= avail)
        return ImGui::CollapsingHeader(label, default_open ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    const ImGuiID id = ImGui::GetID(label);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    bool open = storage->GetInt(id, default_open ? 1 : 0) != 0;
    const float wrap = std::max(1.0f, avail - text_x - style.FramePadding.x);
    const ImVec2 ts = ImGui::CalcTextSize(label, end, false, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(avail, ts.y + style.FramePadding.y * 2);
    if (ImGui::InvisibleButton(label, size)) {
        open = !open;
        storage->SetInt(id, open ? 1 : 0);
    }
    const bool held = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                      ImGui::GetColorU32(held ? ImGuiCol_HeaderActive : hovered ? ImGuiCol_HeaderHovered : ImGuiCol_Header), style.FrameRounding);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    ImGui::RenderArrow(dl, ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y), text, open ? ImGuiDir_Down : ImGuiDir_Right, 1.0f);
    dl->AddText(ImGui::GetFont(), f, ImVec2(pos.x + text_x, pos.y + style.FramePadding.y), text, label, end, wrap);
    return open;
}

const char* line_break(ImFont* font, float size, const char* b, const char* e, float width) {
    const float scale = size / font->FontSize;
    const char* brk = font->CalcWordWrapPositionA(scale, b, e, width);
    if (brk <= b) return b;
    if (font->CalcTextSizeA(size, FLT_MAX, 0.0f, b, brk).x > width + 0.5f) return b;  // the first word is too wide
    if (brk == e || *brk == ' ' || *brk == '\n' || brk[-1] == ' ' || brk[-1] == '\n') return brk;
    // Inside a word: back to the space before it.
    const char* space = brk;
    while (space > b && space[-1] != ' ' && space[-1] != '\n') --space;
    return space > b ? space : b;
}

float draw_lock(ImDrawList* dl, ImVec2 p, float h, ImU32 color) {
    const float w = h * 0.8f;
    dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.45f), ImVec2(p.x + w, p.y + h), color, h * 0.12f);
    dl->PathArcTo(ImVec2(p.x + w * 0.5f, p.y + h * 0.45f), w * 0.32f, IM_PI, 2 * IM_PI, 12);
    dl->PathStroke(color, 0, h * 0.12f);
    return w;
}

void lock_icon(ImU32 color) {
    const float h = ImGui::GetTextLineHeight();
    const float w = draw_lock(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), h, color);
    ImGui::Dummy(ImVec2(w, h));
    ImGui::SameLine();
}

void draw_focus_ring() {
    const ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.NavWindow;
    if (!w || !g.NavId || !g.NavIdIsAlive || w->Hidden || !w->WasActive) return;
    const bool typing = g.ActiveId == g.NavId && g.InputTextState.ID == g.ActiveId;
    if (g.NavDisableHighlight && !typing) return;  // the mouse is in use, and no field has focus
    ImRect r = ImGui::WindowRectRelToAbs(w, w->NavRectRel[g.NavLayer]);
    const float f = ImGui::GetFontSize();
    const float gap = std::max(2.0f, f * 0.12f), outer = std::max(3.0f, f * 0.18f);
    r.Expand(gap);
    ImRect clip = w->OuterRectClipped;
    clip.Expand(outer + gap);
    ImDrawList* dl = ImGui::GetForegroundDrawList(w);
    dl->PushClipRect(clip.Min, clip.Max, false);
    const float rounding = ImGui::GetStyle().FrameRounding + gap;
    dl->AddRect(ImVec2(r.Min.x - outer * 0.5f, r.Min.y - outer * 0.5f), ImVec2(r.Max.x + outer * 0.5f, r.Max.y + outer * 0.5f),
                colors::Accent, rounding + outer * 0.5f, 0, outer);
    dl->AddRect(r.Min, r.Max, IM_COL32_WHITE, rounding, 0, 1.5f);
    dl->PopClipRect();
}

void progress_bar(float fraction, ImVec2 size, const char* label, ImU32 fill) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = size.x > 0 ? size.x : ImGui::GetContentRegionAvail().x;
    const float h = size.y > 0 ? size.y : ImGui::GetFrameHeight();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 p1(p0.x + w, p0.y + h);
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    dl->AddRectFilled(p0, p1, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    const float split = p0.x + w * fraction;
    if (fraction > 0) dl->AddRectFilled(p0, ImVec2(split, p1.y), fill ? fill : colors::Accent, style.FrameRounding);
    if (!label || !*label) return;
    const ImVec2 ts = ImGui::CalcTextSize(label);
    // White inside the fill when it is wide enough, the text colour after it when there is room
    // there; otherwise on a small plate of the bar's own background, so no label ever sits
    // half on the dark fill and half beside it.
    const float pad = style.FramePadding.x;
    const float y = p0.y + (h - ts.y) * 0.5f;
    if (split - p0.x >= ts.x + pad * 2) {
        dl->AddText(ImVec2(p0.x + std::max(pad, (split - p0.x - ts.x) * 0.5f), y), IM_COL32_WHITE, label);
    } else if (p1.x - split >= ts.x + pad * 2) {
        dl->AddText(ImVec2(split + pad, y), ImGui::GetColorU32(ImGuiCol_Text), label);
    } else {
        const float x = std::max(p0.x + pad * 0.5f, p0.x + (w - ts.x) * 0.5f);
        dl->AddRectFilled(ImVec2(x - pad * 0.5f, p0.y + 2), ImVec2(x + ts.x + pad * 0.5f, p1.y - 2), ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
        dl->AddText(ImVec2(x, y), ImGui::GetColorU32(ImGuiCol_Text), label);
    }
}

void meter(const char* label, float fraction, const char* value_text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    ImU32 color = fraction < 0.35f ? colors::Bad : fraction < 0.6f ? colors::Mixed : colors::Good;
    progress_bar(fraction, ImVec2(-1, ImGui::GetFontSize() * 1.1f), value_text, color);
}

std::string format_time(std::int64_t unix_seconds) {
    std::time_t t = static_cast<std::time_t>(unix_seconds);
    char buf[32];
    std::strftime(buf, sizeof buf, "%d-%m-%Y %H:%M", std::localtime(&t));
    return buf;
}

}  // namespace lwp::ui

namespace lwp::ui {

// Heights are remembered in the current window's ImGui storage under the given id.
float remembered_height(const char* key, float fallback) {
    return ImGui::GetStateStorage()->GetFloat(ImGui::GetID(key), fallback);
}

void remember_height(const char* key, float height) { ImGui::GetStateStorage()->SetFloat(ImGui::GetID(key), height); }

void open_at_top(std::string_view content) {
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID frame_key = ImGui::GetID("##open_at_top_frame"), content_key = ImGui::GetID("##open_at_top_content");
    const int frame = ImGui::GetFrameCount();
    const ImGuiID hash = ImGui::GetID(std::string(content).c_str());  // (an empty view may have no data)
    const bool reopened = st->GetInt(frame_key, -2) != frame - 1 && st->GetInt(frame_key, -2) != frame;
    if (reopened || static_cast<ImGuiID>(st->GetInt(content_key, 0)) != hash) ImGui::SetScrollY(0.0f);
    st->SetInt(frame_key, frame);
    st->SetInt(content_key, static_cast<int>(hash));
}

bool skip_if_out_of_view(const char* key, float& start_y, bool keep) {
    start_y = ImGui::GetCursorPosY();
    const float h = remembered_height(key, 0);
    const float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
    if (keep || h <= 0 || (start_y + h >= top && start_y <= bottom)) return false;
    ImGui::Dummy(ImVec2(1, h - ImGui::GetStyle().ItemSpacing.y));  // advances the cursor by exactly h
    return true;
}

const char* status_label(core::Status s) {
    switch (s) {
        case core::Status::Met: return tr(S::StatusMet);
        case core::Status::Missed: return tr(S::StatusMissed);
        case core::Status::Pending: return tr(S::StatusPending);
        case core::Status::NotAssessed: return tr(S::StatusNotAssessed);
        case core::Status::Error: return tr(S::StatusError);
    }
    return "";
}

ImU32 status_color(core::Status s) {
    switch (s) {
        case core::Status::Met: return colors::Good;
        case core::Status::Missed: return colors::Bad;
        case core::Status::Pending: return colors::Mixed;
        case core::Status::NotAssessed: return colors::Muted;
        case core::Status::Error: return colors::Bad;
    }
    return colors::Muted;
}

}  // namespace lwp::ui
