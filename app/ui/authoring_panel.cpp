// The authoring panel (issue 7, F2): the open case's file with its hot-reload status, the lint
// findings (file:line: level: message, as `validate` prints them), the fields of every construct
// (core/model/dsl_schema.hpp), the preview: jump to any step or ending, and set the meters to test
// branches, and the story map (core/model/story_map.hpp): click a step to preview it. The preview banner over the player says,
// in every frame of a preview, that nothing is scored or saved.
#include <imgui.h>

#include <algorithm>
#include <filesystem>

#include "core/model/dsl_schema.hpp"
#include "core/fold/preview.hpp"
#include "core/model/story_map.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

constexpr ImU32 kPreviewBg = IM_COL32(255, 243, 205, 255);  // amber: clearly not the trainee's case

void reload_section(App& app) {
    const services::AuthoringService::ReloadStatus& rs = app.authoring().reload_status();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(rs.file.string().c_str());
    ImGui::PopTextWrapPos();
    muted_text(tr(S::AuWatching));
    if (ImGui::Button(tr(S::AuReloadNow))) app.reload_scenario();
    if (!rs.attempted) return;
    ImGui::Spacing();
    if (!rs.ok) {
        wrapped_colored(colors::Bad, tr(S::AuReloadFailed));
        for (const auto& e : rs.errors) wrapped_colored(colors::Bad, e.c_str());
        return;
    }
    bold_text(tr(S::AuReplay));
    for (size_t i = 0; i < rs.report.size(); ++i) wrapped_colored(i == 0 ? colors::Muted : colors::Bad, rs.report[i].c_str());
    if (!rs.score.empty()) muted_text(rs.score.c_str());
}

void findings_section(App& app) {
    const auto& findings = app.authoring().findings();
    std::string title = std::string(tr(S::AuFindings)) + " (" + std::to_string(findings.size()) + ")###bevindingen";
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (findings.empty()) muted_text(tr(S::AuNoFindings));
    for (const auto& d : findings)
        wrapped_colored(d.level == core::Diagnostic::Level::Error ? colors::Bad : colors::Mixed, d.str().c_str());
}

// The schema as hints: every construct with its fields, their types and which are required.
void fields_section() {
    const std::string title = std::string(tr(S::AuFields)) + "###velden";
    if (!ImGui::CollapsingHeader(title.c_str())) return;
    muted_text(tr(S::AuFieldsIntro));
    const bool en = language() == core::Lang::En;
    for (const auto& c : core::dsl::constructs()) {
        if (!ImGui::TreeNode(c.name, "%s", c.where)) continue;
        for (const auto& f : c.fields) ImGui::BulletText("%s", core::dsl::field_hint(f, en).c_str());
        ImGui::TreePop();
    }
}

void preview_section(App& app) {
    const core::Lang lang = language();
    if (!ImGui::CollapsingHeader(tr(S::AuPreview), ImGuiTreeNodeFlags_DefaultOpen)) return;
    muted_text(tr(S::AuPreviewIntro));
    const core::Scenario& sc = app.session()->scenario();
    const core::SessionState& st = app.session()->state();
    if (app.authoring().preview()) {
        if (ImGui::Button(tr(S::AuStopPreview))) app.stop_preview();
        if (!sc.variables.empty()) {
            ImGui::Spacing();
            bold_text(tr(S::AuMeters));
            for (const auto& v : sc.variables) {
                auto it = st.vars.find(v.id);
                float value = static_cast<float>(it != st.vars.end() ? it->second : v.initial);
                ImGui::PushID(v.id.c_str());
                ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
                ImGui::SliderFloat(v.label.get(lang).c_str(), &value, static_cast<float>(v.min), static_cast<float>(v.max), "%.0f");
                if (ImGui::IsItemDeactivatedAfterEdit()) app.preview_set(v.id, static_cast<double>(value));
                ImGui::PopID();
            }
        }
    }
    ImGui::Spacing();
    // Every step and ending, in file order; the one the preview is in is highlighted.
    auto row = [&](const std::string& id, const std::string& title, bool ending) {
        ImGui::PushID(id.c_str());
        if (ImGui::SmallButton(tr(S::AuJump))) app.start_preview(id);
        ImGui::SameLine();
        const bool here = app.authoring().preview() && (st.step == id || st.ending == id);
        std::string label = title + "  (" + (ending ? std::string(tr(S::AuEnding)) + " " : std::string()) + id + ")";
        if (here) ImGui::TextColored(to_vec4(colors::Accent), "%s", label.c_str());
        else ImGui::TextUnformatted(label.c_str());
        ImGui::PopID();
    };
    for (const auto& s : sc.steps) row(s.id, s.title.get(lang), false);
    for (const auto& e : sc.endings) row(e.id, e.title.get(lang), true);
}

