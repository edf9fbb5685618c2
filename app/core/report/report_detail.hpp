// Internal to the report: the words, helpers and context its files share. Not for use outside
// the report; core/report/report.hpp is the report's interface. The files:
//   report_words.cpp     words (nl/en), escaping, wrapping, number formatting, and what the
//                        report says in both formats (decisions, entries, labels, headline figures)
//   report_svg.cpp       the drawings: timeline, genogram, pattern (inline SVG)
//   report_html.cpp      HTML
//   report_markdown.cpp  Markdown
//   report.cpp           from a saved session to both reports
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>

#include "core/model/building_blocks.hpp"
#include "core/model/case_words.hpp"
#include "core/assess/comparison.hpp"
#include "core/layout/genogram_layout.hpp"
#include "core/layout/pattern_layout.hpp"
#include "core/fold/reflection.hpp"
#include "core/layout/timeline_layout.hpp"

#include "core/report/report.hpp"
#include "core/report/report_methode.hpp"
#include "core/fold/session.hpp"

namespace lwp::core::report_detail {

// The report's own words. Kept here (not in the UI string table): core has no UI, and the CLI
// writes the same report.
struct Words {
    Lang lang;
    const char* operator()(const char* nl, const char* en) const { return lang == Lang::En ? en : nl; }
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

extern const char* const kLockedNl;
extern const char* const kLockedEn;

std::string term_name(const Term& t, Lang lang);
std::string term_name(std::span<const Term> terms, std::string_view id, Lang lang);
std::string block_name(std::string_view id, Lang lang);
std::string fmt(const char* format, double v);
std::string num(double v);
std::string pct(double f);
std::string co(float v);
size_t glyphs(std::string_view s);
size_t glyph_offset(std::string_view s, size_t count);
std::vector<std::string> wrap(std::string_view text, size_t width, size_t max_lines);
std::string md_paragraphs(std::string_view text);
std::string entry_text(const Scenario& sc, const TimelineEntry& e, Lang lang);
std::string person_name(const Scenario& sc, const std::string& id);
std::string person_name(const Scenario& sc, const Persons& ps, const std::string& id);
std::string factor_text(const Scenario& sc, const Factor& f);
std::string step_title(const Scenario& sc, const std::string& id, Lang lang);
std::string step_date(const Scenario& sc, const std::string& id, Lang lang);
std::string choice_text(const Scenario& sc, const std::string& step, const std::string& choice, Lang lang);
std::string after_choice_text(const Scenario& sc, const SessionState& st, const Reflection& r, Lang lang);
std::string effects_text(const Scenario& sc, const Choice& c, Lang lang);
const char* status_word(Status s, Words w);
const char* status_class(Status s);
const char* match_word(Match m, Words w);
const char* match_class(Match m);
const char* tone_word(const std::string& tone, Words w);
const char* tone_class(const std::string& tone);
const GroupDecision* group_decision_for(const SessionState& st, const ChoiceRecord& rec);
std::string group_decision_line(const Scenario& sc, const GroupDecision& d, Words w, Lang lang);
std::vector<const Reflection*> reflections_after(const SessionState& st, long i);
std::string reflection_label(const SessionState& st, const Reflection& r);
std::vector<const TimelineEntry*> entries_by_date(const Timeline& tl);
std::string mark_of(const Timeline& tl, const std::string& id, Words w);
bool any_field(const std::map<std::string, std::string>& fields);

bool unfinished(const Ctx& c);
bool shown_in_report(const Ctx& c, const LedgerEntry& e);
std::vector<std::string> cited_in_report(const Ctx& c);
bool evidence_shown(const Ctx& c, const Evidence& ev);
std::vector<std::string> score_lines(const Ctx& c);

}  // namespace lwp::core::report_detail
