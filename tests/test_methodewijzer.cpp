// The Methodewijzer (issue 16): the parser of its Markdown subset and glossary, citations in the
// DSL and their validation, glossary terms in running text, and the shipped files themselves.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "core/model/building_blocks.hpp"
#include "core/model/methodewijzer.hpp"
#include "core/report/report_methode.hpp"
#include "helpers.hpp"
#include "scripting/loader.hpp"
#include "ui/methodewijzer_data.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

fs::path source_dir() { return fs::path(LWP_SCENARIO_DIR).parent_path(); }
fs::path shipped_dir() { return source_dir() / "assets" / "methodewijzer"; }

std::string messages(const std::vector<core::Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += d.str() + "\n";
    return out;
}

core::Methodewijzer parse(const std::string& md, std::vector<core::Diagnostic>& out) {
    return core::parse_methodewijzer(md, "test.md", core::Lang::Nl, out);
}

}  // namespace

TEST_CASE("methodewijzer: the Markdown subset becomes sections with anchors, blocks and spans") {
    std::vector<core::Diagnostic> problems;
    const auto g = parse("# Titel {#inleiding}\n\nEen **vette** en *schuine* zin,\nover twee regels. Zie [de ondergrens](#b.ondergrens).\n\n"
                         "## Regels {#b}\n\n- een\n- twee\n  gaat door\n\n1. eerst\n2. dan\n\n### Ondergrens {#b.ondergrens}\n\nTekst.\n",
                         problems);
    CHECK_MESSAGE(problems.empty(), messages(problems));
    REQUIRE(g.sections.size() == 3);
    CHECK(g.sections[0].anchor == "inleiding");
    CHECK(g.sections[0].title == "Titel");
    CHECK(g.sections[1].level == 2);
    CHECK(g.sections[2].level == 3);
    CHECK(g.find("b.ondergrens") == &g.sections[2]);
    CHECK(g.find("x") == nullptr);

    REQUIRE(g.sections[0].blocks.size() == 1);
    const core::MwLine& para = g.sections[0].blocks[0].items.at(0);
    CHECK(core::plain_text(para) == "Een vette en schuine zin, over twee regels. Zie de ondergrens.");
    REQUIRE(para.size() == 7);
    CHECK(para[1].kind == core::MwSpan::Kind::Bold);
    CHECK(para[3].kind == core::MwSpan::Kind::Italic);
    CHECK(para[5].kind == core::MwSpan::Kind::Link);
    CHECK(para[5].anchor == "b.ondergrens");

    REQUIRE(g.sections[1].blocks.size() == 2);
    CHECK(g.sections[1].blocks[0].kind == core::MwBlock::Kind::Bullets);
    REQUIRE(g.sections[1].blocks[0].items.size() == 2);
    CHECK(core::plain_text(g.sections[1].blocks[0].items[1]) == "twee gaat door");
    CHECK(g.sections[1].blocks[1].kind == core::MwBlock::Kind::Numbered);
    // A section's subtree: itself and the deeper sections right after it.
    CHECK(g.subtree("b").size() == 2);
    CHECK(g.subtree("inleiding").size() == 3);
}

TEST_CASE("report appendix: the spaces around bold, italic and link text stay, in Markdown and HTML") {
    std::vector<core::Diagnostic> problems;
    const auto g = parse("# A {#a}\n\nVan **alle** gezinsleden, *ook* met [de taxatie](#a) hier. **x** **y**\n\n- een *b* c\n", problems);
    REQUIRE_MESSAGE(problems.empty(), messages(problems));
    const std::string md = core::appendix_markdown({"a"}, &g, core::Lang::Nl);
    CHECK_MESSAGE(md.find("Van **alle** gezinsleden, *ook* met de taxatie hier. **x** **y**\n") != std::string::npos, md);
    CHECK_MESSAGE(md.find("- een *b* c\n") != std::string::npos, md);
    const std::string html = core::appendix_html({"a"}, &g, core::Lang::Nl);
    CHECK_MESSAGE(html.find("Van <strong>alle</strong> gezinsleden, <em>ook</em> met <a href=\"#mw-a\">de taxatie</a> hier.") != std::string::npos, html);
}

