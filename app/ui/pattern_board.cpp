// Gezinspatroon (family pattern, bouwsteen.gezinspatroon): the CAF/GIZ loop of parents' development →
// parents' behaviour → children's development → children's behaviour (and back), plus the help
// pattern. Factors are cards in those areas, built from facts (drag a fact or timeline entry onto
// an area) or in own words; each shows how many facts support it. Arrows between cards say "this
// influences that". Above the diagram: the pattern in one sentence and the noble intention;
// below it: the method's interpretation questions. Geometry: core/pattern_layout.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/layout/pattern_layout.hpp"
#include "core/model/case_words.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/pattern_parts.hpp"
#include "ui/dragdrop.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace pattern_detail {

const core::Term& area_term(PatternArea a) { return core::pattern_areas()[static_cast<size_t>(a)]; }

AreaColors area_colors(size_t area) {
    switch (area) {
        case 0: return {IM_COL32(234, 241, 251, 255), IM_COL32(41, 98, 168, 255)};
        case 1: return {IM_COL32(228, 244, 246, 255), IM_COL32(0, 117, 135, 255)};
        case 2: return {IM_COL32(255, 243, 224, 255), IM_COL32(178, 90, 0, 255)};
        case 3: return {IM_COL32(253, 236, 240, 255), IM_COL32(173, 20, 87, 255)};
        default: return {IM_COL32(240, 237, 246, 255), IM_COL32(94, 53, 177, 255)};
    }
}

std::string evidence_text(App& app, const std::string& id) {
    auto& ctl = *app.session();
    const core::Lang lang = language();
    const core::Scenario& sc = ctl.scenario();
    std::string text, date;
    if (const core::TimelineEntry* e = ctl.state().analysis.timeline.entry(id)) {
        const core::Fact* f = e->fact.empty() ? nullptr : sc.fact(e->fact);
        text = !e->text.empty() ? e->text : f ? f->text.get(lang) : id;
        if (e->date.valid()) date = e->date.display(lang);
    } else if (const core::Fact* f = sc.fact(id)) {
        text = f->text.get(lang);
        if (f->date.valid()) date = f->date.display(lang);
    } else text = id;
    return date.empty() ? text : date + ": " + text;
}

std::string shorten(const std::string& s, size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return s.substr(0, cut) + "…";
}

void move_factor(App& app, const core::Factor& f, PatternArea to) {
    if (f.area == to) return;
    std::map<std::string, std::string> args{{"gebied", std::string(area_term(to).id)}};
    // A parent no longer fits a child area (and the reverse): the person goes, the text stays.
    if (!f.person.empty() && to != PatternArea::HelpPattern &&
        core::person_for_area(app.session()->scenario(), {f.person}, to).empty())
        args["persoon"] = "";
    app.act("patroon.wijzig", f.id, std::move(args));
}

}  // namespace pattern_detail