// The story map, drawn as the SVG of `leerwerkplaats map` lays it out: one node per step and
// ending, an arrow per choice (a loop dotted), red for unreachable steps and dead ends. A node is a
// button: it opens the step as a preview; hovering shows its choices, documents, facts and criteria.
// The counts and problems of the map, in the panel and above the map itself.
void map_summary(const core::StoryMap& map) {
    size_t steps = 0;
    for (const auto& n : map.nodes) steps += !n.ending;
    char counts[256];
    std::snprintf(counts, sizeof counts, tr(S::AuMapCounts), steps, map.nodes.size() - steps, map.edges.size(), map.unreachable(), map.dead_ends());
    wrapped_colored(map.unreachable() || map.dead_ends() ? colors::Bad : colors::Muted, counts);
    for (const auto& m : map.missing_targets) wrapped_colored(colors::Bad, m.c_str());
}

void record_section(App& app) {
    const std::string title = std::string(tr(S::AuRecord)) + "###route_opnemen";
    if (!ImGui::CollapsingHeader(title.c_str())) return;
    muted_text(tr(S::AuRecordIntro));
    auto save = [&](bool expert, bool overwrite) {
        std::string error;
        bool exists = false;
        const std::filesystem::path file = app.authoring().record_reference(expert, overwrite, error, exists);
        if (exists) app.ui.confirm_overwrite = app.authoring().reference_log_file(expert);
        else if (file.empty()) app.notify(std::string(tr(S::AuRecordFailed)) + ": " + (error.empty() ? std::string(tr(S::AuNoSession)) : error), true);
        else {
            app.ui.confirm_overwrite.clear();
            app.notify(std::string(tr(S::AuRecordSaved)) + ": " + file.string());
        }
    };
    if (!app.ui.confirm_overwrite.empty()) {
        wrapped_colored(colors::Mixed, (std::string(tr(S::AuRecordExists)) + " " + app.ui.confirm_overwrite.filename().string()).c_str());
        if (ImGui::Button(tr(S::AuRecordReplace))) save(app.ui.confirm_overwrite == app.authoring().reference_log_file(true), true);
        ImGui::SameLine();
        if (ImGui::Button(tr(S::AuRecordKeep))) app.ui.confirm_overwrite.clear();
        return;
    }
    if (ImGui::Button(tr(S::AuRecordExpert))) save(true, false);
    ImGui::SameLine();
    if (ImGui::Button(tr(S::AuRecordMistakes))) save(false, false);
    muted_text(app.authoring().reference_log_file(true).parent_path().string().c_str());
}

void map_section(App& app) {
    const std::string title = std::string(tr(S::AuMap)) + "###verhaalkaart_kop";
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    map_summary(app.authoring().story_map());
    if (ImGui::Button(tr(S::AuMapOpen))) app.ui.show_story_map = true;
}

