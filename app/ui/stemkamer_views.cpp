// The stemkamer's views (issue 18): the dialog that opens it, the QR card on the projector (dark on
// light, a four-module quiet zone, as large as the screen allows) and the facilitator panel's list
// of who joined and who voted. What was voted stays in the panel's own vote list, never here.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr int kF8 = 297;  // GLFW_KEY_F8

std::string interface_label(const stemkamer::Interface& i) {
    std::string s = i.address + "  (" + i.name;
    if (i.default_route) s += ", " + std::string(tr(S::SkDefaultRoute));
    if (i.loopback) s += ", " + std::string(tr(S::SkLoopback));
    s += ")";
    if (i.is_public) s += "  " + std::string(tr(S::SkPublicTag));
    return s;
}

void begin_open_dialog(App& app) {
    StemkamerUi& ui = app.ui.stemkamer;
    ui.interfaces = stemkamer::ipv4_interfaces();
    ui.pick = 0;
    ui.public_ok = false;
    ui.error.clear();
    ui.dialog = true;
}

// The QR code as filled squares: the light square with the quiet zone first, then the dark modules,
// each a whole number of pixels so no module blurs into its neighbour.
void draw_qr(const stemkamer::QrCode& qr, float side) {
    const int total = qr.size + 2 * stemkamer::kQuietZone;
    const float module = std::max(2.0f, std::floor(side / static_cast<float>(total)));
    const float px = module * static_cast<float>(total);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + px, at.y + px), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.dark(x, y)) {
                const ImVec2 a(at.x + module * static_cast<float>(x + stemkamer::kQuietZone),
                               at.y + module * static_cast<float>(y + stemkamer::kQuietZone));
                dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
            }
    ImGui::Dummy(ImVec2(px, px));
}

std::string joined_line(App& app) {
    const size_t joined = app.workshop().stemkamer()->room().joined().size();
    const size_t all = app.session()->state().workshop.participants.size();
    return std::to_string(joined) + " " + tr(S::Of) + " " + std::to_string(std::max(all, joined)) + " " + tr(S::SkJoinedCount);
}

}  // namespace

namespace {
class StemkamerDialog final : public View {
public:
    StemkamerDialog() : View(Kind::Dialog, "stemkamer_openen") {}

protected:
    Frame frame(App& app) override {
        next_dialog_size(34);
        const bool open_now = app.ui.stemkamer.dialog;  // asked for once (begin_open_dialog)
        app.ui.stemkamer.dialog = false;
        return {Frame::Type::Modal, tr(S::SkTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize, open_now};
    }
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_stemkamer_dialog() { return std::make_unique<StemkamerDialog>(); }

void StemkamerDialog::draw_content(App& app) {
    StemkamerUi& ui = app.ui.stemkamer;
    muted_text(tr(S::SkIntro));
    ImGui::Spacing();
    bold_text(tr(S::SkAddress));
    if (ui.interfaces.empty()) ui.interfaces.push_back({"lo", "127.0.0.1", false, true, false});
    ui.pick = std::clamp(ui.pick, 0, static_cast<int>(ui.interfaces.size()) - 1);
    const stemkamer::Interface& chosen = ui.interfaces[static_cast<size_t>(ui.pick)];
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##netwerk", interface_label(chosen).c_str())) {
        for (size_t i = 0; i < ui.interfaces.size(); ++i)
            if (ImGui::Selectable(interface_label(ui.interfaces[i]).c_str(), static_cast<int>(i) == ui.pick)) {
                ui.pick = static_cast<int>(i);
                ui.public_ok = false;
            }
        ImGui::EndCombo();
    }
    if (chosen.loopback) wrapped_colored(colors::Mixed, tr(S::SkNoNetwork));
    if (chosen.is_public) {
        wrapped_colored(colors::Bad, tr(S::SkPublicWarning));
        ImGui::Checkbox(tr(S::SkPublicConfirm), &ui.public_ok);
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::SkPort));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("##poort", &ui.port, 0);
    ui.port = std::clamp(ui.port, 1024, 65535);
    ImGui::Checkbox(tr(S::SkFreeNames), &ui.free_names);
    if (!ui.error.empty()) wrapped_colored(colors::Bad, ui.error.c_str());
    ImGui::Spacing();
    ImGui::BeginDisabled(chosen.is_public && !ui.public_ok);
    if (ImGui::Button(tr(S::SkOpenNow))) {
        std::string error;
        const std::string address = chosen.address;  // open_stemkamer may not keep ui.interfaces alive
        if (app.open_stemkamer(address, ui.port, ui.free_names, error)) {
            app.notify(std::string(tr(S::SkOpened)) + " " + app.workshop().stemkamer()->url());
            ImGui::CloseCurrentPopup();
        } else {
            app.ui.stemkamer.error = error;
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::SkCancel)) || keys::escape_pressed()) ImGui::CloseCurrentPopup();
}

