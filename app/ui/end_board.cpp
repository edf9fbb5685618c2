// Haalbare eindsituatie (feasible end situation, bouwsteen.stabiele_veiligheid and bouwsteen.haalbare_eindsituatie): the end situation in
// the family's own words with the method's check "hoe kan de buurman dat zien?", then the
// change plan as columns of cards: patterns to break, what is changeable, what must be
// compensated (and how), change goals (who, what, when) and strengths.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>

#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

ImU32 kind_color(std::string_view kind) {
    if (kind == "patroon_doorbreken") return IM_COL32(173, 20, 87, 255);
    if (kind == "veranderbaar") return colors::Accent;
    if (kind == "compenseren") return IM_COL32(106, 27, 154, 255);
    if (kind == "doel") return IM_COL32(0, 121, 107, 255);
    if (kind == "kracht") return colors::Good;
    return colors::Muted;
}

ImU32 tint(ImU32 c, float amount) {  // towards white
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    v.x += (1 - v.x) * amount;
    v.y += (1 - v.y) * amount;
    v.z += (1 - v.z) * amount;
    return ImGui::ColorConvertFloat4ToU32(v);
}

// Coloured text wrapped at the card's edge.
void card_text(ImU32 color, const char* text) { wrapped_text(text, color); }

bool needs_how(std::string_view kind) { return kind == "compenseren"; }
bool needs_who_when(std::string_view kind) { return kind == "doel"; }

// What the board remembers between frames: the card being edited and the add forms. Each kind's
// form keeps its own unfinished text, so opening another column's form loses nothing.
struct EndDraft {
    std::string text, how, who, when;
    bool focus = false;
};
struct EndUi {
    std::string editing;                    // item id
    std::map<std::string, EndDraft> adding;  // kind id -> its open add form
};

std::string field_text(const core::EndSituation& end, std::string_view id) {
    auto it = end.fields.find(std::string(id));
    return it == end.fields.end() ? std::string() : it->second;
}

// A rounded background behind content drawn between begin_panel() and end_panel().
void begin_panel() {
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
}
ImRect end_panel(ImU32 bg, ImU32 border, float pad) {
    ImGui::EndGroup();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a(ImGui::GetItemRectMin().x - pad, ImGui::GetItemRectMin().y - pad);
    const ImVec2 b(ImGui::GetItemRectMax().x + pad, ImGui::GetItemRectMax().y + pad);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(a, b, bg, pad);
    if (border) dl->AddRect(a, b, border, pad, 0, 1.5f);
    dl->ChannelsMerge();
    return ImRect(a, b);
}

void description(App& app, const core::EndSituation& end) {
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side = avail > fs * 34;
    const float pad = fs * 0.6f;
    const float left_w = side ? avail * 0.54f : avail;
    const float right_w = side ? avail - left_w - style.ItemSpacing.x * 2 - pad * 2 : avail - pad * 2;
    const core::Term* language_term = core::find_term(core::end_fields(), "taal_gezin");
    const core::Term* where_term = core::find_term(core::end_fields(), "waar_opgroeien");
    const core::Term* neighbour_term = core::find_term(core::end_fields(), "buurman");
    std::string committed;

    ImGui::BeginGroup();
    FieldOptions o;
    o.width = left_w;
    o.min_lines = 4;
    o.hint = tr(S::EndFamilyLanguageHint);
    if (labelled_field(term_name(*language_term), "##taal_gezin", field_text(end, "taal_gezin"), committed, o))
        app.act("eind.veld", "taal_gezin", {{"tekst", committed}});
    o.min_lines = 2;
    o.hint = tr(S::EndWhereHint);
    if (labelled_field(term_name(*where_term), "##waar_opgroeien", field_text(end, "waar_opgroeien"), committed, o))
        app.act("eind.veld", "waar_opgroeien", {{"tekst", committed}});
    ImGui::EndGroup();

    if (side) ImGui::SameLine(0, style.ItemSpacing.x * 2 + pad);
    else ImGui::Dummy(ImVec2(0, pad));
    // The neighbour check, as a callout: the end situation must be visible in behaviour.
    begin_panel();
    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Accent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + right_w);
    ImGui::TextUnformatted(term_name(*neighbour_term));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + right_w);
    ImGui::TextUnformatted(tr(S::NeighbourPrompt));
    ImGui::PopTextWrapPos();
    FieldOptions n;
    n.width = right_w;
    n.min_lines = 4;
    n.hint = tr(S::NeighbourHint);
    if (commit_field("##buurman", field_text(end, "buurman"), committed, n)) app.act("eind.veld", "buurman", {{"tekst", committed}});
    end_panel(colors::FeedbackBg, tint(colors::Accent, 0.55f), pad);
}

