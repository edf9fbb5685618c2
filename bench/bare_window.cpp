// The reference for `make bench`: a bare GLFW + OpenGL 3 + Dear ImGui window that shows one text
// line, set up like app/main.cpp (same window size, context, backends and idle loop) and nothing
// else. Start-up, idle CPU and peak memory of the app are reported as ratios to this program.
//   bare_window                          idle loop: sleeps in glfwWaitEvents, like the app
//   bare_window --quit-after-first-frame exits once the first frame is presented
//   bare_window --always-render          renders every frame (no sleeping)
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstring>

int main(int argc, char** argv) {
    bool quit_after_first_frame = false, always_render = false;
    for (int i = 1; i < argc; ++i) {
        quit_after_first_frame |= std::strcmp(argv[i], "--quit-after-first-frame") == 0;
        always_render |= std::strcmp(argv[i], "--always-render") == 0;
    }
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "Bare window", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    int frames_left = 3;
    while (!glfwWindowShouldClose(window)) {
        if (always_render || frames_left > 0) glfwPollEvents();
        else {
            glfwWaitEvents();
            frames_left = 3;
        }
        if (frames_left > 0) --frames_left;
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("##bare", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted("Hallo, wereld.");
        ImGui::End();
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.965f, 0.969f, 0.976f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (quit_after_first_frame) break;
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
