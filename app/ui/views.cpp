// The one table of views (view.hpp): every screen, player tab, menu popup, dialog and window, in
// the order it is drawn. A new view: its .cpp with its class and `make_x()`, and a row here.
#include <imgui.h>

#include "ui/app.hpp"
#include "ui/view.hpp"

namespace lwp::ui {

// Screens: the library first (shown when no other screen is).
std::unique_ptr<View> make_library_screen();
std::unique_ptr<View> make_player_screen();
std::unique_ptr<View> make_progress_screen();
std::unique_ptr<View> make_journal_screen();
std::unique_ptr<View> make_privacy_screen();
// Player tabs, in the order of their row (their ImGui ids derive from the keys).
std::unique_ptr<View> make_dossier_board();
std::unique_ptr<View> make_case_tab();
std::unique_ptr<View> make_timeline_board();
std::unique_ptr<View> make_persons_board();
std::unique_ptr<View> make_pattern_board();
std::unique_ptr<View> make_safety_board();
std::unique_ptr<View> make_end_board();
std::unique_ptr<View> make_debrief_tab();
std::unique_ptr<View> make_reflection_round_tab();
// The menu's popups (Help, Bestand → Exporteren…).
std::unique_ptr<View> make_keys_dialog();
std::unique_ptr<View> make_data_dir_dialog();
std::unique_ptr<View> make_about_dialog();
std::unique_ptr<View> make_export_dialog();
// Dialogs in the main window, after the screen.
std::unique_ptr<View> make_workshop_start_dialog();
std::unique_ptr<View> make_stemkamer_dialog();
std::unique_ptr<View> make_notices();
std::unique_ptr<View> make_close_projector_dialog();
// Windows of their own, over the main window.
std::unique_ptr<View> make_authoring_panel();
std::unique_ptr<View> make_story_map_window();
std::unique_ptr<View> make_stemkamer_card();
std::unique_ptr<View> make_facilitator_panel();
std::unique_ptr<View> make_methodewijzer_window();
std::unique_ptr<View> make_records_settings();

namespace {
using Factory = std::unique_ptr<View> (*)();
constexpr Factory kViews[] = {
    make_library_screen, make_player_screen, make_progress_screen, make_journal_screen, make_privacy_screen,
    make_dossier_board, make_case_tab, make_timeline_board, make_persons_board, make_pattern_board,
    make_safety_board, make_end_board, make_debrief_tab, make_reflection_round_tab,
    make_keys_dialog, make_data_dir_dialog, make_about_dialog, make_export_dialog,
    make_workshop_start_dialog, make_stemkamer_dialog, make_notices, make_close_projector_dialog,
    make_authoring_panel, make_story_map_window, make_stemkamer_card, make_facilitator_panel,
    make_methodewijzer_window, make_records_settings,
};
}  // namespace

std::vector<std::unique_ptr<View>> make_views() {
    std::vector<std::unique_ptr<View>> views;
    for (Factory make : kViews) views.push_back(make());
    return views;
}

}  // namespace lwp::ui
