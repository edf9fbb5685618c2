#include "ui/app.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

App::App(core::DataDir data_dir, std::filesystem::path scenario_dir)
    : data_dir_(std::move(data_dir)), scenario_dir_(std::move(scenario_dir)) {
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

App::~App() { saver_.flush(); }

void App::load_library() {
    model_.library = scripting::load_library(scenario_dir_);
    refresh_recent();
}

void App::start_loading_library(bool resume) {
    resume_when_loaded_ = resume;
    library_future_ = std::async(std::launch::async, [dir = scenario_dir_, wake = wake] {
        auto cases = scripting::load_library(dir);
        if (wake) wake();  // the idle loop draws the cards
        return cases;
    });
}

bool App::poll_library() {
    if (!library_future_.valid() || library_future_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    model_.library = library_future_.get();
    refresh_recent();  // only now: the index is checked against the cases as loaded
    if (resume_when_loaded_) resume_last_session();
    resume_when_loaded_ = false;
    return true;
}

void App::wait_for_library() {
    if (library_future_.valid()) library_future_.wait();
    poll_library();
}

const scripting::LoadedScenario* App::find_scenario(const std::string& id) const { return model_.find_scenario(id); }

namespace {
constexpr std::size_t kMaxSeparateProblems = 3;
}  // namespace

core::ScenarioLookup App::lookup() const {
    return [this](const std::string& id, const core::Scenario*& sc, core::ScriptHost*& host) {
        const auto* entry = find_scenario(id);
        if (!entry) return false;
        sc = entry->scenario.get();
        host = entry->runtime.get();
        return true;
    };
}

void App::refresh_recent() {
    recent_stale_ = false;
    core::SessionIndexRefresh listing = core::refresh_session_index(data_dir_, lookup());
    recent_ = std::move(listing.sessions);
    // "Mijn voortgang" and its chart, once per change of the sessions (not when the view opens:
    // opening it with a year of sessions costs what it costs with a few).
    // A summary that does not fit its case right after the index was read stays as it is (it would
    // read the index again every frame); a reload of the case marks the progress again.
    progress_dirty_ = true;
    (void)progress();
    recent_stale_ = false;
    listing_replays_ += listing.summarised;
    if (!listing.index_moved_to.empty()) {
        char text[1024];
        std::snprintf(text, sizeof text, tr(S::IndexRebuilt), listing.index_moved_to.string().c_str(), listing.index_error.c_str());
        notify(text, false);
    } else if (!listing.index_error.empty()) {
        notify(std::string(tr(S::IndexNotWritten)) + ": " + listing.index_error, true);
    }
    // A few unreadable files each get their own notice; many (a folder of foreign JSON) get one
    // that counts them, instead of a stack of red notices over the library.
    if (listing.problems.size() <= kMaxSeparateProblems) {
        for (auto& problem : listing.problems) notify(problem, true);
    } else {
        char text[1024];
        std::snprintf(text, sizeof text, tr(S::DamagedMany), static_cast<int>(listing.problems.size()), data_dir_.damaged().string().c_str());
        notify(text, true, std::move(listing.problems));
    }
}

bool App::session_finished(const core::SessionSummary& s) {
    const auto* entry = find_scenario(s.scenario_id);
    if (!entry) return false;
    // The case was reloaded since the list was read: the list is read again before the next frame.
    if (!s.replayed || s.scenario_hash != entry->scenario->content_hash) recent_stale_ = true;
    return s.finished;
}

std::vector<core::Session> App::load_saved_sessions() {
    std::vector<core::Session> out;
    for (const auto& s : recent_) {
        core::LoadedSession loaded = core::load_session(data_dir_.sessions() / s.file, data_dir_.damaged());
        if (loaded.session) out.push_back(std::move(*loaded.session));
        else if (!loaded.error.empty()) {
            notify(loaded.error, true);
            recent_stale_ = true;
        }
    }
    return out;
}

void App::resume_last_session() {
    if (settings_.last_session.empty()) return;
    for (const auto& s : recent_)
        if (s.id == settings_.last_session) {
            open_session(s);
            return;
        }
}

bool App::open_session(const core::SessionSummary& saved) {
    const std::filesystem::path file = data_dir_.sessions() / saved.file;  // `saved` may live in recent_
    core::LoadedSession loaded = core::load_session(file, data_dir_.damaged());
    if (!loaded.session) {
        notify(loaded.error, true);
        recent_stale_ = true;
        return false;
    }
    return open_session(*loaded.session);
}

void App::start_session(size_t library_index) {
    if (library_index >= model_.library.size() || !model_.library[library_index].ok()) return;
    const auto& entry = model_.library[library_index];
    core::Session s = core::new_session(*entry.scenario);
    if (open_session(s)) saver_.submit(data_dir_.session_file(s.id), s);
}

bool App::open_session(const core::Session& session) {
    if (preview()) stop_preview();
    const scripting::LoadedScenario* entry = find_scenario(session.scenario_id);
    if (!entry) {
        notify("Scenario '" + session.scenario_id + "' van deze sessie is niet (goed) geladen.", true);
        return false;
    }
    if (!(session_lock_.held() && session_lock_.session_id() == session.id)) {
        core::SessionLock lock;
        std::string lock_error;
        if (!lock.acquire(data_dir_, session.id, lock_error)) {
            notify("Sessie '" + session.id + "': " + lock_error, true);
            return false;
        }
        if (model_.controller) saver_.flush();  // the previous session's last save, before its lock goes
        session_lock_ = std::move(lock);
    }
    model_.runtime = entry->runtime;
    auto path = data_dir_.session_file(session.id);
    model_.score_cache = {};
    model_.controller = std::make_unique<core::SessionController>(
        entry->scenario, model_.runtime.get(), session, [this, path](const core::Session& s) {
            saver_.submit(path, s);
            record_statements(s);
        });
    record_statements(model_.controller->session());
    if (!model_.controller->migration_report().empty()) {
        // Opened with another version of the scenario: migrated by ids (core::migrate), saved.
        const bool diverged = !model_.controller->divergences().empty();
        std::string text = tr(diverged ? S::ScenarioChanged : S::AuScenarioUpdated);
        for (const auto& line : model_.controller->migration_report()) text += "\n" + line;
        notify(text, diverged);
        saver_.submit(path, model_.controller->session());
    }
    watch_scenario_file(entry->file);
    ui.open_document.clear();
    ui.select_tab = "casus";  // a case always opens on its story, never on a board or the debrief
    screen_ = Screen::Player;
    ++session_epoch_;  // nothing of the boards' state of another session shows in this one
    settings_.last_session = session.id;
    save_settings();
    collect_script_errors();
    return true;
}

void App::record_statements(const core::Session& s) {
    core::SessionController* c = trainee_session();
    if (c && c->session().id == s.id) records_.record(c->scenario(), c->host(), s, c->state());
}

void App::close_session() {
    if (preview()) stop_preview();
    workshop_.close_stemkamer();
    saver_.flush();
    model_.controller.reset();
    session_lock_.release();
    model_.score_cache = {};
    model_.runtime.reset();
    ++session_epoch_;
    ui.open_document.clear();
    screen_ = Screen::Library;
    settings_.last_session.clear();
    save_settings();
    refresh_recent();
}

void App::perform(core::Action action) {
    if (!model_.controller) return;
    core::ApplyResult r = model_.controller->perform(std::move(action));
    if (!r.ok) notify(r.error, true);
    collect_script_errors();
}

void App::refresh_score() {
    if (!model_.controller) return;
    if (model_.score_cache.controller == model_.controller.get() && model_.score_cache.revision == model_.controller->revision()) return;
    model_.score_cache.controller = model_.controller.get();
    model_.score_cache.revision = model_.controller->revision();
    if (preview()) {  // the authoring preview is never scored
        model_.score_cache.report = {};
        model_.score_cache.comparison.clear();
        return;
    }
    model_.score_cache.report = core::score(model_.controller->scenario(), model_.controller->state(), model_.controller->host());
    model_.score_cache.comparison = core::compare_artefacts(model_.controller->scenario(), model_.controller->state());
    collect_script_errors();
}

const core::ScoreReport& App::score_report() {
    refresh_score();
    return model_.score_cache.report;
}

const std::vector<core::ComparisonRow>& App::comparison() {
    refresh_score();
    return model_.score_cache.comparison;
}

const core::Progress& App::progress() {
    if (progress_dirty_) {
        progress_dirty_ = false;
        std::vector<const core::Scenario*> catalogue;
        for (const auto& e : model_.library)
            if (e.ok()) catalogue.push_back(e.scenario.get());
        // A case reloaded since the list was read: its sessions are summarised again before the
        // next frame (they are left out until then).
        for (const auto& r : recent_)
            if (const auto* entry = find_scenario(r.scenario_id); entry && (!r.replayed || r.scenario_hash != entry->scenario->content_hash))
                recent_stale_ = true;
        // From the index's summaries: no session is loaded or replayed here.
        progress_ = core::progress_from_scores(core::session_scores(recent_, lookup()), catalogue);
    }
    return progress_;
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
    else perform(std::move(action));
}

void App::undo() {
    if (model_.controller && model_.controller->can_undo()) model_.controller->undo();
}
void App::redo() {
    if (model_.controller && model_.controller->can_redo()) model_.controller->redo();
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

void App::notify(services::Note note, std::vector<std::string> /*args*/, std::vector<std::string> /*items*/) {
    switch (note) {
        case services::Note::StemkamerClosedNow: notify(tr(S::SkClosedNow)); return;
        case services::Note::StemkamerClosedEnded: notify(tr(S::SkClosedEnded)); return;
    }
}

void App::save_settings() {
    std::string error;
    if (!core::save_settings(data_dir_, settings_, error)) notify(error, true);
}

void App::collect_script_errors() {
    if (!model_.runtime) return;
    for (auto& e : model_.runtime->take_errors()) notify(std::string(tr(S::ScriptProblem)) + " (" + tr(S::Technical) + ": " + e + ")", true);
    if (std::string e = saver_.last_error(); !e.empty()) {
        if (notices_.empty() || notices_.back().detail.find(e) == std::string::npos)  // once per failure, not every frame
            notify(std::string(tr(S::SaveFailed)) + " (" + tr(S::Technical) + ": " + e + ")", true);
    }
}

void App::draw() {
    if (recent_stale_) refresh_recent();
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
    for (auto& a : pending) perform(std::move(a));
    std::vector<std::function<void()>> ops;
    ops.swap(deferred_);
    for (auto& op : ops) op();
}

}  // namespace lwp::ui
