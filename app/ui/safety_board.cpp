// Veiligheid (immediate safety, bouwsteen.directe_veiligheid): the safety score with the "6" marked, what the
// 6 looks like here, a matrix of every family member against the ARIJ items (veilig / onveilig /
// direct veiligstellen), and the safety plan. Reads the state; every change is an action.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/layout/pattern_layout.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

using core::Judgement;

struct CellStyle {
    ImU32 bg, border, text;
};

CellStyle cell_style(Judgement j) {
    switch (j) {
        case Judgement::Safe: return {IM_COL32(223, 242, 225, 255), colors::Good, IM_COL32(27, 94, 32, 255)};
        case Judgement::Unsafe: return {IM_COL32(255, 236, 204, 255), colors::Mixed, IM_COL32(150, 80, 0, 255)};
        case Judgement::SecureNow: return {colors::Bad, IM_COL32(127, 0, 0, 255), IM_COL32(255, 255, 255, 255)};
        case Judgement::Unknown: break;
    }
    return {IM_COL32(244, 245, 247, 255), IM_COL32(200, 204, 210, 255), colors::Muted};
}

// Clicking a cell walks through the judgements; after "direct veiligstellen" it is open again.
Judgement next_judgement(Judgement j) {
    switch (j) {
        case Judgement::Unknown: return Judgement::Safe;
        case Judgement::Safe: return Judgement::Unsafe;
        case Judgement::Unsafe: return Judgement::SecureNow;
        case Judgement::SecureNow: return Judgement::Unknown;
    }
    return Judgement::Unknown;
}

void judge(App& app, const std::string& person, std::string_view item, Judgement j) {
    app.act("veiligheid.oordeel", person,
            {{"item", std::string(item)}, {"oordeel", std::string(core::judgements()[static_cast<size_t>(j)].id)}});
}

// A judgement chosen with a number key while the cell is focused or hovered: 1 veilig,
// 2 onveilig, 3 direct veiligstellen, 0 back to "not yet judged".
bool judgement_key(Judgement& out) {
    if (ImGui::GetIO().WantTextInput || ImGui::GetIO().KeyCtrl) return false;
    const Judgement keyed[] = {Judgement::Unknown, Judgement::Safe, Judgement::Unsafe, Judgement::SecureNow};
    for (int k = 0; k < 4; ++k)
        if (keys::pressed(keys::Digit1 - 1 + k, false) || keys::pressed(keys::Keypad1 - 1 + k, false)) {
            out = keyed[k];
            return true;
        }
    return false;
}

