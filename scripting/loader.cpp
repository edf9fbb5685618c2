// Scenario loader. Index of this file:
//   1. DSL constructors (C functions the scenario calls: scenario{}, stap "id" {}, ...)
//   2. Fields: reading one Lua table into core types, with typo and type checks
//   3. Conversion of each definition kind
//   4. ScenarioRuntime (script conditions) and the public load functions
#include "scripting/loader.hpp"

#include "core/assess/check_probe.hpp"
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

namespace lwp::scripting {

using core::Diagnostic;
using core::SourceLoc;

namespace {

constexpr const char* kDefsKey = "lwp.definities";  // registry: array of top-level definitions
constexpr const char* kChoicesKey = "lwp.keuzes";   // registry: array of all keuze definitions

// ---------------------------------------------------------------------------------------------
// 1. DSL constructors. No C++ objects with destructors live in these frames: they may raise
//    Lua errors (longjmp).
// ---------------------------------------------------------------------------------------------

void append_to_registry_list(lua_State* L, const char* key, int value_index) {
    value_index = lua_absindex(L, value_index);
    lua_getfield(L, LUA_REGISTRYINDEX, key);           // list
    lua_pushvalue(L, value_index);                     // list, value
    lua_rawseti(L, -2, static_cast<lua_Integer>(lua_rawlen(L, -2)) + 1);  // list
    lua_pop(L, 1);
}

int caller_line(lua_State* L) {
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) return ar.currentline;
    return 0;
}

bool plain_id(std::string_view id) {
    return !id.empty() && id.size() <= 80 &&
           std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// Second half of `stap "id" { ... }`: upvalues kind, id, line. Tags the table and records it.
int define_body(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (!lua_istable(L, 1))
        return luaL_error(L, "%s \"%s\" verwacht een tabel: %s \"%s\" { ... }", kind, lua_tostring(L, lua_upvalueindex(2)),
                          kind, lua_tostring(L, lua_upvalueindex(2)));
    lua_settop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setfield(L, 1, "__soort");
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_setfield(L, 1, "__id");
    lua_pushvalue(L, lua_upvalueindex(3));
    lua_setfield(L, 1, "__regel");
    append_to_registry_list(L, std::strcmp(kind, "keuze") == 0 ? kChoicesKey : kDefsKey, 1);
    return 1;  // the table, so keuze "x" { } can stand inside a stap
}

// First half: `stap "id"` returns a function that takes the table. Upvalue: kind.
int define_named(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "%s verwacht eerst een id tussen aanhalingstekens: %s \"naam\" { ... }", kind, kind);
    size_t len = 0;
    const char* id = lua_tolstring(L, 1, &len);
    if (len == 0 || len > 80) return luaL_error(L, "%s: id moet 1 tot 80 tekens lang zijn", kind);
    if (!plain_id(std::string_view(id, len)))
        return luaL_error(L, "%s \"%s\": een id bestaat uit kleine letters, cijfers en _ (geen spaties of accenten)", kind, id);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, caller_line(L));
    lua_pushcclosure(L, define_body, 3);
    return 1;
}

// `scenario { ... }` and `referentie { ... }` have no separate id. Upvalue: kind.
int define_unnamed(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (!lua_istable(L, 1)) return luaL_error(L, "%s verwacht een tabel: %s { ... }", kind, kind);
    lua_settop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setfield(L, 1, "__soort");
    lua_pushinteger(L, caller_line(L));
    lua_setfield(L, 1, "__regel");
    append_to_registry_list(L, kDefsKey, 1);
    return 0;
}

void install_constructors(lua_State* L) {
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kDefsKey);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kChoicesKey);
    for (const char* kind : {"scenario", "referentie"}) {
        lua_pushstring(L, kind);
        lua_pushcclosure(L, define_unnamed, 1);
        lua_setglobal(L, kind);
    }
    for (const char* kind : {"persoon", "document", "feit", "variabele", "stap", "keuze", "einde", "criterium", "reflectie", "dossier"}) {
        lua_pushstring(L, kind);
        lua_pushcclosure(L, define_named, 1);
        lua_setglobal(L, kind);
    }
}

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

