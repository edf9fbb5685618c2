// The persons board (bouwsteen.tijdlijn, genogram and sociogram): the family as a genogram (square,
// circle, diamond; a cross for the deceased; a double slash for a separation; generations in rows;
// the household in a dashed outline), network members and professionals in a band beside it, and
// what the trainee marks: each person's support and role, and ties (support, conflict, contact).
// The board only reads the session state and emits "personen.*" actions.
//
// Index of this file:
//   1. View state and the cached layout
//   2. Drawing helpers: symbols, lines, zigzags, dashes
//   3. The canvas: genogram, network band, ties, selection, drag a person onto another for a tie
//   The panel beside it (the selected person's notes, ties, the person list): persons_panel.cpp
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "core/layout/genogram_layout.hpp"
#include "core/model/case_words.hpp"
#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/persons_parts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace persons_detail {

// ---------------------------------------------------------------------------------------------
// 1. View state
// ---------------------------------------------------------------------------------------------

int person_index(const PersonsView& v, const std::string& id) {
    const auto& people = v.people;
    for (size_t i = 0; i < people.size(); ++i)
        if (people[i].id == id) return static_cast<int>(i);
    return -1;
}
const core::Person* find_person(const PersonsView& v, const std::string& id) {
    const int i = person_index(v, id);
    return i < 0 ? nullptr : &v.people[static_cast<size_t>(i)];
}

const core::PersonNote* note_of(const core::Persons& ps, const std::string& id) {
    auto it = ps.notes.find(id);
    return it == ps.notes.end() ? nullptr : &it->second;
}

ImU32 tie_color(const std::string& kind) {
    return kind == "steun" ? kSupportColor : kind == "conflict" ? kConflictColor : kContactColor;
}

ImU32 support_color(int support) {
    switch (support) {
        case 2: return IM_COL32(27, 110, 32, 255);
        case 1: return IM_COL32(76, 160, 80, 255);
        case -1: return IM_COL32(230, 120, 20, 255);
        case -2: return IM_COL32(198, 40, 40, 255);
        default: return colors::Muted;
    }
}

S support_word(int support) {
    switch (support) {
        case 2: return S::PsSupportPlus2;
        case 1: return S::PsSupportPlus1;
        case -1: return S::PsSupportMin1;
        case -2: return S::PsSupportMin2;
        default: return S::PsSupport0;
    }
}

void support_label(int support, char* out, size_t n) {
    // "–" (en dash) rather than the minus sign, which the font atlas does not carry.
    if (support > 0) std::snprintf(out, n, "+%d", support);
    else if (support < 0) std::snprintf(out, n, "–%d", -support);
    else std::snprintf(out, n, "0");
}

void select_person(PersonsView& v, const std::string& id) {
    v.selected = id;
    v.new_tie_other = -1;
}

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float dash, float gap, float thickness) {
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    if (len < 0.5f) return;
    const ImVec2 d((b.x - a.x) / len, (b.y - a.y) / len);
    for (float t = 0; t < len; t += dash + gap) {
        const float e = std::min(t + dash, len);
        dl->AddLine(ImVec2(a.x + d.x * t, a.y + d.y * t), ImVec2(a.x + d.x * e, a.y + d.y * e), col, thickness);
    }
}

void zigzag(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float amplitude, float period, float thickness) {
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    if (len < 1) return;
    const ImVec2 d((b.x - a.x) / len, (b.y - a.y) / len), n(-d.y, d.x);
    const int steps = std::max(2, static_cast<int>(len / (period * 0.5f)));
    dl->PathLineTo(a);
    for (int i = 1; i < steps; ++i) {
        const float t = len * static_cast<float>(i) / static_cast<float>(steps);
        const float side = (i % 2 ? 1.0f : -1.0f) * amplitude;
        dl->PathLineTo(ImVec2(a.x + d.x * t + n.x * side, a.y + d.y * t + n.y * side));
    }
    dl->PathLineTo(b);
    dl->PathStroke(col, 0, thickness);
}

// A tie in the sociogram: support green and thick, conflict a red zigzag, contact grey and dashed.
void draw_tie(ImDrawList* dl, ImVec2 a, ImVec2 b, const std::string& kind, float f) {
    if (kind == "steun") dl->AddLine(a, b, kSupportColor, f * 0.2f);
    else if (kind == "conflict") zigzag(dl, a, b, kConflictColor, f * 0.28f, f * 0.8f, f * 0.13f);
    else dashed_line(dl, a, b, kContactColor, f * 0.45f, f * 0.3f, f * 0.11f);
}

