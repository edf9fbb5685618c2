// Mijn voortgang: a dated chart of the scores over time (all building blocks together, or the one
// picked), per building block its recent average and how often it was assessed, the latest
// sessions, and a suggestion for what to practise next. Readable with a year of sessions: the
// dots get smaller (at most 90, each then the mean of a few sessions) and the running average
// carries the trend.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "core/model/building_blocks.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/view.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

ImU32 score_color(double f) { return f < 0.5 ? colors::Bad : f < 0.75 ? colors::Mixed : colors::Good; }

std::string block_name(size_t b, core::Lang lang) {
    if (b == core::kAllBlocks) return tr(S::PgAllBlocks);
    const auto blocks = core::building_blocks();
    return std::string(lang == core::Lang::En ? blocks[b].name_en : blocks[b].name_nl);
}

std::string date_only(std::int64_t when) {
    const std::string t = format_time(when);  // "dd-mm-jjjj uu:mm"
    return t.substr(0, t.find(' '));
}

// What the view keeps between frames so a frame only draws (issue 22.3): the date line under each
// of the latest sessions ("12-03-2026 · afgerond"; format_time goes through localtime, which
// checks the time zone file on every call), and the dated ticks of the last range drawn
// (time_ticks walks the local calendar with mktime), each remade only when what it shows changed.
struct ProgressCaches {
    struct Line {
        std::int64_t when = 0;
        bool finished = false, set = false;
        core::Lang lang = core::Lang::Nl;
        std::string text;
    };
    std::vector<Line> lines;
    struct Ticks {
        std::int64_t t0 = 0, t1 = -1;
        int max_ticks = 0;
        core::Lang lang = core::Lang::Nl;
        std::vector<core::TimeTick> ticks;
    } ticks;

    const std::string& recent_line(size_t row, const core::SessionScore& s, core::Lang lang) {
        if (lines.size() <= row) lines.resize(row + 1);
        Line& l = lines[row];
        if (!l.set || l.when != s.when || l.finished != s.finished || l.lang != lang) {
            l.text = date_only(s.when) + " · " + tr(s.finished ? S::Finished : S::InProgress);
            l.when = s.when, l.finished = s.finished, l.lang = lang, l.set = true;
        }
        return l.text;
    }
    const std::vector<core::TimeTick>& ticks_for(std::int64_t t0, std::int64_t t1, int max_ticks, core::Lang lang) {
        if (ticks.t0 != t0 || ticks.t1 != t1 || ticks.max_ticks != max_ticks || ticks.lang != lang) {
            ticks.ticks = core::time_ticks(t0, t1, max_ticks, lang);
            ticks.t0 = t0, ticks.t1 = t1, ticks.max_ticks = max_ticks, ticks.lang = lang;
        }
        return ticks.ticks;
    }
};

