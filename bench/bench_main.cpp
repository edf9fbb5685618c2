// `make bench`: the performance figures of issue 10, each a median over repeated runs and printed
// as a ratio to its reference measured in the same run. Plain C++, printed figures, no pass/fail:
// the output is a Markdown table (the README's "Performance" section is a copy of it).
//
//   lwp_bench APP BARE SCENARIO_DIR [--idle-seconds N]
//
// APP is the leerwerkplaats binary, BARE is bench/bare_window (a GLFW + ImGui window showing one
// text line). Both are started as child processes under the same X display (make bench runs this
// under xvfb-run) and measured with wait4()'s rusage and /proc/PID/stat. Frame CPU is measured
// in-process with the headless harness of the UI tests (thread CPU time from ImGui::NewFrame to
// ImGui::Render, no GPU) on generated stress cases (tests/stress_cases.hpp).
#include <imgui.h>
#include <imgui_internal.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/assess/explorer.hpp"
#include "core/store/persistence.hpp"
#include "core/model/lint.hpp"
#include "core/assess/scoring.hpp"
#include "core/fold/session.hpp"
#include "scripting/loader.hpp"
#include "helpers.hpp"
#include "stress_cases.hpp"
#include "ui_harness.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

// --- clocks and statistics ---------------------------------------------------------------------
double wall_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
double thread_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
// Median CPU time of this thread over `runs` calls of `f`, in ms (other processes on the machine
// do not count; everything timed this way runs on this thread).
template <class F>
double time_ms(int runs, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const double a = thread_cpu_ms();
        f();
        t.push_back(thread_cpu_ms() - a);
    }
    return median(t);
}

// --- the table -----------------------------------------------------------------------------------
struct Row {
    std::string figure, goal, measured, reference, ratio, verdict;
};
std::vector<Row> g_rows;

std::string fmt(const char* f, double v) {
    char b[64];
    std::snprintf(b, sizeof b, f, v);
    return b;
}
// `met` < 0: the figure has no goal of its own (throughput), the verdict column says so.
void row(std::string figure, std::string goal, std::string measured, std::string reference, double ratio, int met) {
    g_rows.push_back({std::move(figure), std::move(goal), std::move(measured), std::move(reference), fmt("%.2f×", ratio),
                      met < 0 ? "–" : met ? "met" : "**missed**"});
    const Row& r = g_rows.back();
    std::fprintf(stderr, "  %s: %s (reference %s, %s, goal %s: %s)\n", r.figure.c_str(), r.measured.c_str(), r.reference.c_str(),
                 r.ratio.c_str(), r.goal.c_str(), r.verdict.c_str());
}
Row g_memory;
void section(const char* name) { std::fprintf(stderr, "%s\n", name); }

