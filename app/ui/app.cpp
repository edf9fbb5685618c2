#include "ui/app.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "ui/methodewijzer_data.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

App::App(core::DataDir data_dir, std::filesystem::path scenario_dir)
    : data_dir_(std::move(data_dir)),
      scenario_dir_(std::move(scenario_dir)),
      exports_(model_, *this, sessions_, workshop_, data_dir_, records_, [] { return language(); },
               [](core::Lang lang) -> const core::Methodewijzer* {
                   const auto& guide = methodewijzer(lang).guide;
                   return guide.empty() ? nullptr : &guide;
               }) {
    std::string error;
    if (!data_dir_.ensure(error)) notify(error, true);
    std::error_code ec;
    first_run_ = std::filesystem::symlink_status(data_dir_.settings_file(), ec).type() == std::filesystem::file_type::not_found;
    settings_ = core::load_settings(data_dir_, error);
    if (!error.empty()) notify(error, true);
    if (settings_.language_code.empty()) ui::set_language(settings_.language);
    else ui::set_language_code(settings_.language_code);
    views_ = make_views();
    for (auto& v : views_) views_by_kind_[static_cast<size_t>(v->kind())].push_back(v.get());
}

App::~App() { sessions_.flush(); }

void App::start_loading_library(bool resume) {
    resume_when_loaded_ = resume;
    library_.start_loading();
}

bool App::poll_library() {
    if (!library_.poll()) return false;
    library_arrived();
    return true;
}

void App::wait_for_library() {
    if (library_.wait()) library_arrived();
}

void App::library_arrived() {
    if (resume_when_loaded_) resume_last_session();
    resume_when_loaded_ = false;
}

const scripting::LoadedScenario* App::find_scenario(const std::string& id) const { return model_.find_scenario(id); }

void App::resume_last_session() {
    if (settings_.last_session.empty()) return;
    for (const auto& s : sessions_.recent())
        if (s.id == settings_.last_session) {
            open_session(s);
            return;
        }
}

bool App::open_session(const core::SessionSummary& saved) {
    const std::optional<core::Session> loaded = sessions_.load(saved);
    return loaded && open_session(*loaded);
}

void App::start_session(size_t library_index) {
    if (library_index >= model_.library.size() || !model_.library[library_index].ok()) return;
    const auto& entry = model_.library[library_index];
    core::Session s = core::new_session(*entry.scenario);
    if (open_session(s)) sessions_.save(s);
}

bool App::open_session(const core::Session& session) {
    if (authoring_.preview()) stop_preview();
    if (!sessions_.open(session)) return false;
    authoring_.watch(find_scenario(session.scenario_id)->file);
    ui.open_document.clear();
    ui.select_tab = "casus";  // a case always opens on its story, never on a board or the debrief
    screen_ = Screen::Player;
    ++session_epoch_;  // nothing of the boards' state of another session shows in this one
    settings_.last_session = session.id;
    save_settings();
    sessions_.collect_script_errors();
    return true;
}

void App::close_session() {
    if (authoring_.preview()) stop_preview();
    workshop_.close_stemkamer();
    sessions_.close();
    ++session_epoch_;
    ui.open_document.clear();
    screen_ = Screen::Library;
    settings_.last_session.clear();
    save_settings();
    sessions_.refresh_recent();
}

void App::act(const char* type, const std::string& target, std::map<std::string, std::string> args) {
    if (!model_.controller) return;
    const auto& st = model_.controller->state();
    // In a workshop the operator can say whose proposal a board edit is (issue 6.3).
    if (st.workshop.active && !ui.workshop.proposer.empty() && core::is_analysis_action(type))
        args.emplace(core::kProposerArg, ui.workshop.proposer);
    core::Action action{type, st.step.empty() ? st.ending : st.step, target, std::move(args),
                        static_cast<std::int64_t>(std::time(nullptr))};
    // While a frame is drawn, views hold references into the state; applying now would free
    // what they still read. Actions wait until the frame is drawn (App::draw flushes them).
    if (drawing_) pending_actions_.push_back(std::move(action));
    else sessions_.perform(std::move(action));
}

void App::rewind_to_choice(size_t index) {
    if (model_.controller) model_.controller->rewind_to_choice(index);
    ui.open_document.clear();
}
void App::open_fork(size_t index) {
    if (model_.controller) model_.controller->open_fork(index);
    ui.open_document.clear();
}

void App::set_language(core::Lang lang) { set_language_code(core::lang_code(lang)); }
void App::set_language_code(const std::string& code) {
    ui::set_language_code(code);
    settings_.language_code = code;
    settings_.language = ui::language();
    save_settings();
}

void App::set_author(bool on) {
    if (settings_.author == on) return;
    settings_.author = on;
    if (!author_mode()) ui.show_authoring = ui.show_story_map = false;
    save_settings();
}

void App::set_scale(float scale) {
    scale = std::clamp(scale, 0.75f, 2.5f);
    if (scale == settings_.ui_scale) return;
    settings_.ui_scale = scale;
    ui.fonts_dirty = true;
    save_settings();
}

