// Where each field of a scenario file's tables is written (issue 25, deliverable 4; architecture
// review §6.2, experiment E6): Lua keeps no line numbers for table constructors, so an error in a
// route, a reference item or a check's sub-table used to be reported at the enclosing block's
// line. This scans the source text once (comments, short and long strings, nested braces) and
// records, for every table constructor written in the file, its line, the line of each
// `veld = ...` and its positional items, so the loader can report each field at its own line.
// Tables built by code (loops, functions) are not in the index; the loader then falls back to
// the enclosing block's line.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lwp::scripting {

struct SourceTable {
    int line = 0;                                  // of the `{`
    std::map<std::string, int> key_lines;          // veld -> line of `veld =`
    std::map<std::string, const SourceTable*> keyed;  // veld = { ... }
    std::vector<const SourceTable*> items;          // positional values that are tables (nullptr: not a table)

    int line_of(const std::string& key) const;      // 0 if not written here
    const SourceTable* child(const std::string& key) const;
    const SourceTable* item(size_t i) const;         // 0-based; nullptr if absent
};

class SourceIndex {
public:
    explicit SourceIndex(std::string_view source);
    // The table passed to the constructor call written on `line` (`stap "a" {`), or nullptr.
    const SourceTable* definition_at(int line) const;

private:
    std::vector<std::unique_ptr<SourceTable>> tables_;
    std::map<int, const SourceTable*> calls_;  // line of a `naam "id" {` / `naam {` call -> its table
};

}  // namespace lwp::scripting