// --- child processes -----------------------------------------------------------------------------
pid_t spawn(const std::vector<std::string>& args) {
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        std::vector<char*> argv;
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}
struct RunResult {
    double ms = 0;
    double max_rss_mib = 0;
    double cpu_ms = 0;  // user + system
    bool ok = false;
};
// Runs a child to its end: wall time from fork to exit, peak resident memory from wait4().
RunResult run_to_end(const std::vector<std::string>& args) {
    const double a = wall_ms();
    const pid_t pid = spawn(args);
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    const double cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
                       static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
    return {wall_ms() - a, static_cast<double>(ru.ru_maxrss) / 1024.0, cpu, WIFEXITED(status) && WEXITSTATUS(status) == 0};
}
// CPU seconds (user + system) a running process has used so far.
double process_cpu_s(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t close = all.rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream rest(all.substr(close + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14) utime = std::stod(field);
        if (i == 15) stime = std::stod(field);
    }
    return (utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// CPU milliseconds (user + system) of this process, all threads.
double process_cpu_ms() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

// --- 1 and 7: start-up to the first presented frame, peak memory ------------------------------
void startup_and_memory(const std::string& app, const std::string& bare, const std::string& scenarios, const fs::path& data) {
    section("1/7 start-up and peak memory (11 runs each, alternating)");
    const std::vector<std::string> app_args{app, "--data-dir", data.string(), "--scenarios", scenarios, "--fresh", "--quit-after-first-frame"};
    const std::vector<std::string> bare_args{bare, "--quit-after-first-frame"};
    run_to_end(app_args);  // warm the file cache and write the settings once
    run_to_end(bare_args);
    std::vector<double> app_ms, bare_ms, app_rss, bare_rss, app_cpu, bare_cpu;
    bool ok = true;
    for (int i = 0; i < 11; ++i) {
        const RunResult a = run_to_end(app_args), b = run_to_end(bare_args);
        ok = ok && a.ok && b.ok;
        app_ms.push_back(a.ms), bare_ms.push_back(b.ms), app_rss.push_back(a.max_rss_mib), bare_rss.push_back(b.max_rss_mib);
        app_cpu.push_back(a.cpu_ms), bare_cpu.push_back(b.cpu_ms);
    }
    if (!ok) std::fprintf(stderr, "  WARNING: a child did not exit cleanly (no display?)\n");
    const double am = median(app_ms), bm = median(bare_ms), ar = median(app_rss), br = median(bare_rss);
    std::fprintf(stderr, "  CPU time (user + system) of a start: app %.0f ms, bare window %.0f ms\n", median(app_cpu), median(bare_cpu));
    // What the app does that the bare window does not, timed here (CPU of this thread).
    const double library_ms = time_ms(3, [&] { (void)scripting::load_library(scenarios); });
    const double fonts_ms = time_ms(3, [] { test::Headless h; });
    const double default_font_ms = time_ms(3, [] {
        ImGui::CreateContext();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ImGui::DestroyContext();
    });
    std::fprintf(stderr, "  of that: loading the bundled cases %.0f ms; ImGui with our fonts %.0f ms (with ImGui's default font %.0f ms)\n",
                 library_ms, fonts_ms, default_font_ms);
    row("1. Start-up to the first presented frame (exit included), the bundled cases loading on a worker thread meanwhile", "≤ 1.2× bare window",
        fmt("%.0f ms", am), fmt("%.0f ms (bare window)", bm), am / bm, am / bm <= 1.2);
    // Memory is figure 7: kept aside and printed last.
    g_memory = {"7. Peak memory (RSS), all bundled cases loaded, first frame shown", "≤ 1.3× bare window", fmt("%.1f MiB", ar),
                fmt("%.1f MiB (bare window)", br), fmt("%.2f×", ar / br), ar / br <= 1.3 ? "met" : "**missed**"};
    std::fprintf(stderr, "  peak RSS: %.1f MiB vs %.1f MiB (%.2f×)\n", ar, br, ar / br);
}

// --- 3: idle CPU -----------------------------------------------------------------------------------
void idle_cpu(const std::string& app, const std::string& scenarios, const fs::path& data, int seconds) {
    section("3 idle CPU (the idle app and the always-rendering app side by side)");
    const pid_t idle = spawn({app, "--data-dir", data.string(), "--scenarios", scenarios, "--fresh"});
    const pid_t busy = spawn({app, "--data-dir", data.string(), "--scenarios", scenarios, "--fresh", "--always-render"});
    std::this_thread::sleep_for(std::chrono::seconds(3));  // start-up is done (figure 1: well under a second)
    const double i0 = process_cpu_s(idle), b0 = process_cpu_s(busy), t0 = wall_ms();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    const double i1 = process_cpu_s(idle), b1 = process_cpu_s(busy), t1 = wall_ms();
    bool ran = true;  // both still running when the measurement ended (an early exit would read as 0 %)
    for (pid_t p : {idle, busy}) {
        int status = 0;
        ran = ran && waitpid(p, &status, WNOHANG) == 0;
        kill(p, SIGTERM);
        waitpid(p, nullptr, 0);
    }
    const double span = (t1 - t0) / 1000.0;
    const double idle_pct = (i1 - i0) / span * 100, busy_pct = (b1 - b0) / span * 100;
    row("3. Idle CPU of the open app, " + std::to_string(seconds) + " s without input (Xvfb)" + (ran ? "" : " (a program EXITED early)"),
        "≤ 0.5 % (absolute)",
        fmt("%.2f %%", idle_pct), fmt("%.1f %% (always rendering)", busy_pct), busy_pct > 0 ? idle_pct / busy_pct : 0, ran && idle_pct <= 0.5);
}

// --- 2: frame CPU of each view at stress size --------------------------------------------------
struct FrameStats {
    double median_ms = 0;
    int vertices = 0;
};
template <class Frame>
FrameStats measure_frames(Frame&& frame, int warmup = 10, int frames = 150) {
    for (int i = 0; i < warmup; ++i) frame();
    std::vector<double> t;
    for (int i = 0; i < frames; ++i) {
        const double a = thread_cpu_ms();
        frame();
        t.push_back(thread_cpu_ms() - a);
    }
    return {median(t), ImGui::GetDrawData() ? ImGui::GetDrawData()->TotalVtxCount : 0};
}

// The demo window filling the display with every collapsing header and tree node open. ImGui 1.86
// has no per-item hook, so the open state is written into the demo window's state storage: a
// frame logged to a file (ImGui's logging expands tree nodes and writes "> label" for a tree node
// and "### label ###" for a header, indented by tree depth) gives the labels; each label is
// hashed onto its parent's id like ImGui does (ImHashStr with the parent as seed; children of a
// header also under the header's own id, since demo sections PushID their name), and set open.
// A few rounds reach the nodes under headers opened in the round before.
int open_all_demo_sections(const fs::path& log_file) {
    auto frame = [](const char* log) {
        ImGui::NewFrame();
        if (log) ImGui::LogToFile(64, log);
        ImGui::ShowDemoWindow();
        ImGui::Render();
    };
    frame(nullptr);
    ImGui::SetWindowPos("Dear ImGui Demo", ImVec2(0, 0));
    ImGui::SetWindowSize("Dear ImGui Demo", ImGui::GetIO().DisplaySize);
    frame(nullptr);
    ImGuiWindow* win = ImGui::FindWindowByName("Dear ImGui Demo");
    if (!win) return 0;
    std::set<ImGuiID> opened;
    for (int round = 0; round < 4; ++round) {
        frame(log_file.c_str());
        std::istringstream log(test::slurp(log_file));
        std::vector<std::vector<ImGuiID>> seeds{{win->ID}}, base{{win->ID}};
        std::string line;
        const size_t before = opened.size();
        while (std::getline(log, line)) {
            const size_t sp = line.find_first_not_of(' ');
            if (sp == std::string::npos) continue;
            const size_t depth = sp / 4;
            const std::string t = line.substr(sp);
            const bool header = t.rfind("### ", 0) == 0 && t.size() > 8 && t.compare(t.size() - 4, 4, " ###") == 0;
            const bool node = t.rfind("> ", 0) == 0;
            if ((!header && !node) || depth >= seeds.size()) continue;
            const std::string label = header ? t.substr(4, t.size() - 8) : t.substr(2);
            seeds.resize(depth + 1), base.resize(depth + 1);
            std::vector<ImGuiID> ids;
            for (ImGuiID s : seeds[depth]) ids.push_back(ImHashStr(label.c_str(), 0, s));
            for (ImGuiID id : ids) win->StateStorage.SetInt(id, 1), opened.insert(id);
            if (header) {
                seeds[depth] = base[depth];
                seeds[depth].insert(seeds[depth].end(), ids.begin(), ids.end());
            } else {
                seeds.resize(depth + 2), base.resize(depth + 2);
                seeds[depth + 1] = base[depth + 1] = ids;
            }
        }
        if (opened.size() == before) break;
    }
    std::error_code ec;
    fs::remove(log_file, ec);
    return static_cast<int>(opened.size());
}

// A generated case opened in the app, filled in by `fill`, shown by `show`.
struct StressApp {
    test::TempDir scenarios, data;
    test::Headless h;
    ui::App app;
    bool ok = false;
    StressApp(const std::string& lua, const std::function<std::string(core::SessionController&)>& fill)
        : app(core::DataDir{data.path}, (test::spit(scenarios.path / "stress.lua", lua), scenarios.path)) {
        app.library_service().load();
        if (app.library().size() != 1 || !app.library()[0].ok()) {
            std::fprintf(stderr, "  stress case does not load: %s\n",
                         app.library().empty() || app.library()[0].diagnostics.empty() ? "?" : app.library()[0].diagnostics[0].str().c_str());
            return;
        }
        app.start_session(0);
        if (!app.session()) return;
        if (std::string e = fill(*app.session()); !e.empty()) {
            std::fprintf(stderr, "  stress case: %s\n", e.c_str());
            return;
        }
        ok = true;
    }
};

std::string g_view_filter;  // --view WORD: only the views whose name contains WORD (profiling)
double g_heaviest_board_ms = 0;
std::string g_heaviest_board;

void frame_cpu() {
    section("2 frame CPU at stress size (thread CPU, NewFrame → Render, median of 150 frames)");
    double demo_ms = 0;
    {
        test::Headless h;
        const int opened = open_all_demo_sections(fs::temp_directory_path() / ("lwp-bench-demo-" + std::to_string(getpid()) + ".log"));
        const FrameStats s = measure_frames([] {
            ImGui::NewFrame();
            ImGui::ShowDemoWindow();
            ImGui::Render();
        });
        demo_ms = s.median_ms;
        std::fprintf(stderr, "  reference: ShowDemoWindow() filling 1280×800, %d headers and tree nodes opened: %.3f ms, %d vertices\n",
                     opened, demo_ms, s.vertices);
    }
    struct View {
        const char* name;
        bool board;
        std::string lua;
        std::function<std::string(core::SessionController&)> fill;
        std::function<void(ui::App&)> show;
    };
    auto tab = [](const char* t) { return [t](ui::App& a) { a.ui.select_tab = t; }; };
    const std::vector<View> views{
        {"timeline (tijdlijn), 500 entries", true, test::stress::timeline_lua(500), [](core::SessionController& c) { return test::stress::fill_timeline(c, 500); },
         tab("tijdlijn")},
        {"pattern (gezinspatroon), 100 factors, 200 arrows", true, test::stress::pattern_lua(),
         [](core::SessionController& c) { return test::stress::fill_pattern(c); }, tab("patroon")},
        {"genogram (personen), 30 persons", true, test::stress::family_lua(), [](core::SessionController& c) { return test::stress::fill_family(c); },
         tab("personen")},
        {"journal (dagboek), 1,000 reflections", false, test::stress::pattern_lua(),
         [](core::SessionController& c) { return test::stress::fill_reflections(c, 1000); }, [](ui::App& a) { a.show_journal(); }},
        {"debrief (nabespreking), 300 criteria", false, test::stress::pattern_lua(300),
         [](core::SessionController& c) {
             if (std::string e = test::stress::fill_pattern(c); !e.empty()) return e;
             for (int i = 0; i < 60; ++i)
                 if (std::string e = test::stress::perform(c, "tijdlijn.plaats", "f" + std::to_string(i * 2)); !e.empty()) return e;
             return test::stress::perform(c, "kies", "k");
         },
         tab("nabespreking")},
    };
    for (const View& v : views) {
        if (std::string(v.name).find(g_view_filter) == std::string::npos) continue;
        StressApp s(v.lua, v.fill);
        if (!s.ok) continue;
        v.show(s.app);
        const FrameStats f = measure_frames([&] { s.h.frame(s.app); }, 10, g_view_filter.empty() ? 150 : 3000);
        const double ratio = f.median_ms / demo_ms;
        row(std::string("2. Frame CPU: ") + v.name, "≤ 5× demo and ≤ 0.5 ms", fmt("%.3f ms", f.median_ms),
            fmt("%.3f ms (ShowDemoWindow, all open)", demo_ms), ratio, ratio <= 5 && f.median_ms <= 0.5);
        if (!s.app.notices().empty()) std::fprintf(stderr, "  notice: %s\n", s.app.notices().back().text.c_str());
        if (v.board && f.median_ms > g_heaviest_board_ms) g_heaviest_board_ms = f.median_ms, g_heaviest_board = v.name;
    }
}

// --- 4: load + validate ------------------------------------------------------------------------
// A generated scenario of at least `bytes`: the stress family with as many criteria as it takes.
std::string scenario_of_size(size_t bytes) {
    int criteria = 0;
    std::string lua = test::stress::pattern_lua(criteria);
    const size_t base = lua.size(), per = test::stress::pattern_lua(10).size() - base;  // bytes per 10 criteria
    if (lua.size() < bytes) lua = test::stress::pattern_lua(criteria = static_cast<int>((bytes - base) / per) * 10);
    while (lua.size() < bytes) lua = test::stress::pattern_lua(criteria += 10);
    return lua;
}

void load_and_validate(const std::string& scenarios) {
    section("4 load + validate (loader and lint, median of 10)");
    size_t bytes = 0, files = 0;
    for (const auto& e : fs::directory_iterator(scenarios))
        if (e.path().extension() == ".lua") bytes += fs::file_size(e.path()), ++files;
    bool clean = true;
    const double all_ms = time_ms(10, [&] {
        for (const auto& s : scripting::load_library(scenarios)) {
            clean = clean && s.ok();
            if (s.ok()) (void)core::lint(*s.scenario);
        }
    });
    // Reference: the goal's rate (100 KB in 10 ms).
    const double goal_ms_per_kb = 10.0 / 100.0;
    const double kb = static_cast<double>(bytes) / 1024.0;
    row("4. Load + validate all " + std::to_string(files) + " bundled cases (" + fmt("%.0f KB", kb) + ")" + (clean ? "" : ", with errors"),
        "(the 100 KB rate)", fmt("%.1f ms", all_ms) + fmt(" (%.0f KB/s)", kb / all_ms * 1000), fmt("%.1f ms at 10 KB/ms", kb * goal_ms_per_kb),
        all_ms / (kb * goal_ms_per_kb), all_ms <= kb * goal_ms_per_kb);

    test::TempDir dir;
    const std::string lua = scenario_of_size(100 * 1024);
    test::spit(dir.path / "groot.lua", lua);
    bool ok = true;
    const double big_ms = time_ms(10, [&] {
        auto s = scripting::load_scenario_file(dir.path / "groot.lua");
        ok = ok && s.ok();
        if (s.ok()) (void)core::lint(*s.scenario);
    });
    row("4. Load + validate a generated " + fmt("%.0f KB", static_cast<double>(lua.size()) / 1024.0) + " case" + (ok ? "" : " (FAILED to load)"),
        "≤ 10 ms", fmt("%.1f ms", big_ms), "10 ms (goal)", big_ms / 10.0, big_ms <= 10.0);

    // 10: ten times the size costs at most 1.5 × ten times the time (nothing in loading or lint
    // grows faster than the file).
    const std::string huge = scenario_of_size(1024 * 1024);
    test::spit(dir.path / "enorm.lua", huge);
    bool huge_ok = true;
    const double huge_ms = time_ms(5, [&] {
        auto s = scripting::load_scenario_file(dir.path / "enorm.lua");
        huge_ok = huge_ok && s.ok();
        if (s.ok()) (void)core::lint(*s.scenario);
    });
    const double scale = static_cast<double>(huge.size()) / static_cast<double>(lua.size());
    row("10. Load + validate a generated " + fmt("%.0f KB", static_cast<double>(huge.size()) / 1024.0) + " case" +
            (huge_ok ? "" : " (FAILED to load)"),
        "≤ 1.5×", fmt("%.1f ms", huge_ms), fmt("%.1f ms", scale * big_ms) + fmt(" (%.1f× the ", scale) + fmt("%.0f KB case)", static_cast<double>(lua.size()) / 1024.0),
        huge_ms / (scale * big_ms), huge_ok && huge_ms <= 1.5 * scale * big_ms);
}

// --- 5: reload and replay, scoring -------------------------------------------------------------
void reload_and_scoring() {
    section("5 reload and replay, scoring (median of 10 / 50)");
    // A 200-action log: 100 factors and the first 100 arrows of the pattern stress case.
    const std::string lua = test::stress::pattern_lua();
    auto loaded = scripting::load_scenario_source(lua, "groot.lua");
    if (!loaded.ok()) return;
    core::Session session;
    session.id = "bench";
    session.scenario_id = loaded.scenario->meta.id;
    core::SessionController ctl(loaded.scenario, loaded.runtime.get(), session);
    (void)test::stress::fill_pattern(ctl);
    std::vector<core::Action> log = ctl.session().actions;
    log.resize(std::min<size_t>(log.size(), 200));
    // The edit: a changed step text, as an author saving the file.
    std::string edited = lua;
    edited.replace(edited.find("tekst = \"T\""), 11, "tekst = \"Tweede versie van de tekst\"");
    size_t replayed = 0;
    const double reload_ms = time_ms(10, [&] {
        auto again = scripting::load_scenario_source(edited, "groot.lua");
        if (!again.ok()) return;
        auto r = core::replay(*again.scenario, again.runtime.get(), log);
        replayed = r.problem.empty() ? log.size() : 0;
    });
    row("5. Reload after an edit and replay a " + std::to_string(log.size()) + "-action log" + (replayed ? "" : " (replay FAILED)"), "≤ 50 ms",
        fmt("%.1f ms", reload_ms), "50 ms (goal)", reload_ms / 50.0, reload_ms <= 50.0);

    auto scored = scripting::load_scenario_source(test::stress::pattern_lua(300), "groot.lua");
    if (!scored.ok()) return;
    core::Session s2 = session;
    core::SessionController c2(scored.scenario, scored.runtime.get(), s2);
    (void)test::stress::fill_pattern(c2);
    for (int i = 0; i < 60; ++i) (void)test::stress::perform(c2, "tijdlijn.plaats", "f" + std::to_string(i * 2));
    (void)test::stress::perform(c2, "kies", "k");
    size_t n = 0;
    const double score_ms = time_ms(50, [&] { n = core::score(*scored.scenario, c2.state(), scored.runtime.get()).ledger.size(); });
    row("5. Scoring " + std::to_string(scored.scenario->criteria.size()) + " criteria (" + std::to_string(n) + " in the ledger)", "≤ 1 ms",
        fmt("%.3f ms", score_ms), "1 ms (goal)", score_ms, score_ms <= 1.0);
}

// --- 6: the path explorer ------------------------------------------------------------------------
// The reference is the work the explorer replaces, done plainly: the same routes' logs (every
// playthrough of the seed-1 run, repeats included), each replayed from the start with a fresh fold
// and scored once, on this thread. The explorer's rate is its wall time on both cores (issue 22:
// "it uses both cores"); it also replays every route once more and compares (the purity check).
void explorer(const std::string& scenarios) {
    section("6 path explorer (2,000 sampled playthroughs per case; reference: replaying and scoring the same routes)");
    for (const auto& s : scripting::load_library(scenarios)) {
        if (!s.ok()) continue;
        core::ExploreOptions opt;
        opt.samples = 2000;
        opt.second_copy = [file = s.file] {  // the second thread's own copy of the case
            scripting::LoadedScenario again = scripting::load_scenario_file(file);
            return core::ExploreCopy{again.scenario, again.runtime};
        };
        std::vector<double> rates, cpu_us;  // cpu_us: CPU of both threads per playthrough (load-independent)
        for (int i = 0; i < 3; ++i) {
            opt.seed = 1 + static_cast<std::uint64_t>(i);
            const double c0 = process_cpu_ms();
            const core::ExploreReport r = core::explore(*s.scenario, s.runtime.get(), opt);
            cpu_us.push_back((process_cpu_ms() - c0) * 1000.0 / static_cast<double>(std::max<size_t>(r.playthroughs, 1)));
            rates.push_back(static_cast<double>(r.playthroughs) / std::max(r.seconds, 1e-9));
        }
        // The routes of the seed-1 run (collected in a run of their own, not timed).
        std::vector<std::vector<core::Action>> routes;
        opt.seed = 1;
        opt.routes = &routes;
        (void)core::explore(*s.scenario, s.runtime.get(), opt);
        bool replayed = !routes.empty();
        const double all_ms = time_ms(3, [&] {
            for (const auto& log : routes) {
                const core::ReplayResult r = core::replay(*s.scenario, s.runtime.get(), log, opt.seed);
                replayed = replayed && r.problem.empty();
                (void)core::score(*s.scenario, r.state, s.runtime.get());
            }
        });
        std::fprintf(stderr, "  %s: explorer %.1f µs CPU per playthrough (both threads), reference %.1f µs per route\n", s.scenario->meta.id.c_str(),
                     median(cpu_us), all_ms * 1000.0 / static_cast<double>(std::max<size_t>(routes.size(), 1)));
        const double explore_rate = median(rates), replay_rate = static_cast<double>(routes.size()) * 1000.0 / std::max(all_ms, 1e-6);
        row("6. Path explorer, " + s.scenario->meta.id + (replayed ? "" : " (a route did NOT replay)"), "≥ 0.5×",
            fmt("%.0f playthroughs/s", explore_rate), fmt("%.0f routes/s replayed and scored", replay_rate), explore_rate / replay_rate,
            replayed && explore_rate >= 0.5 * replay_rate);
    }
}

// --- 8: replay of long logs, undo and rewind (issue 22) ----------------------------------------
void long_replay() {
    section("8 replay of long mixed logs, undo and rewind (medians)");
    auto loaded = scripting::load_scenario_source(test::stress::replay_lua(), "herhaal.lua");
    if (!loaded.ok()) return;
    const core::Scenario& sc = *loaded.scenario;
    core::ScriptHost* host = loaded.runtime.get();
    bool ok = true;
    auto replay_ms = [&](size_t n, int runs) {
        const std::vector<core::Action> log = test::stress::replay_log(n);
        // replay_log(n) ends with three actions on an own person after the n (tests/stress_cases.hpp).
        return time_ms(runs, [&] {
            const core::ReplayResult r = core::replay(sc, host, log);
            if (r.applied != log.size() && ok) std::fprintf(stderr, "  replay of %zu actions stopped: %s\n", log.size(), r.problem.c_str());
            ok = r.applied == log.size() && ok;
        });
    };
    const double r200 = replay_ms(200, 201), r10k = replay_ms(10'000, 11), r100k = replay_ms(100'000, 5);
    const std::string failed = ok ? "" : " (replay FAILED)";
    row("8. Replay 10,000 actions" + failed, "≤ 1.5×", fmt("%.1f ms", r10k), fmt("%.1f ms (50× the 200-action replay)", 50 * r200),
        r10k / (50 * r200), ok && r10k <= 1.5 * 50 * r200);
    row("8. Replay 100,000 actions" + failed, "≤ 1.5×", fmt("%.0f ms", r100k), fmt("%.0f ms (10× the 10,000-action replay)", 10 * r10k),
        r100k / (10 * r10k), ok && r100k <= 1.5 * 10 * r10k);

    // Undo and rewind in an open session of 100,000 actions (the controller keeps snapshots).
    core::Session session;
    session.id = "bench";
    session.scenario_id = sc.meta.id;
    core::SessionController ctl(loaded.scenario, host, session);
    for (const core::Action& a : test::stress::replay_log(100'000)) ok = ctl.perform(a).ok && ok;
    const double undo_ms = time_ms(21, [&] {
        ctl.undo();
        ctl.redo();  // one action applied again: the undo is the cost
    });
    const double frame = 1000.0 / 60;
    const std::string not_applied = ok ? "" : " (an action did NOT apply)";
    row("8. Undo at the end of 100,000 actions" + not_applied, "≤ 1 frame", fmt("%.2f ms", undo_ms), fmt("%.1f ms (a frame at 60 Hz)", frame),
        undo_ms / frame, ok && undo_ms <= frame);
    std::vector<double> rewinds;
    for (int i = 0; i < 5; ++i) {  // to the middle choice, then back to the whole log (not timed)
        const size_t choice = ctl.state().choices.size() / 2;
        const double a = thread_cpu_ms();
        ctl.rewind_to_choice(choice);
        rewinds.push_back(thread_cpu_ms() - a);
        ctl.open_fork(ctl.session().forks.size() - 1);
    }
    const double rewind_ms = median(rewinds);
    row("8. Rewind to the middle choice of 100,000 actions" + not_applied, "≤ 1 frame", fmt("%.2f ms", rewind_ms),
        fmt("%.1f ms (a frame at 60 Hz)", frame), rewind_ms / frame, ok && rewind_ms <= frame);
}

// --- 9: a year of sessions (issue 22) ---------------------------------------------------------
// Writes `n` sessions into `data`/sessies: the recorded demo logs of the bundled cases
// (tools/demo), each saved under its own id and dates, as a year of training leaves them.
size_t write_sessions(const fs::path& data, const std::string& scenarios, size_t n) {
    std::vector<core::Session> logs;
    for (const auto& e : fs::directory_iterator(fs::path(scenarios) / ".." / "tools" / "demo")) {
        std::string error;
        if (e.path().extension() != ".json") continue;
        if (auto bytes = core::read_file(e.path(), error))
            if (auto s = core::session_from_json(*bytes, error)) logs.push_back(std::move(*s));
    }
    std::sort(logs.begin(), logs.end(), [](const core::Session& a, const core::Session& b) { return a.id < b.id; });
    const core::DataDir dir{data};
    std::string error;
    if (logs.empty() || !dir.ensure(error)) return 0;
    size_t written = 0;
    const std::int64_t year_ago = static_cast<std::int64_t>(std::time(nullptr)) - 365 * 24 * 3600;
    for (size_t i = 0; i < n; ++i) {
        core::Session s = logs[i % logs.size()];
        s.id = s.scenario_id + "-bench-" + std::to_string(i);
        s.created = year_ago + static_cast<std::int64_t>(i) * 24 * 3600 * 365 / static_cast<std::int64_t>(n);
        s.updated = s.created + 3600;
        written += core::save_session(dir.session_file(s.id), s, error) ? 1 : 0;
    }
    return written;
}

// Start-up and peak memory of the app on a data folder (median of 11, after one warm-up run
// that writes the settings and the session index).
struct StartupFigures {
    double ms = 0, rss = 0;
    bool ok = true;
};
std::vector<StartupFigures> startups(const std::string& app, const std::string& scenarios, const std::vector<fs::path>& dirs) {
    std::vector<std::vector<std::string>> args;
    for (const auto& d : dirs) args.push_back({app, "--data-dir", d.string(), "--scenarios", scenarios, "--quit-after-first-frame"});
    for (const auto& a : args) run_to_end(a);
    std::vector<std::vector<double>> ms(dirs.size()), rss(dirs.size());
    std::vector<StartupFigures> out(dirs.size());
    for (int i = 0; i < 11; ++i)
        for (size_t d = 0; d < dirs.size(); ++d) {
            const RunResult r = run_to_end(args[d]);
            out[d].ok = out[d].ok && r.ok;
            ms[d].push_back(r.ms), rss[d].push_back(r.max_rss_mib);
        }
    for (size_t d = 0; d < dirs.size(); ++d) out[d].ms = median(ms[d]), out[d].rss = median(rss[d]);
    return out;
}

// Opening "Mijn voortgang": the first frame of the view, progress computed (thread CPU, median).
double open_progress_ms(const fs::path& data, const std::string& scenarios) {
    std::vector<double> t;
    for (int i = 0; i < 7; ++i) {
        test::Headless h;
        ui::App app(core::DataDir{data}, scenarios);
        app.library_service().load();
        h.frame(app);
        const double a = thread_cpu_ms();
        app.show_progress();
        h.frame(app);
        t.push_back(thread_cpu_ms() - a);
    }
    return median(t);
}

void year_of_sessions(const std::string& app, const std::string& scenarios) {
    section("9 a year of sessions (300 recorded logs in the data folder)");
    test::TempDir none, three, many;
    const size_t n3 = write_sessions(three.path, scenarios, 3), n300 = write_sessions(many.path, scenarios, 300);
    const std::string written = n300 == 300 && n3 == 3 ? "" : " (" + std::to_string(n300) + " WRITTEN)";
    const auto s = startups(app, scenarios, {none.path, many.path});
    const std::string failed = s[0].ok && s[1].ok ? "" : " (a child did NOT exit cleanly)";
    row("9. Start-up with 300 sessions" + written + failed, "≤ 1.1×", fmt("%.0f ms", s[1].ms), fmt("%.0f ms (no sessions)", s[0].ms),
        s[1].ms / s[0].ms, s[1].ms <= 1.1 * s[0].ms);
    const double p3 = open_progress_ms(three.path, scenarios), p300 = open_progress_ms(many.path, scenarios);
    row("9. Mijn voortgang with 300 sessions, open" + written, "≤ 1.5×", fmt("%.2f ms", p300), fmt("%.2f ms (3 sessions)", p3), p300 / p3,
        p300 <= 1.5 * p3);
    row("9. Peak memory with 300 sessions" + written + failed, "≤ 1.2×", fmt("%.1f MiB", s[1].rss), fmt("%.1f MiB (no sessions)", s[0].rss),
        s[1].rss / s[0].rss, s[1].rss <= 1.2 * s[0].rss);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s APP BARE_WINDOW SCENARIO_DIR [--idle-seconds N]\n", argv[0]);
        return 2;
    }
    const std::string app = fs::absolute(argv[1]).string(), bare = fs::absolute(argv[2]).string(), scenarios = fs::absolute(argv[3]).string();
    int idle_seconds = 30;
    std::string only;  // --only N: just figure N (for profiling one part, e.g. under perf record)
    for (int i = 4; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--idle-seconds") == 0) idle_seconds = std::max(1, std::atoi(argv[i + 1]));
        if (std::strcmp(argv[i], "--only") == 0) only = argv[i + 1];
        if (std::strcmp(argv[i], "--view") == 0) g_view_filter = argv[i + 1];
    }
    auto want = [&](const char* figures) { return only.empty() || std::string(figures).find(only) != std::string::npos; };
    const double start = wall_ms();
    test::TempDir data;
    if (want("17")) startup_and_memory(app, bare, scenarios, data.path);
    // Early, like 1 and 7: a child's peak memory (wait4) includes what it shared with this process
    // between fork and exec, and this process grows with the later figures.
    if (want("9")) year_of_sessions(app, scenarios);
    if (want("3")) idle_cpu(app, scenarios, data.path, idle_seconds);
    if (want("2")) frame_cpu();
    if (want("4") || want("10")) load_and_validate(scenarios);
    if (want("5")) reload_and_scoring();
    if (want("6")) explorer(scenarios);
    if (want("8")) long_replay();
    if (!g_memory.figure.empty()) g_rows.push_back(g_memory);
    // In the order of the issue (idle CPU is measured before the frame figures).
    std::stable_sort(g_rows.begin(), g_rows.end(), [](const Row& a, const Row& b) { return std::stoi(a.figure) < std::stoi(b.figure); });

    std::printf("| figure | goal | measured | reference | ratio | goal met? |\n|---|---|---|---|---|---|\n");
    for (const Row& r : g_rows)
        std::printf("| %s | %s | %s | %s | %s | %s |\n", r.figure.c_str(), r.goal.c_str(), r.measured.c_str(), r.reference.c_str(), r.ratio.c_str(),
                    r.verdict.c_str());
    std::printf("\nHeaviest analysis board at stress size: %s, %.3f ms per frame (CPU, ImGui only).\n", g_heaviest_board.c_str(),
                g_heaviest_board_ms);
    std::printf("Medians; %d logical CPUs; the whole run took %.0f s.\n", static_cast<int>(std::thread::hardware_concurrency()),
                (wall_ms() - start) / 1000.0);
    return 0;
}
