// The window host (see gui_host.hpp). Notes for Dear ImGui 1.86 (Debian), plain branch, two windows:
// - every GLFW callback goes to the ImGui context of its own window (the backend writes into the
//   current context): ImGui_ImplGlfw_InitForOpenGL(window, false) and our callbacks below;
// - the facilitator window is created with the projector window as its GL share context, so the
//   one font texture (owned by the projector context's renderer) is visible in both;
// - vsync on the projector window only (two blocking swaps per turn would halve the frame rate);
// - the second renderer backend would upload the shared atlas again and, on shutdown, delete that
//   texture under the first (imgui#8288): it drops its own copy at once, the projector context
//   uploads the atlas again, and then only the projector context ever owns the font texture.
#include "gui_host.hpp"
#include "cli/shared.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/store/catalogue.hpp"
#include "startup_trace.hpp"
#include "stemkamer/network.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace lwp::gui {

namespace {

// Frames still to render after the last input: popups, hover states and drags need a few
// (imgui#3220). When it reaches zero the loop sleeps in glfwWaitEventsTimeout: ~0% CPU when idle;
// once a second it wakes to stat() the open case's file (hot reload) and draws only if it changed.
int g_frames_left = 3;
bool g_monitors_changed = true;

// One OS window with its own ImGui context.
struct Surface {
    GLFWwindow* window = nullptr;
    ImGuiContext* context = nullptr;
    void make_current() const {
        glfwMakeContextCurrent(window);
        ImGui::SetCurrentContext(context);
    }
};

// --- input: each window's events to its own context -------------------------------------------
template <class F>
void in_context(GLFWwindow* w, F&& forward) {
    g_frames_left = 3;
    const auto* s = static_cast<const Surface*>(glfwGetWindowUserPointer(w));
    if (!s || !s->context) return;
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(s->context);
    forward();
    ImGui::SetCurrentContext(previous);
}
void on_key(GLFWwindow* w, int key, int code, int action, int mods) {
    in_context(w, [&] { ImGui_ImplGlfw_KeyCallback(w, key, code, action, mods); });
}
void on_char(GLFWwindow* w, unsigned c) {
    in_context(w, [&] { ImGui_ImplGlfw_CharCallback(w, c); });
}
void on_mouse(GLFWwindow* w, int button, int action, int mods) {
    in_context(w, [&] { ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods); });
}
void on_scroll(GLFWwindow* w, double x, double y) {
    in_context(w, [&] { ImGui_ImplGlfw_ScrollCallback(w, x, y); });
}
void on_focus(GLFWwindow* w, int focused) {
    in_context(w, [&] { ImGui_ImplGlfw_WindowFocusCallback(w, focused); });
}
void on_enter(GLFWwindow* w, int entered) {
    in_context(w, [&] { ImGui_ImplGlfw_CursorEnterCallback(w, entered); });
}
void wake(GLFWwindow*) { g_frames_left = 3; }
void on_cursor(GLFWwindow* w, double, double) { wake(w); }
void on_size(GLFWwindow* w, int, int) { wake(w); }
void on_monitor(GLFWmonitor*, int) {
    g_monitors_changed = true;
    g_frames_left = 3;
}

void install_callbacks(Surface& s) {
    glfwSetWindowUserPointer(s.window, &s);
    glfwSetKeyCallback(s.window, on_key);
    glfwSetCharCallback(s.window, on_char);
    glfwSetMouseButtonCallback(s.window, on_mouse);
    glfwSetScrollCallback(s.window, on_scroll);
    glfwSetWindowFocusCallback(s.window, on_focus);
    glfwSetCursorEnterCallback(s.window, on_enter);
    glfwSetCursorPosCallback(s.window, on_cursor);
    glfwSetWindowSizeCallback(s.window, on_size);
    glfwSetFramebufferSizeCallback(s.window, on_size);
    glfwSetWindowRefreshCallback(s.window, wake);  // uncovered or exposed: draw again
}

// --- screenshots ------------------------------------------------------------------------------
struct Image {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;  // top row first
};