// One card: read mode shows the text and its details; click (or Space) to edit in place.
void item_card(App& app, EndUi& s, const core::EndItem& item, float width) {
    const float fs = ImGui::GetFontSize();
    const float pad = fs * 0.45f;
    const float inner = width - pad * 2;
    const ImU32 color = kind_color(item.kind);
    ImGui::PushID(item.id.c_str());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + pad);
    ImGui::Dummy(ImVec2(0, pad * 0.3f));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + pad);
    begin_panel();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    if (s.editing == item.id) {
        std::string committed;
        FieldOptions o;
        o.width = inner;
        if (commit_field("##tekst", item.text, committed, o)) app.act("eind.wijzig", item.id, {{"tekst", committed}});
        FieldOptions one;
        one.width = inner;
        one.single_line = true;
        if (needs_how(item.kind)) {
            card_text(colors::Muted, tr(S::EndHow));
            if (commit_field("##hoe", item.how, committed, one)) app.act("eind.wijzig", item.id, {{"hoe", committed}});
        }
        if (needs_who_when(item.kind)) {
            card_text(colors::Muted, tr(S::EndWho));
            if (commit_field("##wie", item.who, committed, one)) app.act("eind.wijzig", item.id, {{"wie", committed}});
            card_text(colors::Muted, tr(S::EndWhen));
            if (commit_field("##wanneer", item.when, committed, one)) app.act("eind.wijzig", item.id, {{"wanneer", committed}});
        }
        if (ImGui::Button(tr(S::DoneEditing))) s.editing.clear();
        ImGui::SameLine();
        if (ImGui::Button(tr(S::RemoveCard))) {
            app.act("eind.verwijder", item.id);
            s.editing.clear();
        }
        ImGui::PopTextWrapPos();
        end_panel(IM_COL32(255, 255, 255, 255), color, pad);
    } else {
        ImGui::TextWrapped("%s", item.text.c_str());
        auto detail = [&](S label, const std::string& value) {
            if (value.empty()) return;
            std::string line = std::string(tr(label)) + ": " + value;
            card_text(color, line.c_str());
        };
        if (needs_how(item.kind)) {
            if (item.how.empty()) card_text(colors::Mixed, tr(S::EndHowMissing));
            detail(S::EndHow, item.how);
        }
        if (needs_who_when(item.kind)) {
            if (item.who.empty() || item.when.empty()) card_text(colors::Mixed, tr(S::EndWhoWhenMissing));
            detail(S::EndWho, item.who);
            detail(S::EndWhen, item.when);
        }
        ImGui::Dummy(ImVec2(inner, 0));
        ImGui::PopTextWrapPos();
        const ImRect r = end_panel(IM_COL32(255, 255, 255, 255), tint(color, 0.45f), pad);
        // The whole card is the edit button (mouse, or Tab/arrows and Space).
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(r.Min);
        if (ImGui::InvisibleButton("##kaart", r.GetSize())) s.editing = item.id;
        if (ImGui::IsItemHovered() || ImGui::IsItemFocused()) {
            ImGui::GetWindowDrawList()->AddRect(r.Min, r.Max, color, pad, 0, 2.5f);
            if (tooltip_due()) ImGui::SetTooltip("%s", tr(S::CardClickToEdit));
        }
        ImGui::SetCursorScreenPos(after);
    }
    ImGui::Dummy(ImVec2(0, pad * 0.6f));
    ImGui::PopID();
}

