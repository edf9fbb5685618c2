// Views as classes (issue 26.3, the ImHex pattern): every screen, player tab and window is a View.
// Its non-virtual draw() does what all views of its kind share (visibility, the back buttons of a
// screen, a tab's child window and safety banner, a window's or modal's Begin and End, see Frame)
// and calls draw_content(). The App owns one of
// each, made from the one table in app/ui/views.cpp, so a new App (a test) starts with fresh views.
//
// Adding a view: its own .cpp with a class derived from View and a `make_x()` factory, and one row
// in views.cpp (plus its strings in strings.hpp and the .po files).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ui/strings.hpp"

namespace lwp::ui {

class App;
enum class Screen;

class View {
public:
    enum class Kind {
        Screen,  // fills the main window: one at a time (App::screen())
        Tab,     // a page of the player: a board, the case, the debrief (the row of tabs)
        Popup,   // a modal of the menu, drawn right after the menu bar (About, Exporteren…)
        Dialog,  // drawn in the main window after the screen (modals, notices)
        Window,  // its own ImGui window over the main one (authoring, Methodewijzer, …)
    };
    static constexpr std::size_t kKinds = 5;
    View(Kind kind, std::string_view key) : kind_(kind), key_(key) {}
    virtual ~View() = default;
    View(const View&) = delete;
    View& operator=(const View&) = delete;

    // One frame of the view: nothing when it is not shown, else its kind's frame around draw_content.
    void draw(App& app);

    // The ImGui window or modal a popup, dialog or window view draws in. View::draw asks for it,
    // opens it, calls draw_content inside it and closes it: a view never calls Begin or End for
    // its own window. frame() runs right before the window opens, so it may set the next window's
    // size and place and push styles (counted here: View::draw pops them after the window).
    struct Frame {
        enum class Type { Window, Modal };
        Type type = Type::Window;
        std::string title;        // "Title###id" keeps the id when the title changes language
        bool* open = nullptr;     // the close button sets it false; null: no close button
        int flags = 0;            // ImGuiWindowFlags
        bool open_now = false;    // a modal: opened this frame unless it is open already
        int colors = 0, vars = 0; // style colours and variables frame() pushed
    };

    Kind kind() const { return kind_; }
    // A screen's name, a tab's board id ("tijdlijn", "casus" for the case), a window's name.
    const std::string& key() const { return key_; }
    // Whether it is drawn this frame (a tab: whether the player shows its tab at all).
    virtual bool shown(App&) { return true; }

    // --- screens -------------------------------------------------------------------------------
    virtual bool is_screen(Screen) const { return false; }

    // --- tabs ------------------------------------------------------------------------------------
    // The tab's label: the board's name for an analysis board, else tr(tab_label()).
    std::string tab_label() const;
    // Why the tab is locked (drawn with a padlock), or null when it is open: an analysis board
    // until the case opens it.
    virtual const char* locked_reason(App& app);

protected:
    virtual void draw_content(App& app) = 0;
    // A popup's, dialog's or window's frame (see Frame); screens and tabs have none.
    virtual Frame frame(App&) { return Frame{Frame::Type::Window, key_}; }
    // Every frame before shown(), shown or not: the view's own keys (F9 opens the facilitator panel).
    virtual void each_frame(App&) {}
    virtual bool back_buttons() const { return false; }  // a screen: "Bibliotheek / Terug naar de casus" on top
    virtual S tab_text() const { return S::TabDebrief; }  // a tab that is not an analysis board

private:
    void draw_in_frame(App& app);  // a popup's, dialog's or window's frame around draw_content
    Kind kind_;
    std::string key_;
};

// Every view, in the order drawn (tabs in the order of their row, screens first the library, the
// fallback): the one table (views.cpp).
std::vector<std::unique_ptr<View>> make_views();

// State that belongs to one open session: dropped when a session opens or closes and when the
// authoring preview starts or stops (App::session_epoch()), so nothing of one session shows in
// the next. View state that is not per session (filters, a confirmation) is a plain member.
template <class T>
class PerSession {
public:
    T& get(std::uint64_t epoch) {
        if (epoch != epoch_) {
            value_ = T{};
            epoch_ = epoch;
        }
        return value_;
    }

private:
    T value_{};
    std::uint64_t epoch_ = ~0ull;
};

// The player's banners above a board (player_view.cpp): the safety signal, with a button to its board.
void safety_banners(App& app, std::string_view board);

}  // namespace lwp::ui