Image read_back(int width, int height) {
    Image img{width, height, std::vector<unsigned char>(static_cast<size_t>(width) * static_cast<size_t>(height) * 4)};
    std::vector<unsigned char> pixels(img.rgba.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's origin is bottom-left; PNG rows go top-down.
    const size_t stride = static_cast<size_t>(width) * 4;
    for (int y = 0; y < height; ++y)
        std::copy_n(&pixels[static_cast<size_t>(height - 1 - y) * stride], stride, &img.rgba[static_cast<size_t>(y) * stride]);
    for (size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
    return img;
}

// Two windows side by side, as they stand on a laptop with the projector mirrored beside it.
Image side_by_side(const Image& left, const Image& right) {
    constexpr int kGap = 24;
    Image out;
    out.width = left.width + kGap + right.width;
    out.height = std::max(left.height, right.height);
    out.rgba.assign(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 4, 255);
    for (size_t i = 0; i < out.rgba.size(); i += 4) out.rgba[i] = out.rgba[i + 1] = out.rgba[i + 2] = 70;
    auto blit = [&out](const Image& img, int x0) {
        for (int y = 0; y < img.height; ++y)
            std::copy_n(&img.rgba[static_cast<size_t>(y) * static_cast<size_t>(img.width) * 4], static_cast<size_t>(img.width) * 4,
                        &out.rgba[(static_cast<size_t>(y) * static_cast<size_t>(out.width) + static_cast<size_t>(x0)) * 4]);
    };
    blit(left, 0);
    blit(right, left.width + kGap);
    return out;
}

bool write_png(const std::string& path, const Image& img) {
    return stbi_write_png(path.c_str(), img.width, img.height, 4, img.rgba.data(), img.width * 4) != 0;
}

// "shot.png" + "-begeleider" → "shot-begeleider.png"
std::string with_suffix(const std::string& path, const char* suffix) {
    const size_t dot = path.rfind('.');
    const size_t slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return path + suffix;
    return path.substr(0, dot) + suffix + path.substr(dot);
}

// --- stemkamer from the command line ----------------------------------------------------------
// --stemkamer [ADDRESS:]PORT: opens the stemkamer for the workshop just opened and prints its
// address as one line on stdout (demos and tests). False with the reason on stderr.
bool open_stemkamer_from_cli(ui::App& app, const std::string& spec) {
    std::string address, error;
    int port = 0;
    if (!stemkamer::parse_listen(spec, address, port, error)) {
        std::fprintf(stderr, "leerwerkplaats: --stemkamer: %s\n", error.c_str());
        return false;
    }
    if (address.empty()) address = stemkamer::default_address();
    if (stemkamer::is_public_ipv4(address))
        std::fprintf(stderr, "leerwerkplaats: let op: %s is een openbaar internetadres; iedereen die het adres kent, kan de stempagina zien\n",
                     address.c_str());
    if (!app.open_stemkamer(address, port, false, error)) {
        std::fprintf(stderr, "leerwerkplaats: --stemkamer: %s\n", error.c_str());
        return false;
    }
    std::printf("stemkamer: %s\n", app.workshop().stemkamer()->url().c_str());
    std::fflush(stdout);
    return true;
}

// The state the command line asks for: the case, a played log, a board, a panel.
bool apply_start_options(ui::App& app, const cli::Options& options) {
    app.one_window = options.one_window;
    // The authoring panel and the story map are author's tools (--preview and --map open them).
    app.author_for_run = options.author || !options.preview.empty() || options.story_map;
    if (!options.lang.empty()) app.set_language(core::lang_from_code(options.lang));
    // The cases load on a worker thread while the window opens (issue 22.4); what needs them
    // now (a case to open, a played log, a stemkamer) waits for them; resuming the last session
    // happens when they arrive.
    const bool plain = options.open.empty() && options.stemkamer.empty() && options.preview.empty() && !options.story_map &&
                       options.screenshot.empty();
    app.start_loading_library(plain && !options.fresh);
    if (!plain) app.wait_for_library();
    bool opened = false;
    if (!options.open.empty())
        for (size_t i = 0; i < app.library().size(); ++i)
            if (app.library()[i].ok() && app.library()[i].scenario->meta.id == options.open) {
                app.start_session(i);
                opened = true;
            }
    if (!opened && !options.fresh && !app.library_service().loading()) app.resume_last_session();
    if (options.tab == "voortgang") app.show_progress();
    if (options.tab == "dagboek") app.show_journal();
    if (options.tab == "privacy") app.show_privacy();
    if (options.tab == "over") app.ui.show_about = true;
    if (!options.methode.empty()) ui::open_methodewijzer(app, options.methode);
    if (options.tab == "leerregistratie") {  // Privacy en gegevens with the learning-record settings open
        app.show_privacy();
        app.ui.show_records_settings = true;
    }
    // --open X --actions log --choose a,b: play into the case first (demos, screenshots).
    if (opened && app.session()) {
        if (std::string problem = cli::apply_scripted(*app.session(), options); !problem.empty()) app.notify(problem, true);
        app.ui.select_tab = options.tab;
        if (!options.document.empty()) {
            app.sessions().perform(core::make_read(app.session()->state().step, options.document));
            app.ui.open_document = options.document;
        }
        app.ui.show_story_map = options.story_map;
        if (!options.preview.empty()) {  // the authoring panel with a preview (screenshots)
            app.ui.show_authoring = true;
            app.start_preview(options.preview);
        }
    }
    if (options.stemkamer.empty()) return true;
    if (!opened) {
        std::fprintf(stderr, "leerwerkplaats: --stemkamer hoort bij --open met een workshoplog\n");
        return false;
    }
    return open_stemkamer_from_cli(app, options.stemkamer);
}

void set_window_hints() {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    // WM_CLASS, so the desktop ties the window to its menu entry and icon (StartupWMClass in
    // assets/package/nl.leerwerkplaats.Leerwerkplaats.desktop).
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "leerwerkplaats");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "leerwerkplaats");
}

