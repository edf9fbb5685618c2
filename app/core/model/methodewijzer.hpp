// The Methodewijzer: the method's guide the program ships (assets/methodewijzer/), read from a
// small Markdown subset (nl.md, en.md) and the glossary (begrippen.tsv). UI-free: the viewer, the
// report renderer, `validate` and `leerwerkplaats methode` all read this one model.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/scenario.hpp"
#include "core/model/text.hpp"

namespace lwp::core {

// One run of inline text: plain, **bold**, *italic* or a link [text](#anchor).
struct MwSpan {
    enum class Kind { Plain, Bold, Italic, Link };
    Kind kind = Kind::Plain;
    std::string text;
    std::string anchor;  // Link only
};
using MwLine = std::vector<MwSpan>;

struct MwBlock {
    enum class Kind { Paragraph, Bullets, Numbered };
    Kind kind = Kind::Paragraph;
    std::vector<MwLine> items;  // a paragraph has one item, a list one per entry
};

struct MwSection {
    std::string anchor;  // "bouwsteen.directe_veiligheid"
    std::string title;   // "Directe veiligheid"
    int level = 1;       // 1-3 (#, ##, ###)
    std::vector<MwBlock> blocks;
    int line = 0;        // of the heading
};

struct GlossaryEntry {
    std::string id;
    Text term;
    std::vector<std::string> variants_nl, variants_en;
    std::string anchor;
    Text explanation;
    int line = 0;
};

struct Methodewijzer {
    Lang lang = Lang::Nl;
    std::string file;
    std::vector<MwSection> sections;  // in document order
    std::vector<GlossaryEntry> glossary;

    const MwSection* find(std::string_view anchor) const;
    const GlossaryEntry* term(std::string_view id) const;
    bool empty() const { return sections.empty(); }
    // Title of the section an anchor names, or the anchor itself when unknown.
    std::string title(std::string_view anchor) const;
    // The anchors of a section and its sub-sections (deeper levels right after it).
    std::vector<const MwSection*> subtree(std::string_view anchor) const;
};

// Inline Markdown of the subset into spans (unknown markup stays literal text).
MwLine parse_inline(std::string_view text);
std::string plain_text(const MwLine& line);

// Parses one language file; problems (a heading without {#anchor}, a duplicate anchor, a link to
// an unknown anchor, markup outside the subset) as file:line diagnostics.
Methodewijzer parse_methodewijzer(std::string_view markdown, const std::string& file, Lang lang, std::vector<Diagnostic>& out);
std::vector<GlossaryEntry> parse_glossary(std::string_view tsv, const std::string& file, std::vector<Diagnostic>& out);

// Reads <dir>/<nl|en>.md and <dir>/begrippen.tsv; checks the glossary's anchors against the file.
// A missing or unreadable file is an Error diagnostic and gives an empty model.
Methodewijzer load_methodewijzer(const std::filesystem::path& dir, Lang lang, std::vector<Diagnostic>& out);

// ---- citations ------------------------------------------------------------------------------

// Every `bron` anchor of a scenario (criteria and choices' feedback), with where it was written.
struct Citation {
    std::string anchor;
    SourceLoc loc;
    std::string what;  // "criterium 'x'", "keuze 'y' in stap 'z'"
};
std::vector<Citation> citations(const Scenario& scenario);

// A free-text citation of a document the program does not ship (the developers' brief by its file
// name with a section number, a numbered seed file, a bare "§2.7") in text: the anchor to cite instead, or "" when the text cites nothing of the kind.
struct FreeCitation {
    std::string found;   // the matched words
    std::string anchor;  // the fix ("bouwsteen.directe_veiligheid"); "bronnen" when unclear
};
std::vector<FreeCitation> free_citations(std::string_view text);

// validate: an unknown `bron` anchor is an Error; a free-text citation in any of the scenario's
// texts is a Warning with the anchor to use.
std::vector<Diagnostic> check_citations(const Scenario& scenario, const Methodewijzer& guide);

// ---- glossary terms in running text ----------------------------------------------------------

struct TermHit {
    std::size_t begin = 0, length = 0;  // byte range in the text
    const GlossaryEntry* entry = nullptr;
};
// Glossary terms (and their variants) of the given language in `text`, whole words only, longest
// match first, non-overlapping, in text order. Only the first occurrence of each term is returned
// when first_only is set (so a paragraph is not all underlines).
std::vector<TermHit> find_terms(std::string_view text, const Methodewijzer& guide, Lang lang, bool first_only = true);

// ---- what trains a building block -----------------------------------------------------------

struct TrainedBy {
    std::string scenario_id;
    Text scenario_title;
    std::string criterion_id;
    Text criterion_text;
};
// The criteria of the loaded scenarios that train a building block (scenario order, then file order).
std::vector<TrainedBy> trained_by(const std::vector<const Scenario*>& scenarios, std::string_view block_id);
// The building-block id a section anchor belongs to ("bouwsteen.weging.x" -> "weging"), or "".
std::string block_of_anchor(std::string_view anchor);

}  // namespace lwp::core
