// The report, part 1: its words, escaping, wrapping and number formatting, and what the report says in both formats (decisions, entries, labels, the headline figures).
#include "core/report/report_detail.hpp"

namespace lwp::core {

using namespace report_detail;

namespace report_detail {

// ---------------------------------------------------------------------------------------------
// 1. Words, escaping, wrapping
// ---------------------------------------------------------------------------------------------


std::string term_name(const Term& t, Lang lang) { return std::string(lang == Lang::En ? t.en : t.nl); }
std::string term_name(std::span<const Term> terms, std::string_view id, Lang lang) {
    const Term* t = find_term(terms, id);
    return t ? term_name(*t, lang) : std::string(id);
}


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

}  // namespace report_detail

namespace report_detail {

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
        case Status::Met: return w("report.met");
        case Status::Missed: return w("report.missed_3");
        case Status::Pending: return w("report.still_open");
        case Status::NotAssessed: return w("report.not_assessed_on_this_route");
        case Status::Error: return w("report.check_broken");
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
        case Match::Found: return w("report.found_2");
        case Match::Missed: return w("report.missed_3");
        case Match::Misplaced: return w("report.different");
        case Match::Extra: return w("report.extra");
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
    if (tone == "goed") return w("report.good_outcome");
    if (tone == "zorgelijk") return w("report.worrying_outcome");
    return w("report.mixed_outcome");
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
    std::string out = w("report.group_decision");
    if (d.overrides) out += w("report.overrode_the_most_votes_2");
    if (!d.rationale.empty()) out += std::string(": ") + d.rationale;
    if (out.back() != '.' && out.back() != '!' && out.back() != '?') out += ".";
    if (d.round.votes.empty()) return out + w("report.there_was_no_vote_2");
    out += w("report.votes_2");
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
    if (tl.first == id) add(w("report.first"));
    if (tl.latest == id) add(w("report.latest"));
    if (tl.worst == id) add(w("report.worst"));
    return out;
}

bool any_field(const std::map<std::string, std::string>& fields) {
    for (const auto& [k, v] : fields)
        if (!trim(v).empty()) return true;
    return false;
}


}  // namespace report_detail

namespace report_detail {

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
    return !quotes_reference(ev);
}

// The headline figures: the percentage over what the route made assessable, the share of the
// case's whole maximum, whether the score is complete, and what an early ending left unassessed.
std::vector<std::string> score_lines(const Ctx& c) {
    const Words& w = c.w;
    const ScoreReport& r = c.score;
    std::vector<std::string> out;
    if (r.incomplete())
        out.push_back(std::string(w("report.incomplete")) + std::to_string(r.broken) +
                      w("report.criterion_criteria_could_not_be_assessed"));
    if (r.case_max > 0)
        out.push_back(std::string(w("report.of_the_case_s_whole_maximum")) + pct(r.earned_of_case()) + " (" +
                      num(r.earned) + "/" + num(r.case_max) + "); " + w("report.the_route_made") + pct(r.reached()) +
                      w("report.of_all_points_assessable"));
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
            out.push_back(std::string(w("report.the_route_did_not_pass_the_moment_of")) + left);
    }
    return out;
}

}  // namespace report_detail

std::string report_time(std::int64_t t) {
    if (t <= 0) return {};
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    if (!gmtime_r(&tt, &tm)) return {};
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}


std::string evidence_text(const Evidence& evidence, Lang lang) {
    if (evidence.key.empty()) return evidence.text;
    std::vector<std::string> args;
    for (const Phrase& a : evidence.args) args.push_back(phrase_text(a, lang));
    return format_message(message(lang_code(lang), evidence.key), args);
}

std::string entry_note(const LedgerEntry& entry, Lang lang) {
    return entry.note_phrase.empty() ? entry.note : phrase_text(entry.note_phrase, lang);
}

}  // namespace lwp::core
