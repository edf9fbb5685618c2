// The fit checker (issue 17, item 2): over the last rendered ImGui frame, finds per window
// (child windows included) what does not fit on screen:
//   - a text glyph cut by a clip rectangle: a label cut off at a window's or column's edge (the
//     glyph crosses its draw command's clip rect), or a label cut by its own frame (ImGui cut the
//     glyph on the CPU: a button, progress bar or tab label wider than its box). A cut at the edge
//     of a window that has a scrollbar on that axis is scrolling, not a fit problem;
//   - content wider (or taller) than the window's view while the window has no scrollbar on that
//     axis: the rest is unreachable;
//   - squeezed tabs (a tab narrower than its label) and squeezed table headers.
// Each finding reads "window: what, where: text". Glyphs come from tests/glyphs.hpp.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "glyphs.hpp"

namespace lwp::test {

struct FitFinding {
    std::string window;  // ImGui window name, child-window id suffixes (_1A2B3C4D) left out
    std::string what;    // "text cut at the right edge", "content wider than the view", ...
    ImVec2 where;        // screen position
    std::string text;    // the line of text concerned (may be empty for content overflow)
    std::string str() const {
        char pos[48];
        std::snprintf(pos, sizeof pos, "(%.0f, %.0f)", where.x, where.y);
        return window + ": " + what + ", at " + pos + ": \"" + text + "\"";
    }
};

// "##leerwerkplaats/##bord_1A2B3C4D" → "##leerwerkplaats/##bord" (child windows are named
// parent/id_%08X): stable names for messages and the known-problem list.
inline std::string fit_window_name(const char* name) {
    std::string s = name ? name : "";
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 9 <= s.size() && (i + 9 == s.size() || s[i + 9] == '/')) {
            bool hex = true;
            for (size_t k = i + 1; k < i + 9; ++k) hex = hex && std::isxdigit(static_cast<unsigned char>(s[k])) && !std::islower(static_cast<unsigned char>(s[k]));
            if (hex) {
                i += 8;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

namespace fit_detail {

struct Line {  // the glyphs of one line of text, in one draw command of one draw list
    const ImDrawList* list = nullptr;
    const ImDrawCmd* cmd = nullptr;
    float origin_y = 0, scale = 1, right = 0;
    std::string text;
    std::vector<std::string> cuts;  // what was cut in this line
    ImVec2 where;
};

inline float glyph_scale(const DrawnGlyph& d) {
    // The size the glyph was drawn at (AddText with another font size scales it), from an axis
    // along which it was not cut.
    const ImFontGlyph& g = *d.glyph;
    if (d.uv0.x == g.U0 && d.uv1.x == g.U1 && g.X1 > g.X0) return (d.max.x - d.min.x) / (g.X1 - g.X0);
    if (d.uv0.y == g.V0 && d.uv1.y == g.V1 && g.Y1 > g.Y0) return (d.max.y - d.min.y) / (g.Y1 - g.Y0);
    return 1.0f;
}

// Whether a cut at `edge` on axis `x` (true) or y is scrolling: the edge is that of a window (this
// one or a parent, whose clip rect the child's is cut from) that has a scrollbar on that axis.
inline bool scrolls_there(const ImGuiWindow* w, bool x, float edge) {
    for (; w; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr) {
        const bool bar = x ? w->ScrollbarX : w->ScrollbarY;
        const float a = x ? w->InnerClipRect.Min.x : w->InnerClipRect.Min.y;
        const float b = x ? w->InnerClipRect.Max.x : w->InnerClipRect.Max.y;
        if (bar && (std::abs(edge - a) <= 1.5f || std::abs(edge - b) <= 1.5f)) return true;
    }
    return false;
}

inline const ImGuiWindow* window_of(const ImDrawList* list) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->DrawList == list) return w;
    return nullptr;
}

// The smallest active window whose visible rectangle holds `p` (owner of a tab bar or table).
inline const ImGuiWindow* window_at(ImVec2 p) {
    const ImGuiWindow* best = nullptr;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (!w->Active || w->Hidden || !w->OuterRectClipped.Contains(p)) continue;
        if (!best || w->OuterRectClipped.GetArea() < best->OuterRectClipped.GetArea()) best = w;
    }
    return best;
}

}  // namespace fit_detail

