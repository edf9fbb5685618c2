// The scenario loader's inner parts, shared by its files (not an interface for anyone else):
//   loader_lua.cpp          the DSL constructors the scenario calls (scenario{}, stap "id" {}, ...)
//   loader_fields.hpp       (this file) Ctx and Fields: one Lua table read into core types, typed
//   loader_read.cpp         conditions, checks, choices, the reference analysis, effects
//   loader_definitions.cpp  one reader per definition kind, in one table
//   loader.cpp              ScenarioRuntime (script conditions) and the public load functions
#pragma once

#include "scripting/loader.hpp"

#include "core/assess/check_probe.hpp"
#include "core/assess/kinds/kinds.hpp"
#include "core/model/field_reader.hpp"
#include "core/store/persistence.hpp"
#include "core/model/dsl_schema.hpp"
#include "scripting/source_index.hpp"
#include "core/store/folder.hpp"
#include "core/model/parse.hpp"
#include "core/fold/session.hpp"

#include <algorithm>
#include <cassert>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <lua.hpp>
#include <set>
#include <sstream>
#include <map>
#include <span>
#include <string_view>

namespace lwp::scripting::loader_detail {

using core::Diagnostic;
using core::SourceLoc;

constexpr const char* kDefsKey = "lwp.definities";  // registry: array of top-level definitions
constexpr const char* kChoicesKey = "lwp.keuzes";   // registry: array of all keuze definitions

// ---------------------------------------------------------------------------------------------
// 2. Fields: typed, raw (metamethod-free) reads from one table, reporting problems by line.
// ---------------------------------------------------------------------------------------------

// Diagnostics per file are capped: a hostile file can otherwise pass one table with thousands of
// unknown keys to a constructor thousands of times (millions of messages, host memory outside the
// sandbox's cap). The first kMaxDiagnostics errors and warnings are kept (counted apart, so many
// warnings never hide an error), then one line of each level says the rest was left out.
constexpr std::size_t kMaxDiagnostics = 200;
// Conditions nest (alle / een_van / niet); real ones are a few levels deep. Deeper (or cyclic)
// tables are refused before they exhaust the Lua stack or the C stack.
constexpr int kMaxConditionDepth = 16;
// Host memory: the sandbox caps what the script holds, but one Lua string can be referenced from
// hundreds of fields for free and the host copies it each time. Every text, id and list element
// the host copies out of Lua is charged here (its bytes plus a per-element overhead, so a list of
// millions of empty strings counts too); past the budget the loader stops copying and says so.
constexpr std::size_t kMaxHostCopyBytes = 32u << 20;
constexpr std::size_t kCopyOverhead = 32;
// Diagnostics quote what they found; each message is clipped (core::clip_text).
constexpr std::size_t kMaxDiagnosticBytes = 400;
// A criterion's weight: a few points; the sum over every criterion must stay a finite number.
constexpr double kMaxWeight = 1000;

struct Ctx {
    lua_State* L;
    std::string file;
    std::vector<Diagnostic>& out;
    ScenarioRuntime* runtime;
    const SourceIndex* source = nullptr;  // where each field is written, for its own line
    int condition_depth = 0;
    bool scoring = false;  // reading a criterium: its functions run under the check budget
    std::size_t errors = 0, warnings = 0;
    std::size_t copied = 0;  // bytes charged to kMaxHostCopyBytes
    bool copy_refused = false;
    // Texts without English (reported by report_missing_english once the file is read) and the
    // number of texts that have it.
    std::vector<Diagnostic> missing_english = {};
    std::size_t english_texts = 0;

