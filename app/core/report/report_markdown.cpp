// The report, part 4: Markdown.
#include "core/report/report_detail.hpp"

namespace lwp::core {

using namespace report_detail;

namespace {

// ---------------------------------------------------------------------------------------------
// 5. Markdown
// ---------------------------------------------------------------------------------------------

struct Md {
    std::string s;
    Words w;
    Md& raw(std::string_view t) {
        s += t;
        return *this;
    }
    Md& heading(int level, std::string_view t) {
        s += "\n" + std::string(static_cast<size_t>(level), '#') + " " + md_line(t) + "\n\n";
        return *this;
    }
    Md& para(std::string_view t) {
        const std::string p = md_paragraphs(t);
        if (!p.empty()) s += p + "\n\n";
        return *this;
    }
    Md& item(std::string_view t) {
        s += "- " + md_line(t) + "\n";
        return *this;
    }
    Md& table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows) {
        if (rows.empty()) return *this;
        s += "|";
        for (const auto& h : head) s += " " + md_line(h) + " |";
        s += "\n|";
        for (size_t i = 0; i < head.size(); ++i) s += " --- |";
        s += "\n";
        for (const auto& r : rows) {
            s += "|";
            for (const auto& cell : r) s += " " + md_line(cell) + " |";
            s += "\n";
        }
        s += "\n";
        return *this;
    }
    Md& fields(std::span<const Term> terms, const std::map<std::string, std::string>& values) {
        for (const auto& t : terms) {
            auto it = values.find(std::string(t.id));
            if (it == values.end() || trim(it->second).empty()) continue;
            s += "**" + md_line(term_name(t, w.lang)) + "**\\\n" + md_paragraphs(it->second) + "\n\n";
        }
        return *this;
    }
};

void md_reflection(Md& m, const Ctx& c, const Reflection& r) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    std::string head = reflection_label(c.st, r) + " · " + step_title(c.sc, r.step, lang);
    if (r.date.valid()) head += " · " + r.date.display(lang);
    m.heading(3, head);
    std::vector<std::string> meta;
    if (!r.after_choice.empty()) meta.push_back(std::string(w("report.after_the_choice")) + "‘" + after_choice_text(c.sc, c.st, r, lang) + "’");
    if (!r.point.empty()) meta.push_back(w("report.the_case_s_reflection_point_2"));
    if (!r.dimension.empty()) meta.push_back(std::string(w("report.dimension")) + term_name(reflection_dimensions(), r.dimension, lang));
    if (!r.level.empty()) meta.push_back(std::string(w("report.level")) + term_name(reflection_levels(), r.level, lang));
    if (!r.with.empty()) meta.push_back(std::string(w("report.with_whom")) + term_name(reflection_partners(), r.with, lang));
    if (!r.participant.empty())
        meta.push_back(std::string(w("report.by")) + (r.participant == kGroupReflection ? std::string(w("report.the_group")) : r.participant));
    for (const auto& x : meta) m.item(x);
    if (!meta.empty()) m.raw("\n");
    if (const ReflectionPoint* rp = c.sc.reflection_point(r.point))
        for (const auto& prompt : rp->prompts) m.raw("> " + md_line(prompt.get(lang)) + "\n\n");
    m.para(r.text());
    if (r.versions.size() > 1) {
        m.raw("*" + md_line(std::string(w("report.earlier_versions"))) + "*\n\n");
        for (size_t i = 0; i + 1 < r.versions.size(); ++i) m.raw("- " + md_line(r.versions[i]) + "\n");
        m.raw("\n");
    }
}

