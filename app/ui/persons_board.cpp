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
//   4. The panel beside it: the selected person's notes, ties, and the person list
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>

#include "core/layout/genogram_layout.hpp"
#include "core/model/case_words.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. View state
// ---------------------------------------------------------------------------------------------

constexpr const char* kPersonPayload = "LWP_PERSOON";  // a person dragged onto another: a new tie

struct PersonsView {
    std::string session;
    std::string selected;  // person id
    std::string tie_a, tie_b;  // a tie waiting for its kind (after a drag between two persons)
    bool tie_popup = false;
    int new_tie_other = -1;    // panel form: indices into the persons
    int new_tie_from = 0;
    int new_tie_kind = 0;
    // The add-person form (the trainee's own persons)
    std::string new_name, new_role;
    int new_gender = 2;  // m, v, x
    bool new_household = false;
    bool name_needed = false;
    // Everyone on the board this frame: the case's persons, then the trainee's own
    // (core::board_persons).
    std::vector<core::Person> people;
    // The layout depends only on those persons.
    std::uint64_t layout_for = 0;  // Scenario::generation
    std::string layout_people;     // their ids, households and roles when it was made
    core::GenogramOutline outline;
    core::GenogramLayout layout;
};

PersonsView& view() {
    static PersonsView v;
    return v;
}

// Cached per scenario and outline size (the outline follows the symbol and label sizes, which
// follow the text size and the room the canvas has).
std::string people_key(const std::vector<core::Person>& people) {
    std::string key;
    for (const auto& p : people) key += p.id + '|' + (p.household ? '1' : '0') + p.role + '\n';
    return key;
}