// --- the host ---------------------------------------------------------------------------------
class Host {
public:
    Host(const cli::Options& options, ui::App& app, const StartupTrace& trace) : options_(options), app_(app), trace_(trace) {}
    ~Host() { join_font_thread(); }

    // Rasterises the fonts for the settings' scale into a standalone atlas on a thread, while
    // glfwCreateWindow loads the GL driver (issue 22.4: 7 ms of the main thread before the first
    // frame). No ImGui context may exist until it is joined (ImGui's allocator reads the current
    // context): open_projector joins it before it creates the first.
    void start_font_thread() {
        atlas_ = std::make_unique<ImFontAtlas>();
        atlas_scale_ = app_.settings().ui_scale;
        font_thread_ = std::thread([this] {
            prebuilt_ = ui::add_fonts(*atlas_, atlas_scale_);
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            atlas_->GetTexDataAsRGBA32(&pixels, &w, &h);  // what the renderer uploads
        });
    }

    bool open_projector() {
        projector_.window = glfwCreateWindow(options_.width, options_.height, "Leerwerkplaats", nullptr, nullptr);
        trace_.mark("window created");
        join_font_thread();
        trace_.mark("font thread joined");
        if (!projector_.window) return false;
        glfwMakeContextCurrent(projector_.window);
        glfwSwapInterval(1);
        // The contexts share the atlas built on the thread (the Host owns it; none without the thread).
        projector_.context = ImGui::CreateContext(atlas_.get());
        ImGui::SetCurrentContext(projector_.context);
        ImGuiIO& io = ImGui::GetIO();
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        ini_path_ = app_.data_dir().imgui_ini().string();
        io.IniFilename = screenshot() ? nullptr : ini_path_.c_str();
        ImGui_ImplGlfw_InitForOpenGL(projector_.window, false);
        install_callbacks(projector_);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        trace_.mark("imgui context");
        return true;
    }

    // Fonts for the scale the program uses; the atlas is shared, the styles are per window. The
    // first call takes the fonts rasterised on the thread when they are for this scale.
    void build_fonts() {
        projector_.make_current();
        if (prebuilt_.body && atlas_scale_ == app_.settings().ui_scale) ui::use_fonts(prebuilt_);
        else ui::build_fonts(app_.settings().ui_scale);
        prebuilt_ = {};
        ui::apply_style(app_.settings().ui_scale);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        if (facilitator_.window) style_facilitator();
        projector_.make_current();
    }