TEST_CASE("methodewijzer: what the subset does not allow is an error at file:line") {
    std::vector<core::Diagnostic> problems;
    parse("# Titel {#a}\n\nZie [elders](#bestaat_niet).\n\n## Zonder anker\n\n## Dubbel {#a}\n\n<b>html</b>\n\n[web](https://x.nl)\n\n#### Diep {#d}\n",
          problems);
    const std::string all = messages(problems);
    CHECK(all.find("test.md:3:") != std::string::npos);
    CHECK(all.find("onbekend anker '#bestaat_niet'") != std::string::npos);
    CHECK(all.find("test.md:5: fout: kop zonder anker") != std::string::npos);
    CHECK(all.find("test.md:7: fout: anker 'a' komt twee keer voor") != std::string::npos);
    CHECK(all.find("test.md:9:") != std::string::npos);
    CHECK(all.find("test.md:11:") != std::string::npos);
    CHECK(all.find("test.md:13: fout: kop van niveau 4") != std::string::npos);
    for (const auto& d : problems) CHECK(d.level == core::Diagnostic::Level::Error);
}

TEST_CASE("methodewijzer: the glossary TSV with variants, a bad row is an error on its line") {
    std::vector<core::Diagnostic> problems;
    const std::string header = "id\tnl_term\tnl_varianten\ten_term\ten_variants\tanker\tnl_uitleg\ten_explanation\n";
    auto entries = core::parse_glossary(header + "gi\tgecertificeerde instelling\tGI|GI's\tcertified institution\tGI\tx\tUitleg.\tExplanation.\n", "b.tsv", problems);
    CHECK(problems.empty());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].variants_nl == std::vector<std::string>{"GI", "GI's"});
    CHECK(entries[0].term.en == "certified institution");
    CHECK(entries[0].line == 2);

    problems.clear();
    core::parse_glossary("id\tfout\n" + std::string("a\tb\n") + "Hoofd\tt\t\tt\t\tx\tu\te\n" + "gi\tt\t\tt\t\tx\tu\te\ngi\tt\t\tt\t\tx\tu\t\n", "b.tsv", problems);
    const std::string all = messages(problems);
    CHECK(all.find("b.tsv:1: fout: de eerste regel moet de kop zijn") != std::string::npos);
    CHECK(all.find("b.tsv:2: fout: 8 velden") != std::string::npos);
    CHECK(all.find("b.tsv:3: fout: id 'Hoofd'") != std::string::npos);
    CHECK(all.find("b.tsv:5: fout: begrip 'gi' komt twee keer voor") != std::string::npos);
    CHECK(all.find("b.tsv:5: fout: begrip 'gi' mist een term of uitleg") != std::string::npos);
}

TEST_CASE("methodewijzer: the test fixture loads in both languages, glossary anchors checked") {
    for (core::Lang lang : {core::Lang::Nl, core::Lang::En}) {
        std::vector<core::Diagnostic> problems;
        const auto g = core::load_methodewijzer(test::fixture("methodewijzer"), lang, problems);
        CHECK_MESSAGE(problems.empty(), messages(problems));
        CHECK(g.find("bouwsteen.directe_veiligheid.ondergrens"));
        CHECK(g.glossary.size() == 4);
    }
    std::vector<core::Diagnostic> problems;
    const auto missing = core::load_methodewijzer(test::fixture("bestaat_niet"), core::Lang::Nl, problems);
    CHECK(missing.empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("niet te lezen") != std::string::npos);
}

