// The timeline board's panel beside the canvas (hidden on narrow windows until asked for):
// the selected entry, facts still to place, aanleiding and help request, the own-entry form.
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
#include "ui/theme.hpp"
#include "ui/timeline_parts.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

using namespace timeline_detail;

namespace {

void lane_combo(const char* label, int& lane) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo(label, lane_name(static_cast<size_t>(lane)))) {
        for (size_t i = 0; i < core::lanes().size(); ++i) {
            ImGui::PushStyleColor(ImGuiCol_Text, lane_color(static_cast<int>(i)));
            if (ImGui::Selectable(lane_name(i), lane == static_cast<int>(i))) lane = static_cast<int>(i);
            ImGui::PopStyleColor();
        }
        ImGui::EndCombo();
    }
}

void facts_to_place(App& app, TimelineView& v) {
    const auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::SessionState& st = ctl.state();
    // Placing below changes the state, not this list: it is rebuilt at its next lookup.
    const std::vector<const core::Fact*>& todo = unplaced_facts(v, sc, st);
    if (todo.empty()) {
        muted_text(tr(S::TlAllPlaced));
        return;
    }
    muted_text(tr(S::TlToPlaceIntro));
    if (todo.size() > 1 && ImGui::Button(tr(S::TlPlaceAll)))
        for (const core::Fact* f : todo) place_fact(app, v, f->id, -1);
    // One line per fact (the full text is in the tooltip), so a long list stays cheap.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(todo.size()));
    const core::Lang lang = language();
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::Fact* f = todo[static_cast<size_t>(i)];
            ImGui::PushID(f->id.c_str());
            if (ImGui::SmallButton(tr(S::TlPlace))) place_fact(app, v, f->id, -1);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
                ImGui::TextUnformatted(f->text.get(lang).c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::SameLine();
            char date[96];
            short_date(f->date, date, sizeof date);
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const float w = ImGui::GetContentRegionAvail().x;
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float y = pos.y + ImGui::GetStyle().FramePadding.y * 0.5f;
            float x = pos.x;
            if (date[0]) {
                ImGui::PushFont(fonts().bold);
                x += text_ellipsis(dl, ImVec2(x, y), w * 0.3f, colors::Muted, date) + ImGui::GetFontSize() * 0.5f;
                ImGui::PopFont();
            }
            text_ellipsis(dl, ImVec2(x, y), pos.x + w - x, ImGui::GetColorU32(ImGuiCol_Text), f->text.get(lang).c_str());
            ImGui::Dummy(ImVec2(w, ImGui::GetFrameHeight() * 0.8f));
            ImGui::PopID();
        }
    }
}

void own_entry_form(App& app, TimelineView& v) {
    muted_text(tr(S::TlOwnIntro));
    field_label(tr(S::TlText));
    FieldOptions text_options;
    text_options.min_lines = 2;
    text_area("##eigen_tekst", v.own_text, text_options);
    bool entered = left_with_enter();  // Enter in any field of the form adds, as on the other boards
    field_label(tr(S::TlDate));
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##eigen_datum", tr(S::TlDateHint), &v.own_date);
    entered |= left_with_enter();
    field_label(tr(S::TlLane));
    lane_combo("##eigen_baan", v.own_lane);
    if (v.own_lane == static_cast<int>(core::Lane::Help)) {
        field_label(tr(S::TlAgency));
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputText("##eigen_instantie", &v.own_agency);
        entered |= left_with_enter();
        field_label(tr(S::TlResult));
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputText("##eigen_resultaat", &v.own_result);
        entered |= left_with_enter();
    }
    if (ImGui::Button(tr(S::TlAdd)) || entered) {
        v.own_error.clear();
        if (v.own_text.find_first_not_of(" \n\t") == std::string::npos) v.own_error = tr(S::TlTextNeeded);
        else if (!v.own_date.empty() && !core::parse_case_date(v.own_date)) v.own_error = tr(S::TlDateInvalid);
        if (v.own_error.empty()) {
            std::map<std::string, std::string> args{{"tekst", v.own_text}, {"baan", std::string(core::lanes()[static_cast<size_t>(v.own_lane)].id)}};
            if (!v.own_date.empty()) args["datum"] = v.own_date;
            if (v.own_lane == static_cast<int>(core::Lane::Help)) {
                if (!v.own_agency.empty()) args["instantie"] = v.own_agency;
                if (!v.own_result.empty()) args["resultaat"] = v.own_result;
            }
            v.own_added_after = app.session()->state().analysis.timeline.entries.size() + 1;
            app.act("tijdlijn.eigen", "", std::move(args));
            // Performed now (outside a frame) or after this frame: finish_own_entry clears the form.
            finish_own_entry(v, app.session()->state().analysis.timeline);
        }
    }
    if (!v.own_error.empty()) wrapped_colored(colors::Bad, v.own_error.c_str());
}

