#include "services/authoring_service.hpp"

#include <cstdio>
#include <ctime>

#include "core/fold/preview.hpp"
#include "core/model/lint.hpp"
#include "core/store/persistence.hpp"

namespace lwp::services {

namespace {
std::string score_text(const core::ScoreReport& r) {
    char text[64];
    std::snprintf(text, sizeof text, "%g/%g", r.earned, r.max);
    return text;
}
}  // namespace

AuthoringService::AuthoringService(AppModel& model, Notifier& notifier, SessionService& sessions, ExportService& exports,
                                   std::function<void(PreviewEvent)> shown)
    : model_(model), notifier_(notifier), sessions_(sessions), exports_(exports), shown_(std::move(shown)) {}

void AuthoringService::watch(const std::filesystem::path& file) {
    watched_file_ = file;
    watched_stamp_ = core::file_stamp(file);
    reload_status_ = {};
    reload_status_.file = file;
}

bool AuthoringService::poll_file() {
    if (!trainee_session() || watched_file_.empty()) return false;
    const core::FileStamp now = core::file_stamp(watched_file_);
    if (now == watched_stamp_) return false;
    watched_stamp_ = now;
    if (!now.exists) return false;  // an editor replacing the file; the next poll sees the new one
    reload();
    return true;
}

void AuthoringService::reload() {
    core::SessionController* trainee = trainee_session();
    if (!trainee || watched_file_.empty()) return;
    watch(std::filesystem::path(watched_file_));  // fresh stamp and status
    reload_status_.attempted = true;
    scripting::LoadedScenario fresh = scripting::load_scenario_file(watched_file_);
    const std::string id = trainee->scenario().meta.id;
    if (fresh.ok() && fresh.scenario->meta.id != id)
        fresh.diagnostics.push_back({core::Diagnostic::Level::Error, fresh.scenario->meta.loc,
                                     "de id van de casus is veranderd van '" + id + "' in '" + fresh.scenario->meta.id +
                                         "'; een open sessie kan daar niet mee verder"});
    if (!fresh.ok() || fresh.error_count() > 0) {
        reload_status_.ok = false;
        for (const auto& d : fresh.diagnostics)
            if (d.level == core::Diagnostic::Level::Error) reload_status_.errors.push_back(d.str());
        notifier_.notify(Note::ReloadFailed, reload_status_.errors);
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
    std::vector<std::string> args{watched_file_.filename().string()};
    args.insert(args.end(), reload_status_.report.begin(), reload_status_.report.end());
    args.push_back(reload_status_.score);
    notifier_.notify(trainee->divergences().empty() ? Note::Reloaded : Note::ReloadedDiverged, std::move(args));
    sessions_.collect_script_errors();
    if (!preview_log.empty()) {
        start_preview(trainee->state().step);
        for (const auto& a : preview_log) model_.controller->perform(a);  // skips what no longer applies
    }
}

std::filesystem::path AuthoringService::reference_log_file(bool expert) const {
    const core::SessionController* trainee = trainee_session();
    if (!trainee || watched_file_.empty()) return {};
    return watched_file_.parent_path() / (trainee->scenario().meta.id + (expert ? "-expert.json" : "-fouten.json"));
}

std::filesystem::path AuthoringService::record_reference(bool expert, bool overwrite, std::string& error, bool& exists) {
    exists = false;
    core::SessionController* trainee = trainee_session();
    const std::filesystem::path file = reference_log_file(expert);
    if (!trainee || file.empty()) {
        error.clear();  // the UI words "no session"
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

const core::StoryMap& AuthoringService::story_map() {
    core::SessionController* trainee = trainee_session();
    const core::Scenario* sc = trainee ? &trainee->scenario() : nullptr;
    if (!sc) model_.story_map = {};
    else if (sc->generation != model_.story_map_for) model_.story_map = core::story_map(*sc);
    model_.story_map_for = sc ? sc->generation : 0;
    return model_.story_map;
}

const std::vector<core::Diagnostic>& AuthoringService::findings() {
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

void AuthoringService::start_preview(const std::string& target) {
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
        shown_(PreviewEvent::Started);  // the boards show the preview's own (empty) state
    }
    const core::SessionState& st = model_.controller->state();
    sessions_.perform(core::make_preview_jump(st.step.empty() ? st.ending : st.step, target));
    shown_(PreviewEvent::Jumped);
}

core::Action AuthoringService::preview_set_action(const std::string& variable, double value) const {
    const core::SessionState& st = model_.controller->state();
    return core::make_preview_set(st.step.empty() ? st.ending : st.step, variable, value);
}

void AuthoringService::preview_set(const std::string& variable, double value) {
    if (preview()) sessions_.perform(preview_set_action(variable, value));
}

void AuthoringService::stop_preview() {
    if (!model_.suspended) return;
    model_.controller = std::move(model_.suspended);
    shown_(PreviewEvent::Stopped);  // the trainee's boards start fresh, as after opening the session
}

}  // namespace lwp::services