namespace {

using namespace pattern_detail;

// Payloads inside this board: a factor id, dragged by its arrow handle (make an arrow) or by
// the card itself (move it to another area).
constexpr const char* kLinkPayload = "LWP_FACTOR_PIJL";
constexpr const char* kMovePayload = "LWP_FACTOR_VERPLAATS";

ImVec2 to_screen(ImVec2 origin, core::Vec2 p) { return ImVec2(origin.x + p.x, origin.y + p.y); }
ImRect to_screen(ImVec2 origin, const core::Rect& r) {
    return ImRect(origin.x + r.x0, origin.y + r.y0, origin.x + r.x1, origin.y + r.y1);
}

// Changes whenever the log does: its length and its last action (undo then a new action keeps
// the length but changes the last one).
std::uint64_t log_key(const core::Session& s) {
    if (s.actions.empty()) return 0;
    const core::Action& a = s.actions.back();
    std::string bytes = a.type + '\x1f' + a.target + '\x1f' + std::to_string(a.at);
    for (const auto& [k, v] : a.args) bytes += '\x1f' + k + '=' + v;
    return core::content_hash(bytes) ^ (s.actions.size() * 0x9E3779B97F4A7C15ull);
}

struct CardMetrics {
    float pad, line, handle;
};
CardMetrics card_metrics() {
    const float fs = ImGui::GetFontSize();
    return {fs * 0.45f, ImGui::GetTextLineHeight(), fs * 0.5f};
}

// A card shows at most this many lines of its text (the side panel and the tooltip show it all):
// a flip-over holds short notes, and a long fact dropped as-is must not flood the diagram.
constexpr int kCardLines = 3;

ImVec2 handle_center(const ImRect& card) {
    const CardMetrics m = card_metrics();
    const float hr = m.handle * 0.85f;
    return ImVec2(card.Max.x - m.pad * 0.35f - hr, card.Max.y - m.pad * 0.35f - hr);
}

float card_text_width(float card_width) {
    const CardMetrics m = card_metrics();
    return card_width - m.pad * 2 - m.handle * 1.4f;  // the right strip is the handle's
}

// The first kCardLines wrapped lines of `text`, with "…" when there was more.
std::string clamp_lines(const std::string& text, float wrap) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* p = text.c_str();
    const char* end = p + text.size();
    for (int line = 0; line < kCardLines && p < end; ++line) {
        const char* eol = font->CalcWordWrapPositionA(scale, p, end, wrap);
        if (eol == p) eol = p + 1;  // a single glyph wider than the card
        p = eol;
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
    }
    if (p >= end) return text;
    std::string out(text.c_str(), static_cast<size_t>(p - text.c_str()));
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    // Make room for the ellipsis on the last line.
    while (!out.empty() && ImGui::CalcTextSize((out + "…").c_str(), nullptr, false, wrap).y >
                               ImGui::GetTextLineHeight() * (kCardLines + 0.5f)) {
        out.pop_back();
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
    }
    return out + "…";
}

// Person and evidence on the first line, then the text.
float card_height(const std::string& display, float width) {
    const CardMetrics m = card_metrics();
    const float text_h = ImGui::CalcTextSize(display.c_str(), nullptr, false, card_text_width(width)).y;
    return m.pad + m.line + text_h + m.pad;
}

core::PatternMetrics diagram_metrics(float width) {
    const float fs = ImGui::GetFontSize();
    core::PatternMetrics m;
    m.width = width;
    m.gap = fs * 3.0f;
    m.header = fs * 1.9f;
    m.pad = fs * 0.55f;
    m.spacing = fs * 0.5f;
    m.min_card_width = fs * 12;
    m.min_area_height = fs * 7;
    m.min_help_height = fs * 5.5f;
    return m;
}

void rebuild_layout(PatternUi& s, const core::Scenario& sc, const core::Pattern& pattern, float width) {
    const core::Lang lang = language();
    s.person.clear();
    s.badge.clear();
    s.display.assign(pattern.factors.size(), std::string());
    s.index.clear();
    std::vector<PatternArea> areas;
    areas.reserve(pattern.factors.size());
    for (size_t i = 0; i < pattern.factors.size(); ++i) {
        const core::Factor& f = pattern.factors[i];
        areas.push_back(f.area);
        s.index[f.id] = i;
        const core::Person* p = f.person.empty() ? nullptr : sc.person(f.person);
        s.person.push_back(p ? p->name : std::string());
        char badge[64];
        if (f.evidence.empty()) std::snprintf(badge, sizeof badge, "%s", tr(S::NoEvidence, lang));
        else
            std::snprintf(badge, sizeof badge, "%zu %s", f.evidence.size(),
                          f.evidence.size() == 1 ? tr(S::EvidenceFactOne, lang) : tr(S::EvidenceFactMany, lang));
        s.badge.push_back(badge);
    }
    s.geo = core::layout_pattern(diagram_metrics(width), areas, [&](size_t i, float w) {
        s.display[i] = clamp_lines(pattern.factors[i].text, card_text_width(w));
        return card_height(s.display[i], w);
    });
    s.curves.clear();
    s.curve_ok.clear();
    for (const auto& l : pattern.links) {
        auto a = s.index.find(l.from), b = s.index.find(l.to);
        const bool ok = a != s.index.end() && b != s.index.end();
        s.curve_ok.push_back(ok);
        s.curves.push_back(ok ? core::arrow_between(s.geo.cards[a->second], s.geo.cards[b->second], 0.18f, ImGui::GetFontSize() * 2.5f)
                             : core::ArrowCurve{});
    }
}