    bool errors_full() const { return errors > kMaxDiagnostics; }
    void report(Diagnostic d) {
        std::size_t& count = d.level == Diagnostic::Level::Error ? errors : warnings;
        d.message = core::clip_text(std::move(d.message), kMaxDiagnosticBytes);
        if (count < kMaxDiagnostics) out.push_back(std::move(d));
        else if (count == kMaxDiagnostics)
            out.push_back({d.level, d.loc, "meer dan " + std::to_string(kMaxDiagnostics) + " meldingen van dit soort; de rest is weggelaten"});
        ++count;
    }
    // The string at `index` (embedded NULs kept), charged to the host budget; "" once it is spent.
    std::string copy(int index, const SourceLoc& loc) {
        std::size_t len = 0;
        const char* p = lua_tolstring(L, index, &len);
        if (p == nullptr) return {};
        if (len + kCopyOverhead > kMaxHostCopyBytes - std::min(copied, kMaxHostCopyBytes)) {
            if (!copy_refused)
                report({Diagnostic::Level::Error, loc,
                        "scenario laat het programma meer dan " + std::to_string(kMaxHostCopyBytes >> 20) +
                            " MB aan teksten en lijsten kopiëren (wordt één tekst heel vaak hergebruikt?); de rest is niet gelezen"});
            copy_refused = true;
            copied = kMaxHostCopyBytes;
            return {};
        }
        copied += len + kCopyOverhead;
        return std::string(p, len);
    }
};

inline const char* type_word(int type) {
    switch (type) {
        case LUA_TSTRING: return "tekst";
        case LUA_TNUMBER: return "een getal";
        case LUA_TBOOLEAN: return "true/false";
        case LUA_TTABLE: return "een tabel";
        case LUA_TFUNCTION: return "een functie";
        case LUA_TNIL: return "leeg";
        default: return "iets anders";
    }
}

// The fields of one table of construct `schema` (core/model/dsl_schema.hpp). Construction checks every
// key against the schema: unknown, wrongly typed and missing required fields are errors; a
// wrongly typed field then reads as absent (push gives nil), so no reader reports it twice or
// silently uses part of it. The kinds' files read their check fields through core::FieldReader.
class Fields final : public core::FieldReader {
public:
    // `node`: where this table is written (nullptr when the index does not know it).
    Fields(Ctx& ctx, int index, SourceLoc loc, std::string what, const char* schema, const SourceTable* node = nullptr)
        : c_(ctx), t_(lua_absindex(ctx.L, index)), loc_(std::move(loc)), what_(std::move(what)), schema_(core::dsl::construct(schema)),
          node_(node) {
        assert(schema_ && "construct missing from core/model/dsl_schema.cpp");
        check_keys();
    }

    const SourceLoc& loc() const { return loc_; }
    const std::string& what() const { return what_; }
    void error(const std::string& msg) override { c_.report({Diagnostic::Level::Error, loc_, msg}); }
    void warn(const std::string& msg) { c_.report({Diagnostic::Level::Warning, loc_, msg}); }
    // Where field `key` is written (its own line), else this table's line.
    SourceLoc at(const char* key) const {
        const int line = node_ ? node_->line_of(key) : 0;
        return line ? SourceLoc{loc_.file, line} : loc_;
    }
    void error_at(const char* key, const std::string& msg) override { c_.report({Diagnostic::Level::Error, at(key), msg}); }
    // The table written as the value of `key`, and where it starts.
    const SourceTable* node_of(const char* key) const { return node_ ? node_->child(key) : nullptr; }
    SourceLoc table_loc(const char* key) const {
        const SourceTable* t = node_of(key);
        return t && t->line ? SourceLoc{loc_.file, t->line} : at(key);
    }
    // Item i (0-based) of the list written as the value of `key`.
    const SourceTable* item_of(const char* key, size_t i) const {
        const SourceTable* t = node_of(key);
        return t ? t->item(i) : nullptr;
    }
    SourceLoc item_loc(const char* key, size_t i) const {
        const SourceTable* t = item_of(key, i);
        return t && t->line ? SourceLoc{loc_.file, t->line} : at(key);
    }

    // Pushes field `key` (raw) and returns its type; the caller pops. A field of the wrong type
    // (already reported) pushes nil.
    int push(const char* key) {
        if (std::find(bad_.begin(), bad_.end(), key) != bad_.end()) {
            lua_pushnil(c_.L);
            return LUA_TNIL;
        }
        lua_pushstring(c_.L, key);
        return lua_rawget(c_.L, t_);
    }

    std::string str(const char* key) override {
        std::string out;
        int type = push(key);
        if (type == LUA_TSTRING) out = c_.copy(-1, loc_);
        else if (type != LUA_TNIL) error_at(key, wrong_type(key, "tekst", type));
        lua_pop(c_.L, 1);
        return out;
    }

    // A Dutch text, with its English version from en = { key = ... } when present.
    core::Text text(const char* key) {
        assert(core::dsl::field(*schema_, key) && core::dsl::field(*schema_, key)->type == core::dsl::Type::Translatable);
        core::Text t{str(key), {}};
        t.line = at(key).line;  // lint points at the text itself, not at its block's header
        if (push("en") == LUA_TTABLE) {
            lua_pushstring(c_.L, key);
            if (lua_rawget(c_.L, -2) == LUA_TSTRING) {
                t.en = c_.copy(-1, loc_);
                const SourceTable* en = node_of("en");
                t.en_line = en && en->line_of(key) ? en->line_of(key) : at("en").line;
            }
            lua_pop(c_.L, 1);
        }
        lua_pop(c_.L, 1);
        if (!t.en.empty()) ++c_.english_texts;
        else if (!t.nl.empty())
            c_.missing_english.push_back({Diagnostic::Level::Warning, at(key),
                                          "geen Engelse tekst voor '" + std::string(key) + "' in " + what_ + ": zet die in en = { " + key +
                                              " = \"...\" } (handleiding §8); in het Engels toont het programma nu het Nederlands"});
        return t;
    }

