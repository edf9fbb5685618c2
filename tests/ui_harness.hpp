// Shared headless ImGui harness for the UI tests (no GPU): a context with our fonts and style, the
// GLFW key map, and helpers to draw frames and press keys. Include it instead of copying the struct.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <utility>

#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace lwp::test {

struct Headless {
    explicit Headless(ImVec2 display = ImVec2(1280, 800)) {
        ImGui::CreateContext();
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
        ui::build_fonts(1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::apply_style(1.0f);
    }
    ~Headless() { ImGui::DestroyContext(); }
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
    // Moves the mouse to `pos`, presses and releases the left button over three frames.
    template <class F>
    void click(ImVec2 pos, F&& draw) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        frame(draw);
        io.MouseDown[0] = true;
        frame(draw);
        io.MouseDown[0] = false;
        frame(draw);
    }
    void click(ui::App& app, ImVec2 pos) {
        click(pos, [&] { app.draw(); });
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

}  // namespace lwp::test
