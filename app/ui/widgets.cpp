#include "ui/widgets.hpp"

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

void wrapped_colored(ImU32 color, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void flow_same_line(float width) {
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right_edge) ImGui::NewLine();
}

void chip(const char* text, ImU32 bg, ImU32 fg) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 pad(style.FramePadding.x * 0.7f, style.FramePadding.y * 0.4f);
    const ImVec2 text_size = ImGui::CalcTextSize(text);
    const ImVec2 size(text_size.x + pad.x * 2, text_size.y + pad.y * 2);
    // Flow: stay on this line if it fits, else wrap.
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine(0, style.ItemSpacing.x * 0.5f);
    if (ImGui::GetCursorScreenPos().x + size.x > right_edge) ImGui::NewLine();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, size.y * 0.5f);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), fg, text);
    ImGui::Dummy(size);
}

void meter(const char* label, float fraction, const char* value_text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    ImU32 color = fraction < 0.35f ? colors::Bad : fraction < 0.6f ? colors::Mixed : colors::Good;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, color);
    ImGui::ProgressBar(fraction, ImVec2(-1, ImGui::GetFontSize() * 1.1f), value_text);
    ImGui::PopStyleColor();
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