    double num(const char* key, double fallback, bool* present = nullptr) override {
        double out = fallback;
        int type = push(key);
        bool found = false;
        if (type == LUA_TNUMBER) {
            // inf and nan (1/0, 0/0, math.huge) would poison comparisons, meters and scores.
            const double v = lua_tonumber(c_.L, -1);
            found = std::isfinite(v);
            if (found) out = v;
            else error_at(key, "veld '" + std::string(key) + "' in " + what_ + " moet een gewoon getal zijn, niet oneindig of ongedefinieerd");
        } else if (type != LUA_TNIL) error_at(key, wrong_type(key, "een getal", type));
        if (present) *present = found;
        lua_pop(c_.L, 1);
        return out;
    }

    // A whole number in [lo, hi]; anything else is reported and gives `fallback`. (Casting an
    // out-of-range double to int is undefined behaviour; the fuzzer found `api = 1/0`.)
    int whole(const char* key, int fallback, int lo, int hi) override {
        bool present = false;
        const double v = num(key, fallback, &present);
        if (!present) return fallback;
        if (v < lo || v > hi || v != std::floor(v)) {
            error_at(key, "veld '" + std::string(key) + "' in " + what_ + " moet een geheel getal van " + std::to_string(lo) + " tot en met " +
                  std::to_string(hi) + " zijn");
            return fallback;
        }
        return static_cast<int>(v);
    }

    bool boolean(const char* key, bool fallback) override {
        bool out = fallback;
        int type = push(key);
        if (type == LUA_TBOOLEAN) out = lua_toboolean(c_.L, -1);
        else if (type != LUA_TNIL) error_at(key, wrong_type(key, "true of false", type));
        lua_pop(c_.L, 1);
        return out;
    }

    // A list of ids: { "a", "b" }. A single string is accepted as a list of one.
    // Dutch texts with their English versions from en = { key = { ... } }, in the same order. A text
    // without its English version is reported as text() does; more English than Dutch is an error.
    std::vector<core::Text> text_list(const char* key) {
        std::vector<core::Text> out;
        for (auto& nl : list(key)) out.push_back({std::move(nl), {}});
        std::vector<std::string> en;
        if (push("en") == LUA_TTABLE) {
            lua_pushstring(c_.L, key);
            lua_rawget(c_.L, -2);
            en = list_at_top(key);  // the en = { ... } check reported a value of the wrong type
            lua_pop(c_.L, 1);
        }
        lua_pop(c_.L, 1);
        if (en.size() > out.size())
            error_at(key, "en." + std::string(key) + " in " + what_ + " heeft " + std::to_string(en.size()) + " teksten, '" + key + "' maar " +
                              std::to_string(out.size()) + ": geef bij elke Nederlandse tekst één Engelse, in dezelfde volgorde");
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (i < en.size()) {
                out[i].en = std::move(en[i]);
                ++c_.english_texts;
            } else if (!out[i].nl.empty()) {
                c_.missing_english.push_back({Diagnostic::Level::Warning, at(key),
                                              "geen Engelse tekst voor '" + std::string(key) + "' nr. " + std::to_string(i + 1) + " in " + what_ +
                                                  ": zet die in en = { " + key + " = { \"...\" } } (handleiding §8); in het Engels toont het programma nu het Nederlands"});
            }
        }
        return out;
    }

    std::vector<std::string> list(const char* key) override {
        const int type = push(key);
        std::vector<std::string> out = list_at_top(key);
        if (type != LUA_TSTRING && type != LUA_TTABLE && type != LUA_TNIL) error_at(key, wrong_type(key, "een lijst", type));
        lua_pop(c_.L, 1);
        return out;
    }