    int run() {
        int exit_code = 0;
        int frame = 0;
        double last_poll = glfwGetTime();
        while (!app_.ui.quit_requested) {
            if (glfwWindowShouldClose(projector_.window)) {
                if (!facilitator_.window || screenshot()) break;
                // A workshop runs: closing the projector asks first (the dialog is in that window).
                glfwSetWindowShouldClose(projector_.window, GLFW_FALSE);
                app_.confirm_close_projector = true;
                g_frames_left = 3;
            }
            if (facilitator_.window && glfwWindowShouldClose(facilitator_.window)) app_.facilitator_window_off = true;
            if (screenshot() || g_frames_left > 0) glfwPollEvents();
            else glfwWaitEventsTimeout(1.0);  // idle (or minimised): sleep until input, at most a second
            if (app_.workshop().poll_stemkamer()) g_frames_left = 3;  // phones' votes, applied here on the main thread
            if (app_.poll_library()) g_frames_left = 3;    // the cases arrived (start-up)
            if (const double t = glfwGetTime(); t - last_poll >= 1.0) {
                last_poll = t;
                if (app_.authoring().poll_file()) g_frames_left = 3;  // hot reload (issue 7)
                if (app_.workshop().active() && app_.ui.workshop.timer.running()) g_frames_left = std::max(g_frames_left, 1);
            }
            sync_facilitator_window();
            if (g_frames_left == 0 && !screenshot()) continue;  // woke for the clock only: nothing to draw
            if (g_frames_left > 0) --g_frames_left;
            if (app_.ui.fonts_dirty) {
                app_.ui.fonts_dirty = false;
                build_fonts();
                g_frames_left = 3;
            }
            const bool shoot = screenshot() && ++frame >= options_.frames;
            Image projector_shot, facilitator_shot;
            if (frame_count_ == 0) trace_.mark("first frame: begin");
            draw(projector_, [this] { app_.draw(); }, shoot ? &projector_shot : nullptr);
            if (frame_count_ == 0) trace_.mark("first frame: drawn");
            if (facilitator_.window) draw(facilitator_, [this] { app_.draw_facilitator_window(); }, shoot ? &facilitator_shot : nullptr);
            if (shoot) {
                if (!write_shots(projector_shot, facilitator_shot)) exit_code = 1;
                break;
            }
            glfwSwapBuffers(projector_.window);
            if (facilitator_.window) glfwSwapBuffers(facilitator_.window);
            if (frame_count_++ == 0) trace_.mark("first frame: presented");
            if (options_.quit_after_first_frame) break;     // make bench: start-up to the first frame
            if (options_.always_render) g_frames_left = 3;  // make bench: the always-rendering reference
        }
        return exit_code;
    }

    void shutdown() {
        close_facilitator();
        projector_.make_current();
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext(projector_.context);
        projector_.context = nullptr;
        atlas_.reset();  // after the last context that used it
        glfwDestroyWindow(projector_.window);
    }

private:
    bool screenshot() const { return !options_.screenshot.empty(); }