// The title, the summary and a table of the session's facts.
void md_heading_and_facts(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    m.raw("# " + md_line(c.sc.meta.title.get(lang)) + "\n\n");
    m.raw("*" + md_line(w("report.leerwerkplaats_report_for_supervision")) + "*\n\n");
    m.para(c.sc.meta.summary.get(lang));
    if (!c.opt.notice.empty()) m.raw("**" + md_line(c.opt.notice) + "**\n\n");
    std::vector<std::vector<std::string>> meta;
    auto row = [&](const char* k, const std::string& v) {
        if (!v.empty()) meta.push_back({k, v});
    };
    row(w("report.session"), c.session.id);
    row(w("report.case"), c.sc.meta.id + (c.sc.meta.version.empty() ? "" : std::string(" · ") + w("report.version") + c.sc.meta.version));
    row(w("report.started"), report_time(c.session.created));
    row(w("report.last_worked_on"), report_time(c.session.updated));
    row(w("report.status"), c.st.finished() ? std::string(w("report.finished")) + step_title(c.sc, c.st.ending, lang)
                                               : std::string(w("report.in_progress_now_at")) + step_title(c.sc, c.st.step, lang));
    row(w("report.decisions"), std::to_string(c.st.choices.size()));
    std::string blocks;
    for (const auto& b : c.sc.meta.building_blocks) blocks += (blocks.empty() ? "" : ", ") + block_name(b, lang);
    row(w("report.building_blocks"), blocks);
    row(w("report.reflections"),
        c.opt.include_reflections ? std::to_string(c.st.reflections.size()) : std::string(w("report.not_included_in_this_report")));
    m.table({"", ""}, meta);
}

// Every decision with its feedback, its effect, the group's vote and the reflections after it.
void md_decisions(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    m.heading(2, w("report.decisions_and_feedback"));
    if (!c.st.documents_read.empty()) {
        std::string docs;
        for (const auto& d : c.st.documents_read) {
            const Document* doc = c.sc.document(d);
            docs += (docs.empty() ? "" : "; ") + (doc ? doc->title.get(lang) : d);
        }
        m.raw("**" + md_line(w("report.documents_read_2")) + "** " + md_line(docs) + "\n\n");
    }
    auto inline_refs = [&](long i) {
        if (!c.opt.include_reflections) return;
        for (const Reflection* r : reflections_after(c.st, i))
            m.raw("*" + md_line(std::string(w("report.here_you_wrote_reflection")) + reflection_label(c.st, *r)) + "*\n\n");
    };
    if (c.st.choices.empty()) m.para(w("report.no_decisions_made_yet"));
    inline_refs(-1);
    for (size_t i = 0; i < c.st.choices.size(); ++i) {
        const ChoiceRecord& rec = c.st.choices[i];
        const Choice* choice = c.sc.choice(rec.step, rec.choice);
        std::string where = std::string(w("report.decision")) + std::to_string(i + 1) + " · " + step_title(c.sc, rec.step, lang);
        if (std::string d = step_date(c.sc, rec.step, lang); !d.empty()) where += " · " + d;
        m.heading(3, where);
        m.raw("**" + md_line(choice ? choice->text.get(lang) : rec.choice) + "**\n\n");
        if (choice && !choice->feedback.empty()) {
            const std::string fb = md_paragraphs(choice->feedback.get(lang));
            std::string quoted = ">";
            for (size_t k = 0; k < fb.size(); ++k) {
                if (k == 0 || fb[k - 1] == '\n') quoted += fb[k] == '\n' ? "" : " ";
                quoted += fb[k];
                if (fb[k] == '\n') quoted += ">";
            }
            m.raw(quoted + "\n\n");
            if (std::string cite = citation_markdown(choice->sources, c.opt.guide, lang); !cite.empty()) m.raw("*" + cite + "*\n\n");
        }
        if (choice)
            if (std::string eff = effects_text(c.sc, *choice, lang); !eff.empty()) m.raw(md_line(std::string(w("report.effect")) + eff) + "\n\n");
        if (const GroupDecision* d = group_decision_for(c.st, rec)) m.raw(md_line(group_decision_line(c.sc, *d, w, lang)) + "\n\n");
        inline_refs(static_cast<long>(i));
    }
}