// The same, bent into an arc between two persons: it then never runs along a family line (a
// conflict between ex-partners stays apart from their partner line and its separation slashes).
// `trim` keeps the ends off the symbols.
// The arc's control point comes from core::route_tie, which bends it around the other persons.
}  // namespace persons_detail

namespace {

using namespace persons_detail;

constexpr ImU32 kHousehold = IM_COL32(26, 95, 122, 200);

// Cached per scenario and outline size (the outline follows the symbol and label sizes, which
// follow the text size and the room the canvas has).
std::string people_key(const std::vector<core::Person>& people) {
    std::string key;
    for (const auto& p : people) key += p.id + '|' + (p.household ? '1' : '0') + p.role + '\n';
    return key;
}

const core::GenogramLayout& layout(PersonsView& v, const core::Scenario& sc, const core::GenogramOutline& outline) {
    const bool same_outline = std::abs(v.outline.pad_x - outline.pad_x) < 1e-3f && std::abs(v.outline.above - outline.above) < 1e-3f &&
                              std::abs(v.outline.below - outline.below) < 1e-3f;
    std::string key = people_key(v.people);
    if (v.layout_for != sc.generation || v.layout_people != key || !same_outline) {
        v.layout = core::layout_genogram(v.people, outline);
        v.layout_for = sc.generation;
        v.layout_people = std::move(key);
        v.outline = outline;
    }
    return v.layout;
}

// ---------------------------------------------------------------------------------------------
// 2. Drawing helpers
// ---------------------------------------------------------------------------------------------

void draw_tie_arc(ImDrawList* dl, ImVec2 a, ImVec2 b, ImVec2 ctrl, const std::string& kind, float f, float trim) {
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    if (len < trim * 2.2f) return;
    constexpr int kSteps = 28;
    ImVec2 pts[kSteps + 1];
    int count = 0;
    for (int i = 0; i <= kSteps; ++i) {
        const float t = static_cast<float>(i) / kSteps, u = 1 - t;
        const ImVec2 p(u * u * a.x + 2 * u * t * ctrl.x + t * t * b.x, u * u * a.y + 2 * u * t * ctrl.y + t * t * b.y);
        if (std::hypot(p.x - a.x, p.y - a.y) < trim || std::hypot(p.x - b.x, p.y - b.y) < trim) continue;
        pts[count++] = p;
    }
    if (count < 2) return;
    if (kind == "steun") {
        dl->AddPolyline(pts, count, kSupportColor, 0, f * 0.2f);
    } else if (kind == "conflict") {
        // Walk the arc and step aside left and right every half period.
        const float step = f * 0.4f, amp = f * 0.28f;
        float carry = 0;
        int side = 1;
        dl->PathLineTo(pts[0]);
        for (int i = 1; i < count; ++i) {
            const ImVec2 p0 = pts[i - 1], p1 = pts[i];
            const float seg = std::hypot(p1.x - p0.x, p1.y - p0.y);
            if (seg <= 0) continue;
            const ImVec2 sd((p1.x - p0.x) / seg, (p1.y - p0.y) / seg), sn(-sd.y, sd.x);
            for (float t = step - carry; t < seg; t += step) {
                dl->PathLineTo(ImVec2(p0.x + sd.x * t + sn.x * amp * static_cast<float>(side), p0.y + sd.y * t + sn.y * amp * static_cast<float>(side)));
                side = -side;
                carry = seg - t;
            }
            if (step - carry > seg) carry += seg;
        }
        dl->PathLineTo(pts[count - 1]);
        dl->PathStroke(kConflictColor, 0, f * 0.13f);
    } else {
        for (int i = 1; i < count; i += 2) dl->AddLine(pts[i - 1], pts[i], kContactColor, f * 0.11f);
    }
}

// The genogram symbol: square (m), circle (v), diamond (x); the deceased crossed out.
void draw_symbol(ImDrawList* dl, ImVec2 c, float s, const core::Person& p, ImU32 fill) {
    const float h = s * 0.5f, line = std::max(1.5f, s * 0.055f);
    const ImU32 face = p.deceased ? IM_COL32(226, 228, 232, 255) : fill;
    if (p.gender == 'm') {
        dl->AddRectFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), face);
        dl->AddRect(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), kInk, 0, 0, line);
    } else if (p.gender == 'v') {
        dl->AddCircleFilled(c, h, face, 40);
        dl->AddCircle(c, h, kInk, 40, line);
    } else {
        const float r = h * 1.18f;
        const ImVec2 pts[4] = {ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y)};
        dl->AddConvexPolyFilled(pts, 4, face);
        dl->AddPolyline(pts, 4, kInk, ImDrawFlags_Closed, line);
    }
    if (p.deceased) {
        const float k = p.gender == 'm' ? h : h * 0.72f;
        dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), kInk, line);
        dl->AddLine(ImVec2(c.x + k, c.y - k), ImVec2(c.x - k, c.y + k), kInk, line);
    }
}

