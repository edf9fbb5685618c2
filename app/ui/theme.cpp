#include "ui/theme.hpp"

#include <filesystem>
#include <string>

#include "core/store/runtime_dirs.hpp"

namespace lwp::ui {

namespace {
Fonts g_fonts;
constexpr const char* kRegular = "DejaVuSans.ttf";
constexpr const char* kBold = "DejaVuSans-Bold.ttf";
constexpr float kBaseSize = 19.0f;

const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 (ë, é, ï, ...)
        0x0100, 0x017F,  // Latin Extended-A (names)
        // Only the glyphs the texts use (a small atlas builds fast at start-up, issue 22.4); the
        // UI test "every character of the texts has a glyph" fails when a new one is needed.
        0x2010, 0x2027,  // General Punctuation: ‘ ’ “ ” – — … • †
        0x2030, 0x203A,  // ‰ ′ ″ ‹ ›
        0x20AC, 0x20AC,  // €
        0x2190, 0x2195,  // arrows ← ↑ → ↓ ↔ ↕
        0x2713, 0x2717,  // ✓ ✗
        0x25A0, 0x25CF,  // ■ ▲ ● (genogram symbols in text)
        0,
    };
    return ranges;
}

// `oversample`: horizontal oversampling (sharper sub-pixel placement of small text; the large
// heading does without, which keeps the atlas small).
ImFont* add(ImFontAtlas& atlas, const char* file, float size, int oversample = 2) {
    const std::string path = core::font_path(file).string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return nullptr;
    ImFontConfig cfg;
    cfg.OversampleH = oversample;
    cfg.OversampleV = 1;
    return atlas.AddFontFromFileTTF(path.c_str(), size, &cfg, glyph_ranges());
}
}  // namespace

Fonts add_fonts(ImFontAtlas& atlas, float scale) {
    Fonts out;
    out.body = add(atlas, kRegular, kBaseSize * scale);
    out.bold = add(atlas, kBold, kBaseSize * scale);
    out.heading = add(atlas, kBold, kBaseSize * 1.45f * scale, 1);
    if (!out.body) {  // no DejaVu: readable fallback rather than no text
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * scale;
        out.body = out.bold = out.heading = atlas.AddFontDefault(&cfg);
    }
    if (!out.bold) out.bold = out.body;
    if (!out.heading) out.heading = out.bold;
    return out;
}

Fonts build_fonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    use_fonts(add_fonts(*io.Fonts, scale));
    return g_fonts;
}

void use_fonts(const Fonts& built) {
    g_fonts = built;
    ImGui::GetIO().FontDefault = g_fonts.body;
}

const Fonts& fonts() { return g_fonts; }

void apply_style(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 16;
    style.WindowRounding = 4;
    style.ChildRounding = 6;
    style.FrameRounding = 5;
    style.GrabRounding = 4;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.969f, 0.976f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Border] = ImVec4(0.82f, 0.84f, 0.87f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
    c[ImGuiCol_TextDisabled] = to_vec4(colors::Muted);
    c[ImGuiCol_Button] = ImVec4(0.878f, 0.925f, 0.945f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.741f, 0.859f, 0.898f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.588f, 0.776f, 0.839f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.878f, 0.925f, 0.945f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.741f, 0.859f, 0.898f, 1.0f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.588f, 0.776f, 0.839f, 1.0f);
    c[ImGuiCol_PlotHistogram] = to_vec4(colors::Accent);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.93f, 0.94f, 0.95f, 1.0f);
    c[ImGuiCol_NavHighlight] = to_vec4(colors::Accent);
    // Menus, combos, tooltips and dialogs fully opaque (the light theme's 98 % let the case text
    // show through a menu on a projector).
    c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.10f, 0.11f, 0.13f, 0.45f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace lwp::ui
