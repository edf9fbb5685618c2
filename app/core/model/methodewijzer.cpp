#include "core/model/methodewijzer.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "core/model/building_blocks.hpp"
#include "core/model/lint.hpp"
#include "core/model/parse.hpp"

namespace lwp::core {

namespace {

bool anchor_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'; }
bool valid_anchor(std::string_view a) {
    return !a.empty() && std::all_of(a.begin(), a.end(), anchor_char) && a.front() != '.' && a.back() != '.';
}

std::string trim_blanks(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            out.emplace_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

bool read_file(const std::filesystem::path& p, std::string& out) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

void add_plain(MwLine& line, std::string text) {
    if (text.empty()) return;
    if (!line.empty() && line.back().kind == MwSpan::Kind::Plain) line.back().text += text;
    else line.push_back({MwSpan::Kind::Plain, std::move(text), {}});
}

}  // namespace

// ---- the model ---------------------------------------------------------------------------------

const MwSection* Methodewijzer::find(std::string_view anchor) const {
    for (const auto& s : sections)
        if (s.anchor == anchor) return &s;
    return nullptr;
}

const GlossaryEntry* Methodewijzer::term(std::string_view id) const {
    for (const auto& g : glossary)
        if (g.id == id) return &g;
    return nullptr;
}

std::string Methodewijzer::title(std::string_view anchor) const {
    const MwSection* s = find(anchor);
    return s ? s->title : std::string(anchor);
}

std::vector<const MwSection*> Methodewijzer::subtree(std::string_view anchor) const {
    std::vector<const MwSection*> out;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].anchor != anchor) continue;
        out.push_back(&sections[i]);
        for (std::size_t j = i + 1; j < sections.size() && sections[j].level > sections[i].level; ++j) out.push_back(&sections[j]);
        break;
    }
    return out;
}

// ---- Markdown subset ---------------------------------------------------------------------------

MwLine parse_inline(std::string_view s) {
    MwLine out;
    std::string plain;
    auto flush = [&] {
        add_plain(out, std::move(plain));
        plain.clear();
    };
    std::size_t i = 0;
    while (i < s.size()) {
        if (s.compare(i, 2, "**") == 0) {
            const std::size_t end = s.find("**", i + 2);
            if (end != std::string_view::npos && end > i + 2) {
                flush();
                out.push_back({MwSpan::Kind::Bold, std::string(s.substr(i + 2, end - i - 2)), {}});
                i = end + 2;
                continue;
            }
        } else if (s[i] == '*') {
            const std::size_t end = s.find('*', i + 1);
            if (end != std::string_view::npos && end > i + 1 && s[i + 1] != ' ') {
                flush();
                out.push_back({MwSpan::Kind::Italic, std::string(s.substr(i + 1, end - i - 1)), {}});
                i = end + 1;
                continue;
            }
        } else if (s[i] == '[') {
            const std::size_t close = s.find("](#", i + 1);
            const std::size_t end = close == std::string_view::npos ? close : s.find(')', close + 3);
            if (end != std::string_view::npos && s.substr(i + 1, close - i - 1).find(']') == std::string_view::npos) {
                flush();
                out.push_back({MwSpan::Kind::Link, std::string(s.substr(i + 1, close - i - 1)), std::string(s.substr(close + 3, end - close - 3))});
                i = end + 1;
                continue;
            }
        }
        plain += s[i++];
    }
    flush();
    return out;
}

std::string plain_text(const MwLine& line) {
    std::string out;
    for (const auto& sp : line) out += sp.text;
    return out;
}