TEST_CASE("citations: an unknown bron is an error at file:line, a free-text citation a warning with the fix") {
    std::vector<core::Diagnostic> problems;
    const auto g = core::load_methodewijzer(test::fixture("methodewijzer"), core::Lang::Nl, problems);
    REQUIRE(problems.empty());
    test::TempDir dir;
    const fs::path file = dir.path / "bron.lua";
    test::spit(file, test::slurp(test::fixture("scenarios/mini.lua")));
    auto loaded = scripting::load_scenario_file(file);
    REQUIRE_MESSAGE(loaded.ok(), messages(loaded.diagnostics));
    core::Scenario sc = *loaded.scenario;
    REQUIRE(!sc.criteria.empty());
    REQUIRE(!sc.steps.empty());
    REQUIRE(!sc.steps[0].choices.empty());
    sc.criteria[0].sources = {"bouwsteen.directe_veiligheid", "bouwsteen.directe_veiligheid.ondergrns"};
    sc.steps[0].choices[0].sources = {"bouwsteen.privacy"};
    sc.steps[0].choices[0].feedback.nl = "Eerst veilig (METHOD.md §2.7; seed 004: ‘zo’).";
    sc.criteria[0].rationale.nl = "Zie §2.12.";
    const auto ds = core::check_citations(sc, g);
    const std::string all = messages(ds);
    std::size_t errors = 0;
    for (const auto& d : ds) errors += d.level == core::Diagnostic::Level::Error;
    CHECK(errors == 1);
    CHECK(all.find(sc.criteria[0].loc.str() + ": fout: bron 'bouwsteen.directe_veiligheid.ondergrns'") != std::string::npos);
    CHECK(all.find("bedoelde je 'bouwsteen.directe_veiligheid.ondergrens'") != std::string::npos);
    CHECK(all.find(sc.steps[0].choices[0].loc.str() + ": waarschuwing:") != std::string::npos);
    CHECK(all.find("'METHOD.md §2.7'") != std::string::npos);
    CHECK(all.find("bron = \"bouwsteen.directe_veiligheid\"") != std::string::npos);
    CHECK(all.find("bron = \"bron.werkwijze\"") != std::string::npos);
    CHECK(all.find("bron = \"bouwsteen.gesprekken_kinderen\"") != std::string::npos);

    // The loader reads `bron` as one anchor or a list, on criteria and choices.
    std::string text = test::slurp(test::fixture("scenarios/mini.lua"));
    const std::size_t at = text.find("onderbouwing =");
    REQUIRE(at != std::string::npos);
    text.insert(at, "bron = { \"bouwsteen.weging\", \"regels.wanneer_wegen\" },\n    ");
    test::spit(file, text);
    auto again = scripting::load_scenario_file(file);
    REQUIRE_MESSAGE(again.ok(), messages(again.diagnostics));
    bool found = false;
    for (const auto& c : again.scenario->criteria)
        if (c.sources == std::vector<std::string>{"bouwsteen.weging", "regels.wanneer_wegen"}) found = true;
    CHECK(found);
}

TEST_CASE("citations: free-text citations map to the anchors of the Methodewijzer") {
    auto one = [](const std::string& t) {
        auto f = core::free_citations(t);
        return f.size() == 1 ? f[0].anchor : std::string("(" + std::to_string(f.size()) + ")");
    };
    CHECK(one("METHOD.md §2.1") == "bouwsteen.samenwerking_lt_gi");
    CHECK(one("(METHOD.md §2.13)") == "bouwsteen.reflectie");
    CHECK(one("METHOD.md §3") == "bron.monitor");
    CHECK(one("seed 000") == "bron.evaluatie");
    CHECK(one("seed 002") == "bron.notitie");
    CHECK(one("seed 004") == "bron.werkwijze");
    CHECK(one("zie §2.9") == "bouwsteen.tijdlijn");
    CHECK(core::free_citations("Een 6 op de schaal, geen bron.").empty());
    // A section number too big for an int is still found (and sent to the sources), never thrown.
    CHECK(one("zie §99999999999.99999999999") == "bronnen");
}

TEST_CASE("glossary terms: whole words, longest first, first occurrence only") {
    std::vector<core::Diagnostic> problems;
    const auto g = core::load_methodewijzer(test::fixture("methodewijzer"), core::Lang::Nl, problems);
    REQUIRE(problems.empty());
    const std::string text = "Het lokaal team belt de GI. Het team en de GI overleggen; GIDS is geen begrip. De ondergrens.";
    const auto hits = core::find_terms(text, g, core::Lang::Nl);
    REQUIRE(hits.size() == 4);
    CHECK(text.substr(hits[0].begin, hits[0].length) == "lokaal team");
    CHECK(hits[0].entry->id == "lokaal_team");
    CHECK(text.substr(hits[1].begin, hits[1].length) == "GI");
    CHECK(hits[2].entry->id == "team");  // the second "team" stands alone
    CHECK(text.substr(hits[3].begin, hits[3].length) == "ondergrens");
    CHECK(core::find_terms(text, g, core::Lang::Nl, false).size() == 5);
    const auto en = core::load_methodewijzer(test::fixture("methodewijzer"), core::Lang::En, problems);
    const auto en_hits = core::find_terms("Ask the Local team and the GI.", en, core::Lang::En);
    REQUIRE(en_hits.size() == 2);
    CHECK(en_hits[0].entry->id == "lokaal_team");  // first letter in either case
}

TEST_CASE("trained by: the criteria of the loaded cases per building block") {
    auto lib = scripting::load_library(LWP_SCENARIO_DIR);
    std::vector<const core::Scenario*> scenarios;
    for (const auto& l : lib)
        if (l.ok()) scenarios.push_back(l.scenario.get());
    REQUIRE(scenarios.size() >= 6);
    for (const auto& b : core::building_blocks()) {
        CAPTURE(b.id);
        const auto trained = core::trained_by(scenarios, b.id);
        CHECK(trained.size() >= 3);
        for (const auto& t : trained) CHECK(!t.criterion_text.empty());
    }
    CHECK(core::block_of_anchor("bouwsteen.weging.x") == "weging");
    CHECK(core::block_of_anchor("bouwsteen.weging") == "weging");
    CHECK(core::block_of_anchor("bouwsteen.bestaat_niet") == "");
    CHECK(core::block_of_anchor("regels.aanleiding") == "");
}

