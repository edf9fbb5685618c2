// The application's UI state: the scenario library, the open session, settings and notices.
// Views read it and call its operations; only these operations change what is saved.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/assess/comparison.hpp"
#include "core/session/controller.hpp"
#include "core/assess/progress.hpp"
#include "core/assess/scoring.hpp"
#include "core/store/persistence.hpp"
#include "core/store/session_index.hpp"
#include "core/model/story_map.hpp"
#include "lrs/service.hpp"
#include "scripting/loader.hpp"
#include "services/app_model.hpp"
#include "services/authoring_service.hpp"
#include "services/library_service.hpp"
#include "services/export_service.hpp"
#include "services/notifier.hpp"
#include "services/session_service.hpp"
#include "services/workshop_service.hpp"
#include "ui/methode_view.hpp"
#include "ui/strings.hpp"
#include "ui/stemkamer_views.hpp"
#include "ui/view.hpp"
#include "ui/workshop_views.hpp"

namespace lwp::ui {

enum class Screen { Library, Player, Progress, Journal, Privacy };

// A message for the user (issue 19.8): plain words first; the technical detail (a parser's or the
// system's words) and, for a group of the same kind, the list of items one click away.
struct Notice {
    std::string text;
    bool error = false;
    std::string detail;               // shown under "Details"
    std::vector<std::string> items;   // shown under "Toon (n)"
    bool open = false;                // details or items shown
};

// What the views ask of each other and of the window host: which window or dialog is open, the
// tab to switch to, the document being read. One member of the App (App::ui), not loose fields.
struct UiState {
    bool show_export = false;       // Bestand → Exporteren…
    bool show_authoring = false;    // the authoring panel (F2)
    bool show_story_map = false;    // the story map's own window (opened from the authoring panel)
    float story_map_zoom = 0;       // its zoom (1 = the program's text size; 0 = fit it in the window)
    std::filesystem::path confirm_overwrite;  // a reference log the author is asked to replace
    // The document being read in the player, empty when the narrative is shown.
    std::string open_document;
    // Set to a board id ("veiligheid", ...) or "casus" to switch the player's tab next frame.
    std::string select_tab;
    bool show_keys = false, show_data_dir = false, show_about = false;
    bool show_records_settings = false;  // Bestand → Leerregistratie
    // Set when the font scale changed: the renderer must rebuild its font texture.
    bool fonts_dirty = false;
    bool quit_requested = false;
    WorkshopUi workshop;    // the facilitator's controls: timer, rounds, panel (ui/workshop_views.hpp)
    StemkamerUi stemkamer;  // the voting room's dialog and QR window (ui/stemkamer_views.hpp)
    MethodeUi methode;      // Help → Methodewijzer (ui/methode_view.hpp)
};

struct ReflectionDraft;

// The App holds the model (services::AppModel) and the services that change it (app/services/),
// and is their notifier: it words what they report as notices.
class App : private services::Notifier {
public:
    App(core::DataDir data_dir, std::filesystem::path scenario_dir);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    UiState ui;

    // --- set-up -------------------------------------------------------------------------------
    // Loading the cases, now (LibraryService::load) or on a worker thread, and whether they are
    // still loading: the service (app/services/library_service.hpp).
    services::LibraryService& library_service() { return library_; }
    // Start-up: loads the cases on a worker thread while the window opens; poll_library() takes
    // them over on the main thread (true once, when they arrived; with `resume`, the last session
    // is opened then). wait_for_library() blocks until they are in.
    void start_loading_library(bool resume = false);
    bool poll_library();
    void wait_for_library();
    void resume_last_session();    // opens settings.last_session if it still loads

    // --- one frame: menu bar and the current screen (views live in their own files) ------------
    void draw();
    // The views of one kind, in the order drawn (ui/views.cpp): the player's tabs, the menu's popups...
    const std::vector<View*>& views(View::Kind kind) const { return views_by_kind_[static_cast<size_t>(kind)]; }
    // Counts the sessions shown: a session opened or closed, a preview started or stopped. View
    // state per session (PerSession, ui/view.hpp) starts afresh when it changes.
    std::uint64_t session_epoch() const { return session_epoch_; }