const char* type_word(int type) {
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
// silently uses part of it.
class Fields {
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
    void error(const std::string& msg) { c_.report({Diagnostic::Level::Error, loc_, msg}); }
    void warn(const std::string& msg) { c_.report({Diagnostic::Level::Warning, loc_, msg}); }
    // Where field `key` is written (its own line), else this table's line.
    SourceLoc at(const char* key) const {
        const int line = node_ ? node_->line_of(key) : 0;
        return line ? SourceLoc{loc_.file, line} : loc_;
    }
    void error_at(const char* key, const std::string& msg) { c_.report({Diagnostic::Level::Error, at(key), msg}); }
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

    std::string str(const char* key) {
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

    double num(const char* key, double fallback, bool* present = nullptr) {
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
    int whole(const char* key, int fallback, int lo, int hi) {
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

    bool boolean(const char* key, bool fallback) {
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

    std::vector<std::string> list(const char* key) {
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

private:
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

// ---------------------------------------------------------------------------------------------
// 3. Conversion of each definition kind.
// ---------------------------------------------------------------------------------------------

std::string tag_string(lua_State* L, int index, const char* key) {
    std::string out;
    lua_pushstring(L, key);
    if (lua_rawget(L, index) == LUA_TSTRING) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    return out;
}

int tag_line(lua_State* L, int index) {
    lua_pushstring(L, "__regel");
    int line = lua_rawget(L, index) == LUA_TNUMBER ? static_cast<int>(lua_tointeger(L, -1)) : 0;
    lua_pop(L, 1);
    return line;
}

core::Condition read_condition(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node);

// fase / product / regie of table `f` into `out`, each value checked against its list.
void read_status_values(Fields& f, std::map<std::string, std::string>& out) {
    for (const auto& k : core::person_status_keys()) {
        const std::string v = f.str(k.key);
        if (v.empty()) continue;
        if (core::valid_status_value(k.key, v)) {
            out[k.key] = v;
            continue;
        }
        std::string known;
        for (const char* x : k.values) known += (known.empty() ? "" : ", ") + std::string(x);
        f.error_at(k.key, "'" + std::string(k.key) + "' in " + f.what() + " is onbekend: '" + v + "' (" + known + ")");
    }
}

// zet = { persoon_id = { fase = ..., product = ..., regie = ... } }
void read_sets(Ctx& c, Fields& f, core::StatusChanges& out) {
    lua_State* L = c.L;
    if (f.push("zet") == LUA_TTABLE) {
        const SourceTable* node = f.node_of("zet");
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TTABLE) {
                const std::string person = c.copy(-2, f.loc());
                const SourceTable* item = node ? node->child(person) : nullptr;
                const int line = node ? node->line_of(person) : 0;
                Fields z(c, -1, line ? SourceLoc{f.loc().file, line} : f.table_loc("zet"), "zet van '" + person + "' in " + f.what(), "zet", item);
                std::map<std::string, std::string> values;
                const std::size_t errors = c.errors;
                read_status_values(z, values);
                if (values.empty() && c.errors == errors) z.error("zet van '" + person + "' in " + f.what() + " noemt geen fase, product of regie");
                else out[person] = std::move(values);
            } else {
                f.error_at("zet", "'zet' in " + f.what() + " heeft de vorm { persoon_id = { product = \"2b\", regie = \"gi\" } }");
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

// gevolg = { meter = verandering }
void read_effects(Ctx& c, Fields& f, std::map<std::string, double>& out) {
    lua_State* L = c.L;
    if (f.push("gevolg") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TNUMBER)
                if (std::isfinite(lua_tonumber(L, -1))) out[c.copy(-2, f.loc())] = lua_tonumber(L, -1);
                else f.error_at("gevolg", "'gevolg' in " + f.what() + " moet gewone getallen bevatten, niet oneindig of ongedefinieerd");
            else f.error_at("gevolg", "'gevolg' in " + f.what() + " moet de vorm { variabele = getal } hebben, bijvoorbeeld { vertrouwen_gezin = -1 }");
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

// verloop = { variabele = "..." | taxatie = true, ooit_onder = 4, ... }: false (reported) when absent or broken.
bool read_history(Ctx& c, Fields& f, const std::string& where, core::HistoryTest& h) {
    lua_State* L = c.L;
    bool ok = false;
    if (f.push("verloop") == LUA_TTABLE) {
        Fields v(c, -1, f.table_loc("verloop"), "verloop in " + where, "verloop", f.node_of("verloop"));
        h.var = v.str("variabele");
        const bool taxatie = v.boolean("taxatie", false);
        ok = true;
        if (h.var.empty() == !taxatie) {
            v.error("verloop in " + where + " noemt precies één van 'variabele' (een meter) en 'taxatie = true'");
            ok = false;
        }
        bool any = false, present = false;
        h.ever_below = v.num("ooit_onder", 1e300, &present), any = any || present;
        h.ever_above = v.num("ooit_boven", -1e300, &present), any = any || present;
        h.never_below = v.num("nooit_onder", -1e300, &present), any = any || present;
        h.never_above = v.num("nooit_boven", 1e300, &present), any = any || present;
        h.fell_since = v.str("gedaald_sinds");
        h.rose_since = v.str("gestegen_sinds");
        any = any || !h.fell_since.empty() || !h.rose_since.empty();
        if (!any) {
            v.error("verloop in " + where + " heeft een toets nodig: ooit_onder, ooit_boven, nooit_onder, nooit_boven, gedaald_sinds of gestegen_sinds");
            ok = false;
        }
    }
    lua_pop(L, 1);
    return ok;
}

// The value at `index` is a condition: a function, or a table of declarative tests.
core::Condition read_condition_value(Ctx& c, int index, const SourceLoc& loc, const std::string& where,
                                     const SourceTable* node = nullptr) {
    lua_State* L = c.L;
    index = lua_absindex(L, index);
    core::Condition cond;
    cond.loc = loc;
    if (lua_isfunction(L, index)) {
        cond.kind = core::Condition::Kind::Script;
        lua_pushvalue(L, index);
        cond.script = luaL_ref(L, LUA_REGISTRYINDEX);
        c.runtime->describe_function(cond.script, "voorwaarde van " + where + " (" + loc.str() + ")", c.scoring);
        return cond;
    }
    if (lua_istable(L, index)) {
        // Each level keeps a few values on the Lua stack; a cycle would never end.
        if (c.condition_depth >= kMaxConditionDepth || !lua_checkstack(L, 8)) {
            c.report({Diagnostic::Level::Error, loc,
                      "voorwaarde in " + where + " is meer dan " + std::to_string(kMaxConditionDepth) +
                          " niveaus diep genest (of verwijst naar zichzelf)"});
            return cond;
        }
        ++c.condition_depth;
        core::Condition out = read_condition(c, index, loc, where, node);
        --c.condition_depth;
        return out;
    }
    c.report({Diagnostic::Level::Error, loc,
                     "'als' in " + where + " moet een tabel zijn, zoals { feit = \"...\" }, of een functie"});
    return cond;
}

core::Condition read_condition(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node) {
    using K = core::Condition::Kind;
    lua_State* L = c.L;
    index = lua_absindex(L, index);
    const std::size_t errors = c.errors;  // one error per cause: no "is leeg" after a wrong field
    Fields f(c, index, loc, "voorwaarde van " + where, "voorwaarde", node);
    std::vector<core::Condition> parts;
    auto simple = [&](const char* key, K kind) {
        std::string ref = f.str(key);
        if (!ref.empty()) parts.push_back({kind, ref, -1e300, 1e300, {}, -1, loc});
    };
    simple("feit", K::FactKnown);
    simple("keuze", K::ChoiceTaken);
    simple("niet_keuze", K::ChoiceNotTaken);
    simple("gelezen", K::DocumentRead);
    simple("bezocht", K::StepVisited);
    if (std::string var = f.str("variabele"); !var.empty()) {
        bool has_min = false, has_max = false;
        double lo = f.num("min", -1e300, &has_min), hi = f.num("max", 1e300, &has_max);
        if (!has_min && !has_max) f.error_at("variabele", "voorwaarde op variabele '" + var + "' in " + where + " heeft 'min' en/of 'max' nodig");
        parts.push_back({K::VarRange, var, lo, hi, {}, -1, loc});
    }
    auto group = [&](const char* key, K kind) {
        if (f.push(key) == LUA_TTABLE) {
            core::Condition g{kind, {}, -1e300, 1e300, {}, -1, loc};
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, -1, i);
                g.children.push_back(read_condition_value(c, -1, f.item_loc(key, static_cast<size_t>(i - 1)), where,
                                                          f.item_of(key, static_cast<size_t>(i - 1))));
                lua_pop(L, 1);
            }
            parts.push_back(std::move(g));
        }
        lua_pop(L, 1);
    };
    group("alle", K::All);
    group("een_van", K::Any);
    {
        const std::string person = f.str("persoon");
        std::map<std::string, std::string> values;
        read_status_values(f, values);
        if (person.empty() && !values.empty())
            f.error("voorwaarde in " + where + " op fase, product of regie noemt ook de 'persoon'");
        else if (!person.empty() && values.empty())
            f.error_at("persoon", "voorwaarde op persoon '" + person + "' in " + where + " noemt 'fase', 'product' of 'regie'");
        for (const auto& [key, value] : values)
            if (!person.empty()) {
                core::Condition x{K::PersonStatus, person, -1e300, 1e300, {}, -1, loc};
                x.key = key;
                x.value = value;
                parts.push_back(std::move(x));
            }
        core::Condition h{K::History, {}, -1e300, 1e300, {}, -1, loc};
        if (read_history(c, f, where, h.history)) parts.push_back(std::move(h));
    }
    int not_type = f.push("niet");
    if (not_type == LUA_TTABLE || not_type == LUA_TFUNCTION)
        parts.push_back({K::Not, {}, -1e300, 1e300, {read_condition_value(c, -1, f.table_loc("niet"), where, f.node_of("niet"))}, -1, loc});
    lua_pop(L, 1);
    if (parts.empty()) {
        if (c.errors == errors) f.error("voorwaarde in " + where + " is leeg");
        return {};
    }
    if (parts.size() == 1) return parts.front();
    return core::Condition{K::All, {}, -1e300, 1e300, std::move(parts), -1, loc};
}

core::Choice read_choice(Ctx& c, int index, const std::string& step_id) {
    lua_State* L = c.L;
    core::Choice ch;
    ch.id = tag_string(L, index, "__id");
    ch.loc = {c.file, tag_line(L, index)};
    const std::string where = "keuze '" + ch.id + "' in stap '" + step_id + "'";
    Fields f(c, index, ch.loc, where, "keuze", c.source ? c.source->definition_at(ch.loc.line) : nullptr);
    ch.spoke_with = f.list("gesproken_met");
    ch.sources = f.list("bron");
    ch.text = f.text("tekst");
    ch.feedback = f.text("feedback");
    ch.reveals = f.list("onthult");
    ch.tags = f.list("tags");
    if (int t = f.push("als"); t != LUA_TNIL) ch.when = read_condition_value(c, -1, f.table_loc("als"), where, f.node_of("als"));
    lua_pop(L, 1);
    read_effects(c, f, ch.effects);
    read_sets(c, f, ch.sets);
    const int t = f.push("naar");
    if (t == LUA_TSTRING) ch.routes.push_back({{}, c.copy(-1, ch.loc)});
    else if (t == LUA_TTABLE) {
        lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n; ++i) {
            if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
                f.error_at("naar", "elke route in 'naar' van " + where + " is een tabel: { als = { ... }, naar = \"stap\" }");
            } else {
                const size_t at = static_cast<size_t>(i - 1);
                Fields rf(c, -1, f.item_loc("naar", at), "route " + std::to_string(i) + " van " + where, "route", f.item_of("naar", at));
                core::Route route;
                route.target = rf.str("naar");
                if (rf.push("als") != LUA_TNIL) route.when = read_condition_value(c, -1, rf.table_loc("als"), where, rf.node_of("als"));
                lua_pop(L, 1);
                ch.routes.push_back(std::move(route));
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return ch;
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

// referentie { tijdlijn = {...}, patroon = {...}, veiligheid = {...}, eindsituatie = {...} }
void read_reference(Ctx& c, int index, const SourceLoc& loc, core::Scenario& s, const SourceTable* node) {
    lua_State* L = c.L;
    core::ExpertReference& r = s.reference;
    if (r.present) {
        c.report({Diagnostic::Level::Error, loc, "het bestand bevat meer dan één referentie { ... }"});
        return;
    }
    r.present = true;
    r.loc = loc;
    Fields f(c, index, loc, "referentie", "referentie", node);
    if (f.push("tijdlijn") == LUA_TTABLE) {
        Fields t(c, -1, f.table_loc("tijdlijn"), "referentie.tijdlijn", "referentie.tijdlijn", f.node_of("tijdlijn"));
        r.timeline_facts = t.list("feiten");
        r.first = t.str("eerste");
        r.latest = t.str("laatste");
        r.worst = t.str("ergste");
        r.direct_request = t.text("hulpvraag_direct");
        r.underlying_request = t.text("hulpvraag_onderliggend");
    }
    lua_pop(L, 1);
    if (f.push("patroon") == LUA_TTABLE) {
        Fields p(c, -1, f.table_loc("patroon"), "referentie.patroon", "referentie.patroon", f.node_of("patroon"));
        r.sentence = p.text("zin");
        r.noble_intention = p.text("intentie");
        each_table(c, p, "factoren", "factor", "referentie.factor", [&](Fields& x) {
            r.factors.push_back({x.str("id"), x.str("gebied"), x.str("persoon"), x.text("tekst"), x.list("feiten")});
        });
        if (p.push("pijlen") == LUA_TTABLE) {
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, -1, i);
                std::string from, to;
                if (lua_istable(L, -1)) {
                    if (lua_rawgeti(L, -1, 1) == LUA_TSTRING) from = c.copy(-1, loc);
                    if (lua_rawgeti(L, -2, 2) == LUA_TSTRING) to = c.copy(-1, loc);
                    lua_pop(L, 2);
                }
                if (from.empty() || to.empty()) p.error_at("pijlen", "elke pijl in referentie.patroon.pijlen heeft de vorm { \"van_id\", \"naar_id\" }");
                else r.links.emplace_back(from, to);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (f.push("veiligheid") == LUA_TTABLE) {
        Fields v(c, -1, f.table_loc("veiligheid"), "referentie.veiligheid", "referentie.veiligheid", f.node_of("veiligheid"));
        r.safety_score = v.whole("score", 0, 0, 10);
        r.safety_step = v.str("stap");
        r.six = v.text("zes");
        each_table(c, v, "oordelen", "oordeel", "referentie.oordeel", [&](Fields& x) {
            r.judgements.push_back({x.str("persoon"), x.str("item"), x.str("oordeel")});
        });
    }
    lua_pop(L, 1);
    if (f.push("eindsituatie") == LUA_TTABLE) {
        Fields e(c, -1, f.table_loc("eindsituatie"), "referentie.eindsituatie", "referentie.eindsituatie", f.node_of("eindsituatie"));
        r.end_description = e.text("beschrijving");
        each_table(c, e, "items", "item", "referentie.item", [&](Fields& x) {
            r.end_items.push_back({x.str("soort"), x.text("tekst")});
        });
    }
    lua_pop(L, 1);
}

// The `check` of a criterium: a table with one declarative test (or alle/een_van of several),
// or a function(s) returning met, evidence.
core::Check read_check(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node = nullptr) {
    using K = core::Check::Kind;
    lua_State* L = c.L;
    index = lua_absindex(L, index);
    core::Check check;
    if (lua_isfunction(L, index)) {
        check.kind = K::Script;
        lua_pushvalue(L, index);
        check.script = luaL_ref(L, LUA_REGISTRYINDEX);
        c.runtime->describe_function(check.script, "check van " + where + " (" + loc.str() + ")", true);
        return check;
    }
    if (!lua_istable(L, index)) {
        c.report({Diagnostic::Level::Error, loc, "'check' van " + where + " moet een tabel of een functie zijn"});
        return check;
    }
    const std::size_t errors = c.errors;
    Fields f(c, index, loc, "check van " + where, "check", node);
    std::vector<core::Check> parts;
    auto add = [&](K kind, std::vector<std::string> refs) {
        core::Check x;
        x.kind = kind;
        x.refs = std::move(refs);
        parts.push_back(std::move(x));
        return &parts.back();
    };
    if (std::string v = f.str("keuze"); !v.empty()) add(K::ChoiceTaken, {v});
    if (std::string v = f.str("niet_keuze"); !v.empty()) add(K::ChoiceNotTaken, {v});
    if (std::string v = f.str("eerst"); !v.empty()) {
        core::Check* x = add(K::ChoiceBefore, {v});
        x->before = f.str("voor");
        if (x->before.empty()) {
            x->before = f.str("voor_stap");
            x->before_is_step = true;
        }
        if (x->before.empty()) f.error_at("eerst", "'eerst' in de check van " + where + " heeft 'voor' (een keuze) of 'voor_stap' nodig");
    }
    if (std::string v = f.str("variabele"); !v.empty()) {
        core::Check* x = add(K::Variable, {});
        x->var = v;
        bool has_min = false, has_max = false;
        x->min = f.num("min", -1e300, &has_min);
        x->max = f.num("max", 1e300, &has_max);
        x->step = f.str("bij");
        if (!has_min && !has_max) f.error_at("variabele", "check op variabele '" + v + "' in " + where + " heeft 'min' en/of 'max' nodig");
    }
    if (auto v = f.list("op_tijdlijn"); !v.empty()) add(K::OnTimeline, v);
    if (auto v = f.list("volgorde"); !v.empty()) add(K::TimelineOrder, v);
    if (f.push("aanleiding") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("aanleiding"), "aanleiding in de check van " + where, "check.aanleiding", f.node_of("aanleiding"));
        core::Check* x = add(K::Aanleiding, {});
        for (const char* mark : {"eerste", "laatste", "ergste"})
            if (std::string fact = a.str(mark); !fact.empty()) x->marks[mark] = fact;
        if (x->marks.empty()) a.error("'aanleiding' in de check van " + where + " noemt eerste, laatste en/of ergste");
    }
    lua_pop(L, 1);
    if (f.boolean("kinderen_gesproken", false)) add(K::ChildrenSpoken, {});
    if (f.push("factor") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("factor"), "factor in de check van " + where, "check.factor", f.node_of("factor"));
        core::Check* x = add(K::PatternFactor, {});
        x->area = a.str("gebied");
        if (std::string fact = a.str("feit"); !fact.empty()) x->refs.push_back(fact);
    }
    lua_pop(L, 1);
    if (f.push("pijl") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("pijl"), "pijl in de check van " + where, "check.pijl", f.node_of("pijl"));
        core::Check* x = add(K::PatternLink, {});
        x->area = a.str("van");
        x->area_to = a.str("naar");
    }
    lua_pop(L, 1);
    // veiligheid_voor_patroon = true, or { feit = "f_veiligheidsplan" }: the case's safety-plan fact
    // also counts as safety on order at the first pattern work (besides the meter at 6 or more).
    if (f.push("veiligheid_voor_patroon") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("veiligheid_voor_patroon"), "veiligheid_voor_patroon in de check van " + where, "check.veiligheid_voor_patroon", f.node_of("veiligheid_voor_patroon"));
        const std::string fact = a.str("feit");
        add(K::SafetyBeforePattern, fact.empty() ? std::vector<std::string>{} : std::vector<std::string>{fact});
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        if (f.boolean("veiligheid_voor_patroon", false)) add(K::SafetyBeforePattern, {});
    }
    if (f.push("veiligheidsscore") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("veiligheidsscore"), "veiligheidsscore in de check van " + where, "check.veiligheidsscore", f.node_of("veiligheidsscore"));
        core::Check* x = add(K::SafetyScore, {});
        x->min = a.num("min", 1);
        x->max = a.num("max", 10);
        x->step = a.str("bij");
    }
    lua_pop(L, 1);
    if (auto v = f.list("veiligheidsplan"); !v.empty()) add(K::SafetyPlan, v);
    // reflectie_geschreven = true, or { min_woorden = 40, met = "gezin" }
    if (int t = f.push("reflectie_geschreven"); t == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("reflectie_geschreven"), "reflectie_geschreven in de check van " + where, "check.reflectie_geschreven", f.node_of("reflectie_geschreven"));
        core::Check* x = add(K::ReflectionWritten, {});
        x->min = a.whole("min_woorden", 40, 1, 10000);
        x->area = a.str("met");
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        if (f.boolean("reflectie_geschreven", false)) add(K::ReflectionWritten, {})->min = 40;
    }
    if (core::HistoryTest h; read_history(c, f, "de check van " + where, h)) add(K::History, {})->history = std::move(h);
    if (f.push("ritme") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("ritme"), "ritme in de check van " + where, "check.ritme", f.node_of("ritme"));
        core::Check* x = add(K::Cadence, a.list("keuzes"));
        x->area = a.str("tag");
        x->min = a.whole("elke", 0, 1, 1000);
        x->step = a.str("vanaf");
        if (x->refs.empty() && x->area.empty()) a.error("ritme in de check van " + where + " noemt 'keuzes' en/of een 'tag'");
        if (x->min < 1) parts.pop_back();  // reported: missing or out of range
    }
    lua_pop(L, 1);
    if (auto v = f.list("eind"); !v.empty()) add(K::EndItems, v);
    if (auto v = f.list("eind_velden"); !v.empty()) add(K::EndFields, v);
    if (auto v = f.list("tijdlijn_velden"); !v.empty()) add(K::TimelineFields, v);
    if (f.boolean("patroon_zin", false)) add(K::PatternSentence, {});
    if (f.push("vergelijking") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("vergelijking"), "vergelijking in de check van " + where, "check.vergelijking", f.node_of("vergelijking"));
        core::Check* x = add(K::Comparison, {});
        x->area = a.str("bord");
        x->min = a.num("min", 0.5);
    }
    lua_pop(L, 1);
    for (auto [key, kind] : {std::pair{"alle", K::All}, std::pair{"een_van", K::Any}}) {
        if (f.push(key) == LUA_TTABLE) {
            core::Check g;
            g.kind = kind;
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, -1, i);
                g.children.push_back(read_check(c, -1, f.item_loc(key, static_cast<size_t>(i - 1)), where,
                                                f.item_of(key, static_cast<size_t>(i - 1))));
                lua_pop(L, 1);
            }
            if (g.children.empty()) f.error_at(key, "'" + std::string(key) + "' in de check van " + where + " is een lijst van checks");
            parts.push_back(std::move(g));
        }
        lua_pop(L, 1);
    }
    if (parts.empty()) {
        if (c.errors == errors) f.error("de check van " + where + " is leeg");
        return check;
    }
    if (parts.size() == 1) return std::move(parts.front());
    check.kind = K::All;
    check.children = std::move(parts);
    return check;
}

void read_definition(Ctx& c, int index, core::Scenario& s, std::set<const void*>& used_choices) {
    lua_State* L = c.L;
    const std::string kind = tag_string(L, index, "__soort");
    const std::string id = tag_string(L, index, "__id");
    const SourceLoc loc{c.file, tag_line(L, index)};
    const std::string what = kind + " '" + id + "'";
    const SourceTable* node = c.source ? c.source->definition_at(loc.line) : nullptr;

    if (kind == "scenario") {
        if (!s.meta.id.empty() || s.meta.loc.line) {
            c.report({Diagnostic::Level::Error, loc, "het bestand bevat meer dan één scenario { ... }"});
            return;
        }
        Fields f(c, index, loc, "scenario", "scenario", node);
        auto& m = s.meta;
        m.loc = loc;
        m.id = f.str("id");
        // The id names the case's sessions and reports on disk: the same rule as every other id.
        if (!m.id.empty() && !plain_id(m.id)) {
            f.error_at("id", "scenario-id '" + m.id + "' is ongeldig: een id bestaat uit 1 tot 80 kleine letters, cijfers en _ (geen /, punten of spaties)");
            m.id.clear();
        }
        m.title = f.text("titel");
        m.summary = f.text("samenvatting");
        m.version = f.str("versie");
        m.api = f.whole("api", 1, 0, 1000);
        m.language = f.str("taal");
        if (m.language.empty()) m.language = "nl";
        m.minutes = f.whole("minuten", 0, 0, 1000);
        m.difficulty = f.str("moeilijkheid");
        m.building_blocks = f.list("bouwstenen");
        m.tags = f.list("tags");
        m.start = f.str("start");
    } else if (kind == "referentie") {
        read_reference(c, index, loc, s, node);
    } else if (kind == "persoon") {
        Fields f(c, index, loc, what, "persoon", node);
        core::Person p;
        p.id = id;
        p.loc = loc;
        p.name = f.str("naam");
        p.role = f.str("rol");
        p.age = f.whole("leeftijd", -1, 0, 130);
        std::string g = f.str("geslacht");
        if (g.empty() || g == "x") p.gender = 'x';
        else if (g == "m" || g == "v") p.gender = g[0];
        else f.error_at("geslacht", "'geslacht' van " + what + " is m, v of x");
        p.deceased = f.boolean("overleden", false);
        p.household = f.boolean("huishouden", true);
        p.parents = f.list("ouders");
        p.description = f.text("beschrijving");
        read_status_values(f, p.status);
        int t = f.push("partners");
        if (t == LUA_TTABLE) {
            lua_pushnil(L);
            while (lua_next(L, -2) != 0) {
                if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING)
                    p.partners.push_back({c.copy(-2, loc), c.copy(-1, loc)});
                else f.error_at("partners", "'partners' van " + what + " heeft de vorm { persoon_id = \"samen\" | \"gescheiden\" | \"overleden\" }");
                lua_pop(L, 1);
            }
            std::sort(p.partners.begin(), p.partners.end(), [](const auto& a, const auto& b) { return a.person < b.person; });
        }
        lua_pop(L, 1);
        s.persons.push_back(std::move(p));
    } else if (kind == "document") {
        Fields f(c, index, loc, what, "document", node);
        core::Document d;
        d.id = id;
        d.loc = loc;
        d.title = f.text("titel");
        d.kind = f.str("soort");
        d.author = f.str("auteur");
        d.date = f.date("datum");
        d.body = f.text("tekst");
        d.reveals = f.list("onthult");
        s.documents.push_back(std::move(d));
    } else if (kind == "feit") {
        Fields f(c, index, loc, what, "feit", node);
        core::Fact fact;
        fact.id = id;
        fact.loc = loc;
        fact.text = f.text("tekst");
        fact.date = f.date("datum");
        std::string k = f.str("soort");
        if (!k.empty() && !core::parse_fact_kind(k, fact.kind))
            f.error_at("soort", "'soort' van " + what + " is onbekend: '" + k + "' (levensgebeurtenis, hulp, besluit, melding, zorg of kracht)");
        fact.source = f.str("bron");
        fact.persons = f.list("personen");
        fact.agency = f.str("instantie");
        fact.result = f.text("resultaat");
        if (fact.kind == core::FactKind::Help && fact.result.empty())
            f.warn(what + " is hulp zonder 'resultaat': de methode vraagt bij eerdere hulp altijd naar het resultaat (Methodewijzer: bouwsteen.tijdlijn)");
        s.facts.push_back(std::move(fact));
    } else if (kind == "variabele") {
        Fields f(c, index, loc, what, "variabele", node);
        core::Variable v;
        v.id = id;
        v.loc = loc;
        v.label = f.text("label");
        v.min = f.num("min", 0);
        v.max = f.num("max", 10);
        v.initial = f.num("start", v.min);
        s.variables.push_back(std::move(v));
    } else if (kind == "stap") {
        Fields f(c, index, loc, what, "stap", node);
        core::Step st;
        st.id = id;
        st.loc = loc;
        st.title = f.text("titel");
        st.date = f.date("datum");
        st.narrative = f.text("tekst");
        st.documents = f.list("documenten");
        st.facts = f.list("feiten");
        st.opens = f.list("opent");
        st.safety_signal = f.text("veiligheidssignaal");
        if (const std::size_t errors = c.errors; f.push("bij_binnenkomst") == LUA_TTABLE) {
            Fields b(c, -1, f.table_loc("bij_binnenkomst"), "bij_binnenkomst van " + what, "stap.bij_binnenkomst", f.node_of("bij_binnenkomst"));
            read_effects(c, b, st.on_entry.effects);
            st.on_entry.reveals = b.list("onthult");
            read_sets(c, b, st.on_entry.sets);
            if (st.on_entry.empty() && c.errors == errors) b.warn("bij_binnenkomst van " + what + " is leeg");
        }
        lua_pop(L, 1);
        each_table(c, f, "varianten", "variant", "stap.variant", [&](Fields& x) {
            core::TextVariant v;
            v.loc = x.loc();
            v.text = x.text("tekst");
            if (x.push("als") != LUA_TNIL) v.when = read_condition_value(c, -1, x.table_loc("als"), x.what() + " van " + what, x.node_of("als"));
            lua_pop(L, 1);
            st.variants.push_back(std::move(v));
        });
        lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, index));
        for (lua_Integer i = 1; i <= n; ++i) {
            lua_rawgeti(L, index, i);
            if (lua_istable(L, -1) && tag_string(L, lua_gettop(L), "__soort") == "keuze") {
                used_choices.insert(lua_topointer(L, -1));
                st.choices.push_back(read_choice(c, lua_gettop(L), id));
            } else {
                f.error(what + " bevat iets anders dan een keuze; schrijf keuze \"id\" { tekst = ..., naar = ... }");
            }
            lua_pop(L, 1);
        }
        s.steps.push_back(std::move(st));
    } else if (kind == "reflectie") {
        Fields f(c, index, loc, what, "reflectie", node);
        core::ReflectionPoint rp;
        rp.id = id;
        rp.loc = loc;
        rp.step = f.str("stap");
        rp.after_choice = f.str("na_keuze");
        rp.prompts = f.text_list("vragen");
        rp.building_blocks = f.list("bouwstenen");
        rp.with_family = f.boolean("met_gezin", false);
        s.reflection_points.push_back(std::move(rp));
    } else if (kind == "dossier") {
        // A retrospective case file's event (dossieronderzoek): tagged against core::dossier_tags().
        Fields f(c, index, loc, what, "dossier", node);
        core::DossierEvent ev;
        ev.id = id;
        ev.loc = loc;
        ev.date = f.date("datum");
        ev.source = f.str("bron");
        ev.text = f.text("tekst");
        ev.expert_tags = f.list("expert_tags");
        ev.explanation = f.text("uitleg");
        for (const auto& t : ev.expert_tags)
            if (!core::find_dossier_tag(t)) {
                std::string known;
                for (const auto& k : core::dossier_tags()) known += (known.empty() ? "" : ", ") + std::string(k.id);
                f.error_at("expert_tags", "onbekend label '" + t + "' in " + what + " (bekende labels: " + known + ")");
            }
        if (!ev.expert_tags.empty() && ev.explanation.empty())
            f.warn(what + " heeft labels van de expert maar geen 'uitleg': de groep hoort te lezen waarom");
        if (s.dossier_event(id)) f.error("dossier '" + id + "' bestaat al");
        s.dossier.push_back(std::move(ev));
    } else if (kind == "criterium") {
        Fields f(c, index, loc, what, "criterium", node);
        core::Criterion cr;
        cr.sources = f.list("bron");
        cr.id = id;
        cr.loc = loc;
        cr.block = f.str("bouwsteen");
        cr.weight = f.num("gewicht", 1);
        if (cr.weight < 0 || cr.weight > kMaxWeight) {  // 1e308 would overflow the sums: -nan%
            f.error_at("gewicht", "'gewicht' van " + what + " is een getal van 0 tot en met " + std::to_string(static_cast<int>(kMaxWeight)));
            cr.weight = 1;
        }
        cr.text = f.text("tekst");
        cr.rationale = f.text("onderbouwing");
        cr.feedback_met = f.text("goed");
        cr.feedback_missed = f.text("fout");
        cr.feedback_not_chosen = f.text("goed_niet_gekozen");
        c.scoring = true;
        if (f.push("beoordeelbaar") != LUA_TNIL) {
            cr.has_assessable = true;
            cr.assessable = read_condition_value(c, -1, f.table_loc("beoordeelbaar"), what, f.node_of("beoordeelbaar"));
        }
        c.scoring = false;
        lua_pop(L, 1);
        if (f.push("check") != LUA_TNIL) cr.check = read_check(c, -1, f.table_loc("check"), what, f.node_of("check"));
        lua_pop(L, 1);
        s.criteria.push_back(std::move(cr));
    } else if (kind == "einde") {
        Fields f(c, index, loc, what, "einde", node);
        core::Ending e;
        e.id = id;
        e.loc = loc;
        e.title = f.text("titel");
        e.text = f.text("tekst");
        e.tone = f.str("toon");
        if (e.tone.empty()) e.tone = "gemengd";
        if (e.tone != "goed" && e.tone != "gemengd" && e.tone != "zorgelijk")
            f.error_at("toon", "'toon' van " + what + " is goed, gemengd of zorgelijk");
        s.endings.push_back(std::move(e));
    }
}

