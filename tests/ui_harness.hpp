// Shared headless ImGui harness for the UI tests (no GPU): a context with our fonts and style, the
// GLFW key map, and helpers to draw frames and press keys. Include it instead of copying the struct.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "helpers.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace lwp::test {

struct Headless {
    explicit Headless(ImVec2 display = ImVec2(1280, 800)) {
        context = ImGui::CreateContext();
        configure_io(display);
        ui::build_fonts(1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::apply_style(1.0f);
    }
    // The current context's io as the app's GLFW host sets it up.
    static void configure_io(ImVec2 display) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = display;
        io.DeltaTime = 1.0f / 60.0f;
        // The GLFW backend's key map, so keyboard navigation and our shortcuts see GLFW codes.
        const std::pair<ImGuiKey_, int> map[] = {
            {ImGuiKey_Tab, 258},    {ImGuiKey_LeftArrow, 263}, {ImGuiKey_RightArrow, 262}, {ImGuiKey_UpArrow, 265},
            {ImGuiKey_DownArrow, 264}, {ImGuiKey_PageUp, 266}, {ImGuiKey_PageDown, 267}, {ImGuiKey_Home, 268},
            {ImGuiKey_End, 269},    {ImGuiKey_Insert, 260},    {ImGuiKey_Delete, 261},     {ImGuiKey_Backspace, 259},
            {ImGuiKey_Space, 32},   {ImGuiKey_Enter, 257},     {ImGuiKey_Escape, 256},     {ImGuiKey_KeyPadEnter, 335},
            {ImGuiKey_A, 65},       {ImGuiKey_C, 67},          {ImGuiKey_V, 86},           {ImGuiKey_X, 88},
            {ImGuiKey_Y, 89},       {ImGuiKey_Z, 90}};
        for (auto [key, code] : map) io.KeyMap[key] = code;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        // Like imgui_impl_opengl3 on GL >= 3.2: a window may hold more than 64k vertices.
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    }
    ImGuiContext* context = nullptr;
    ~Headless() { ImGui::DestroyContext(context); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One whole application frame.
    void frame(ui::App& app) {
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();
    }
    // One frame with just `draw` inside a full-size window: for testing a single view.
    template <class F>
    void frame(F&& draw) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration);
        draw();
        ImGui::End();
        ImGui::Render();
    }
    // Presses a key for one frame (ImGui 1.86 reads backend key codes from io.KeysDown).
    void press(ui::App& app, int code) {
        ImGui::GetIO().KeysDown[code] = true;
        frame(app);
        ImGui::GetIO().KeysDown[code] = false;
        frame(app);
    }
    // Moves the mouse to `pos`, presses and releases the left button over three frames drawn by
    // `frame` (a callable that draws one whole frame).
    template <class Frame>
    void click_frames(ImVec2 pos, Frame&& frame) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }
    // A click on a single view drawn by `draw` inside the test window.
    template <class F>
    void click(ImVec2 pos, F&& draw) {
        click_frames(pos, [&] { frame(draw); });
    }
    // A click on the whole application.
    void click(ui::App& app, ImVec2 pos) {
        click_frames(pos, [&] { frame(app); });
    }
};

// The workshop's two windows headless (issue 17): a second context sharing the first one's font
// atlas, as the window host (app/gui_host.cpp) makes them. frame() draws the projector window
// (App::draw) in the first and the facilitator window (App::draw_facilitator_window) in the
// second, with App::two_windows set as the host sets it. Afterwards the projector's context is current.
struct HeadlessPair {
    Headless projector;
    ImGuiContext* facilitator = nullptr;
    explicit HeadlessPair(ImVec2 projector_size = ImVec2(1280, 800), ImVec2 facilitator_size = ImVec2(1280, 800))
        : projector(projector_size) {
        facilitator = ImGui::CreateContext(ImGui::GetIO().Fonts);
        ImGui::SetCurrentContext(facilitator);
        Headless::configure_io(facilitator_size);
        ui::apply_style(1.0f);
        ImGui::SetCurrentContext(projector.context);
    }
    ~HeadlessPair() {
        ImGui::DestroyContext(facilitator);
        ImGui::SetCurrentContext(projector.context);
    }
    HeadlessPair(const HeadlessPair&) = delete;
    HeadlessPair& operator=(const HeadlessPair&) = delete;