// Text centred on x, cut with "…" to max_w.
// A light halo behind the text keeps names readable where a tie passes underneath.
void centred_text(ImDrawList* dl, ImFont* font, float size, float cx, float y, float max_w, ImU32 col, const char* text) {
    if (!*text) return;
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, text).x;
    const float halo_w = std::min(w, max_w) * 0.5f + size * 0.15f;
    dl->AddRectFilled(ImVec2(cx - halo_w, y + size * 0.05f), ImVec2(cx + halo_w, y + size * 1.05f), IM_COL32(252, 252, 253, 210), size * 0.2f);
    if (w <= max_w) {
        dl->AddText(font, size, ImVec2(cx - w * 0.5f, y), col, text);
        return;
    }
    const char* end = text;
    const char* ell = "…";
    const float ell_w = font->CalcTextSizeA(size, FLT_MAX, 0, ell).x;
    float acc = 0;
    const char* text_end = text + std::strlen(text);
    while (end < text_end) {
        unsigned int ch = 0;
        const int n = ImTextCharFromUtf8(&ch, end, text_end);
        const float cw = font->GetCharAdvance(static_cast<ImWchar>(ch)) * size / font->FontSize;
        if (n <= 0 || acc + cw > max_w - ell_w) break;
        acc += cw;
        end += n;
    }
    const float x = cx - (acc + ell_w) * 0.5f;
    dl->AddText(font, size, ImVec2(x, y), col, text, end);
    dl->AddText(font, size, ImVec2(x + acc, y), col, ell);
}

// ---------------------------------------------------------------------------------------------
// 3. The canvas
// ---------------------------------------------------------------------------------------------

struct Geometry {
    float f = 19, symbol = 40, slot = 130, row = 110, label_h = 0;
    ImVec2 origin;  // screen position of unit (0, 0)
    ImVec2 at(float x, float y) const { return ImVec2(origin.x + x * slot, origin.y + y * row); }
};