// The ending reached (or the step the case is at) and the meters.
void md_outcome(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    m.heading(2, w("report.outcome"));
    if (const Ending* e = c.sc.ending(c.st.ending)) {
        m.raw("**" + md_line(std::string(tone_word(e->tone, w)) + ": " + e->title.get(lang)) + "**\n\n");
        m.para(e->text.get(lang));
    } else m.para(std::string(w("report.the_case_is_not_finished_yet_current_step")) + step_title(c.sc, c.st.step, lang));
    std::vector<std::vector<std::string>> vars;
    for (const auto& v : c.sc.variables) {
        auto it = c.st.vars.find(v.id);
        vars.push_back({v.label.get(lang), num(v.initial), num(it != c.st.vars.end() ? it->second : v.initial), num(v.min) + "–" + num(v.max)});
    }
    m.table({w("report.meter"), w("report.start"), w("report.now"), w("report.scale")}, vars);
}

// The analysis: the timeline and the genogram with its ties.
void md_timeline_and_persons(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    m.heading(2, w("report.the_analysis"));
    m.heading(3, w("report.timeline"));
    std::vector<std::vector<std::string>> tl_rows;
    for (const TimelineEntry* e : entries_by_date(an.timeline)) {
        std::string what = entry_text(c.sc, *e, lang);
        if (!e->agency.empty()) what += " (" + e->agency + ")";
        if (!e->result.empty()) what += std::string(" — ") + w("report.result") + e->result;
        tl_rows.push_back({e->date.valid() ? e->date.display(lang) : w("report.undated"), term_name(lanes()[static_cast<size_t>(e->lane)], lang),
                           what, mark_of(an.timeline, e->id, w)});
    }
    if (tl_rows.empty()) m.para(w("report.nothing_placed_on_the_timeline_yet"));
    m.table({w("report.date"), w("report.lane"), w("report.what"), w("report.occasion")}, tl_rows);
    m.fields(timeline_fields(), an.timeline.fields);

    m.heading(3, w("report.genogram_and_network"));
    std::vector<std::vector<std::string>> person_rows;
    for (const auto& p : c.sc.persons) {
        auto it = an.persons.notes.find(p.id);
        const PersonNote* n = it != an.persons.notes.end() ? &it->second : nullptr;
        std::string who = role_name(p.role, lang);
        if (p.age >= 0) who += (who.empty() ? "" : ", ") + std::to_string(p.age);
        person_rows.push_back({p.name, who, n && n->support ? (n->support > 0 ? "+" : "") + std::to_string(n->support) : "",
                               n ? n->role + (n->role.empty() || n->note.empty() ? "" : " — ") + n->note : ""});
    }
    m.table({w("report.person"), w("report.role_age"), w("report.support"), w("report.note")}, person_rows);
    for (const auto& t : an.persons.ties)
        m.item(person_name(c.sc, an.persons, t.a) + " – " + person_name(c.sc, an.persons, t.b) + " (" + term_name(tie_kinds(), t.kind, lang) + ")");
    if (!an.persons.ties.empty()) m.raw("\n");
}

// The family pattern: factors per area, links, the sentence, the noble intention, the questions.
void md_pattern(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    m.heading(3, w("report.family_pattern"));
    const Pattern& pat = an.pattern;
    if (pat.factors.empty()) m.para(w("report.no_factors_in_the_pattern_yet"));
    for (size_t a = 0; a < pattern_areas().size(); ++a) {
        bool any = false;
        for (const auto& f : pat.factors) any = any || static_cast<size_t>(f.area) == a;
        if (!any) continue;
        m.raw("**" + md_line(term_name(pattern_areas()[a], lang)) + "**\n\n");
        for (const auto& f : pat.factors)
            if (static_cast<size_t>(f.area) == a) m.item(factor_text(c.sc, f));
        m.raw("\n");
    }
    if (!pat.links.empty()) {
        m.raw("**" + md_line(w("report.links")) + "**\n\n");
        for (const auto& l : pat.links) {
            const Factor* a = pat.factor(l.from);
            const Factor* b = pat.factor(l.to);
            if (a && b) m.item(a->text + " → " + b->text);
        }
        m.raw("\n");
    }
    if (!trim(pat.sentence).empty()) m.raw("**" + md_line(w("report.the_pattern_in_one_sentence")) + "**\\\n" + md_paragraphs(pat.sentence) + "\n\n");
    if (!trim(pat.noble_intention).empty()) m.raw("**" + md_line(w("report.noble_intention")) + "**\\\n" + md_paragraphs(pat.noble_intention) + "\n\n");
    m.fields(pattern_questions(), pat.answers);
}