// Messages from the sandbox start with "file.lua:12: ..."; split that into a location.
Diagnostic diagnostic_from_lua(const std::string& file, const std::string& message) {
    Diagnostic d{Diagnostic::Level::Error, {file, 0}, message};
    const std::string first_line = message.substr(0, message.find('\n'));
    const std::string base = std::filesystem::path(file).filename().string();
    for (const std::string& prefix : {file + ":", base + ":"}) {
        if (first_line.rfind(prefix, 0) != 0) continue;
        size_t pos = prefix.size(), end = pos;
        while (end < first_line.size() && std::isdigit(static_cast<unsigned char>(first_line[end]))) ++end;
        const auto line = core::parse_number<int>(std::string_view(first_line).substr(pos, end - pos));
        if (line && *line > 0 && end < first_line.size() && first_line[end] == ':') {
            d.loc.line = *line;
            size_t text = end + 1;
            while (text < first_line.size() && first_line[text] == ' ') ++text;
            d.message = first_line.substr(text);
        }
        break;
    }
    if (d.loc.line == 0) d.message = first_line;
    d.message = core::clip_text(std::move(d.message), kMaxDiagnosticBytes);
    return d;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 4. ScenarioRuntime and public functions.
// ---------------------------------------------------------------------------------------------

ScenarioRuntime::ScenarioRuntime(std::unique_ptr<Sandbox> sandbox, std::string scenario_id)
    : sandbox_(std::move(sandbox)), scenario_id_(std::move(scenario_id)) {}

namespace {
void push_id_set(lua_State* L, const std::vector<std::string>& ids) {
    lua_createtable(L, 0, static_cast<int>(ids.size()));
    for (const auto& id : ids) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, id.c_str());
    }
}

