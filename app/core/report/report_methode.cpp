#include "core/report/report_methode.hpp"

#include <algorithm>
#include <set>

#include "core/report/report.hpp"
#include "core/store/catalogue.hpp"

namespace lwp::core {

namespace {

void add_unique(std::vector<std::string>& out, const std::vector<std::string>& anchors) {
    for (const auto& a : anchors)
        if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
}

const char* w(Lang lang, const char* key) { return message(lang_code(lang), key); }

// The sections the appendix shows: every cited one with its sub-sections, in the guide's order.
std::vector<const MwSection*> appendix_sections(const std::vector<std::string>& anchors, const Methodewijzer& g) {
    std::set<const MwSection*> chosen;
    for (const auto& a : anchors)
        for (const MwSection* s : g.subtree(a)) chosen.insert(s);
    std::vector<const MwSection*> out;
    for (const auto& s : g.sections)
        if (chosen.count(&s)) out.push_back(&s);
    return out;
}

std::string span_html(const MwLine& line, const std::set<std::string>& present) {
    std::string out;
    for (const auto& sp : line) {
        const std::string t = html_escape(sp.text);
        switch (sp.kind) {
            case MwSpan::Kind::Plain: out += t; break;
            case MwSpan::Kind::Bold: out += "<strong>" + t + "</strong>"; break;
            case MwSpan::Kind::Italic: out += "<em>" + t + "</em>"; break;
            case MwSpan::Kind::Link:
                // Only links that stay on the page: the section is in the appendix too.
                out += present.count(sp.anchor) ? "<a href=\"#mw-" + html_escape(sp.anchor) + "\">" + t + "</a>" : t;
                break;
        }
    }
    return out;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string span_markdown(const MwLine& line) {
    std::string out;
    for (const auto& sp : line) {
        std::string t = md_line(sp.text);
        // md_line trims, but the spaces around **bold**, *italic* and a link belong to the plain
        // runs beside them: keep one ("van **alle** gezinsleden", not "van**alle**gezinsleden").
        if (sp.kind == MwSpan::Kind::Plain && !sp.text.empty()) {
            if (is_space(sp.text.front()) && !out.empty() && !t.empty()) t.insert(0, " ");
            if (is_space(sp.text.back())) t += ' ';
        }
        switch (sp.kind) {
            case MwSpan::Kind::Bold: out += "**" + t + "**"; break;
            case MwSpan::Kind::Italic: out += "*" + t + "*"; break;
            default: out += t; break;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

std::vector<std::string> cited_anchors(const Scenario& sc, const SessionState& st, const ScoreReport& score,
                                       const std::function<bool(const LedgerEntry&)>& shown) {
    std::vector<std::string> out;
    for (const auto& rec : st.choices)
        if (const Choice* ch = sc.choice(rec.step, rec.choice)) add_unique(out, ch->sources);
    for (const auto& e : score.ledger)
        if (e.criterion && shown(e)) add_unique(out, e.criterion->sources);
    return out;
}

std::string full_title(const Methodewijzer& g, const std::string& anchor) {
    for (std::size_t i = 0; i < g.sections.size(); ++i) {
        if (g.sections[i].anchor != anchor) continue;
        std::string title = g.sections[i].title;
        if (g.sections[i].level == 3)
            for (std::size_t j = i; j-- > 0;)
                if (g.sections[j].level < 3) {
                    title = g.sections[j].title + " › " + title;
                    break;
                }
        return title;
    }
    return anchor;
}

std::string citation_html(const std::vector<std::string>& anchors, const Methodewijzer* g, Lang lang) {
    if (!g || anchors.empty()) return {};
    std::string out = "<p class=\"cite\">" + std::string(w(lang, "report.method_guide"));
    for (std::size_t i = 0; i < anchors.size(); ++i) {
        if (i) out += "; ";
        out += g->find(anchors[i]) ? "<a href=\"#mw-" + html_escape(anchors[i]) + "\">" + html_escape(full_title(*g, anchors[i])) + "</a>"
                                   : html_escape(anchors[i]);
    }
    return out + "</p>\n";
}

std::string citation_markdown(const std::vector<std::string>& anchors, const Methodewijzer* g, Lang lang) {
    if (!g || anchors.empty()) return {};
    std::string out = w(lang, "report.method_guide");
    for (std::size_t i = 0; i < anchors.size(); ++i) out += (i ? "; " : "") + md_line(full_title(*g, anchors[i]));
    return out + w(lang, "report.see_the_appendix");
}

std::string appendix_html(const std::vector<std::string>& anchors, const Methodewijzer* g, Lang lang) {
    if (!g || anchors.empty()) return {};
    const auto sections = appendix_sections(anchors, *g);
    if (sections.empty()) return {};
    std::set<std::string> present;
    for (const MwSection* s : sections) present.insert(s->anchor);
    std::string out = "<section id=\"methodewijzer\" class=\"appendix\">\n<h2>" +
                      std::string(w(lang, "report.appendix_from_the_method_guide")) + "</h2>\n<p class=\"muted small\">" +
                      w(lang, "report.the_text_of_every_section_this_report") +
                      "</p>\n";
    for (const MwSection* s : sections) {
        const char* tag = s->level <= 2 ? "h3" : "h4";
        out += "<" + std::string(tag) + " id=\"mw-" + html_escape(s->anchor) + "\">" + html_escape(s->level <= 2 ? s->title : full_title(*g, s->anchor)) +
               "</" + tag + ">\n";
        for (const auto& b : s->blocks) {
            if (b.kind == MwBlock::Kind::Paragraph) {
                for (const auto& item : b.items) out += "<p>" + span_html(item, present) + "</p>\n";
                continue;
            }
            const char* list = b.kind == MwBlock::Kind::Numbered ? "ol" : "ul";
            out += "<" + std::string(list) + ">\n";
            for (const auto& item : b.items) out += "<li>" + span_html(item, present) + "</li>\n";
            out += "</" + std::string(list) + ">\n";
        }
    }
    return out + "</section>\n";
}

std::string appendix_markdown(const std::vector<std::string>& anchors, const Methodewijzer* g, Lang lang) {
    if (!g || anchors.empty()) return {};
    const auto sections = appendix_sections(anchors, *g);
    if (sections.empty()) return {};
    std::string out = "\n## " + std::string(w(lang, "report.appendix_from_the_method_guide")) + "\n\n";
    for (const MwSection* s : sections) {
        out += (s->level <= 2 ? "### " : "#### ") + md_line(s->level <= 2 ? s->title : full_title(*g, s->anchor)) + "\n\n";
        for (const auto& b : s->blocks) {
            int n = 0;
            for (const auto& item : b.items) {
                if (b.kind == MwBlock::Kind::Paragraph) out += span_markdown(item) + "\n\n";
                else out += (b.kind == MwBlock::Kind::Numbered ? std::to_string(++n) + ". " : std::string("- ")) + span_markdown(item) + "\n";
            }
            if (b.kind != MwBlock::Kind::Paragraph) out += "\n";
        }
    }
    return out;
}

}  // namespace lwp::core