// The chart: y 0..100 % with grid lines, x from the first to the last session with dated ticks.
// `line` is computed with the progress (core::chart_line): a frame only draws it.
void chart(App& app, ProgressCaches& caches, const core::Progress& p, const core::ChartLine& line, ImVec2 size) {
    const core::Lang lang = language();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    if (line.assessed == 0) {
        ImGui::GetWindowDrawList()->AddText(ImVec2(o.x, o.y), colors::Muted, tr(S::PgNoPoints));
        return;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float f = ImGui::GetFontSize();
    const float left = ImGui::CalcTextSize("100%").x + f * 0.6f, bottom = ImGui::GetTextLineHeight() * 1.6f;
    const ImVec2 a(o.x + left, o.y + f * 0.5f), b(o.x + size.x - f * 0.8f, o.y + size.y - bottom);  // plot area
    dl->AddRectFilled(a, b, colors::CardBg, 3.0f);
    for (int pct = 0; pct <= 100; pct += 25) {
        const float y = b.y - (b.y - a.y) * static_cast<float>(pct) / 100.0f;
        dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), IM_COL32(220, 224, 228, 255), pct == 50 ? 1.5f : 1.0f);
        char label[8];
        std::snprintf(label, sizeof label, "%d%%", pct);
        const ImVec2 ts = ImGui::CalcTextSize(label);
        dl->AddText(ImVec2(a.x - ts.x - f * 0.3f, y - ts.y * 0.5f), colors::Muted, label);
    }
    // Time range with half a day of room on both sides (one session: a day around it).
    const std::int64_t t0 = line.first - 43200, t1 = std::max(line.last + 43200, t0 + 86400);
    auto x_of = [&](std::int64_t t) { return a.x + (b.x - a.x) * static_cast<float>(static_cast<double>(t - t0) / static_cast<double>(t1 - t0)); };
    auto y_of = [&](double v) { return b.y - (b.y - a.y) * static_cast<float>(v); };
    const int max_ticks = std::max(2, static_cast<int>((b.x - a.x) / (f * 6.5f)));
    float last_label_end = -1e9f;
    for (const auto& tick : caches.ticks_for(t0, t1, max_ticks, lang)) {
        const float x = x_of(tick.when);
        dl->AddLine(ImVec2(x, b.y), ImVec2(x, b.y + f * 0.3f), colors::Muted);
        dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), IM_COL32(236, 239, 242, 255));
        const ImVec2 ts = ImGui::CalcTextSize(tick.label.c_str());
        const float lx = std::clamp(x - ts.x * 0.5f, o.x, o.x + size.x - ts.x);
        if (lx < last_label_end + f * 0.5f) continue;  // never two labels on top of each other
        dl->AddText(ImVec2(lx, b.y + f * 0.35f), colors::Muted, tick.label.c_str());
        last_label_end = lx + ts.x;
    }
    // The trend (running mean), then the sessions as dots; smaller dots when there are many (at
    // most core::kMaxChartDots, beyond that a dot is the mean of the sessions around it).
    std::vector<ImVec2> trend;
    trend.reserve(line.trend.size());
    for (const auto& t : line.trend) trend.emplace_back(x_of(t.when), y_of(t.value));
    if (trend.size() > 1) dl->AddPolyline(trend.data(), static_cast<int>(trend.size()), colors::Accent, 0, std::max(2.0f, f * 0.15f));
    const float r = line.assessed > 60 ? f * 0.16f : line.assessed > 20 ? f * 0.22f : f * 0.3f;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const core::ChartPoint* hovered = nullptr;
    float best = f * 0.6f;
    const bool window_hovered = ImGui::IsWindowHovered();
    for (const auto& dot : line.dots) {
        const ImVec2 c(x_of(dot.when), y_of(dot.value));
        // Segments 0: ImGui's cached circle vertices for this size (a fixed count computes sin/cos
        // per vertex, 75 dots a frame with a year of sessions).
        dl->AddCircleFilled(c, r, score_color(dot.value), 0);
        const float d = std::hypot(mouse.x - c.x, mouse.y - c.y);
        if (window_hovered && d < best) best = d, hovered = &dot.last;
    }
    if (hovered && hovered->session < p.sessions.size()) {
        const core::SessionScore& s = p.sessions[hovered->session];
        const auto* entry = app.find_scenario(s.scenario);
        ImGui::BeginTooltip();
        bold_text((entry ? entry->scenario->meta.title.get(lang) : s.scenario).c_str());
        ImGui::Text("%s · %.0f%% · %s", date_only(s.when).c_str(), hovered->value * 100, tr(s.finished ? S::Finished : S::InProgress));
        ImGui::EndTooltip();
    }
}

class ProgressScreen final : public View {
public:
    ProgressScreen() : View(Kind::Screen, "voortgang") {}
    bool is_screen(Screen s) const override { return s == Screen::Progress; }

protected:
    void draw_content(App& app) override;

private:
    ProgressCaches caches_;
};

}  // namespace

std::unique_ptr<View> make_progress_screen() { return std::make_unique<ProgressScreen>(); }

