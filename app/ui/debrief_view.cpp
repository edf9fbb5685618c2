// Nabespreking (debrief): the pillar radar, a bar per building block, the ledger grouped by
// building block with the why and the evidence, and the trainee's analysis beside the expert's.
// Locked until the case has reached an ending, solo and in a workshop: criterion texts and the
// trainer's reference name later events, and the method is learnt by working through the case.
// (The facilitator follows the live ledger in the facilitator panel, never on the projector.)
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/model/building_blocks.hpp"
#include "core/report/report.hpp"
#include "core/store/catalogue.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr float kPi = 3.14159265f;

ImU32 score_color(double f) { return f < 0.5 ? colors::Bad : f < 0.75 ? colors::Mixed : colors::Good; }

const char* block_name(std::string_view id) {
    const core::BuildingBlock* b = core::find_building_block(id);
    if (!b) return "";
    return language() == core::Lang::En ? b->name_en.data() : b->name_nl.data();
}

// Four pillars on four axes; the polygon shows the share earned of what was assessed. Each label
// sits beyond its axis' end, on the side the axis points to (above the top axis, left of the left
// one), so the rings can take all the width the labels leave; the chart is as high as it needs.
struct RadarLabel {
    std::string text;
    ImVec2 size;
    float wrap = 0;  // the width it wraps at (large text in a narrow column)
    float cos = 0, sin = 0;
    // How much of the label lies beyond its anchor point, across and along: a label on a side
    // axis lies wholly outside it, one on the top or bottom axis half to each side.
    float out_x() const { return std::fabs(cos) > 0.3f ? size.x : size.x * 0.5f; }
    float out_y() const { return std::fabs(sin) > 0.3f ? size.y : size.y * 0.5f; }
};

// The labels, each wrapped to the room it has beside the smallest rings the chart allows.
std::vector<RadarLabel> radar_labels(const core::ScoreReport& r, float width, float min_radius, float gap) {
    std::vector<RadarLabel> labels;
    const size_t n = r.pillars.size();
    for (size_t i = 0; i < n; ++i) {
        const auto& p = r.pillars[i];
        RadarLabel l;
        char pct[32];
        if (p.assessed()) std::snprintf(pct, sizeof pct, "%.0f%%", p.fraction() * 100);
        else std::snprintf(pct, sizeof pct, "–");
        l.text = std::string(core::pillar_name(p.pillar, language() == core::Lang::En)) + "\n" + pct;
        const float a = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
        l.cos = std::cos(a);
        l.sin = std::sin(a);
        l.wrap = std::fabs(l.cos) > 0.3f ? width * 0.5f - (min_radius + gap) * std::fabs(l.cos) : width;
        l.wrap = std::max(l.wrap, ImGui::GetFontSize() * 3);
        l.size = ImGui::CalcTextSize(l.text.c_str(), nullptr, false, l.wrap);
        labels.push_back(std::move(l));
    }
    return labels;
}