namespace {
class StemkamerCard final : public View {
public:
    StemkamerCard() : View(Kind::Window, "stemkamer_qr") {}
    bool shown(App& app) override { return in_workshop(app) && app.workshop().stemkamer() && app.ui.stemkamer.show_qr; }

protected:
    // F8: open the stemkamer, or show/hide its QR code.
    void each_frame(App& app) override {
        if (!in_workshop(app) || ImGui::GetIO().WantTextInput || !keys::pressed(kF8, false)) return;
        if (!app.workshop().stemkamer()) begin_open_dialog(app);
        else app.ui.stemkamer.show_qr = !app.ui.stemkamer.show_qr;
    }
    Frame frame(App& app) override;
    void draw_content(App& app) override;

private:
    static bool in_workshop(App& app) { return app.workshop().active() && app.screen() == Screen::Player && !app.authoring().preview(); }
    // The QR code's side: as large as the screen allows beside the facilitator panel (scanned from
    // the back of the room), three quarters of the height (the title and the address line take the
    // rest), with room beside it for the text column.
    static float free_width(App& app) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float panel = app.ui.workshop.panel ? std::max(vp->WorkSize.x * 0.38f, ImGui::GetFontSize() * 22) : 0.0f;
        return vp->WorkSize.x - panel;
    }
    static float qr_side(App& app) {
        return std::min(ImGui::GetMainViewport()->WorkSize.y * 0.74f, free_width(app) - ImGui::GetFontSize() * 18);
    }
};
}  // namespace

std::unique_ptr<View> make_stemkamer_card() { return std::make_unique<StemkamerCard>(); }

View::Frame StemkamerCard::frame(App& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float free_w = free_width(app);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + free_w * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(colors::Accent));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 3.0f);
    Frame f{Frame::Type::Window, "##stemkamer_qr", nullptr,
            ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing};
    f.colors = 2;
    f.vars = 1;
    return f;
}

void StemkamerCard::draw_content(App& app) {
    StemkamerUi& ui = app.ui.stemkamer;
    stemkamer::Stemkamer* sk = app.workshop().stemkamer();
    const float side = qr_side(app);
    ImGui::PushFont(fonts().heading);
    ImGui::TextColored(to_vec4(colors::Accent), "%s", tr(S::SkScan));
    ImGui::PopFont();
    ImGui::BeginGroup();
    draw_qr(sk->qr(), side);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 14);
    muted_text(tr(S::SkScanHint));
    ImGui::Spacing();
    muted_text(tr(S::SkRoomCode));
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(sk->room().code().c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextUnformatted(joined_line(app).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::SmallButton(tr(S::SkHideQr))) ui.show_qr = false;
    ImGui::EndGroup();
    // The address on one line under both (wrapped it broke inside the IP address), large enough
    // to type from the back of the room.
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(sk->url().c_str());
    ImGui::PopFont();
}

void draw_stemkamer_chip(App& app) {
    stemkamer::Stemkamer* sk = app.workshop().stemkamer();
    if (!sk) return;
    // --tab stemkamer (demos, screenshots): the facilitator panel with the QR code put away.
    if (app.ui.select_tab == "stemkamer") {
        app.ui.workshop.panel = true;
        app.ui.stemkamer.show_qr = false;
        app.ui.select_tab.clear();
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(to_vec4(colors::Accent), "·  %s %s  ·  %s", tr(S::SkTitle), sk->room().code().c_str(), joined_line(app).c_str());
    if (!app.ui.stemkamer.show_qr) {
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(S::SkShowQr))) app.ui.stemkamer.show_qr = true;
    }
}

void draw_stemkamer_section(App& app) {
    StemkamerUi& ui = app.ui.stemkamer;
    stemkamer::Stemkamer* sk = app.workshop().stemkamer();
    if (!sk) {
        muted_text(tr(S::SkIntro));
        if (ImGui::Button(tr(S::SkOpen))) begin_open_dialog(app);
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(sk->url().c_str());
    ImGui::PopTextWrapPos();
    ImGui::Text("%s: %s  ·  %s", tr(S::SkRoomCode), sk->room().code().c_str(), joined_line(app).c_str());
    if (ImGui::SmallButton(ui.show_qr ? tr(S::SkHideQr) : tr(S::SkShowQr))) ui.show_qr = !ui.show_qr;
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(S::SkClose))) {
        app.workshop().close_stemkamer();
        app.notify(tr(S::SkClosedNow));
        return;
    }
    ImGui::Spacing();
    bold_text(tr(S::SkParticipants));
    const core::SessionState& st = app.session()->state();
    const core::VoteRound* round = st.workshop.round.step == st.step ? &st.workshop.round : nullptr;
    const std::vector<std::string> joined = sk->room().joined();
    std::vector<std::string> people = st.workshop.participants;
    for (const auto& j : joined)  // typed names not yet in the workshop's list
        if (std::find(people.begin(), people.end(), j) == people.end()) people.push_back(j);
    std::string release;
    if (ImGui::BeginTable("##binnen", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        for (const auto& p : people) {
            const bool in = std::find(joined.begin(), joined.end(), p) != joined.end();
            const bool voted = round && round->vote_of(p);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.c_str());
            ImGui::TableNextColumn();
            ImGui::TextColored(to_vec4(in ? colors::Good : colors::Muted), "%s", in ? tr(S::SkJoined) : tr(S::SkNotJoined));
            ImGui::TableNextColumn();
            ImGui::TextColored(to_vec4(voted ? colors::Good : colors::Muted), "%s", voted ? tr(S::SkVoted) : tr(S::SkNotVoted));
            ImGui::TableNextColumn();
            if (in) {
                ImGui::PushID(p.c_str());
                if (ImGui::SmallButton(tr(S::SkRelease))) release = p;
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::SkReleaseHint));
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    if (!release.empty()) sk->room().release(release);
}

}  // namespace lwp::ui