Methodewijzer parse_methodewijzer(std::string_view md, const std::string& file, Lang lang, std::vector<Diagnostic>& out) {
    Methodewijzer g;
    g.lang = lang;
    g.file = file;
    static const std::regex heading(R"(^(#{1,6})\s+(.*?)\s*(\{#([^}]*)\})?\s*$)");
    static const std::regex numbered(R"(^\d+\.\s+(.*)$)");
    std::vector<std::pair<std::string, int>> links;  // anchor, line
    std::set<std::string> seen;
    auto error = [&](int line, const std::string& msg) { out.push_back({Diagnostic::Level::Error, {file, line}, msg}); };

    MwBlock block;
    std::string item;  // text of the paragraph or list item being read
    int item_line = 0;
    auto end_item = [&] {
        if (item.empty()) return;
        MwLine parsed = parse_inline(item);
        for (const auto& sp : parsed)
            if (sp.kind == MwSpan::Kind::Link) links.push_back({sp.anchor, item_line});
        block.items.push_back(std::move(parsed));
        item.clear();
    };
    auto end_block = [&] {
        end_item();
        if (block.items.empty()) return;
        if (g.sections.empty()) error(item_line, "tekst voor de eerste kop: begin het bestand met een kop '# Titel {#anker}'");
        else g.sections.back().blocks.push_back(std::move(block));
        block = {};
    };
    auto start = [&](MwBlock::Kind kind, std::string text, int line) {
        if (block.kind != kind || kind == MwBlock::Kind::Paragraph) end_block();
        else end_item();
        block.kind = kind;
        item = std::move(text);
        item_line = line;
    };

    int line_no = 0;
    for (const std::string& raw : split(md, '\n')) {
        ++line_no;
        const std::string line = trim_blanks(raw);
        std::smatch m;
        if (line.empty()) {
            end_block();
            continue;
        }
        if (line.front() == '<' || line.find("![") != std::string::npos || line.front() == '|' ||
            line.find("](http") != std::string::npos || line.find("](www") != std::string::npos) {
            error(line_no, "buiten de Markdown-subset (geen HTML, afbeeldingen, tabellen of externe links): " + line.substr(0, 40));
            continue;
        }
        if (std::regex_match(line, m, heading)) {
            end_block();
            const int level = static_cast<int>(m[1].length());
            const std::string anchor = m[4].str();
            if (level > 3) error(line_no, "kop van niveau " + std::to_string(level) + ": gebruik #, ## of ###");
            if (!m[3].matched) {
                error(line_no, "kop zonder anker: schrijf '" + line + " {#anker}'");
                continue;
            }
            if (!valid_anchor(anchor)) {
                error(line_no, "anker '" + anchor + "' mag alleen kleine letters, cijfers, punten en liggende streepjes bevatten");
                continue;
            }
            if (!seen.insert(anchor).second) error(line_no, "anker '" + anchor + "' komt twee keer voor");
            g.sections.push_back({anchor, m[2].str(), std::min(level, 3), {}, line_no});
        } else if (line.rfind("- ", 0) == 0) {
            start(MwBlock::Kind::Bullets, line.substr(2), line_no);
        } else if (std::regex_match(line, m, numbered)) {
            start(MwBlock::Kind::Numbered, m[1].str(), line_no);
        } else if (!item.empty()) {
            item += " " + line;  // continuation of the paragraph or list item
        } else {
            start(MwBlock::Kind::Paragraph, line, line_no);
        }
    }
    end_block();
    for (const auto& [anchor, line] : links)
        if (!seen.count(anchor)) error(line, "link naar onbekend anker '#" + anchor + "'");
    return g;
}

std::vector<GlossaryEntry> parse_glossary(std::string_view tsv, const std::string& file, std::vector<Diagnostic>& out) {
    static constexpr const char* kHeader = "id\tnl_term\tnl_varianten\ten_term\ten_variants\tanker\tnl_uitleg\ten_explanation";
    std::vector<GlossaryEntry> entries;
    std::set<std::string> ids;
    int line_no = 0;
    for (std::string line : split(tsv, '\n')) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line_no == 1) {
            if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
            if (line != kHeader)
                out.push_back({Diagnostic::Level::Error, {file, 1}, std::string("de eerste regel moet de kop zijn: ") + kHeader});
            continue;
        }
        if (trim_blanks(line).empty()) continue;
        const auto f = split(line, '\t');
        if (f.size() != 8) {
            out.push_back({Diagnostic::Level::Error, {file, line_no}, "8 velden gescheiden door tabs verwacht, " + std::to_string(f.size()) + " gevonden"});
            continue;
        }
        GlossaryEntry e;
        e.id = trim_blanks(f[0]);
        e.term = {trim_blanks(f[1]), trim_blanks(f[3])};
        for (auto& v : split(f[2], '|'))
            if (!trim_blanks(v).empty()) e.variants_nl.push_back(trim_blanks(v));
        for (auto& v : split(f[4], '|'))
            if (!trim_blanks(v).empty()) e.variants_en.push_back(trim_blanks(v));
        e.anchor = trim_blanks(f[5]);
        e.explanation = {trim_blanks(f[6]), trim_blanks(f[7])};
        e.line = line_no;
        const bool id_ok = !e.id.empty() && std::all_of(e.id.begin(), e.id.end(), [](char c) { return anchor_char(c) && c != '.'; });
        if (!id_ok) out.push_back({Diagnostic::Level::Error, {file, line_no}, "id '" + e.id + "' moet uit kleine letters, cijfers en _ bestaan"});
        else if (!ids.insert(e.id).second) out.push_back({Diagnostic::Level::Error, {file, line_no}, "begrip '" + e.id + "' komt twee keer voor"});
        if (e.term.nl.empty() || e.term.en.empty() || e.explanation.nl.empty() || e.explanation.en.empty())
            out.push_back({Diagnostic::Level::Error, {file, line_no}, "begrip '" + e.id + "' mist een term of uitleg (Nederlands en Engels)"});
        entries.push_back(std::move(e));
    }
    return entries;
}