    // The texts of the value on top of the stack (one string, or a list of strings) for field `key`.
    std::vector<std::string> list_at_top(const char* key) {
        std::vector<std::string> out;
        if (lua_type(c_.L, -1) == LUA_TSTRING) out.push_back(c_.copy(-1, loc_));
        else if (lua_type(c_.L, -1) == LUA_TTABLE) {
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(c_.L, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                if (c_.copy_refused) break;
                if (lua_rawgeti(c_.L, -1, i) == LUA_TSTRING) out.push_back(c_.copy(-1, loc_));
                else error_at(key, "'" + std::string(key) + "' in " + what_ + " moet een lijst met teksten zijn, zoals { \"a\", \"b\" }");
                lua_pop(c_.L, 1);
            }
        }
        return out;
    }

    core::CaseDate date(const char* key) {
        std::string s = str(key);
        if (s.empty()) return {};
        auto d = core::parse_case_date(s);
        if (!d) {
            error_at(key, "'" + std::string(key) + "' in " + what_ + " is geen geldige datum: '" + s +
                  "' (gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD, of een periode JJJJ-MM/JJJJ-MM)");
            return {};
        }
        return *d;
    }

    // The checks listed in field `key` (loader_read.cpp: read_check for each).
    bool checks(const char* key, const std::string& where, std::vector<core::Check>& out) override;

private:
    bool open_table(const char* key, const std::string& what, const char* schema, TableFn call, void* fn) override {
        const bool table = push(key) == LUA_TTABLE;
        if (table) {
            Fields t(c_, -1, table_loc(key), what, schema, node_of(key));
            call(fn, t);
        }
        lua_pop(c_.L, 1);
        return table;
    }

    std::string wrong_type(const char* key, const char* expected, int type) {
        return "veld '" + std::string(key) + "' in " + what_ + " moet " + expected + " zijn, niet " + type_word(type);
    }

    void check_keys() {
        lua_State* L = c_.L;
        if (c_.errors_full()) return;  // every finding here is an error, and no more are kept
        lua_pushnil(L);
        while (lua_next(L, t_) != 0) {
            const int value_type = lua_type(L, -1);
            lua_pop(L, 1);  // value; key stays for lua_next
            if (lua_type(L, -1) == LUA_TSTRING) {
                size_t key_len = 0;
                const char* key_chars = lua_tolstring(L, -1, &key_len);
                const std::string_view key(key_chars, key_len);  // not copied: a key may be 16 MB
                if (key == "en") {
                    check_english();
                    continue;
                }
                if (key.rfind("__", 0) == 0) continue;  // the constructor's own tags
                const core::dsl::Field* field = core::dsl::field(*schema_, key);
                const std::string shown(key.substr(0, kMaxDiagnosticBytes));  // what a message may quote of it
                if (!field) {
                    // One error per cause: a misspelt field is named with what it meant, and that
                    // field is not reported missing as well.
                    if (const core::dsl::Field* meant = core::dsl::near_field(*schema_, key)) {
                        error_at(shown.c_str(), "onbekend veld '" + shown + "' in " + what_ + ": bedoel je '" + meant->name + "'?");
                        bad_.push_back(meant->name);
                    } else {
                        std::string hint;
                        bool translatable = false;
                        for (const auto& a : schema_->fields) {
                            hint += std::string(hint.empty() ? "" : ", ") + a.name;
                            translatable = translatable || core::dsl::translatable(a.type);
                        }
                        if (translatable) hint += ", en";  // the English versions, en = { ... }
                        error_at(shown.c_str(), "onbekend veld '" + shown + "' in " + what_ + " (bekende velden: " + hint + ")");
                    }
                } else if (!core::dsl::accepts(field->type, lua_typename(L, value_type))) {
                    error_at(shown.c_str(), wrong_type(shown.c_str(), core::dsl::type_words(field->type), value_type));
                    bad_.push_back(field->name);
                }
            } else if (!(schema_->array_part && lua_type(L, -1) == LUA_TNUMBER)) {
                error(what_ + " bevat een waarde zonder veldnaam; schrijf veld = waarde");
            }
        }
        for (const auto& field : schema_->fields) {
            if (!field.required || std::find(bad_.begin(), bad_.end(), field.name) != bad_.end()) continue;
            lua_pushstring(L, field.name);
            if (lua_rawget(L, t_) == LUA_TNIL) error(what_ + " mist het veld '" + field.name + "'");
            lua_pop(L, 1);
        }
    }