// Pushes the read-only view of a session that scenario functions receive: a fresh copy per
// call, so a script cannot change the session.
void push_view(lua_State* L, const core::SessionState& st) {
    lua_createtable(L, 0, 9);  // s
    lua_pushstring(L, st.step.c_str());
    lua_setfield(L, -2, "stap");
    lua_pushstring(L, st.ending.c_str());
    lua_setfield(L, -2, "einde");
    lua_createtable(L, 0, static_cast<int>(st.vars.size()));
    for (const auto& [k, v] : st.vars) {
        lua_pushnumber(L, v);
        lua_setfield(L, -2, k.c_str());
    }
    lua_setfield(L, -2, "var");
    std::vector<std::string> ids;
    for (const auto& f : st.facts) ids.push_back(f.id);
    push_id_set(L, ids);
    lua_setfield(L, -2, "feiten");
    ids.clear();
    for (const auto& ch : st.choices) ids.push_back(ch.choice);
    push_id_set(L, ids);
    lua_setfield(L, -2, "keuzes");
    push_id_set(L, st.documents_read);
    lua_setfield(L, -2, "gelezen");
    push_id_set(L, st.path);
    lua_setfield(L, -2, "bezocht");
    // s.analyse: what the trainee built so far, as counts and ids (enough for criterion checks).
    const core::Analysis& an = st.analysis;
    lua_createtable(L, 0, 6);
    std::vector<std::string> placed;
    for (const auto& e : an.timeline.entries)
        if (!e.fact.empty()) placed.push_back(e.fact);
    push_id_set(L, placed);
    lua_setfield(L, -2, "tijdlijn_feiten");
    lua_pushinteger(L, static_cast<lua_Integer>(an.timeline.entries.size()));
    lua_setfield(L, -2, "tijdlijn_regels");
    lua_pushinteger(L, static_cast<lua_Integer>(an.pattern.factors.size()));
    lua_setfield(L, -2, "factoren");
    lua_pushinteger(L, static_cast<lua_Integer>(an.pattern.links.size()));
    lua_setfield(L, -2, "pijlen");
    lua_pushinteger(L, an.safety.score);
    lua_setfield(L, -2, "veiligheidsscore");
    lua_pushinteger(L, static_cast<lua_Integer>(an.end.items.size()));
    lua_setfield(L, -2, "eind_items");
    lua_setfield(L, -2, "analyse");
}

}  // namespace

