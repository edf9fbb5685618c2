// Dagboek (journal): every reflection from every session (core::build_journal), newest first, with
// filters for case, building block, dimension and level and a text search. "Bewerken" writes a
// "reflectie.wijzig" action into the session the reflection belongs to; the old text stays in the
// log and is shown under "eerdere versies". A reflection of a session that is not the open one is
// edited by opening that session first (App::edit_reflection says so beside the field).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/model/building_blocks.hpp"
#include "core/fold/reflection.hpp"
#include "ui/app.hpp"
#include "ui/board_fields.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace lwp::ui {

namespace {

struct JournalUi {
    std::string scenario, block, dimension, level, search;
    std::string edit_session, edit_id, draft;  // the entry being edited, if any
};


// Muted text that wraps at the wrap position in force (the card's edge), not the window's.
void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colors::Muted));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

std::string block_label(std::string_view id) {
    const core::BuildingBlock* b = core::find_building_block(id);
    if (!b) return std::string(id);
    return std::string(language() == core::Lang::En ? b->name_en : b->name_nl);
}

// A filter combo: "all" first, then (id, label) options; `value` is the chosen id or "".
// At least `width` wide and as wide as its longest option; flows onto the next line when the row
// is full (unless `first`).
void filter_combo(const char* id, const char* all, const std::vector<std::pair<std::string, std::string>>& options, std::string& value,
                  float width, bool first = false) {
    std::string preview = all;
    for (const auto& [oid, label] : options)
        if (oid == value) preview = label;
    const float line_w = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    float fit = ImGui::CalcTextSize(all).x;
    for (const auto& option : options) fit = std::max(fit, ImGui::CalcTextSize(option.second.c_str()).x);
    width = std::min(line_w, std::max(width, fit + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight()));
    if (!first) flow(width);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::Selectable(all, value.empty())) value.clear();
        for (const auto& [oid, label] : options)
            if (ImGui::Selectable(label.c_str(), value == oid)) value = oid;
        ImGui::EndCombo();
    }
}

const core::Choice* find_choice(const core::Scenario& sc, const std::string& id) {
    for (const auto& step : sc.steps)
        if (const core::Choice* c = sc.choice(step.id, id)) return c;
    return nullptr;
}

void open_session_by_id(App& app, const std::string& id) {
    if (app.session() && app.session()->session().id == id) {
        app.show_player();
        return;
    }
    if (app.session()) app.close_session();  // saved and the list re-read before opening another
    for (const auto& s : app.sessions().recent())
        if (s.id == id) {
            const core::SessionSummary copy = s;  // opening re-reads the list
            app.open_session(copy);
            return;
        }
}

// A row of small labels that wraps at `right` (the card's edge, not the window's).
struct Tags {
    float left = 0, right = 0;
    bool first = true;
    void add(const char* text, ImU32 bg, ImU32 fg) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const ImVec2 pad(style.FramePadding.x * 0.7f, style.FramePadding.y * 0.4f);
        const ImVec2 ts = ImGui::CalcTextSize(text);
        const ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
        if (!first) {
            ImGui::SameLine(0, style.ItemSpacing.x * 0.6f);
            if (ImGui::GetCursorScreenPos().x + size.x > right) ImGui::NewLine();
        }
        first = false;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, size.y * 0.5f);
        dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), fg, text);
        ImGui::Dummy(size);
    }
};

// The card's heading: the case and step (or ending), the case date and the choice it followed,
// and chips for what it is about (a reflection point or free, dimension, level, with whom).
void card_heading(const core::JournalEntry& e, const core::Scenario* sc, float left, float right) {
    const core::Lang lang = language();
    const core::Reflection& r = e.reflection;
    // Case and step.
    std::string title = sc ? sc->meta.title.get(lang) : e.scenario_title;
    const core::Step* step = sc ? sc->step(r.step) : nullptr;
    const core::Ending* ending = sc && !step ? sc->ending(r.step) : nullptr;
    if (step) title += "  ·  " + step->title.get(lang);
    else if (ending) title += "  ·  " + ending->title.get(lang);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    std::string meta;
    if (r.date.valid()) meta += std::string(tr(S::CaseDate)) + ": " + r.date.display(lang);
    if (!r.after_choice.empty()) {
        const core::Choice* c = sc ? find_choice(*sc, r.after_choice) : nullptr;
        meta += (meta.empty() ? "" : "  ·  ") + std::string(tr(S::JnAfter)) + ": ‘" + (c ? c->text.get(lang) : r.after_choice) + "’";
    }
    if (!meta.empty()) muted(meta);

    // What it is about: chips.
    const ImU32 chip_bg = IM_COL32(230, 238, 242, 255);
    Tags tags{left, right};
    tags.add(r.point.empty() ? tr(S::JnFree) : tr(S::JnPoint), r.point.empty() ? IM_COL32(238, 238, 238, 255) : IM_COL32(251, 236, 210, 255),
             r.point.empty() ? colors::Muted : colors::Mixed);
    if (const core::Term* t = core::find_term(core::reflection_dimensions(), r.dimension)) tags.add(term_name(*t), chip_bg, colors::Accent);
    if (const core::Term* t = core::find_term(core::reflection_levels(), r.level)) tags.add(term_name(*t), chip_bg, colors::Accent);
    if (const core::Term* t = core::find_term(core::reflection_partners(), r.with)) tags.add(term_name(*t), chip_bg, colors::Accent);
    ImGui::Spacing();

}