// --- drops ------------------------------------------------------------------------------------
// A fact or timeline entry dropped on an area becomes a new factor there.
void accept_evidence_on_area(App& app, PatternUi& s, PatternArea area) {
    auto& ctl = *app.session();
    for (auto [type, source] : {std::pair{payload::Fact, core::DropSource::Fact},
                                std::pair{payload::TimelineEntry, core::DropSource::TimelineEntry}}) {
        if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(type)) {
            const std::string id(static_cast<const char*>(p->Data));
            if (auto draft = core::factor_from_drop(ctl.scenario(), ctl.state(), source, id, area, language())) {
                app.act("patroon.factor", "", draft->args());
                s.select_new = ctl.state().analysis.pattern.factors.size();  // show it once it exists
            }
        }
    }
}

// A fact or timeline entry dropped on a card becomes evidence for it; a handle dropped on a card
// becomes an arrow to it.
void accept_on_card(App& app, const core::Factor& f) {
    for (const char* type : {payload::Fact, payload::TimelineEntry})
        if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(type)) {
            const std::string id(static_cast<const char*>(p->Data));
            app.act("patroon.wijzig", f.id, {{"bewijs", core::evidence_with(f.evidence, id)}});
        }
    if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kLinkPayload)) {
        const std::string from(static_cast<const char*>(p->Data));
        if (from != f.id) app.act("patroon.pijl", "", {{"van", from}, {"naar", f.id}});
    }
}

void arrow_head(ImDrawList* dl, ImVec2 tip, ImVec2 from, float size, ImU32 color) {
    float dx = tip.x - from.x, dy = tip.y - from.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len < 1e-3f) return;
    dx /= len;
    dy /= len;
    const ImVec2 base(tip.x - dx * size, tip.y - dy * size);
    dl->AddTriangleFilled(tip, ImVec2(base.x + dy * size * 0.5f, base.y - dx * size * 0.5f),
                          ImVec2(base.x - dy * size * 0.5f, base.y + dx * size * 0.5f), color);
}

// --- the diagram ------------------------------------------------------------------------------
void area_backgrounds(App& app, PatternUi& s, ImVec2 origin, const core::Pattern& pattern) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize();
    const core::PatternMetrics m = diagram_metrics(s.width);
    for (size_t a = 0; a < s.geo.areas.size(); ++a) {
        const ImRect r = to_screen(origin, s.geo.areas[a]);
        const AreaColors c = area_colors(a);
        dl->AddRectFilled(r.Min, r.Max, c.bg, fs * 0.5f);
        dl->AddRect(r.Min, r.Max, c.accent, fs * 0.5f, 0, 1.5f);
        int count = 0;
        for (const auto& f : pattern.factors) count += static_cast<size_t>(f.area) == a;
        char title[128];
        std::snprintf(title, sizeof title, "%s  (%d)", term_name(area_term(static_cast<PatternArea>(a))), count);
        ImGui::PushFont(fonts().bold);
        // The title stops before the "+" button: the count goes first, then an ellipsis.
        const float title_max = r.Max.x - ImGui::GetFrameHeight() - m.pad;
        const ImVec2 title_pos(r.Min.x + m.pad, r.Min.y + (m.header - ImGui::GetTextLineHeight()) * 0.5f);
        if (title_pos.x + ImGui::CalcTextSize(title).x > title_max)
            std::snprintf(title, sizeof title, "%s", term_name(area_term(static_cast<PatternArea>(a))));
        ImGui::PushStyleColor(ImGuiCol_Text, c.accent);
        ImGui::RenderTextEllipsis(dl, title_pos, ImVec2(title_max, title_pos.y + ImGui::GetTextLineHeight()), title_max, title_max, title,
                                  nullptr, nullptr);
        ImGui::PopStyleColor();
        const bool shortened = title_pos.x + ImGui::CalcTextSize(title).x > title_max;
        ImGui::PopFont();
        if (shortened && ImGui::IsMouseHoveringRect(title_pos, ImVec2(title_max, title_pos.y + ImGui::GetTextLineHeight())) &&
            ImGui::IsWindowHovered())
            ImGui::SetTooltip("%s  (%d)", term_name(area_term(static_cast<PatternArea>(a))), count);  // the whole title
        if (count == 0) {
            dl->AddText(ImGui::GetFont(), fs, ImVec2(r.Min.x + m.pad, r.Min.y + m.header + m.pad), colors::Muted,
                        tr(S::PatternDropOnArea), nullptr, r.GetWidth() - m.pad * 2);
        }
        // "+" in the header: a factor in own words for this area.
        ImGui::PushID(static_cast<int>(a));
        const float bw = ImGui::GetFrameHeight();
        ImGui::SetCursorScreenPos(ImVec2(r.Max.x - bw - m.pad * 0.5f, r.Min.y + (m.header - bw) * 0.5f));
        const bool add = ImGui::Button("+##eigen", ImVec2(bw, bw));
        if (tooltip_due()) ImGui::SetTooltip("%s", tr(S::PatternOwnWords));
        if (add) {
            s.selected.clear();
            s.linking = false;
            s.new_area = static_cast<int>(a);
            s.focus_new = true;
        }
        // The whole area accepts facts (new factor) and cards (moved here). Cards on top of it
        // are smaller targets, so ImGui gives a drop on a card to the card.
        if (ImGui::BeginDragDropTargetCustom(r, ImGui::GetID("##gebied"))) {
            accept_evidence_on_area(app, s, static_cast<PatternArea>(a));
            if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kMovePayload)) {
                const core::Factor* f = pattern.factor(static_cast<const char*>(p->Data));
                if (f) move_factor(app, *f, static_cast<PatternArea>(a));
            }
            ImGui::EndDragDropTarget();
        }
        ImGui::PopID();
    }
}