    // --- operations the views call --------------------------------------------------------------
    void start_session(size_t library_index);
    bool open_session(const core::Session& session);
    bool open_session(const core::SessionSummary& saved);  // loads its file first
    void close_session();
    // The open session's actions, undo and redo, score, the saved sessions and progress: the
    // service (app/services/session_service.hpp). What also moves the screen stays here.
    services::SessionService& sessions() { return sessions_; }
    void rewind_to_choice(size_t index);
    void open_fork(size_t index);
    void set_language(core::Lang lang);
    void set_language_code(const std::string& code);  // any catalogue language (assets/i18n/<code>.po)
    void set_scale(float scale);
    // Adds a notice; a "(technisch: ...)" part of `text` becomes its detail.
    void notify(std::string text, bool error = false, std::vector<std::string> items = {}) override;
    void notify(services::Note note, std::vector<std::string> args = {}, std::vector<std::string> items = {}) override;  // a service's, in the UI's words

    // --- state the views read -------------------------------------------------------------------
    const std::vector<scripting::LoadedScenario>& library() const { return model_.library; }
    const core::DataDir& data_dir() const { return data_dir_; }
    const std::filesystem::path& scenario_dir() const { return scenario_dir_; }
    const core::Settings& settings() const { return settings_; }
    bool first_run() const { return first_run_; }  // no settings file yet
    core::SessionController* session() { return model_.controller.get(); }
    Screen screen() const { return screen_; }
    std::vector<Notice>& notices() { return notices_; }
    const scripting::LoadedScenario* find_scenario(const std::string& id) const;
    void show_progress() { screen_ = Screen::Progress; }
    void show_library() { screen_ = Screen::Library; }
    void show_journal() { screen_ = Screen::Journal; }
    void show_player() { if (model_.controller) screen_ = Screen::Player; }
    void show_privacy() { screen_ = Screen::Privacy; }

    // --- journal, reports and privacy (issue 5): the journal and the report are the service's
    // (app/services/export_service.hpp); these three also close or open a session (app_reports.cpp)
    services::ExportService& exports() { return exports_; }
    // Edits a reflection of any session: a session that is not the open one is opened first (the
    // open one is saved and closed), then "reflectie.wijzig" is performed there. Stays on the
    // current screen. False (with a notice) when the session cannot be opened.
    bool edit_reflection(const std::string& session_id, const std::string& reflection_id, const std::string& text);
    // Deletes one session (closing it first when it is open) or every file the program wrote.
    bool delete_session(const std::string& session_id);
    bool delete_all_data();

    // --- authoring (issue 7): hot reload, the panel's findings and story map, reference logs and
    // the preview are the service's (app/services/authoring_service.hpp); these four wait for the
    // end of a drawn frame (app/ui/app_authoring.cpp) and the preview's moves switch the screen.
    services::AuthoringService& authoring() { return authoring_; }
    void reload_scenario();                       // AuthoringService::reload
    void start_preview(const std::string& step_or_ending);  // and the player shows its case
    void preview_set(const std::string& variable, double value);
    void stop_preview();
    // The author's functions (issue 19.2): the Auteur menu and F2, hidden from trainees until
    // switched on (Beeld → Auteursfuncties, saved) or for one run (--auteur, author_for_run).
    bool author_mode() const { return settings_.author || author_for_run; }
    void set_author(bool on);
    bool author_for_run = false;

    // --- workshop mode (issue 6): the service (app/services/workshop_service.hpp) has the open
    // workshop, the imported comparison and the stemkamer (issue 18) -----------------------------
    services::WorkshopService& workshop() { return workshop_; }
    // Starts the case as a facilitated group session (app/ui/workshop_start.cpp): opens it as
    // start_session does, then one "workshop.start" action; the facilitator's controls start afresh.
    bool start_workshop(size_t library_index, const std::string& name, const std::string& participants, std::string& error);
    // Opens the stemkamer (WorkshopService::open_stemkamer) and shows its QR card on the projector.
    bool open_stemkamer(const std::string& address, int port, bool free_names, std::string& error);

