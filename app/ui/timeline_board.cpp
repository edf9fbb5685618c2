// The timeline board (bouwsteen.tijdlijn): discovered facts and the trainee's own entries on a
// chronological, zoomable time axis with four lanes (life events, help with its result, decisions,
// reports and concerns), the aanleiding marks (first, latest, worst) and the help-request fields.
// The board only reads the session state and emits "tijdlijn.*" actions.
//
// This file: the canvas (axis, lanes, cards, the undated column, drop target, zoom), the toolbar
// and the board itself. The panel beside the canvas is in timeline_panel.cpp; the view state
// and the small helpers both use are timeline_parts.{hpp,cpp}.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>

#include "core/layout/timeline_layout.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/dragdrop.hpp"
#include "ui/keys.hpp"
#include "ui/timeline_parts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

using namespace timeline_detail;

namespace {

// ---------------------------------------------------------------------------------------------
// The canvas
// ---------------------------------------------------------------------------------------------

struct Geometry {
    float f = 19;
    float axis_h = 0;
    ImVec2 origin;        // screen position of content (0, 0), scrolled
    ImRect clip;          // visible inner rect of the canvas
    float column_right = 0;  // screen x where the dated area starts to be visible (after the undated column)
    float dated_x0 = 0;   // content x of the time axis' x = 0
    float lanes_y0 = 0;   // screen y of the lanes area's y = 0
    float month_w = 0;
    float gutter = 0;     // room before and after the dated span

