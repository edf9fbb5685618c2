// The report, part 3: HTML.
#include "core/report/report_detail.hpp"

namespace lwp::core {

using namespace report_detail;

namespace {

// ---------------------------------------------------------------------------------------------
// 4. HTML
// ---------------------------------------------------------------------------------------------

constexpr const char* kCss = R"CSS(
:root { --accent: #1a5f7a; --good: #2e7d32; --mixed: #b86e00; --bad: #b71c1c; --none: #6b7177; --muted: #5f6368;
        --line: #d7dce1; --soft: #f4f6f8; --ink: #1d2125; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef1f4; color: var(--ink); font: 16px/1.55 "DejaVu Sans", "Segoe UI", Verdana, Arial, sans-serif; }
.page { max-width: 62rem; margin: 1.5rem auto; background: #fff; padding: 2.2rem 2.6rem 2.6rem;
        border-radius: .6rem; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header.cover { border-bottom: 4px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.2rem; }
.kicker { color: var(--accent); font-weight: 700; letter-spacing: .05em; text-transform: uppercase; font-size: .8rem; margin: 0; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .3rem 0 .6rem; }
h2 { color: var(--accent); font-size: 1.4rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin: 2.2rem 0 .8rem; }
h3 { font-size: 1.12rem; margin: 1.6rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
p { margin: .4rem 0 .7rem; }
.lead { font-size: 1.05rem; }
.muted { color: var(--muted); }
.small { font-size: .88rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .93rem; }
th, td { text-align: left; vertical-align: top; padding: .38rem .55rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); }
table.meta th { width: 12rem; font-weight: normal; color: var(--muted); }
nav.toc { background: var(--soft); border-radius: .5rem; padding: .6rem 1rem; margin: 1rem 0 1.4rem; font-size: .93rem; }
nav.toc ol { margin: .2rem 0; padding-left: 1.4rem; columns: 2; }
nav.toc a, td a { color: var(--accent); text-decoration: none; }
.badge { display: inline-block; padding: .02rem .55rem; border-radius: 1rem; font-size: .8rem; font-weight: 700;
         color: #fff; background: var(--none); white-space: nowrap; vertical-align: .08em; }
.badge.good { background: var(--good); } .badge.bad { background: var(--bad); } .badge.mixed { background: var(--mixed); }
.chip { display: inline-block; padding: .02rem .5rem; border-radius: .3rem; font-size: .8rem; background: #e6eef2;
        color: var(--accent); margin-right: .3rem; white-space: nowrap; }
.decision { border-left: 4px solid var(--accent); padding: .2rem 0 .2rem 1rem; margin: 0 0 1.3rem; }
.decision .where { color: var(--muted); font-size: .9rem; margin: 0; }
.decision .choice { font-weight: 700; margin: .15rem 0 .4rem; }
.feedback { background: #e8f4f8; border-radius: .4rem; padding: .55rem .8rem; margin: .3rem 0; }
.cite { font-size: .85rem; color: var(--muted); margin: .25rem 0 0; }
.appendix h3, .appendix h4 { margin-bottom: .2rem; }
.effects { font-size: .88rem; color: var(--muted); margin: .2rem 0 0; }
.reflection { background: #fbf6ea; border-left: 4px solid var(--mixed); border-radius: 0 .4rem .4rem 0;
              padding: .55rem .85rem; margin: .6rem 0 1rem; }
.reflection .meta { font-size: .85rem; color: var(--muted); margin: 0 0 .25rem; }
.reflection .versions { font-size: .88rem; color: var(--muted); border-top: 1px dashed #d9c9a3; margin-top: .5rem; padding-top: .2rem; }
.inline-reflection { font-size: .9rem; margin: .3rem 0 0; }
.inline-reflection a { color: var(--mixed); font-weight: 700; text-decoration: none; }
.ending { border: 2px solid var(--none); border-radius: .5rem; padding: .8rem 1.1rem; }
.ending.good { border-color: var(--good); } .ending.bad { border-color: var(--bad); } .ending.mixed { border-color: var(--mixed); }
figure { margin: .8rem 0 1.2rem; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem; background: #fff; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .35rem; }
.score { font-size: 1.25rem; font-weight: 700; }
.bar { background: #e6e9ed; border-radius: .3rem; height: .85rem; min-width: 8rem; }
.bar span { display: block; height: 100%; border-radius: .3rem; background: var(--none); }
.bar span.good { background: var(--good); } .bar span.bad { background: var(--bad); } .bar span.mixed { background: var(--mixed); }
td.num { text-align: right; white-space: nowrap; width: 5rem; }
td.barcell { width: 40%; }
.criterion { border-top: 1px solid var(--line); padding: .6rem 0 .5rem; }
.criterion .what { font-weight: 700; margin: 0 0 .2rem; }
.criterion ul { margin: .25rem 0; padding-left: 1.3rem; color: var(--muted); font-size: .9rem; }
.why { color: var(--accent); font-size: .9rem; margin: .25rem 0 0; }
.notice { background: #fdeceb; border-left: 4px solid var(--bad); padding: .5rem .8rem; border-radius: 0 .4rem .4rem 0; }
dl.fields dt { font-weight: 700; margin-top: .6rem; }
dl.fields dd { margin: .1rem 0 .2rem 0; white-space: pre-wrap; }
footer { margin-top: 2.4rem; padding-top: .8rem; border-top: 1px solid var(--line); font-size: .82rem; color: var(--muted); }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  nav.toc a { color: inherit; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .decision, .reflection, .criterion, figure, tr, .ending, dl.fields dd { break-inside: avoid; page-break-inside: avoid; }
  section.analysis, section.assessment { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
)CSS";

struct Html {
    std::string s;
    Words w;
    Html& raw(std::string_view t) {
        s += t;
        return *this;
    }
    Html& text(std::string_view t) {
        s += html_escape(t);
        return *this;
    }
    // <tag class="cls">text</tag>
    Html& el(const char* tag, std::string_view body, const char* cls = nullptr) {
        s += std::string("<") + tag + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">";
        s += html_escape(body);
        s += std::string("</") + tag + ">\n";
        return *this;
    }
    // Author and trainee texts keep their paragraphs and line breaks.
    Html& paragraphs(std::string_view t, const char* cls = nullptr) {
        const std::string body = trim(t);
        if (body.empty()) return *this;
        size_t pos = 0;
        while (pos < body.size()) {
            size_t end = body.find("\n\n", pos);
            if (end == std::string::npos) end = body.size();
            std::string para = trim(std::string_view(body).substr(pos, end - pos));
            pos = end + 2;
            if (para.empty()) continue;
            s += cls ? std::string("<p class=\"") + cls + "\">" : std::string("<p>");
            size_t lp = 0;
            while (lp <= para.size()) {
                size_t le = para.find('\n', lp);
                if (le == std::string::npos) le = para.size();
                if (lp > 0) s += "<br>";
                s += html_escape(trim(std::string_view(para).substr(lp, le - lp)));
                lp = le + 1;
            }
            s += "</p>\n";
        }
        return *this;
    }
    Html& badge(std::string_view label, const char* cls) {
        s += std::string("<span class=\"badge ") + cls + "\">" + html_escape(label) + "</span>";
        return *this;
    }
    Html& figure(const std::string& svg, std::string_view caption) {
        if (svg.empty()) return *this;
        s += "<figure>\n" + svg + "<figcaption>" + html_escape(caption) + "</figcaption>\n</figure>\n";
        return *this;
    }
    Html& fields(std::span<const Term> terms, const std::map<std::string, std::string>& values) {
        if (!any_field(values)) return *this;
        s += "<dl class=\"fields\">\n";
        for (const auto& t : terms) {
            auto it = values.find(std::string(t.id));
            if (it == values.end() || trim(it->second).empty()) continue;
            s += "<dt>" + html_escape(term_name(t, w.lang)) + "</dt><dd>" + html_escape(trim(it->second)) + "</dd>\n";
        }
        s += "</dl>\n";
        return *this;
    }
};



void html_reflection_block(Html& h, const Ctx& c, const Reflection& r) {
    const Lang lang = c.opt.lang;
    h.raw("<div class=\"reflection\" id=\"" + reflection_label(c.st, r) + "\">\n");
    std::string meta = reflection_label(c.st, r) + " · " + step_title(c.sc, r.step, lang);
    if (r.date.valid()) meta += " · " + r.date.display(lang);
    if (!r.after_choice.empty())
        meta += std::string(" · ") + c.w("report.after") + "‘" + after_choice_text(c.sc, c.st, r, lang) + "’";
    h.el("p", meta, "meta");
    if (!r.dimension.empty() || !r.level.empty() || !r.with.empty() || !r.point.empty() || !r.participant.empty()) {
        h.raw("<p class=\"meta\">");
        if (!r.point.empty()) h.raw("<span class=\"chip\">").text(c.w("report.the_case_s_reflection_point")).raw("</span>");
        if (!r.dimension.empty()) h.raw("<span class=\"chip\">").text(term_name(reflection_dimensions(), r.dimension, lang)).raw("</span>");
        if (!r.level.empty()) h.raw("<span class=\"chip\">").text(term_name(reflection_levels(), r.level, lang)).raw("</span>");
        if (!r.with.empty()) h.raw("<span class=\"chip\">").text(term_name(reflection_partners(), r.with, lang)).raw("</span>");
        if (!r.participant.empty())
            h.raw("<span class=\"chip\">").text(r.participant == kGroupReflection ? std::string(c.w("report.the_group")) : r.participant).raw("</span>");
        h.raw("</p>\n");
    }
    if (const ReflectionPoint* rp = c.sc.reflection_point(r.point); rp && !rp->prompts.empty()) {
        for (const auto& prompt : rp->prompts) h.el("p", prompt.get(lang), "meta");
    }
    h.paragraphs(r.text());
    // Earlier versions stay visible (a <details> would stay closed on paper).
    if (r.versions.size() > 1) {
        h.raw("<div class=\"versions\">\n");
        h.el("p", std::string(c.w("report.earlier_versions_oldest_first")), "meta");
        for (size_t i = 0; i + 1 < r.versions.size(); ++i) h.paragraphs(r.versions[i]);
        h.raw("</div>\n");
    }
    h.raw("</div>\n");
}

void html_header(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    h.raw("<header class=\"cover\">\n");
    if (c.st.workshop.active) h.el("p", w("report.leerwerkplaats_workshop_report"), "kicker");
    else h.el("p", w("report.leerwerkplaats_report_for_supervision"), "kicker");
    h.el("h1", c.sc.meta.title.get(lang));
    h.paragraphs(c.sc.meta.summary.get(lang), "lead");
    h.raw("</header>\n<table class=\"meta\">\n");
    auto row = [&](const char* k, const std::string& v) {
        if (v.empty()) return;
        h.raw("<tr><th>").text(k).raw("</th><td>").text(v).raw("</td></tr>\n");
    };
    row(w("report.session"), c.session.id);
    if (c.st.workshop.active) {
        std::string people;
        for (const auto& p : c.st.workshop.participants) people += (people.empty() ? "" : ", ") + p;
        row(w("report.workshop"), c.st.workshop.name);
        row(w("report.participants"), people);
    }
    row(w("report.case"), c.sc.meta.id + (c.sc.meta.version.empty() ? "" : std::string(" · ") + w("report.version") + c.sc.meta.version));
    row(w("report.started"), report_time(c.session.created));
    row(w("report.last_worked_on"), report_time(c.session.updated));
    std::string status;
    if (c.st.finished()) status = std::string(w("report.finished")) + step_title(c.sc, c.st.ending, lang);
    else status = std::string(w("report.in_progress_now_at")) + step_title(c.sc, c.st.step, lang);
    row(w("report.status"), status);
    row(w("report.decisions"), std::to_string(c.st.choices.size()));
    std::string blocks;
    for (const auto& b : c.sc.meta.building_blocks) blocks += (blocks.empty() ? "" : ", ") + block_name(b, lang);
    row(w("report.building_blocks"), blocks);
    row(w("report.reflections"),
        c.opt.include_reflections ? std::to_string(c.st.reflections.size()) : std::string(w("report.not_included_in_this_report")));
    h.raw("</table>\n");
}

void html_toc(Html& h, const Ctx& c) {
    const Words& w = c.w;
    h.raw("<nav class=\"toc\"><strong>").text(w("report.contents")).raw("</strong>\n<ol>\n");
    auto item = [&](const char* id, const char* label) { h.raw(std::string("<li><a href=\"#") + id + "\">").text(label).raw("</a></li>\n"); };
    item("verloop", w("report.decisions_and_feedback"));
    item("afloop", w("report.outcome"));
    item("analyse", w("report.the_analysis"));
    item("beoordeling", w("report.assessment_per_building_block"));
    item("vergelijking", w("report.beside_the_trainer_s_analysis"));
    if (!c.st.workshop.contributions.empty()) item("bijdragen", w("report.who_proposed_what"));
    if (!c.sc.dossier.empty()) item("dossier", w("report.case_file_review"));
    if (!c.opt.compare.empty()) item("sessies", w("report.beside_the_individual_sessions"));
    if (c.opt.include_reflections) item("reflecties", w("report.reflections"));
    if (!appendix_html(cited_in_report(c), c.opt.guide, c.opt.lang).empty())
        item("methodewijzer", w("report.appendix_from_the_method_guide"));
    h.raw("</ol>\n</nav>\n");
}

// In a workshop: how the group voted on this decision, the rationale, and an override as such.
void html_group_decision(Html& h, const Ctx& c, const ChoiceRecord& rec) {
    const Words& w = c.w;
    const GroupDecision* d = group_decision_for(c.st, rec);
    if (!d) return;
    h.raw("<p><strong>").text(w("report.group_decision")).raw("</strong> ");
    if (d->overrides) h.badge(w("report.overrode_the_most_votes"), "mixed");
    h.raw("</p>\n");
    if (!d->rationale.empty()) h.raw("<p>").text(w("report.rationale")).text(d->rationale).raw("</p>\n");
    const Step* step = c.sc.step(d->step);
    if (d->round.votes.empty() || !step) {
        h.el("p", w("report.there_was_no_vote"), "muted small");
        return;
    }
    const double total = static_cast<double>(d->round.votes.size());
    h.raw("<table>\n<thead><tr><th>").text(w("report.choice")).raw("</th><th>").text(w("report.votes")).raw("</th><th></th><th>")
        .text(w("report.who")).raw("</th></tr></thead>\n<tbody>\n");
    for (const auto& ch : step->choices) {
        int n = 0;
        std::string who;
        for (const auto& v : d->round.votes)
            if (v.choice == ch.id) {
                ++n;
                who += (who.empty() ? "" : ", ") + v.participant;
            }
        if (n == 0 && ch.id != d->choice) continue;
        const char* cls = ch.id == d->choice ? "good" : "none";
        h.raw("<tr><td>").text(ch.text.get(c.opt.lang)).raw("</td><td class=\"num\">").text(std::to_string(n)).raw("</td><td class=\"barcell\">");
        h.raw("<div class=\"bar\"><span class=\"" + std::string(cls) + "\" style=\"width:" + fmt("%.0f", n / total * 100) + "%\"></span></div>");
        h.raw("</td><td>").text(who).raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table>\n");
    if (!d->round.revealed) h.el("p", w("report.the_votes_were_not_shown_to_the_group"), "muted small");
}

void html_course(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    h.raw("<section id=\"verloop\">\n");
    h.el("h2", w("report.decisions_and_feedback"));
    if (!c.st.documents_read.empty()) {
        std::string docs;
        for (const auto& d : c.st.documents_read) {
            const Document* doc = c.sc.document(d);
            docs += (docs.empty() ? "" : "; ") + (doc ? doc->title.get(lang) : d);
        }
        h.raw("<p class=\"small\"><strong>").text(w("report.documents_read")).raw("</strong>").text(docs).raw("</p>\n");
    }
    auto inline_refs = [&](long i) {
        if (!c.opt.include_reflections) return;
        for (const Reflection* r : reflections_after(c.st, i)) {
            const std::string label = reflection_label(c.st, *r);
            h.raw("<p class=\"inline-reflection\">").text(w("report.here_you_wrote_reflection"));
            h.raw("<a href=\"#" + label + "\">" + label + "</a></p>\n");
        }
    };
    if (c.st.choices.empty()) h.el("p", w("report.no_decisions_made_yet"), "muted");
    inline_refs(-1);
    for (size_t i = 0; i < c.st.choices.size(); ++i) {
        const ChoiceRecord& rec = c.st.choices[i];
        const Choice* choice = c.sc.choice(rec.step, rec.choice);
        h.raw("<div class=\"decision\">\n");
        std::string where = std::string(w("report.decision")) + std::to_string(i + 1) + " · " + step_title(c.sc, rec.step, lang);
        if (std::string d = step_date(c.sc, rec.step, lang); !d.empty()) where += " · " + d;
        h.el("p", where, "where");
        h.el("p", choice ? choice->text.get(lang) : rec.choice, "choice");
        if (choice && !choice->feedback.empty()) {
            h.raw("<div class=\"feedback\">");
            h.paragraphs(choice->feedback.get(lang));
            h.raw(citation_html(choice->sources, c.opt.guide, lang));
            h.raw("</div>\n");
        }
        if (choice) {
            if (std::string eff = effects_text(c.sc, *choice, lang); !eff.empty())
                h.raw("<p class=\"effects\">").text(w("report.effect")).text(eff).raw("</p>\n");
        }
        html_group_decision(h, c, rec);
        inline_refs(static_cast<long>(i));
        h.raw("</div>\n");
    }
    h.raw("</section>\n");
}

void html_outcome(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    h.raw("<section id=\"afloop\">\n");
    h.el("h2", w("report.outcome"));
    if (const Ending* e = c.sc.ending(c.st.ending)) {
        h.raw(std::string("<div class=\"ending ") + tone_class(e->tone) + "\">\n");
        h.raw("<p>").badge(tone_word(e->tone, w), tone_class(e->tone)).raw("</p>\n");
        h.el("h3", e->title.get(lang));
        h.paragraphs(e->text.get(lang));
        h.raw("</div>\n");
    } else {
        h.el("p", std::string(w("report.the_case_is_not_finished_yet_current_step")) +
                      step_title(c.sc, c.st.step, lang),
             "muted");
    }
    if (!c.sc.variables.empty()) {
        h.el("h3", w("report.the_situation_at_the_end"));
        h.raw("<table>\n<thead><tr><th>").text(w("report.meter")).raw("</th><th>").text(w("report.start"));
        h.raw("</th><th>").text(w("report.now")).raw("</th><th>").text(w("report.scale")).raw("</th></tr></thead>\n<tbody>\n");
        for (const auto& v : c.sc.variables) {
            auto it = c.st.vars.find(v.id);
            const double now = it != c.st.vars.end() ? it->second : v.initial;
            h.raw("<tr><td>").text(v.label.get(lang)).raw("</td><td>").text(num(v.initial)).raw("</td><td><strong>").text(num(now));
            h.raw("</strong></td><td>").text(num(v.min) + "–" + num(v.max)).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
    h.raw("</section>\n");
}

// Timeline (bouwsteen.tijdlijn).
void html_timeline(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    h.el("h3", w("report.timeline"));
    const Timeline& tl = an.timeline;
    if (tl.entries.empty()) h.el("p", w("report.nothing_placed_on_the_timeline_yet"), "muted");
    else {
        h.figure(timeline_svg(c.sc, c.st, lang),
                 w("report.timeline_per_lane_by_date_marked_in_red"));
        h.raw("<table>\n<thead><tr><th>").text(w("report.date")).raw("</th><th>").text(w("report.lane")).raw("</th><th>");
        h.text(w("report.what")).raw("</th><th>").text(w("report.occasion")).raw("</th></tr></thead>\n<tbody>\n");
        for (const TimelineEntry* e : entries_by_date(tl)) {
            h.raw("<tr><td>").text(e->date.valid() ? e->date.display(lang) : w("report.undated")).raw("</td><td>");
            h.text(term_name(lanes()[static_cast<size_t>(e->lane)], lang)).raw("</td><td>").text(entry_text(c.sc, *e, lang));
            if (!e->agency.empty() || !e->result.empty()) {
                h.raw("<br><span class=\"muted small\">");
                if (!e->agency.empty()) h.text(e->agency);
                if (!e->agency.empty() && !e->result.empty()) h.raw(" · ");
                if (!e->result.empty()) h.text(std::string(w("report.result")) + e->result);
                h.raw("</span>");
            }
            h.raw("</td><td>").text(mark_of(tl, e->id, w)).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
    h.fields(timeline_fields(), tl.fields);
}

// Persons (genogram, sociogram).
void html_persons(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    h.el("h3", w("report.genogram_and_network"));
    h.figure(genogram_svg(c.sc, c.st, lang),
             w("report.square_male_circle_female_diamond_other"));
    const Persons& ps = an.persons;
    bool any_note = false;
    for (const auto& [id, n] : ps.notes) any_note = any_note || n.support != 0 || !n.role.empty() || !n.note.empty();
    if (any_note) {
        h.raw("<table>\n<thead><tr><th>").text(w("report.person")).raw("</th><th>").text(w("report.support")).raw("</th><th>");
        h.text(w("report.role_in_the_network")).raw("</th><th>").text(w("report.note")).raw("</th></tr></thead>\n<tbody>\n");
        for (const auto& p : c.sc.persons) {
            auto it = ps.notes.find(p.id);
            if (it == ps.notes.end()) continue;
            const PersonNote& n = it->second;
            if (n.support == 0 && n.role.empty() && n.note.empty()) continue;
            h.raw("<tr><td>").text(p.name).raw("</td><td>").text(n.support > 0 ? "+" + std::to_string(n.support) : std::to_string(n.support));
            h.raw("</td><td>").text(n.role).raw("</td><td>").text(n.note).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
    if (!ps.ties.empty()) {
        h.raw("<p class=\"small\"><strong>").text(w("report.ties")).raw("</strong>");
        for (size_t i = 0; i < ps.ties.size(); ++i) {
            const Tie& t = ps.ties[i];
            if (i) h.raw("; ");
            h.text(person_name(c.sc, ps, t.a) + " – " + person_name(c.sc, ps, t.b) + " (" + term_name(tie_kinds(), t.kind, lang) + ")");
        }
        h.raw("</p>\n");
    }
}

// Family pattern (bouwsteen.gezinspatroon).
void html_pattern(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    h.el("h3", w("report.family_pattern"));
    const Pattern& pat = an.pattern;
    if (pat.factors.empty()) h.el("p", w("report.no_factors_in_the_pattern_yet"), "muted");
    h.figure(pattern_svg(c.sc, c.st, lang),
             w("report.the_four_areas_influence_each_other_in_a"));
    if (!trim(pat.sentence).empty()) {
        h.el("h4", w("report.the_pattern_in_one_sentence"));
        h.paragraphs(pat.sentence);
    }
    if (!trim(pat.noble_intention).empty()) {
        h.el("h4", w("report.noble_intention"));
        h.paragraphs(pat.noble_intention);
    }
    h.fields(pattern_questions(), pat.answers);
}

// Immediate safety (bouwsteen.directe_veiligheid).
void html_safety(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    h.el("h3", w("report.immediate_safety_and_safety_plan"));
    const Safety& sf = an.safety;
    if (sf.score > 0) {
        h.raw("<p><span class=\"score\">").text(std::to_string(sf.score) + " / 10").raw("</span> ");
        h.badge(sf.at_least_six() ? w("report.sufficient_a_6_or_higher") : w("report.not_yet_a_6"),
                sf.at_least_six() ? "good" : "bad");
        h.raw("</p>\n");
    } else h.el("p", w("report.no_safety_score_given_yet"), "muted");
    std::vector<const SafetyJudgement*> judged;
    for (const auto& j : sf.judgements)
        if (j.judgement != Judgement::Unknown) judged.push_back(&j);
    if (!judged.empty()) {
        h.raw("<table>\n<thead><tr><th>").text(w("report.person")).raw("</th><th>").text(w("report.item")).raw("</th><th>");
        h.text(w("report.judgement")).raw("</th></tr></thead>\n<tbody>\n");
        for (const SafetyJudgement* j : judged) {
            const char* cls = j->judgement == Judgement::Safe ? "good" : j->judgement == Judgement::Unsafe ? "mixed" : "bad";
            h.raw("<tr><td>").text(person_name(c.sc, j->person)).raw("</td><td>").text(term_name(safety_items(), j->item, lang)).raw("</td><td>");
            h.badge(term_name(judgements()[static_cast<size_t>(j->judgement)], lang), cls).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
    h.fields(safety_fields(), sf.fields);
    if (!an.below_six.empty())
        h.el("p",
             std::string(w("report.worked_on_the_pattern_or_end_situation")) +
                 std::to_string(an.below_six.size()) + w("report.times"),
             "muted small");
}

// Feasible end situation (bouwsteen.stabiele_veiligheid, bouwsteen.haalbare_eindsituatie).
void html_end(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    h.el("h3", w("report.feasible_end_situation"));
    const EndSituation& end = an.end;
    if (end.items.empty() && !any_field(end.fields))
        h.el("p", w("report.not_filled_in_yet"), "muted");
    for (const auto& kind : end_item_kinds()) {
        bool any = false;
        for (const auto& item : end.items) any = any || item.kind == kind.id;
        if (!any) continue;
        h.el("h4", term_name(kind, lang));
        h.raw("<ul>\n");
        for (const auto& item : end.items) {
            if (item.kind != kind.id) continue;
            h.raw("<li>").text(item.text);
            std::string extra;
            if (!item.how.empty()) extra += std::string(w("report.how")) + item.how;
            if (!item.who.empty()) extra += (extra.empty() ? "" : " · ") + std::string(w("report.who_2")) + item.who;
            if (!item.when.empty()) extra += (extra.empty() ? "" : " · ") + std::string(w("report.when")) + item.when;
            if (!extra.empty()) h.raw(" <span class=\"muted small\">(").text(extra).raw(")</span>");
            h.raw("</li>\n");
        }
        h.raw("</ul>\n");
    }
    h.fields(end_fields(), end.fields);
}

void html_analysis(Html& h, const Ctx& c) {
    h.raw("<section id=\"analyse\" class=\"analysis\">\n");
    h.el("h2", c.w("report.the_analysis"));
    html_timeline(h, c);
    html_persons(h, c);
    html_pattern(h, c);
    html_safety(h, c);
    html_end(h, c);
    h.raw("</section>\n");
}

void html_score(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const ScoreReport& r = c.score;
    h.raw("<section id=\"beoordeling\" class=\"assessment\">\n");
    h.el("h2", w("report.assessment_per_building_block"));
    if (!r.final) h.el("p", w("report.interim_the_case_is_still_running_not"), "muted");
    if (r.max > 0)
        h.raw("<p><span class=\"score\">").text(pct(r.fraction())).raw("</span> ")
            .text(std::string(w("report.of_what_your_route_made_assessable")) + " (" + num(r.earned) + "/" +
                  num(r.max) + " " + w("report.points") + ")")
            .raw("</p>\n");
    else h.el("p", w("report.nothing_has_been_assessed_yet"), "muted");
    const std::vector<std::string> lines = score_lines(c);
    for (size_t i = 0; i < lines.size(); ++i) h.el("p", lines[i], r.incomplete() && i == 0 ? "notice" : nullptr);
    if (unfinished(c)) h.el("p", w("report.still_locked"), "muted");
    if (r.ledger.empty()) {
        h.raw("</section>\n");
        return;
    }
    auto bar = [&](bool assessed, double f) {
        const char* cls = !assessed ? "none" : f < 0.5 ? "bad" : f < 0.75 ? "mixed" : "good";
        h.raw("<div class=\"bar\"><span class=\"" + std::string(cls) + "\" style=\"width:" + fmt("%.0f", assessed ? std::max(f, 0.02) * 100 : 0) + "%\"></span></div>");
    };
    h.el("h3", w("report.pillars"));
    h.raw("<table>\n<tbody>\n");
    for (const auto& p : r.pillars) {
        h.raw("<tr><td>").text(pillar_name(p.pillar, lang == Lang::En)).raw("</td><td class=\"barcell\">");
        bar(p.assessed(), p.fraction());
        h.raw("</td><td class=\"num\">").text(p.assessed() ? pct(p.fraction()) : w("report.not_assessed")).raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table>\n");
    h.el("h3", w("report.per_building_block"));
    h.raw("<table>\n<tbody>\n");
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;
        h.raw("<tr><td><a href=\"#blok-" + html_escape(b.block) + "\">").text(block_name(b.block, lang)).raw("</a></td><td class=\"barcell\">");
        bar(b.assessed(), b.fraction());
        h.raw("</td><td class=\"num\">").text(b.assessed() ? pct(b.fraction()) : w("report.not_assessed")).raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table>\n");
    h.el("h3", w("report.what_earned_points_and_why"));
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;
        h.raw("<h4 id=\"blok-" + html_escape(b.block) + "\">").text(block_name(b.block, lang));
        h.raw(" <span class=\"muted small\">").text(b.assessed() ? pct(b.fraction()) : w("report.not_assessed")).raw("</span></h4>\n");
        for (const auto& e : r.ledger) {
            const Criterion& cr = *e.criterion;
            if (cr.block != b.block || !shown_in_report(c, e)) continue;
            h.raw("<div class=\"criterion\">\n<p class=\"what\">").text(cr.text.get(lang)).raw("</p>\n<p>");
            h.badge(status_word(e.status, w), status_class(e.status));
            h.raw(" <span class=\"muted small\">").text(num(e.earned) + "/" + num(cr.weight) + " " + w("report.points")).raw("</span></p>\n");
            if (e.status == Status::Met || e.status == Status::Missed) h.paragraphs(entry_feedback(e, lang));
            else if (e.status == Status::Error) h.el("p", entry_note(e, lang), "notice");
            else if (!e.note.empty()) h.el("p", entry_note(e, lang), "muted small");
            if (!e.evidence.empty()) {
                h.raw("<ul>\n");
                for (const auto& ev : e.evidence) {
                    if (!evidence_shown(c, ev)) continue;
                    std::string line = evidence_text(ev, lang);
                    if (ev.action < c.session.actions.size()) {
                        const std::string& step = c.session.actions[ev.action].step;
                        line += " (" + step_title(c.sc, step, lang);
                        if (std::string d = step_date(c.sc, step, lang); !d.empty()) line += ", " + d;
                        line += ")";
                    }
                    h.el("li", line);
                }
                h.raw("</ul>\n");
            }
            if (!cr.rationale.empty())
                h.raw("<p class=\"why\"><strong>").text(w("report.why_the_method")).raw("</strong>").text(cr.rationale.get(lang)).raw("</p>\n");
            h.raw(citation_html(cr.sources, c.opt.guide, lang));
            h.raw("</div>\n");
        }
    }
    h.raw("</section>\n");
}

void html_comparison(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    h.raw("<section id=\"vergelijking\">\n");
    h.el("h2", w("report.beside_the_trainer_s_analysis"));
    if (unfinished(c)) {
        h.el("p", w("report.still_locked"), "muted");
        h.raw("</section>\n");
        return;
    }
    if (c.comparison.empty()) {
        h.el("p", w("report.this_case_has_no_reference_analysis"), "muted");
        h.raw("</section>\n");
        return;
    }
    for (const auto& board : boards()) {
        bool any = false;
        for (const auto& row : c.comparison) any = any || row.board == board.id;
        if (!any) continue;
        h.el("h3", term_name(board, lang));
        h.raw("<table>\n<thead><tr><th>").text(w("report.trainer")).raw("</th><th>").text(w("report.you")).raw("</th><th></th></tr></thead>\n<tbody>\n");
        for (const auto& row : c.comparison) {
            if (row.board != board.id) continue;
            h.raw("<tr><td>").text(phrase_text(row.expert, lang)).raw("</td><td>").text(phrase_text(row.trainee, lang));
            if (!row.note.empty()) h.raw("<br><span class=\"muted small\">").text(phrase_text(row.note, lang)).raw("</span>");
            h.raw("</td><td>").badge(match_word(row.match, w), match_class(row.match)).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
    h.raw("</section>\n");
}

std::string dossier_tag_name(std::string_view id, Lang lang) {
    const DossierTag* t = find_dossier_tag(id);
    return t ? std::string(lang == Lang::En ? t->en : t->nl) : std::string(id);
}

void html_dossier(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const DossierScore score = score_dossier(c.sc, c.st.dossier);
    h.raw("<section id=\"dossier\">\n");
    h.el("h2", w("report.case_file_review"));
    if (unfinished(c)) {  // the trainee's own tags only; the expert's tags are a reference answer
        h.el("p", w("report.still_locked"), "muted");
        h.raw("<ul>\n");
        for (const auto& es : score.events) {
            std::string tags;
            for (const auto* list : {&es.found, &es.extra})
                for (const auto& t : *list) tags += (tags.empty() ? "" : ", ") + dossier_tag_name(t, lang);
            if (!tags.empty()) h.el("li", es.event->text.get(lang) + " — " + tags);
        }
        h.raw("</ul>\n</section>\n");
        return;
    }
    h.raw("<p><span class=\"score\">").text(pct(score.fraction())).raw("</span> ")
        .text(std::string(w("report.agreement_with_the_expert")) + std::to_string(score.found) + " " +
              w("report.found") + std::to_string(score.missed) + " " + w("report.missed") + std::to_string(score.extra) + " " +
              w("report.extra"))
        .raw("</p>\n");
    h.raw("<table>\n<thead><tr><th>#</th><th>").text(w("report.event")).raw("</th><th>").text(w("report.tags"))
        .raw("</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < score.events.size(); ++i) {
        const DossierEventScore& es = score.events[i];
        const DossierEvent& ev = *es.event;
        std::string meta = ev.date.valid() ? ev.date.display(lang) : std::string();
        if (!ev.source.empty()) meta += (meta.empty() ? "" : " · ") + ev.source;
        h.raw("<tr><td>").text(std::to_string(i + 1)).raw("</td><td><span class=\"muted small\">").text(meta).raw("</span><br>")
            .text(ev.text.get(lang)).raw("</td><td>");
        for (const auto& t : es.found) h.badge(dossier_tag_name(t, lang), "good").raw(" ");
        for (const auto& t : es.missed) h.badge(dossier_tag_name(t, lang) + w("report.missed_2"), "mixed").raw(" ");
        for (const auto& t : es.extra) h.badge(dossier_tag_name(t, lang) + w("report.extra_2"), "none").raw(" ");
        if (!ev.explanation.empty()) h.raw("<p class=\"why\">").text(ev.explanation.get(lang)).raw("</p>");
        h.raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table>\n</section>\n");
}

// The group beside each participant's own session: per decision who chose what, then the
// per-building-block scores.
void html_sessions(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    SessionColumn group{w("report.the_group_2"), c.st.choices, c.score.blocks, {}};
    std::vector<SessionColumn> cols{group};
    cols.insert(cols.end(), c.opt.compare.begin(), c.opt.compare.end());
    h.raw("<section id=\"sessies\">\n");
    h.el("h2", w("report.beside_the_individual_sessions"));
    for (const auto& col : cols)
        if (!col.problem.empty()) h.el("p", col.label + ": " + col.problem, "notice");
    auto head = [&](const char* first) {
        h.raw("<table>\n<thead><tr><th>").text(first).raw("</th>");
        for (const auto& col : cols) h.raw("<th>").text(col.label).raw("</th>");
        h.raw("</tr></thead>\n<tbody>\n");
    };
    h.el("h3", w("report.per_decision_who_chose_what"));
    head(w("report.decision_2"));
    for (const auto& step : compared_steps(c.sc, cols)) {
        h.raw("<tr><td>").text(step_title(c.sc, step, lang)).raw("</td>");
        const std::string group_choice = choice_in(cols[0], step);
        for (const auto& col : cols) {
            const std::string ch = choice_in(col, step);
            h.raw("<td>");
            if (ch.empty()) h.raw("<span class=\"muted\">–</span>");
            else if (&col != &cols[0] && ch != group_choice) h.raw("<strong>").text(choice_text(c.sc, step, ch, lang)).raw("</strong>");
            else h.text(choice_text(c.sc, step, ch, lang));
            h.raw("</td>");
        }
        h.raw("</tr>\n");
    }
    h.raw("</tbody>\n</table>\n");
    h.el("p", w("report.bold_a_different_choice_from_the_group_s"), "muted small");
    h.el("h3", w("report.per_building_block"));
    head(w("report.building_block"));
    for (size_t b = 0; b < c.score.blocks.size(); ++b) {
        bool any = false;
        for (const auto& col : cols) any = any || (b < col.blocks.size() && col.blocks[b].assessed());
        if (!any) continue;
        h.raw("<tr><td>").text(block_name(c.score.blocks[b].block, lang)).raw("</td>");
        for (const auto& col : cols) {
            const bool assessed = b < col.blocks.size() && col.blocks[b].assessed();
            h.raw("<td class=\"num\">").text(assessed ? pct(col.blocks[b].fraction()) : std::string("–")).raw("</td>");
        }
        h.raw("</tr>\n");
    }
    h.raw("</tbody>\n</table>\n</section>\n");
}

// In a workshop: who proposed which part of the analysis (when the operator said so).
void html_contributions(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    h.raw("<section id=\"bijdragen\">\n");
    h.el("h2", w("report.who_proposed_what"));
    h.raw("<table>\n<thead><tr><th>").text(w("report.participant")).raw("</th><th>").text(w("report.board")).raw("</th><th>")
        .text(w("report.proposal")).raw("</th></tr></thead>\n<tbody>\n");
    for (const auto& k : c.st.workshop.contributions) {
        std::string board = k.type.substr(0, k.type.find('.'));
        if (board == "eind") board = "eindsituatie";
        std::string what = k.text;
        if (what.empty())
            if (const Fact* f = c.sc.fact(k.target)) what = f->text.get(lang);
        if (what.empty()) what = k.target;
        h.raw("<tr><td>").text(k.participant).raw("</td><td>").text(term_name(boards(), board, lang)).raw("</td><td>").text(what).raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table>\n</section>\n");
}

void html_reflections(Html& h, const Ctx& c) {
    const Words& w = c.w;
    h.raw("<section id=\"reflecties\">\n");
    h.el("h2", w("report.reflections"));
    h.el("p",
         w("report.reflection_is_not_scored_every_edit_was"),
         "muted small");
    if (c.st.reflections.empty()) h.el("p", w("report.no_reflections_written_in_this_session"), "muted");
    for (const auto& r : c.st.reflections) html_reflection_block(h, c, r);
    h.raw("</section>\n");
}


}  // namespace

std::string report_html(const Scenario& sc, const Session& session, const SessionState& st, const ScoreReport& score,
                        const std::vector<ComparisonRow>& comparison, ReportOptions opt) {
    const Ctx c{sc, session, st, score, comparison, opt, Words{opt.lang}};
    const Words& w = c.w;
    Html h{{}, w};
    h.raw("<!DOCTYPE html>\n<html lang=\"").raw(lang_code(opt.lang)).raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing may be fetched: no scripts, no fonts, no images from elsewhere.
    h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    h.raw("<meta name=\"generator\" content=\"Leerwerkplaats\">\n<title>");
    h.text(std::string(w("report.report")) + sc.meta.title.get(opt.lang)).raw("</title>\n<style>").raw(kCss).raw("</style>\n</head>\n<body>\n");
    h.raw("<div class=\"page\">\n");
    html_header(h, c);
    if (!opt.notice.empty()) h.el("p", opt.notice, "notice");
    html_toc(h, c);
    h.raw("<main>\n");
    html_course(h, c);
    html_outcome(h, c);
    html_analysis(h, c);
    if (!st.workshop.contributions.empty()) html_contributions(h, c);
    html_score(h, c);
    html_comparison(h, c);
    if (!sc.dossier.empty()) html_dossier(h, c);
    if (!opt.compare.empty()) html_sessions(h, c);
    if (opt.include_reflections) html_reflections(h, c);
    h.raw(appendix_html(cited_in_report(c), opt.guide, opt.lang));
    h.raw("</main>\n<footer>\n");
    h.text(std::string(w("report.made_with_the_leerwerkplaats_from_the")) +
           session.id + " (" + std::to_string(session.actions.size()) + w("report.actions") + "). " +
           w("report.everything_was_made_on_this_computer"));
    h.raw("\n</footer>\n</div>\n</body>\n</html>\n");
    return h.s;
}

}  // namespace lwp::core