// ---- the shipped Methodewijzer ---------------------------------------------------------------

TEST_CASE("shipped methodewijzer: both languages load cleanly, with the same anchors in the same order") {
    std::vector<core::Diagnostic> nl_problems, en_problems;
    const auto nl = core::load_methodewijzer(shipped_dir(), core::Lang::Nl, nl_problems);
    const auto en = core::load_methodewijzer(shipped_dir(), core::Lang::En, en_problems);
    CHECK_MESSAGE(nl_problems.empty(), messages(nl_problems));
    CHECK_MESSAGE(en_problems.empty(), messages(en_problems));
    REQUIRE(!nl.empty());
    std::vector<std::string> a, b;
    for (const auto& s : nl.sections) a.push_back(s.anchor);
    for (const auto& s : en.sections) b.push_back(s.anchor);
    CHECK(a == b);
    for (const auto& s : nl.sections) {
        CAPTURE(s.anchor);
        const core::MwSection* other = en.find(s.anchor);
        REQUIRE(other);
        CHECK(!other->title.empty());
        // Every section has text in both languages (the glossary's body is generated).
        if (s.anchor != "begrippen") CHECK(s.blocks.empty() == other->blocks.empty());
    }
    // The program finds the same files.
    CHECK(fs::equivalent(ui::methodewijzer_dir(), shipped_dir()));
}

TEST_CASE("shipped methodewijzer: every anchor the format requires is there") {
    std::vector<core::Diagnostic> problems;
    const auto g = core::load_methodewijzer(shipped_dir(), core::Lang::Nl, problems);
    std::vector<std::string> required = {"inleiding", "pijlers", "pijler.samenwerking", "pijler.weging", "pijler.veiligheid", "pijler.reflectie",
                                         "bouwstenen", "hulppatroon", "succesfactoren", "veiligheidsschaal", "veiligheidsschaal.zes", "regels",
                                         "regels.aanleiding", "regels.regie_bij_schakelen", "regels.toestemming_2a", "regels.wanneer_wegen",
                                         "regels.netwerkberaad_of_casuistiek", "bronnen", "bron.werkwijze", "bron.evaluatie", "bron.onderzoek",
                                         "bron.notitie", "bron.monitor", "begrippen"};
    for (const auto& b : core::building_blocks()) {
        required.push_back(std::string(b.section));
        CHECK(b.section == "bouwsteen." + std::string(b.id));
        for (const char* sub : {".vraagt", ".waarom", ".doen", ".valkuilen"}) required.push_back(std::string(b.section) + sub);
    }
    for (const auto& a : required) {
        CAPTURE(a);
        CHECK(g.find(a));
    }
}

TEST_CASE("shipped glossary: at least 40 terms, and every term of the list the cases and the UI use") {
    std::vector<core::Diagnostic> problems;
    const auto g = core::load_methodewijzer(shipped_dir(), core::Lang::Nl, problems);
    CHECK(g.glossary.size() >= 40);
    // Jargon the issue names, and the terms the cases lean on most.
    const std::vector<std::string> terms = {"ARIJ", "GI", "JBT", "OTS", "product 2a", "GW'er", "Drie Huizen", "thermostaat", "regie",
                                            "nobele intentie", "ondergrens", "lokaal team", "netwerkberaad", "casuïstiekbespreking",
                                            "veiligheidsplan", "genogram", "patroonzin", "haalbare eindsituatie", "Veilig Thuis",
                                            "hulpverleningspatroon", "aanleiding", "tijdlijn", "gezinspatroon", "weging"};
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    for (const auto& t : terms) {
        CAPTURE(t);
        bool found = false;
        for (const auto& e : g.glossary) {
            if (lower(e.term.nl) == lower(t)) found = true;
            for (const auto& v : e.variants_nl) found |= lower(v) == lower(t);
        }
        CHECK(found);
    }
}