    float x_of(float units) const { return origin.x + dated_x0 + units; }
    ImRect lanes_view() const { return ImRect(column_right, clip.Min.y + axis_h, clip.Max.x, clip.Max.y); }
};

void draw_marks(ImDrawList* dl, const ImRect& r, const core::Timeline& tl, const std::string& id) {
    struct Mark {
        const std::string* entry;
        S label;
        ImU32 color;
    };
    const Mark marks[] = {{&tl.worst, S::TlMarkWorst, kMarkWorst}, {&tl.latest, S::TlMarkLatest, kMarkLatest},
                          {&tl.first, S::TlMarkFirst, kMarkFirst}};
    ImFont* bold = fonts().bold;
    const float size = ImGui::GetFontSize() * 0.85f;
    float right = r.Max.x - size * 0.4f;
    for (const Mark& m : marks) {
        if (*m.entry != id) continue;
        const char* text = tr(m.label);
        const ImVec2 ts = bold->CalcTextSizeA(size, FLT_MAX, 0, text);
        const ImVec2 pad(size * 0.45f, size * 0.12f);
        const ImRect pill(right - ts.x - pad.x * 2, r.Min.y - ts.y * 0.6f, right, r.Min.y - ts.y * 0.6f + ts.y + pad.y * 2);
        dl->AddRectFilled(pill.Min, pill.Max, m.color, pill.GetHeight() * 0.5f);
        dl->AddRect(pill.Min, pill.Max, IM_COL32_WHITE, pill.GetHeight() * 0.5f, 0, 1.5f);
        dl->AddText(bold, size, ImVec2(pill.Min.x + pad.x, pill.Min.y + pad.y), IM_COL32_WHITE, text);
        right = pill.Min.x - size * 0.25f;
    }
}

void draw_page_icon(ImDrawList* dl, ImVec2 br, float f, ImU32 col) {
    const float w = f * 0.5f, h = f * 0.62f, fold = f * 0.17f;
    const ImVec2 a(br.x - w, br.y - h);
    dl->PathLineTo(a);
    dl->PathLineTo(ImVec2(br.x - fold, a.y));
    dl->PathLineTo(ImVec2(br.x, a.y + fold));
    dl->PathLineTo(br);
    dl->PathLineTo(ImVec2(a.x, br.y));
    dl->PathFillConvex(IM_COL32_WHITE);
    dl->PathLineTo(a);
    dl->PathLineTo(ImVec2(br.x - fold, a.y));
    dl->PathLineTo(ImVec2(br.x, a.y + fold));
    dl->PathLineTo(br);
    dl->PathLineTo(ImVec2(a.x, br.y));
    dl->PathStroke(col, ImDrawFlags_Closed, 1.3f);
    for (int i = 1; i <= 2; ++i)
        dl->AddLine(ImVec2(a.x + w * 0.2f, a.y + h * 0.3f * static_cast<float>(i) + h * 0.1f),
                    ImVec2(br.x - w * 0.2f, a.y + h * 0.3f * static_cast<float>(i) + h * 0.1f), col, 1.0f);
}

void dashed_rect(ImDrawList* dl, const ImRect& r, ImU32 col, float dash, float thickness) {
    auto line = [&](ImVec2 a, ImVec2 b) {
        const float len = std::hypot(b.x - a.x, b.y - a.y);
        const ImVec2 d((b.x - a.x) / len, (b.y - a.y) / len);
        for (float t = 0; t < len; t += dash * 2)
            dl->AddLine(ImVec2(a.x + d.x * t, a.y + d.y * t), ImVec2(a.x + d.x * std::min(t + dash, len), a.y + d.y * std::min(t + dash, len)),
                        col, thickness);
    };
    line(r.Min, ImVec2(r.Max.x, r.Min.y));
    line(ImVec2(r.Max.x, r.Min.y), r.Max);
    line(r.Max, ImVec2(r.Min.x, r.Max.y));
    line(ImVec2(r.Min.x, r.Max.y), r.Min);
}

void card_tooltip(const core::Scenario& sc, const core::Timeline& tl, const core::TimelineEntry& e) {
    const core::Lang lang = language();
    const core::Fact* f = fact_of(sc, e);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    std::string head = std::string(lane_name(static_cast<size_t>(e.lane))) + " · " + (e.date.valid() ? e.date.display(lang) : tr(S::TlUndated));
    wrapped_colored(lane_color(static_cast<int>(e.lane)), head.c_str());
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(entry_text(sc, e).c_str());
    ImGui::PopFont();
    if (!e.agency.empty() || !e.result.empty()) {
        std::string help = std::string(tr(S::TlAgency)) + ": " + e.agency + "\n" + tr(S::TlResult) + ": " + entry_result(sc, e);
        ImGui::TextUnformatted(help.c_str());
    }
    if (f && !e.text.empty() && e.text != f->text.get(lang)) {
        std::string orig = std::string(tr(S::TlFactText)) + ": " + f->text.get(lang);
        muted_text(orig.c_str());
    }
    if (f) {
        const core::Document* doc = f->source.empty() ? nullptr : sc.document(f->source);
        std::string src = std::string(tr(S::TlSource)) + ": " + (doc ? doc->title.get(lang) : std::string(tr(S::TlSourceCase)));
        muted_text(src.c_str());
    } else {
        muted_text(tr(S::TlOwnEntryNote));
    }
    if (!e.persons.empty()) muted_text(persons_line(sc, e).c_str());
    std::string marks;
    for (auto [id, label] : {std::pair{&tl.first, S::TlMarkFirstLong}, {&tl.latest, S::TlMarkLatestLong}, {&tl.worst, S::TlMarkWorstLong}})
        if (*id == e.id) marks += (marks.empty() ? "" : ", ") + std::string(tr(label));
    if (!marks.empty()) wrapped_colored(colors::Accent, (std::string(tr(S::TlMarks)) + ": " + marks).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// One card. `r` is the card, `span` the date's extent on the axis (dated cards only).
void draw_card(ImDrawList* dl, const ImRect& r, float span_x0, float span_x1, const core::Scenario& sc,
               const core::Timeline& tl, const core::TimelineEntry& e, bool selected, bool hovered, const Geometry& g,
               const TimelineView& v) {
    const float f = g.f;
    const int lane = static_cast<int>(e.lane);
    const ImU32 col = lane_color(lane);
    const float round = f * 0.25f;
    const bool own = e.fact.empty();
    dl->AddRectFilled(ImVec2(r.Min.x + 2, r.Min.y + 3), ImVec2(r.Max.x + 2, r.Max.y + 3), IM_COL32(0, 0, 0, 22), round);
    dl->AddRectFilled(r.Min, r.Max, hovered ? IM_COL32(250, 252, 253, 255) : colors::CardBg, round);
    if (own) dashed_rect(dl, r, col, f * 0.35f, 1.6f);
    else dl->AddRect(r.Min, r.Max, with_alpha(col, 200), round, 0, 1.4f);
    // The date on the axis: a strip along the top edge (a period's bar, a month's or year's width).
    if (span_x1 > span_x0 || span_x0 != 0 || span_x1 != 0) {
        const float x0 = std::max(span_x0, r.Min.x), x1 = std::max(std::min(span_x1, r.Max.x), x0 + f * 0.3f);
        dl->AddRectFilled(ImVec2(x0, r.Min.y), ImVec2(x1, r.Min.y + f * 0.28f), col, round, ImDrawFlags_RoundCornersTop);
    }
    dl->AddRectFilled(ImVec2(r.Min.x, r.Min.y), ImVec2(r.Min.x + f * 0.22f, r.Max.y), col, round, ImDrawFlags_RoundCornersLeft);

    const float pad = f * 0.45f;
    const float line_h = f * 1.05f;
    const ImVec2 text_pos(r.Min.x + pad + f * 0.1f, r.Min.y + (v.compact ? (r.GetHeight() - f) * 0.5f + f * 0.06f : f * 0.32f));
    const float width = r.GetWidth() - pad * 2 - f * 0.1f - (own ? 0 : f * 0.55f);
    char date[96];
    short_date(e.date, date, sizeof date);
    float indent = 0;
    ImGui::PushFont(fonts().bold);
    // Compact cards leave the date to the axis and the tooltip: the words matter more there.
    if (date[0] && !v.compact) indent = text_ellipsis(dl, text_pos, width * 0.75f, col, date) + f * 0.4f;
    ImGui::PopFont();
    const std::string& text = entry_text(sc, e);
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    // Every help card shows agency and result; a "?" asks the trainee to find them out (bouwsteen.tijdlijn).
    const bool help = e.lane == core::Lane::Help;
    if (v.compact) {
        // One line: what happened, or for help who helped and what came of it.
        char line[256];
        const std::string& res = entry_result(sc, e);
        if (help) std::snprintf(line, sizeof line, "%s → %s", e.agency.empty() ? "?" : e.agency.c_str(), res.empty() ? "?" : res.c_str());
        text_ellipsis(dl, ImVec2(text_pos.x + indent, text_pos.y), width - indent, help ? col : ink, help ? line : text.c_str());
    } else if (help) {
        // Help: who helped and what came of it (bouwsteen.tijdlijn: date, agency, result).
        // Three lines (the layout gives help cards one more): date and what, the agency, the result.
        if (width - indent >= f * 3.0f) text_ellipsis(dl, ImVec2(text_pos.x + indent, text_pos.y), width - indent, ink, text.c_str());
        ImGui::PushFont(fonts().bold);
        text_ellipsis(dl, ImVec2(text_pos.x, text_pos.y + line_h), width, ink, e.agency.empty() ? "?" : e.agency.c_str());
        ImGui::PopFont();
        char result[256];
        const std::string& res = entry_result(sc, e);
        std::snprintf(result, sizeof result, "→ %s", res.empty() ? "?" : res.c_str());
        text_ellipsis(dl, ImVec2(text_pos.x, text_pos.y + line_h * 2), width, col, result);
    } else {
        text_two_lines(dl, text_pos, indent, width, line_h, ink, text);
    }
    if (!own) draw_page_icon(dl, ImVec2(r.Max.x - pad * 0.6f, r.Max.y - (r.GetHeight() - f * 0.62f) * 0.5f), f, colors::Muted);
    if (selected) dl->AddRect(ImVec2(r.Min.x - 2, r.Min.y - 2), ImVec2(r.Max.x + 2, r.Max.y + 2), colors::Accent, round + 2, 0, 3.0f);
    if (v.flash == e.id && ImGui::GetTime() < v.flash_until) {
        const float t = static_cast<float>(v.flash_until - ImGui::GetTime());
        const int a = static_cast<int>(120 + 120 * std::sin(t * 9.0f));
        dl->AddRect(ImVec2(r.Min.x - 4, r.Min.y - 4), ImVec2(r.Max.x + 4, r.Max.y + 4), with_alpha(colors::Mixed, std::clamp(a, 0, 255)), round + 4, 0, 3.0f);
    }
    draw_marks(dl, r, tl, e.id);
}

void draw_axis(ImDrawList* dl, const Geometry& g, const core::TimelineLayout& l, bool has_undated) {
    const float f = g.f;
    const ImRect axis(g.clip.Min.x, g.clip.Min.y, g.clip.Max.x, g.clip.Min.y + g.axis_h);
    dl->AddRectFilled(axis.Min, axis.Max, IM_COL32(236, 240, 244, 255));
    dl->AddLine(ImVec2(axis.Min.x, axis.Max.y), ImVec2(axis.Max.x, axis.Max.y), IM_COL32(180, 188, 196, 255), 1.0f);
    const float mw = g.month_w;
    const float left = g.column_right, right = g.clip.Max.x;
    // Visible months (absolute), one extra either side.
    const double m_from = std::floor((left - g.x_of(0)) / mw) + l.first_month - 1;
    const double m_to = std::ceil((right - g.x_of(0)) / mw) + l.first_month + 1;
    const float row2 = axis.Min.y + g.axis_h * 0.5f;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const ImRect lanes = g.lanes_view();
    dl->PushClipRect(ImVec2(left, axis.Min.y), ImVec2(right, lanes.Max.y), true);
    // Months: named when there is room, quarters when there is less, ticks only when very small.
    const bool month_names = mw >= f * 1.9f, quarter_names = !month_names && mw >= f * 0.62f;
    if (mw >= f * 0.3f) {
        for (double m = m_from; m <= m_to; ++m) {
            const int mi = static_cast<int>(m);
            const int month = ((mi % 12) + 12) % 12 + 1;
            const float x = g.x_of(l.month_x(m, mw));
            if (month != 1) dl->AddLine(ImVec2(x, row2 + f * 0.2f), ImVec2(x, axis.Max.y), IM_COL32(160, 168, 176, 255), 1.0f);
            if (mw >= f * 0.62f) dl->AddLine(ImVec2(x, lanes.Min.y), ImVec2(x, lanes.Max.y), IM_COL32(0, 0, 0, 10), 1.0f);
            const char* name = short_month(month);
            if (x < left - 1) continue;  // a label cut by the left edge reads as noise
            // ... and so does one cut by the right edge: it is named when it scrolls into view.
            const float w = ImGui::CalcTextSize(name).x;
            if (month_names) {
                if (x + (mw + w) * 0.5f <= right) dl->AddText(ImVec2(x + (mw - w) * 0.5f, row2 + f * 0.05f), colors::Muted, name);
            } else if (quarter_names && (month - 1) % 3 == 0) {
                if (x + f * 0.2f + w <= right) dl->AddText(ImVec2(x + f * 0.2f, row2 + f * 0.05f), colors::Muted, name);
            }
        }
    }
    // Years: a line through the lanes, the label kept in view while its year is.
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 50})
        if ((step = s) * 12 * mw >= f * 3.4f) break;
    const int y_from = static_cast<int>(std::floor(m_from / 12.0)) - 1, y_to = static_cast<int>(std::ceil(m_to / 12.0));
    for (int y = y_from - ((y_from % step) + step) % step; y <= y_to; y += step) {
        const float x = g.x_of(l.month_x(y * 12.0, mw));
        const float next = g.x_of(l.month_x((y + step) * 12.0, mw));
        dl->AddLine(ImVec2(x, axis.Min.y), ImVec2(x, axis.Max.y), IM_COL32(120, 128, 136, 255), 1.5f);
        dl->AddLine(ImVec2(x, lanes.Min.y), ImVec2(x, lanes.Max.y), IM_COL32(0, 0, 0, 34), 1.0f);
        char label[16];
        std::snprintf(label, sizeof label, "%d", y);
        ImGui::PushFont(fonts().bold);
        const float w = ImGui::CalcTextSize(label).x;
        const float lx = std::min(std::max(x + f * 0.3f, left + f * 0.3f), next - w - f * 0.3f);
        if (lx >= left + f * 0.25f && lx + w <= right) dl->AddText(ImVec2(lx, axis.Min.y + f * 0.1f), ink, label);
        ImGui::PopFont();
    }
    dl->PopClipRect();
    if (has_undated) {
        ImGui::PushFont(fonts().bold);
        dl->AddText(ImVec2(g.clip.Min.x + f * 0.5f, axis.Min.y + f * 0.1f), colors::Muted, tr(S::TlUndated));
        ImGui::PopFont();
        dl->AddLine(ImVec2(g.column_right - 1, axis.Min.y), ImVec2(g.column_right - 1, g.clip.Max.y), IM_COL32(180, 188, 196, 255), 1.0f);
    }
}

core::TimelineLayoutParams layout_params(float f, int year, bool compact) {
    core::TimelineLayoutParams p;
    p.card_width = f * (compact ? 9.0f : 10.5f);
    p.card_height = compact ? f * 1.6f : f * 1.05f * 2 + f * 0.6f;
    p.help_extra_height = compact ? 0.0f : f * 1.05f;
    p.row_gap = f * (compact ? 0.45f : 0.6f);  // room for the aanleiding badges above a card
    p.card_gap = f * 0.6f;
    p.lane_header = f * 1.35f;
    p.lane_gap = f * 0.2f;
    p.undated_width = f * 10.0f;
    p.default_year = year;
    return p;
}

// The layout for the current zoom (cached on the entries, the zoom and the font size).
void relayout(TimelineView& v, const core::Timeline& tl, core::TimelineLayoutParams& p, float f) {
    p.month_width = v.zoom * f;
    const std::uint64_t key = layout_key(tl, p);
    if (key != v.layout_key) {
        v.layout = core::layout_timeline(tl.entries, p);
        v.layout_key = key;
    }
}

void place_geometry(Geometry& g, const core::TimelineLayout& l, const core::TimelineLayoutParams& p) {
    g.month_w = p.month_width;
    g.dated_x0 = (l.has_undated ? l.undated_width : 0) + g.gutter;
    g.column_right = g.clip.Min.x + (l.has_undated ? l.undated_width : 0);
    g.lanes_y0 = g.origin.y + g.axis_h;
}

// Zoom: Ctrl+wheel around the mouse, the buttons around the centre, "fit" to the dated span.
void zoom(TimelineView& v, Geometry& g, core::TimelineLayoutParams& p, const core::Timeline& tl) {
    const ImGuiIO& io = ImGui::GetIO();
    const float f = g.f;
    float factor = 0, anchor = 0;
    if (ImGui::IsWindowHovered() && io.KeyCtrl && io.MouseWheel != 0) {
        factor = std::pow(1.25f, io.MouseWheel);
        anchor = io.MousePos.x;
    } else if (v.zoom_request != 0) {
        factor = v.zoom_request;
        anchor = (g.column_right + g.clip.Max.x) * 0.5f;
    }
    v.zoom_request = 0;
    if (factor != 0) v.auto_fit = false;
    if (v.fit_request) v.auto_fit = true;
    // While fitting, refit when the entries or the canvas width change (the window settles in
    // its first frames; a newly placed fact may widen the span).
    const float avail = g.clip.Max.x - g.column_right - g.gutter * 2;
    const std::uint64_t fit_key = fnv(v.layout_key, &avail, sizeof avail);
    if (v.auto_fit && (v.fit_request || fit_key != v.fit_key)) {
        v.zoom = tl.entries.empty() ? 2.2f : std::clamp(core::fit_month_width(tl.entries, p, avail) / f, kMinZoom, kMaxZoom);
        v.fit_request = false;
        ImGui::SetScrollX(0);
        relayout(v, tl, p, f);
        place_geometry(g, v.layout, p);
        v.fit_key = fnv(v.layout_key, &avail, sizeof avail);
    } else if (factor != 0) {
        const float units = anchor - g.x_of(0);
        const float months = units / g.month_w;
        const float old_scroll = ImGui::GetScrollX();
        v.zoom = std::clamp(v.zoom * factor, kMinZoom, kMaxZoom);
        relayout(v, tl, p, f);
        place_geometry(g, v.layout, p);
        ImGui::SetScrollX(std::max(0.0f, old_scroll + months * g.month_w - units));
    }
}

// A freshly placed entry is scrolled into view.
void scroll_to_flash(TimelineView& v, const Geometry& g, const core::Timeline& tl) {
    if (!v.scroll_to_flash) return;
    v.scroll_to_flash = false;
    const core::TimelineLayout& l = v.layout;
    for (size_t i = 0; i < tl.entries.size() && i < l.cards.size(); ++i) {
        if (tl.entries[i].id != v.flash) continue;
        const auto& c = l.cards[i];
        if (!c.undated) {
            const float x = g.dated_x0 + c.x0, visible = g.clip.Max.x - g.column_right;
            const float scroll = ImGui::GetScrollX();
            if (x < scroll + g.dated_x0 - g.gutter || x + (c.x1 - c.x0) > scroll + visible)
                ImGui::SetScrollX(std::max(0.0f, x - visible * 0.3f));
        }
        const float y = g.axis_h + c.y0, scroll_y = ImGui::GetScrollY();
        if (y < scroll_y + g.axis_h || y + (c.y1 - c.y0) > scroll_y + g.clip.GetHeight())
            ImGui::SetScrollY(std::max(0.0f, c.y0 - g.f));
    }
}

// Lane bands with their label strips; while a fact is dragged, every lane is a drop zone and
// the one under the mouse (`hover_lane`) lights up.
void draw_lane_bands(ImDrawList* dl, const Geometry& g, const core::TimelineLayout& l, const core::TimelineLayoutParams& p, int hover_lane,
                     bool fact_drag) {
    const ImRect lanes_view = g.lanes_view();
    for (size_t lane = 0; lane < l.lane_top.size(); ++lane) {
        const float y0 = g.lanes_y0 + l.lane_top[lane], y1 = g.lanes_y0 + l.lane_bottom[lane];
        if (y1 < lanes_view.Min.y || y0 > lanes_view.Max.y) continue;
        const ImU32 col = lane_color(static_cast<int>(lane));
        dl->AddRectFilled(ImVec2(g.clip.Min.x, y0), ImVec2(g.clip.Max.x, y1), with_alpha(col, lane % 2 ? 16 : 24));
        dl->AddRectFilled(ImVec2(g.clip.Min.x, y0), ImVec2(g.clip.Max.x, y0 + p.lane_header * 0.92f), with_alpha(col, 30));
        if (static_cast<int>(lane) == hover_lane) {
            dl->AddRectFilled(ImVec2(g.clip.Min.x, y0), ImVec2(g.clip.Max.x, y1), with_alpha(colors::Accent, 40));
            dl->AddRect(ImVec2(g.clip.Min.x + 2, y0 + 1), ImVec2(g.clip.Max.x - 2, y1 - 1), colors::Accent, 4.0f, 0, 3.0f);
        } else if (fact_drag) {
            dashed_rect(dl, ImRect(ImVec2(g.clip.Min.x + 3, y0 + 2), ImVec2(g.clip.Max.x - 3, y1 - 2)), with_alpha(colors::Accent, 140), g.f * 0.4f, 1.5f);
        }
    }
}

// The cards, culled to what is visible: their buttons (undated ones first: they win where they
// overlap), the dated cards, then the undated column, which keeps its place while the time axis
// scrolls. Sets `hovered` and `clicked`.
void draw_cards(ImDrawList* dl, const Geometry& g, const TimelineView& v, const core::Scenario& sc, const core::Timeline& tl,
                const core::TimelineEntry*& hovered, std::string& clicked) {
    const core::TimelineLayout& l = v.layout;
    const float f = g.f;
    const ImRect lanes_view = g.lanes_view();
    const float visible_from = lanes_view.Min.x - g.x_of(0), visible_to = lanes_view.Max.x - g.x_of(0);
    const float y_from = lanes_view.Min.y - g.lanes_y0, y_to = lanes_view.Max.y - g.lanes_y0;
    auto button = [&](const core::TimelineEntry& e, ImRect r, const ImRect& within) {
        r.ClipWithFull(within);
        if (r.GetWidth() <= 1 || r.GetHeight() <= 1) return false;
        ImGui::SetCursorScreenPos(r.Min);
        ImGui::PushID(e.id.c_str());
        const bool pressed = ImGui::InvisibleButton("##kaart", r.GetSize());
        const bool hover = ImGui::IsItemHovered();
        ImGui::PopID();
        if (pressed) clicked = e.id;
        if (hover) hovered = &e;
        return hover;
    };
    const float col_x = g.clip.Min.x + f * 0.45f;
    const ImRect column_view(g.clip.Min.x, lanes_view.Min.y, g.column_right, lanes_view.Max.y);
    for (size_t i = 0; i < l.cards.size() && i < tl.entries.size(); ++i) {
        const auto& c = l.cards[i];
        if (!c.undated || c.y1 < y_from || c.y0 > y_to) continue;
        button(tl.entries[i], ImRect(col_x + c.x0, g.lanes_y0 + c.y0, col_x + c.x1 - f * 0.3f, g.lanes_y0 + c.y1), column_view);
    }
    dl->PushClipRect(lanes_view.Min, lanes_view.Max, true);
    for (size_t i = 0; i < l.cards.size() && i < tl.entries.size(); ++i) {
        const auto& c = l.cards[i];
        if (c.undated || c.x1 < visible_from || c.x0 > visible_to || c.y1 + f < y_from || c.y0 - f > y_to) continue;
        const core::TimelineEntry& e = tl.entries[i];
        const ImRect r(g.x_of(c.x0), g.lanes_y0 + c.y0, g.x_of(c.x1), g.lanes_y0 + c.y1);
        const bool hover = button(e, r, lanes_view);
        draw_card(dl, r, g.x_of(c.span_x0), g.x_of(c.span_x1), sc, tl, e, v.selected == e.id, hover, g, v);
    }
    dl->PopClipRect();

    if (!l.has_undated) return;
    dl->AddRectFilled(ImVec2(g.clip.Min.x, lanes_view.Min.y), ImVec2(g.column_right, g.clip.Max.y), IM_COL32(242, 243, 246, 255));
    dl->PushClipRect(column_view.Min, column_view.Max, true);
    for (size_t lane = 0; lane < l.lane_top.size(); ++lane) {
        const float y0 = g.lanes_y0 + l.lane_top[lane], y1 = g.lanes_y0 + l.lane_bottom[lane];
        dl->AddRectFilled(ImVec2(g.clip.Min.x, y0), ImVec2(g.column_right, y1), with_alpha(lane_color(static_cast<int>(lane)), 14));
    }
    for (size_t i = 0; i < l.cards.size() && i < tl.entries.size(); ++i) {
        const auto& c = l.cards[i];
        if (!c.undated || c.y1 + f < y_from || c.y0 - f > y_to) continue;
        const core::TimelineEntry& e = tl.entries[i];
        const ImRect r(col_x + c.x0, g.lanes_y0 + c.y0, col_x + c.x1 - f * 0.3f, g.lanes_y0 + c.y1);
        draw_card(dl, r, 0, 0, sc, tl, e, v.selected == e.id, hovered == &e, g, v);
    }
    dl->PopClipRect();
}

// Lane labels at the left edge of the time axis, and the hint on an empty timeline.
void draw_lane_labels(ImDrawList* dl, const Geometry& g, const core::TimelineLayout& l, const core::TimelineLayoutParams& p, bool empty) {
    const ImRect lanes_view = g.lanes_view();
    const float f = g.f;
    dl->PushClipRect(lanes_view.Min, lanes_view.Max, true);
    ImGui::PushFont(fonts().bold);
    for (size_t lane = 0; lane < l.lane_top.size(); ++lane) {
        const char* name = lane_name(lane);
        const ImVec2 pos(g.column_right + f * 0.5f, g.lanes_y0 + l.lane_top[lane] + f * 0.18f);
        dl->AddText(pos, lane_color(static_cast<int>(lane)), name);
    }
    ImGui::PopFont();
    dl->PopClipRect();
    if (empty) {
        const char* hint = tr(S::TlEmpty);
        const float w = std::min(ImGui::CalcTextSize(hint).x, lanes_view.GetWidth() - f * 2);
        const ImVec2 at(lanes_view.Min.x + (lanes_view.GetWidth() - w) * 0.5f, g.lanes_y0 + l.lane_top[1] + p.lane_header + f * 0.4f);
        dl->AddText(ImGui::GetFont(), f, at, colors::Muted, hint, nullptr, w);
    }
}

// Dropping a fact: on the lane under the mouse, or its own lane over the axis or the column.
void fact_drop_target(App& app, TimelineView& v, const Geometry& g, const core::TimelineLayout& l, ImVec2 mouse) {
    if (!ImGui::BeginDragDropTargetCustom(g.clip, ImGui::GetID("##laten_vallen"))) return;
    if (const ImGuiPayload* pl = ImGui::AcceptDragDropPayload(payload::Fact, ImGuiDragDropFlags_AcceptNoDrawDefaultRect)) {
        const std::string fact(static_cast<const char*>(pl->Data), strnlen(static_cast<const char*>(pl->Data), static_cast<size_t>(pl->DataSize)));
        const int lane = mouse.x >= g.column_right && mouse.y >= g.lanes_view().Min.y ? l.nearest_lane(mouse.y - g.lanes_y0) : -1;
        place_fact(app, v, fact, lane);
    }
    ImGui::EndDragDropTarget();
}

void canvas(App& app, TimelineView& v, ImVec2 size) {
    const auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::SessionState& st = ctl.state();
    const core::Timeline& tl = st.analysis.timeline;
    const ImGuiIO& io = ImGui::GetIO();

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(252, 252, 253, 255));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_HorizontalScrollbar | (io.KeyCtrl ? ImGuiWindowFlags_NoScrollWithMouse : 0);
    ImGui::BeginChild("##tijdlijn_canvas", size, true, flags);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();