void App::notify(std::string text, bool error, std::vector<std::string> items) {
    if (notices_.size() > 20) notices_.erase(notices_.begin());
    Notice n{std::move(text), error, {}, std::move(items)};
    for (const char* marker : {" (technisch: ", " (technical: "})
        if (const size_t at = n.text.find(marker); at != std::string::npos) {
            const size_t close = n.text.rfind(')');
            const size_t from = at + std::strlen(marker);
            n.detail = n.text.substr(from, close == std::string::npos ? std::string::npos : close - from);
            n.text.erase(at, close == std::string::npos ? std::string::npos : close + 1 - at);
            break;
        }
    notices_.push_back(std::move(n));
}

void App::notify(services::Note note, std::vector<std::string> args, std::vector<std::string> items) {
    using services::Note;
    const std::vector<std::string> lines_of = args;  // a migration's lines, for the Scenario notes
    args.resize(2);  // the other notes have at most two
    const std::string technical = " (" + std::string(tr(S::Technical)) + ": " + args[0] + ")";
    char text[1024];
    switch (note) {
        case Note::StemkamerClosedNow: notify(tr(S::SkClosedNow)); return;
        case Note::StemkamerClosedEnded: notify(tr(S::SkClosedEnded)); return;
        case Note::ScriptProblem: notify(tr(S::ScriptProblem) + technical, true); return;
        case Note::SaveFailed:
            if (notices_.empty() || notices_.back().detail.find(args[0]) == std::string::npos)  // once per failure, not every frame
                notify(tr(S::SaveFailed) + technical, true);
            return;
        case Note::ScenarioChanged:
        case Note::ScenarioUpdated: {
            std::string lines = tr(note == Note::ScenarioChanged ? S::ScenarioChanged : S::AuScenarioUpdated);
            for (const auto& line : lines_of) lines += "\n" + line;
            notify(std::move(lines), note == Note::ScenarioChanged);
            return;
        }
        case Note::IndexRebuilt:
            std::snprintf(text, sizeof text, tr(S::IndexRebuilt), args[0].c_str(), args[1].c_str());
            notify(text, false);
            return;
        case Note::IndexNotWritten: notify(std::string(tr(S::IndexNotWritten)) + ": " + args[0], true); return;
        case Note::DamagedMany:
            std::snprintf(text, sizeof text, tr(S::DamagedMany), std::atoi(args[0].c_str()), args[1].c_str());
            notify(text, true, std::move(items));
            return;
        case Note::ReportInPreview: notify(tr(S::AuPreviewNoExport), true); return;
        case Note::ReportNeedsSession: notify(tr(S::ExNeedSession), true); return;
        case Note::ReportFailed: notify(std::string(tr(S::ExFailed)) + ": " + args[0], true); return;
        case Note::ReportWritten: notify(std::string(tr(S::ExDone)) + " " + args[0]); return;
        case Note::ReportNotOpened: notify(std::string(tr(S::ExOpenFailed)) + ": " + args[0], true); return;
        case Note::ReloadFailed: {
            std::string lines = tr(S::AuReloadFailed);
            for (size_t i = 0; i < lines_of.size() && i < 3; ++i) lines += "\n" + lines_of[i];
            notify(std::move(lines), true);
            return;
        }
        case Note::Reloaded:
        case Note::ReloadedDiverged: {
            std::string lines = std::string(tr(S::AuReloaded)) + ": " + args[0];
            for (size_t i = 1; i < lines_of.size(); ++i) lines += "\n" + lines_of[i];
            notify(std::move(lines), note == Note::ReloadedDiverged);
            return;
        }
    }
}

void App::save_settings() {
    std::string error;
    if (!core::save_settings(data_dir_, settings_, error)) notify(error, true);
}

void App::draw() {
    sessions_.refresh_if_stale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    // It scrolls only when a screen cannot fit at all (a 1024x768 projector at 200 %).
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("##leerwerkplaats", nullptr, flags);
    open_at_top(std::to_string(static_cast<int>(screen_)) + (model_.controller ? model_.controller->session().id : std::string()));
    drawing_ = true;
    draw_main_menu(*this);  // and the menu's popups
    ws_handle_keys(*this);
    View* current = nullptr;
    for (View* v : views(View::Kind::Screen))
        if (!current && v->is_screen(screen_) && v->shown(*this)) current = v;
    (current ? current : views(View::Kind::Screen).front())->draw(*this);  // else the library
    for (View* dialog : views(View::Kind::Dialog)) dialog->draw(*this);  // workshop start, stemkamer, notices, ...
    ImGui::End();
    for (View* window : views(View::Kind::Window)) window->draw(*this);  // authoring, story map, Methodewijzer, ...
    end_frame();
}

void App::end_frame() {
    draw_focus_ring();
    drawing_ = false;
    std::vector<core::Action> pending;
    pending.swap(pending_actions_);
    for (auto& a : pending) sessions_.perform(std::move(a));
    std::vector<std::function<void()>> ops;
    ops.swap(deferred_);
    for (auto& op : ops) op();
}

}  // namespace lwp::ui