// The loop of the method in the gaps between the areas: OO → GO → OK → GK → OO.
void loop_arrows(const PatternUi& s, ImVec2 origin) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize();
    const ImU32 col = IM_COL32(120, 130, 145, 200);
    const float t = fs * 0.28f, head = fs * 0.9f, inset = fs * 0.35f;
    auto arrow = [&](ImVec2 a, ImVec2 b) {
        dl->AddLine(a, b, col, t);
        arrow_head(dl, b, a, head, col);
    };
    const auto& A = s.geo.areas;
    auto R = [&](PatternArea a) { return to_screen(origin, A[static_cast<size_t>(a)]); };
    const ImRect oo = R(PatternArea::ParentDevelopment), go = R(PatternArea::ParentBehaviour);
    const ImRect ok = R(PatternArea::ChildDevelopment), gk = R(PatternArea::ChildBehaviour);
    const float top_y = oo.Min.y + std::min(oo.GetHeight() * 0.5f, fs * 4);
    const float bottom_y = gk.Min.y + std::min(gk.GetHeight() * 0.5f, fs * 4);
    arrow(ImVec2(oo.Max.x + inset, top_y), ImVec2(go.Min.x - inset, top_y));
    arrow(ImVec2(go.GetCenter().x, go.Max.y + inset), ImVec2(go.GetCenter().x, ok.Min.y - inset));
    arrow(ImVec2(ok.Min.x - inset, bottom_y), ImVec2(gk.Max.x + inset, bottom_y));
    arrow(ImVec2(gk.GetCenter().x, gk.Min.y - inset), ImVec2(oo.GetCenter().x, oo.Max.y + inset));
}