    template <class Draw>
    void draw(Surface& s, Draw&& draw_frame, Image* shot) {
        s.make_current();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        draw_frame();
        ImGui::Render();
        if (frame_count_ == 0) trace_.mark("first frame: rendered");
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(s.window, &fb_w, &fb_h);
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(0.965f, 0.969f, 0.976f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (shot) *shot = read_back(fb_w, fb_h);
    }

    bool write_shots(const Image& projector, const Image& facilitator) {
        bool ok = write_png(options_.screenshot, projector);
        if (facilitator.width > 0) {
            ok = write_png(with_suffix(options_.screenshot, "-begeleider"), facilitator) && ok;
            ok = write_png(with_suffix(options_.screenshot, "-samen"), side_by_side(facilitator, projector)) && ok;
        }
        if (!ok) std::fprintf(stderr, "kan %s niet schrijven\n", options_.screenshot.c_str());
        return ok;
    }

    // Opens or closes the facilitator window as the program wants it, and places both windows
    // when it opens, the displays change or the facilitator swaps them.
    void sync_facilitator_window() {
        const bool want = app_.wants_facilitator_window();
        if (want && !facilitator_.window) {
            if (!open_facilitator()) app_.one_window = true;  // no second window: the F9 panel still works
            g_monitors_changed = true;
        } else if (!want && facilitator_.window) {
            close_facilitator();
            g_monitors_changed = true;
        }
        if (app_.swap_screens) {
            app_.swap_screens = false;
            swapped_ = !swapped_;
            g_monitors_changed = true;
        }
        if (g_monitors_changed) {
            g_monitors_changed = false;
            place_windows();
            g_frames_left = 3;
        }
        app_.two_windows = facilitator_.window != nullptr;
    }

    bool open_facilitator() {
        projector_.make_current();
        ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        // The laptop's size in screenshots; placed on the screens below otherwise.
        const int w = screenshot() ? 1280 : std::max(640, options_.width * 2 / 3);
        const int h = screenshot() ? 800 : std::max(480, options_.height);
        facilitator_.window = glfwCreateWindow(w, h, "Leerwerkplaats — begeleider", nullptr, projector_.window);
        if (!facilitator_.window) {
            projector_.make_current();
            return false;
        }
        glfwMakeContextCurrent(facilitator_.window);
        glfwSwapInterval(0);
        facilitator_.context = ImGui::CreateContext(atlas);
        ImGui::SetCurrentContext(facilitator_.context);
        ImGuiIO& io = ImGui::GetIO();
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.IniFilename = nullptr;  // one full-window view: nothing to remember
        ImGui_ImplGlfw_InitForOpenGL(facilitator_.window, false);
        install_callbacks(facilitator_);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        ImGui_ImplOpenGL3_CreateDeviceObjects();  // its shaders; this also uploads the shared atlas ...
        ImGui_ImplOpenGL3_DestroyFontsTexture();   // ... a copy it drops again: the projector's stays the one
        style_facilitator();
        projector_.make_current();
        ImGui_ImplOpenGL3_DestroyFontsTexture();  // the atlas' texture id was cleared above: upload again
        ImGui_ImplOpenGL3_CreateFontsTexture();
        return true;
    }

    void style_facilitator() {
        facilitator_.make_current();
        const float scale = ui::facilitator_text_scale(app_.settings().ui_scale);
        ImGuiIO& io = ImGui::GetIO();
        io.FontGlobalScale = scale;
        io.FontDefault = ui::fonts().body;
        ui::apply_style(app_.settings().ui_scale * scale);
    }

    void close_facilitator() {
        if (!facilitator_.window) return;
        facilitator_.make_current();
        ImGui_ImplOpenGL3_Shutdown();  // it owns no font texture (see open_facilitator)
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext(facilitator_.context);  // the atlas belongs to the projector's context
        glfwDestroyWindow(facilitator_.window);
        facilitator_ = {};
        projector_.make_current();
        app_.two_windows = false;
    }

    // Two displays: the projector window full-screen on the other display, the facilitator window
    // on the laptop's. One display (a laptop alone, or a mirrored projector): side by side, the
    // facilitator's 40 % on the left. F7 swaps them. Screenshots keep their fixed sizes.
    void place_windows() {
        int count = 0;
        GLFWmonitor** monitors = glfwGetMonitors(&count);
        // Mirrored outputs are monitors at the same place: they count as one display.
        std::vector<std::pair<int, int>> places;
        for (int i = 0; i < count; ++i) {
            int x = 0, y = 0;
            glfwGetMonitorPos(monitors[i], &x, &y);
            if (std::find(places.begin(), places.end(), std::make_pair(x, y)) == places.end()) places.emplace_back(x, y);
        }
        app_.monitors = std::max(static_cast<int>(places.size()), 1);
        // Screenshots show the facilitator's window as on an extended display, whatever screen they run on.
        app_.shared_screen = !screenshot() && app_.monitors < 2;
        if (screenshot() || !monitors || count == 0) return;
        GLFWmonitor* primary = glfwGetPrimaryMonitor();
        if (!facilitator_.window) {
            restore_projector();
            return;
        }
        if (!saved_) {
            glfwGetWindowPos(projector_.window, &saved_x_, &saved_y_);
            glfwGetWindowSize(projector_.window, &saved_w_, &saved_h_);
            saved_ = true;
        }
        if (app_.monitors >= 2) {
            GLFWmonitor* other = nullptr;  // a display elsewhere than the primary one
            int px = 0, py = 0;
            glfwGetMonitorPos(primary, &px, &py);
            for (int i = 0; i < count && !other; ++i) {
                int x = 0, y = 0;
                glfwGetMonitorPos(monitors[i], &x, &y);
                if (x != px || y != py) other = monitors[i];
            }
            if (!other) other = monitors[0] == primary ? monitors[1] : monitors[0];
            GLFWmonitor* on_projector = swapped_ ? primary : other;
            GLFWmonitor* on_laptop = swapped_ ? other : primary;
            if (const GLFWvidmode* mode = glfwGetVideoMode(on_projector))
                glfwSetWindowMonitor(projector_.window, on_projector, 0, 0, mode->width, mode->height, mode->refreshRate);
            int x = 0, y = 0, w = 0, h = 0;
            glfwGetMonitorWorkarea(on_laptop, &x, &y, &w, &h);
            glfwSetWindowMonitor(facilitator_.window, nullptr, x + w / 20, y + h / 20, w * 9 / 10, h * 9 / 10, GLFW_DONT_CARE);
            return;
        }
        int x = 0, y = 0, w = 0, h = 0;
        glfwGetMonitorWorkarea(primary, &x, &y, &w, &h);
        const int facilitator_w = w * 2 / 5, projector_w = w - facilitator_w;
        const int fx = swapped_ ? x + projector_w : x, px = swapped_ ? x : x + facilitator_w;
        glfwSetWindowMonitor(projector_.window, nullptr, px, y, projector_w, h, GLFW_DONT_CARE);
        glfwSetWindowMonitor(facilitator_.window, nullptr, fx, y, facilitator_w, h, GLFW_DONT_CARE);
    }

    // Back to one window: where and how large it was before the workshop.
    void restore_projector() {
        if (!saved_) return;
        glfwSetWindowMonitor(projector_.window, nullptr, saved_x_, saved_y_, saved_w_, saved_h_, GLFW_DONT_CARE);
        saved_ = false;
    }

    const cli::Options& options_;
    ui::App& app_;
    const StartupTrace& trace_;
    int frame_count_ = 0;  // frames presented (the trace marks the first)
    Surface projector_, facilitator_;
    std::unique_ptr<ImFontAtlas> atlas_;  // shared by the contexts (start_font_thread)
    float atlas_scale_ = 1.0f;
    ui::Fonts prebuilt_;                  // rasterised on the thread, until build_fonts takes them
    std::thread font_thread_;
    void join_font_thread() {
        if (font_thread_.joinable()) font_thread_.join();
    }
    std::string ini_path_;
    bool swapped_ = false;
    bool saved_ = false;
    int saved_x_ = 0, saved_y_ = 0, saved_w_ = 0, saved_h_ = 0;
};

// Screenshots must not depend on the screen they happen to be taken on.
bool may_adapt_to_screen(const cli::Options& options) { return options.screenshot.empty(); }

}  // namespace

