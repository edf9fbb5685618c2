#include "ui/methode_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "core/model/building_blocks.hpp"
#include "ui/app.hpp"
#include "ui/methodewijzer_data.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

// Text that flows word by word and wraps at the window's edge, with clickable runs in it (links
// and glossary terms). Every run is its own item, kept on one line with SameLine(0, 0).
class Flow {
public:
    explicit Flow(const char* id) : right_(ImGui::GetContentRegionMax().x) {
        ImGui::PushID(id);
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    }
    ~Flow() {
        ImGui::PopStyleVar();
        if (!line_start_) ImGui::NewLine();
        ImGui::PopID();
    }
    Flow(const Flow&) = delete;
    Flow& operator=(const Flow&) = delete;

    void newline() {
        ImGui::NewLine();
        line_start_ = true;
        pending_ = 0;
    }
    void paragraph_break() {
        if (!line_start_) newline();
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.45f));
    }

    void text(std::string_view s, ImFont* font = nullptr, ImU32 color = 0) {
        std::size_t start = 0;
        while (start <= s.size()) {
            std::size_t nl = s.find('\n', start);
            if (nl == std::string_view::npos) nl = s.size();
            run(s.substr(start, nl - start), font, color);
            if (nl == s.size()) break;
            // A blank line is a new paragraph; a single newline a new line.
            if (nl + 1 < s.size() && s[nl + 1] == '\n') {
                paragraph_break();
                while (nl + 1 < s.size() && s[nl + 1] == '\n') ++nl;
            } else newline();
            start = nl + 1;
        }
    }

    // A clickable run; tooltip_title/body shown on hover and on keyboard focus. A label longer
    // than the rest of the line wraps at its spaces like the text around it: one link in pieces.
    bool link(std::string_view label, bool dotted, const std::string& tooltip_title = {}, const std::string& tooltip_body = {},
              const std::string& tooltip_hint = {}) {
        ImFont* f = ImGui::GetFont();
        const float scale = ImGui::GetFontSize() / f->FontSize;
        bool clicked = false, hovered = false, focused = false;
        const char* b = label.data();
        const char* e = b + label.size();
        while (b < e) {
            const float avail = right_ - ImGui::GetCursorPosX() - (line_start_ ? 0.0f : pending_);
            const char* end = e;
            if (ImGui::CalcTextSize(b, e).x > avail) {
                end = f->CalcWordWrapPositionA(scale, b, e, std::max(avail, 1.0f));
                const bool whole_words = end > b && (end == e || *end == ' ' || *(end - 1) == ' ');
                if (!whole_words) {
                    if (!line_start_) {  // not even its first word fits here: on the next line
                        newline();
                        continue;
                    }
                    end = std::find(b + 1, e, ' ');  // a word longer than the line: there anyway
                }
            }
            const std::string text(b, end);
            const ImVec2 size = ImGui::CalcTextSize(text.c_str());
            space_before();
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            ImGui::PushID(count_++);
            clicked |= ImGui::InvisibleButton("##run", ImVec2(std::max(size.x, 1.0f), size.y));
            ImGui::PopID();
            const bool h = ImGui::IsItemHovered(), fo = ImGui::IsItemFocused();
            hovered |= h;
            focused |= fo;
            // ImGui 1.86 activates a focused button with Space; Enter opens a link as in a browser.
            if (fo && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) clicked = true;
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddText(pos, colors::Accent, text.c_str());
            const float y = pos.y + size.y - 1;
            if (dotted && !h) {
                for (float lx = pos.x; lx < pos.x + size.x; lx += 4) dl->AddLine(ImVec2(lx, y), ImVec2(std::min(lx + 2, pos.x + size.x), y), colors::Accent);
            } else dl->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + size.x, y), colors::Accent);
            if (h) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SameLine(0, 0);
            line_start_ = false;
            b = end;
            if (b < e) {
                newline();
                while (b < e && *b == ' ') ++b;
            }
        }
        if ((hovered || focused) && !tooltip_title.empty()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
            bold_text(tooltip_title.c_str());
            if (!tooltip_body.empty()) ImGui::TextUnformatted(tooltip_body.c_str());
            if (!tooltip_hint.empty()) muted_text(tooltip_hint.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        return clicked;
    }

private:
    void run(std::string_view s, ImFont* font, ImU32 color) {
        if (font) ImGui::PushFont(font);
        if (color) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color));
        ImFont* f = ImGui::GetFont();
        const float scale = ImGui::GetFontSize() / f->FontSize;
        const char* b = s.data();
        const char* e = b + s.size();
        while (b < e) {
            // A line never starts with a space (after a link at the end of a line, the space
            // that followed it used to begin the next line).
            if (line_start_) {
                while (b < e && *b == ' ') ++b;
                if (b == e) break;
            }
            const float avail = right_ - ImGui::GetCursorPosX() - (line_start_ ? 0.0f : pending_);
            const char* end = f->CalcWordWrapPositionA(scale, b, e, std::max(avail, 1.0f));
            // ImGui returns the end of a first word that does not fit the rest of the line (it
            // would fit a whole one): that word goes to the next line, not past the edge.
            const bool overflows = !line_start_ && end > b && f->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, b, end).x > avail;
            if (end == b || overflows || (end < e && avail < ImGui::GetFontSize() && !line_start_)) {
                if (!line_start_) {
                    newline();
                    continue;
                }
                end = std::find(b + 1, e, ' ');  // a word longer than the line: put it there anyway
            }
            // Spaces at the end are not drawn: before a line break they would stick out past the
            // edge (counted as content); at the end of the run they become the gap before
            // whatever follows on this line.
            const char* shown_end = end;
            while (shown_end > b && shown_end[-1] == ' ') --shown_end;
            space_before();
            if (shown_end > b) ImGui::TextUnformatted(b, shown_end);
            ImGui::SameLine(0, 0);
            line_start_ = false;
            if (end == e) pending_ = ImGui::CalcTextSize(shown_end, end).x;
            b = end;
            if (b < e) {
                newline();
                while (b < e && *b == ' ') ++b;
            }
        }
        if (color) ImGui::PopStyleColor();
        if (font) ImGui::PopFont();
    }

    // The gap of spaces that ended the previous run, put in before the next piece on this line.
    void space_before() {
        if (pending_ > 0 && !line_start_) ImGui::SameLine(0, pending_);
        pending_ = 0;
    }

    float right_;
    float pending_ = 0;
    bool line_start_ = true;
    int count_ = 0;
};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void line(App& app, Flow& flow, const core::MwLine& spans) {
    for (const auto& sp : spans) {
        switch (sp.kind) {
            case core::MwSpan::Kind::Plain: flow.text(sp.text); break;
            case core::MwSpan::Kind::Bold: flow.text(sp.text, fonts().bold); break;
            case core::MwSpan::Kind::Italic: flow.text(sp.text, nullptr, colors::Muted); break;
            case core::MwSpan::Kind::Link:
                if (flow.link(sp.text, false)) open_methodewijzer(app, sp.anchor);
                break;
        }
    }
}