// Immediate safety and the safety plan, then the feasible end situation.
void md_safety_and_end(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    m.heading(3, w("report.immediate_safety_and_safety_plan"));
    const Safety& sf = an.safety;
    if (sf.score > 0)
        m.para(std::string(w("report.safety_score")) + std::to_string(sf.score) + " / 10 — " +
               (sf.at_least_six() ? w("report.sufficient_a_6_or_higher") : w("report.not_yet_a_6")));
    else m.para(w("report.no_safety_score_given_yet"));
    std::vector<std::vector<std::string>> judged;
    for (const auto& j : sf.judgements)
        if (j.judgement != Judgement::Unknown)
            judged.push_back({person_name(c.sc, j.person), term_name(safety_items(), j.item, lang), term_name(judgements()[static_cast<size_t>(j.judgement)], lang)});
    m.table({w("report.person"), w("report.item"), w("report.judgement")}, judged);
    m.fields(safety_fields(), sf.fields);

    m.heading(3, w("report.feasible_end_situation"));
    if (an.end.items.empty() && !any_field(an.end.fields)) m.para(w("report.not_filled_in_yet"));
    for (const auto& kind : end_item_kinds()) {
        bool any = false;
        for (const auto& item : an.end.items) any = any || item.kind == kind.id;
        if (!any) continue;
        m.raw("**" + md_line(term_name(kind, lang)) + "**\n\n");
        for (const auto& item : an.end.items) {
            if (item.kind != kind.id) continue;
            std::string t = item.text;
            if (!item.how.empty()) t += std::string(" (") + w("report.how") + item.how + ")";
            if (!item.who.empty() || !item.when.empty()) t += std::string(" (") + w("report.who_2") + item.who + ", " + w("report.when") + item.when + ")";
            m.item(t);
        }
        m.raw("\n");
    }
    m.fields(end_fields(), an.end.fields);
}

// The assessment per pillar and building block, and per criterion its status, evidence and why.
void md_assessment(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const ScoreReport& r = c.score;
    m.heading(2, w("report.assessment_per_building_block"));
    if (!r.final) m.para(w("report.interim_the_case_is_still_running_not"));
    if (r.max > 0)
        m.para(pct(r.fraction()) + " " + w("report.of_what_your_route_made_assessable") + " (" + num(r.earned) + "/" +
               num(r.max) + " " + w("report.points") + ")");
    for (const auto& line : score_lines(c)) m.para(line);
    if (unfinished(c)) m.para(w("report.still_locked"));
    std::vector<std::vector<std::string>> block_rows;
    for (const auto& p : r.pillars)
        block_rows.push_back({std::string(pillar_name(p.pillar, lang == Lang::En)), p.assessed() ? pct(p.fraction()) : w("report.not_assessed")});
    if (!r.ledger.empty()) m.table({w("report.pillar"), w("report.score")}, block_rows);
    block_rows.clear();
    for (const auto& b : r.blocks)
        if (b.trained())
            block_rows.push_back({block_name(b.block, lang), b.assessed() ? pct(b.fraction()) : w("report.not_assessed")});
    m.table({w("report.building_block"), w("report.score")}, block_rows);
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;
        m.heading(3, block_name(b.block, lang));
        for (const auto& e : r.ledger) {
            const Criterion& cr = *e.criterion;
            if (cr.block != b.block || !shown_in_report(c, e)) continue;
            m.raw("- **" + md_line(cr.text.get(lang)) + "** — " + md_line(status_word(e.status, w)) + ", " +
                  md_line(num(e.earned) + "/" + num(cr.weight) + " " + w("report.points")) + "\n");
            if (e.status == Status::Met || e.status == Status::Missed) {
                if (std::string fb = entry_feedback(e, lang); !fb.empty()) m.raw("  " + md_line(fb) + "\n");
            } else if (!e.note.empty()) m.raw("  " + md_line(entry_note(e, lang)) + "\n");
            for (const auto& ev : e.evidence) {
                if (!evidence_shown(c, ev)) continue;
                std::string line = evidence_text(ev, lang);
                if (ev.action < c.session.actions.size()) line += " (" + step_title(c.sc, c.session.actions[ev.action].step, lang) + ")";
                m.raw("  - " + md_line(line) + "\n");
            }
            if (!cr.rationale.empty()) m.raw("  *" + md_line(std::string(w("report.why_the_method")) + cr.rationale.get(lang)) + "*\n");
            if (std::string cite = citation_markdown(cr.sources, c.opt.guide, lang); !cite.empty()) m.raw("  " + cite + "\n");
        }
        m.raw("\n");
    }
}