Methodewijzer load_methodewijzer(const std::filesystem::path& dir, Lang lang, std::vector<Diagnostic>& out) {
    const std::filesystem::path md = dir / (std::string(lang_code(lang)) + ".md");
    const std::filesystem::path tsv = dir / "begrippen.tsv";
    std::string text;
    if (!read_file(md, text)) {
        out.push_back({Diagnostic::Level::Error, {md.string(), 0}, "de Methodewijzer is niet te lezen"});
        return {};
    }
    Methodewijzer g = parse_methodewijzer(text, md.string(), lang, out);
    if (!read_file(tsv, text)) {
        out.push_back({Diagnostic::Level::Error, {tsv.string(), 0}, "de begrippenlijst is niet te lezen"});
        return g;
    }
    g.glossary = parse_glossary(text, tsv.string(), out);
    for (const auto& e : g.glossary)
        if (!g.find(e.anchor))
            out.push_back({Diagnostic::Level::Error, {tsv.string(), e.line}, "begrip '" + e.id + "' verwijst naar onbekend anker '" + e.anchor + "'"});
    return g;
}

// ---- citations ---------------------------------------------------------------------------------

std::vector<Citation> citations(const Scenario& sc) {
    std::vector<Citation> out;
    for (const auto& c : sc.criteria)
        for (const auto& a : c.sources) out.push_back({a, c.loc, "criterium '" + c.id + "'"});
    for (const auto& st : sc.steps)
        for (const auto& ch : st.choices)
            for (const auto& a : ch.sources) out.push_back({a, ch.loc, "keuze '" + ch.id + "' in stap '" + st.id + "'"});
    return out;
}

namespace {

// The sections of the method brief the cases used to cite, as Methodewijzer anchors.
std::string legacy_section_anchor(int chapter, int sub) {
    if (chapter == 2 && sub >= 1 && sub <= static_cast<int>(building_blocks().size()))
        return "bouwsteen." + std::string(building_blocks()[static_cast<std::size_t>(sub - 1)].id);
    switch (chapter) {
        case 1: return "pijlers";
        case 2: return "bouwstenen";
        case 3: return "bron.monitor";
        case 4: return "bron.evaluatie";
        case 5: return "bron.notitie";
        case 6: return "begrippen";
        default: return "bronnen";
    }
}

std::string legacy_source_anchor(int seed) {
    switch (seed) {
        case 0: return "bron.evaluatie";
        case 1: return "bron.onderzoek";
        case 2: return "bron.notitie";
        case 3: return "bron.monitor";
        case 4: return "bron.werkwijze";
        default: return "bronnen";
    }
}

// Nearest known anchor by shared prefix, for "bedoelde je ...".
std::string nearest_anchor(const Methodewijzer& g, const std::string& a) {
    std::string best;
    std::size_t best_len = 0;
    for (const auto& s : g.sections) {
        std::size_t n = 0;
        while (n < a.size() && n < s.anchor.size() && a[n] == s.anchor[n]) ++n;
        if (n > best_len) best_len = n, best = s.anchor;
    }
    return best_len >= 4 ? best : std::string();
}

}  // namespace