void ScenarioRuntime::describe_function(int handle, std::string where, bool scoring) {
    function_names_[handle] = std::move(where);
    if (scoring) scoring_functions_[handle] = true;
}

void ScenarioRuntime::fail(int handle, const std::string& message) {
    auto it = function_names_.find(handle);
    last_failure_ = core::clip_text((it != function_names_.end() ? it->second : "functie") + ": " + message.substr(0, message.find('\n')),
                                    kMaxDiagnosticBytes);
    ++failures_;
    note_error(handle, message);  // clipped, and at most 100 kept
}

namespace {
// A criterion's function must say yes or no itself: `nil` (a forgotten return) or a number is a
// broken check, not "not met" (fail closed, authoring guide §16).
std::string wrong_type(lua_State* L, int index, const char* what) {
    return std::string(what) + " gaf geen true of false terug maar " + luaL_typename(L, index) +
           " (geef altijd true of false terug, eventueel met een uitleg als tweede waarde)";
}
}  // namespace

bool ScenarioRuntime::eval_condition(int handle, const core::SessionState& st) {
    lua_State* L = sandbox_->state();
    const int top = lua_gettop(L);
    // Same (seed, moment, function) -> same random numbers, however often the UI asks.
    std::uint64_t mix = st.seed ^ (0x9e3779b97f4a7c15ull * (st.choices.size() + 1)) ^ (static_cast<std::uint64_t>(handle) << 32);
    sandbox_->seed_random(mix);
    const bool scoring = scoring_functions_.count(handle) > 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, handle);  // fn
    push_view(L, st);                            // fn, s
    CallResult r = scoring ? sandbox_->call(1, 1, CallBudget{}) : sandbox_->call(1, 1);  // -> result
    bool value = false;
    if (!r.ok()) fail(handle, r.message);
    else if (scoring && lua_type(L, -1) != LUA_TBOOLEAN) fail(handle, wrong_type(L, -1, "de voorwaarde"));
    else value = lua_toboolean(L, -1);
    lua_settop(L, top);
    return value;
}