// A node's tooltip on the map: its choices (with their conditions), documents, facts, criteria.
void node_tooltip(const core::StoryMap& map, const core::StoryNode& n) {
    const core::Lang lang = language();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    bold_text(n.title.get(lang).c_str());
    auto list = [](const char* head, const std::vector<std::string>& items) {
        if (items.empty()) return;
        std::string text = std::string(head) + ": ";
        for (size_t i = 0; i < items.size(); ++i) text += (i ? ", " : "") + items[i];
        ImGui::TextWrapped("%s", text.c_str());
    };
    std::vector<std::string> choices;
    for (const auto& e : map.edges)
        if (map.nodes[e.from].id == n.id) {
            std::string c = e.choice + " → " + map.nodes[e.to].id;
            if (!e.condition.empty()) c += " (" + e.condition.get(lang) + ")";
            choices.push_back(std::move(c));
        }
    list(tr(S::AuMapChoices), choices);
    list(tr(S::AuMapDocuments), n.documents);
    list(tr(S::AuMapFacts), n.facts);
    list(tr(S::AuMapCriteria), n.criteria);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void map_canvas(App& app) {
    const core::Lang lang = language();
    const core::StoryMap& map = app.authoring().story_map();
    const core::SessionState& st = app.session()->state();
    muted_text(tr(S::AuMapIntro));
    map_summary(map);
    // The SVG's layout leaves wide gaps for the choice labels; here the labels are in the tooltip,
    // so the columns stand closer. Zoom: 100 % is the text size of the program, the default fits
    // the map in the window as far as the text stays readable (at least 70 %).
    constexpr float kGap = 90;
    constexpr float kMinZoom = 0.7f;  // below this the node texts are too small to read
    int columns = 0, rows = 0;
    for (const auto& n : map.nodes) {
        columns = std::max(columns, n.column + 1);
        rows = std::max(rows, n.row + 1);
    }
    const float unit_w = columns * (static_cast<float>(core::StoryMap::kNodeWidth) + kGap);
    const float unit_h = rows * static_cast<float>(core::StoryMap::kNodeHeight + core::StoryMap::kRowGap) + static_cast<float>(core::StoryMap::kNodeHeight);
    const float full = ImGui::GetFontSize() / 20.0f;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (app.ui.story_map_zoom <= 0) {
        const float fit = std::min(avail.x / std::max(unit_w, 1.0f), (avail.y - ImGui::GetFrameHeightWithSpacing()) / std::max(unit_h, 1.0f));
        app.ui.story_map_zoom = std::clamp(fit / full, kMinZoom, 1.0f);
    }
    int percent = static_cast<int>(app.ui.story_map_zoom * 100 + 0.5f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ImGui::SliderInt(tr(S::AuMapZoom), &percent, static_cast<int>(kMinZoom * 100), 100, "%d %%", ImGuiSliderFlags_AlwaysClamp))
        app.ui.story_map_zoom = static_cast<float>(percent) / 100.0f;
    const float scale = full * app.ui.story_map_zoom;
    const ImVec2 node_size(static_cast<float>(core::StoryMap::kNodeWidth) * scale, static_cast<float>(core::StoryMap::kNodeHeight) * scale);
    ImGui::BeginChild("##kaartvlak", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::SetWindowFontScale(app.ui.story_map_zoom);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto at = [&](const core::StoryNode& n) {
        return ImVec2(origin.x + (n.column * (static_cast<float>(core::StoryMap::kNodeWidth) + kGap) + 12) * scale,
                      origin.y + (n.row * static_cast<float>(core::StoryMap::kNodeHeight + core::StoryMap::kRowGap) + 12) * scale);
    };

    // Arrows first, so the nodes lie on top.
    for (const auto& e : map.edges) {
        const ImVec2 a = at(map.nodes[e.from]), b = at(map.nodes[e.to]);
        const ImU32 col = e.back ? colors::Muted : colors::Accent;
        if (!e.back) {
            const ImVec2 p0(a.x + node_size.x, a.y + node_size.y * 0.5f), p3(b.x, b.y + node_size.y * 0.5f);
            const float dx = std::max(20.0f * scale, (p3.x - p0.x) * 0.5f);
            dl->AddBezierCubic(p0, ImVec2(p0.x + dx, p0.y), ImVec2(p3.x - dx, p3.y), p3, col, 1.5f * scale);
            dl->AddTriangleFilled(p3, ImVec2(p3.x - 8 * scale, p3.y - 4 * scale), ImVec2(p3.x - 8 * scale, p3.y + 4 * scale), col);
        } else {  // a loop: under the nodes, dotted
            const ImVec2 p0(a.x + node_size.x * 0.5f, a.y + node_size.y), p3(b.x + node_size.x * 0.5f, b.y + node_size.y);
            const float drop = node_size.y * 0.45f;
            const int dots = 24;
            ImVec2 prev = p0;
            for (int i = 1; i <= dots; ++i) {
                const float t = static_cast<float>(i) / dots, u = 1 - t;
                const ImVec2 c1(p0.x, p0.y + drop), c2(p3.x, p3.y + drop);
                const ImVec2 p(u * u * u * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p3.x,
                               u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p3.y);
                if (i % 2) dl->AddLine(prev, p, col, 1.5f * scale);
                prev = p;
            }
            dl->AddTriangleFilled(p3, ImVec2(p3.x - 4 * scale, p3.y + 8 * scale), ImVec2(p3.x + 4 * scale, p3.y + 8 * scale), col);
        }
    }

    for (const auto& n : map.nodes) {
        const ImVec2 p = at(n);
        const ImVec2 q(p.x + node_size.x, p.y + node_size.y);
        const bool broken = !n.reachable || n.dead_end;
        const bool here = app.authoring().preview() && (st.step == n.id || st.ending == n.id);
        ImU32 border = n.ending ? (n.tone == "goed" ? colors::Good : n.tone == "zorgelijk" ? colors::Bad : colors::Mixed) : colors::Accent;
        if (broken) border = colors::Bad;
        ImGui::SetCursorScreenPos(p);
        ImGui::PushID(n.id.c_str());
        if (ImGui::InvisibleButton("##knoop", node_size)) app.start_preview(n.id);
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        dl->AddRectFilled(p, q, here ? IM_COL32(255, 243, 205, 255) : hovered ? colors::FeedbackBg : colors::CardBg, 6 * scale);
        dl->AddRect(p, q, border, 6 * scale, 0, (n.start || here ? 3.0f : 1.5f) * scale);
        const float pad = 8 * scale;
        ImGui::PushClipRect(ImVec2(p.x + pad, p.y), ImVec2(q.x - pad, q.y), true);
        ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + pad * 0.6f));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + node_size.x - 2 * pad);
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(n.title.get(lang).c_str());
        ImGui::PopFont();
        ImGui::PopTextWrapPos();
        std::string line = (n.ending ? std::string(tr(S::AuEnding)) + " " : std::string()) + n.id;
        if (!n.reachable) line += " · " + std::string(tr(S::AuMapUnreachable));
        else if (n.dead_end) line += " · " + std::string(tr(S::AuMapDeadEnd));
        else if (n.criteria.size() == 1) line += std::string(" · ") + tr(S::AuMapOneCriterion);
        else if (!n.criteria.empty()) {
            char count[64];
            std::snprintf(count, sizeof count, tr(S::AuMapCriteriaCount), n.criteria.size());
            line += std::string(" · ") + count;
        }
        ImGui::SetCursorScreenPos(ImVec2(p.x + pad, q.y - ImGui::GetTextLineHeight() - pad * 0.6f));
        ImGui::TextColored(to_vec4(broken ? colors::Bad : colors::Muted), "%s", line.c_str());
        ImGui::PopClipRect();
        if (hovered) node_tooltip(map, n);
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2((unit_w + 24) * scale, (unit_h + 24) * scale));
    ImGui::EndChild();
}

}  // namespace

