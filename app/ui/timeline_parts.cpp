// The timeline board's view state and the small helpers its canvas (timeline_board.cpp) and its
// panel (timeline_panel.cpp) share: lanes, dates, entry texts, selection, placing a fact.
#include "ui/timeline_parts.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "ui/app.hpp"
#include "ui/strings.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace timeline_detail {

// ---------------------------------------------------------------------------------------------
// 1. View state
// ---------------------------------------------------------------------------------------------

std::uint64_t fnv(std::uint64_t h, const void* data, size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

std::uint64_t layout_key(const core::Timeline& tl, const core::TimelineLayoutParams& p) {
    std::uint64_t h = 1469598103934665603ull;
    for (const auto& e : tl.entries) {
        h = fnv(h, e.id.data(), e.id.size());
        const int d[7] = {e.date.year, e.date.month, e.date.day, e.date.end_year, e.date.end_month, e.date.end_day,
                          static_cast<int>(e.lane)};
        h = fnv(h, d, sizeof d);
    }
    const float f[6] = {p.month_width, p.card_width, p.card_height, p.undated_width, p.row_gap, p.help_extra_height};
    h = fnv(h, f, sizeof f);
    return fnv(h, &p.default_year, sizeof p.default_year);
}

const char* lane_name(size_t lane) {
    const auto& t = core::lanes()[std::min(lane, core::lanes().size() - 1)];
    return language() == core::Lang::En ? t.en.data() : t.nl.data();
}

// Same hues as the facts panel uses for the matching fact kinds.
ImU32 lane_color(int lane) {
    switch (lane) {
        case 0: return IM_COL32(92, 107, 192, 255);
        case 1: return IM_COL32(0, 137, 123, 255);
        case 2: return IM_COL32(121, 85, 72, 255);
        default: return IM_COL32(216, 67, 21, 255);
    }
}

ImU32 with_alpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }


const char* short_month(int month) {
    static const char* nl[12] = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    static const char* en[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int m = std::clamp(month, 1, 12) - 1;
    return language() == core::Lang::En ? en[m] : nl[m];
}

// "mei 2021", "mrt–sep 2022", "okt ’23–jan ’24", "2019": short enough for a card.
void short_date(const core::CaseDate& d, char* out, size_t n) {
    auto point = [](int y, int m, int day, char* buf, size_t len) {
        if (day) std::snprintf(buf, len, "%d %s %d", day, short_month(m), y);
        else if (m) std::snprintf(buf, len, "%s %d", short_month(m), y);
        else std::snprintf(buf, len, "%d", y);
    };
    if (!d.valid()) {
        out[0] = 0;
        return;
    }
    char a[32], b[32];
    point(d.year, d.month, d.day, a, sizeof a);
    if (!d.is_period()) {
        std::snprintf(out, n, "%s", a);
        return;
    }
    // Within one year the year is said once: "mrt–sep 2022".
    if (d.end_year == d.year && d.month && d.end_month && !d.day && !d.end_day) {
        std::snprintf(out, n, "%s–%s %d", short_month(d.month), short_month(d.end_month), d.year);
        return;
    }
    // Across years with months: "okt ’23–jan ’24".
    if (d.month && d.end_month && !d.day && !d.end_day) {
        std::snprintf(out, n, "%s ’%02d–%s ’%02d", short_month(d.month), d.year % 100, short_month(d.end_month), d.end_year % 100);
        return;
    }
    point(d.end_year, d.end_month, d.end_day, b, sizeof b);
    std::snprintf(out, n, "%s–%s", a, b);
}

const core::Fact* fact_of(const core::Scenario& sc, const core::TimelineEntry& e) {
    return e.fact.empty() ? nullptr : sc.fact(e.fact);
}

// What a card says: the trainee's words, or the fact's text while they kept it.
const std::string& entry_text(const core::Scenario& sc, const core::TimelineEntry& e) {
    const core::Fact* f = fact_of(sc, e);
    return (!e.text.empty() || !f) ? e.text : f->text.get(language());
}

// The result of help: placing copies the fact's Dutch result into the entry; while the trainee
// keeps it, show the fact's result in the UI language.
const std::string& entry_result(const core::Scenario& sc, const core::TimelineEntry& e) {
    const core::Fact* f = fact_of(sc, e);
    return (f && e.result == f->result.nl) ? f->result.get(language()) : e.result;
}

std::string persons_line(const core::Scenario& sc, const core::TimelineEntry& e) {
    std::string names = std::string(tr(S::TlPersons)) + ": ";
    for (size_t i = 0; i < e.persons.size(); ++i) {
        const core::Person* p = sc.person(e.persons[i]);
        names += (i ? ", " : "") + (p ? p->name : e.persons[i]);
    }
    return names;
}

void select_entry(TimelineView& v, const std::string& id) {
    if (v.selected != id) v.date_error.clear();
    v.selected = id;
    v.show_selected = !id.empty();
    if (!id.empty()) v.panel = v.panel_chosen = true;
}

void flash_entry(TimelineView& v, const std::string& id) {
    v.flash = id;
    v.flash_until = ImGui::GetTime() + 1.6;
    v.scroll_to_flash = true;
}

// ---------------------------------------------------------------------------------------------
// 2. Helpers
// ---------------------------------------------------------------------------------------------

// Draws [b, e) on one line, cut with "…" when wider than max_w; returns the width drawn.
float text_ellipsis(ImDrawList* dl, ImVec2 pos, float max_w, ImU32 col, const char* b, const char* e) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    if (!e) e = b + std::strlen(b);
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, b, e).x;
    if (w <= max_w) {
        dl->AddText(font, size, pos, col, b, e);
        return w;
    }
    const char* ell = "…";
    const float ell_w = font->CalcTextSizeA(size, FLT_MAX, 0, ell).x;
    const float scale = size / font->FontSize;
    const char* end = b;
    float acc = 0;
    while (end < e) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, end, e);
        const float cw = font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
        if (n <= 0 || acc + cw > max_w - ell_w) break;
        acc += cw;
        end += n;
    }
    while (end > b && end[-1] == ' ') --end;
    dl->AddText(font, size, pos, col, b, end);
    dl->AddText(font, size, ImVec2(pos.x + acc, pos.y), col, ell);
    return acc + ell_w;
}

