// Index of this file:
//   1. Words of the report (nl/en), escaping, wrapping and number formatting
//   2. What the report says, shared by both formats (decisions, entries, labels)
//   3. The drawings: timeline, genogram, pattern (inline SVG)
//   4. HTML
//   5. Markdown
//   6. From a saved session to both reports
#include "core/report.hpp"
#include "core/case_words.hpp"
#include "core/report_methode.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>

#include "core/building_blocks.hpp"
#include "core/genogram_layout.hpp"
#include "core/pattern_layout.hpp"
#include "core/reflection.hpp"
#include "core/timeline_layout.hpp"

namespace lwp::core {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Words, escaping, wrapping
// ---------------------------------------------------------------------------------------------

// The report's own words. Kept here (not in the UI string table): core has no UI, and the CLI
// writes the same report.
struct Words {
    Lang lang;
    const char* operator()(const char* nl, const char* en) const { return lang == Lang::En ? en : nl; }
};

std::string term_name(const Term& t, Lang lang) { return std::string(lang == Lang::En ? t.en : t.nl); }
std::string term_name(std::span<const Term> terms, std::string_view id, Lang lang) {
    const Term* t = find_term(terms, id);
    return t ? term_name(*t, lang) : std::string(id);
}

// With whom a reflection was (or will be) discussed: the method's forms (supervision,
// intervision, collegial consultation; bouwsteen.reflectie) and the family (bron.onderzoek).
constexpr Term kWith[] = {
    {"alleen", "Alleen", "On my own"},
    {"collega", "Met een collega", "With a colleague"},
    {"intervisie", "Intervisie", "Peer review"},
    {"supervisie", "Supervisie", "Supervision"},
    {"gezin", "Met het gezin", "With the family"},
};

std::string block_name(std::string_view id, Lang lang) {
    const BuildingBlock* b = find_building_block(id);
    if (!b) return std::string(id);
    return std::string(lang == Lang::En ? b->name_en : b->name_nl);
}

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}
std::string num(double v) { return fmt("%g", v); }
std::string pct(double f) { return fmt("%.0f", f * 100) + "%"; }
// SVG coordinates: one decimal, never "-0.0".
std::string co(float v) {
    const double r = std::round(static_cast<double>(v) * 10.0) / 10.0;
    return fmt("%.1f", r == 0.0 ? 0.0 : r);
}

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

// Code points in UTF-8 text (for estimating widths: the report cannot measure its fonts).
size_t glyphs(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// The byte offset after `count` code points.
size_t glyph_offset(std::string_view s, size_t count) {
    size_t i = 0;
    while (i < s.size() && count > 0) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        --count;
    }
    return i;
}

// Greedy word wrap by code points; at most `max_lines` lines, the last cut with "…".
std::vector<std::string> wrap(std::string_view text, size_t width, size_t max_lines) {
    std::vector<std::string> lines;
    std::string line;
    size_t start = 0;
    bool cut = false;
    std::string flat = trim(text);
    for (auto& c : flat)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    std::string_view rest = flat;
    while (start < rest.size()) {
        size_t end = rest.find(' ', start);
        if (end == std::string_view::npos) end = rest.size();
        std::string word(rest.substr(start, end - start));
        start = end + 1;
        if (word.empty()) continue;
        while (glyphs(word) > width) {  // a word longer than a line: split it
            if (!line.empty()) {
                lines.push_back(line);
                line.clear();
            }
            const size_t at = glyph_offset(word, width);
            lines.push_back(word.substr(0, at));
            word = word.substr(at);
        }
        if (line.empty()) line = word;
        else if (glyphs(line) + 1 + glyphs(word) <= width) line += " " + word;
        else {
            lines.push_back(line);
            line = word;
        }
    }
    if (!line.empty()) lines.push_back(line);
    if (lines.size() > max_lines) {
        lines.resize(max_lines);
        cut = true;
    }
    if (cut) {
        std::string& last = lines.back();
        if (glyphs(last) + 1 > width) last = last.substr(0, glyph_offset(last, width > 1 ? width - 1 : 0));
        while (!last.empty() && last.back() == ' ') last.pop_back();
        last += "…";
    }
    return lines;
}

}  // namespace

std::string md_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool line_start = true;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (line_start) {
            // Characters that would start a heading, list or quote at the beginning of a line.
            if (c == '#' || c == '-' || c == '+' || c == '>' || c == '=') out += '\\';
            else if (c >= '0' && c <= '9') {
                size_t j = i;
                while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
                if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
                    out.append(text.substr(i, j - i));
                    out += '\\';
                    i = j - 1;
                    line_start = false;
                    continue;
                }
            }
        }
        line_start = c == '\n';
        // Inline syntax anywhere: emphasis, code, links, HTML, tables, strikethrough (~~) and entities (&amp;).
        if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|' || c == '~' || c == '&')
            out += '\\';
        out += c;
    }
    return out;
}

// One line (a table cell, a list item): newlines become spaces.
std::string md_line(std::string_view text) {
    std::string flat;
    for (char c : trim(text)) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == ' ' && !flat.empty() && flat.back() == ' ') continue;
        flat += c;
    }
    return md_escape(flat);
}

namespace {

// Paragraphs: blank lines separate them, single newlines are hard breaks.
std::string md_paragraphs(std::string_view text) {
    std::string out;
    std::string t = trim(text);
    size_t pos = 0;
    bool first = true;
    while (pos <= t.size()) {
        size_t end = t.find('\n', pos);
        if (end == std::string::npos) end = t.size();
        std::string line = trim(std::string_view(t).substr(pos, end - pos));
        if (line.empty()) {
            if (!out.empty() && out.back() != '\n') out += "\n\n";
            first = true;
        } else {
            if (!first) out += "\\\n";
            out += md_escape(line);
            first = false;
        }
        pos = end + 1;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

// ---------------------------------------------------------------------------------------------
// 2. What the report says
// ---------------------------------------------------------------------------------------------

std::string entry_text(const Scenario& sc, const TimelineEntry& e, Lang lang) {
    if (!e.text.empty()) return e.text;
    const Fact* f = sc.fact(e.fact);
    return f ? f->text.get(lang) : e.fact;
}

std::string person_name(const Scenario& sc, const std::string& id) {
    const Person* p = sc.person(id);
    return p ? p->name : id;
}
// The same for the persons board, where the trainee may have added persons of their own.
std::string person_name(const Scenario& sc, const Persons& ps, const std::string& id) {
    for (const auto& o : ps.own)
        if (o.id == id) return o.name;
    return person_name(sc, id);
}

std::string factor_text(const Scenario& sc, const Factor& f) {
    return f.person.empty() ? f.text : person_name(sc, f.person) + ": " + f.text;
}

std::string step_title(const Scenario& sc, const std::string& id, Lang lang) {
    if (const Step* s = sc.step(id)) return s->title.get(lang);
    if (const Ending* e = sc.ending(id)) return e->title.get(lang);
    return id;
}

std::string step_date(const Scenario& sc, const std::string& id, Lang lang) {
    const Step* s = sc.step(id);
    return s && s->date.valid() ? s->date.display(lang) : "";
}

std::string choice_text(const Scenario& sc, const std::string& step, const std::string& choice, Lang lang) {
    const Choice* c = sc.choice(step, choice);
    return c ? c->text.get(lang) : choice;
}

// The text of the choice a reflection follows: the last choice made before it was written.
std::string after_choice_text(const Scenario& sc, const SessionState& st, const Reflection& r, Lang lang) {
    for (auto it = st.choices.rbegin(); it != st.choices.rend(); ++it)
        if (it->action < r.action && it->choice == r.after_choice) return choice_text(sc, it->step, it->choice, lang);
    for (const auto& step : sc.steps)
        if (const Choice* c = sc.choice(step.id, r.after_choice)) return c->text.get(lang);
    return r.after_choice;
}

// "Vertrouwen van het gezin +2, Directe veiligheid −1"
std::string effects_text(const Scenario& sc, const Choice& c, Lang lang) {
    std::string out;
    for (const auto& [var, delta] : c.effects) {
        if (delta == 0) continue;
        const Variable* v = sc.variable(var);
        if (!out.empty()) out += ", ";
        out += (v ? v->label.get(lang) : var) + " " + (delta > 0 ? "+" : "−") + num(std::fabs(delta));
    }
    return out;
}

// The ledger's status in words, and its CSS class.
const char* status_word(Status s, Words w) {
    switch (s) {
        case Status::Met: return w("behaald", "met");
        case Status::Missed: return w("gemist", "missed");
        case Status::Pending: return w("nog open", "still open");
        case Status::NotAssessed: return w("niet beoordeeld op deze route", "not assessed on this route");
        case Status::Error: return w("controle kapot", "check broken");
    }
    return "";
}
const char* status_class(Status s) {
    switch (s) {
        case Status::Met: return "good";
        case Status::Missed: return "bad";
        case Status::Pending: return "mixed";
        case Status::NotAssessed: return "none";
        case Status::Error: return "bad";
    }
    return "none";
}

const char* match_word(Match m, Words w) {
    switch (m) {
        case Match::Found: return w("gevonden", "found");
        case Match::Missed: return w("gemist", "missed");
        case Match::Misplaced: return w("anders", "different");
        case Match::Extra: return w("extra", "extra");
    }
    return "";
}
const char* match_class(Match m) {
    switch (m) {
        case Match::Found: return "good";
        case Match::Missed: return "bad";
        case Match::Misplaced: return "mixed";
        case Match::Extra: return "none";
    }
    return "none";
}

const char* tone_word(const std::string& tone, Words w) {
    if (tone == "goed") return w("Goede afloop", "Good outcome");
    if (tone == "zorgelijk") return w("Zorgelijke afloop", "Worrying outcome");
    return w("Gemengde afloop", "Mixed outcome");
}
const char* tone_class(const std::string& tone) { return tone == "goed" ? "good" : tone == "zorgelijk" ? "bad" : "mixed"; }

// The reflections written after choice `i` (before the next one); i = -1: before the first choice.
// In a workshop: the group decision recorded by this choice, or null.
const GroupDecision* group_decision_for(const SessionState& st, const ChoiceRecord& rec) {
    for (const auto& g : st.workshop.decisions)
        if (g.action == rec.action) return &g;
    return nullptr;
}

// The group decision in one line (Markdown): override, rationale, the split and who.
std::string group_decision_line(const Scenario& sc, const GroupDecision& d, Words w, Lang lang) {
    std::string out = w("Groepsbesluit", "Group decision");
    if (d.overrides) out += w(" (afwijkend van de meeste stemmen)", " (overrode the most votes)");
    if (!d.rationale.empty()) out += std::string(": ") + d.rationale;
    if (out.back() != '.' && out.back() != '!' && out.back() != '?') out += ".";
    if (d.round.votes.empty()) return out + w(" Er is niet gestemd.", " There was no vote.");
    out += w(" Stemmen: ", " Votes: ");
    bool first = true;
    for (const auto& [choice, n] : d.round.tally()) {
        std::string who;
        for (const auto& v : d.round.votes)
            if (v.choice == choice) who += (who.empty() ? "" : ", ") + v.participant;
        out += (first ? "" : "; ") + std::to_string(n) + "× ‘" + choice_text(sc, d.step, choice, lang) + "’ (" + who + ")";
        first = false;
    }
    return out + ".";
}

std::vector<const Reflection*> reflections_after(const SessionState& st, long i) {
    const size_t from = i < 0 ? 0 : st.choices[static_cast<size_t>(i)].action;
    const size_t to = static_cast<size_t>(i + 1) < st.choices.size() ? st.choices[static_cast<size_t>(i + 1)].action : SIZE_MAX;
    std::vector<const Reflection*> out;
    for (const auto& r : st.reflections)
        if ((i < 0 ? r.action >= from : r.action > from) && r.action < to) out.push_back(&r);
    return out;
}

// "R1", "R2", … in the order they were written.
std::string reflection_label(const SessionState& st, const Reflection& r) {
    for (size_t i = 0; i < st.reflections.size(); ++i)
        if (&st.reflections[i] == &r) return "R" + std::to_string(i + 1);
    return "R";
}

std::vector<const TimelineEntry*> entries_by_date(const Timeline& tl) {
    std::vector<const TimelineEntry*> out;
    for (const auto& e : tl.entries) out.push_back(&e);
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry* a, const TimelineEntry* b) {
        if (a->date.valid() != b->date.valid()) return a->date.valid();  // undated last
        return a->date.key() < b->date.key();
    });
    return out;
}

std::string mark_of(const Timeline& tl, const std::string& id, Words w) {
    std::string out;
    auto add = [&](const char* m) { out += (out.empty() ? "" : ", ") + std::string(m); };
    if (tl.first == id) add(w("eerste", "first"));
    if (tl.latest == id) add(w("laatste", "latest"));
    if (tl.worst == id) add(w("ergste", "worst"));
    return out;
}

bool any_field(const std::map<std::string, std::string>& fields) {
    for (const auto& [k, v] : fields)
        if (!trim(v).empty()) return true;
    return false;
}

// ---------------------------------------------------------------------------------------------
// 3. The drawings
// ---------------------------------------------------------------------------------------------

constexpr const char* kFont = "DejaVu Sans, Verdana, Arial, sans-serif";
constexpr float kCharWidth = 0.6f;  // average advance of DejaVu Sans in em, for wrapping estimates
constexpr const char* kInk = "#2b3035";
constexpr const char* kAccent = "#1a5f7a";

struct Svg {
    std::string s;
    Svg& raw(std::string_view t) {
        s += t;
        return *this;
    }
    // A text element; `attrs` is already escaped.
    void text(float x, float y, std::string_view body, const std::string& attrs) {
        s += "<text x=\"" + co(x) + "\" y=\"" + co(y) + "\"" + (attrs.empty() ? "" : " " + attrs) + ">" + html_escape(body) + "</text>\n";
    }
    void line(float x0, float y0, float x1, float y1, const std::string& attrs) {
        s += "<line x1=\"" + co(x0) + "\" y1=\"" + co(y0) + "\" x2=\"" + co(x1) + "\" y2=\"" + co(y1) + "\" " + attrs + "/>\n";
    }
    void rect(float x, float y, float w, float h, const std::string& attrs) {
        s += "<rect x=\"" + co(x) + "\" y=\"" + co(y) + "\" width=\"" + co(w) + "\" height=\"" + co(h) + "\" " + attrs + "/>\n";
    }
};

std::string svg_open(float w, float h, const std::string& label) {
    return "<svg viewBox=\"0 0 " + co(w) + " " + co(h) + "\" width=\"" + co(w) + "\" height=\"" +
           co(h) + "\" role=\"img\" aria-label=\"" + html_escape(label) + "\" font-family=\"" + kFont + "\">\n";
}

struct LaneStyle {
    const char* stroke;
    const char* fill;
};
constexpr LaneStyle kLaneStyles[] = {
    {"#5b6bb5", "#f3f4fb"},  // life events
    {"#2e7d32", "#f1f8f1"},  // help
    {"#1a5f7a", "#eef5f8"},  // decisions
    {"#c47800", "#fdf6ea"},  // reports and concerns
};

}  // namespace