    // --- the facilitator's own window (issue 17): app/ui/facilitator_window.cpp draws it, the
    // window host (app/gui_host.cpp) opens it beside the projector window, which App::draw() draws.
    bool one_window = false;              // --een-venster: no second window; the F9 panel instead
    bool facilitator_window_off = false;  // the facilitator closed that window: F9 opens it again
    bool two_windows = false;             // set by the host each frame: the facilitator window is open
    int monitors = 1;                     // connected displays, mirrored ones counted once
    // The laptop's screen may be what the room sees (one display, or mirrored to the projector):
    // the facilitator window then covers its private parts until shown (V). Set by the host.
    bool shared_screen = true;
    bool swap_screens = false;            // F7 or the menu: the host swaps the two windows' places
    bool confirm_close_projector = false; // the projector window's close button was pressed
    bool wants_facilitator_window();      // a workshop is open in the player, and not one window
    void draw_facilitator_window();       // one frame of the facilitator window (its own ImGui context)

    std::function<void()> wake;  // wakes the main loop from another thread (glfwPostEmptyEvent)

    // Builds an action in the current step (type, target, args) and performs it.
    void act(const char* type, const std::string& target, std::map<std::string, std::string> args = {});

    void flush_saves() {
        sessions_.flush();
        records_.flush();
    }

    // --- learning records (issue 23; app/ui/records_view.cpp): xAPI to an LRS -------------------
    lrs::Records& records() { return records_; }

private:
    void save_settings();

    core::DataDir data_dir_;
    std::filesystem::path scenario_dir_;
    core::Settings settings_;
    bool first_run_ = false;
    services::AppModel model_;  // library, open session, runtime, preview's suspended session, their caches
    lrs::Records records_{data_dir_};
    services::SessionService sessions_{model_, *this, data_dir_, records_};
    services::WorkshopService workshop_{model_, *this, sessions_, wake, [] { return language(); }};
    services::ExportService exports_;  // made in App::App (the Methodewijzer is the UI's)
    services::AuthoringService authoring_{model_, *this, sessions_, exports_, [this](services::PreviewEvent e) { preview_shown(e); }};
    services::LibraryService library_{model_, sessions_, scenario_dir_, wake};
    bool resume_when_loaded_ = false;  // start_loading_library(true): open the last session when the cases are in
    void library_arrived();            // the worker's cases are in: resume when asked
    Screen screen_ = Screen::Library;
    std::vector<Notice> notices_;
    bool drawing_ = false;
    std::vector<core::Action> pending_actions_;
    void end_frame();  // performs what the views asked for while the frame was drawn
    void later(std::function<void()> op);  // now, or after the frame when a frame is being drawn (app_authoring.cpp)
    void preview_shown(services::PreviewEvent event);  // the screen follows the preview (app_authoring.cpp)
    std::vector<std::function<void()>> deferred_;
    std::vector<std::unique_ptr<View>> views_;  // every view, made once (ui/views.cpp)
    std::vector<View*> views_by_kind_[View::kKinds];
    std::uint64_t session_epoch_ = 0;
};

// Views are classes (ui/view.hpp, the table in views.cpp); these are the parts several views draw.
void draw_main_menu(App& app);
// The order of the library's cards: the cases for a first start (moeilijkheid "instap") first, the
// rest in the library's own order (by file name). Indices into `library`.
std::vector<std::size_t> library_order(const std::vector<scripting::LoadedScenario>& library);
void draw_documents_panel(App& app);
void draw_facts_panel(App& app);
void draw_history_panel(App& app);
bool debrief_locked(const core::SessionState& st);  // the debrief opens when the case has ended
// Reflection journal, the reflection panel in the player, privacy and export (issue 5).
// In the case tab: due reflection points, free reflection; the draft is the case tab's (ui/reflection_draft.hpp).
void draw_reflection_panel(App& app, ReflectionDraft& draft);
// "Bibliotheek" and, with a session open, "Terug naar de casus" at the top of a screen; true
// when one was pressed (the screen has changed: stop drawing this one).
bool back_buttons(App& app);
// Learning records (issue 23): the section in Privacy en gegevens (the settings window is a view).
void draw_records_privacy(App& app);
void draw_preview_banner(App& app);     // "VOORBEELD — niet gescoord" over the player
// The facilitator window's text size against the program's (the projector's) scale.
float facilitator_text_scale(float ui_scale);

}  // namespace lwp::ui