void add_form(App& app, EndUi& s, std::string_view kind, float width) {
    EndDraft& d = s.adding[std::string(kind)];
    FieldOptions o;
    o.width = width;
    o.hint = tr(S::EndTextHint);
    if (d.focus) {
        ImGui::SetKeyboardFocusHere();
        d.focus = false;
    }
    text_area("##nieuw", d.text, o);
    bool entered = left_with_enter();
    FieldOptions one;
    one.width = width;
    one.single_line = true;
    if (needs_how(kind)) {
        one.hint = tr(S::EndHowHint);
        text_area("##nieuw_hoe", d.how, one);
        entered |= left_with_enter();
    }
    if (needs_who_when(kind)) {
        one.hint = tr(S::EndWhoHint);
        text_area("##nieuw_wie", d.who, one);
        entered |= left_with_enter();
        one.hint = tr(S::EndWhenHint);
        text_area("##nieuw_wanneer", d.when, one);
        entered |= left_with_enter();
    }
    const bool empty = d.text.find_first_not_of(" \r\n\t") == std::string::npos;
    ImGui::BeginDisabled(empty);
    const bool add = ImGui::Button(tr(S::AddCard)) || entered;
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr(S::CancelAdd));
    if (add && !empty) {
        std::map<std::string, std::string> args{{"soort", std::string(kind)}, {"tekst", d.text}};
        if (needs_how(kind)) args["hoe"] = d.how;
        if (needs_who_when(kind)) {
            args["wie"] = d.who;
            args["wanneer"] = d.when;
        }
        app.act("eind.item", "", std::move(args));
    }
    if ((add && !empty) || cancel) s.adding.erase(std::string(kind));
}

void kind_column(App& app, EndUi& s, const core::Term& kind, const core::EndSituation& end, float width) {
    const float fs = ImGui::GetFontSize();
    const ImU32 color = kind_color(kind.id);
    ImGui::PushID(kind.id.data(), kind.id.data() + kind.id.size());
    ImGui::BeginGroup();
    // Header strip: the kind in its colour, with the number of items.
    int count = 0;
    for (const auto& e : end.items) count += e.kind == kind.id;
    char title[160];
    std::snprintf(title, sizeof title, "%s  (%d)", term_name(kind), count);
    ImGui::PushFont(fonts().bold);
    const float pad = fs * 0.4f;
    const float text_h = ImGui::CalcTextSize(title, nullptr, false, width - pad * 2).y;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + text_h + pad * 2), tint(color, 0.82f), fs * 0.3f);
    dl->AddRectFilled(p0, ImVec2(p0.x + fs * 0.3f, p0.y + text_h + pad * 2), color, fs * 0.15f);
    dl->AddText(ImGui::GetFont(), fs, ImVec2(p0.x + pad * 2, p0.y + pad), color, title, nullptr, width - pad * 3);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, text_h + pad * 2));
    for (const auto& item : end.items)
        if (item.kind == kind.id) item_card(app, s, item, width);
    const bool open = s.adding.count(std::string(kind.id)) > 0;
    if (count == 0 && !open) muted_text(tr(S::NoCardsYet));
    if (open) add_form(app, s, kind.id, width);
    else if (ImGui::Button(tr(S::AddCardPlus), ImVec2(width, 0))) s.adding[std::string(kind.id)].focus = true;
    ImGui::EndGroup();
    ImGui::PopID();
}

}  // namespace

namespace {
class EndBoard final : public View {
public:
    EndBoard() : View(Kind::Tab, "eindsituatie") {}

protected:
    void draw_content(App& app) override;

private:
    PerSession<EndUi> state_;
};
}  // namespace

std::unique_ptr<View> make_end_board() { return std::make_unique<EndBoard>(); }

void EndBoard::draw_content(App& app) {
    EndUi& s = state_.get(app.session_epoch());
    const core::EndSituation& end = app.session()->state().analysis.end;
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    muted_text(tr(S::EndIntro));
    ImGui::Spacing();
    description(app, end);
    ImGui::Spacing();
    ImGui::Spacing();
    heading(tr(S::ChangePlan));
    muted_text(tr(S::FieldKeysHint));
    ImGui::Spacing();
    // Columns of kinds: as many as fit at a readable width, the rest wraps to a next row.
    const auto kinds = core::end_item_kinds();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = style.ItemSpacing.x * 2;
    const int per_row = std::clamp(static_cast<int>((avail + gap) / (fs * 14 + gap)), 1, static_cast<int>(kinds.size()));
    const float col_w = (avail - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    for (size_t i = 0; i < kinds.size(); ++i) {
        if (i % static_cast<size_t>(per_row) != 0) ImGui::SameLine(0, gap);
        else if (i > 0) ImGui::Dummy(ImVec2(0, fs * 0.5f));
        kind_column(app, s, kinds[i], end, col_w);
    }
}

}  // namespace lwp::ui
