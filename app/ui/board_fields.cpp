#include "ui/board_fields.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <unordered_map>
#include <vector>

#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace lwp::ui {

// ---------------------------------------------------------------------------------------------
// Soft wrapping
// ---------------------------------------------------------------------------------------------

std::string soft_wrap(const std::string& text, float width, const MeasureFn& measure) {
    std::string out;
    out.reserve(text.size() + 16);
    size_t para = 0;
    while (para <= text.size()) {
        size_t para_end = text.find('\n', para);
        if (para_end == std::string::npos) para_end = text.size();
        const char* p = text.data() + para;
        const size_t n = para_end - para;
        std::string line(p, n);
        // Greedy: at the end of every word, if the line no longer fits, break at the last space.
        size_t line_begin = 0, last_space = std::string::npos;
        std::vector<size_t> breaks;
        for (size_t i = 0; i <= n; ++i) {
            if (i < n && p[i] != ' ') continue;
            if (last_space != std::string::npos && last_space >= line_begin && measure(p + line_begin, p + i) > width) {
                breaks.push_back(last_space);
                line_begin = last_space + 1;
            }
            if (i < n) last_space = i;
        }
        size_t from = 0;
        for (size_t b : breaks) {
            out.append(p + from, b - from);
            out += "\r\n";
            from = b + 1;
        }
        out.append(p + from, n - from);
        if (para_end == text.size()) break;
        out += '\n';
        para = para_end + 1;
    }
    return out;
}

std::string soft_unwrap(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') out += text[i];
        else if (i + 1 < text.size() && text[i + 1] == '\n') {
            out += ' ';
            ++i;
        }  // a stray '\r' (its '\n' was deleted): the user joined the lines, drop it
    }
    return out;
}

namespace {

float measure_current(const char* b, const char* e) {
    return ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, b, e).x;
}

struct WrapContext {
    float width = 0;
};

// Re-wraps the buffer after every edit and keeps the cursor on the same logical character.
int rewrap_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
    const auto* ctx = static_cast<const WrapContext*>(data->UserData);
    const std::string cur(data->Buf, static_cast<size_t>(data->BufTextLen));
    const int len = data->BufTextLen;
    int logical = 0;
    for (int i = 0; i < data->CursorPos && i < len;) {
        if (cur[static_cast<size_t>(i)] == '\r') {
            const bool pair = i + 1 < len && cur[static_cast<size_t>(i) + 1] == '\n';
            if (pair && i + 1 < data->CursorPos) {
                ++logical;  // the whole soft break (one space) is before the cursor
                i += 2;
            } else ++i;
            continue;
        }
        ++logical;
        ++i;
    }
    const std::string wrapped = soft_wrap(soft_unwrap(cur), ctx->width, measure_current);
    if (wrapped == cur) return 0;
    int w = 0, l = 0;
    const int wlen = static_cast<int>(wrapped.size());
    while (l < logical && w < wlen) {
        const bool soft = wrapped[static_cast<size_t>(w)] == '\r' && w + 1 < wlen && wrapped[static_cast<size_t>(w) + 1] == '\n';
        w += soft ? 2 : 1;
        ++l;
    }
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, wrapped.data(), wrapped.data() + wrapped.size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd = w;
    return 0;
}

struct FieldCache {
    std::string synced;  // the unwrapped text the buffer was made from
    std::string buffer;  // wrapped, what ImGui edits
    float width = -1, font = -1;
    bool active = false;
    int frame = 0;
};

struct Draft {
    std::string text, value;
    bool synced = false, active = false;
    int frame = 0;
};

std::unordered_map<ImGuiID, FieldCache> g_fields;
std::unordered_map<ImGuiID, Draft> g_drafts;

// Fields of items that were removed leave entries behind; drop the long-unseen ones now and then.
template <class Map>
void prune(Map& map) {
    if (map.size() < 512) return;
    const int now = ImGui::GetFrameCount();
    for (auto it = map.begin(); it != map.end();)
        if (now - it->second.frame > 600 && !it->second.active) it = map.erase(it);
        else ++it;
}

std::string trim(const std::string& s) {
    const char* ws = " \t\r\n";
    const size_t b = s.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

}  // namespace

namespace {
// Fields get a visible frame: on white boards a borderless field looks like plain text.
struct FieldLook {
    FieldLook() {
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(251, 252, 253, 255));
    }
    ~FieldLook() {
        ImGui::PopStyleColor();
        ImGui::PopStyleVar();
    }
    FieldLook(const FieldLook&) = delete;
    FieldLook& operator=(const FieldLook&) = delete;
};
}  // namespace