void person_tooltip(const core::Persons& ps, const core::Person& p) {
    const core::Lang lang = language();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(p.name.c_str());
    ImGui::PopFont();
    std::string meta = core::role_name(p.role, language());
    if (p.age >= 0) meta += (meta.empty() ? "" : ", ") + std::to_string(p.age) + " " + tr(S::PsYears);
    if (p.deceased) meta += (meta.empty() ? "" : ", ") + std::string(tr(S::PsDeceased));
    meta += (meta.empty() ? "" : " · ") + std::string(p.household ? tr(S::PsInHousehold) : tr(S::PsElsewhere));
    muted_text(meta.c_str());
    if (!p.description.empty()) ImGui::TextUnformatted(p.description.get(lang).c_str());
    if (const core::PersonNote* n = note_of(ps, p.id)) {
        char label[16];  // "–" and any int: support_label never truncates
        support_label(n->support, label, sizeof label);
        wrapped_colored(support_color(n->support), (std::string(tr(S::PsSupport)) + ": " + label + " (" + tr(support_word(n->support)) + ")").c_str());
        if (!n->role.empty()) wrapped_colored(colors::Accent, (std::string(tr(S::PsRole)) + ": " + n->role).c_str());
        if (!n->note.empty()) ImGui::TextUnformatted(n->note.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// The legend along the bottom: symbols, lines and what the colours mean, wrapping when narrow.
float draw_legend(ImDrawList* dl, ImVec2 pos, float width, float f, bool draw) {
    const float s = f * 0.9f;
    float x = pos.x, y = pos.y;
    const float line_h = f * 1.45f;
    auto item = [&](float icon_w, const char* label, auto&& icon) {
        const float w = icon_w + f * 0.35f + ImGui::CalcTextSize(label).x + f * 1.0f;
        if (x + w > pos.x + width && x > pos.x) {
            x = pos.x;
            y += line_h;
        }
        if (draw) {
            icon(ImVec2(x + icon_w * 0.5f, y + line_h * 0.5f));
            dl->AddText(ImVec2(x + icon_w + f * 0.35f, y + (line_h - f) * 0.5f), colors::Muted, label);
        }
        x += w;
    };
    core::Person m, v, o, d;
    m.gender = 'm', v.gender = 'v', o.gender = 'x', d.gender = 'm', d.deceased = true;
    item(s, tr(S::PsLegendMale), [&](ImVec2 c) { draw_symbol(dl, c, s, m, IM_COL32_WHITE); });
    item(s, tr(S::PsLegendFemale), [&](ImVec2 c) { draw_symbol(dl, c, s, v, IM_COL32_WHITE); });
    item(s, tr(S::PsLegendOther), [&](ImVec2 c) { draw_symbol(dl, c, s * 0.85f, o, IM_COL32_WHITE); });
    item(s, tr(S::PsLegendDeceased), [&](ImVec2 c) { draw_symbol(dl, c, s, d, IM_COL32_WHITE); });
    item(f * 1.6f, tr(S::PsLegendSeparated), [&](ImVec2 c) {
        dl->AddLine(ImVec2(c.x - f * 0.8f, c.y), ImVec2(c.x + f * 0.8f, c.y), kInk, 2.0f);
        for (float k : {-0.15f, 0.15f}) dl->AddLine(ImVec2(c.x + f * (k - 0.12f), c.y + f * 0.3f), ImVec2(c.x + f * (k + 0.12f), c.y - f * 0.3f), kInk, 2.0f);
    });
    item(f * 1.6f, tr(S::PsLegendHousehold), [&](ImVec2 c) { dashed_line(dl, ImVec2(c.x - f * 0.8f, c.y), ImVec2(c.x + f * 0.8f, c.y), kHousehold, f * 0.3f, f * 0.2f, 2.0f); });
    for (const core::Term& t : core::tie_kinds()) {
        const std::string kind(t.id);
        item(f * 1.8f, term_name(t), [&](ImVec2 c) { draw_tie(dl, ImVec2(c.x - f * 0.9f, c.y), ImVec2(c.x + f * 0.9f, c.y), kind, f); });
    }
    item(f * 1.2f, tr(S::PsLegendSupport), [&](ImVec2 c) {
        dl->AddCircle(c, f * 0.45f, support_color(2), 24, 3.0f);
        dl->AddCircle(ImVec2(c.x + f * 0.05f, c.y), f * 0.2f, support_color(-2), 16, 2.0f);
    });
    return y + line_h - pos.y;
}

// Where the diagram goes this frame: the geometry (symbol, slot and row sizes that fit the room),
// the layout for it, and the room above (headings) and below (legend).
struct Diagram {
    Geometry g;
    const core::GenogramLayout* l = nullptr;
    float head = 0, legend_h = 0, half = 0, label_w = 0, band_text_w = 0;
    float total_w = 0, total_h = 0, pad_x = 0;
    bool has_network = false;
    ImVec2 scroll_origin;
};

Diagram fit_diagram(PersonsView& v, const core::Scenario& sc, ImDrawList* dl, const ImRect& clip, float f) {
    Diagram d;
    Geometry& g = d.g;
    // The legend keeps its place at the bottom; the diagram gets the rest and shrinks to fit.
    d.legend_h = draw_legend(dl, ImVec2(clip.Min.x + f * 0.6f, 0), clip.GetWidth() - f * 1.2f, f, false) + f * 0.4f;
    d.head = f * 1.7f;  // the "family" and "network" headings; the network one may wrap
    g.f = f;
    g.label_h = f * 1.12f;
    const float base_symbol = f * 2.3f, base_slot = f * 7.4f, base_row = base_symbol + g.label_h * 3 + f * 1.6f;
    // The size of the diagram does not depend on the outline: measure with the one cached.
    const core::GenogramLayout& measured = layout(v, sc, v.outline);
    const float need_w = std::max(measured.width, 1.0f) * base_slot, need_h = std::max(measured.height, 1.0f) * base_row;
    const float room_w = clip.GetWidth() - f * 0.6f, room_h = clip.GetHeight() - d.legend_h - d.head - f * 0.6f;
    // Shrinks to fit (down to a readable minimum, then scrolls); grows a little on a big screen.
    const float scale = std::clamp(std::min(room_w / need_w, room_h / need_h), 0.62f, 1.25f);
    g.symbol = base_symbol * std::clamp(scale, 0.8f, 1.15f);
    g.slot = base_slot * scale;
    g.row = std::max(base_row * scale, g.symbol + g.label_h * 3 + f * 1.0f);  // labels keep their size
    d.half = g.symbol * 0.5f;
    d.label_w = g.slot * 0.9f;
    core::GenogramOutline outline;
    outline.pad_x = (g.slot * 0.45f + f * 0.15f) / g.slot;
    outline.above = (d.half + f * 0.4f) / g.row;
    outline.below = (d.half + g.label_h * 3 + f * 0.2f) / g.row;
    const core::GenogramLayout& l = layout(v, sc, outline);
    d.l = &l;
    for (const auto& n : l.nodes) d.has_network = d.has_network || n.network;
    d.band_text_w = (l.width - l.band_x) * g.slot - f * 0.8f;
    if (d.has_network)
        d.head = std::max(d.head, fonts().bold->CalcTextSizeA(f, FLT_MAX, d.band_text_w, tr(S::PsNetwork)).y + f * 0.7f);
    d.total_w = std::max(l.width, 1.0f) * g.slot;
    d.total_h = std::max(l.height, 1.0f) * g.row + d.head + d.legend_h + f * 0.6f;
    // Centre the diagram when there is room to spare.
    d.scroll_origin = ImGui::GetCursorScreenPos();
    d.pad_x = std::max((clip.GetWidth() - d.total_w) * 0.5f, f * 0.3f);
    g.origin = ImVec2(d.scroll_origin.x + d.pad_x + g.slot * 0.5f, d.scroll_origin.y + d.head + g.symbol * 0.5f + f * 0.3f);
    return d;
}

// The "family" heading and the network band with its heading.
void draw_headings(ImDrawList* dl, const Diagram& d, float f) {
    const Geometry& g = d.g;
    const core::GenogramLayout& l = *d.l;
    const float diagram_bottom = g.origin.y + (std::max(l.height, 1.0f) - 0.5f) * g.row + g.label_h * 2;
    ImGui::PushFont(fonts().bold);
    if (l.generations > 0) dl->AddText(ImVec2(g.at(0, 0).x - g.slot * 0.45f, d.scroll_origin.y + f * 0.35f), colors::Muted, tr(S::PsFamily));
    ImGui::PopFont();
    if (d.has_network) {
        const ImVec2 a(g.at(l.band_x, 0).x - g.slot * 0.5f, d.scroll_origin.y + f * 0.2f);
        const ImVec2 b(g.at(l.width, 0).x - g.slot * 0.45f, diagram_bottom + f * 0.4f);
        dl->AddRectFilled(a, b, IM_COL32(240, 244, 238, 255), f * 0.4f);
        dl->AddRect(a, b, IM_COL32(200, 214, 196, 255), f * 0.4f, 0, 1.0f);
        ImGui::PushFont(fonts().bold);
        dl->AddText(ImGui::GetFont(), f, ImVec2(a.x + f * 0.4f, a.y + f * 0.15f), colors::Muted, tr(S::PsNetwork), nullptr, d.band_text_w);
        ImGui::PopFont();
    }
}

// The household outline (its sizes were given to the layout in rows and slots), then the family
// lines: couples (a double slash when separated), and parents to their children.
void draw_family_lines(ImDrawList* dl, const Diagram& d, float f) {
    const Geometry& g = d.g;
    const core::GenogramLayout& l = *d.l;
    for (const auto& seg : l.household)
        dashed_line(dl, g.at(seg.x0, seg.y0), g.at(seg.x1, seg.y1), kHousehold, f * 0.45f, f * 0.28f, std::max(1.5f, f * 0.1f));
    const float half = d.half;
    const float line_w = std::max(1.6f, f * 0.09f);
    for (const auto& c : l.couples) {
        const ImVec2 a = g.at(l.nodes[c.a].x, l.nodes[c.a].y), b = g.at(l.nodes[c.b].x, l.nodes[c.b].y);
        dl->AddLine(ImVec2(a.x + half, a.y), ImVec2(b.x - half, b.y), kInk, line_w);
        if (c.status == "gescheiden") {
            const float mx = (a.x + b.x) * 0.5f, my = (a.y + b.y) * 0.5f, k = f * 0.42f;
            for (float dx : {-f * 0.2f, f * 0.2f})
                dl->AddLine(ImVec2(mx + dx - k * 0.45f, my + k), ImVec2(mx + dx + k * 0.45f, my - k), kInk, line_w);
        }
    }
    for (const auto& fam : l.families) {
        if (fam.children.empty() || fam.parents.empty()) continue;
        const auto& first_child = l.nodes[fam.children.front()];
        const float child_top = g.at(0, first_child.y).y - half;
        const float bar_y = child_top - f * 0.9f;
        ImVec2 from = g.at(fam.anchor_x, l.nodes[fam.parents.front()].y);
        if (fam.parents.size() == 1) from.y += half + g.label_h * 3;  // below the name and role
        else if (fam.parents.size() == 2) {
            // Two parents without a recorded relationship: a dashed line between them.
            bool couple = false;
            for (const auto& c : l.couples)
                couple = couple || (std::min(c.a, c.b) == std::min(fam.parents[0], fam.parents[1]) &&
                                    std::max(c.a, c.b) == std::max(fam.parents[0], fam.parents[1]));
            if (!couple) {
                const ImVec2 a = g.at(l.nodes[fam.parents[0]].x, l.nodes[fam.parents[0]].y), b = g.at(l.nodes[fam.parents[1]].x, l.nodes[fam.parents[1]].y);
                dashed_line(dl, ImVec2(a.x + half, a.y), ImVec2(b.x - half, b.y), kInk, f * 0.3f, f * 0.25f, line_w);
            }
        }
        float lo = from.x, hi = from.x;
        for (size_t c : fam.children) {
            const float x = g.at(l.nodes[c].x, 0).x;
            lo = std::min(lo, x), hi = std::max(hi, x);
            dl->AddLine(ImVec2(x, bar_y), ImVec2(x, g.at(0, l.nodes[c].y).y - half), kInk, line_w);
        }
        dl->AddLine(from, ImVec2(from.x, bar_y), kInk, line_w);
        dl->AddLine(ImVec2(lo, bar_y), ImVec2(hi, bar_y), kInk, line_w);
    }
}

// Sociogram ties between any two persons, under the symbols, bent around everyone else's
// symbol and name (they ran through them).
void draw_ties(PersonsView& v, ImDrawList* dl, const Diagram& d, const core::Persons& ps, float f) {
    const Geometry& g = d.g;
    const core::GenogramLayout& l = *d.l;
    const float half = d.half, label_w = d.label_w;
    auto obstacles_except = [&](size_t a, size_t b) {
        std::vector<core::GenogramBox> out;
        for (size_t i = 0; i < v.people.size() && i < l.nodes.size(); ++i) {
            if (i == a || i == b) continue;
            const ImVec2 c = g.at(l.nodes[i].x, l.nodes[i].y);
            out.push_back({c.x - half - f * 0.3f, c.y - half - f * 0.3f, c.x + half + f * 0.3f, c.y + half});
            out.push_back({c.x - label_w * 0.4f, c.y + half, c.x + label_w * 0.4f, c.y + half + g.label_h * 2.2f});
        }
        return out;
    };
    std::string key = v.layout_people + std::to_string(v.layout_for);
    for (float x : {g.origin.x, g.origin.y, g.slot, g.row, g.symbol, g.label_h, f}) key.append(reinterpret_cast<const char*>(&x), sizeof x);
    for (const auto& t : ps.ties) key += t.a + '\x1f' + t.b + '\n';
    const std::uint64_t arcs_key = core::content_hash(key);
    const bool reroute = arcs_key != v.arcs_key;
    if (reroute) v.arcs.clear();
    size_t next = 0;
    for (const auto& t : ps.ties) {
        const int a = person_index(v, t.a), b = person_index(v, t.b);
        if (a < 0 || b < 0) continue;
        ImVec2 pa = g.at(l.nodes[static_cast<size_t>(a)].x, l.nodes[static_cast<size_t>(a)].y);
        ImVec2 pb = g.at(l.nodes[static_cast<size_t>(b)].x, l.nodes[static_cast<size_t>(b)].y);
        if (next == v.arcs.size())  // rerouting, or a tie the cache does not have
            v.arcs.push_back(core::route_tie(pa.x, pa.y, pb.x, pb.y, obstacles_except(static_cast<size_t>(a), static_cast<size_t>(b)), f * 1.3f,
                                             f * 2.6f));
        const core::TieArc& arc = v.arcs[next++];
        draw_tie_arc(dl, pa, pb, ImVec2(arc.cx, arc.cy), t.kind, f, half + f * 0.5f);
    }
    v.arcs_key = arcs_key;
}

// The hit area of a person (the symbol with its labels): a button, a drag source and a drop
// target for a new tie. True when hovered; `clicked` gets the id on a click.
bool person_hit_area(PersonsView& v, const core::Person& p, const ImRect& hit, std::string& clicked) {
    ImGui::SetCursorScreenPos(hit.Min);
    ImGui::PushID(p.id.c_str());
    if (ImGui::InvisibleButton("##persoon", hit.GetSize())) clicked = p.id;
    const bool hover = ImGui::IsItemHovered();
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kPersonPayload, p.id.c_str(), p.id.size() + 1);
        ImGui::Text("%s → …", p.name.c_str());
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* pl = ImGui::AcceptDragDropPayload(kPersonPayload)) {
            const std::string from(static_cast<const char*>(pl->Data));
            if (from != p.id) {
                v.tie_a = from;
                v.tie_b = p.id;
                v.tie_popup = true;
            }
        }
        ImGui::EndDragDropTarget();
    }
    ImGui::PopID();
    return hover;
}