std::optional<bool> ScenarioRuntime::eval_check(int handle, const core::SessionState& st, std::string& evidence) {
    lua_State* L = sandbox_->state();
    const int top = lua_gettop(L);
    sandbox_->seed_random(st.seed ^ (0x9e3779b97f4a7c15ull * (st.choices.size() + 1)) ^ (static_cast<std::uint64_t>(handle) << 32));
    lua_rawgeti(L, LUA_REGISTRYINDEX, handle);  // fn
    push_view(L, st);                            // fn, s
    CallResult r = sandbox_->call(1, 2, CallBudget{});  // -> met, evidence
    std::optional<bool> out;
    if (!r.ok()) fail(handle, r.message);
    else if (lua_type(L, -2) != LUA_TBOOLEAN) fail(handle, wrong_type(L, -2, "de check"));
    else if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
        fail(handle, std::string("de tweede waarde van de check is ") + luaL_typename(L, -1) + ", geen tekst (laat hem weg of geef een uitleg als tekst)");
    else {
        out = static_cast<bool>(lua_toboolean(L, -2));
        if (lua_type(L, -1) == LUA_TSTRING) evidence = lua_tostring(L, -1);
    }
    lua_settop(L, top);
    return out;
}

void ScenarioRuntime::note_error(int handle, const std::string& message) {
    // Kept until the host takes them; a condition that fails on every frame must not grow this
    // without end, and each message is one clipped line.
    constexpr std::size_t kMaxErrors = 100;
    if (errors_.size() > kMaxErrors) return;
    if (errors_.size() == kMaxErrors) {
        errors_.push_back("scenario '" + scenario_id_ + "': meer dan " + std::to_string(kMaxErrors) + " fouten; de rest is weggelaten");
        return;
    }
    auto it = function_names_.find(handle);
    errors_.push_back(core::clip_text("scenario '" + scenario_id_ + "', " + (it != function_names_.end() ? it->second : "functie") +
                                          ": " + message.substr(0, message.find('\n')),
                                      kMaxDiagnosticBytes));
}