// Everything that does not fit in the last rendered frame (ImGui::Render() was called).
inline std::vector<FitFinding> fit_findings() {
    using namespace fit_detail;
    std::vector<FitFinding> out;
    ImGuiContext& g = *ImGui::GetCurrentContext();

    // 1. Cut glyphs, gathered into lines so the message names the label.
    std::vector<Line> lines;
    for_each_glyph([&](const DrawnGlyph& d) {
        const float scale = glyph_scale(d);
        const bool cut_top = d.uv0.y != d.glyph->V0, cut_left = d.uv0.x != d.glyph->U0;
        // The line's origin: from the glyph's top, or its bottom when the top was cut away.
        const float origin_y = cut_top ? d.max.y - d.glyph->Y1 * scale : d.min.y - d.glyph->Y0 * scale;
        const float origin_x = cut_left ? d.max.x - d.glyph->X1 * scale : d.min.x - d.glyph->X0 * scale;
        const float em = std::max(4.0f, scale * d.font->FontSize);
        Line* line = lines.empty() ? nullptr : &lines.back();
        if (!line || line->list != d.list || line->cmd != d.cmd || std::abs(line->origin_y - origin_y) > 0.75f ||
            origin_x < line->right - em || origin_x > line->right + 0.6f * em) {
            lines.push_back(Line{d.list, d.cmd, origin_y, scale, 0, "", {}, d.min});
            line = &lines.back();
        } else if (origin_x > line->right + 0.2f * em) {
            line->text += ' ';
        }
        append_utf8(line->text, d.codepoint);
        line->right = origin_x + d.glyph->AdvanceX * scale;
        // Only the part of the glyph inside its own cell counts (pen position to advance, line
        // height): the hook of a 'j' that hangs left of its cell, or a descender's antialiasing
        // below the line, shaved by an edge, is not a label cut off.
        const float cell_x0 = std::max(d.min.x, origin_x), cell_x1 = std::min(d.max.x, origin_x + d.glyph->AdvanceX * scale);
        const float cell_y0 = std::max(d.min.y, origin_y), cell_y1 = std::min(d.max.y, origin_y + d.font->FontSize * scale);
        if (d.fine_clipped) {
            // ImGui cut the quad at the clip: the whole glyph's box from the atlas metrics, and how
            // much of its cell is gone.
            const ImFontGlyph& gl = *d.glyph;
            const float full_x0 = origin_x + gl.X0 * scale, full_x1 = origin_x + gl.X1 * scale;
            const float full_y0 = origin_y + gl.Y0 * scale, full_y1 = origin_y + gl.Y1 * scale;
            const float cx0 = std::max(full_x0, origin_x), cx1 = std::min(full_x1, origin_x + gl.AdvanceX * scale);
            const float cy0 = std::max(full_y0, origin_y), cy1 = std::min(full_y1, origin_y + d.font->FontSize * scale);
            // ImGui intersects the frame with the window's clip rect: a cut at the window's edge
            // is judged as one (scrolling is fine), a cut inside it is the frame's.
            const ImVec4& cr = d.cmd->ClipRect;
            const ImGuiWindow* cw = window_of(d.list);
            auto side = [&](float hidden, float edge, float window_edge, bool x, const char* at_window) {
                if (hidden <= 1.0f) return;
                if (std::abs(edge - window_edge) < 0.5f) {
                    if (scrolls_there(cw, x, window_edge)) return;
                    line->cuts.push_back(at_window);
                } else {
                    line->cuts.push_back("text cut by its own frame");
                }
                line->where = d.min;
            };
            side(cx1 - d.max.x, d.max.x, cr.z, true, "text cut at the right edge");
            side(d.min.x - cx0, d.min.x, cr.x, true, "text cut at the left edge");
            side(cy1 - d.max.y, d.max.y, cr.w, false, "text cut at the bottom edge");
            side(d.min.y - cy0, d.min.y, cr.y, false, "text cut at the top edge");
            return;
        }
        const ImVec4& c = d.cmd->ClipRect;
        const ImGuiWindow* w = window_of(d.list);
        const float m = 1.0f;  // at least a pixel hidden and a pixel shown
        auto cut = [&](const char* what, bool x, float edge) {
            if (!scrolls_there(w, x, edge)) {
                line->cuts.push_back(what);
                line->where = d.min;
            }
        };
        const bool overlaps_y = cell_y1 > c.y + m && cell_y0 < c.w - m;
        const bool overlaps_x = cell_x1 > c.x + m && cell_x0 < c.z - m;
        if (overlaps_y && cell_x1 > c.z + m && cell_x0 < c.z - m) cut("text cut at the right edge", true, c.z);
        if (overlaps_y && cell_x0 < c.x - m && cell_x1 > c.x + m) cut("text cut at the left edge", true, c.x);
        if (overlaps_x && cell_y1 > c.w + m && cell_y0 < c.w - m) cut("text cut at the bottom edge", false, c.w);
        if (overlaps_x && cell_y0 < c.y - m && cell_y1 > c.y + m) cut("text cut at the top edge", false, c.y);
    });
    for (const Line& line : lines) {
        if (line.cuts.empty()) continue;
        const ImGuiWindow* w = window_of(line.list);
        out.push_back({fit_window_name(w ? w->Name : line.list->_OwnerName), line.cuts.front(), line.where, line.text});
    }

    // 2. Content that the window cannot show and offers no scrollbar for.
    for (ImGuiWindow* w : g.Windows) {
        if (!w->Active || w->Hidden || w->Collapsed || w->SkipItems) continue;
        if (w->Flags & (ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_AlwaysAutoResize)) continue;
        char what[96];
        // ImGui's multiline text field (a NoMove child) always makes its content as wide as the
        // frame plus the frame padding, more than its view: an empty margin, not hidden text
        // (text that does not fit is caught as cut glyphs).
        const bool text_field = (w->Flags & ImGuiWindowFlags_ChildWindow) && (w->Flags & ImGuiWindowFlags_NoMove);
        const float slack = text_field ? g.Style.FramePadding.x + w->WindowPadding.x + 1.0f : 1.0f;
        if (w->ScrollMax.x > slack && !w->ScrollbarX) {
            // Which label is too wide: the line of text of this window that reaches furthest right.
            const Line* widest = nullptr;
            for (const Line& line : lines)
                if (line.list == w->DrawList && (!widest || line.right > widest->right)) widest = &line;
            std::snprintf(what, sizeof what, "content %.0f px wider than the view, no horizontal scrollbar", w->ScrollMax.x);
            out.push_back({fit_window_name(w->Name), what, widest ? ImVec2(widest->right, widest->origin_y) : w->Pos,
                           widest ? "rightmost text: " + widest->text : ""});
        }
        if (w->ScrollMax.y > 1.0f && !w->ScrollbarY) {
            std::snprintf(what, sizeof what, "content %.0f px taller than the view, no vertical scrollbar", w->ScrollMax.y);
            out.push_back({fit_window_name(w->Name), what, w->Pos, ""});
        }
    }

    // 3. Squeezed tabs: narrower than their label, or pushed out of the bar.
    for (int n = 0; n < g.TabBars.GetMapSize(); ++n) {
        ImGuiTabBar* bar = g.TabBars.TryGetMapData(n);
        if (!bar || bar->CurrFrameVisible != g.FrameCount) continue;
        const ImGuiWindow* w = window_at(bar->BarRect.GetCenter());
        for (const ImGuiTabItem& tab : bar->Tabs) {
            if (tab.LastFrameVisible != g.FrameCount) continue;
            const char* name = bar->GetTabName(&tab);
            const std::string label(name, ImGui::FindRenderedTextEnd(name));
            const ImVec2 at(bar->BarRect.Min.x + tab.Offset, bar->BarRect.Min.y);
            if (tab.Width + 0.5f < tab.ContentWidth) {
                char what[96];
                std::snprintf(what, sizeof what, "tab squeezed (%.0f of %.0f px)", tab.Width, tab.ContentWidth);
                out.push_back({fit_window_name(w ? w->Name : "?"), what, at, label});
            } else if (at.x + tab.Width > bar->BarRect.Max.x + 0.5f || at.x + bar->ScrollingAnim < bar->BarRect.Min.x - 0.5f) {
                out.push_back({fit_window_name(w ? w->Name : "?"), "tab outside its tab bar", at, label});
            }
        }
    }

    // 4. Squeezed table headers (ImGui shortens them with an ellipsis).
    for (int n = 0; n < g.Tables.GetMapSize(); ++n) {
        ImGuiTable* table = g.Tables.TryGetMapData(n);
        if (!table || table->LastFrameActive != g.FrameCount) continue;
        for (int c = 0; c < table->ColumnsCount; ++c) {
            const ImGuiTableColumn& col = table->Columns[c];
            if (!col.IsVisibleX) continue;
            if (col.ContentMaxXHeadersIdeal > col.MaxX + 1.0f) {
                const char* label = ImGui::TableGetColumnName(table, c);
                char what[96];
                std::snprintf(what, sizeof what, "table header squeezed (%.0f px short)", col.ContentMaxXHeadersIdeal - col.MaxX);
                out.push_back({fit_window_name(table->InnerWindow ? table->InnerWindow->Name : "?"), what,
                               ImVec2(col.MinX, table->OuterRect.Min.y), label ? label : ""});
            }
        }
    }
    return out;
}

inline std::string fit_report(const std::vector<FitFinding>& findings) {
    std::string s;
    for (const auto& f : findings) s += "  " + f.str() + "\n";
    return s;
}

}  // namespace lwp::test