void card_tooltip(App& app, const core::Factor& f) {
    const float fs = ImGui::GetFontSize();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(fs * 26);
    if (f.evidence.empty()) wrapped_text(tr(S::NoEvidenceHint), colors::Mixed);
    else {
        char head[96];
        std::snprintf(head, sizeof head, "%s (%zu)", tr(S::FactorEvidence), f.evidence.size());
        wrapped_text(head, 0, fonts().bold);
        for (const auto& e : f.evidence) {
            std::string line = "• " + evidence_text(app, e);
            wrapped_text(line.c_str());
        }
    }
    wrapped_text(tr(S::PatternCardHint), colors::Muted);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_card(App& app, PatternUi& s, size_t i, const core::Factor& f, ImVec2 origin, const ImRect& visible) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize();
    const CardMetrics m = card_metrics();
    const ImRect r = to_screen(origin, s.geo.cards[i]);
    const AreaColors c = area_colors(static_cast<size_t>(f.area));
    ImGui::PushID(f.id.c_str());
    // The arrow handle first: ImGui gives the hover to the item submitted first.
    // In the card's bottom-right corner, in the strip the text leaves free: arrows attach to the
    // middle of the edges, so they do not hide it.
    const float hr = m.handle * 0.85f;
    const ImVec2 hc = handle_center(r);
    ImGui::SetCursorScreenPos(ImVec2(hc.x - hr, hc.y - hr));
    if (ImGui::InvisibleButton("##greep", ImVec2(hr * 2, hr * 2))) {
        s.selected = f.id;
        s.linking = true;
    }
    const bool handle_hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    if (tooltip_due()) ImGui::SetTooltip("%s", tr(S::PatternHandleHint));
    if (ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceNoPreviewTooltip)) {
        ImGui::SetDragDropPayload(kLinkPayload, f.id.c_str(), f.id.size() + 1);
        ImGui::EndDragDropSource();
    }
    ImGui::SetCursorScreenPos(r.Min);
    const bool clicked = ImGui::InvisibleButton("##kaart", r.GetSize());
    const bool hovered = ImGui::IsItemHovered(), focused = ImGui::IsItemFocused();
    if (clicked) {
        if (s.linking && !s.selected.empty() && s.selected != f.id) {
            app.act("patroon.pijl", "", {{"van", s.selected}, {"naar", f.id}});
            s.linking = false;
        } else {
            s.selected = f.id;
            s.linking = false;
        }
    }
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kMovePayload, f.id.c_str(), f.id.size() + 1);
        ImGui::PushTextWrapPos(fs * 20);
        ImGui::TextUnformatted(f.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
        accept_on_card(app, f);
        ImGui::EndDragDropTarget();
    }
    ImGui::PopID();
    if (!visible.Overlaps(r)) return;  // nothing to draw off screen

    const bool selected = s.selected == f.id;
    const bool target = s.linking && !selected && hovered;
    dl->AddRectFilled(ImVec2(r.Min.x + 2, r.Min.y + 3), ImVec2(r.Max.x + 2, r.Max.y + 3), IM_COL32(0, 0, 0, 22), fs * 0.35f);
    dl->AddRectFilled(r.Min, r.Max, colors::CardBg, fs * 0.35f);
    const ImU32 border = target ? colors::Good : selected ? colors::Accent : hovered || focused ? c.accent : ImGui::GetColorU32(ImGuiCol_Border);
    dl->AddRect(r.Min, r.Max, border, fs * 0.35f, 0, selected || target ? 3.5f : hovered || focused ? 2.5f : 1.2f);
    dl->AddRectFilled(r.Min, ImVec2(r.Min.x + fs * 0.22f, r.Max.y), c.accent, fs * 0.35f, ImDrawFlags_RoundCornersLeft);
    float y = r.Min.y + m.pad;
    const float x = r.Min.x + m.pad + fs * 0.1f;
    const float wrap = card_text_width(r.GetWidth());
    // First line: whose factor it is (left) and the evidence (right): a green count, or an orange
    // "no fact yet", since the method answers every interpretation with facts.
    const bool none = f.evidence.empty();
    const ImU32 bc = none ? colors::Mixed : colors::Good;
    const float dot = fs * 0.22f;
    // A narrow card (large text): the count without its word, and a name that still does not fit
    // ends in an ellipsis rather than being cut through a letter.
    ImGui::PushFont(fonts().bold);
    const float name_w = s.person[i].empty() ? 0.0f : ImGui::CalcTextSize(s.person[i].c_str()).x;
    ImGui::PopFont();
    std::string badge = s.badge[i];
    if (x + name_w > r.Max.x - m.handle - ImGui::CalcTextSize(badge.c_str()).x - dot * 3.5f) badge = std::to_string(f.evidence.size());
    const float badge_w = ImGui::CalcTextSize(badge.c_str()).x;
    const float bx = r.Max.x - m.handle - badge_w;
    if (none) dl->AddCircle(ImVec2(bx - dot * 2, y + m.line * 0.5f), dot, bc, 0, 2.0f);
    else dl->AddCircleFilled(ImVec2(bx - dot * 2, y + m.line * 0.5f), dot, bc);
    dl->AddText(ImVec2(bx, y), bc, badge.c_str());
    if (!s.person[i].empty()) {
        ImGui::PushFont(fonts().bold);
        const float name_max = bx - dot * 3.5f;
        ImGui::PushStyleColor(ImGuiCol_Text, c.accent);
        ImGui::RenderTextEllipsis(dl, ImVec2(x, y), ImVec2(name_max, y + m.line), name_max, name_max, s.person[i].c_str(), nullptr, nullptr);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    y += m.line;
    dl->AddText(ImGui::GetFont(), fs, ImVec2(x, y), ImGui::GetColorU32(ImGuiCol_Text), s.display[i].c_str(), nullptr, wrap);
    // The handle: a round "→" on the right edge.
    dl->AddCircleFilled(hc, hr, handle_hot ? colors::Good : colors::Accent);
    const char* arrow = "→";
    const ImVec2 as = ImGui::CalcTextSize(arrow);
    dl->AddText(ImVec2(hc.x - as.x * 0.5f, hc.y - as.y * 0.5f), IM_COL32(255, 255, 255, 255), arrow);
    if (!ImGui::GetDragDropPayload() && tooltip_due()) card_tooltip(app, f);
}

