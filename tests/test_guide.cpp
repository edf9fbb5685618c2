// Every Lua example in the authoring guide (scenarios/README.md) is a test fixture, so the guide
// cannot rot (issue 7). Each ```lua block is preceded by a tag that says how it fits into a case:
//   <!-- voorbeeld: blok -->   top-level blocks: they replace the same blocks in the base case
//   <!-- voorbeeld: keuze -->  one or more choices: they go into step "voorbeeld"
//   <!-- voorbeeld: veld -->   fields of a choice: they go into a choice in step "voorbeeld"
// The base case (tests/fixtures/guide/basis.lua) holds every id the examples refer to. Each
// example must then load without errors and without lint errors (warnings are allowed: an
// example shows one thing, not a finished case).
#include <doctest/doctest.h>

#include <set>

#include "core/model/lint.hpp"
#include "helpers.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

struct Example {
    int line = 0;      // of the ```lua line in the guide
    std::string kind;  // blok, keuze, veld
    std::string code;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::string line;
    for (char c : text) {
        if (c == '\n') {
            out.push_back(line);
            line.clear();
        } else line += c;
    }
    if (!line.empty()) out.push_back(line);
    return out;
}

std::vector<Example> guide_examples(std::vector<std::string>& untagged) {
    const auto lines = lines_of(test::slurp(fs::path(LWP_SCENARIO_DIR) / "README.md"));
    std::vector<Example> out;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string fence = lines[i];
        fence.erase(0, fence.find_first_not_of(' '));
        if (fence != "```lua") continue;
        Example ex;
        ex.line = static_cast<int>(i + 1);
        size_t t = i;
        while (t > 0 && lines[t - 1].find_first_not_of(' ') == std::string::npos) --t;
        const std::string tag = t > 0 ? lines[t - 1] : "";
        const std::string open = "<!-- voorbeeld: ", close = " -->";
        if (tag.rfind(open, 0) == 0 && tag.size() > open.size() + close.size())
            ex.kind = tag.substr(open.size(), tag.size() - open.size() - close.size());
        else untagged.push_back("README.md:" + std::to_string(ex.line));
        for (++i; i < lines.size() && lines[i].find("```") == std::string::npos; ++i) ex.code += lines[i] + "\n";
        out.push_back(std::move(ex));
    }
    return out;
}

// "stap huisbezoek", "scenario", "referentie": the key of a top-level block starting on this line.
std::string block_key(const std::string& line) {
    static const char* kinds[] = {"scenario", "persoon", "variabele", "document", "feit", "stap",
                                  "einde", "criterium", "referentie", "reflectie"};
    for (const char* k : kinds) {
        const std::string kind = k;
        if (line.rfind(kind, 0) != 0 || (line.size() > kind.size() && (std::isalnum(static_cast<unsigned char>(line[kind.size()])) || line[kind.size()] == '_')))
            continue;
        const size_t q = line.find('"', kind.size());
        const size_t brace = line.find('{', kind.size());
        if (q != std::string::npos && (brace == std::string::npos || q < brace)) {
            const size_t end = line.find('"', q + 1);
            return kind + " " + line.substr(q + 1, end - q - 1);
        }
        return kind;
    }
    return {};
}

// The base case split into top-level blocks (comments before the first block are dropped).
std::vector<std::pair<std::string, std::string>> base_blocks() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& line : lines_of(test::slurp(test::fixture("guide/basis.lua")))) {
        const std::string key = block_key(line);
        if (!key.empty()) out.push_back({key, ""});
        if (!out.empty()) out.back().second += line + "\n";
    }
    return out;
}

std::string voorbeeld_step(const std::string& inside) {
    return "stap \"voorbeeld\" { titel = \"Voorbeeld\", tekst = \"Een voorbeeld uit de handleiding.\",\n" + inside + "\n}\n";
}

std::string assemble(const Example& ex) {
    std::set<std::string> defined;
    if (ex.kind == "blok")
        for (const auto& line : lines_of(ex.code))
            if (std::string k = block_key(line); !k.empty()) defined.insert(k);
    std::string out;
    for (const auto& [key, text] : base_blocks())
        if (!defined.count(key)) out += text;
    if (ex.kind == "blok") out += ex.code + voorbeeld_step("keuze \"voorbeeld_verder\" { tekst = \"Verder.\", naar = \"einde_goed\" },");
    else if (ex.kind == "keuze") out += voorbeeld_step(ex.code);
    else if (ex.kind == "veld")
        out += voorbeeld_step("keuze \"voorbeeld_keuze\" { tekst = \"Een keuze.\", naar = \"einde_goed\",\n" + ex.code + "},");
    return out;
}

}  // namespace

TEST_CASE("guide: the base case for the examples loads cleanly") {
    Example none;
    none.kind = "blok";
    const auto loaded = scripting::load_scenario_source(assemble(none), "basis.lua");
    for (const auto& d : loaded.diagnostics) INFO(d.str());
    REQUIRE(loaded.ok());
    CHECK(loaded.error_count() == 0);
    CHECK(base_blocks().size() > 20);
}

TEST_CASE("guide: every Lua example in scenarios/README.md is tagged and validates") {
    std::vector<std::string> untagged;
    const auto examples = guide_examples(untagged);
    CHECK_MESSAGE(untagged.empty(), "examples without <!-- voorbeeld: blok|keuze|veld -->: ", untagged.size(),
                  untagged.empty() ? "" : " first at " + untagged.front());
    CHECK(examples.size() >= 17);
    std::set<std::string> kinds;
    for (const auto& ex : examples) {
        const std::string where = "scenarios/README.md:" + std::to_string(ex.line);
        INFO(where, " (", ex.kind, ")");
        REQUIRE_MESSAGE((ex.kind == "blok" || ex.kind == "keuze" || ex.kind == "veld"), "unknown tag");
        kinds.insert(ex.kind);
        const std::string source = assemble(ex);
        const auto loaded = scripting::load_scenario_source(source, where);
        std::string problems;
        for (const auto& d : loaded.diagnostics)
            if (d.level == core::Diagnostic::Level::Error) problems += d.str() + "\n";
        if (loaded.ok())
            for (const auto& d : core::lint(*loaded.scenario))
                if (d.level == core::Diagnostic::Level::Error) problems += "lint: " + d.str() + "\n";
        INFO(problems);
        CHECK_MESSAGE(loaded.ok(), "the example does not load (lines are in the assembled case)");
        CHECK(problems.empty());
        if (!problems.empty()) MESSAGE(source);
    }
    CHECK(kinds == std::set<std::string>{"blok", "keuze", "veld"});
}