    Geometry g;
    g.f = ImGui::GetFontSize();
    const float f = g.f;
    g.axis_h = f * 2.35f;
    g.gutter = f * 0.8f;
    core::TimelineLayoutParams p = layout_params(f, default_year(sc, st), v.compact);
    relayout(v, tl, p, f);
    g.clip = ImGui::GetCurrentWindow()->InnerRect;
    g.origin = ImGui::GetCursorScreenPos();
    place_geometry(g, v.layout, p);
    zoom(v, g, p, tl);
    const core::TimelineLayout& l = v.layout;
    scroll_to_flash(v, g, tl);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiPayload* dragging = ImGui::GetDragDropPayload();
    const bool fact_drag = dragging && dragging->IsDataType(payload::Fact);
    int hover_lane = -1;
    const ImVec2 mouse = io.MousePos;
    if (fact_drag && g.clip.Contains(mouse) && mouse.x >= g.column_right && mouse.y >= g.lanes_view().Min.y)
        hover_lane = l.nearest_lane(mouse.y - g.lanes_y0);
    draw_lane_bands(dl, g, l, p, hover_lane, fact_drag);

    const core::TimelineEntry* hovered = nullptr;
    std::string clicked;
    draw_cards(dl, g, v, sc, tl, hovered, clicked);
    draw_lane_labels(dl, g, l, p, tl.entries.empty());
    draw_axis(dl, g, l, l.has_undated);