// One person: the selection, the support as a ring and a badge, the symbol with the age inside,
// then the name (with † and age for the deceased), the case role and the role the trainee noted.
void draw_person(ImDrawList* dl, const Diagram& d, const core::Person& p, const core::PersonNote* note, const core::GenogramNode& node,
                 const ImRect& hit, bool selected, bool hover, float f) {
    const ImVec2 c = d.g.at(node.x, node.y);
    const float half = d.half;
    const int support = note ? note->support : 0;
    if (selected) {
        dl->AddRectFilled(hit.Min, hit.Max, IM_COL32(26, 95, 122, 28), f * 0.35f);
        dl->AddRect(hit.Min, hit.Max, colors::Accent, f * 0.35f, 0, 2.5f);
    } else if (hover) {
        dl->AddRect(hit.Min, hit.Max, IM_COL32(26, 95, 122, 110), f * 0.35f, 0, 1.5f);
    }
    if (support != 0) {
        const float ring = half + f * 0.22f + std::abs(support) * f * 0.06f;
        const float thick = f * 0.12f + std::abs(support) * f * 0.07f;
        if (p.gender == 'm') dl->AddRect(ImVec2(c.x - ring, c.y - ring), ImVec2(c.x + ring, c.y + ring), support_color(support), f * 0.2f, 0, thick);
        else dl->AddCircle(c, ring * (p.gender == 'x' ? 1.18f : 1.0f), support_color(support), 40, thick);
    }
    draw_symbol(dl, c, d.g.symbol, p, node.network ? IM_COL32(250, 252, 248, 255) : IM_COL32_WHITE);
    if (p.age >= 0 && !p.deceased) {
        char age[16];
        std::snprintf(age, sizeof age, "%d", p.age);
        ImGui::PushFont(fonts().bold);
        const ImVec2 ts = ImGui::CalcTextSize(age);
        dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), kInk, age);
        ImGui::PopFont();
    }
    if (support != 0) {
        char label[16];
        support_label(support, label, sizeof label);
        ImGui::PushFont(fonts().bold);
        const float size = f * 0.82f;
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0, label);
        const float r = std::max(ts.x, ts.y) * 0.5f + f * 0.18f;
        const ImVec2 bc(c.x + half + f * 0.15f, c.y - half - f * 0.05f);
        dl->AddCircleFilled(bc, r, support_color(support), 24);
        dl->AddCircle(bc, r, IM_COL32_WHITE, 24, 1.5f);
        dl->AddText(ImGui::GetFont(), size, ImVec2(bc.x - ts.x * 0.5f, bc.y - ts.y * 0.5f), IM_COL32_WHITE, label);
        ImGui::PopFont();
    }
    char name[160];
    if (p.deceased && p.age >= 0) std::snprintf(name, sizeof name, "%s † %d", p.name.c_str(), p.age);
    else if (p.deceased) std::snprintf(name, sizeof name, "%s †", p.name.c_str());
    else std::snprintf(name, sizeof name, "%s", p.name.c_str());
    float y = c.y + half + f * 0.15f;
    centred_text(dl, fonts().bold, f, c.x, y, d.label_w, kInk, name);
    y += d.g.label_h;
    // The trainee's own person says so under its name.
    const std::string role = p.own ? std::string(tr(S::PsOwnShort)) + ": " + core::role_name(p.role, language()) : core::role_name(p.role, language());  // the mark first: a narrow band cuts the end
    centred_text(dl, ImGui::GetFont(), f, c.x, y, d.label_w, colors::Muted, role.c_str());
    y += d.g.label_h;
    if (note && !note->role.empty()) centred_text(dl, ImGui::GetFont(), f, c.x, y, d.label_w, colors::Accent, note->role.c_str());
}