std::vector<FreeCitation> free_citations(std::string_view text) {
    static const std::regex pattern(R"((METHOD\.md(\s*§\s*(\d+)(\.(\d+))?)?)|([Ss]eeds?\s+0*(\d{1,3}))|(§\s*(\d+)(\.(\d+))?))");
    std::vector<FreeCitation> out;
    const std::string s(text);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), pattern); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        auto num = [&](int i) { return m[i].matched ? parse_number<int>(m[i].str()).value_or(0) : 0; };  // "§99999999999": 0
        std::string anchor;
        if (m[1].matched) anchor = m[2].matched ? legacy_section_anchor(num(3), num(5)) : "bronnen";
        else if (m[6].matched) anchor = legacy_source_anchor(num(7));
        else anchor = legacy_section_anchor(num(9), num(11));
        out.push_back({m.str(), anchor});
    }
    return out;
}

std::vector<Diagnostic> check_citations(const Scenario& sc, const Methodewijzer& g) {
    std::vector<Diagnostic> out;
    for (const auto& c : citations(sc)) {
        if (g.find(c.anchor)) continue;
        std::string msg = "bron '" + c.anchor + "' van " + c.what + " staat niet in de Methodewijzer";
        if (const std::string near = nearest_anchor(g, c.anchor); !near.empty()) msg += " (bedoelde je '" + near + "'?)";
        out.push_back({Diagnostic::Level::Error, c.loc, msg + "; leerwerkplaats methode --anchors toont alle ankers"});
    }
    for_each_text(sc, [&](const Text& t, const SourceLoc& loc, const std::string& where) {
        for (const std::string* s : {&t.nl, &t.en})
            for (const auto& f : free_citations(*s))
                out.push_back({Diagnostic::Level::Warning, loc,
                               where + " noemt '" + f.found + "', een document dat het programma niet meelevert: haal het uit de tekst en verwijs met bron = \"" +
                                   f.anchor + "\""});
    });
    return out;
}

// ---- glossary terms ---------------------------------------------------------------------------

namespace {
bool word_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '\''; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
// Whole-word match of `term` at `pos`; the first letter may differ in case (sentence start).
bool match_at(std::string_view text, std::size_t pos, const std::string& term) {
    if (term.empty() || pos + term.size() > text.size()) return false;
    if (lower(text[pos]) != lower(term[0])) return false;
    if (text.compare(pos + 1, term.size() - 1, term, 1, std::string::npos) != 0) return false;
    if (pos > 0 && word_byte(static_cast<unsigned char>(text[pos - 1]))) return false;
    const std::size_t end = pos + term.size();
    return end == text.size() || !word_byte(static_cast<unsigned char>(text[end]));
}
}  // namespace

std::vector<TermHit> find_terms(std::string_view text, const Methodewijzer& g, Lang lang, bool first_only) {
    // Every spelling, longest first, so "lokaal team" wins over "team".
    std::vector<std::pair<const std::string*, const GlossaryEntry*>> forms;
    for (const auto& e : g.glossary) {
        forms.push_back({&e.term.get(lang), &e});
        for (const auto& v : lang == Lang::En ? e.variants_en : e.variants_nl) forms.push_back({&v, &e});
    }
    std::stable_sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.first->size() > b.first->size(); });
    std::vector<TermHit> out;
    std::set<const GlossaryEntry*> done;
    for (std::size_t pos = 0; pos < text.size();) {
        const bool boundary = pos == 0 || !word_byte(static_cast<unsigned char>(text[pos - 1]));
        bool hit = false;
        if (boundary)
            for (const auto& [form, entry] : forms) {
                if (!match_at(text, pos, *form)) continue;
                if (!first_only || done.insert(entry).second) out.push_back({pos, form->size(), entry});
                pos += form->size();
                hit = true;
                break;
            }
        if (!hit) ++pos;
    }
    return out;
}

// ---- what trains a building block ---------------------------------------------------------------

std::vector<TrainedBy> trained_by(const std::vector<const Scenario*>& scenarios, std::string_view block_id) {
    std::vector<TrainedBy> out;
    for (const Scenario* sc : scenarios)
        for (const auto& c : sc->criteria)
            if (c.block == block_id) out.push_back({sc->meta.id, sc->meta.title, c.id, c.text});
    return out;
}

std::string block_of_anchor(std::string_view anchor) {
    constexpr std::string_view prefix = "bouwsteen.";
    if (anchor.substr(0, prefix.size()) != prefix) return {};
    std::string_view rest = anchor.substr(prefix.size());
    rest = rest.substr(0, rest.find('.'));
    return find_building_block(rest) ? std::string(rest) : std::string();
}

}  // namespace lwp::core