// Arrows are drawn twice: the ordinary ones behind the cards (the cards' text stays readable),
// then those of the selected factor on top, highlighted.
void draw_links(const PatternUi& s, const core::Pattern& pattern, ImVec2 origin, const ImRect& visible, bool selected_only) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize();
    for (size_t k = 0; k < pattern.links.size() && k < s.curves.size(); ++k) {
        if (!s.curve_ok[k]) continue;
        const core::ArrowCurve& c = s.curves[k];
        const ImVec2 p0 = to_screen(origin, c.p0), c0 = to_screen(origin, c.c0), c1 = to_screen(origin, c.c1),
                     p1 = to_screen(origin, c.p1);
        ImRect bb(p0, p0);
        for (ImVec2 p : {c0, c1, p1}) bb.Add(p);
        if (!visible.Overlaps(bb)) continue;
        const core::Link& l = pattern.links[k];
        const bool mine = !s.selected.empty() && (l.from == s.selected || l.to == s.selected);
        if (mine != selected_only) continue;
        const bool dim = !s.selected.empty() && !mine;
        const ImU32 col = mine ? colors::Accent : dim ? IM_COL32(60, 70, 85, 90) : IM_COL32(45, 55, 72, 200);
        const float thick = mine ? fs * 0.2f : fs * 0.13f;
        dl->AddBezierCubic(p0, c0, c1, p1, col, thick);
        const core::Vec2 near = core::bezier_point(c, 0.85f);
        arrow_head(dl, p1, to_screen(origin, near), fs * (mine ? 0.8f : 0.65f), col);
    }
}

// While an arrow handle is dragged: a live arrow from the card to the mouse.
void live_arrow(const PatternUi& s, ImVec2 origin) {
    const ImGuiPayload* p = ImGui::GetDragDropPayload();
    if (!p || !p->IsDataType(kLinkPayload)) return;
    auto it = s.index.find(static_cast<const char*>(p->Data));
    if (it == s.index.end()) return;
    const ImRect r = to_screen(origin, s.geo.cards[it->second]);
    const ImVec2 from = handle_center(r), to = ImGui::GetMousePos();
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float fs = ImGui::GetFontSize();
    dl->AddLine(from, to, colors::Good, fs * 0.2f);
    arrow_head(dl, to, from, fs * 0.8f, colors::Good);
}

void diagram(App& app, PatternUi& s, const core::Pattern& pattern, float width) {
    const float fs = ImGui::GetFontSize();
    const std::uint64_t key = log_key(app.session()->session());
    if (key != s.key || width != s.width || fs != s.font || language() != s.lang || s.geo.cards.size() != pattern.factors.size()) {
        s.key = key;
        s.width = width;
        s.font = fs;
        s.lang = language();
        rebuild_layout(s, app.session()->scenario(), pattern, width);
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImRect visible(dl->GetClipRectMin(), dl->GetClipRectMax());
    area_backgrounds(app, s, origin, pattern);
    loop_arrows(s, origin);
    draw_links(s, pattern, origin, visible, false);
    for (size_t i = 0; i < pattern.factors.size(); ++i) draw_card(app, s, i, pattern.factors[i], origin, visible);
    draw_links(s, pattern, origin, visible, true);
    live_arrow(s, origin);
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, s.geo.height + fs * 0.5f));
    // A click on empty space in the diagram ends "pijl naar…" and the selection.
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0) && !ImGui::IsAnyItemHovered() &&
        ImGui::IsMouseHoveringRect(origin, ImVec2(origin.x + width, origin.y + s.geo.height))) {
        s.linking = false;
        s.selected.clear();
    }
    // Dragging near the top or bottom edge scrolls, so every area can be reached.
    if (ImGui::GetDragDropPayload() && ImGui::IsMouseHoveringRect(ImGui::GetWindowPos(),
                                                                  ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                                                                         ImGui::GetWindowPos().y + ImGui::GetWindowHeight()),
                                                                  false)) {
        const float my = ImGui::GetMousePos().y, top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
        if (my < top + fs * 2) ImGui::SetScrollY(ImGui::GetScrollY() - fs * 0.5f);
        if (my > bottom - fs * 2) ImGui::SetScrollY(ImGui::GetScrollY() + fs * 0.5f);
    }
}

}  // namespace

