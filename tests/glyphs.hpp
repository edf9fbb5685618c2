// Reading back what a headless frame really drew: every glyph quad in the frame's draw lists is
// mapped back to its codepoint through the font atlas's UVs. Spoiler and projector tests use it to
// prove a text was (or was not) on screen.
#pragma once

#include <imgui.h>

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>

namespace lwp::test {

inline void append_utf8(std::string& out, unsigned c) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// One glyph quad of the last frame, as ImDrawList::AddText wrote it: which list and draw command
// (its ClipRect is the scissor the GPU applies), which glyph of the atlas, and where.
struct DrawnGlyph {
    const ImDrawList* list = nullptr;
    const ImDrawCmd* cmd = nullptr;
    const ImFont* font = nullptr;
    const ImFontGlyph* glyph = nullptr;
    unsigned codepoint = 0;
    ImVec2 min, max;  // the quad on screen
    ImVec2 uv0, uv1;  // its texture corners (differ from the glyph's when it was clipped on the CPU)
    // Cut on the CPU (ImGui's "fine clip": RenderTextClipped of a button, a progress bar, a tab
    // ...): only part of the glyph was drawn, so one corner's UV is not the atlas glyph's.
    bool fine_clipped = false;
};

// Calls `f(const DrawnGlyph&)` for every glyph quad in the last frame's draw data, in the order
// they were submitted (per draw list, by vertex: a table's columns are drawn in channels, and the
// commands of a channel come together, but the vertices stay in submission order). Quads are found through the index buffer (a, a+1, a+2, a, a+2, a+3)
// and mapped back to their glyph through the font atlas's UVs: the top-left corner of an uncut or
// right/bottom-cut glyph, or the bottom-right corner of a left/top-cut one.
template <class F>
void for_each_glyph(F&& f) {
    struct Uv {
        float u, v;
        bool operator<(const Uv& o) const { return u < o.u || (u == o.u && v < o.v); }
    };
    std::map<Uv, const ImFontGlyph*> by_uv0, by_uv1;
    std::map<const ImFontGlyph*, const ImFont*> font_of;
    for (ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) {
                by_uv0[{g.U0, g.V0}] = &g;
                by_uv1[{g.U1, g.V1}] = &g;
                font_of[&g] = font;
            }
    const ImDrawData* dd = ImGui::GetDrawData();
    REQUIRE(dd != nullptr);
    for (int l = 0; l < dd->CmdListsCount; ++l) {
        const ImDrawList* list = dd->CmdLists[l];
        std::map<unsigned, DrawnGlyph> in_order;  // by first vertex
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) continue;
            const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
            const ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
            for (unsigned k = 0; k + 6 <= cmd.ElemCount; k += 3) {
                const unsigned a = idx[k];
                if (idx[k + 1] != a + 1 || idx[k + 2] != a + 2 || idx[k + 3] != a || idx[k + 4] != a + 2 || idx[k + 5] != a + 3)
                    continue;
                if (cmd.VtxOffset + a + 3 >= static_cast<unsigned>(list->VtxBuffer.Size)) continue;
                const ImDrawVert& v0 = vtx[a];
                const ImDrawVert& v2 = vtx[a + 2];
                // A glyph quad is axis-aligned with its UVs growing along x and y.
                if (!(v2.pos.x > v0.pos.x && v2.pos.y > v0.pos.y && v2.uv.x > v0.uv.x && v2.uv.y > v0.uv.y)) continue;
                DrawnGlyph d;
                d.list = list;
                d.cmd = &cmd;
                d.min = v0.pos;
                d.max = v2.pos;
                d.uv0 = v0.uv;
                d.uv1 = v2.uv;
                auto it0 = by_uv0.find({v0.uv.x, v0.uv.y});
                auto it1 = by_uv1.find({v2.uv.x, v2.uv.y});
                if (it0 != by_uv0.end() && it1 != by_uv1.end() && it0->second == it1->second) {
                    d.glyph = it0->second;
                } else if (it0 != by_uv0.end() && v2.uv.x <= it0->second->U1 && v2.uv.y <= it0->second->V1) {
                    d.glyph = it0->second;  // cut at its right or bottom
                    d.fine_clipped = true;
                } else if (it1 != by_uv1.end() && v0.uv.x >= it1->second->U0 && v0.uv.y >= it1->second->V0) {
                    d.glyph = it1->second;  // cut at its left or top
                    d.fine_clipped = true;
                } else {
                    continue;
                }
                d.codepoint = d.glyph->Codepoint;
                d.font = font_of[d.glyph];
                in_order[cmd.VtxOffset + a] = d;
                k += 3;
            }
        }
        for (const auto& entry : in_order) f(entry.second);
    }
}

// The characters drawn in the last frame, in draw order, without spaces (a space draws nothing).
// `owner`: only draw lists of windows whose name contains it; `exclude`: leave those out. Glyphs
// cut on the CPU (a clipped button label) are left out: only whole glyphs count.
inline std::string drawn_text(const char* owner = nullptr, const char* exclude = nullptr) {
    std::string out;
    for_each_glyph([&](const DrawnGlyph& d) {
        const std::string name = d.list->_OwnerName ? d.list->_OwnerName : "";
        if (owner && name.find(owner) == std::string::npos) return;
        if (exclude && name.find(exclude) != std::string::npos) return;
        if (d.fine_clipped) return;
        append_utf8(out, d.codepoint);
    });
    return out;
}

inline std::string squeeze(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t') out += c;
    return out;
}

inline bool shows(const std::string& drawn, const std::string& text) { return drawn.find(squeeze(text)) != std::string::npos; }

}  // namespace lwp::test
