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

// The characters drawn in the last frame, in draw order, without spaces (a space draws nothing).
// `owner`: only draw lists of windows whose name contains it; `exclude`: leave those out.
inline std::string drawn_text(const char* owner = nullptr, const char* exclude = nullptr) {
    struct Glyph {
        unsigned codepoint;
        ImVec2 uv1;
    };
    std::map<std::pair<float, float>, Glyph> by_uv;
    for (ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) by_uv[{g.U0, g.V0}] = Glyph{g.Codepoint, ImVec2(g.U1, g.V1)};
    std::string out;
    const ImDrawData* dd = ImGui::GetDrawData();
    REQUIRE(dd != nullptr);
    for (int l = 0; l < dd->CmdListsCount; ++l) {
        const ImDrawList* list = dd->CmdLists[l];
        const std::string name = list->_OwnerName ? list->_OwnerName : "";
        if (owner && name.find(owner) == std::string::npos) continue;
        if (exclude && name.find(exclude) != std::string::npos) continue;
        const ImDrawVert* v = list->VtxBuffer.Data;
        const int n = list->VtxBuffer.Size;
        for (int i = 0; i + 3 < n; ++i) {
            auto it = by_uv.find({v[i].uv.x, v[i].uv.y});
            if (it == by_uv.end() || v[i + 2].uv.x != it->second.uv1.x || v[i + 2].uv.y != it->second.uv1.y) continue;
            append_utf8(out, it->second.codepoint);
            i += 3;
        }
    }
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
