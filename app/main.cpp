// Leerwerkplaats: GLFW + OpenGL 3 bootstrap for the ImGui views, and the command-line entry.
// Structure follows Dear ImGui's example_glfw_opengl3: setup context, state, main loop,
// rendering, cleanup (reverse order).
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <vector>

#include "cli.hpp"
#include "stemkamer/network.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace {

// Frames still to render after the last input: popups, hover states and drags need a few
// (imgui#3220). When it reaches zero the loop sleeps in glfwWaitEventsTimeout: ~0% CPU when idle;
// once a second it wakes to stat() the open case's file (hot reload) and draws only if it changed.
int g_frames_left = 3;
void wake(GLFWwindow*) { g_frames_left = 3; }
void on_key(GLFWwindow* w, int, int, int, int) { wake(w); }
void on_char(GLFWwindow* w, unsigned) { wake(w); }
void on_mouse(GLFWwindow* w, int, int, int) { wake(w); }
void on_cursor(GLFWwindow* w, double, double) { wake(w); }
void on_scroll(GLFWwindow* w, double, double) { wake(w); }
void on_size(GLFWwindow* w, int, int) { wake(w); }
void on_focus(GLFWwindow* w, int) { wake(w); }
void on_fb_size(GLFWwindow* w, int, int) { wake(w); }

bool write_screenshot(const std::string& path, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's origin is bottom-left; PNG rows go top-down.
    const size_t stride = static_cast<size_t>(width) * 4;
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < height; ++y)
        std::copy_n(&pixels[static_cast<size_t>(height - 1 - y) * stride], stride, &flipped[static_cast<size_t>(y) * stride]);
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
    return stbi_write_png(path.c_str(), width, height, 4, flipped.data(), static_cast<int>(stride)) != 0;
}

// --stemkamer [ADDRESS:]PORT: opens the stemkamer for the workshop just opened and prints its
// address as one line on stdout (demos and tests). False with the reason on stderr.
bool open_stemkamer_from_cli(lwp::ui::App& app, const std::string& spec) {
    std::string address, error;
    int port = 0;
    if (!lwp::stemkamer::parse_listen(spec, address, port, error)) {
        std::fprintf(stderr, "leerwerkplaats: --stemkamer: %s\n", error.c_str());
        return false;
    }
    if (address.empty()) address = lwp::stemkamer::default_address();
    if (lwp::stemkamer::is_public_ipv4(address))
        std::fprintf(stderr, "leerwerkplaats: let op: %s is een openbaar internetadres; iedereen die het adres kent, kan de stempagina zien\n",
                     address.c_str());
    if (!app.open_stemkamer(address, port, false, error)) {
        std::fprintf(stderr, "leerwerkplaats: --stemkamer: %s\n", error.c_str());
        return false;
    }
    std::printf("stemkamer: %s\n", app.stemkamer()->url().c_str());
    std::fflush(stdout);
    return true;
}

// Screenshots must not depend on the screen they happen to be taken on.
bool may_adapt_to_screen(const lwp::cli::Options& options) { return options.screenshot.empty(); }