int run(const cli::Options& options, const std::filesystem::path& scenario_dir) {
    const StartupTrace trace;
    trace.mark("main");
    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "GLFW %d: %s\n", code, text); });
    // The message catalogue (assets/i18n/*.po, ~1.6 ms) is read on a thread while glfwInit connects
    // to the display: the App's constructor needs it (its language), the first call loads it once.
    std::thread catalogue([] { (void)core::catalogue(); });
    const bool glfw = glfwInit();
    catalogue.join();
    trace.mark("glfwInit");
    if (!glfw) {
        std::fprintf(stderr, "Kan geen venster openen (geen beeldscherm?). Probeer: xvfb-run leerwerkplaats --screenshot uit.png\n");
        return 1;
    }
    set_window_hints();
    glfwSetMonitorCallback(on_monitor);
    IMGUI_CHECKVERSION();
    core::DataDir data = options.data_dir.empty() ? core::default_data_dir() : core::DataDir{options.data_dir};
    int exit_code = 1;
    {
        ui::App app(data, scenario_dir);
        trace.mark("app constructed");
        app.wake = [] { glfwPostEmptyEvent(); };  // a phone's vote wakes the idle loop (thread-safe)
        Host host(options, app, trace);
        host.start_font_thread();
        if (host.open_projector()) {
            const bool started = apply_start_options(app, options);
            trace.mark("start options");
            // First start on a large screen (a projector, a full-HD laptop): start with larger text.
            if (app.first_run() && may_adapt_to_screen(options))
                if (const GLFWvidmode* mode = glfwGetVideoMode(glfwGetPrimaryMonitor()); mode && mode->height >= 1050) app.set_scale(1.25f);
            app.ui.fonts_dirty = false;
            host.build_fonts();
            trace.mark("fonts uploaded");
            exit_code = started ? host.run() : 1;
            app.workshop().close_stemkamer();  // before GLFW goes: the server's threads may still wake the loop
            app.flush_saves();
            host.shutdown();
            trace.mark("host shut down");
        }
    }
    trace.mark("app destroyed");
    glfwTerminate();
    trace.mark("glfwTerminate");
    return exit_code;
}

}  // namespace lwp::gui