bool text_area(const char* id, std::string& text, const FieldOptions& o) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = o.width > 0 ? o.width : ImGui::GetContentRegionAvail().x;
    FieldLook look;
    if (o.single_line) {
        ImGui::SetNextItemWidth(w);
        if (o.hint) ImGui::InputTextWithHint(id, o.hint, &text);
        else ImGui::InputText(id, &text);
        return ImGui::IsItemDeactivatedAfterEdit();
    }
    FieldCache& c = g_fields[ImGui::GetID(id)];
    c.frame = ImGui::GetFrameCount();
    const float wrap_w = std::max(10.0f, w - style.FramePadding.x * 2 - style.ScrollbarSize);
    if (!c.active && (c.synced != text || c.width != wrap_w || c.font != ImGui::GetFontSize())) {
        c.synced = text;
        c.width = wrap_w;
        c.font = ImGui::GetFontSize();
        c.buffer = soft_wrap(text, wrap_w, measure_current);
    }
    int lines = 1 + static_cast<int>(std::count(c.buffer.begin(), c.buffer.end(), '\n'));
    const bool show_hint = o.hint && text.empty() && !c.active;
    if (show_hint) {
        const float hint_h = ImGui::CalcTextSize(o.hint, nullptr, false, wrap_w).y;
        lines = std::max(lines, static_cast<int>(hint_h / ImGui::GetTextLineHeight() + 0.5f));
    }
    lines = std::clamp(lines, std::max(1, o.min_lines), std::max(o.min_lines, o.max_lines));
    const float h = static_cast<float>(lines) * ImGui::GetTextLineHeight() + style.FramePadding.y * 2;
    WrapContext ctx{wrap_w};
    if (ImGui::InputTextMultiline(id, &c.buffer, ImVec2(w, h),
                                  ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CtrlEnterForNewLine,
                                  rewrap_callback, &ctx)) {
        text = soft_unwrap(c.buffer);
        c.synced = text;
    }
    if (show_hint) {
        const ImVec2 pos(ImGui::GetItemRectMin().x + style.FramePadding.x, ImGui::GetItemRectMin().y + style.FramePadding.y);
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                            o.hint, nullptr, wrap_w);
    }
    c.active = ImGui::IsItemActive();
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    if (done) c.width = -1;  // re-wrap from whatever the text is now
    prune(g_fields);
    return done;
}

bool left_with_enter() {
    return ImGui::IsItemDeactivated() &&
           (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)));
}

bool commit_field(const char* id, const std::string& value, std::string& committed, const FieldOptions& o) {
    Draft& d = g_drafts[ImGui::GetID(id)];
    d.frame = ImGui::GetFrameCount();
    // While the user types, the draft is theirs; otherwise it follows the state (undo, replay).
    if (!d.active && (!d.synced || d.value != value)) {
        d.text = d.value = value;
        d.synced = true;
    }
    const bool done = text_area(id, d.text, o);
    d.active = ImGui::IsItemActive();
    prune(g_drafts);
    if (!done) return false;
    d.synced = false;  // follow the state again, whether or not the action applies
    std::string t = trim(d.text);
    if (t == value) return false;
    committed = std::move(t);
    return true;
}

void wrapped_text(const char* text, ImU32 color, ImFont* font) {
    if (font) ImGui::PushFont(font);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextWrapped("%s", text);
    if (color) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
}

bool tooltip_due() { return ImGui::IsItemHovered() && GImGui->HoveredIdTimer > 0.4f; }

bool labelled_field(const char* label, const char* id, const std::string& value, std::string& committed,
                    const FieldOptions& o) {
    // The label wraps at the field's width (fields may sit side by side).
    const float w = o.width > 0 ? o.width : ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(fonts().bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    return commit_field(id, value, committed, o);
}

// A text field that emits one action when it is left after an edit (focus moves away, Enter or
// Tab), never per keystroke, and follows the state (undo, replay) while it is not being edited.
bool commit_text(const char* id, const std::string& current, std::string& out, float lines, const char* hint) {
    FieldOptions o;
    o.single_line = lines <= 1;
    o.min_lines = std::max(1, static_cast<int>(lines + 0.5f));
    o.max_lines = std::max(o.min_lines, 6);
    o.hint = hint;
    return commit_field(id, current, out, o);
}

void field_label(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

}  // namespace lwp::ui