void radar(const core::ScoreReport& r, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const size_t n = r.pillars.size();
    const float gap = ImGui::GetFontSize() * 0.5f;
    const float min_radius = ImGui::GetFontSize() * 2.5f;
    const std::vector<RadarLabel> labels = radar_labels(r, width, min_radius, gap);
    // The largest radius at which every label still fits in the width, at most a third of it.
    float radius = width * 0.34f;
    for (const auto& l : labels)
        if (std::fabs(l.cos) > 0.01f) radius = std::min(radius, (width * 0.5f - l.out_x()) / std::fabs(l.cos) - gap);
    radius = std::max(radius, min_radius);
    float above = radius, below = radius;  // the chart's extent over and under its centre
    for (const auto& l : labels) {
        const float reach = (radius + gap) * std::fabs(l.sin) + l.out_y();
        (l.sin < 0 ? above : below) = std::max(l.sin < 0 ? above : below, reach);
    }
    const ImVec2 c(origin.x + width * 0.5f, origin.y + above);
    auto point = [&](size_t i, float f) { return ImVec2(c.x + labels[i].cos * radius * f, c.y + labels[i].sin * radius * f); };
    for (float ring : {0.25f, 0.5f, 0.75f, 1.0f}) {
        for (size_t i = 0; i < n; ++i) dl->AddLine(point(i, ring), point((i + 1) % n, ring), IM_COL32(210, 214, 219, 255), 1.0f);
    }
    for (size_t i = 0; i < n; ++i) dl->AddLine(c, point(i, 1.0f), IM_COL32(210, 214, 219, 255), 1.0f);
    std::vector<ImVec2> poly;
    for (size_t i = 0; i < n; ++i)
        poly.push_back(point(i, r.pillars[i].assessed() ? std::max(0.04f, static_cast<float>(r.pillars[i].fraction())) : 0.0f));
    for (size_t i = 0; i < n; ++i) dl->AddTriangleFilled(c, poly[i], poly[(i + 1) % n], IM_COL32(26, 95, 122, 70));
    dl->AddPolyline(poly.data(), static_cast<int>(poly.size()), colors::Accent, ImDrawFlags_Closed, 3.0f);
    for (size_t i = 0; i < n; ++i) {
        const auto& p = r.pillars[i];
        const RadarLabel& l = labels[i];
        const ImVec2 at(c.x + l.cos * (radius + gap), c.y + l.sin * (radius + gap));
        // Right of the anchor for an axis pointing right, left of it for one pointing left, centred
        // otherwise; above it for one pointing up, below for one pointing down.
        const float x = l.cos > 0.3f ? at.x : l.cos < -0.3f ? at.x - l.size.x : at.x - l.size.x * 0.5f;
        const float y = l.sin > 0.3f ? at.y : l.sin < -0.3f ? at.y - l.size.y : at.y - l.size.y * 0.5f;
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x, y), p.assessed() ? score_color(p.fraction()) : colors::Muted,
                    l.text.c_str(), nullptr, l.wrap);
        if (p.assessed()) dl->AddCircleFilled(poly[i], 5.0f, colors::Accent);
    }
    ImGui::Dummy(ImVec2(width, above + below));
}

// One horizontal bar per building block; grey with "niet beoordeeld" when nothing was assessed.
void block_bars(const core::ScoreReport& r, float width) {
    const float bar_h = ImGui::GetTextLineHeight();
    float label_w = 0;
    for (const auto& b : r.blocks)
        if (b.trained()) label_w = std::max(label_w, ImGui::CalcTextSize(block_name(b.block)).x);
    label_w = std::min(label_w + ImGui::GetFontSize(), width * 0.6f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;  // the case does not train it
        const ImVec2 p = ImGui::GetCursorScreenPos();
        // A name longer than its column wraps inside it instead of running under the bar.
        const float wrap = label_w - ImGui::GetFontSize() * 0.5f;
        const float row_h = std::max(bar_h, ImGui::CalcTextSize(block_name(b.block), nullptr, false, wrap).y);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), p, ImGui::GetColorU32(ImGuiCol_Text), block_name(b.block), nullptr, wrap);
        const ImVec2 bar0(p.x + label_w, p.y + 2), bar1(p.x + width - ImGui::GetFontSize() * 3.5f, p.y + bar_h - 2);
        dl->AddRectFilled(bar0, bar1, IM_COL32(232, 235, 238, 255), 3.0f);
        char value[48];
        if (b.assessed()) {
            const float f = static_cast<float>(b.fraction());
            dl->AddRectFilled(bar0, ImVec2(bar0.x + (bar1.x - bar0.x) * f, bar1.y), score_color(f), 3.0f);
            std::snprintf(value, sizeof value, "%.0f%%", f * 100);
        } else {
            std::snprintf(value, sizeof value, "–");
            dl->AddText(ImVec2(bar0.x + 6, p.y), colors::Muted, tr(S::NotAssessed));
        }
        dl->AddText(ImVec2(bar1.x + 8, p.y), b.assessed() ? score_color(b.fraction()) : colors::Muted, value);
        ImGui::Dummy(ImVec2(width, row_h));
        ImGui::Spacing();
    }
}

// "Stap ‘Huisbezoek’, februari 2024" for an action in the log.
std::string where_in_case(App& app, size_t action) {
    const auto& ctl = *app.session();
    if (action >= ctl.session().actions.size()) return {};
    const core::Step* step = ctl.scenario().step(ctl.session().actions[action].step);
    if (!step) return {};
    std::string out = step->title.get(language());
    if (step->date.valid()) out += ", " + step->date.display(language());
    return out;
}