namespace {
class PatternBoard final : public View {
public:
    PatternBoard() : View(Kind::Tab, "patroon") {}

protected:
    void draw_content(App& app) override;

private:
    PerSession<pattern_detail::PatternUi> state_;
};
}  // namespace

std::unique_ptr<View> make_pattern_board() { return std::make_unique<PatternBoard>(); }

void PatternBoard::draw_content(App& app) {
    using namespace pattern_detail;
    PatternUi& s = state_.get(app.session_epoch());
    const core::Pattern& pattern = app.session()->state().analysis.pattern;
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    if (s.select_new != SIZE_MAX) {
        if (s.select_new < pattern.factors.size()) s.selected = pattern.factors[s.select_new].id;
        s.select_new = SIZE_MAX;
    }
    if (!s.selected.empty() && !pattern.factor(s.selected)) s.selected.clear();  // removed, undone, rewound
    if (!ImGui::GetIO().WantTextInput) {
        if (keys::escape_pressed()) {
            if (s.linking) s.linking = false;
            else s.selected.clear();
        }
        if (!s.selected.empty() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false)) {
            app.act("patroon.verwijder", s.selected);
            s.selected.clear();
            s.linking = false;
        }
    }

    muted_text(tr(S::PatternIntro));
    ImGui::Spacing();

    // The diagram, and beside it the selected factor (or the own-words form) in a panel that
    // stays in view while the board scrolls along a tall diagram.
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const bool beside = avail_w > fs * 40;
    const float side_w = beside ? std::clamp(avail_w * 0.28f, fs * 13, fs * 19) : avail_w;
    const float diagram_w = beside ? avail_w - side_w - style.ItemSpacing.x : avail_w;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    diagram(app, s, pattern, diagram_w);
    if (beside) {
        // The panel is as tall as the view (it holds a whole factor with its evidence and arrows);
        // it slides down with the board while the diagram goes on below it.
        const float view_top = ImGui::GetWindowPos().y + style.WindowPadding.y;
        const float view_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - style.WindowPadding.y;
        const float panel_h = std::max(fs * 18, ImGui::GetWindowHeight() - style.WindowPadding.y * 2);
        const float bottom = top.y + std::max(s.geo.height, panel_h);
        const float y = std::max(top.y, std::min(view_top, bottom - panel_h));
        // While the board's header is still in view, the panel ends at the bottom of the view
        // rather than below it (its last buttons stay reachable without scrolling the board).
        const float shown_h = std::max(fs * 18, std::min(panel_h, view_bottom - y));
        ImGui::SetCursorScreenPos(ImVec2(top.x + diagram_w + style.ItemSpacing.x, y));
        ImGui::BeginChild("##factor", ImVec2(side_w, shown_h), true);
        side_panel(app, s, pattern);
        ImGui::EndChild();
        ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + style.ItemSpacing.y));
        ImGui::Dummy(ImVec2(0, 0));
    } else {
        ImGui::BeginChild("##factor", ImVec2(side_w, fs * 22), true);
        side_panel(app, s, pattern);
        ImGui::EndChild();
    }
    ImGui::Spacing();

    sentence_and_intention(app, pattern);
    ImGui::Spacing();
    questions(app, pattern);
    muted_text(tr(S::FieldKeysHint));
}

}  // namespace lwp::ui
