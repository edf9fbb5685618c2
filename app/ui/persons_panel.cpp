// The persons board's panel beside the genogram: the selected person's support, role and notes,
// the ties (of that person, or all), a form for a new tie, the person list and the form for the
// trainee's own persons. Reads the state, emits "personen.*" actions.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "core/model/case_words.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/persons_parts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui::persons_detail {

namespace {

void ties_list(App& app, PersonsView& v, const std::string& person) {
    const auto& ctl = *app.session();
    const core::Persons& ps = ctl.state().analysis.persons;
    const float f = ImGui::GetFontSize();
    std::string remove;
    int shown = 0;
    for (const auto& t : ps.ties) {
        if (!person.empty() && t.a != person && t.b != person) continue;
        const core::Person* a = find_person(v, t.a);
        const core::Person* b = find_person(v, t.b);
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

void add_tie_form(App& app, PersonsView& v, std::string from) {
    if (v.people.size() < 2) return;
    if (from.empty()) {
        // Nobody selected: the form asks for both ends.
        v.new_tie_from = std::clamp(v.new_tie_from, 0, static_cast<int>(v.people.size()) - 1);
        field_label(tr(S::PsNewTieFrom));
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##van", v.people[static_cast<size_t>(v.new_tie_from)].name.c_str())) {
            for (size_t i = 0; i < v.people.size(); ++i)
                if (ImGui::Selectable(v.people[i].name.c_str(), v.new_tie_from == static_cast<int>(i))) v.new_tie_from = static_cast<int>(i);
            ImGui::EndCombo();
        }
        from = v.people[static_cast<size_t>(v.new_tie_from)].id;
    }
    const bool chosen_here = v.selected.empty();
    const core::Person* a = find_person(v, from);
    if (!a) return;
    if (v.new_tie_other < 0 || v.new_tie_other >= static_cast<int>(v.people.size()) || v.people[static_cast<size_t>(v.new_tie_other)].id == from)
        v.new_tie_other = v.people[0].id == from ? 1 : 0;
    const auto kinds = core::tie_kinds();
    v.new_tie_kind = std::clamp(v.new_tie_kind, 0, static_cast<int>(kinds.size()) - 1);
    field_label(chosen_here ? tr(S::PsTieAnd) : (std::string(tr(S::PsNewTie)) + " " + a->name).c_str());
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(w * 0.5f);
    if (ImGui::BeginCombo("##met", v.people[static_cast<size_t>(v.new_tie_other)].name.c_str())) {
        for (size_t i = 0; i < v.people.size(); ++i) {
            if (v.people[i].id == from) continue;
            if (ImGui::Selectable(v.people[i].name.c_str(), v.new_tie_other == static_cast<int>(i))) v.new_tie_other = static_cast<int>(i);
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
        app.act("personen.band", "", {{"a", from}, {"b", v.people[static_cast<size_t>(v.new_tie_other)].id},
                                      {"soort", std::string(kinds[static_cast<size_t>(v.new_tie_kind)].id)}});
    muted_text(tr(S::PsDragTieHint));
}

void person_editor(App& app, PersonsView& v, const core::Person& p) {
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
            select_person(v, "");
        }
    }
}

void add_person_form(App& app, PersonsView& v) {
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

void person_list(App& app, PersonsView& v) {
    const auto& ctl = *app.session();
    const core::Persons& ps = ctl.state().analysis.persons;
    muted_text(tr(S::PsHint));
    for (const core::Person& p : v.people) {
        ImGui::PushID(p.id.c_str());
        std::string label = p.name + (p.role.empty() ? "" : " (" + core::role_name(p.role, language()) + ")");
        if (const core::PersonNote* n = note_of(ps, p.id); n && n->support != 0) {
            char s[16];
            support_label(n->support, s, sizeof s);
            label += std::string("  ") + s;
        }
        if (ImGui::Selectable(label.c_str(), false)) select_person(v, p.id);
        ImGui::PopID();
    }
}

bool section(const char* label) {
    ImGui::PushFont(fonts().bold);
    const bool open = wrapping_header(label, true);
    ImGui::PopFont();
    return open;
}

}  // namespace

void panel(App& app, PersonsView& v, ImVec2 size) {
    ImGui::BeginChild("##personen_paneel", size, true);
    const core::Person* p = find_person(v, v.selected);
    if (p) {
        person_editor(app, v, *p);
        if (ImGui::Button(tr(S::PsDeselect))) select_person(v, "");
        ImGui::Spacing();
    }
    char label[160];
    std::snprintf(label, sizeof label, "%s###banden", p ? (std::string(tr(S::PsTiesOf)) + " " + p->name).c_str() : tr(S::PsAllTies));
    if (section(label)) {
        ties_list(app, v, p ? p->id : std::string());
        add_tie_form(app, v, p ? p->id : std::string());
    }
    if (!p && section(tr(S::PsPersons))) person_list(app, v);
    if (!p && section(tr(S::PsAddPerson))) add_person_form(app, v);
    ImGui::EndChild();
}

}  // namespace lwp::ui::persons_detail