// One reflection as a card: where it was written, what it is about, the text, its history.
// Returns true when it did something that changes the journal or the screen (stop drawing).
bool entry_card(App& app, JournalUi& u, const core::JournalEntry& e, float width) {
    const float f = ImGui::GetFontSize();
    const core::Reflection& r = e.reflection;
    const scripting::LoadedScenario* loaded = app.find_scenario(e.scenario);
    const core::Scenario* sc = loaded ? loaded->scenario.get() : nullptr;
    const bool is_open = app.session() && app.session()->session().id == e.session;
    const bool editing = u.edit_session == e.session && u.edit_id == r.id;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float pad = f * 0.7f;
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad * 0.8f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - pad * 2);

    card_heading(e, sc, top.x + pad, top.x + width - pad);

    ImGui::PushID(e.session.c_str());
    ImGui::PushID(r.id.c_str());
    if (editing) {
        FieldOptions fo;
        fo.min_lines = 4;
        fo.max_lines = 12;
        fo.width = width - pad * 2;
        text_area("##bewerk", u.draft, fo);
        muted(tr(S::JnEditNote));
        if (!is_open) {
            ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colors::Mixed));
            ImGui::TextUnformatted(tr(S::JnOpensSession));
            ImGui::PopStyleColor();
        }
        const bool changed = !u.draft.empty() && u.draft != r.text();
        ImGui::BeginDisabled(!changed);
        if (ImGui::Button(tr(S::RfSave))) {
            const std::string session = u.edit_session, id = u.edit_id, text = u.draft;
            u.edit_session.clear();
            u.edit_id.clear();
            u.draft.clear();
            ImGui::EndDisabled();
            ImGui::PopID();
            ImGui::PopID();
            ImGui::PopTextWrapPos();
            ImGui::EndGroup();
            dl->ChannelsMerge();
            // The journal is rebuilt from the new log; `e` must not be used after this.
            app.edit_reflection(session, id, text);
            return true;
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(tr(S::RfCancel))) {
            u.edit_session.clear();
            u.edit_id.clear();
        }
    } else {
        ImGui::TextUnformatted(r.text().c_str());
        if (r.versions.size() > 1) {
            char label[64];
            std::snprintf(label, sizeof label, "%zu %s###versies", r.versions.size() - 1, tr(S::JnVersions));
            if (ImGui::TreeNode(label)) {
                for (size_t i = r.versions.size() - 1; i-- > 0;) muted(r.versions[i]);
                ImGui::TreePop();
            }
        }
        ImGui::Spacing();
        if (ImGui::SmallButton(tr(S::JnEdit))) {
            u.edit_session = e.session;
            u.edit_id = r.id;
            u.draft = r.text();
        }
        flow(ImGui::CalcTextSize(tr(S::JnOpenSession)).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::SmallButton(tr(S::JnOpenSession))) {
            ImGui::PopID();
            ImGui::PopID();
            ImGui::PopTextWrapPos();
            ImGui::EndGroup();
            dl->ChannelsMerge();
            open_session_by_id(app, e.session);
            return true;
        }
        std::string when = std::string(tr(S::JnWritten)) + " " + format_time(e.when);
        if (is_open) when += "  ·  " + std::string(tr(S::JnOpenNow));
        flow(ImGui::CalcTextSize(when.c_str()).x);
        ImGui::TextColored(to_vec4(colors::Muted), "%s", when.c_str());
    }
    ImGui::PopID();
    ImGui::PopID();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const ImVec2 bottom(top.x + width, ImGui::GetItemRectMax().y + pad * 0.8f);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, bottom, colors::CardBg, f * 0.35f);
    dl->AddRect(top, bottom, r.point.empty() ? IM_COL32(214, 219, 224, 255) : IM_COL32(226, 196, 140, 255), f * 0.35f, 0, 1.5f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom.y));
    ImGui::Dummy(ImVec2(width, f * 0.6f));
    return false;
}

}  // namespace