int run_gui(const lwp::cli::Options& options, const std::filesystem::path& scenario_dir) {
    // --- Setup window ---------------------------------------------------------------------------
    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "GLFW %d: %s\n", code, text); });
    if (!glfwInit()) {
        std::fprintf(stderr, "Kan geen venster openen (geen beeldscherm?). Probeer: xvfb-run leerwerkplaats --screenshot uit.png\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    // WM_CLASS, so the desktop ties the window to its menu entry and icon (StartupWMClass in
    // assets/package/nl.leerwerkplaats.Leerwerkplaats.desktop).
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "leerwerkplaats");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "leerwerkplaats");
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Leerwerkplaats", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    glfwSetKeyCallback(window, on_key);
    glfwSetCharCallback(window, on_char);
    glfwSetMouseButtonCallback(window, on_mouse);
    glfwSetCursorPosCallback(window, on_cursor);
    glfwSetScrollCallback(window, on_scroll);
    glfwSetWindowSizeCallback(window, on_size);
    glfwSetWindowFocusCallback(window, on_focus);
    glfwSetWindowRefreshCallback(window, wake);  // uncovered or exposed: draw again
    glfwSetFramebufferSizeCallback(window, on_fb_size);

    // --- Setup Dear ImGui context (its GLFW backend chains to the callbacks above) ----------------
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    // --- Application state ---------------------------------------------------------------------
    lwp::core::DataDir data = options.data_dir.empty() ? lwp::core::default_data_dir() : lwp::core::DataDir{options.data_dir};
    lwp::ui::App app(data, scenario_dir);
    app.wake = [] { glfwPostEmptyEvent(); };  // a phone's vote wakes the idle loop (thread-safe)
    static std::string ini_path;
    ini_path = data.imgui_ini().string();
    io.IniFilename = options.screenshot.empty() ? ini_path.c_str() : nullptr;
    if (!options.lang.empty()) app.set_language(lwp::core::lang_from_code(options.lang));
    app.load_library();
    bool opened = false;
    if (!options.open.empty())
        for (size_t i = 0; i < app.library().size(); ++i)
            if (app.library()[i].ok() && app.library()[i].scenario->meta.id == options.open) {
                app.start_session(i);
                opened = true;
            }
    if (!opened && !options.fresh) app.resume_last_session();
    if (options.tab == "voortgang") app.show_progress();
    if (options.tab == "dagboek") app.show_journal();
    if (options.tab == "privacy") app.show_privacy();
    if (options.tab == "over") app.show_about = true;
    if (!options.methode.empty()) lwp::ui::open_methodewijzer(app, options.methode);
    if (options.tab == "leerregistratie") {  // Privacy en gegevens with the learning-record settings open
        app.show_privacy();
        app.show_records_settings = true;
    }
    // --open X --actions log --choose a,b: play into the case first (demos, screenshots).
    if (opened && app.session()) {
        if (std::string problem = lwp::cli::apply_scripted(*app.session(), options); !problem.empty()) app.notify(problem, true);
        app.select_tab = options.tab;
        if (!options.document.empty()) {
            app.perform(lwp::core::make_read(app.session()->state().step, options.document));
            app.open_document = options.document;
        }
        app.show_story_map = options.story_map;
        if (!options.preview.empty()) {  // the authoring panel with a preview (screenshots)
            app.show_authoring = true;
            app.start_preview(options.preview);
        }
    }
    bool stemkamer_ok = true;
    if (!options.stemkamer.empty()) stemkamer_ok = opened && open_stemkamer_from_cli(app, options.stemkamer);
    if (!options.stemkamer.empty() && !opened) std::fprintf(stderr, "leerwerkplaats: --stemkamer hoort bij --open met een workshoplog\n");
    // First start on a large screen (a projector, a full-HD laptop): start with larger text.
    if (app.first_run() && may_adapt_to_screen(options)) {
        if (const GLFWvidmode* mode = glfwGetVideoMode(glfwGetPrimaryMonitor()); mode && mode->height >= 1050)
            app.set_scale(1.25f);
    }
    lwp::ui::build_fonts(app.settings().ui_scale);
    lwp::ui::apply_style(app.settings().ui_scale);

    // --- Main loop -------------------------------------------------------------------------------
    int frame = 0;
    const bool screenshot = !options.screenshot.empty();
    int exit_code = stemkamer_ok ? 0 : 1;
    double last_poll = glfwGetTime();
    while (stemkamer_ok && !glfwWindowShouldClose(window) && !app.quit_requested) {
        if (screenshot || g_frames_left > 0) glfwPollEvents();
        else glfwWaitEventsTimeout(1.0);  // idle (or minimised): sleep until input, at most a second
        if (app.poll_stemkamer()) g_frames_left = 3;  // phones' votes, applied here on the main thread
        if (const double t = glfwGetTime(); t - last_poll >= 1.0) {
            last_poll = t;
            if (app.poll_scenario_file()) g_frames_left = 3;  // hot reload (issue 7)
        }
        if (g_frames_left == 0 && !screenshot) continue;  // woke for the clock only: nothing to draw
        if (g_frames_left > 0) --g_frames_left;

        if (app.fonts_dirty) {
            app.fonts_dirty = false;
            lwp::ui::build_fonts(app.settings().ui_scale);
            lwp::ui::apply_style(app.settings().ui_scale);
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            g_frames_left = 3;
        }

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();

        // --- Rendering -----------------------------------------------------------------------------
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(0.965f, 0.969f, 0.976f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (screenshot && ++frame >= options.frames) {
            if (!write_screenshot(options.screenshot, fb_w, fb_h)) {
                std::fprintf(stderr, "kan %s niet schrijven\n", options.screenshot.c_str());
                exit_code = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
        if (options.quit_after_first_frame) break;     // make bench: start-up to the first frame
        if (options.always_render) g_frames_left = 3;  // make bench: the always-rendering reference
    }

    // --- Cleanup (reverse order) ---------------------------------------------------------------
    app.close_stemkamer();  // before GLFW goes: the server's threads may still wake the loop
    app.flush_saves();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

// What a command printed must have arrived: a full disk or a closed pipe on stdout is an error
// with a non-zero exit, not a silent success.
int checked_stdout(int code) {
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "leerwerkplaats: schrijven naar de standaarduitvoer mislukt: %s\n", std::strerror(errno));
        return code != 0 ? code : 1;
    }
    return code;
}

int run_command(const lwp::cli::Options& options) {
    if (options.command == "help") {
        lwp::cli::print_help();
        return 0;
    }
    if (options.command == "version") return lwp::cli::print_version(options);
    if (options.command == "validate") return lwp::cli::run_validate(options);
    if (options.command == "new") return lwp::cli::run_new(options);
    if (options.command == "methode") return lwp::cli::run_methode(options);
    const auto scenario_dir = lwp::cli::find_scenario_dir(options);
    if (options.command == "play") return lwp::cli::run_play(options, scenario_dir);
    if (options.command == "explore") return lwp::cli::run_explore(options, scenario_dir);
    if (options.command == "report") return lwp::cli::run_report(options, scenario_dir);
    if (options.command == "map") return lwp::cli::run_map(options, scenario_dir);
    if (options.command == "reload") return lwp::cli::run_reload(options, scenario_dir);
    if (options.command == "sync") return lwp::cli::run_sync(options, scenario_dir);
    if (options.command == "monitor") return lwp::cli::run_monitor(options);
    return run_gui(options, scenario_dir);
}

}  // namespace

int main(int argc, char** argv) {
    lwp::cli::Options options;
    std::string error;
    if (!lwp::cli::parse(argc, argv, options, error)) {
        std::fprintf(stderr, "leerwerkplaats: %s (zie --help)\n", error.c_str());
        return 2;
    }
    return checked_stdout(run_command(options));
}