TEST_CASE("shipped cases: every bron resolves and no text cites a document the program does not ship") {
    const auto& guide = ui::methodewijzer(core::Lang::Nl).guide;
    REQUIRE(!guide.empty());
    auto lib = scripting::load_library(LWP_SCENARIO_DIR);
    REQUIRE(lib.size() >= 6);
    std::size_t cited = 0;
    for (const auto& l : lib) {
        CAPTURE(l.file);
        REQUIRE(l.ok());
        const auto ds = core::check_citations(*l.scenario, guide);
        CHECK_MESSAGE(ds.empty(), messages(ds));
        cited += core::citations(*l.scenario).size();
        // Every criterion names its source.
        for (const auto& c : l.scenario->criteria) {
            CAPTURE(c.id);
            CHECK(!c.sources.empty());
        }
    }
    CHECK(cited > 300);
}

TEST_CASE("user-visible text: no 'METHOD.md' and no 'seed 0' in the program, its data, the cases, the guide, the docs or the README") {
    // Everything the program ships or shows: app/ and scripting/ (strings and comments alike, so a
    // string cannot hide behind a comment), assets/, the cases, docs/ (the reviews are the
    // developers' record and may name their sources), the README. PNGs are pictures, not text.
    std::vector<fs::path> files = {source_dir() / "README.md"};
    for (const char* dir : {"app", "scripting", "assets", "scenarios", "docs"})
        for (const auto& e : fs::recursive_directory_iterator(source_dir() / dir)) {
            if (!e.is_regular_file() || e.path().extension() == ".png") continue;
            if (e.path().string().find("docs/reviews") != std::string::npos) continue;
            files.push_back(e.path());
        }
    CHECK(files.size() > 100);
    for (const auto& f : files) {
        CAPTURE(f.string());
        const std::string text = test::slurp(f);
        CHECK(text.find("METHOD.md") == std::string::npos);
        CHECK(text.find("seed 0") == std::string::npos);
        CHECK(text.find("Seed 0") == std::string::npos);
    }
}

TEST_CASE("shipped cases: what an onderbouwing quotes as the method's words occurs in its Dutch sources") {
    // A phrase in ‘…’ in a criterion's Dutch onderbouwing is presented as the method's own words:
    // each part of it (split at an omission "…") must occur in the fixture of Dutch key phrases
    // checked word for word against the source documents (tools/check_bronzinnen.py). An English
    // sentence, or a made-up phrase, in those quote marks fails here.
    auto norm = [](std::string t) {
        std::string out;
        for (size_t i = 0; i < t.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(t[i]);
            if (t.compare(i, 3, "\xe2\x80\x9c") == 0 || t.compare(i, 3, "\xe2\x80\x9d") == 0) { i += 2; continue; }  // “ ”
            if (c == '"' || c == '\'') continue;
            if (c == '\n' || c == '\t') c = ' ';
            if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
            out += static_cast<char>(std::tolower(c));
        }
        while (!out.empty() && std::string(" .,;:?!").find(out.back()) != std::string::npos) out.pop_back();
        return out;
    };
    std::vector<std::string> phrases;
    std::istringstream fixture(test::slurp(source_dir() / "tests" / "fixtures" / "methodewijzer" / "bronzinnen.tsv"));
    for (std::string line; std::getline(fixture, line);)
        if (const auto tab = line.find('\t'); tab != std::string::npos) phrases.push_back(norm(line.substr(tab + 1)));
    REQUIRE(phrases.size() > 100);
    const std::string open = "\xe2\x80\x98", close = "\xe2\x80\x99", omission = "\xe2\x80\xa6";  // ‘ ’ …
    std::size_t checked = 0;
    for (const auto& l : scripting::load_library(LWP_SCENARIO_DIR)) {
        REQUIRE(l.ok());
        for (const auto& c : l.scenario->criteria) {
            const std::string& text = c.rationale.nl;
            for (size_t a = text.find(open); a != std::string::npos; a = text.find(open, a + 1)) {
                const size_t b = text.find(close, a + open.size());
                if (b == std::string::npos) break;
                const std::string quote = text.substr(a + open.size(), b - a - open.size());
                size_t from = 0;
                while (from <= quote.size()) {
                    const size_t cut = std::min(quote.find(omission, from), quote.size());
                    const std::string part = norm(quote.substr(from, cut - from));
                    from = cut + omission.size();
                    if (part.size() < 3) continue;
                    CAPTURE(l.file);
                    CAPTURE(c.id);
                    CAPTURE(part);
                    ++checked;
                    CHECK(std::any_of(phrases.begin(), phrases.end(), [&](const std::string& p) { return p.find(part) != std::string::npos; }));
                }
            }
        }
    }
    CHECK(checked > 50);
}