void marks_summary(App& app, TimelineView& v) {
    const auto& ctl = *app.session();
    const core::Timeline& tl = ctl.state().analysis.timeline;
    muted_text(tr(S::TlMarksIntro));
    struct Row {
        const std::string* id;
        S label;
        ImU32 color;
    };
    for (const Row& row : {Row{&tl.first, S::TlMarkFirstLong, kMarkFirst}, Row{&tl.latest, S::TlMarkLatestLong, kMarkLatest},
                           Row{&tl.worst, S::TlMarkWorstLong, kMarkWorst}}) {
        ImGui::PushID(static_cast<int>(row.label));
        ImGui::PushFont(fonts().bold);
        ImGui::PushStyleColor(ImGuiCol_Text, row.color);
        ImGui::TextUnformatted(tr(row.label));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        const core::TimelineEntry* e = tl.entry(*row.id);
        if (!e) {
            muted_text(tr(S::TlMarkNone));
        } else {
            // The marked entry, as a link that selects its card.
            const std::string& text = entry_text(ctl.scenario(), *e);
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const float w = ImGui::GetContentRegionAvail().x;
            if (ImGui::InvisibleButton("##ga", ImVec2(w, ImGui::GetTextLineHeight()))) {
                select_entry(v, e->id);
                flash_entry(v, e->id);
            }
            const ImU32 col = ImGui::IsItemHovered() ? colors::Accent : ImGui::GetColorU32(ImGuiCol_Text);
            char date[96];
            short_date(e->date, date, sizeof date);
            const std::string line = (date[0] ? std::string(date) + ": " : std::string()) + text;
            text_ellipsis(ImGui::GetWindowDrawList(), pos, w, col, line.c_str());
        }
        ImGui::PopID();
    }
}

void request_fields(App& app) {
    const core::Timeline& tl = app.session()->state().analysis.timeline;
    muted_text(tr(S::TlFieldsIntro));
    for (const core::Term& t : core::timeline_fields()) {
        const std::string id(t.id);
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(language() == core::Lang::En ? t.en.data() : t.nl.data());
        ImGui::PopFont();
        auto it = tl.fields.find(id);
        const std::string current = it == tl.fields.end() ? std::string() : it->second;
        std::string text;
        const std::string label = "##veld_" + id;
        if (commit_text(label.c_str(), current, text, 2.6f)) app.act("tijdlijn.veld", id, {{"tekst", text}});
    }
}

// Checkboxes that flow onto the next line when the panel is narrow.
bool flow_checkbox(const char* label, bool* on, bool first) {
    const float w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
    if (!first) {
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
    }
    return ImGui::Checkbox(label, on);
}