// Up to two lines: word-wrapped, the second cut with "…". `first_w` may be shorter (a prefix).
void text_two_lines(ImDrawList* dl, ImVec2 pos, float first_indent, float width, float line_h, ImU32 col,
                    const std::string& text) {
    if (width - first_indent < ImGui::GetFontSize() * 3.5f) {  // no room beside the date: the line below
        text_ellipsis(dl, ImVec2(pos.x, pos.y + line_h), width, col, text.c_str());
        return;
    }
    ImFont* font = ImGui::GetFont();
    const char* b = text.c_str();
    const char* e = b + text.size();
    const char* brk = line_break(font, ImGui::GetFontSize(), b, e, width - first_indent);
    if (brk == b) {  // its first word does not fit beside the date: the text starts on the line below
        text_ellipsis(dl, ImVec2(pos.x, pos.y + line_h), width, col, b, e);
        return;
    }
    dl->AddText(font, ImGui::GetFontSize(), ImVec2(pos.x + first_indent, pos.y), col, b, brk);
    while (brk < e && (*brk == ' ' || *brk == '\n')) ++brk;
    if (brk < e) text_ellipsis(dl, ImVec2(pos.x, pos.y + line_h), width, col, brk, e);
}

int default_year(const core::Scenario& sc, const core::SessionState& st) {
    if (const core::Step* s = sc.step(st.step); s && s->date.valid()) return s->date.year;
    for (const auto& s : sc.steps)
        if (s.date.valid()) return s.date.year;
    return 2024;
}

// Places a dropped fact (in `lane`, or its own lane when -1). A fact that is already on the
// timeline is selected instead, so a second drop shows where it is.
void place_fact(App& app, TimelineView& v, const std::string& fact, int lane) {
    const core::Timeline& tl = app.session()->state().analysis.timeline;
    if (const core::TimelineEntry* e = tl.entry_for_fact(fact)) {
        select_entry(v, e->id);
        flash_entry(v, e->id);
        return;
    }
    std::map<std::string, std::string> args;
    if (lane >= 0 && lane < static_cast<int>(core::lanes().size())) args["baan"] = std::string(core::lanes()[static_cast<size_t>(lane)].id);
    app.act("tijdlijn.plaats", fact, std::move(args));
    // Performed now (outside a frame) or after this frame: flash_placed_fact finds its entry.
    v.flash_fact = fact;
    flash_placed_fact(v, app.session()->state().analysis.timeline);
}

void finish_own_entry(TimelineView& v, const core::Timeline& tl) {
    if (v.own_added_after == 0 || tl.entries.size() < v.own_added_after) return;
    v.own_added_after = 0;
    flash_entry(v, tl.entries.back().id);
    v.own_text.clear();
    v.own_date.clear();
    v.own_agency.clear();
    v.own_result.clear();
}

void flash_placed_fact(TimelineView& v, const core::Timeline& tl) {
    if (v.flash_fact.empty()) return;
    if (const core::TimelineEntry* e = tl.entry_for_fact(v.flash_fact)) {
        flash_entry(v, e->id);
        v.flash_fact.clear();
    }
}

// The facts still to place, recomputed only when the discovered facts or the entries change
// (a linear lookup per fact per frame would cost 250 000 comparisons at 500 entries).
const std::vector<const core::Fact*>& unplaced_facts(TimelineView& v, const core::Scenario& sc, const core::SessionState& st) {
    const void* scenario = &sc;
    std::uint64_t h = fnv(1469598103934665603ull, &scenario, sizeof scenario);
    for (const auto& rf : st.facts) h = fnv(h, rf.id.data(), rf.id.size() + 1);
    for (const auto& e : st.analysis.timeline.entries) h = fnv(h, e.fact.data(), e.fact.size() + 1);
    if (h != v.unplaced_key) {
        std::vector<std::string_view> placed;
        for (const auto& e : st.analysis.timeline.entries)
            if (!e.fact.empty()) placed.push_back(e.fact);
        std::sort(placed.begin(), placed.end());
        v.unplaced.clear();
        for (const auto& rf : st.facts)
            if (const core::Fact* f = sc.fact(rf.id); f && !std::binary_search(placed.begin(), placed.end(), std::string_view(f->id)))
                v.unplaced.push_back(f);
        std::stable_sort(v.unplaced.begin(), v.unplaced.end(), [](const core::Fact* a, const core::Fact* b) { return a->date.key() < b->date.key(); });
        v.unplaced_key = h;
    }
    return v.unplaced;
}

}  // namespace timeline_detail

}  // namespace lwp::ui