namespace {
class JournalScreen final : public View {
public:
    JournalScreen() : View(Kind::Screen, "dagboek") {}
    bool is_screen(Screen s) const override { return s == Screen::Journal; }
protected:
    void draw_content(App& app) override;
    bool back_buttons() const override { return true; }

private:
    JournalUi ui_;  // the filters and the entry being edited: across sessions, as the journal is
};
}  // namespace

std::unique_ptr<View> make_journal_screen() { return std::make_unique<JournalScreen>(); }

void JournalScreen::draw_content(App& app) {
    JournalUi& u = ui_;
    const float f = ImGui::GetFontSize();
    // The title, the filters and the cards scroll as one page: at 200 % on a small screen the
    // filters alone fill half of it.
    ImGui::BeginChild("##dagboek_lijst", ImVec2(0, 0), false);
    open_at_top();
    heading(tr(S::JnTitle));
    muted_text(tr(S::JnIntro));
    ImGui::Spacing();

    const std::vector<core::JournalEntry>& journal = app.exports().journal();
    // Filter options from what is in the journal (a block nobody reflected on is no option).
    std::vector<std::pair<std::string, std::string>> scenarios, blocks, dimensions, levels;
    for (const auto& e : journal) {
        if (std::none_of(scenarios.begin(), scenarios.end(), [&](const auto& p) { return p.first == e.scenario; })) {
            const auto* loaded = app.find_scenario(e.scenario);
            scenarios.emplace_back(e.scenario, loaded ? loaded->scenario->meta.title.get(language()) : e.scenario_title);
        }
    }
    for (const auto& b : core::building_blocks())
        if (std::any_of(journal.begin(), journal.end(), [&](const core::JournalEntry& e) {
                return std::find(e.building_blocks.begin(), e.building_blocks.end(), b.id) != e.building_blocks.end();
            }))
            blocks.emplace_back(std::string(b.id), block_label(b.id));
    for (const auto& t : core::reflection_dimensions()) dimensions.emplace_back(std::string(t.id), term_name(t));
    for (const auto& t : core::reflection_levels()) levels.emplace_back(std::string(t.id), term_name(t));

    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float combo_w = std::max(f * 8, (avail - gap * 4) * 0.19f);
    filter_combo("##casus", tr(S::JnAllScenarios), scenarios, u.scenario, combo_w, true);
    filter_combo("##bouwsteen", tr(S::JnAllBlocks), blocks, u.block, combo_w);
    filter_combo("##dimensie", tr(S::JnAllDimensions), dimensions, u.dimension, combo_w);
    filter_combo("##niveau", tr(S::JnAllLevels), levels, u.level, combo_w);
    flow(std::min(f * 12, avail));  // the search field takes the rest of the line, or a line of its own
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##zoek", tr(S::JnSearchHint), &u.search);

    const auto shown = core::filter_journal(journal, {u.scenario, u.block, u.dimension, u.level, u.search});
    char count[96];
    std::snprintf(count, sizeof count, "%zu %s %zu %s", shown.size(), tr(S::Of), journal.size(), tr(S::JnReflections));
    muted_text(count);
    ImGui::Separator();

    if (journal.empty()) muted_text(tr(S::JnEmpty));
    else if (shown.empty()) muted_text(tr(S::JnNoMatch));
    const float width = std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize * 0.5f, f * 62);
    // Cards outside the visible part are skipped with their height from the last frame.
    for (const core::JournalEntry* e : shown) {
        const std::string key = "##h" + e->session + "/" + e->reflection.id;
        float y = 0;
        if (skip_if_out_of_view(key.c_str(), y)) continue;
        // An edit or an opened session changes the journal (and maybe the screen): stop drawing it.
        if (entry_card(app, u, *e, width)) break;
        remember_height(key.c_str(), ImGui::GetCursorPosY() - y);
    }
    ImGui::EndChild();
}

}  // namespace lwp::ui
