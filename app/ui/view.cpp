// The frame every view of a kind shares (view.hpp).
#include "ui/view.hpp"

#include <imgui.h>

#include "core/model/vocabulary.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {
const core::Term* board_term(const std::string& key) { return core::find_term(core::boards(), key); }
}  // namespace

void View::draw(App& app) {
    each_frame(app);
    if (!shown(app)) return;
    switch (kind_) {
        case Kind::Screen:
            if (back_buttons() && ui::back_buttons(app)) return;  // the screen has changed
            draw_content(app);
            return;
        case Kind::Tab: {
            const core::Term* term = board_term(key_);
            ImGui::PushID(key_.c_str());  // each board its own child window and scroll
            if (term && !app.session()->state().analysis.board_open(key_)) {
                ImGui::Spacing();
                lock_icon(colors::Muted);
                muted_text(tr(S::BoardClosed));
            } else {
                ImGui::BeginChild("##bord", ImVec2(0, 0), false);
                open_at_top(app.session()->session().id);
                if (term) safety_banners(app, key_);  // inside the board: scrolls with it on a small screen
                draw_content(app);
                ImGui::EndChild();
            }
            ImGui::PopID();
            return;
        }
        case Kind::Popup:
        case Kind::Dialog:
        case Kind::Window:
            draw_in_frame(app);
            return;
    }
}

void View::draw_in_frame(App& app) {
    const Frame f = frame(app);
    const char* title = f.title.c_str();
    if (f.type == Frame::Type::Modal) {
        if (f.open_now && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
        if (ImGui::BeginPopupModal(title, f.open, f.flags)) {
            draw_content(app);
            ImGui::EndPopup();
        }
    } else {
        if (ImGui::Begin(title, f.open, f.flags)) draw_content(app);
        ImGui::End();
    }
    ImGui::PopStyleVar(f.vars);
    ImGui::PopStyleColor(f.colors);
}

std::string View::tab_label() const {
    if (const core::Term* term = board_term(key_)) return term_name(*term);
    return tr(tab_text());
}

const char* View::locked_reason(App& app) {
    if (!board_term(key_)) return nullptr;
    return app.session()->state().analysis.board_open(key_) ? nullptr : tr(S::BoardClosed);
}

}  // namespace lwp::ui
