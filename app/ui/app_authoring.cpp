// Authoring support in the app (issue 7): hot reload of the open case, lint for the panel, and
// the preview (a throwaway session beside the trainee's). The logic is in core/reload and
// core/preview; this file wires it to the open session.
#include <cstdio>
#include <ctime>

#include "core/model/lint.hpp"
#include "core/fold/preview.hpp"
#include "ui/app.hpp"

namespace lwp::ui {

namespace {
std::string score_text(const core::ScoreReport& r) {
    char text[64];
    std::snprintf(text, sizeof text, "%g/%g", r.earned, r.max);
    return text;
}
}  // namespace

void App::later(std::function<void()> op) {
    if (drawing_) deferred_.push_back(std::move(op));
    else op();
}

void App::watch_scenario_file(const std::filesystem::path& file) {
    watched_file_ = file;
    watched_stamp_ = core::file_stamp(file);
    reload_status_ = {};
    reload_status_.file = file;
}

bool App::poll_scenario_file() {
    if (!trainee_session() || watched_file_.empty()) return false;
    const core::FileStamp now = core::file_stamp(watched_file_);
    if (now == watched_stamp_) return false;
    watched_stamp_ = now;
    if (!now.exists) return false;  // an editor replacing the file; the next poll sees the new one
    reload_scenario();
    return true;
}

void App::reload_scenario() {
    if (drawing_) {
        later([this] { reload_scenario(); });
        return;
    }
    core::SessionController* trainee = trainee_session();
    if (!trainee || watched_file_.empty()) return;
    watch_scenario_file(std::filesystem::path(watched_file_));  // fresh stamp and status
    reload_status_.attempted = true;
    scripting::LoadedScenario fresh = scripting::load_scenario_file(watched_file_);
    const std::string id = trainee->scenario().meta.id;
    if (fresh.ok() && fresh.scenario->meta.id != id)
        fresh.diagnostics.push_back({core::Diagnostic::Level::Error, fresh.scenario->meta.loc,
                                     "de id van de casus is veranderd van '" + id + "' in '" + fresh.scenario->meta.id +
                                         "'; een open sessie kan daar niet mee verder"});
    if (!fresh.ok() || fresh.error_count() > 0) {
        reload_status_.ok = false;
        std::string text = tr(S::AuReloadFailed);
        for (const auto& d : fresh.diagnostics)
            if (d.level == core::Diagnostic::Level::Error) {
                reload_status_.errors.push_back(d.str());
                if (reload_status_.errors.size() <= 3) text += "\n" + d.str();
            }
        notify(text, true);
        return;
    }
    // The preview's own log is replayed on the new version too (what no longer applies drops out).
    std::vector<core::Action> preview_log;
    if (preview()) {
        preview_log = model_.controller->session().actions;
        stop_preview();
    }
    const core::ScoreReport before = sessions_.score_report();
    // `before` points into the old version: it stays alive until this function is done; after
    // that it is freed once no session holds it (no list of retired versions).
    const std::shared_ptr<const core::Scenario> old = trainee->scenario_ptr();
    for (auto& entry : model_.library)
        if (entry.file == fresh.file || (entry.ok() && entry.scenario->meta.id == id)) entry = fresh;
    model_.runtime = fresh.runtime;
    reload_status_.report = trainee->reload(fresh.scenario, model_.runtime.get());
    const core::ScoreReport& after = sessions_.score_report();
    reload_status_.score = "score " + score_text(before) + " → " + score_text(after);
    model_.findings_for = 0;
    sessions_.progress_stale();
    exports_.journal_stale();
    std::string text = std::string(tr(S::AuReloaded)) + ": " + watched_file_.filename().string();
    for (const auto& line : reload_status_.report) text += "\n" + line;
    text += "\n" + reload_status_.score;
    notify(text, !trainee->divergences().empty());
    sessions_.collect_script_errors();
    if (!preview_log.empty()) {
        start_preview(trainee->state().step);
        for (const auto& a : preview_log) model_.controller->perform(a);  // skips what no longer applies
    }
}

std::filesystem::path App::reference_log_file(bool expert) const {
    const core::SessionController* trainee = trainee_session();
    if (!trainee || watched_file_.empty()) return {};
    return watched_file_.parent_path() / (trainee->scenario().meta.id + (expert ? "-expert.json" : "-fouten.json"));
}

std::filesystem::path App::record_reference(bool expert, bool overwrite, std::string& error, bool& exists) {
    exists = false;
    core::SessionController* trainee = trainee_session();
    const std::filesystem::path file = reference_log_file(expert);
    if (!trainee || file.empty()) {
        error = tr(S::AuNoSession);
        return {};
    }
    std::error_code ec;
    if (!overwrite && std::filesystem::exists(file, ec)) {
        exists = true;
        error = file.string();
        return {};
    }
    if (!core::save_session(file, trainee->session(), error)) return {};
    return file;
}

const core::StoryMap& App::authoring_story_map() {
    core::SessionController* trainee = trainee_session();
    const core::Scenario* sc = trainee ? &trainee->scenario() : nullptr;
    if (!sc) model_.story_map = {};
    else if (sc->generation != model_.story_map_for) model_.story_map = core::story_map(*sc);
    model_.story_map_for = sc ? sc->generation : 0;
    return model_.story_map;
}

const std::vector<core::Diagnostic>& App::authoring_findings() {
    core::SessionController* trainee = trainee_session();
    const core::Scenario* sc = trainee ? &trainee->scenario() : nullptr;
    if (sc && sc->generation == model_.findings_for) return model_.findings;
    model_.findings_for = sc ? sc->generation : 0;
    model_.findings.clear();
    if (!sc) return model_.findings;
    for (const auto& entry : model_.library)
        if (entry.scenario.get() == sc) {
            model_.findings = entry.broken_checks;  // checks that fail closed come first: they break scores
            model_.findings.insert(model_.findings.end(), entry.diagnostics.begin(), entry.diagnostics.end());
        }
    for (auto& d : core::lint(*sc)) model_.findings.push_back(std::move(d));
    return model_.findings;
}

void App::start_preview(const std::string& target) {
    if (drawing_) {
        later([this, target] { start_preview(target); });
        return;
    }
    if (!model_.controller) return;
    if (!preview()) {
        model_.suspended = std::move(model_.controller);
        const core::Session& own = model_.suspended->session();
        core::Session s;
        s.id = "voorbeeld";
        s.scenario_id = own.scenario_id;
        s.scenario_version = own.scenario_version;
        s.scenario_hash = own.scenario_hash;
        s.seed = own.seed;
        s.created = s.updated = static_cast<std::int64_t>(std::time(nullptr));
        // No persist callback: nothing of the preview is ever written.
        model_.controller = std::make_unique<core::SessionController>(model_.suspended->scenario_ptr(), model_.runtime.get(), s);
        ++session_epoch_;  // the boards show the preview's own (empty) state
    }
    const core::SessionState& st = model_.controller->state();
    sessions_.perform(core::make_preview_jump(st.step.empty() ? st.ending : st.step, target));
    ui.open_document.clear();
    ui.select_tab = "casus";
    screen_ = Screen::Player;
}

void App::preview_set(const std::string& variable, double value) {
    if (!preview()) return;
    const core::SessionState& st = model_.controller->state();
    core::Action a = core::make_preview_set(st.step.empty() ? st.ending : st.step, variable, value);
    if (drawing_) pending_actions_.push_back(std::move(a));
    else sessions_.perform(std::move(a));
}

void App::stop_preview() {
    if (drawing_) {
        later([this] { stop_preview(); });
        return;
    }
    if (!model_.suspended) return;
    model_.controller = std::move(model_.suspended);
    ++session_epoch_;  // the trainee's boards start fresh, as after opening the session
    ui.open_document.clear();
}

}  // namespace lwp::ui