    // The content size makes ImGui's scrollbars match the layout.
    ImGui::SetCursorScreenPos(g.origin);
    ImGui::Dummy(ImVec2(g.dated_x0 + l.axis_width + g.gutter, g.axis_h + l.height + f * 0.6f));
    fact_drop_target(app, v, g, l, mouse);

    if (hovered && !fact_drag) card_tooltip(sc, tl, *hovered);
    if (!clicked.empty()) select_entry(v, clicked == v.selected ? std::string() : clicked);
    ImGui::EndChild();
}

// ---------------------------------------------------------------------------------------------
// 4. The panel beside the canvas
// ---------------------------------------------------------------------------------------------

void toolbar(App& app, TimelineView& v) {
    const float f = ImGui::GetFontSize();
    // "–" (en dash): the atlas has General Punctuation, not the minus sign.
    if (ImGui::Button("–##uitzoomen", ImVec2(f * 2, 0))) v.zoom_request = 1 / 1.5f;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::TlZoomOut));
    ImGui::SameLine(0, f * 0.25f);
    if (ImGui::Button("+##inzoomen", ImVec2(f * 2, 0))) v.zoom_request = 1.5f;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::TlZoomIn));
    ImGui::SameLine(0, f * 0.25f);
    // The row wraps on a narrow window or at large text (flow).
    flow(button_width(tr(S::TlFitAll)), f * 0.25f);
    if (ImGui::Button(tr(S::TlFitAll))) v.fit_request = true;
    const ImGuiStyle& style = ImGui::GetStyle();
    flow(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(tr(S::TlCompact)).x);
    ImGui::Checkbox(tr(S::TlCompact), &v.compact);
    flow(button_width(tr(S::TlNewOwn)));
    if (ImGui::Button(tr(S::TlNewOwn))) v.show_own = v.panel = v.panel_chosen = true;
    const char* panel_label = v.panel ? tr(S::TlHidePanel) : tr(S::TlShowPanel);
    flow(button_width(panel_label));
    if (ImGui::Button(panel_label)) {
        v.panel = !v.panel;
        v.panel_chosen = true;
    }
    const auto& tl = app.session()->state().analysis.timeline;
    char count[64];
    std::snprintf(count, sizeof count, "%zu %s", tl.entries.size(), tr(S::TlEntries));
    flow(ImGui::CalcTextSize(count).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", count);
    // The hint takes what is left of the last line, shortened with an ellipsis; none when too little.
    const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    const float hint_x = ImGui::GetItemRectMax().x + style.ItemSpacing.x;
    if (right - hint_x > f * 3) {
        ImGui::SameLine();
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        text_ellipsis(ImGui::GetWindowDrawList(), ImVec2(pos.x, pos.y + style.FramePadding.y), right - hint_x, colors::Muted, tr(S::TlHint));
        ImGui::NewLine();
    }
}

}  // namespace