const core::GenogramLayout& layout(const core::Scenario& sc, const core::GenogramOutline& outline) {
    PersonsView& v = view();
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

int person_index(const std::string& id) {
    const auto& people = view().people;
    for (size_t i = 0; i < people.size(); ++i)
        if (people[i].id == id) return static_cast<int>(i);
    return -1;
}
const core::Person* find_person(const std::string& id) {
    const int i = person_index(id);
    return i < 0 ? nullptr : &view().people[static_cast<size_t>(i)];
}

const core::PersonNote* note_of(const core::Persons& ps, const std::string& id) {
    auto it = ps.notes.find(id);
    return it == ps.notes.end() ? nullptr : &it->second;
}

const char* term_name(const core::Term& t) { return language() == core::Lang::En ? t.en.data() : t.nl.data(); }

constexpr ImU32 kInk = IM_COL32(38, 42, 48, 255);
constexpr ImU32 kSupportColor = IM_COL32(46, 125, 50, 255);
constexpr ImU32 kConflictColor = IM_COL32(198, 40, 40, 255);
constexpr ImU32 kContactColor = IM_COL32(120, 126, 134, 255);
constexpr ImU32 kHousehold = IM_COL32(26, 95, 122, 200);

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

void select_person(const std::string& id) {
    PersonsView& v = view();
    v.selected = id;
    v.new_tie_other = -1;
}

// ---------------------------------------------------------------------------------------------
// 2. Drawing helpers
// ---------------------------------------------------------------------------------------------

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

void canvas(App& app, ImVec2 size) {
    PersonsView& v = view();
    const auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::Persons& ps = ctl.state().analysis.persons;
    const float f = ImGui::GetFontSize();

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(252, 252, 253, 255));
    ImGui::BeginChild("##personen_canvas", size, true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImRect clip = ImGui::GetCurrentWindow()->InnerRect;

    // The legend keeps its place at the bottom; the diagram gets the rest and shrinks to fit.
    const float legend_h = draw_legend(dl, ImVec2(clip.Min.x + f * 0.6f, 0), clip.GetWidth() - f * 1.2f, f, false) + f * 0.4f;
    float head = f * 1.7f;  // the "family" and "network" headings; the network one may wrap
    Geometry g;
    g.f = f;
    g.label_h = f * 1.12f;
    const float base_symbol = f * 2.3f, base_slot = f * 7.4f, base_row = base_symbol + g.label_h * 3 + f * 1.6f;
    // The size of the diagram does not depend on the outline: measure with the one cached.
    const core::GenogramLayout& measured = layout(sc, v.outline);
    const float need_w = std::max(measured.width, 1.0f) * base_slot, need_h = std::max(measured.height, 1.0f) * base_row;
    const float room_w = clip.GetWidth() - f * 0.6f, room_h = clip.GetHeight() - legend_h - head - f * 0.6f;
    // Shrinks to fit (down to a readable minimum, then scrolls); grows a little on a big screen.
    const float scale = std::clamp(std::min(room_w / need_w, room_h / need_h), 0.62f, 1.25f);
    g.symbol = base_symbol * std::clamp(scale, 0.8f, 1.15f);
    g.slot = base_slot * scale;
    g.row = std::max(base_row * scale, g.symbol + g.label_h * 3 + f * 1.0f);  // labels keep their size
    const float half_symbol = g.symbol * 0.5f;
    core::GenogramOutline outline;
    outline.pad_x = (g.slot * 0.45f + f * 0.15f) / g.slot;
    outline.above = (half_symbol + f * 0.4f) / g.row;
    outline.below = (half_symbol + g.label_h * 3 + f * 0.2f) / g.row;
    const core::GenogramLayout& l = layout(sc, outline);
    bool has_network = false;
    for (const auto& n : l.nodes) has_network = has_network || n.network;
    const float band_text_w = (l.width - l.band_x) * g.slot - f * 0.8f;
    if (has_network)
        head = std::max(head, fonts().bold->CalcTextSizeA(f, FLT_MAX, band_text_w, tr(S::PsNetwork)).y + f * 0.7f);
    const float total_w = std::max(l.width, 1.0f) * g.slot, total_h = std::max(l.height, 1.0f) * g.row + head + legend_h + f * 0.6f;
    // Centre the diagram when there is room to spare.
    const ImVec2 scroll_origin = ImGui::GetCursorScreenPos();
    const float pad_x = std::max((clip.GetWidth() - total_w) * 0.5f, f * 0.3f);
    g.origin = ImVec2(scroll_origin.x + pad_x + g.slot * 0.5f, scroll_origin.y + head + g.symbol * 0.5f + f * 0.3f);

    // Headings and the network band.
    const float diagram_bottom = g.origin.y + (std::max(l.height, 1.0f) - 0.5f) * g.row + g.label_h * 2;
    ImGui::PushFont(fonts().bold);
    if (l.generations > 0) dl->AddText(ImVec2(g.at(0, 0).x - g.slot * 0.45f, scroll_origin.y + f * 0.35f), colors::Muted, tr(S::PsFamily));
    ImGui::PopFont();
    if (has_network) {
        const ImVec2 a(g.at(l.band_x, 0).x - g.slot * 0.5f, scroll_origin.y + f * 0.2f);
        const ImVec2 b(g.at(l.width, 0).x - g.slot * 0.45f, diagram_bottom + f * 0.4f);
        dl->AddRectFilled(a, b, IM_COL32(240, 244, 238, 255), f * 0.4f);
        dl->AddRect(a, b, IM_COL32(200, 214, 196, 255), f * 0.4f, 0, 1.0f);
        ImGui::PushFont(fonts().bold);
        dl->AddText(ImGui::GetFont(), f, ImVec2(a.x + f * 0.4f, a.y + f * 0.15f), colors::Muted, tr(S::PsNetwork), nullptr, band_text_w);
        ImGui::PopFont();
    }

    // The household outline (its sizes were given to the layout in rows and slots), then the family lines.
    for (const auto& seg : l.household)
        dashed_line(dl, g.at(seg.x0, seg.y0), g.at(seg.x1, seg.y1), kHousehold, f * 0.45f, f * 0.28f, std::max(1.5f, f * 0.1f));
    const float half = g.symbol * 0.5f;
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

    // Sociogram ties between any two persons, under the symbols, bent around everyone else's
    // symbol and name (they ran through them).
    const float label_w = g.slot * 0.9f;
    auto obstacles_except = [&](size_t a, size_t b) {
        std::vector<core::GenogramBox> out;
        for (size_t i = 0; i < view().people.size() && i < l.nodes.size(); ++i) {
            if (i == a || i == b) continue;
            const ImVec2 c = g.at(l.nodes[i].x, l.nodes[i].y);
            out.push_back({c.x - half - f * 0.3f, c.y - half - f * 0.3f, c.x + half + f * 0.3f, c.y + half});
            out.push_back({c.x - label_w * 0.4f, c.y + half, c.x + label_w * 0.4f, c.y + half + g.label_h * 2.2f});
        }
        return out;
    };
    for (const auto& t : ps.ties) {
        const int a = person_index(t.a), b = person_index(t.b);
        if (a < 0 || b < 0) continue;
        ImVec2 pa = g.at(l.nodes[static_cast<size_t>(a)].x, l.nodes[static_cast<size_t>(a)].y);
        ImVec2 pb = g.at(l.nodes[static_cast<size_t>(b)].x, l.nodes[static_cast<size_t>(b)].y);
        const core::TieArc arc = core::route_tie(pa.x, pa.y, pb.x, pb.y, obstacles_except(static_cast<size_t>(a), static_cast<size_t>(b)),
                                                 f * 1.3f, f * 2.6f);
        draw_tie_arc(dl, pa, pb, ImVec2(arc.cx, arc.cy), t.kind, f, half + f * 0.5f);
    }

    // Persons: symbol, age inside, name and role below, support as a ring and a badge.
    const core::Person* hovered = nullptr;
    std::string clicked;
    for (size_t i = 0; i < view().people.size() && i < l.nodes.size(); ++i) {
        const core::Person& p = view().people[i];
        const auto& node = l.nodes[i];
        const ImVec2 c = g.at(node.x, node.y);
        const core::PersonNote* note = note_of(ps, p.id);
        const int support = note ? note->support : 0;
        // The hit area: the symbol with its labels; also a drag source and target for ties.
        const ImRect hit(ImVec2(c.x - label_w * 0.5f, c.y - half - f * 0.3f), ImVec2(c.x + label_w * 0.5f, c.y + half + g.label_h * 3));
        ImGui::SetCursorScreenPos(hit.Min);
        ImGui::PushID(p.id.c_str());
        if (ImGui::InvisibleButton("##persoon", hit.GetSize())) clicked = p.id;
        const bool hover = ImGui::IsItemHovered();
        if (hover) hovered = &p;
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

        if (v.selected == p.id) {
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
        draw_symbol(dl, c, g.symbol, p, node.network ? IM_COL32(250, 252, 248, 255) : IM_COL32_WHITE);
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
        // Name (with † and age for the deceased), the case role, and the role the trainee noted.
        char name[160];
        if (p.deceased && p.age >= 0) std::snprintf(name, sizeof name, "%s † %d", p.name.c_str(), p.age);
        else if (p.deceased) std::snprintf(name, sizeof name, "%s †", p.name.c_str());
        else std::snprintf(name, sizeof name, "%s", p.name.c_str());
        float y = c.y + half + f * 0.15f;
        centred_text(dl, fonts().bold, f, c.x, y, label_w, kInk, name);
        y += g.label_h;
        // The trainee's own person says so under its name.
        const std::string role = p.own ? std::string(tr(S::PsOwnShort)) + ": " + core::role_name(p.role, language()) : core::role_name(p.role, language());  // the mark first: a narrow band cuts the end
        centred_text(dl, ImGui::GetFont(), f, c.x, y, label_w, colors::Muted, role.c_str());
        y += g.label_h;
        if (note && !note->role.empty()) centred_text(dl, ImGui::GetFont(), f, c.x, y, label_w, colors::Accent, note->role.c_str());
    }

    // A drag between two persons asks which kind of tie it is.
    if (v.tie_popup) {
        ImGui::OpenPopup("##band_soort");
        v.tie_popup = false;
    }
    if (ImGui::BeginPopup("##band_soort")) {
        const core::Person* a = find_person(v.tie_a);
        const core::Person* b = find_person(v.tie_b);
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

    if (view().people.empty()) dl->AddText(ImVec2(clip.Min.x + f, clip.Min.y + f), colors::Muted, tr(S::PsNoPersons));

    // Content size for the scrollbars, then the legend pinned to the bottom edge.
    ImGui::SetCursorScreenPos(scroll_origin);
    ImGui::Dummy(ImVec2(total_w + pad_x, total_h));
    const ImVec2 legend_at(clip.Min.x + f * 0.6f, clip.Max.y - legend_h);
    dl->AddRectFilled(ImVec2(clip.Min.x, legend_at.y - f * 0.2f), clip.Max, IM_COL32(244, 246, 248, 235));
    draw_legend(dl, legend_at, clip.GetWidth() - f * 1.2f, f, true);

    if (hovered && !ImGui::GetDragDropPayload()) person_tooltip(ps, *hovered);
    if (!clicked.empty()) select_person(clicked == v.selected ? std::string() : clicked);
    ImGui::EndChild();
}

// ---------------------------------------------------------------------------------------------
// 4. The panel
// ---------------------------------------------------------------------------------------------

// A text field that emits one action when it is left after an edit (focus moves away, Enter or
// Tab), never per keystroke, and follows the state (undo, replay) while it is not being edited.
// The shared board field also wraps long text, which ImGui 1.86's multi-line input cannot.
bool commit_text(const char* id, const std::string& current, std::string& out, float lines, const char* hint = nullptr) {
    FieldOptions o;
    o.single_line = lines <= 1;
    o.min_lines = std::max(1, static_cast<int>(lines + 0.5f));
    o.max_lines = std::max(o.min_lines, 6);
    o.hint = hint;
    return commit_field(id, current, out, o);
}

void field_label(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void ties_list(App& app, const std::string& person) {
    const auto& ctl = *app.session();
    const core::Persons& ps = ctl.state().analysis.persons;
    const float f = ImGui::GetFontSize();
    std::string remove;
    int shown = 0;
    for (const auto& t : ps.ties) {
        if (!person.empty() && t.a != person && t.b != person) continue;
        const core::Person* a = find_person(t.a);
        const core::Person* b = find_person(t.b);
        if (!a || !b) continue;
        ++shown;
        ImGui::PushID(t.id.c_str());
        if (ImGui::Button("✕", ImVec2(ImGui::GetFrameHeight(), 0))) remove = t.id;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::PsRemoveTie));
        ImGui::SameLine();
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(f * 1.8f, ImGui::GetFrameHeight()));
        const float cy = pos.y + ImGui::GetFrameHeight() * 0.5f;
        draw_tie(ImGui::GetWindowDrawList(), ImVec2(pos.x, cy), ImVec2(pos.x + f * 1.6f, cy), t.kind, f);
        ImGui::SameLine();
        const core::Term* kind = core::find_term(core::tie_kinds(), t.kind);
        std::string line = a->name + " – " + b->name + ": " + (kind ? term_name(*kind) : t.kind);
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    if (!shown) muted_text(tr(S::PsNoTies));
    if (!remove.empty()) app.act("personen.band_weg", remove);
}

void add_tie_form(App& app, std::string from) {
    PersonsView& v = view();
    if (view().people.size() < 2) return;
    if (from.empty()) {
        // Nobody selected: the form asks for both ends.
        v.new_tie_from = std::clamp(v.new_tie_from, 0, static_cast<int>(view().people.size()) - 1);
        field_label(tr(S::PsNewTieFrom));
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##van", view().people[static_cast<size_t>(v.new_tie_from)].name.c_str())) {
            for (size_t i = 0; i < view().people.size(); ++i)
                if (ImGui::Selectable(view().people[i].name.c_str(), v.new_tie_from == static_cast<int>(i))) v.new_tie_from = static_cast<int>(i);
            ImGui::EndCombo();
        }
        from = view().people[static_cast<size_t>(v.new_tie_from)].id;
    }
    const bool chosen_here = view().selected.empty();
    const core::Person* a = find_person(from);
    if (!a) return;
    if (v.new_tie_other < 0 || v.new_tie_other >= static_cast<int>(view().people.size()) || view().people[static_cast<size_t>(v.new_tie_other)].id == from)
        v.new_tie_other = view().people[0].id == from ? 1 : 0;
    const auto kinds = core::tie_kinds();
    v.new_tie_kind = std::clamp(v.new_tie_kind, 0, static_cast<int>(kinds.size()) - 1);
    field_label(chosen_here ? tr(S::PsTieAnd) : (std::string(tr(S::PsNewTie)) + " " + a->name).c_str());
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(w * 0.5f);
    if (ImGui::BeginCombo("##met", view().people[static_cast<size_t>(v.new_tie_other)].name.c_str())) {
        for (size_t i = 0; i < view().people.size(); ++i) {
            if (view().people[i].id == from) continue;
            if (ImGui::Selectable(view().people[i].name.c_str(), v.new_tie_other == static_cast<int>(i))) v.new_tie_other = static_cast<int>(i);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##soort", term_name(kinds[static_cast<size_t>(v.new_tie_kind)]))) {
        for (size_t i = 0; i < kinds.size(); ++i) {
            ImGui::PushStyleColor(ImGuiCol_Text, tie_color(std::string(kinds[i].id)));
            if (ImGui::Selectable(term_name(kinds[i]), v.new_tie_kind == static_cast<int>(i))) v.new_tie_kind = static_cast<int>(i);
            ImGui::PopStyleColor();
        }
        ImGui::EndCombo();
    }
    if (ImGui::Button(tr(S::PsAddTie)))
        app.act("personen.band", "", {{"a", from}, {"b", view().people[static_cast<size_t>(v.new_tie_other)].id},
                                      {"soort", std::string(kinds[static_cast<size_t>(v.new_tie_kind)].id)}});
    muted_text(tr(S::PsDragTieHint));
}

void person_editor(App& app, const core::Person& p) {
    const auto& ctl = *app.session();
    const core::Persons& ps = ctl.state().analysis.persons;
    const core::Lang lang = language();
    const core::PersonNote none;
    const core::PersonNote* found = note_of(ps, p.id);
    const core::PersonNote note = found ? *found : none;  // a copy: an action below replaces the state
    const std::string id = p.id;

    heading(p.name.c_str());
    const std::string role = core::role_name(p.role, lang);
    std::string meta = p.own ? std::string(tr(S::PsOwn)) + " · " + role : role;
    if (p.age >= 0) meta += (meta.empty() ? "" : ", ") + std::to_string(p.age) + " " + tr(S::PsYears);
    if (p.deceased) meta += (meta.empty() ? "" : ", ") + std::string(tr(S::PsDeceased));
    meta += (meta.empty() ? "" : " · ") + std::string(p.household ? tr(S::PsInHousehold) : tr(S::PsElsewhere));
    muted_text(meta.c_str());
    if (!p.description.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(p.description.get(lang).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(S::PsSupport));
    ImGui::PopFont();
    // -2 .. +2 as five buttons: clear on a projector, reachable with the arrow keys.
    const float f = ImGui::GetFontSize();
    for (int s = -2; s <= 2; ++s) {
        char label[16];
        support_label(s, label, sizeof label);
        ImGui::PushID(s);
        const bool on = note.support == s;
        ImGui::PushStyleColor(ImGuiCol_Button, on ? support_color(s) : IM_COL32(233, 236, 240, 255));
        ImGui::PushStyleColor(ImGuiCol_Text, on ? IM_COL32_WHITE : support_color(s));
        ImGui::PushFont(fonts().bold);
        if (ImGui::Button(label, ImVec2(f * 2.3f, 0)) && !on) app.act("personen.notitie", id, {{"steun", std::to_string(s)}});
        ImGui::PopFont();
        ImGui::PopStyleColor(2);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(support_word(s)));
        ImGui::PopID();
        if (s < 2) ImGui::SameLine(0, f * 0.2f);
    }
    wrapped_colored(support_color(note.support), tr(support_word(note.support)));
    field_label(tr(S::PsRole));
    std::string text;
    if (commit_text("##rol", note.role, text, 1, tr(S::PsRoleHint))) app.act("personen.notitie", id, {{"rol", text}});
    field_label(tr(S::PsNote));
    if (commit_text("##notitie", note.note, text, 2.6f)) app.act("personen.notitie", id, {{"notitie", text}});
    if (p.own) {  // the trainee's own person: renamed, re-described or removed here
        ImGui::Spacing();
        field_label(tr(S::PsName));
        if (commit_text("##eigen_naam", p.name, text, 1) && !text.empty()) app.act("personen.wijzig", id, {{"naam", text}});
        field_label(tr(S::PsOwnRole));
        if (commit_text("##eigen_rol", p.role, text, 1, tr(S::PsOwnRoleHint))) app.act("personen.wijzig", id, {{"rol", text}});
        ImGui::Spacing();
        if (ImGui::Button(tr(S::PsRemovePerson))) {
            app.act("personen.weg", id);
            select_person("");
        }
    }
}

void add_person_form(App& app) {
    PersonsView& v = view();
    muted_text(tr(S::PsAddPersonHint));
    FieldOptions one;
    one.single_line = true;
    field_label(tr(S::PsName));
    text_area("##nieuwe_naam", v.new_name, one);
    bool entered = left_with_enter();
    field_label(tr(S::PsOwnRole));
    one.hint = tr(S::PsOwnRoleHint);
    text_area("##nieuwe_rol", v.new_role, one);
    entered |= left_with_enter();
    field_label(tr(S::PsGender));
    const char* genders[] = {tr(S::PsLegendMale), tr(S::PsLegendFemale), tr(S::PsLegendOther)};
    for (int g = 0; g < 3; ++g) {
        if (g) flow(button_width(genders[g]) + ImGui::GetFrameHeight());
        ImGui::RadioButton(genders[g], &v.new_gender, g);
    }
    ImGui::Checkbox(tr(S::PsLivesHere), &v.new_household);
    if (ImGui::Button(tr(S::PsAddPerson)) || entered) {
        const std::string name = v.new_name.substr(0, v.new_name.find_last_not_of(" \t") + 1);
        v.name_needed = name.find_first_not_of(" \t") == std::string::npos;
        if (!v.name_needed) {
            app.act("personen.nieuw", "", {{"naam", name}, {"rol", v.new_role}, {"geslacht", std::string(1, "mvx"[v.new_gender])},
                                          {"huishouden", v.new_household ? "1" : "0"}});
            v.new_name.clear();
            v.new_role.clear();
        }
    }
    if (v.name_needed) wrapped_colored(colors::Bad, tr(S::PsNameNeeded));
}

void person_list(App& app) {
    const auto& ctl = *app.session();
    const core::Persons& ps = ctl.state().analysis.persons;
    muted_text(tr(S::PsHint));
    for (const core::Person& p : view().people) {
        ImGui::PushID(p.id.c_str());
        std::string label = p.name + (p.role.empty() ? "" : " (" + core::role_name(p.role, language()) + ")");
        if (const core::PersonNote* n = note_of(ps, p.id); n && n->support != 0) {
            char s[16];
            support_label(n->support, s, sizeof s);
            label += std::string("  ") + s;
        }
        if (ImGui::Selectable(label.c_str(), false)) select_person(p.id);
        ImGui::PopID();
    }
}

bool section(const char* label) {
    ImGui::PushFont(fonts().bold);
    const bool open = wrapping_header(label, true);
    ImGui::PopFont();
    return open;
}

void panel(App& app, ImVec2 size) {
    PersonsView& v = view();
    ImGui::BeginChild("##personen_paneel", size, true);
    const core::Person* p = find_person(v.selected);
    if (p) {
        person_editor(app, *p);
        if (ImGui::Button(tr(S::PsDeselect))) select_person("");
        ImGui::Spacing();
    }
    char label[160];
    std::snprintf(label, sizeof label, "%s###banden", p ? (std::string(tr(S::PsTiesOf)) + " " + p->name).c_str() : tr(S::PsAllTies));
    if (section(label)) {
        ties_list(app, p ? p->id : std::string());
        add_tie_form(app, p ? p->id : std::string());
    }
    if (!p && section(tr(S::PsPersons))) person_list(app);
    if (!p && section(tr(S::PsAddPerson))) add_person_form(app);
    ImGui::EndChild();
}

}  // namespace

void draw_persons_board(App& app) {
    if (!app.session()) return;
    PersonsView& v = view();
    if (v.session != app.session()->session().id) {
        const std::uint64_t keep_for = v.layout_for;
        core::GenogramLayout keep = std::move(v.layout);
        v = PersonsView{};
        v.session = app.session()->session().id;
        v.layout_for = keep_for, v.layout = std::move(keep);
    }
    v.people = core::board_persons(app.session()->scenario(), app.session()->state().analysis.persons);
    if (!v.selected.empty() && !find_person(v.selected)) v.selected.clear();
    if (!v.selected.empty() && !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) && keys::escape_pressed())
        select_person("");

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
        canvas(app, ImVec2(avail.x, canvas_h));
        panel(app, ImVec2(0, std::max(avail.y - canvas_h - ImGui::GetStyle().ItemSpacing.y, f * 14)));
    } else {
        canvas(app, ImVec2(avail.x - panel_w - gap, avail.y));
        ImGui::SameLine(0, gap);
        panel(app, ImVec2(0, avail.y));
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
}

}  // namespace lwp::ui