void entry_editor(App& app, TimelineView& v) {
    const auto& ctl = *app.session();
    const core::Scenario& sc = ctl.scenario();
    const core::Timeline& tl = ctl.state().analysis.timeline;
    const core::TimelineEntry* found = tl.entry(v.selected);
    if (!found) return;
    // A copy: an action below replaces the state this frame, and with it the entry.
    const core::TimelineEntry e = *found;
    const core::Lang lang = language();

    const ImU32 col = lane_color(static_cast<int>(e.lane));
    ImGui::PushFont(fonts().bold);
    wrapped_colored(col, (std::string(tr(S::TlTabEntry)) + " · " + lane_name(static_cast<size_t>(e.lane))).c_str());
    ImGui::PopFont();
    // The aanleiding marks first: choosing first, latest and worst is the method's step here.
    struct Mark {
        const char* kind;
        bool on;
        S label;
        ImU32 color;
    };
    const Mark marks[] = {{"eerste", tl.first == e.id, S::TlMarkFirstLong, kMarkFirst},
                          {"laatste", tl.latest == e.id, S::TlMarkLatestLong, kMarkLatest},
                          {"ergste", tl.worst == e.id, S::TlMarkWorstLong, kMarkWorst}};
    bool first = true;
    for (const Mark& m : marks) {
        bool on = m.on;
        ImGui::PushStyleColor(ImGuiCol_CheckMark, m.color);
        if (flow_checkbox(tr(m.label), &on, first)) {
            std::map<std::string, std::string> args{{"soort", m.kind}};
            if (!on) args["aan"] = "0";
            app.act("tijdlijn.markeer", e.id, std::move(args));
        }
        ImGui::PopStyleColor();
        first = false;
    }
    field_label(tr(S::TlText));
    std::string text;
    if (commit_text("##tekst", entry_text(sc, e), text, 2.4f)) app.act("tijdlijn.wijzig", e.id, {{"tekst", text}});
    field_label(tr(S::TlDate));
    std::string date;
    if (commit_text("##datum", e.date.iso(), date, 1, tr(S::TlDateHint))) {
        if (date.empty() || core::parse_case_date(date)) {
            v.date_error.clear();
            app.act("tijdlijn.wijzig", e.id, {{"datum", date}});
        } else {
            v.date_error = tr(S::TlDateInvalid);
        }
    }
    if (!v.date_error.empty()) wrapped_colored(colors::Bad, v.date_error.c_str());
    field_label(tr(S::TlLane));
    int lane = static_cast<int>(e.lane);
    lane_combo("##baan", lane);
    if (lane != static_cast<int>(e.lane)) app.act("tijdlijn.wijzig", e.id, {{"baan", std::string(core::lanes()[static_cast<size_t>(lane)].id)}});
    if (e.lane == core::Lane::Help || !e.agency.empty() || !e.result.empty()) {
        field_label(tr(S::TlAgency));
        std::string agency;
        if (commit_text("##instantie", e.agency, agency, 1)) app.act("tijdlijn.wijzig", e.id, {{"instantie", agency}});
        field_label(tr(S::TlResult));
        std::string result;
        if (commit_text("##resultaat", entry_result(sc, e), result, 2.0f)) app.act("tijdlijn.wijzig", e.id, {{"resultaat", result}});
    }
    if (const core::Fact* f = fact_of(sc, e)) {
        const core::Document* doc = f->source.empty() ? nullptr : sc.document(f->source);
        std::string src = std::string(tr(S::TlSource)) + ": " + (doc ? doc->title.get(lang) : std::string(tr(S::TlSourceCase)));
        muted_text(src.c_str());
        if (doc && ImGui::SmallButton(tr(S::TlOpenDocument))) {
            app.ui.open_document = doc->id;
            app.ui.select_tab = "casus";
        }
    } else {
        muted_text(tr(S::TlOwnEntryNote));
    }
    if (!e.persons.empty()) muted_text(persons_line(sc, e).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Bad);
    const bool remove = ImGui::Button(tr(S::TlRemove));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::TlDeselect))) select_entry(v, "");
    if (remove) {
        app.act("tijdlijn.verwijder", e.id);
        select_entry(v, "");
    }
}

// A section header that can be opened and closed; `open_now` forces it open once.
bool section(const char* label, bool default_open, bool open_now = false) {
    if (open_now) {
        ImGui::SetNextItemOpen(true);
        ImGui::GetStateStorage()->SetInt(ImGui::GetID(label), 1);  // the same for a header that wraps
    }
    ImGui::PushFont(fonts().bold);
    const bool open = wrapping_header(label, default_open);
    ImGui::PopFont();
    return open;
}

}  // namespace

namespace timeline_detail {

void panel(App& app, TimelineView& v, ImVec2 size) {
    const auto& ctl = *app.session();
    const core::SessionState& st = ctl.state();
    const core::Timeline& tl = st.analysis.timeline;
    ImGui::BeginChild("##tijdlijn_paneel", size, true);
    if (tl.entry(v.selected)) {
        if (v.show_selected) ImGui::SetScrollY(0);
        v.show_selected = false;
        ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::FeedbackBg);
        entry_editor(app, v);
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    const size_t unplaced = unplaced_facts(v, ctl.scenario(), st).size();
    char label[128];
    std::snprintf(label, sizeof label, "%s (%zu)###plaatsen", tr(S::TlTabToPlace), unplaced);
    if (section(label, true)) {
        ImGui::Indent(ImGui::GetFontSize() * 0.3f);
        facts_to_place(app, v);
        ImGui::Unindent(ImGui::GetFontSize() * 0.3f);
    }
    std::snprintf(label, sizeof label, "%s###velden", tr(S::TlTabRequest));
    if (section(label, true)) {
        ImGui::Indent(ImGui::GetFontSize() * 0.3f);
        marks_summary(app, v);
        ImGui::Spacing();
        request_fields(app);
        ImGui::Unindent(ImGui::GetFontSize() * 0.3f);
    }
    std::snprintf(label, sizeof label, "%s###eigen", tr(S::TlTabOwn));
    const bool own_now = v.show_own;
    if (section(label, false, own_now)) {
        if (own_now) ImGui::SetScrollHereY(0.0f);
        ImGui::Indent(ImGui::GetFontSize() * 0.3f);
        own_entry_form(app, v);
        ImGui::Unindent(ImGui::GetFontSize() * 0.3f);
    }
    v.show_own = false;
    ImGui::EndChild();
}


}  // namespace timeline_detail

}  // namespace lwp::ui