    // en = { titel = "..." }: only translations of this block's own fields, as text.
    void check_english() {
        lua_State* L = c_.L;
        if (push("en") != LUA_TTABLE) {
            error("'en' in " + what_ + " moet een tabel zijn, zoals en = { titel = \"...\" }");
            lua_pop(L, 1);
            return;
        }
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {  // en, key, value
            const int value_type = lua_type(L, -1);
            const bool text = value_type == LUA_TSTRING;
            lua_pop(L, 1);              // en, key
            size_t key_len = 0;
            const char* key_chars = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &key_len) : "?";
            const std::string key(key_chars, std::min(key_len == 0 && key_chars[0] == '?' ? 1 : key_len, kMaxDiagnosticBytes));  // not kept
            const SourceTable* en = node_of("en");
            const int line = en ? en->line_of(key) : 0;
            const SourceLoc at = line ? SourceLoc{loc_.file, line} : this->at("en");
            const core::dsl::Field* field = core::dsl::field(*schema_, key);
            if (!field)
                c_.report({Diagnostic::Level::Error, at, "onbekend veld '" + key + "' in en = { ... } van " + what_});
            else if (!core::dsl::translatable(field->type)) {
                std::string which;
                for (const auto& f : schema_->fields)
                    if (core::dsl::translatable(f.type)) which += (which.empty() ? "" : ", ") + std::string(f.name);
                c_.report({Diagnostic::Level::Error, at,
                           "veld '" + key + "' van " + what_ + " heeft geen Engelse versie in en = { ... }" +
                               (which.empty() ? std::string() : " (wel: " + which + ")")});
            } else if (!text && !(field->type == core::dsl::Type::TextList && value_type == LUA_TTABLE))
                c_.report({Diagnostic::Level::Error, at,
                           "en." + key + " in " + what_ + (field->type == core::dsl::Type::TextList ? " moet een lijst met teksten zijn" : " moet tekst zijn")});
        }
        lua_pop(L, 1);
    }

    Ctx& c_;
    int t_;
    SourceLoc loc_;
    std::string what_;
    const core::dsl::Construct* schema_;
    const SourceTable* node_;
    std::vector<const char*> bad_;  // fields of the wrong type (reported): read as absent
};

// --- shared by the files of the loader ------------------------------------------------------------
bool plain_id(std::string_view id);
void install_constructors(lua_State* L);
std::string tag_string(lua_State* L, int index, const char* key);
int tag_line(lua_State* L, int index);
void read_status_values(Fields& f, std::map<std::string, std::string>& out);
void read_sets(Ctx& c, Fields& f, core::StatusChanges& out);
void read_effects(Ctx& c, Fields& f, std::map<std::string, double>& out);
core::Condition read_condition_value(Ctx& c, int index, const SourceLoc& loc, const std::string& where,
                                     const SourceTable* node = nullptr);
core::Choice read_choice(Ctx& c, int index, const std::string& step_id);
void read_reference(Ctx& c, int index, const SourceLoc& loc, core::Scenario& s, const SourceTable* node);
core::Check read_check(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node = nullptr);

// Reads each item of the list `key` that `parent.push(key)` left on the stack with `read` (a
// condition or check reader: read(c, index, loc, where, node)), each with its own source place.
template <typename T, typename Read>
void read_items(Ctx& c, Fields& parent, const char* key, const std::string& where, std::vector<T>& out, Read read) {
    lua_State* L = c.L;
    const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, -1, i);
        const size_t at = static_cast<size_t>(i - 1);
        out.push_back(read(c, -1, parent.item_loc(key, at), where, parent.item_of(key, at)));
        lua_pop(L, 1);
    }
}

// Calls `fn` for each table in the array part of field `key` (raw), with a Fields for it.
template <typename Fn>
void each_table(Ctx& c, Fields& parent, const char* key, const std::string& what, const char* schema, Fn fn) {
    lua_State* L = c.L;
    int t = parent.push(key);
    if (t == LUA_TTABLE) {
        lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n; ++i) {
            if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
                const size_t at = static_cast<size_t>(i - 1);
                Fields item(c, -1, parent.item_loc(key, at), what + " " + std::to_string(i), schema, parent.item_of(key, at));
                fn(item);
            } else parent.error_at(key, "'" + std::string(key) + "' in " + parent.what() + " is een lijst van tabellen { ... }");
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

// One top-level definition (a tagged table at `index`) read into `s`; `used_choices` collects the
// keuze tables its steps took (the rest are reported as stray).
void read_definition(Ctx& c, int index, core::Scenario& s, std::set<const void*>& used_choices);
// The definition kinds, in the order the constructors are installed: `named` kinds are written
// `kind "id" { ... }`, the others `kind { ... }`.
struct DefinitionKind {
    const char* kind;
    bool named;
};
std::span<const DefinitionKind> definition_kinds();

}  // namespace lwp::scripting::loader_detail