namespace {
class TimelineBoard final : public View {
public:
    TimelineBoard() : View(Kind::Tab, "tijdlijn") {}

protected:
    void draw_content(App& app) override;

private:
    PerSession<TimelineView> state_;
};
}  // namespace

std::unique_ptr<View> make_timeline_board() { return std::make_unique<TimelineBoard>(); }

void TimelineBoard::draw_content(App& app) {
    if (!app.session()) return;
    TimelineView& v = state_.get(app.session_epoch());
    flash_placed_fact(v, app.session()->state().analysis.timeline);
    finish_own_entry(v, app.session()->state().analysis.timeline);
    v.flash_fact.clear();  // not on the timeline after the frame it was placed in: the action failed
    v.own_added_after = 0;  // ... nor the own entry: the form keeps its text
    if (!v.selected.empty() && !app.session()->state().analysis.timeline.entry(v.selected)) v.selected.clear();
    if (!v.selected.empty() && !ImGui::GetIO().WantTextInput && keys::escape_pressed()) select_entry(v, "");

    // Inputs and checkboxes get a visible frame on the white board.
    ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(241, 243, 246, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, IM_COL32(228, 236, 242, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, IM_COL32(214, 228, 238, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const float f = ImGui::GetFontSize();
    // On a narrow window (a laptop) the timeline needs the width more than the panel does; on a
    // projector there is room for both. Until the user chooses.
    if (!v.panel_chosen) v.panel = ImGui::GetContentRegionAvail().x >= f * 56;
    toolbar(app, v);
    // At least fourteen lines high: on a small screen at large text the board scrolls instead of
    // squeezing the lanes or the genogram to a strip.
    const ImVec2 avail(ImGui::GetContentRegionAvail().x, std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 14));
    // The timeline takes the width; the editing panel sits beside it so every lane stays in view.
    const float panel_w = v.panel ? std::clamp(avail.x * 0.3f, f * 15.0f, f * 24.0f) : 0.0f;
    const float gap = v.panel ? ImGui::GetStyle().ItemSpacing.x : 0.0f;
    if (v.panel && avail.x - panel_w - gap < f * 20) {
        // Too narrow for both side by side (a small screen, large text): the panel below.
        const float canvas_h = std::max(avail.y * 0.6f, f * 12);
        canvas(app, v, ImVec2(avail.x, canvas_h));
        panel(app, v, ImVec2(0, std::max(avail.y - canvas_h - ImGui::GetStyle().ItemSpacing.y, f * 14)));
    } else {
        canvas(app, v, ImVec2(std::max(avail.x - panel_w - gap, f * 12), avail.y));
        if (v.panel) {
            ImGui::SameLine(0, gap);
            panel(app, v, ImVec2(0, avail.y));
        }
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
}

}  // namespace lwp::ui