std::vector<std::string> ScenarioRuntime::take_errors() {
    std::vector<std::string> out;
    out.swap(errors_);
    return out;
}

size_t LoadedScenario::error_count() const {
    return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                             [](const Diagnostic& d) { return d.level == Diagnostic::Level::Error; }));
}

// Fail closed before anyone plays (core/assess/check_probe.hpp): every scripted criterion runs on the
// start state and along the case's expert log, tools/demo/<id>-expert.json beside the scenario
// folder, when there is one.
static void probe_checks(LoadedScenario& out) {
    if (!core::has_script_criteria(*out.scenario)) return;
    std::vector<core::Action> route;
    std::string route_name;
    std::error_code ec;
    const std::filesystem::path log = std::filesystem::path(out.file).parent_path() / ".." / "tools" / "demo" / (out.scenario->meta.id + "-expert.json");
    if (std::filesystem::is_regular_file(log, ec)) {
        std::string error;
        std::optional<core::Session> session;
        if (auto bytes = core::read_file(log, error)) session = core::session_from_json(*bytes, error);
        if (session) {
            route = std::move(session->actions);
            route_name = log.filename().string();
        }
    }
    out.broken_checks = core::probe_criteria(*out.scenario, out.runtime.get(), route, route_name);
    out.runtime->take_errors();  // reported as broken_checks, with the fix
}

namespace {
LoadedScenario load_source(const std::string& source, const std::string& file, SandboxLimits limits);
}  // namespace

// The host itself running out of memory (a std::bad_alloc while copying out of Lua, or the
// sandbox not fitting at all) is reported as such, for this file only.
namespace {
// One error per cause: core::validate's "X heeft geen 'veld'" repeats what the field check of the
// same construct already said about that field: missing or of the wrong type (at the construct's
// line), or misspelt (at the misspelt key's line, after it).
bool said_already(const std::vector<Diagnostic>& said, const Diagnostic& d) {
    const std::string marker = " heeft geen '";
    const size_t at = d.message.find(marker);
    if (at == std::string::npos || d.level != Diagnostic::Level::Error) return false;
    const size_t end = d.message.find('\'', at + marker.size());
    if (end == std::string::npos) return false;
    const std::string quoted = d.message.substr(at + marker.size() - 1, end - at - marker.size() + 2);  // 'veld'
    for (const auto& e : said) {
        if (e.level != Diagnostic::Level::Error || e.loc.file != d.loc.file) continue;
        if (e.loc.line == d.loc.line && e.message.find(quoted) != std::string::npos) return true;
        // "onbekend veld 'tittel' ...: bedoel je 'titel'?" sits at the key's own line, inside the construct.
        if (e.loc.line >= d.loc.line && e.message.find("bedoel je " + quoted) != std::string::npos) return true;
    }
    return false;
}
}  // namespace

LoadedScenario load_scenario_source(const std::string& source, const std::string& file, SandboxLimits limits) {
    try {
        return load_source(source, file, limits);
    } catch (const std::bad_alloc&) {
    } catch (const std::runtime_error&) {  // Sandbox's constructor: the libraries do not fit in the cap
    }
    LoadedScenario out;
    out.file = file;
    out.diagnostics.push_back({Diagnostic::Level::Error, {file, 0},
                               "het geheugen van de computer (of het geheugenbudget van de bibliotheek) is op; dit scenario is niet geladen"});
    return out;
}