void ledger(App& app, const core::ScoreReport& r) {
    const core::Lang lang = language();
    heading(tr(S::Ledger));
    if (r.ledger.empty()) {
        muted_text(tr(S::NoCriteria));
        return;
    }
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;
        char title[160];
        if (b.assessed()) std::snprintf(title, sizeof title, "%s — %.0f%%###%s", block_name(b.block), b.fraction() * 100, b.block.data());
        else std::snprintf(title, sizeof title, "%s — %s###%s", block_name(b.block), tr(S::NotAssessed), b.block.data());
        ImGui::PushFont(fonts().bold);
        const bool open = wrapping_header(title, true);
        ImGui::PopFont();
        if (!open) continue;
        ImGui::Indent();
        for (const auto& e : r.ledger) {
            const core::Criterion& c = *e.criterion;
            if (c.block != b.block) continue;
            ImGui::PushID(c.id.c_str());
            // An entry outside the visible part is skipped with its height from the last frame.
            float y = 0;
            if (skip_if_out_of_view("##h", y)) {
                ImGui::PopID();
                continue;
            }
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float dot = ImGui::GetFontSize() * 0.35f;
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + dot, p.y + ImGui::GetTextLineHeight() * 0.5f), dot, status_color(e.status));
            ImGui::Indent(dot * 3);
            ImGui::PushFont(fonts().bold);
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(c.text.get(lang).c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopFont();
            char line[96];
            if (e.status == core::Status::Error) std::snprintf(line, sizeof line, "%s", status_label(e.status));
            else std::snprintf(line, sizeof line, "%s · %g/%g %s", status_label(e.status), e.earned, c.weight, tr(S::Points));
            wrapped_colored(status_color(e.status), line);
            if (e.status == core::Status::Met || e.status == core::Status::Missed) rich_text(app, core::entry_feedback(e, lang), "##fb");
            else if (e.status == core::Status::Error) wrapped_colored(colors::Bad, core::entry_note(e, lang).c_str());
            else if (!e.note.empty()) muted_text(core::entry_note(e, lang).c_str());
            for (const auto& ev : e.evidence) {
                std::string text = "• " + core::evidence_text(ev, lang);
                if (std::string w = where_in_case(app, ev.action); !w.empty()) text += "  (" + w + ")";
                muted_text(text.c_str());
            }
            if (!c.rationale.empty()) {
                std::string why = std::string(tr(S::Why)) + ": " + c.rationale.get(lang);
                wrapped_colored(colors::Accent, why.c_str());
            }
            citation_links(app, c.sources, "##bron");
            ImGui::Unindent(dot * 3);
            ImGui::Spacing();
            remember_height("##h", ImGui::GetCursorPosY() - y);
            ImGui::PopID();
        }
        ImGui::Unindent();
    }
}