// --- the score: a big 1..10 scale with the 6 marked -----------------------------------------------
void score_scale(App& app, int score, float width) {
    const float fs = ImGui::GetFontSize();
    bold_text(tr(S::SafetyScore));
    const float gap = std::max(3.0f, fs * 0.25f);
    const float box_w = std::min(fs * 3.4f, (width - gap * 9) / 10);
    const float box_h = fs * 2.5f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int v = 1; v <= 10; ++v) {
        ImGui::PushID(v);
        const ImVec2 p0(origin.x + static_cast<float>(v - 1) * (box_w + gap) + (v >= 6 ? gap : 0), origin.y);
        const ImVec2 p1(p0.x + box_w, p0.y + box_h);
        ImGui::SetCursorScreenPos(p0);
        if (ImGui::InvisibleButton("##cijfer", ImVec2(box_w, box_h)) && v != score)
            app.act("veiligheid.score", "", {{"waarde", std::to_string(v)}});
        const bool hot = ImGui::IsItemHovered() || ImGui::IsItemFocused();
        if (tooltip_due()) ImGui::SetTooltip("%s %d", tr(S::SafetyScore), v);
        const bool good = v >= 6;
        const ImU32 strong = good ? colors::Good : colors::Bad;
        const ImU32 soft = good ? IM_COL32(223, 242, 225, 255) : IM_COL32(253, 226, 222, 255);
        const bool chosen = v == score;
        dl->AddRectFilled(p0, p1, chosen ? strong : soft, fs * 0.3f);
        dl->AddRect(p0, p1, hot || chosen ? strong : IM_COL32(0, 0, 0, 0), fs * 0.3f, 0, hot ? 3.0f : 1.5f);
        char num[4];
        std::snprintf(num, sizeof num, "%d", v);
        ImGui::PushFont(fonts().heading);
        const ImVec2 ts = ImGui::CalcTextSize(num);
        dl->AddText(ImVec2((p0.x + p1.x - ts.x) * 0.5f, (p0.y + p1.y - ts.y) * 0.5f), chosen ? IM_COL32(255, 255, 255, 255) : strong, num);
        ImGui::PopFont();
        ImGui::PopID();
    }
    // The 6: a thick mark where "sufficient" begins, and under each half what it means.
    const float six_x = origin.x + 5 * (box_w + gap) + gap * 0.5f;
    dl->AddLine(ImVec2(six_x, origin.y - fs * 0.2f), ImVec2(six_x, origin.y + box_h + fs * 0.3f), colors::Good, 3.0f);
    const float label_y = origin.y + box_h + fs * 0.3f;
    const char* low = tr(S::ScoreLowMark);
    const char* high = tr(S::ScoreSixMark);
    const float half = 5 * box_w + 4 * gap;
    dl->AddText(ImVec2(origin.x + std::max(0.0f, (half - ImGui::CalcTextSize(low).x) * 0.5f), label_y), colors::Bad, low);
    dl->AddText(ImVec2(six_x + gap * 0.5f + std::max(0.0f, (half - ImGui::CalcTextSize(high).x) * 0.5f), label_y), colors::Good,
                high);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, label_y + ImGui::GetTextLineHeightWithSpacing() + fs * 0.2f));
    // The state in words, so that "not scored yet" is as visible as a score.
    char status[200];
    ImU32 status_color = colors::Mixed;
    if (score == 0) std::snprintf(status, sizeof status, "%s", tr(S::NotScored));
    else {
        std::snprintf(status, sizeof status, "%d — %s", score, score < 6 ? tr(S::ScoreBelowSix) : tr(S::ScoreEnough));
        status_color = score < 6 ? colors::Bad : colors::Good;
    }
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, status_color);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(status);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// --- the matrix: family members (columns) × ARIJ items (rows) ------------------------------------
void matrix(App& app, const std::vector<const core::Person*>& members) {
    const core::Safety& safety = app.session()->state().analysis.safety;
    const auto items = core::safety_items();
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float label_w = std::clamp(avail * 0.34f, fs * 9, fs * 15);
    const float n = static_cast<float>(members.size());
    const float col_w = std::clamp((avail - label_w - style.ScrollbarSize) / n, fs * 5.5f, fs * 8.5f);
    const float cell_pad = fs * 0.3f;
    const float line = ImGui::GetTextLineHeight();

    // Row heights: the wrapped item label or the tallest cell text, whichever needs more.
    std::vector<float> row_h(items.size());
    for (size_t r = 0; r < items.size(); ++r) {
        float h = ImGui::CalcTextSize(term_name(items[r]), nullptr, false, label_w - cell_pad * 2).y;
        for (const core::Person* p : members) {
            const Judgement j = safety.judgement(p->id, std::string(items[r].id));
            if (j == Judgement::Unknown) continue;
            h = std::max(h, ImGui::CalcTextSize(term_name(core::judgements()[static_cast<size_t>(j)]), nullptr, false,
                                                col_w - cell_pad * 4).y);
        }
        row_h[r] = std::max(h + cell_pad * 2, line * 1.9f);
    }
    float header_h = 0;
    for (const core::Person* p : members) {
        char sub[96];
        std::snprintf(sub, sizeof sub, p->age >= 0 ? "%s, %d" : "%s", p->role.c_str(), p->age);
        header_h = std::max(header_h, line + ImGui::CalcTextSize(sub, nullptr, false, col_w - cell_pad).y);
    }
    header_h += cell_pad * 2;
    float total_h = header_h;
    for (float h : row_h) total_h += h;
    const float content_w = label_w + col_w * n;
    const bool scroll_x = content_w > avail - style.WindowPadding.x * 2;  // the bordered child's inner width
    ImGui::BeginChild("##matrix", ImVec2(0, total_h + style.WindowPadding.y * 2 + (scroll_x ? style.ScrollbarSize : 0)), true,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    // Header: names and roles.
    for (size_t c = 0; c < members.size(); ++c) {
        const core::Person* p = members[c];
        const float x = o.x + label_w + col_w * static_cast<float>(c);
        ImGui::PushFont(fonts().bold);
        const float name_w = ImGui::CalcTextSize(p->name.c_str()).x;
        dl->AddText(ImVec2(x + std::max(0.0f, (col_w - name_w) * 0.5f), o.y + cell_pad), ImGui::GetColorU32(ImGuiCol_Text),
                    p->name.c_str());
        ImGui::PopFont();
        char sub[96];
        std::snprintf(sub, sizeof sub, p->age >= 0 ? "%s, %d" : "%s", p->role.c_str(), p->age);
        const float sub_w = ImGui::CalcTextSize(sub).x;
        dl->AddText(ImGui::GetFont(), fs, ImVec2(x + std::max(cell_pad * 0.5f, (col_w - sub_w) * 0.5f), o.y + cell_pad + line),
                    colors::Muted, sub, nullptr, col_w - cell_pad);
    }
    float y = o.y + header_h;
    for (size_t r = 0; r < items.size(); ++r) {
        const core::Term& item = items[r];
        if (r % 2 == 0)
            dl->AddRectFilled(ImVec2(o.x - cell_pad, y), ImVec2(o.x + content_w, y + row_h[r]), IM_COL32(246, 248, 250, 255), fs * 0.2f);
        const float label_h = ImGui::CalcTextSize(term_name(item), nullptr, false, label_w - cell_pad * 2).y;
        dl->AddText(ImGui::GetFont(), fs, ImVec2(o.x, y + (row_h[r] - label_h) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                    term_name(item), nullptr, label_w - cell_pad * 2);
        ImGui::PushID(item.id.data(), item.id.data() + item.id.size());
        for (size_t c = 0; c < members.size(); ++c) {
            const core::Person* p = members[c];
            const std::string item_id(item.id);
            const Judgement j = safety.judgement(p->id, item_id);
            const ImVec2 p0(o.x + label_w + col_w * static_cast<float>(c) + cell_pad * 0.5f, y + cell_pad * 0.5f);
            const ImVec2 size(col_w - cell_pad, row_h[r] - cell_pad);
            ImGui::PushID(p->id.c_str());
            ImGui::SetCursorScreenPos(p0);
            bool act = false;
            Judgement to = next_judgement(j);
            if (ImGui::InvisibleButton("##cel", size)) act = true;
            const bool focused = ImGui::IsItemFocused(), hovered = ImGui::IsItemHovered();
            if ((focused || hovered) && judgement_key(to)) act = to != j;
            if (act) judge(app, p->id, item.id, to);
            const CellStyle cs = cell_style(j);
            const ImVec2 p1(p0.x + size.x, p0.y + size.y);
            dl->AddRectFilled(p0, p1, cs.bg, fs * 0.3f);
            dl->AddRect(p0, p1, focused || hovered ? colors::Accent : cs.border, fs * 0.3f, 0, focused || hovered ? 3.0f : 1.0f);
            const char* text = j == Judgement::Unknown ? "?" : term_name(core::judgements()[static_cast<size_t>(j)]);
            ImGui::PushFont(j == Judgement::SecureNow ? fonts().bold : fonts().body);
            const ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, size.x - cell_pad * 3);
            dl->AddText(ImGui::GetFont(), fs, ImVec2(p0.x + (size.x - ts.x) * 0.5f, p0.y + (size.y - ts.y) * 0.5f), cs.text, text,
                        nullptr, size.x - cell_pad * 3);
            ImGui::PopFont();
            if (tooltip_due()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(fs * 22);
                std::string tip = p->name + " · " + term_name(item) + ": " + term_name(core::judgements()[static_cast<size_t>(j)]);
                wrapped_text(tip.c_str(), 0, fonts().bold);
                wrapped_text(tr(S::CellKeysHint), colors::Muted);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
        ImGui::PopID();
        y += row_h[r];
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, y));
    ImGui::Dummy(ImVec2(content_w, 0));
    ImGui::EndChild();
}

// The four judgements as coloured chips, on a line of their own.
void legend() {
    const Judgement order[] = {Judgement::Safe, Judgement::Unsafe, Judgement::SecureNow, Judgement::Unknown};
    const float fs = ImGui::GetFontSize();
    const ImVec2 pad(fs * 0.5f, fs * 0.15f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float right = p.x + ImGui::GetContentRegionAvail().x;
    const float h = ImGui::GetTextLineHeight() + pad.y * 2;
    for (Judgement j : order) {
        const CellStyle cs = cell_style(j);
        const char* text = term_name(core::judgements()[static_cast<size_t>(j)]);
        const float w = ImGui::CalcTextSize(text).x + pad.x * 2;
        if (p.x + w > right && p.x > ImGui::GetCursorScreenPos().x) {
            p.x = ImGui::GetCursorScreenPos().x;
            p.y += h + fs * 0.3f;
        }
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), cs.bg, h * 0.5f);
        dl->AddRect(p, ImVec2(p.x + w, p.y + h), cs.border, h * 0.5f);
        dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), cs.text, text);
        p.x += w + fs * 0.4f;
    }
    ImGui::Dummy(ImVec2(0, p.y + h - ImGui::GetCursorScreenPos().y));
}

}  // namespace