namespace {
// Every Dutch text without English, at its own line, once the case has English at all. A case
// not translated yet (no English text anywhere) gets one warning that counts them, so a Dutch
// draft's lint is not buried under a warning per text.
void report_missing_english(Ctx& ctx, const SourceLoc& scenario_loc) {
    if (ctx.missing_english.empty()) return;
    if (ctx.english_texts > 0) {
        for (auto& d : ctx.missing_english) ctx.report(std::move(d));
    } else {
        ctx.report({Diagnostic::Level::Warning, scenario_loc,
                    std::string(kNoEnglishYet) + " (" + std::to_string(ctx.missing_english.size()) +
                        " teksten alleen in het Nederlands); in het Engels toont het programma het Nederlands. Zet per blok "
                        "en = { veld = \"...\" } (handleiding §8): dan wijst validate elke ontbrekende aan op haar regel"});
    }
    ctx.missing_english.clear();
}

LoadedScenario load_source(const std::string& source, const std::string& file, SandboxLimits limits) {
    LoadedScenario out;
    out.file = file;
    auto sandbox = std::make_unique<Sandbox>(limits);
    lua_State* L = sandbox->state();
    install_constructors(L);
    const std::string chunk = std::filesystem::path(file).filename().string();
    CallResult run = sandbox->run_text(source, chunk);
    if (!run.ok()) {
        out.diagnostics.push_back(diagnostic_from_lua(file, run.message));
        out.diagnostics.back().loc.file = file;
        if (run.kind == ErrorKind::Instructions || run.kind == ErrorKind::Memory || run.kind == ErrorKind::Pattern)
            out.diagnostics.back().message = "scenario overschrijdt een veiligheidslimiet: " + out.diagnostics.back().message;
        return out;
    }
    auto scenario = std::make_shared<core::Scenario>();
    scenario->file = file;
    scenario->content_hash = core::content_hash(source);
    static std::atomic<std::uint64_t> generations{0};
    scenario->generation = ++generations;
    auto runtime = std::make_shared<ScenarioRuntime>(std::move(sandbox), "");
    const SourceIndex index(source);
    Ctx ctx{L, file, out.diagnostics, runtime.get()};
    ctx.source = &index;
    std::set<const void*> used_choices;
    const int top = lua_gettop(L);
    lua_getfield(L, LUA_REGISTRYINDEX, kDefsKey);  // defs
    const int defs = lua_gettop(L);
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, defs));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, defs, i);
        read_definition(ctx, lua_gettop(L), *scenario, used_choices);
        lua_pop(L, 1);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, kChoicesKey);  // defs, choices
    n = static_cast<lua_Integer>(lua_rawlen(L, -1));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, -1, i);
        if (!used_choices.count(lua_topointer(L, -1)))
            ctx.report({Diagnostic::Level::Warning, {file, tag_line(L, lua_gettop(L))},
                        "keuze '" + tag_string(L, lua_gettop(L), "__id") + "' staat in geen enkele stap"});
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    report_missing_english(ctx, scenario->meta.loc.line ? scenario->meta.loc : SourceLoc{file, 1});
    if (scenario->meta.loc.line == 0)
        ctx.report({Diagnostic::Level::Error, {file, 1}, "het bestand bevat geen scenario { ... } met id, titel en start"});
    else {
        scenario->reindex();
        for (auto& d : core::validate(*scenario))
            if (!said_already(out.diagnostics, d)) ctx.report(std::move(d));
    }
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.loc.line < b.loc.line; });
    // From here on scenario functions only answer: a global they write would make the same log
    // give other answers on a later replay. A file too big to freeze does not load.
    if (out.error_count() == 0)
        if (CallResult frozen = runtime->sandbox().freeze_globals(); !frozen.ok())
            out.diagnostics.push_back({Diagnostic::Level::Error, {file, 0},
                                       "scenario overschrijdt een veiligheidslimiet bij het vastzetten van de globale variabelen: " +
                                           frozen.message.substr(0, frozen.message.find('\n'))});
    out.host_bytes = ctx.copied;
    if (out.error_count() == 0) {
        runtime->set_scenario_id(scenario->meta.id);
        out.scenario = scenario;
        out.runtime = std::move(runtime);
        probe_checks(out);
    }
    return out;
}
}  // namespace

LoadedScenario load_scenario_file(const std::filesystem::path& path, SandboxLimits limits) {
    std::string error;
    const std::optional<std::string> source = core::read_regular_file(path, kMaxScenarioBytes, error);
    if (!source) {
        LoadedScenario out;
        out.file = path.string();
        out.diagnostics.push_back({Diagnostic::Level::Error, {path.string(), 0}, error});
        return out;
    }
    return load_scenario_source(*source, path.string(), limits);
}

std::vector<LoadedScenario> load_library(const std::filesystem::path& dir, SandboxLimits limits) {
    const core::FolderListing folder = core::list_folder(dir, ".lua");
    std::vector<LoadedScenario> out;
    // One budget for the whole library: each file's sandbox gets at most what is left of it, and
    // what a loaded case keeps (its Lua state and the host's copies) is subtracted.
    std::size_t used = 0;
    for (const auto& f : folder.files) {
        const std::size_t left = kLibraryMemoryBytes - std::min(used, kLibraryMemoryBytes);
        if (left < kMinScenarioMemoryBytes) {
            LoadedScenario skipped;
            skipped.file = f.string();
            skipped.diagnostics.push_back({Diagnostic::Level::Error, {skipped.file, 0},
                                           "niet geladen: de scenario's in deze map gebruiken samen al meer dan " +
                                               std::to_string(kLibraryMemoryBytes >> 20) + " MB geheugen"});
            out.push_back(std::move(skipped));
            continue;
        }
        SandboxLimits file_limits = limits;
        file_limits.memory_bytes = std::min(limits.memory_bytes, left);
        out.push_back(load_scenario_file(f, file_limits));
        if (out.back().ok()) used += out.back().runtime->sandbox().memory_in_use() + out.back().host_bytes;
    }
    // Two files with one scenario id: sessions name the case by id, so only one can be it. The
    // first by name stays; both files say so, and the second is not loaded.
    std::map<std::string, LoadedScenario*> by_id;
    for (auto& s : out) {
        if (!s.ok()) continue;
        auto [first, fresh] = by_id.emplace(s.scenario->meta.id, &s);
        if (fresh) continue;
        const core::SourceLoc here = s.scenario->meta.loc;
        first->second->diagnostics.push_back({Diagnostic::Level::Warning, first->second->scenario->meta.loc,
                                              "scenario-id '" + s.scenario->meta.id + "' staat ook in " + s.file +
                                                  "; dat bestand is niet geladen"});
        s.diagnostics.push_back({Diagnostic::Level::Error, here,
                                 "scenario-id '" + s.scenario->meta.id + "' staat al in " + first->second->file +
                                     "; geef dit scenario een eigen id"});
        s.scenario.reset();
        s.runtime.reset();
    }
    for (const auto& skipped : folder.skipped) {  // a link loop, a FIFO or a folder named x.lua: a red card
        LoadedScenario bad;
        bad.file = skipped.path.string();
        bad.diagnostics.push_back({Diagnostic::Level::Error, {bad.file, 0}, skipped.reason});
        out.push_back(std::move(bad));
    }
    return out;
}

}  // namespace lwp::scripting