// A drag between two persons asks which kind of tie it is.
void tie_kind_popup(App& app, PersonsView& v) {
    if (v.tie_popup) {
        ImGui::OpenPopup("##band_soort");
        v.tie_popup = false;
    }
    if (!ImGui::BeginPopup("##band_soort")) return;
    const core::Person* a = find_person(v, v.tie_a);
    const core::Person* b = find_person(v, v.tie_b);
    if (a && b) {
        ImGui::PushFont(fonts().bold);
        ImGui::Text("%s — %s", a->name.c_str(), b->name.c_str());
        ImGui::PopFont();
        for (const core::Term& t : core::tie_kinds()) {
            ImGui::PushStyleColor(ImGuiCol_Text, tie_color(std::string(t.id)));
            if (ImGui::Selectable(term_name(t))) app.act("personen.band", "", {{"a", v.tie_a}, {"b", v.tie_b}, {"soort", std::string(t.id)}});
            ImGui::PopStyleColor();
        }
    }
    ImGui::EndPopup();
}

void canvas(App& app, PersonsView& v, ImVec2 size) {
    const auto& ctl = *app.session();
    const core::Persons& ps = ctl.state().analysis.persons;
    const float f = ImGui::GetFontSize();

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(252, 252, 253, 255));
    ImGui::BeginChild("##personen_canvas", size, true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImRect clip = ImGui::GetCurrentWindow()->InnerRect;

    const Diagram d = fit_diagram(v, ctl.scenario(), dl, clip, f);
    draw_headings(dl, d, f);
    draw_family_lines(dl, d, f);
    draw_ties(v, dl, d, ps, f);

    // Persons: symbol, age inside, name and role below, support as a ring and a badge.
    const core::Person* hovered = nullptr;
    std::string clicked;
    for (size_t i = 0; i < v.people.size() && i < d.l->nodes.size(); ++i) {
        const core::Person& p = v.people[i];
        const auto& node = d.l->nodes[i];
        const ImVec2 c = d.g.at(node.x, node.y);
        const ImRect hit(ImVec2(c.x - d.label_w * 0.5f, c.y - d.half - f * 0.3f), ImVec2(c.x + d.label_w * 0.5f, c.y + d.half + d.g.label_h * 3));
        const bool hover = person_hit_area(v, p, hit, clicked);
        if (hover) hovered = &p;
        draw_person(dl, d, p, note_of(ps, p.id), node, hit, v.selected == p.id, hover, f);
    }
    tie_kind_popup(app, v);

    if (v.people.empty()) dl->AddText(ImVec2(clip.Min.x + f, clip.Min.y + f), colors::Muted, tr(S::PsNoPersons));

    // Content size for the scrollbars, then the legend pinned to the bottom edge.
    ImGui::SetCursorScreenPos(d.scroll_origin);
    ImGui::Dummy(ImVec2(d.total_w + d.pad_x, d.total_h));
    const ImVec2 legend_at(clip.Min.x + f * 0.6f, clip.Max.y - d.legend_h);
    dl->AddRectFilled(ImVec2(clip.Min.x, legend_at.y - f * 0.2f), clip.Max, IM_COL32(244, 246, 248, 235));
    draw_legend(dl, legend_at, clip.GetWidth() - f * 1.2f, f, true);

    if (hovered && !ImGui::GetDragDropPayload()) person_tooltip(ps, *hovered);
    if (!clicked.empty()) select_person(v, clicked == v.selected ? std::string() : clicked);
    ImGui::EndChild();
}

}  // namespace