void draw_preview_banner(App& app) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, to_vec4(kPreviewBg));
    const float h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y * 2 + ImGui::GetFontSize() * 0.6f;
    ImGui::BeginChild("##voorbeeldbanner", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(fonts().heading);
    ImGui::TextColored(to_vec4(colors::Mixed), "%s", tr(S::AuBanner));
    ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::AuStopPreview))) app.stop_preview();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::AuBannerHint));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

namespace {
class StoryMapWindow final : public View {
public:
    StoryMapWindow() : View(Kind::Window, "verhaalkaart") {}
    bool shown(App& app) override { return app.ui.show_story_map && app.author_mode(); }
protected:
    Frame frame(App& app) override;
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_story_map_window() { return std::make_unique<StoryMapWindow>(); }

View::Frame StoryMapWindow::frame(App& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.04f, vp->WorkPos.y + vp->WorkSize.y * 0.08f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.92f, vp->WorkSize.y * 0.86f), ImGuiCond_FirstUseEver);
    std::string title = std::string(tr(S::AuMap));
    if (app.session()) title += " — " + app.session()->scenario().meta.title.get(language());
    title += "###verhaalkaart_venster";
    return {Frame::Type::Window, title, &app.ui.show_story_map};
}

void StoryMapWindow::draw_content(App& app) {
    if (!app.session()) muted_text(tr(S::AuNoSession));
    else map_canvas(app);
}

namespace {
class AuthoringPanel final : public View {
public:
    AuthoringPanel() : View(Kind::Window, "auteur") {}
    bool shown(App& app) override { return app.ui.show_authoring && app.author_mode(); }
protected:
    Frame frame(App& app) override;
    void draw_content(App& app) override;
};
}  // namespace

std::unique_ptr<View> make_authoring_panel() { return std::make_unique<AuthoringPanel>(); }

View::Frame AuthoringPanel::frame(App& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // At the right, below the menu and the preview banner, so both stay readable.
    const float width = std::min(vp->WorkSize.x * 0.42f, ImGui::GetFontSize() * 34);
    const float top = ImGui::GetFrameHeight() + ImGui::GetFontSize() * 5;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 8, vp->WorkPos.y + top), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - top - 8), ImGuiCond_FirstUseEver);
    return {Frame::Type::Window, std::string(tr(S::AuTitle)) + "###auteur", &app.ui.show_authoring};
}

void AuthoringPanel::draw_content(App& app) {
    if (!app.session()) muted_text(tr(S::AuNoSession));
    else {
        reload_section(app);
        ImGui::Separator();
        findings_section(app);
        fields_section();
        preview_section(app);
        map_section(app);
        record_section(app);
    }
}

}  // namespace lwp::ui