// Beside the trainer's analysis, per board.
void md_comparison(Md& m, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    m.heading(2, w("report.beside_the_trainer_s_analysis"));
    if (unfinished(c)) m.para(w("report.still_locked"));
    else if (c.comparison.empty()) m.para(w("report.this_case_has_no_reference_analysis"));
    for (const auto& board : boards()) {
        if (unfinished(c)) break;
        std::vector<std::vector<std::string>> rows;
        for (const auto& row : c.comparison)
            if (row.board == board.id)
                rows.push_back({phrase_text(row.expert, lang),
                                phrase_text(row.trainee, lang) + (row.note.empty() ? "" : " (" + phrase_text(row.note, lang) + ")"),
                                match_word(row.match, w)});
        if (rows.empty()) continue;
        m.heading(3, term_name(board, lang));
        m.table({w("report.trainer"), w("report.you"), ""}, rows);
    }
}

// The reflections, the Methodewijzer appendix and the closing line.
void md_reflections_and_close(Md& m, const Ctx& c) {
    const Words& w = c.w;
    if (c.opt.include_reflections) {
        m.heading(2, w("report.reflections"));
        m.para(w("report.reflection_is_not_scored_every_edit_was"));
        if (c.st.reflections.empty()) m.para(w("report.no_reflections_written_in_this_session"));
        for (const auto& r2 : c.st.reflections) md_reflection(m, c, r2);
    }
    m.raw(appendix_markdown(cited_in_report(c), c.opt.guide, c.opt.lang));
    m.raw("\n---\n\n");
    m.para(std::string(w("report.made_with_the_leerwerkplaats_from_the")) +
           c.session.id + " (" + std::to_string(c.session.actions.size()) + w("report.actions") + "). " +
           w("report.everything_was_made_on_this_computer_2"));
}

std::string markdown(const Ctx& c) {
    Md m{{}, c.w};
    md_heading_and_facts(m, c);
    md_decisions(m, c);
    md_outcome(m, c);
    md_timeline_and_persons(m, c);
    md_pattern(m, c);
    md_safety_and_end(m, c);
    md_assessment(m, c);
    md_comparison(m, c);
    md_reflections_and_close(m, c);
    // One trailing newline, no blank lines piling up.
    std::string out;
    for (char ch : m.s) {
        if (ch == '\n' && out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') continue;
        out += ch;
    }
    while (!out.empty() && out.front() == '\n') out.erase(out.begin());
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace

std::string report_markdown(const Scenario& sc, const Session& session, const SessionState& st, const ScoreReport& score,
                            const std::vector<ComparisonRow>& comparison, ReportOptions opt) {
    const Ctx c{sc, session, st, score, comparison, opt, Words{opt.lang}};
    return markdown(c);
}

}  // namespace lwp::core