std::string timeline_svg(const Scenario& sc, const SessionState& st, Lang lang) {
    const Timeline& tl = st.analysis.timeline;
    if (tl.entries.empty()) return {};
    const Words w{lang};
    TimelineLayoutParams p;
    p.card_width = 158;
    p.card_height = 50;
    p.row_gap = 10;
    p.card_gap = 8;
    p.lane_header = 22;
    p.lane_gap = 8;
    p.undated_width = 190;
    const float total_w = 800, pad = 12, axis_h = 30;
    bool undated = false;
    for (const auto& e : tl.entries) undated = undated || !e.date.valid();
    const float available = total_w - 2 * pad - (undated ? p.undated_width + 16 : 0);
    p.month_width = std::max(0.5f, fit_month_width(tl.entries, p, available));
    const TimelineLayout l = layout_timeline(tl.entries, p);
    const float undated_x = pad + l.axis_width + 16;
    const float width = std::max(total_w, undated_x + (l.has_undated ? l.undated_width : 0) + pad - (l.has_undated ? 0 : 16));
    const float height = axis_h + l.height + pad;
    Svg s;
    s.raw(svg_open(width, height, w("Tijdlijn", "Timeline")));
    // Lanes as bands with their names.
    for (size_t i = 0; i < lanes().size() && i < l.lane_top.size(); ++i) {
        const LaneStyle& ls = kLaneStyles[i % 4];
        s.rect(0, axis_h + l.lane_top[i], width, l.lane_bottom[i] - l.lane_top[i], std::string("fill=\"") + ls.fill + "\"");
        s.text(pad, axis_h + l.lane_top[i] + 15, term_name(lanes()[i], lang),
               std::string("font-size=\"12\" font-weight=\"bold\" fill=\"") + ls.stroke + "\"");
    }
    // Years along the top, with a light line through the lanes.
    const int months = static_cast<int>(std::ceil(l.axis_width / std::max(p.month_width, 0.01f)));
    const int step = p.month_width * 12 >= 46 ? 1 : p.month_width * 24 >= 46 ? 2 : 5;
    for (int m = l.first_month; m <= l.first_month + months; ++m) {
        if (m % 12 != 0 || (m / 12) % step != 0) continue;
        const float x = pad + l.month_x(m, p.month_width);
        if (x > pad + l.axis_width + 0.5f) break;
        s.line(x, axis_h - 6, x, axis_h + l.height, "stroke=\"#c9ced4\" stroke-dasharray=\"3 3\"");
        s.text(x + 3, axis_h - 10, std::to_string(m / 12), "font-size=\"12\" fill=\"#5f6368\"");
    }
    if (l.has_undated) {
        s.line(undated_x - 8, 4, undated_x - 8, axis_h + l.height, "stroke=\"#c9ced4\"");
        s.text(undated_x, axis_h - 10, w("zonder datum", "undated"), "font-size=\"12\" fill=\"#5f6368\"");
    }
    // The cards: date (and aanleiding mark) on top, the text below in at most two lines.
    const float font = 11.5f;
    for (const auto& card : l.cards) {
        const TimelineEntry& e = tl.entries[card.entry];
        const LaneStyle& ls = kLaneStyles[static_cast<size_t>(card.lane) % 4];
        const float x = (card.undated ? undated_x : pad) + card.x0, y = axis_h + card.y0;
        const float cw = card.x1 - card.x0, ch = card.y1 - card.y0;
        s.rect(x, y, cw, ch, std::string("rx=\"4\" fill=\"#ffffff\" stroke=\"") + ls.stroke + "\" stroke-width=\"1.2\"");
        s.rect(x, y, 4, ch, std::string("fill=\"") + ls.stroke + "\"");
        const size_t chars = static_cast<size_t>(std::max(4.0f, (cw - 14) / (font * kCharWidth)));
        if (e.date.valid())
            s.text(x + 9, y + 14, wrap(e.date.display(lang), static_cast<size_t>(static_cast<float>(chars) * 1.1f), 1).front(),
                   "font-size=\"10.5\" fill=\"#5f6368\"");
        // The aanleiding marks as a red tab on the card's top edge.
        if (const std::string mark = mark_of(tl, e.id, w); !mark.empty()) {
            const float mw = static_cast<float>(glyphs(mark)) * 10 * kCharWidth + 12;
            s.rect(x + cw - mw - 6, y - 8, mw, 14, "rx=\"7\" fill=\"#b71c1c\"");
            s.text(x + cw - mw * 0.5f - 6, y + 2.5f, mark, "font-size=\"10\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\"");
        }
        const auto lines = wrap(entry_text(sc, e, lang), chars, 2);
        for (size_t i = 0; i < lines.size(); ++i)
            s.text(x + 9, y + 29 + static_cast<float>(i) * 14, lines[i], "font-size=\"11.5\" fill=\"" + std::string(kInk) + "\"");
    }
    s.raw("</svg>\n");
    return s.s;
}

