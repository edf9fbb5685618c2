#include "scripting/source_index.hpp"

#include <cctype>
#include <cstring>

namespace lwp::scripting {

int SourceTable::line_of(const std::string& key) const {
    auto it = key_lines.find(key);
    return it == key_lines.end() ? 0 : it->second;
}

const SourceTable* SourceTable::child(const std::string& key) const {
    auto it = keyed.find(key);
    return it == keyed.end() ? nullptr : it->second;
}

const SourceTable* SourceTable::item(size_t i) const { return i < items.size() ? items[i] : nullptr; }

namespace {

enum class Tok { Name, String, Number, Op };

struct Token {
    Tok kind;
    std::string_view text;  // names and operators, in the source (strings and numbers: empty)
    int line;
};

// "[[", "[==[": the level (number of '='), or -1 when `s[i]` does not open a long bracket.
int long_bracket(std::string_view s, size_t i) {
    if (i >= s.size() || s[i] != '[') return -1;
    size_t j = i + 1;
    while (j < s.size() && s[j] == '=') ++j;
    return j < s.size() && s[j] == '[' ? static_cast<int>(j - i - 1) : -1;
}

// Skips a long bracket of `level` starting at `i` (the first '['); counts lines.
size_t skip_long(std::string_view s, size_t i, int level, int& line) {
    i += static_cast<size_t>(level) + 2;
    while (i < s.size()) {
        if (s[i] == '\n') ++line;
        if (s[i] == ']') {
            size_t j = i + 1;
            while (j < s.size() && s[j] == '=') ++j;
            if (j < s.size() && s[j] == ']' && static_cast<int>(j - i - 1) == level) return j + 1;
        }
        ++i;
    }
    return i;
}

// A hostile file can hold millions of tokens in a function that never runs: the index covers the
// first kMaxTokens tokens and kMaxTables tables (real cases have a few ten thousand tokens);
// errors further on are reported at their block's line.
constexpr size_t kMaxTokens = 1'000'000;
constexpr size_t kMaxTables = 100'000;

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    int line = 1;
    size_t i = 0;
    auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    while (i < s.size() && out.size() < kMaxTokens) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
            if (const int level = long_bracket(s, i + 2); level >= 0) i = skip_long(s, i + 2, level, line);
            else
                while (i < s.size() && s[i] != '\n') ++i;
        } else if (c == '"' || c == '\'') {
            const int at = line;
            ++i;
            while (i < s.size() && s[i] != c && s[i] != '\n') {
                if (s[i] == '\\' && i + 1 < s.size()) {
                    ++i;
                    if (s[i] == '\n') ++line;
                    else if (s[i] == 'z')
                        while (i + 1 < s.size() && std::isspace(static_cast<unsigned char>(s[i + 1]))) {
                            if (s[i + 1] == '\n') ++line;
                            ++i;
                        }
                }
                ++i;
            }
            ++i;  // the closing quote
            out.push_back({Tok::String, {}, at});
        } else if (const int level = long_bracket(s, i); level >= 0) {
            const int at = line;
            i = skip_long(s, i, level, line);
            out.push_back({Tok::String, {}, at});
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            size_t j = i;
            while (j < s.size() && ident(s[j])) ++j;
            out.push_back({Tok::Name, s.substr(i, j - i), line});
            i = j;
        } else if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
            size_t j = i;
            while (j < s.size() && (ident(s[j]) || s[j] == '.' ||
                                    ((s[j] == '+' || s[j] == '-') && j > i && std::strchr("eEpP", s[j - 1]) != nullptr)))
                ++j;
            out.push_back({Tok::Number, {}, line});
            i = j;
        } else {
            const size_t n = i + 1 < s.size() && s[i + 1] == '=' && std::strchr("=~<>", c) != nullptr ? 2 : 1;
            out.push_back({Tok::Op, s.substr(i, n), line});
            i += n;
        }
    }
    return out;
}

bool is_op(const Token& t, const char* op) { return t.kind == Tok::Op && t.text == op; }
bool is_name(const Token& t, const char* name) { return t.kind == Tok::Name && t.text == name; }

struct Frame {
    SourceTable* table = nullptr;
    int nest = 0;              // ( [ and function/if/do ... end inside the current field
    bool field_start = true;   // the next token starts a field
    size_t value_start = 0;    // token index where the current field's value starts
    std::string key;           // the current field's name ("" for a positional or [expr] field)
    bool positional = false;
    size_t positions = 0;
};

}  // namespace

SourceIndex::SourceIndex(std::string_view source) {
    const std::vector<Token> t = tokenize(source);
    std::vector<Frame> stack;
    for (size_t i = 0; i < t.size(); ++i) {
        Frame* f = stack.empty() ? nullptr : &stack.back();
        if (f && f->field_start && !is_op(t[i], "}")) {
            f->field_start = false;
            f->key.clear();
            f->positional = false;
            if (t[i].kind == Tok::Name && i + 1 < t.size() && is_op(t[i + 1], "=")) {
                f->key = std::string(t[i].text);
                f->table->key_lines[f->key] = t[i].line;  // a repeated field: the last one counts, as in Lua
                f->value_start = i + 2;
            } else if (is_op(t[i], "[")) {
                f->value_start = SIZE_MAX;  // [expr] = value: not indexed
            } else {
                f->positional = true;
                ++f->positions;
                f->table->items.resize(f->positions, nullptr);
                f->value_start = i;
            }
        }
        if (is_op(t[i], "{")) {
            if (tables_.size() >= kMaxTables) break;
            tables_.push_back(std::make_unique<SourceTable>());
            SourceTable* table = tables_.back().get();
            table->line = t[i].line;
            // `naam "id" {` or `naam {`: a constructor call; `start` is where its expression begins.
            size_t start = i;
            const bool call = (i >= 2 && t[i - 1].kind == Tok::String && t[i - 2].kind == Tok::Name && (start = i - 2, true)) ||
                              (i >= 1 && t[i - 1].kind == Tok::Name && (start = i - 1, true));
            if (call) {
                calls_.emplace(t[start].line, table);
                calls_.emplace(t[i].line, table);
            }
            if (f && f->nest == 0) {
                if (i == f->value_start && !f->key.empty()) f->table->keyed[f->key] = table;
                else if (f->positional && (i == f->value_start || (call && start == f->value_start)))
                    f->table->items[f->positions - 1] = table;
            }
            Frame opened;
            opened.table = table;
            stack.push_back(std::move(opened));
            continue;
        }
        if (!f) continue;
        if (is_op(t[i], "}")) {
            stack.pop_back();
            continue;
        }
        if (is_op(t[i], "(") || is_op(t[i], "[") || is_name(t[i], "function") || is_name(t[i], "if") || is_name(t[i], "do") ||
            is_name(t[i], "repeat"))
            ++f->nest;
        else if ((is_op(t[i], ")") || is_op(t[i], "]") || is_name(t[i], "end") || is_name(t[i], "until")) && f->nest > 0)
            --f->nest;
        else if ((is_op(t[i], ",") || is_op(t[i], ";")) && f->nest == 0)
            f->field_start = true;
    }
}

const SourceTable* SourceIndex::definition_at(int line) const {
    auto it = calls_.find(line);
    return it == calls_.end() ? nullptr : it->second;
}

}  // namespace lwp::scripting