void section_body(App& app, const core::MwSection& s) {
    ImGui::PushID(s.anchor.c_str());
    int n = 0;
    for (const auto& b : s.blocks) {
        ImGui::PushID(n++);
        int item = 0;
        for (const auto& it : b.items) {
            ImGui::PushID(item++);
            if (b.kind != core::MwBlock::Kind::Paragraph) {
                const std::string marker = b.kind == core::MwBlock::Kind::Numbered ? std::to_string(item) + "." : "•";
                ImGui::TextUnformatted(marker.c_str());
                ImGui::SameLine(ImGui::GetFontSize() * 1.6f + ImGui::GetStyle().WindowPadding.x);
                ImGui::BeginGroup();
            }
            {
                Flow flow("##p");
                line(app, flow, it);
            }
            if (b.kind != core::MwBlock::Kind::Paragraph) ImGui::EndGroup();
            ImGui::PopID();
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::PopID();
}

// What the program adds to a section: the criteria that train a building block, the glossary.
void generated_body(App& app, const core::MwSection& s) {
    const core::Lang lang = language();
    if (const std::string block = core::block_of_anchor(s.anchor); !block.empty() && s.level <= 2) {
        std::vector<const core::Scenario*> scenarios;
        for (const auto& l : app.library())
            if (l.ok()) scenarios.push_back(l.scenario.get());
        const auto trained = core::trained_by(scenarios, block);
        ImGui::Spacing();
        bold_text(tr(S::MwTrainedBy));
        if (trained.empty()) muted_text(tr(S::MwTrainedNone));
        std::string last;
        for (const auto& t : trained) {
            if (t.scenario_id != last) {
                ImGui::Spacing();
                wrapped_colored(colors::Accent, t.scenario_title.get(lang).c_str());
                last = t.scenario_id;
            }
            ImGui::Bullet();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(t.criterion_text.get(lang).c_str());
            ImGui::PopTextWrapPos();
        }
    }
    if (s.anchor == "begrippen") {
        const auto& g = guide();
        std::vector<const core::GlossaryEntry*> entries;
        for (const auto& e : g.glossary) entries.push_back(&e);
        std::sort(entries.begin(), entries.end(), [&](auto* a, auto* b) { return lower(a->term.get(lang)) < lower(b->term.get(lang)); });
        for (const auto* e : entries) {
            ImGui::PushID(e->id.c_str());
            ImGui::Spacing();
            bold_text(e->term.get(lang).c_str());
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(e->explanation.get(lang).c_str());
            ImGui::PopTextWrapPos();
            Flow flow("##more");
            flow.text(std::string(tr(S::MwGlossaryMore)) + " ", nullptr, colors::Muted);
            if (flow.link(g.title(e->anchor), false)) open_methodewijzer(app, e->anchor);
            ImGui::PopID();
        }
    }
}

bool matches(const core::MwSection& s, const std::string& needle) {
    if (lower(s.title).find(needle) != std::string::npos) return true;
    for (const auto& b : s.blocks)
        for (const auto& it : b.items)
            if (lower(core::plain_text(it)).find(needle) != std::string::npos) return true;
    return false;
}

void contents(App& app) {
    const auto& g = guide();
    MethodeUi& ui = app.ui.methode;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##zoek", tr(S::MwSearch), ui.search, sizeof ui.search);
    const std::string needle = lower(ui.search);
    ImGui::Spacing();
    bool any = false;
    // Without a search: the sub-sections only of the part that is open, so the list stays short.
    std::string open_parent;
    for (const auto& s : g.sections) {
        if (s.level <= 2) open_parent = s.anchor;
        if (s.anchor == ui.current) break;
    }
    std::string parent;
    for (const auto& s : g.sections) {
        if (s.level <= 2) parent = s.anchor;
        if (!needle.empty() && !matches(s, needle)) continue;
        if (needle.empty() && s.level == 3 && parent != open_parent) continue;
        any = true;
        const float indent = needle.empty() ? ImGui::GetFontSize() * 0.9f * static_cast<float>(s.level - 1) : 0;
        if (indent > 0) ImGui::Indent(indent);
        const bool bold = s.level == 1 || (s.level == 2 && needle.empty() && s.anchor.find('.') == std::string::npos);
        // A row whose title wraps (long titles in a narrow list or at large text).
        ImFont* font = bold ? fonts().bold : ImGui::GetFont();
        const float wrap = std::max(1.0f, ImGui::GetContentRegionAvail().x);
        const ImVec2 ts = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrap, s.title.c_str());
        if (ImGui::Selectable(("##" + s.anchor).c_str(), ui.current == s.anchor, 0, ImVec2(0, ts.y))) open_methodewijzer(app, s.anchor);
        ImGui::GetWindowDrawList()->AddText(font, ImGui::GetFontSize(), ImGui::GetItemRectMin(), ImGui::GetColorU32(ImGuiCol_Text),
                                            s.title.c_str(), nullptr, wrap);
        if (indent > 0) ImGui::Unindent(indent);
    }
    if (!any) muted_text(tr(S::MwNoResults));
}

}  // namespace