void ProgressScreen::draw_content(App& app) {
    ProgressCaches& caches = caches_;
    const core::Lang lang = language();
    if (ImGui::Button(tr(S::BackToLibrary))) {
        app.show_library();
        return;
    }
    ImGui::SameLine();
    heading(tr(S::MyProgress));
    muted_text(tr(S::ProgressIntro));
    ImGui::Spacing();
    const core::Progress& p = app.sessions().progress();
    if (p.sessions.empty()) {
        muted_text(tr(S::ProgressEmpty));
        return;
    }
    ImGui::BeginChild("##voortgang_inhoud", ImVec2(0, 0), false);  // scrolls as a whole on a small screen
    if (!p.weakest_block.empty()) {
        const core::BuildingBlock* b = core::find_building_block(p.weakest_block);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(colors::FeedbackBg));
        ImGui::BeginChild("##suggestie", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 2.4f + ImGui::GetStyle().WindowPadding.y * 2), true, ImGuiWindowFlags_NoScrollbar);
        bold_text(tr(S::Suggestion));
        std::string text = std::string(tr(S::SuggestionText)) + " ‘" + std::string(b ? (lang == core::Lang::En ? b->name_en : b->name_nl) : "") + "’.";
        ImGui::TextUnformatted(text.c_str());
        if (const auto* entry = app.find_scenario(p.suggested_scenario)) {
            std::string label = std::string(tr(S::TryCase)) + ": " + entry->scenario->meta.title.get(lang);
            flow(button_width(label.c_str()));
            if (ImGui::SmallButton(label.c_str()))
                for (size_t i = 0; i < app.library().size(); ++i)
                    if (&app.library()[i] == entry) app.start_session(i);
        }
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }

    // Which line the chart shows: kept in the window's state storage (-1: all blocks).
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("##bouwsteen");
    const int picked = storage->GetInt(key, -1);
    const size_t block = picked < 0 ? core::kAllBlocks : static_cast<size_t>(picked);
    heading((std::string(tr(S::Session)) + ": " + block_name(block, lang)).c_str());
    char hint[320];
    std::snprintf(hint, sizeof hint, tr(S::PgChartHint), static_cast<int>(p.line(block).window));
    muted_text(hint);
    const float chart_h = std::clamp(ImGui::GetContentRegionAvail().y * 0.45f, ImGui::GetFontSize() * 10, ImGui::GetFontSize() * 18);
    chart(app, caches, p, p.line(block), ImVec2(ImGui::GetContentRegionAvail().x, chart_h));
    ImGui::Spacing();

    const bool side_by_side = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 50;
    const float table_w = side_by_side ? ImGui::GetContentRegionAvail().x * 0.62f : 0.0f;
    ImGui::BeginGroup();
    if (ImGui::BeginTable("##voortgang", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                          ImVec2(table_w, 0))) {
        ImGui::TableSetupColumn(tr(S::BuildingBlocks), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(tr(S::Recent), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(S::PgAssessedIn), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        const auto blocks = core::building_blocks();
        for (size_t b = 0; b <= blocks.size(); ++b) {
            const size_t id = b == 0 ? core::kAllBlocks : b - 1;  // the total first
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(b));
            const std::string name = block_name(id, lang);
            ImGui::PushTextWrapPos(0);
            if (ImGui::Selectable(name.c_str(), id == block, ImGuiSelectableFlags_SpanAllColumns))
                storage->SetInt(key, id == core::kAllBlocks ? -1 : static_cast<int>(id));
            ImGui::PopTextWrapPos();
            ImGui::PopID();
            ImGui::TableNextColumn();
            const core::ChartLine& line = p.line(id);
            const double recent = line.recent;
            if (recent >= 0) ImGui::TextColored(to_vec4(score_color(recent)), "%.0f%%", recent * 100);
            else ImGui::TextDisabled("%s", tr(S::NotAssessed));
            ImGui::TableNextColumn();
            ImGui::Text("%zu %s", line.assessed, tr(S::PgSessions));
        }
        ImGui::EndTable();
    }
    ImGui::EndGroup();
    if (side_by_side) ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::BeginGroup();
    bold_text(tr(S::PgLastSessions));
    const size_t shown = std::min<size_t>(10, p.sessions.size());
    for (size_t i = 0; i < shown; ++i) {
        const core::SessionScore& s = p.sessions[p.sessions.size() - 1 - i];
        const auto* entry = app.find_scenario(s.scenario);
        const std::string title = entry ? entry->scenario->meta.title.get(lang) : s.scenario;
        ImGui::TextColored(to_vec4(score_color(s.total)), "%3.0f%%", s.total * 100);
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopTextWrapPos();
        muted_text(caches.recent_line(i, s, lang).c_str());
    }
    ImGui::EndGroup();
    ImGui::EndChild();
}

}  // namespace lwp::ui