namespace {
class SafetyBoard final : public View {
public:
    SafetyBoard() : View(Kind::Tab, "veiligheid") {}

protected:
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_safety_board() { return std::make_unique<SafetyBoard>(); }

void SafetyBoard::draw_content(App& app) {
    auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::Safety& safety = ctl.state().analysis.safety;
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    muted_text(tr(S::SafetyIntro));
    // The case's meter beside the trainee's taxatie, with what each means (issue 15).
    {
        const core::SessionState& st = ctl.state();
        const double meter = core::case_safety_at(sc, st);
        char line[160];
        if (meter >= 0) {
            std::snprintf(line, sizeof line, "%s: %g", tr(S::MeterName), meter);
            wrapped_colored(colors::Accent, line);
        }
        if (safety.score > 0) std::snprintf(line, sizeof line, "%s: %d", tr(S::TaxatieName), safety.score);
        else std::snprintf(line, sizeof line, "%s: %s", tr(S::TaxatieName), tr(S::NotScored));
        wrapped_colored(colors::Taxatie, line);
        muted_text(tr(S::SafetyConcept));
    }
    ImGui::Spacing();

    // Score and "what the 6 looks like" side by side when there is room, else stacked.
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side = avail > fs * 40;
    const float score_w = side ? std::min(avail * 0.5f, fs * 30) : avail;
    ImGui::BeginGroup();
    score_scale(app, safety.score, score_w);
    ImGui::EndGroup();
    if (side) ImGui::SameLine(0, style.ItemSpacing.x * 3);
    else ImGui::Spacing();
    ImGui::BeginGroup();
    const core::Term* six = core::find_term(core::safety_fields(), "zes");
    auto field_text = [&](std::string_view id) {
        auto it = safety.fields.find(std::string(id));
        return it == safety.fields.end() ? std::string() : it->second;
    };
    std::string committed;
    FieldOptions six_opts;
    six_opts.min_lines = 3;
    six_opts.hint = tr(S::SixHint);
    if (labelled_field(term_name(*six), "##zes", field_text("zes"), committed, six_opts))
        app.act("veiligheid.veld", "zes", {{"tekst", committed}});
    ImGui::EndGroup();

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    heading(tr(S::SafetyMatrix));
    std::vector<const core::Person*> members;
    for (const auto& id : core::safety_grid_persons(sc))
        if (const core::Person* p = sc.person(id)) members.push_back(p);
    bool secure_now = false;
    for (const auto& j : safety.judgements) secure_now |= j.judgement == Judgement::SecureNow;
    if (members.empty()) {
        muted_text(tr(S::NoFamilyMembers));
    } else {
        muted_text(tr(S::SafetyMatrixHint));
        legend();
        if (secure_now) wrapped_colored(colors::Bad, tr(S::SecureNowWarning));
        matrix(app, members);
    }

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    heading(tr(S::SafetyPlan));
    muted_text(tr(S::SafetyPlanIntro));
    ImGui::Spacing();
    // The plan's parts two by two: aanleiding | zorgen, krachten | afspraken, ondergrens | plan.
    std::vector<const core::Term*> parts;
    for (const auto& t : core::safety_fields())
        if (t.id != "zes") parts.push_back(&t);
    const bool two = ImGui::GetContentRegionAvail().x > fs * 30;
    const float col = two ? (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * 2) * 0.5f : -1;
    for (size_t i = 0; i < parts.size(); ++i) {
        const core::Term& t = *parts[i];
        if (two && i % 2 == 1) ImGui::SameLine(0, style.ItemSpacing.x * 2);
        ImGui::BeginGroup();
        ImGui::PushID(t.id.data(), t.id.data() + t.id.size());
        FieldOptions o;
        o.width = col;
        o.min_lines = 3;
        if (labelled_field(term_name(t), "##veld", field_text(t.id), committed, o))
            app.act("veiligheid.veld", std::string(t.id), {{"tekst", committed}});
        ImGui::PopID();
        ImGui::EndGroup();
        if (!two || i % 2 == 1) ImGui::Spacing();
    }
    muted_text(tr(S::FieldKeysHint));
}

}  // namespace lwp::ui