std::string genogram_svg(const Scenario& sc, const SessionState& st, Lang lang) {
    const Persons& ps = st.analysis.persons;
    const std::vector<Person> people = board_persons(sc, ps);  // the trainee's own persons too
    if (people.empty()) return {};
    const Words w{lang};
    const float f = 14, symbol = 40, label_h = 17, slot = 132, pad = 16, head = 26;
    const float row = symbol + label_h * 3 + 22, half = symbol * 0.5f;
    GenogramOutline outline;
    outline.pad_x = (slot * 0.45f + f * 0.15f) / slot;
    outline.above = (half + f * 0.4f) / row;
    outline.below = (half + label_h * 2 + f * 0.4f) / row;
    const GenogramLayout l = layout_genogram(people, outline);
    const float width = std::max(l.width, 1.0f) * slot + 2 * pad;
    const float height = head + std::max(l.height, 1.0f) * row + pad;
    const float ox = pad + slot * 0.5f, oy = head + half + 8;
    auto at_x = [&](float x) { return ox + x * slot; };
    auto at_y = [&](float y) { return oy + y * row; };
    Svg s;
    s.raw(svg_open(width, height, w("Genogram en netwerk", "Genogram and network")));
    bool has_network = false;
    for (const auto& n : l.nodes) has_network = has_network || n.network;
    if (l.generations > 0) s.text(pad, 16, w("Gezin", "Family"), "font-size=\"12\" font-weight=\"bold\" fill=\"#5f6368\"");
    if (has_network) {
        const float x0 = at_x(l.band_x) - slot * 0.5f, x1 = at_x(l.width) - slot * 0.45f;
        const float y1 = std::min(height - 4, oy + (static_cast<float>(std::max(l.band_rows, 1)) - 0.5f) * row + label_h * 2 + 12);
        s.rect(x0, 4, x1 - x0, y1 - 4, "rx=\"8\" fill=\"#f0f4ee\" stroke=\"#c8d6c4\"");
        s.text(x0 + 8, 18, wrap(w("Netwerk", "Network"), static_cast<size_t>((x1 - x0 - 12) / (12 * kCharWidth)), 1).front(),
               "font-size=\"12\" font-weight=\"bold\" fill=\"#5f6368\"");
    }
    for (const auto& seg : l.household)
        s.line(at_x(seg.x0), at_y(seg.y0), at_x(seg.x1), at_y(seg.y1), "stroke=\"#1a5f7a\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"");
    const std::string ink = std::string("stroke=\"") + kInk + "\" stroke-width=\"1.8\"";
    for (const auto& c : l.couples) {
        const float ax = at_x(l.nodes[c.a].x), ay = at_y(l.nodes[c.a].y), bx = at_x(l.nodes[c.b].x), by = at_y(l.nodes[c.b].y);
        s.line(ax + half, ay, bx - half, by, ink);
        if (c.status == "gescheiden") {
            const float mx = (ax + bx) * 0.5f, my = (ay + by) * 0.5f, k = f * 0.42f;
            for (float dx : {-f * 0.2f, f * 0.2f}) s.line(mx + dx - k * 0.45f, my + k, mx + dx + k * 0.45f, my - k, ink);
        }
    }
    for (const auto& fam : l.families) {
        if (fam.children.empty() || fam.parents.empty()) continue;
        const float child_top = at_y(l.nodes[fam.children.front()].y) - half;
        const float bar_y = child_top - f * 0.9f;
        float fx = at_x(fam.anchor_x), fy = at_y(l.nodes[fam.parents.front()].y);
        if (fam.parents.size() == 1) fy += half + label_h * 2 + 4;  // below the name
        else if (fam.parents.size() == 2) {
            bool couple = false;
            for (const auto& c : l.couples)
                couple = couple || (std::min(c.a, c.b) == std::min(fam.parents[0], fam.parents[1]) &&
                                    std::max(c.a, c.b) == std::max(fam.parents[0], fam.parents[1]));
            if (!couple) {
                const auto& a = l.nodes[fam.parents[0]];
                const auto& b = l.nodes[fam.parents[1]];
                s.line(at_x(a.x) + half, at_y(a.y), at_x(b.x) - half, at_y(b.y), ink + " stroke-dasharray=\"4 3\"");
            }
        }
        float lo = fx, hi = fx;
        for (size_t c : fam.children) {
            const float x = at_x(l.nodes[c].x);
            lo = std::min(lo, x), hi = std::max(hi, x);
            s.line(x, bar_y, x, at_y(l.nodes[c].y) - half, ink);
        }
        s.line(fx, fy, fx, bar_y, ink);
        s.line(lo, bar_y, hi, bar_y, ink);
    }
    // Sociogram ties the trainee drew: support green, conflict red and dashed short, contact grey.
    for (const auto& t : ps.ties) {
        auto index_of = [&](const std::string& id) {
            for (size_t i = 0; i < people.size(); ++i)
                if (people[i].id == id) return static_cast<long>(i);
            return -1L;
        };
        const long a = index_of(t.a), b = index_of(t.b);
        if (a < 0 || b < 0 || static_cast<size_t>(std::max(a, b)) >= l.nodes.size()) continue;
        const auto& na = l.nodes[static_cast<size_t>(a)];
        const auto& nb = l.nodes[static_cast<size_t>(b)];
        float x0 = at_x(na.x), y0 = at_y(na.y), x1 = at_x(nb.x), y1 = at_y(nb.y);
        const float len = std::hypot(x1 - x0, y1 - y0);
        if (len < symbol * 1.4f) continue;
        const float dx = (x1 - x0) / len, dy = (y1 - y0) / len, r = half + 6;
        x0 += dx * r, y0 += dy * r, x1 -= dx * r, y1 -= dy * r;
        if (t.kind == "steun") s.line(x0, y0, x1, y1, "stroke=\"#2e7d32\" stroke-width=\"3\" stroke-opacity=\"0.8\"");
        else if (t.kind == "conflict") s.line(x0, y0, x1, y1, "stroke=\"#b71c1c\" stroke-width=\"2.2\" stroke-dasharray=\"2 3\"");
        else s.line(x0, y0, x1, y1, "stroke=\"#8a9096\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"");
    }
    // Persons: symbol with the age inside, name and role below; support as a coloured ring.
    for (size_t i = 0; i < people.size() && i < l.nodes.size(); ++i) {
        const Person& p = people[i];
        const float cx = at_x(l.nodes[i].x), cy = at_y(l.nodes[i].y);
        const auto note = ps.notes.find(p.id);
        const int support = note != ps.notes.end() ? note->second.support : 0;
        if (support != 0) {
            const char* col = support >= 2 ? "#2e7d32" : support == 1 ? "#4ca050" : support == -1 ? "#e67814" : "#c62828";
            s.raw("<circle cx=\"" + co(cx) + "\" cy=\"" + co(cy) + "\" r=\"" + co(half + 7) + "\" fill=\"none\" stroke=\"" + col +
                  "\" stroke-width=\"" + co(2.0f + static_cast<float>(std::abs(support)) * 1.2f) + "\"/>\n");
        }
        const std::string face = std::string("fill=\"") + (p.deceased ? "#e2e4e8" : "#ffffff") + "\" stroke=\"" + kInk + "\" stroke-width=\"2\"";
        if (p.gender == 'm') s.rect(cx - half, cy - half, symbol, symbol, face);
        else if (p.gender == 'v')
            s.raw("<circle cx=\"" + co(cx) + "\" cy=\"" + co(cy) + "\" r=\"" + co(half) + "\" " + face + "/>\n");
        else {
            const float r = half * 1.18f;
            s.raw("<polygon points=\"" + co(cx) + "," + co(cy - r) + " " + co(cx + r) + "," + co(cy) + " " + co(cx) + "," + co(cy + r) + " " +
                  co(cx - r) + "," + co(cy) + "\" " + face + "/>\n");
        }
        if (p.deceased) {
            const float k = p.gender == 'm' ? half : half * 0.72f;
            s.line(cx - k, cy - k, cx + k, cy + k, ink);
            s.line(cx + k, cy - k, cx - k, cy + k, ink);
        } else if (p.age >= 0) {
            s.text(cx, cy + 5.5f, std::to_string(p.age), "font-size=\"15\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"" + std::string(kInk) + "\"");
        }
        const size_t chars = static_cast<size_t>((slot * 0.92f) / (14 * kCharWidth));
        s.text(cx, cy + half + 17, wrap(p.name, chars, 1).front(), "font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"" + std::string(kInk) + "\"");
        if (!p.role.empty())
            s.text(cx, cy + half + 33, wrap(role_name(p.role, lang), chars, 1).front(), "font-size=\"12.5\" text-anchor=\"middle\" fill=\"#5f6368\"");
    }
    s.raw("</svg>\n");
    return s.s;
}

std::string pattern_svg(const Scenario& sc, const SessionState& st, Lang lang) {
    const Pattern& pat = st.analysis.pattern;
    if (pat.factors.empty()) return {};
    PatternMetrics m;
    m.width = 960;
    m.gap = 56;
    m.header = 28;
    m.pad = 8;
    m.spacing = 6;
    m.min_card_width = 200;
    m.min_area_height = 90;
    m.min_help_height = 70;
    const float font = 12, line_h = 15;
    auto card_lines = [&](size_t i, float w) {
        const size_t chars = static_cast<size_t>(std::max(6.0f, (w - 16) / (font * kCharWidth)));
        return wrap(factor_text(sc, pat.factors[i]), chars, 6);
    };
    std::vector<PatternArea> areas;
    for (const auto& f : pat.factors) areas.push_back(f.area);
    const PatternGeometry g = layout_pattern(m, areas, [&](size_t i, float w) {
        return 10 + static_cast<float>(card_lines(i, w).size()) * line_h + 4;
    });
    const float pad = 10;
    Svg s;
    s.raw(svg_open(m.width + 2 * pad, g.height + 2 * pad, lang == Lang::En ? "Family pattern" : "Gezinspatroon"));
    s.raw("<defs><marker id=\"pijl\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
          "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1a5f7a\"/></marker>"
          "<marker id=\"grootpijl\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"4\" markerHeight=\"4\" orient=\"auto\">"
          "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#b8c2cc\"/></marker></defs>\n");
    constexpr const char* kAreaFill[] = {"#eef3fa", "#eef3fa", "#eef7ef", "#eef7ef", "#f4f1f8"};
    constexpr const char* kAreaStroke[] = {"#9fb4d0", "#9fb4d0", "#a5c9a8", "#a5c9a8", "#bdb2cf"};
    for (size_t a = 0; a < 5; ++a) {
        const Rect& r = g.areas[a];
        s.rect(pad + r.x0, pad + r.y0, r.width(), r.height(),
               std::string("rx=\"8\" fill=\"") + kAreaFill[a] + "\" stroke=\"" + kAreaStroke[a] + "\" stroke-width=\"1.2\"");
        s.text(pad + r.x0 + 10, pad + r.y0 + 19, term_name(pattern_areas()[a], lang), "font-size=\"13\" font-weight=\"bold\" fill=\"#2b3035\"");
    }
    // The loop between the four areas (bouwsteen.gezinspatroon), clockwise.
    for (size_t a = 0; a < 4; ++a) {
        const Rect& from = g.areas[a];
        const Rect& to = g.areas[(a + 1) % 4];
        Vec2 p0, p1;
        if (a == 0 || a == 2) {  // horizontal: between the two columns
            const float y = (std::max(from.y0, to.y0) + std::min(from.y1, to.y1)) * 0.5f;
            p0 = {a == 0 ? from.x1 + 6 : from.x0 - 6, y};
            p1 = {a == 0 ? to.x0 - 6 : to.x1 + 6, y};
        } else {  // vertical: between the two rows
            const float x = (std::max(from.x0, to.x0) + std::min(from.x1, to.x1)) * 0.5f;
            p0 = {x, a == 1 ? from.y1 + 6 : from.y0 - 6};
            p1 = {x, a == 1 ? to.y0 - 6 : to.y1 + 6};
        }
        s.line(pad + p0.x, pad + p0.y, pad + p1.x, pad + p1.y, "stroke=\"#b8c2cc\" stroke-width=\"7\" marker-end=\"url(#grootpijl)\"");
    }
    for (size_t i = 0; i < pat.factors.size(); ++i) {
        const Rect& r = g.cards[i];
        s.rect(pad + r.x0, pad + r.y0, r.width(), r.height(), "rx=\"5\" fill=\"#ffffff\" stroke=\"#aab3bd\"");
        const auto lines = card_lines(i, r.width());
        for (size_t k = 0; k < lines.size(); ++k)
            s.text(pad + r.x0 + 8, pad + r.y0 + 18 + static_cast<float>(k) * line_h, lines[k], "font-size=\"12\" fill=\"#2b3035\"");
    }
    // The trainee's arrows: "this factor influences that one".
    for (const auto& link : pat.links) {
        size_t a = SIZE_MAX, b = SIZE_MAX;
        for (size_t i = 0; i < pat.factors.size(); ++i) {
            if (pat.factors[i].id == link.from) a = i;
            if (pat.factors[i].id == link.to) b = i;
        }
        if (a == SIZE_MAX || b == SIZE_MAX || a == b) continue;
        const ArrowCurve c = arrow_between(g.cards[a], g.cards[b], 0.18f, 60);
        s.raw("<path d=\"M" + co(pad + c.p0.x) + "," + co(pad + c.p0.y) + " C" + co(pad + c.c0.x) + "," + co(pad + c.c0.y) + " " +
              co(pad + c.c1.x) + "," + co(pad + c.c1.y) + " " + co(pad + c.p1.x) + "," + co(pad + c.p1.y) +
              "\" fill=\"none\" stroke=\"#1a5f7a\" stroke-width=\"2\" marker-end=\"url(#pijl)\"/>\n");
    }
    s.raw("</svg>\n");
    return s.s;
}

std::span<const Term> reflection_partners() { return kWith; }

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string report_time(std::int64_t t) {
    if (t <= 0) return {};
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    if (!gmtime_r(&tt, &tm)) return {};
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

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

struct Ctx {
    const Scenario& sc;
    const Session& session;
    const SessionState& st;
    const ScoreReport& score;
    const std::vector<ComparisonRow>& comparison;
    ReportOptions opt;
    Words w;
};

// No spoilers in a report of an unfinished session: only what the route has reached. The
// trainer's reference stays out, and so do criteria the route has not decided yet (their texts
// name later events); evidence lines that quote the reference are left out too.
bool unfinished(const Ctx& c) { return !c.st.finished(); }
bool shown_in_report(const Ctx& c, const LedgerEntry& e) {
    return !unfinished(c) || e.status == Status::Met || e.status == Status::Missed || e.status == Status::Error;
}
std::vector<std::string> cited_in_report(const Ctx& c) {
    return cited_anchors(c.sc, c.st, c.score, [&](const LedgerEntry& e) { return shown_in_report(c, e); });
}
bool evidence_shown(const Ctx& c, const Evidence& ev) {
    if (!unfinished(c)) return true;
    return ev.text.rfind("Gemist: ", 0) != 0 && ev.text.rfind("Anders: ", 0) != 0 && ev.text.find(" verwacht: ") == std::string::npos;
}
const char* kLockedNl = "Nog op slot: de casus loopt nog. De criteria die je route nog niet bereikte en de analyse van de trainer "
                        "komen in het verslag zodra de casus een einde heeft bereikt.";
const char* kLockedEn = "Still locked: the case is still running. The criteria your route has not reached yet and the trainer's "
                        "analysis appear in the report once the case has reached an ending.";

// The headline figures: the percentage over what the route made assessable, the share of the
// case's whole maximum, whether the score is complete, and what an early ending left unassessed.
std::vector<std::string> score_lines(const Ctx& c) {
    const Words& w = c.w;
    const ScoreReport& r = c.score;
    std::vector<std::string> out;
    if (r.incomplete())
        out.push_back(std::string(w("Onvolledig: ", "Incomplete: ")) + std::to_string(r.broken) +
                      w(" criterium/criteria kon(den) niet worden beoordeeld door een fout in de casus (controle kapot); dat telt niet "
                        "tegen de deelnemer en niet mee in de score.",
                        " criterion/criteria could not be assessed because of a fault in the case (check broken); that does not count "
                        "against the trainee and is left out of the score."));
    if (r.case_max > 0)
        out.push_back(std::string(w("Van het hele maximum van de casus: ", "Of the case's whole maximum: ")) + pct(r.earned_of_case()) + " (" +
                      num(r.earned) + "/" + num(r.case_max) + "); " + w("de route maakte ", "the route made ") + pct(r.reached()) +
                      w(" van alle punten beoordeelbaar.", " of all points assessable."));
    if (r.final) {
        std::string left;
        for (const auto& e : r.ledger)
            if (e.status == Status::NotAssessed) {
                std::string t = e.criterion->text.get(c.opt.lang);
                if (!t.empty() && t.back() == '.') t.pop_back();
                left += (left.empty() ? "" : "; ") + t;
            }
        if (!left.empty()) left += ".";
        if (!left.empty())
            out.push_back(std::string(w("De route kwam niet langs het moment van deze criteria (niet beoordeeld): ",
                                        "The route did not pass the moment of these criteria (not assessed): ")) + left);
    }
    return out;
}

void html_reflection_block(Html& h, const Ctx& c, const Reflection& r) {
    const Lang lang = c.opt.lang;
    h.raw("<div class=\"reflection\" id=\"" + reflection_label(c.st, r) + "\">\n");
    std::string meta = reflection_label(c.st, r) + " · " + step_title(c.sc, r.step, lang);
    if (r.date.valid()) meta += " · " + r.date.display(lang);
    if (!r.after_choice.empty())
        meta += std::string(" · ") + c.w("na: ", "after: ") + "‘" + after_choice_text(c.sc, c.st, r, lang) + "’";
    h.el("p", meta, "meta");
    if (!r.dimension.empty() || !r.level.empty() || !r.with.empty() || !r.point.empty() || !r.participant.empty()) {
        h.raw("<p class=\"meta\">");
        if (!r.point.empty()) h.raw("<span class=\"chip\">").text(c.w("reflectiemoment van de casus", "the case's reflection point")).raw("</span>");
        if (!r.dimension.empty()) h.raw("<span class=\"chip\">").text(term_name(reflection_dimensions(), r.dimension, lang)).raw("</span>");
        if (!r.level.empty()) h.raw("<span class=\"chip\">").text(term_name(reflection_levels(), r.level, lang)).raw("</span>");
        if (!r.with.empty()) h.raw("<span class=\"chip\">").text(term_name(kWith, r.with, lang)).raw("</span>");
        if (!r.participant.empty())
            h.raw("<span class=\"chip\">").text(r.participant == kGroupReflection ? std::string(c.w("de groep", "the group")) : r.participant).raw("</span>");
        h.raw("</p>\n");
    }
    if (const ReflectionPoint* rp = c.sc.reflection_point(r.point); rp && !rp->prompts.empty()) {
        for (const auto& prompt : rp->prompts) h.el("p", prompt.get(lang), "meta");
    }
    h.paragraphs(r.text());
    // Earlier versions stay visible (a <details> would stay closed on paper).
    if (r.versions.size() > 1) {
        h.raw("<div class=\"versions\">\n");
        h.el("p", std::string(c.w("Eerdere versies (de oudste eerst):", "Earlier versions (oldest first):")), "meta");
        for (size_t i = 0; i + 1 < r.versions.size(); ++i) h.paragraphs(r.versions[i]);
        h.raw("</div>\n");
    }
    h.raw("</div>\n");
}

void html_header(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    h.raw("<header class=\"cover\">\n");
    if (c.st.workshop.active) h.el("p", w("Leerwerkplaats · workshopverslag", "Leerwerkplaats · workshop report"), "kicker");
    else h.el("p", w("Leerwerkplaats · verslag voor supervisie", "Leerwerkplaats · report for supervision"), "kicker");
    h.el("h1", c.sc.meta.title.get(lang));
    h.paragraphs(c.sc.meta.summary.get(lang), "lead");
    h.raw("</header>\n<table class=\"meta\">\n");
    auto row = [&](const char* k, const std::string& v) {
        if (v.empty()) return;
        h.raw("<tr><th>").text(k).raw("</th><td>").text(v).raw("</td></tr>\n");
    };
    row(w("Sessie", "Session"), c.session.id);
    if (c.st.workshop.active) {
        std::string people;
        for (const auto& p : c.st.workshop.participants) people += (people.empty() ? "" : ", ") + p;
        row(w("Workshop", "Workshop"), c.st.workshop.name);
        row(w("Deelnemers", "Participants"), people);
    }
    row(w("Casus", "Case"), c.sc.meta.id + (c.sc.meta.version.empty() ? "" : std::string(" · ") + w("versie ", "version ") + c.sc.meta.version));
    row(w("Begonnen", "Started"), report_time(c.session.created));
    row(w("Laatst gewerkt", "Last worked on"), report_time(c.session.updated));
    std::string status;
    if (c.st.finished()) status = std::string(w("afgerond: ", "finished: ")) + step_title(c.sc, c.st.ending, lang);
    else status = std::string(w("bezig, nu bij ", "in progress, now at ")) + step_title(c.sc, c.st.step, lang);
    row(w("Stand", "Status"), status);
    row(w("Besluiten", "Decisions"), std::to_string(c.st.choices.size()));
    std::string blocks;
    for (const auto& b : c.sc.meta.building_blocks) blocks += (blocks.empty() ? "" : ", ") + block_name(b, lang);
    row(w("Bouwstenen", "Building blocks"), blocks);
    row(w("Reflecties", "Reflections"),
        c.opt.include_reflections ? std::to_string(c.st.reflections.size()) : std::string(w("niet opgenomen in dit verslag", "not included in this report")));
    h.raw("</table>\n");
}

void html_toc(Html& h, const Ctx& c) {
    const Words& w = c.w;
    h.raw("<nav class=\"toc\"><strong>").text(w("Inhoud", "Contents")).raw("</strong>\n<ol>\n");
    auto item = [&](const char* id, const char* label) { h.raw(std::string("<li><a href=\"#") + id + "\">").text(label).raw("</a></li>\n"); };
    item("verloop", w("Besluiten en terugkoppeling", "Decisions and feedback"));
    item("afloop", w("Afloop", "Outcome"));
    item("analyse", w("De analyse", "The analysis"));
    item("beoordeling", w("Beoordeling per bouwsteen", "Assessment per building block"));
    item("vergelijking", w("Naast de analyse van de trainer", "Beside the trainer's analysis"));
    if (!c.st.workshop.contributions.empty()) item("bijdragen", w("Wie stelde wat voor", "Who proposed what"));
    if (!c.sc.dossier.empty()) item("dossier", w("Dossieronderzoek", "Case-file review"));
    if (!c.opt.compare.empty()) item("sessies", w("Naast de eigen sessies", "Beside the individual sessions"));
    if (c.opt.include_reflections) item("reflecties", w("Reflecties", "Reflections"));
    if (!appendix_html(cited_in_report(c), c.opt.guide, c.opt.lang).empty())
        item("methodewijzer", w("Bijlage: uit de Methodewijzer", "Appendix: from the method guide"));
    h.raw("</ol>\n</nav>\n");
}

// In a workshop: how the group voted on this decision, the rationale, and an override as such.
void html_group_decision(Html& h, const Ctx& c, const ChoiceRecord& rec) {
    const Words& w = c.w;
    const GroupDecision* d = group_decision_for(c.st, rec);
    if (!d) return;
    h.raw("<p><strong>").text(w("Groepsbesluit", "Group decision")).raw("</strong> ");
    if (d->overrides) h.badge(w("afwijkend van de meeste stemmen", "overrode the most votes"), "mixed");
    h.raw("</p>\n");
    if (!d->rationale.empty()) h.raw("<p>").text(w("Motivering: ", "Rationale: ")).text(d->rationale).raw("</p>\n");
    const Step* step = c.sc.step(d->step);
    if (d->round.votes.empty() || !step) {
        h.el("p", w("Er is niet gestemd.", "There was no vote."), "muted small");
        return;
    }
    const double total = static_cast<double>(d->round.votes.size());
    h.raw("<table>\n<thead><tr><th>").text(w("Keuze", "Choice")).raw("</th><th>").text(w("Stemmen", "Votes")).raw("</th><th></th><th>")
        .text(w("Wie", "Who")).raw("</th></tr></thead>\n<tbody>\n");
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
    if (!d->round.revealed) h.el("p", w("De stemmen zijn niet aan de groep getoond voor het besluit.", "The votes were not shown to the group before the decision."), "muted small");
}

void html_course(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    h.raw("<section id=\"verloop\">\n");
    h.el("h2", w("Besluiten en terugkoppeling", "Decisions and feedback"));
    if (!c.st.documents_read.empty()) {
        std::string docs;
        for (const auto& d : c.st.documents_read) {
            const Document* doc = c.sc.document(d);
            docs += (docs.empty() ? "" : "; ") + (doc ? doc->title.get(lang) : d);
        }
        h.raw("<p class=\"small\"><strong>").text(w("Gelezen documenten: ", "Documents read: ")).raw("</strong>").text(docs).raw("</p>\n");
    }
    auto inline_refs = [&](long i) {
        if (!c.opt.include_reflections) return;
        for (const Reflection* r : reflections_after(c.st, i)) {
            const std::string label = reflection_label(c.st, *r);
            h.raw("<p class=\"inline-reflection\">").text(w("Hier schreef je reflectie ", "Here you wrote reflection "));
            h.raw("<a href=\"#" + label + "\">" + label + "</a></p>\n");
        }
    };
    if (c.st.choices.empty()) h.el("p", w("Nog geen besluiten genomen.", "No decisions made yet."), "muted");
    inline_refs(-1);
    for (size_t i = 0; i < c.st.choices.size(); ++i) {
        const ChoiceRecord& rec = c.st.choices[i];
        const Choice* choice = c.sc.choice(rec.step, rec.choice);
        h.raw("<div class=\"decision\">\n");
        std::string where = std::string(w("Besluit ", "Decision ")) + std::to_string(i + 1) + " · " + step_title(c.sc, rec.step, lang);
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
                h.raw("<p class=\"effects\">").text(w("Gevolg: ", "Effect: ")).text(eff).raw("</p>\n");
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
    h.el("h2", w("Afloop", "Outcome"));
    if (const Ending* e = c.sc.ending(c.st.ending)) {
        h.raw(std::string("<div class=\"ending ") + tone_class(e->tone) + "\">\n");
        h.raw("<p>").badge(tone_word(e->tone, w), tone_class(e->tone)).raw("</p>\n");
        h.el("h3", e->title.get(lang));
        h.paragraphs(e->text.get(lang));
        h.raw("</div>\n");
    } else {
        h.el("p", std::string(w("De casus is nog niet afgerond. Huidige stap: ", "The case is not finished yet. Current step: ")) +
                      step_title(c.sc, c.st.step, lang),
             "muted");
    }
    if (!c.sc.variables.empty()) {
        h.el("h3", w("De situatie aan het eind", "The situation at the end"));
        h.raw("<table>\n<thead><tr><th>").text(w("Meter", "Meter")).raw("</th><th>").text(w("Begin", "Start"));
        h.raw("</th><th>").text(w("Nu", "Now")).raw("</th><th>").text(w("Schaal", "Scale")).raw("</th></tr></thead>\n<tbody>\n");
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

void html_analysis(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const Analysis& an = c.st.analysis;
    h.raw("<section id=\"analyse\" class=\"analysis\">\n");
    h.el("h2", w("De analyse", "The analysis"));

    // Timeline (bouwsteen.tijdlijn).
    h.el("h3", w("Tijdlijn", "Timeline"));
    const Timeline& tl = an.timeline;
    if (tl.entries.empty()) h.el("p", w("Nog niets op de tijdlijn gezet.", "Nothing placed on the timeline yet."), "muted");
    else {
        h.figure(timeline_svg(c.sc, c.st, lang),
                 w("Tijdlijn per baan, op datum. Rood gemarkeerd: de aanleiding (eerste, laatste, ergste).",
                   "Timeline per lane, by date. Marked in red: the occasion (first, latest, worst)."));
        h.raw("<table>\n<thead><tr><th>").text(w("Datum", "Date")).raw("</th><th>").text(w("Baan", "Lane")).raw("</th><th>");
        h.text(w("Wat", "What")).raw("</th><th>").text(w("Aanleiding", "Occasion")).raw("</th></tr></thead>\n<tbody>\n");
        for (const TimelineEntry* e : entries_by_date(tl)) {
            h.raw("<tr><td>").text(e->date.valid() ? e->date.display(lang) : w("zonder datum", "undated")).raw("</td><td>");
            h.text(term_name(lanes()[static_cast<size_t>(e->lane)], lang)).raw("</td><td>").text(entry_text(c.sc, *e, lang));
            if (!e->agency.empty() || !e->result.empty()) {
                h.raw("<br><span class=\"muted small\">");
                if (!e->agency.empty()) h.text(e->agency);
                if (!e->agency.empty() && !e->result.empty()) h.raw(" · ");
                if (!e->result.empty()) h.text(std::string(w("resultaat: ", "result: ")) + e->result);
                h.raw("</span>");
            }
            h.raw("</td><td>").text(mark_of(tl, e->id, w)).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
    h.fields(timeline_fields(), tl.fields);

    // Persons (genogram, sociogram).
    h.el("h3", w("Genogram en netwerk", "Genogram and network"));
    h.figure(genogram_svg(c.sc, c.st, lang),
             w("Vierkant: man, cirkel: vrouw, ruit: anders of onbekend; cijfer: leeftijd. Gestippelde lijn: het huishouden. "
               "Gekleurde ring: steun (groen) of ondermijning (oranje, rood) volgens jouw inschatting.",
               "Square: male, circle: female, diamond: other or unknown; number: age. Dashed line: the household. "
               "Coloured ring: support (green) or undermining (orange, red) as you judged it."));
    const Persons& ps = an.persons;
    bool any_note = false;
    for (const auto& [id, n] : ps.notes) any_note = any_note || n.support != 0 || !n.role.empty() || !n.note.empty();
    if (any_note) {
        h.raw("<table>\n<thead><tr><th>").text(w("Persoon", "Person")).raw("</th><th>").text(w("Steun", "Support")).raw("</th><th>");
        h.text(w("Rol in het netwerk", "Role in the network")).raw("</th><th>").text(w("Notitie", "Note")).raw("</th></tr></thead>\n<tbody>\n");
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
        h.raw("<p class=\"small\"><strong>").text(w("Banden: ", "Ties: ")).raw("</strong>");
        for (size_t i = 0; i < ps.ties.size(); ++i) {
            const Tie& t = ps.ties[i];
            if (i) h.raw("; ");
            h.text(person_name(c.sc, ps, t.a) + " – " + person_name(c.sc, ps, t.b) + " (" + term_name(tie_kinds(), t.kind, lang) + ")");
        }
        h.raw("</p>\n");
    }

    // Family pattern (bouwsteen.gezinspatroon).
    h.el("h3", w("Gezinspatroon", "Family pattern"));
    const Pattern& pat = an.pattern;
    if (pat.factors.empty()) h.el("p", w("Nog geen factoren in het patroon.", "No factors in the pattern yet."), "muted");
    h.figure(pattern_svg(c.sc, c.st, lang),
             w("De vier gebieden beïnvloeden elkaar rondom (grijze pijlen); blauwe pijlen zijn de verbanden die jij legde.",
               "The four areas influence each other in a loop (grey arrows); blue arrows are the links you made."));
    if (!trim(pat.sentence).empty()) {
        h.el("h4", w("Het patroon in één zin", "The pattern in one sentence"));
        h.paragraphs(pat.sentence);
    }
    if (!trim(pat.noble_intention).empty()) {
        h.el("h4", w("Nobele intentie", "Noble intention"));
        h.paragraphs(pat.noble_intention);
    }
    h.fields(pattern_questions(), pat.answers);

    // Immediate safety (bouwsteen.directe_veiligheid).
    h.el("h3", w("Directe veiligheid en veiligheidsplan", "Immediate safety and safety plan"));
    const Safety& sf = an.safety;
    if (sf.score > 0) {
        h.raw("<p><span class=\"score\">").text(std::to_string(sf.score) + " / 10").raw("</span> ");
        h.badge(sf.at_least_six() ? w("voldoende (een 6 of hoger)", "sufficient (a 6 or higher)") : w("nog geen 6", "not yet a 6"),
                sf.at_least_six() ? "good" : "bad");
        h.raw("</p>\n");
    } else h.el("p", w("Nog geen veiligheidscijfer gegeven.", "No safety score given yet."), "muted");
    std::vector<const SafetyJudgement*> judged;
    for (const auto& j : sf.judgements)
        if (j.judgement != Judgement::Unknown) judged.push_back(&j);
    if (!judged.empty()) {
        h.raw("<table>\n<thead><tr><th>").text(w("Persoon", "Person")).raw("</th><th>").text(w("Onderwerp", "Item")).raw("</th><th>");
        h.text(w("Oordeel", "Judgement")).raw("</th></tr></thead>\n<tbody>\n");
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
             std::string(w("Gewerkt aan patroon of eindsituatie terwijl de directe veiligheid nog geen 6 was: ",
                           "Worked on the pattern or end situation while immediate safety was not yet a 6: ")) +
                 std::to_string(an.below_six.size()) + w(" keer.", " times."),
             "muted small");

    // Feasible end situation (bouwsteen.stabiele_veiligheid, bouwsteen.haalbare_eindsituatie).
    h.el("h3", w("Haalbare eindsituatie", "Feasible end situation"));
    const EndSituation& end = an.end;
    if (end.items.empty() && !any_field(end.fields))
        h.el("p", w("Nog niet ingevuld.", "Not filled in yet."), "muted");
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
            if (!item.how.empty()) extra += std::string(w("hoe: ", "how: ")) + item.how;
            if (!item.who.empty()) extra += (extra.empty() ? "" : " · ") + std::string(w("wie: ", "who: ")) + item.who;
            if (!item.when.empty()) extra += (extra.empty() ? "" : " · ") + std::string(w("wanneer: ", "when: ")) + item.when;
            if (!extra.empty()) h.raw(" <span class=\"muted small\">(").text(extra).raw(")</span>");
            h.raw("</li>\n");
        }
        h.raw("</ul>\n");
    }
    h.fields(end_fields(), end.fields);
    h.raw("</section>\n");
}

void html_score(Html& h, const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    const ScoreReport& r = c.score;
    h.raw("<section id=\"beoordeling\" class=\"assessment\">\n");
    h.el("h2", w("Beoordeling per bouwsteen", "Assessment per building block"));
    if (!r.final) h.el("p", w("Tussenstand: de casus loopt nog, niet alles is beoordeeld.", "Interim: the case is still running, not everything is assessed."), "muted");
    if (r.max > 0)
        h.raw("<p><span class=\"score\">").text(pct(r.fraction())).raw("</span> ")
            .text(std::string(w("van wat jouw route beoordeelbaar maakte", "of what your route made assessable")) + " (" + num(r.earned) + "/" +
                  num(r.max) + " " + w("punten", "points") + ")")
            .raw("</p>\n");
    else h.el("p", w("Er is (nog) niets beoordeeld.", "Nothing has been assessed (yet)."), "muted");
    const std::vector<std::string> lines = score_lines(c);
    for (size_t i = 0; i < lines.size(); ++i) h.el("p", lines[i], r.incomplete() && i == 0 ? "notice" : nullptr);
    if (unfinished(c)) h.el("p", w(kLockedNl, kLockedEn), "muted");
    if (r.ledger.empty()) {
        h.raw("</section>\n");
        return;
    }
    auto bar = [&](bool assessed, double f) {
        const char* cls = !assessed ? "none" : f < 0.5 ? "bad" : f < 0.75 ? "mixed" : "good";
        h.raw("<div class=\"bar\"><span class=\"" + std::string(cls) + "\" style=\"width:" + fmt("%.0f", assessed ? std::max(f, 0.02) * 100 : 0) + "%\"></span></div>");
    };
    h.el("h3", w("Fundamenten", "Pillars"));
    h.raw("<table>\n<tbody>\n");
    for (const auto& p : r.pillars) {
        h.raw("<tr><td>").text(pillar_name(p.pillar, lang == Lang::En)).raw("</td><td class=\"barcell\">");
        bar(p.assessed(), p.fraction());
        h.raw("</td><td class=\"num\">").text(p.assessed() ? pct(p.fraction()) : w("niet beoordeeld", "not assessed")).raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table>\n");
    h.el("h3", w("Per bouwsteen", "Per building block"));
    h.raw("<table>\n<tbody>\n");
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;
        h.raw("<tr><td><a href=\"#blok-" + html_escape(b.block) + "\">").text(block_name(b.block, lang)).raw("</a></td><td class=\"barcell\">");
        bar(b.assessed(), b.fraction());
        h.raw("</td><td class=\"num\">").text(b.assessed() ? pct(b.fraction()) : w("niet beoordeeld", "not assessed")).raw("</td></tr>\n");
    }
    h.raw("</tbody>\n</table>\n");
    h.el("h3", w("Wat leverde punten op, en waarom", "What earned points, and why"));
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;
        h.raw("<h4 id=\"blok-" + html_escape(b.block) + "\">").text(block_name(b.block, lang));
        h.raw(" <span class=\"muted small\">").text(b.assessed() ? pct(b.fraction()) : w("niet beoordeeld", "not assessed")).raw("</span></h4>\n");
        for (const auto& e : r.ledger) {
            const Criterion& cr = *e.criterion;
            if (cr.block != b.block || !shown_in_report(c, e)) continue;
            h.raw("<div class=\"criterion\">\n<p class=\"what\">").text(cr.text.get(lang)).raw("</p>\n<p>");
            h.badge(status_word(e.status, w), status_class(e.status));
            h.raw(" <span class=\"muted small\">").text(num(e.earned) + "/" + num(cr.weight) + " " + w("punten", "points")).raw("</span></p>\n");
            if (e.status == Status::Met || e.status == Status::Missed) h.paragraphs(entry_feedback(e, lang));
            else if (e.status == Status::Error) h.el("p", e.note, "notice");
            else if (!e.note.empty()) h.el("p", e.note, "muted small");
            if (!e.evidence.empty()) {
                h.raw("<ul>\n");
                for (const auto& ev : e.evidence) {
                    if (!evidence_shown(c, ev)) continue;
                    std::string line = ev.text;
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
                h.raw("<p class=\"why\"><strong>").text(w("Waarom (de methode): ", "Why (the method): ")).raw("</strong>").text(cr.rationale.get(lang)).raw("</p>\n");
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
    h.el("h2", w("Naast de analyse van de trainer", "Beside the trainer's analysis"));
    if (unfinished(c)) {
        h.el("p", w(kLockedNl, kLockedEn), "muted");
        h.raw("</section>\n");
        return;
    }
    if (c.comparison.empty()) {
        h.el("p", w("Deze casus heeft geen referentieanalyse.", "This case has no reference analysis."), "muted");
        h.raw("</section>\n");
        return;
    }
    for (const auto& board : boards()) {
        bool any = false;
        for (const auto& row : c.comparison) any = any || row.board == board.id;
        if (!any) continue;
        h.el("h3", term_name(board, lang));
        h.raw("<table>\n<thead><tr><th>").text(w("Trainer", "Trainer")).raw("</th><th>").text(w("Jij", "You")).raw("</th><th></th></tr></thead>\n<tbody>\n");
        for (const auto& row : c.comparison) {
            if (row.board != board.id) continue;
            h.raw("<tr><td>").text(row.expert).raw("</td><td>").text(row.trainee);
            if (!row.note.empty()) h.raw("<br><span class=\"muted small\">").text(row.note).raw("</span>");
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
    h.el("h2", w("Dossieronderzoek", "Case-file review"));
    if (unfinished(c)) {  // the trainee's own tags only; the expert's tags are a reference answer
        h.el("p", w(kLockedNl, kLockedEn), "muted");
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
        .text(std::string(w("overeenstemming met de expert: ", "agreement with the expert: ")) + std::to_string(score.found) + " " +
              w("gevonden, ", "found, ") + std::to_string(score.missed) + " " + w("gemist, ", "missed, ") + std::to_string(score.extra) + " " +
              w("extra", "extra"))
        .raw("</p>\n");
    h.raw("<table>\n<thead><tr><th>#</th><th>").text(w("Gebeurtenis", "Event")).raw("</th><th>").text(w("Labels", "Tags"))
        .raw("</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < score.events.size(); ++i) {
        const DossierEventScore& es = score.events[i];
        const DossierEvent& ev = *es.event;
        std::string meta = ev.date.valid() ? ev.date.display(lang) : std::string();
        if (!ev.source.empty()) meta += (meta.empty() ? "" : " · ") + ev.source;
        h.raw("<tr><td>").text(std::to_string(i + 1)).raw("</td><td><span class=\"muted small\">").text(meta).raw("</span><br>")
            .text(ev.text.get(lang)).raw("</td><td>");
        for (const auto& t : es.found) h.badge(dossier_tag_name(t, lang), "good").raw(" ");
        for (const auto& t : es.missed) h.badge(dossier_tag_name(t, lang) + w(" (gemist)", " (missed)"), "mixed").raw(" ");
        for (const auto& t : es.extra) h.badge(dossier_tag_name(t, lang) + w(" (extra)", " (extra)"), "none").raw(" ");
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
    SessionColumn group{w("De groep", "The group"), c.st.choices, c.score.blocks, {}};
    std::vector<SessionColumn> cols{group};
    cols.insert(cols.end(), c.opt.compare.begin(), c.opt.compare.end());
    h.raw("<section id=\"sessies\">\n");
    h.el("h2", w("Naast de eigen sessies", "Beside the individual sessions"));
    for (const auto& col : cols)
        if (!col.problem.empty()) h.el("p", col.label + ": " + col.problem, "notice");
    auto head = [&](const char* first) {
        h.raw("<table>\n<thead><tr><th>").text(first).raw("</th>");
        for (const auto& col : cols) h.raw("<th>").text(col.label).raw("</th>");
        h.raw("</tr></thead>\n<tbody>\n");
    };
    h.el("h3", w("Per besluit: wie koos wat", "Per decision: who chose what"));
    head(w("Besluit", "Decision"));
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
    h.el("p", w("Vet: een andere keuze dan de groep.", "Bold: a different choice from the group's."), "muted small");
    h.el("h3", w("Per bouwsteen", "Per building block"));
    head(w("Bouwsteen", "Building block"));
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
    h.el("h2", w("Wie stelde wat voor", "Who proposed what"));
    h.raw("<table>\n<thead><tr><th>").text(w("Deelnemer", "Participant")).raw("</th><th>").text(w("Bord", "Board")).raw("</th><th>")
        .text(w("Voorstel", "Proposal")).raw("</th></tr></thead>\n<tbody>\n");
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
    h.el("h2", w("Reflecties", "Reflections"));
    h.el("p",
         w("Reflectie wordt niet beoordeeld. Elke wijziging is bewaard; eerdere versies staan eronder.",
           "Reflection is not scored. Every edit was kept; earlier versions are listed below each one."),
         "muted small");
    if (c.st.reflections.empty()) h.el("p", w("Geen reflecties geschreven in deze sessie.", "No reflections written in this session."), "muted");
    for (const auto& r : c.st.reflections) html_reflection_block(h, c, r);
    h.raw("</section>\n");
}

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
    if (!r.after_choice.empty()) meta.push_back(std::string(w("Na de keuze: ", "After the choice: ")) + "‘" + after_choice_text(c.sc, c.st, r, lang) + "’");
    if (!r.point.empty()) meta.push_back(w("Reflectiemoment van de casus", "The case's reflection point"));
    if (!r.dimension.empty()) meta.push_back(std::string(w("Dimensie: ", "Dimension: ")) + term_name(reflection_dimensions(), r.dimension, lang));
    if (!r.level.empty()) meta.push_back(std::string(w("Niveau: ", "Level: ")) + term_name(reflection_levels(), r.level, lang));
    if (!r.with.empty()) meta.push_back(std::string(w("Met wie: ", "With whom: ")) + term_name(kWith, r.with, lang));
    if (!r.participant.empty())
        meta.push_back(std::string(w("Van: ", "By: ")) + (r.participant == kGroupReflection ? std::string(w("de groep", "the group")) : r.participant));
    for (const auto& x : meta) m.item(x);
    if (!meta.empty()) m.raw("\n");
    if (const ReflectionPoint* rp = c.sc.reflection_point(r.point))
        for (const auto& prompt : rp->prompts) m.raw("> " + md_line(prompt.get(lang)) + "\n\n");
    m.para(r.text());
    if (r.versions.size() > 1) {
        m.raw("*" + md_line(std::string(w("Eerdere versies", "Earlier versions"))) + "*\n\n");
        for (size_t i = 0; i + 1 < r.versions.size(); ++i) m.raw("- " + md_line(r.versions[i]) + "\n");
        m.raw("\n");
    }
}

std::string markdown(const Ctx& c) {
    const Lang lang = c.opt.lang;
    const Words& w = c.w;
    Md m{{}, w};
    m.raw("# " + md_line(c.sc.meta.title.get(lang)) + "\n\n");
    m.raw("*" + md_line(w("Leerwerkplaats · verslag voor supervisie", "Leerwerkplaats · report for supervision")) + "*\n\n");
    m.para(c.sc.meta.summary.get(lang));
    if (!c.opt.notice.empty()) m.raw("**" + md_line(c.opt.notice) + "**\n\n");
    std::vector<std::vector<std::string>> meta;
    auto row = [&](const char* k, const std::string& v) {
        if (!v.empty()) meta.push_back({k, v});
    };
    row(w("Sessie", "Session"), c.session.id);
    row(w("Casus", "Case"), c.sc.meta.id + (c.sc.meta.version.empty() ? "" : std::string(" · ") + w("versie ", "version ") + c.sc.meta.version));
    row(w("Begonnen", "Started"), report_time(c.session.created));
    row(w("Laatst gewerkt", "Last worked on"), report_time(c.session.updated));
    row(w("Stand", "Status"), c.st.finished() ? std::string(w("afgerond: ", "finished: ")) + step_title(c.sc, c.st.ending, lang)
                                               : std::string(w("bezig, nu bij ", "in progress, now at ")) + step_title(c.sc, c.st.step, lang));
    row(w("Besluiten", "Decisions"), std::to_string(c.st.choices.size()));
    std::string blocks;
    for (const auto& b : c.sc.meta.building_blocks) blocks += (blocks.empty() ? "" : ", ") + block_name(b, lang);
    row(w("Bouwstenen", "Building blocks"), blocks);
    row(w("Reflecties", "Reflections"),
        c.opt.include_reflections ? std::to_string(c.st.reflections.size()) : std::string(w("niet opgenomen in dit verslag", "not included in this report")));
    m.table({"", ""}, meta);

    m.heading(2, w("Besluiten en terugkoppeling", "Decisions and feedback"));
    if (!c.st.documents_read.empty()) {
        std::string docs;
        for (const auto& d : c.st.documents_read) {
            const Document* doc = c.sc.document(d);
            docs += (docs.empty() ? "" : "; ") + (doc ? doc->title.get(lang) : d);
        }
        m.raw("**" + md_line(w("Gelezen documenten:", "Documents read:")) + "** " + md_line(docs) + "\n\n");
    }
    auto inline_refs = [&](long i) {
        if (!c.opt.include_reflections) return;
        for (const Reflection* r : reflections_after(c.st, i))
            m.raw("*" + md_line(std::string(w("Hier schreef je reflectie ", "Here you wrote reflection ")) + reflection_label(c.st, *r)) + "*\n\n");
    };
    if (c.st.choices.empty()) m.para(w("Nog geen besluiten genomen.", "No decisions made yet."));
    inline_refs(-1);
    for (size_t i = 0; i < c.st.choices.size(); ++i) {
        const ChoiceRecord& rec = c.st.choices[i];
        const Choice* choice = c.sc.choice(rec.step, rec.choice);
        std::string where = std::string(w("Besluit ", "Decision ")) + std::to_string(i + 1) + " · " + step_title(c.sc, rec.step, lang);
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
            if (std::string eff = effects_text(c.sc, *choice, lang); !eff.empty()) m.raw(md_line(std::string(w("Gevolg: ", "Effect: ")) + eff) + "\n\n");
        if (const GroupDecision* d = group_decision_for(c.st, rec)) m.raw(md_line(group_decision_line(c.sc, *d, w, lang)) + "\n\n");
        inline_refs(static_cast<long>(i));
    }

    m.heading(2, w("Afloop", "Outcome"));
    if (const Ending* e = c.sc.ending(c.st.ending)) {
        m.raw("**" + md_line(std::string(tone_word(e->tone, w)) + ": " + e->title.get(lang)) + "**\n\n");
        m.para(e->text.get(lang));
    } else m.para(std::string(w("De casus is nog niet afgerond. Huidige stap: ", "The case is not finished yet. Current step: ")) + step_title(c.sc, c.st.step, lang));
    std::vector<std::vector<std::string>> vars;
    for (const auto& v : c.sc.variables) {
        auto it = c.st.vars.find(v.id);
        vars.push_back({v.label.get(lang), num(v.initial), num(it != c.st.vars.end() ? it->second : v.initial), num(v.min) + "–" + num(v.max)});
    }
    m.table({w("Meter", "Meter"), w("Begin", "Start"), w("Nu", "Now"), w("Schaal", "Scale")}, vars);

    const Analysis& an = c.st.analysis;
    m.heading(2, w("De analyse", "The analysis"));
    m.heading(3, w("Tijdlijn", "Timeline"));
    std::vector<std::vector<std::string>> tl_rows;
    for (const TimelineEntry* e : entries_by_date(an.timeline)) {
        std::string what = entry_text(c.sc, *e, lang);
        if (!e->agency.empty()) what += " (" + e->agency + ")";
        if (!e->result.empty()) what += std::string(" — ") + w("resultaat: ", "result: ") + e->result;
        tl_rows.push_back({e->date.valid() ? e->date.display(lang) : w("zonder datum", "undated"), term_name(lanes()[static_cast<size_t>(e->lane)], lang),
                           what, mark_of(an.timeline, e->id, w)});
    }
    if (tl_rows.empty()) m.para(w("Nog niets op de tijdlijn gezet.", "Nothing placed on the timeline yet."));
    m.table({w("Datum", "Date"), w("Baan", "Lane"), w("Wat", "What"), w("Aanleiding", "Occasion")}, tl_rows);
    m.fields(timeline_fields(), an.timeline.fields);

    m.heading(3, w("Genogram en netwerk", "Genogram and network"));
    std::vector<std::vector<std::string>> person_rows;
    for (const auto& p : c.sc.persons) {
        auto it = an.persons.notes.find(p.id);
        const PersonNote* n = it != an.persons.notes.end() ? &it->second : nullptr;
        std::string who = role_name(p.role, lang);
        if (p.age >= 0) who += (who.empty() ? "" : ", ") + std::to_string(p.age);
        person_rows.push_back({p.name, who, n && n->support ? (n->support > 0 ? "+" : "") + std::to_string(n->support) : "",
                               n ? n->role + (n->role.empty() || n->note.empty() ? "" : " — ") + n->note : ""});
    }
    m.table({w("Persoon", "Person"), w("Rol, leeftijd", "Role, age"), w("Steun", "Support"), w("Notitie", "Note")}, person_rows);
    for (const auto& t : an.persons.ties)
        m.item(person_name(c.sc, an.persons, t.a) + " – " + person_name(c.sc, an.persons, t.b) + " (" + term_name(tie_kinds(), t.kind, lang) + ")");
    if (!an.persons.ties.empty()) m.raw("\n");

    m.heading(3, w("Gezinspatroon", "Family pattern"));
    const Pattern& pat = an.pattern;
    if (pat.factors.empty()) m.para(w("Nog geen factoren in het patroon.", "No factors in the pattern yet."));
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
        m.raw("**" + md_line(w("Verbanden", "Links")) + "**\n\n");
        for (const auto& l : pat.links) {
            const Factor* a = pat.factor(l.from);
            const Factor* b = pat.factor(l.to);
            if (a && b) m.item(a->text + " → " + b->text);
        }
        m.raw("\n");
    }
    if (!trim(pat.sentence).empty()) m.raw("**" + md_line(w("Het patroon in één zin", "The pattern in one sentence")) + "**\\\n" + md_paragraphs(pat.sentence) + "\n\n");
    if (!trim(pat.noble_intention).empty()) m.raw("**" + md_line(w("Nobele intentie", "Noble intention")) + "**\\\n" + md_paragraphs(pat.noble_intention) + "\n\n");
    m.fields(pattern_questions(), pat.answers);

    m.heading(3, w("Directe veiligheid en veiligheidsplan", "Immediate safety and safety plan"));
    const Safety& sf = an.safety;
    if (sf.score > 0)
        m.para(std::string(w("Veiligheidscijfer: ", "Safety score: ")) + std::to_string(sf.score) + " / 10 — " +
               (sf.at_least_six() ? w("voldoende (een 6 of hoger)", "sufficient (a 6 or higher)") : w("nog geen 6", "not yet a 6")));
    else m.para(w("Nog geen veiligheidscijfer gegeven.", "No safety score given yet."));
    std::vector<std::vector<std::string>> judged;
    for (const auto& j : sf.judgements)
        if (j.judgement != Judgement::Unknown)
            judged.push_back({person_name(c.sc, j.person), term_name(safety_items(), j.item, lang), term_name(judgements()[static_cast<size_t>(j.judgement)], lang)});
    m.table({w("Persoon", "Person"), w("Onderwerp", "Item"), w("Oordeel", "Judgement")}, judged);
    m.fields(safety_fields(), sf.fields);

    m.heading(3, w("Haalbare eindsituatie", "Feasible end situation"));
    if (an.end.items.empty() && !any_field(an.end.fields)) m.para(w("Nog niet ingevuld.", "Not filled in yet."));
    for (const auto& kind : end_item_kinds()) {
        bool any = false;
        for (const auto& item : an.end.items) any = any || item.kind == kind.id;
        if (!any) continue;
        m.raw("**" + md_line(term_name(kind, lang)) + "**\n\n");
        for (const auto& item : an.end.items) {
            if (item.kind != kind.id) continue;
            std::string t = item.text;
            if (!item.how.empty()) t += std::string(" (") + w("hoe: ", "how: ") + item.how + ")";
            if (!item.who.empty() || !item.when.empty()) t += std::string(" (") + w("wie: ", "who: ") + item.who + ", " + w("wanneer: ", "when: ") + item.when + ")";
            m.item(t);
        }
        m.raw("\n");
    }
    m.fields(end_fields(), an.end.fields);

    const ScoreReport& r = c.score;
    m.heading(2, w("Beoordeling per bouwsteen", "Assessment per building block"));
    if (!r.final) m.para(w("Tussenstand: de casus loopt nog, niet alles is beoordeeld.", "Interim: the case is still running, not everything is assessed."));
    if (r.max > 0)
        m.para(pct(r.fraction()) + " " + w("van wat jouw route beoordeelbaar maakte", "of what your route made assessable") + " (" + num(r.earned) + "/" +
               num(r.max) + " " + w("punten", "points") + ")");
    for (const auto& line : score_lines(c)) m.para(line);
    if (unfinished(c)) m.para(w(kLockedNl, kLockedEn));
    std::vector<std::vector<std::string>> block_rows;
    for (const auto& p : r.pillars)
        block_rows.push_back({std::string(pillar_name(p.pillar, lang == Lang::En)), p.assessed() ? pct(p.fraction()) : w("niet beoordeeld", "not assessed")});
    if (!r.ledger.empty()) m.table({w("Fundament", "Pillar"), w("Score", "Score")}, block_rows);
    block_rows.clear();
    for (const auto& b : r.blocks)
        if (b.trained())
            block_rows.push_back({block_name(b.block, lang), b.assessed() ? pct(b.fraction()) : w("niet beoordeeld", "not assessed")});
    m.table({w("Bouwsteen", "Building block"), w("Score", "Score")}, block_rows);
    for (const auto& b : r.blocks) {
        if (!b.trained()) continue;
        m.heading(3, block_name(b.block, lang));
        for (const auto& e : r.ledger) {
            const Criterion& cr = *e.criterion;
            if (cr.block != b.block || !shown_in_report(c, e)) continue;
            m.raw("- **" + md_line(cr.text.get(lang)) + "** — " + md_line(status_word(e.status, w)) + ", " +
                  md_line(num(e.earned) + "/" + num(cr.weight) + " " + w("punten", "points")) + "\n");
            if (e.status == Status::Met || e.status == Status::Missed) {
                if (std::string fb = entry_feedback(e, lang); !fb.empty()) m.raw("  " + md_line(fb) + "\n");
            } else if (!e.note.empty()) m.raw("  " + md_line(e.note) + "\n");
            for (const auto& ev : e.evidence) {
                if (!evidence_shown(c, ev)) continue;
                std::string line = ev.text;
                if (ev.action < c.session.actions.size()) line += " (" + step_title(c.sc, c.session.actions[ev.action].step, lang) + ")";
                m.raw("  - " + md_line(line) + "\n");
            }
            if (!cr.rationale.empty()) m.raw("  *" + md_line(std::string(w("Waarom (de methode): ", "Why (the method): ")) + cr.rationale.get(lang)) + "*\n");
            if (std::string cite = citation_markdown(cr.sources, c.opt.guide, lang); !cite.empty()) m.raw("  " + cite + "\n");
        }
        m.raw("\n");
    }

    m.heading(2, w("Naast de analyse van de trainer", "Beside the trainer's analysis"));
    if (unfinished(c)) m.para(w(kLockedNl, kLockedEn));
    else if (c.comparison.empty()) m.para(w("Deze casus heeft geen referentieanalyse.", "This case has no reference analysis."));
    for (const auto& board : boards()) {
        if (unfinished(c)) break;
        std::vector<std::vector<std::string>> rows;
        for (const auto& row : c.comparison)
            if (row.board == board.id)
                rows.push_back({row.expert, row.trainee + (row.note.empty() ? "" : " (" + row.note + ")"), match_word(row.match, w)});
        if (rows.empty()) continue;
        m.heading(3, term_name(board, lang));
        m.table({w("Trainer", "Trainer"), w("Jij", "You"), ""}, rows);
    }

    if (c.opt.include_reflections) {
        m.heading(2, w("Reflecties", "Reflections"));
        m.para(w("Reflectie wordt niet beoordeeld. Elke wijziging is bewaard; eerdere versies staan eronder.",
                 "Reflection is not scored. Every edit was kept; earlier versions are listed below each one."));
        if (c.st.reflections.empty()) m.para(w("Geen reflecties geschreven in deze sessie.", "No reflections written in this session."));
        for (const auto& r2 : c.st.reflections) md_reflection(m, c, r2);
    }
    m.raw(appendix_markdown(cited_in_report(c), c.opt.guide, c.opt.lang));
    m.raw("\n---\n\n");
    m.para(std::string(w("Gemaakt met de Leerwerkplaats uit het actielog van sessie ", "Made with the Leerwerkplaats from the action log of session ")) +
           c.session.id + " (" + std::to_string(c.session.actions.size()) + w(" acties", " actions") + "). " +
           w("Alles is op deze computer gemaakt; er is niets verstuurd.", "Everything was made on this computer; nothing was sent."));
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
    h.text(std::string(w("Verslag: ", "Report: ")) + sc.meta.title.get(opt.lang)).raw("</title>\n<style>").raw(kCss).raw("</style>\n</head>\n<body>\n");
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
    h.text(std::string(w("Gemaakt met de Leerwerkplaats uit het actielog van sessie ", "Made with the Leerwerkplaats from the action log of session ")) +
           session.id + " (" + std::to_string(session.actions.size()) + w(" acties", " actions") + "). " +
           w("Alles is op deze computer gemaakt; er is niets verstuurd. De casus is verzonnen of geanonimiseerd.",
             "Everything was made on this computer; nothing was sent. The case is fictional or anonymised."));
    h.raw("\n</footer>\n</div>\n</body>\n</html>\n");
    return h.s;
}

std::string report_markdown(const Scenario& sc, const Session& session, const SessionState& st, const ScoreReport& score,
                            const std::vector<ComparisonRow>& comparison, ReportOptions opt) {
    const Ctx c{sc, session, st, score, comparison, opt, Words{opt.lang}};
    return markdown(c);
}

// ---------------------------------------------------------------------------------------------
// 6. From a saved session
// ---------------------------------------------------------------------------------------------

Reports make_reports(const Scenario& sc, ScriptHost* host, const Session& session, ReportOptions opt) {
    Reports out;
    const ReplayResult replayed = replay(sc, host, session);
    out.problem = replayed.problem;
    if (!out.problem.empty() && opt.notice.empty())
        opt.notice = std::string(opt.lang == Lang::En ? "Part of this session's log no longer fits the case (it was edited): "
                                                      : "Een deel van het actielog past niet meer bij de casus (die is gewijzigd): ") +
                     out.problem;
    // Evidence points into the log: report on the part that applied.
    Session applied = session;
    applied.actions.resize(std::min(applied.actions.size(), replayed.applied));
    const ScoreReport score = core::score(sc, replayed.state, host);
    const std::vector<ComparisonRow> comparison = compare_artefacts(sc, replayed.state);
    out.html = report_html(sc, applied, replayed.state, score, comparison, opt);
    out.markdown = report_markdown(sc, applied, replayed.state, score, comparison, opt);
    return out;
}

}  // namespace lwp::core