void artefacts(App& app) {
    heading(tr(S::Compare));
    const auto& rows = app.sessions().comparison();
    if (rows.empty()) {
        muted_text(tr(S::NoReference));
        return;
    }
    for (const auto& board : core::boards()) {
        bool any = false;
        for (const auto& r : rows) any = any || r.board == board.id;
        if (!any) continue;
        bold_text(term_name(board));
        ImGui::PushID(board.id.data());
        if (ImGui::BeginTable("##vergelijk", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn(tr(S::Expert), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn(tr(S::Yours), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("##oordeel", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
            ImGui::TableHeadersRow();
            for (const auto& r : rows) {
                if (r.board != board.id) continue;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushTextWrapPos(0);
                ImGui::TextUnformatted(core::phrase_text(r.expert, language()).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(core::phrase_text(r.trainee, language()).c_str());
                if (!r.note.empty()) ImGui::TextDisabled("%s", core::phrase_text(r.note, language()).c_str());
                ImGui::PopTextWrapPos();
                ImGui::TableNextColumn();
                const ImU32 col = r.match == core::Match::Found ? colors::Good : r.match == core::Match::Missed ? colors::Bad
                                : r.match == core::Match::Misplaced ? colors::Mixed : colors::Muted;
                const char* label = r.match == core::Match::Found ? tr(S::MatchFound) : r.match == core::Match::Missed ? tr(S::MatchMissed)
                                  : r.match == core::Match::Misplaced ? tr(S::MatchMisplaced) : tr(S::MatchExtra);
                ImGui::TextColored(to_vec4(col), "%s", label);
            }
            ImGui::EndTable();
        }
        ImGui::PopID();
        ImGui::Spacing();
    }
}

void locked(App&) {
    ImGui::Spacing();
    lock_icon(colors::Muted);
    ImGui::PushFont(fonts().bold);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(S::DebriefLocked));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(S::DebriefLockedText));
    ImGui::PopTextWrapPos();
}

// Beside the percentage over what the route made assessable: the share of the case's whole
// maximum, and what an early ending left unassessed.
void fair_comparison(const core::ScoreReport& r) {
    if (r.case_max <= 0) return;
    char line[256];
    std::snprintf(line, sizeof line, tr(S::CaseShareText), r.earned_of_case() * 100, r.earned, r.case_max, r.reached() * 100);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted((std::string(tr(S::CaseShare)) + ": " + line).c_str());
    ImGui::PopTextWrapPos();
    std::vector<const core::LedgerEntry*> left;
    for (const auto& e : r.ledger)
        if (e.status == core::Status::NotAssessed) left.push_back(&e);
    if (left.empty()) return;
    muted_text(tr(S::EarlyEnd));
    // A short list is shown; a long one (a route that ended early) is one click away, so the
    // chart and the ledger stay on the first screen.
    char show[96];
    std::snprintf(show, sizeof show, tr(S::EarlyEndShow), left.size());
    if (left.size() > 3 && !ImGui::TreeNode("##niet_beoordeeld", "%s", show)) return;
    ImGui::Indent();
    for (const auto* e : left) muted_text(("• " + e->criterion->text.get(language())).c_str());
    ImGui::Unindent();
    if (left.size() > 3) ImGui::TreePop();
}

}  // namespace

bool debrief_locked(const core::SessionState& st) { return !st.finished(); }

namespace {
class DebriefTab final : public View {
public:
    DebriefTab() : View(Kind::Tab, "nabespreking") {}
    const char* locked_reason(App& app) override { return debrief_locked(app.session()->state()) ? tr(S::DebriefLocked) : nullptr; }
protected:
    void draw_content(App& app) override;
    S tab_text() const override { return S::TabDebrief; }
};
}  // namespace

std::unique_ptr<View> make_debrief_tab() { return std::make_unique<DebriefTab>(); }

void DebriefTab::draw_content(App& app) {
    const core::SessionState& st = app.session()->state();
    if (debrief_locked(st)) {
        heading(tr(S::TabDebrief));
        locked(app);
        return;
    }
    const core::ScoreReport& r = app.sessions().score_report();
    heading(tr(S::DebriefFinal));
    if (r.incomplete()) {
        char line[512];
        std::snprintf(line, sizeof line, tr(r.broken == 1 ? S::DebriefIncompleteOne : S::DebriefIncompleteMany), r.broken);
        ImGui::PushFont(fonts().bold);
        wrapped_colored(colors::Bad, line);
        ImGui::PopFont();
    }
    char total[128];
    if (r.max > 0) std::snprintf(total, sizeof total, "%s: %.0f%% (%g/%g %s)", tr(S::ScoreOverall), r.fraction() * 100, r.earned, r.max, tr(S::Points));
    else std::snprintf(total, sizeof total, "%s: –", tr(S::ScoreOverall));
    bold_text(total);
    fair_comparison(r);
    ImGui::Spacing();
    const float width = ImGui::GetContentRegionAvail().x;
    // Radar and bars side by side when there is room, else one below the other.
    const bool side = width >= ImGui::GetFontSize() * 34;
    const float radar_width = side ? std::min(width * 0.4f, ImGui::GetFontSize() * 20) : std::min(width, ImGui::GetFontSize() * 20);
    ImGui::BeginGroup();
    bold_text(tr(S::Pillars));
    radar(r, radar_width);
    ImGui::EndGroup();
    if (side) ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::BeginGroup();
    bold_text(tr(S::PerBlock));
    block_bars(r, ImGui::GetContentRegionAvail().x);
    ImGui::EndGroup();
    ImGui::Separator();
    ImGui::Spacing();
    ledger(app, r);
    ImGui::Spacing();
    ImGui::Separator();
    artefacts(app);
}

}  // namespace lwp::ui