    void frame(ui::App& app) {
        app.two_windows = true;
        ImGui::SetCurrentContext(projector.context);
        projector.frame(app);
        ImGui::SetCurrentContext(facilitator);
        ImGui::NewFrame();
        app.draw_facilitator_window();
        ImGui::Render();
        ImGui::SetCurrentContext(projector.context);
    }
    void frames(ui::App& app, int n = 3) {
        for (int i = 0; i < n; ++i) frame(app);
    }
    // A key pressed in one of the two windows (the other window does not get it).
    void press(ui::App& app, int code, bool in_facilitator = true) {
        ImGuiIO& io = (in_facilitator ? facilitator : projector.context)->IO;
        io.KeysDown[code] = true;
        frame(app);
        io.KeysDown[code] = false;
        frame(app);
    }
};

// Number of ImGui windows whose name contains `part` ("##bord", ...).
inline int windows_named(const char* part) {
    int n = 0;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) n += std::string(w->Name).find(part) != std::string::npos;
    return n;
}

// The first ImGui window whose name contains `part`, or null (tests read its position and size).
inline ImGuiWindow* window_named(const char* part) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).find(part) != std::string::npos) return w;
    return nullptr;
}

// The window drawn in the last frame whose name contains `part` (child windows of tabs that are not
// shown stay in ImGui's list, inactive), or null.
inline ImGuiWindow* active_window(const char* part) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->Active && std::string(w->Name).find(part) != std::string::npos) return w;
    return nullptr;
}

// An item's ImGui id, built like the view builds it: the window's id, then every PushID and the
// label, in order. IdPath(w).str("milan").str("##cel").id
struct IdPath {
    ImGuiID id = 0;
    explicit IdPath(const ImGuiWindow* w) : id(w ? w->ID : 0) {}
    IdPath& str(const std::string& s) {
        id = ImHashStr(s.c_str(), 0, id);
        return *this;
    }
    IdPath& num(int n) {
        id = ImHashData(&n, sizeof n, id);
        return *this;
    }
};

// Where an item was drawn in the last frame, in screen coordinates: gives the item keyboard focus
// (ImGui then records its rectangle) and draws one frame. nullopt if the item was not submitted.
// Leaves the item focused, as a keyboard user would have it.
template <class Frame>
std::optional<ImRect> locate(ImGuiWindow* window, ImGuiID id, Frame&& frame) {
    if (!window || !id) return std::nullopt;
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(id, window);
    frame();
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId != id || !g.NavIdIsAlive) return std::nullopt;
    // ImGui 1.86 keeps the rectangle relative to the window's scrolled content (Pos - Scroll).
    const ImRect rel = window->NavRectRel[0];
    const ImVec2 o(window->Pos.x - window->Scroll.x, window->Pos.y - window->Scroll.y);
    return ImRect(rel.Min.x + o.x, rel.Min.y + o.y, rel.Max.x + o.x, rel.Max.y + o.y);
}

// Whether the centre of `rect` (from locate) can be clicked: inside the visible part of `window`
// and of its parents (a scrolled-away item is submitted but a click there hits something else).
inline bool in_view(const ImGuiWindow* window, const ImRect& rect) {
    const ImVec2 c = rect.GetCenter();
    for (const ImGuiWindow* w = window; w; w = w->ParentWindow)
        if (!w->InnerClipRect.Contains(c)) return false;
    return true;
}

// Scrolls `window` so that the centre of `rect` comes to the middle of its view (takes effect in
// the next frame, as a mouse-wheel scroll would).
inline void scroll_to(ImGuiWindow* window, const ImRect& rect) {
    const float middle = (window->InnerClipRect.Min.y + window->InnerClipRect.Max.y) * 0.5f;
    ImGui::SetScrollY(window, std::max(0.0f, window->Scroll.y + rect.GetCenter().y - middle));
}

// A mouse drag with the left button from `from` to `to`, in small steps so ImGui's drag-and-drop
// sees the drag start, the hover over the target, and the release (delivery).
template <class Frame>
void drag(ImVec2 from, ImVec2 to, Frame&& frame) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    frame();
    io.MouseDown[0] = true;
    frame();
    for (int i = 1; i <= 6; ++i) {
        const float t = static_cast<float>(i) / 6.0f;
        io.MousePos = ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        frame();
    }
    frame();
    io.MouseDown[0] = false;
    frame();
    frame();
}

// Types text into the active text field (one frame).
template <class Frame>
void type(const char* text, Frame&& frame) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    frame();
}

// The app in headless frames over a scenario folder of its own that holds one case file (saved
// as an editor would), its library loaded; `data` is its data folder.
struct AppWithCase {
    Headless h;
    TempDir scenarios, data;
    std::filesystem::path file;
    ui::App app;
    AppWithCase(const std::string& name, const std::string& text)
        : file(scenarios.path / name), app{core::DataDir{data.path}, scenarios.path} {
        save_in_editor(file, text);
        app.library_service().load();
    }
};

}  // namespace lwp::test