const core::Methodewijzer& guide() { return methodewijzer(language()).guide; }

void open_methodewijzer(App& app, const std::string& anchor) {
    MethodeUi& ui = app.ui.methode;
    if (ui.open && ui.current != anchor) {
        ui.back.push_back(ui.current);
        ui.forward.clear();
    }
    ui.current = anchor;
    ui.open = true;
    ui.scroll_top = true;
}

void methodewijzer_back(App& app) {
    MethodeUi& ui = app.ui.methode;
    if (ui.back.empty()) return;
    ui.forward.push_back(ui.current);
    ui.current = ui.back.back();
    ui.back.pop_back();
    ui.scroll_top = true;
}

void methodewijzer_forward(App& app) {
    MethodeUi& ui = app.ui.methode;
    if (ui.forward.empty()) return;
    ui.back.push_back(ui.current);
    ui.current = ui.forward.back();
    ui.forward.pop_back();
    ui.scroll_top = true;
}

namespace {
class MethodewijzerWindow final : public View {
public:
    MethodewijzerWindow() : View(Kind::Window, "methodewijzer") {}
    bool shown(App& app) override { return app.ui.methode.open; }
protected:
    Frame frame(App& app) override;
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_methodewijzer_window() { return std::make_unique<MethodewijzerWindow>(); }

View::Frame MethodewijzerWindow::frame(App& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.8f, vp->WorkSize.y * 0.86f), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    return {Frame::Type::Window, std::string(tr(S::MenuMethodewijzer)) + "###methodewijzer", &app.ui.methode.open,
            ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings};
}

void MethodewijzerWindow::draw_content(App& app) {
    MethodeUi& ui = app.ui.methode;
    const auto& loaded = methodewijzer(language());
    if (loaded.guide.empty()) {
        wrapped_colored(colors::Bad, tr(S::MwMissing));
        for (const auto& d : loaded.problems) ImGui::TextUnformatted(d.str().c_str());
        return;
    }
    const core::Methodewijzer& g = loaded.guide;
    if (!g.find(ui.current)) ui.current = g.sections.front().anchor;
    // Alt+Left / Alt+Right like a browser, while the window has focus.
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::GetIO().KeyAlt) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) methodewijzer_back(app);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) methodewijzer_forward(app);
    }

    const float toc_w = std::min(std::max(ImGui::GetFontSize() * 14, ImGui::GetContentRegionAvail().x * 0.28f),
                                 ImGui::GetContentRegionAvail().x * 0.4f);
    ImGui::BeginChild("##inhoud", ImVec2(toc_w, 0), true);
    contents(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::BeginDisabled(ui.back.empty());
    if (ImGui::Button(tr(S::MwBack))) methodewijzer_back(app);
    ImGui::EndDisabled();
    flow(button_width(tr(S::MwForward)));
    ImGui::BeginDisabled(ui.forward.empty());
    if (ImGui::Button(tr(S::MwForward))) methodewijzer_forward(app);
    ImGui::EndDisabled();
    ImGui::BeginChild("##tekst", ImVec2(0, 0), true);
    if (ui.scroll_top) {
        ImGui::SetScrollY(0);
        ui.scroll_top = false;
    }
    for (const core::MwSection* s : g.subtree(ui.current)) {
        ImGui::PushID(s->anchor.c_str());
        if (s->anchor == ui.current || s->level <= 2) {
            ImGui::PushFont(fonts().heading);
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(s->title.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopFont();
        } else {
            ImGui::Spacing();
            ImGui::PushFont(fonts().bold);
            wrapped_colored(colors::Accent, s->title.c_str());
            ImGui::PopFont();
        }
        section_body(app, *s);
        ImGui::PopID();
    }
    // What the program adds comes after the section's own text and its sub-sections.
    if (const core::MwSection* s = g.find(ui.current)) generated_body(app, *s);
    ImGui::EndChild();
    ImGui::EndGroup();
}

void rich_text(App& app, const std::string& text, const char* id) {
    const auto& g = guide();
    const core::Lang lang = language();
    Flow flow(id);
    std::size_t pos = 0;
    for (const auto& hit : core::find_terms(text, g, lang)) {
        flow.text(std::string_view(text).substr(pos, hit.begin - pos));
        const core::GlossaryEntry& e = *hit.entry;
        if (flow.link(std::string_view(text).substr(hit.begin, hit.length), true, e.term.get(lang), e.explanation.get(lang),
                      std::string(tr(S::MwTermHint)) + " (" + g.title(e.anchor) + ")"))
            open_methodewijzer(app, e.anchor);
        pos = hit.begin + hit.length;
    }
    flow.text(std::string_view(text).substr(pos));
}

void citation_links(App& app, const std::vector<std::string>& anchors, const char* id) {
    if (anchors.empty()) return;
    const auto& g = guide();
    Flow flow(id);
    flow.text(std::string(tr(S::MwCites)) + " ", nullptr, colors::Muted);
    for (std::size_t i = 0; i < anchors.size(); ++i) {
        if (i) flow.text("; ", nullptr, colors::Muted);
        const core::MwSection* s = g.find(anchors[i]);
        if (flow.link(s ? s->title : anchors[i], false)) open_methodewijzer(app, anchors[i]);
    }
}

bool section_link(App& app, const std::string& label, const std::string& anchor, const char* id) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 pad(style.FramePadding.x * 0.7f, style.FramePadding.y * 0.4f);
    // A label longer than the whole line wraps inside a taller chip.
    const float line_w = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    const float wrap = std::max(1.0f, line_w - pad.x * 2);
    const ImVec2 text_size = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    const ImVec2 size(text_size.x + pad.x * 2, text_size.y + pad.y * 2);
    flow(size.x, style.ItemSpacing.x * 0.5f);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton(id, size);
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemFocused();
    if (ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) clicked = true;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), hot ? IM_COL32(200, 224, 233, 255) : IM_COL32(224, 236, 241, 255), std::min(size.y, ImGui::GetFontSize() + pad.y * 2) * 0.5f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + pad.x, p.y + pad.y), colors::Accent, label.c_str(), nullptr, wrap);
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s: %s", tr(S::MenuMethodewijzer), guide().title(anchor).c_str());
    }
    if (clicked) open_methodewijzer(app, anchor);
    return clicked;
}

}  // namespace lwp::ui