namespace {
class PersonsBoard final : public View {
public:
    PersonsBoard() : View(Kind::Tab, "personen") {}

protected:
    void draw_content(App& app) override;

private:
    PerSession<persons_detail::PersonsView> state_;
};
}  // namespace

std::unique_ptr<View> make_persons_board() { return std::make_unique<PersonsBoard>(); }

void PersonsBoard::draw_content(App& app) {
    using namespace persons_detail;
    if (!app.session()) return;
    PersonsView& v = state_.get(app.session_epoch());
    v.people = core::board_persons(app.session()->scenario(), app.session()->state().analysis.persons);
    if (!v.selected.empty() && !find_person(v, v.selected)) v.selected.clear();
    if (!v.selected.empty() && !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) && keys::escape_pressed())
        select_person(v, "");

    ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(241, 243, 246, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, IM_COL32(228, 236, 242, 255));
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, IM_COL32(214, 228, 238, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    // At least fourteen lines high: on a small screen at large text the board scrolls instead of
    // squeezing the lanes or the genogram to a strip.
    const ImVec2 avail(ImGui::GetContentRegionAvail().x, std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 14));
    const float f = ImGui::GetFontSize();
    const float panel_w = std::clamp(avail.x * 0.34f, f * 15.0f, f * 24.0f);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (avail.x - panel_w - gap < f * 20) {
        // Too narrow for both side by side (a small screen, large text): the panel below.
        const float canvas_h = std::max(avail.y * 0.6f, f * 12);
        canvas(app, v, ImVec2(avail.x, canvas_h));
        panel(app, v, ImVec2(0, std::max(avail.y - canvas_h - ImGui::GetStyle().ItemSpacing.y, f * 14)));
    } else {
        canvas(app, v, ImVec2(avail.x - panel_w - gap, avail.y));
        ImGui::SameLine(0, gap);
        panel(app, v, ImVec2(0, avail.y));
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
}

}  // namespace lwp::ui
