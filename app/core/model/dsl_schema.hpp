// The scenario DSL's schema (issue 25, deliverable 4; architecture review §6): one table per
// construct (`stap`, `keuze`, the tables inside a `check`, ...) listing its fields, their types
// and whether they are required. The loader checks every field against it (scripting/loader.cpp:
// unknown, missing or wrongly typed fields are errors at the field's own line), the authoring
// guide's field tables are its markdown_table() (scenarios/README.md between <!-- schema: x -->
// markers; tests/test_dsl_schema.cpp fails on any difference and prints the table), and the
// authoring panel shows its hints. Data only: no Lua here.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace lwp::core::dsl {

enum class Type {
    Text,         // "..."
    Translatable, // "...", a Dutch text whose English version may stand in en = { veld = "..." }
    Date,         // "2024-01", see the guide §5
    Number,       // any finite number
    Whole,        // a whole number (each field has its own range)
    Boolean,      // true or false
    IdList,       // { "a", "b" }, or one id as "a"
    TextList,     // { "...", "..." }, or one text: Dutch texts whose English versions may stand in en = { veld = { ... } }
    Table,        // a table with its own construct (Field::table)
    TableList,    // a list of such tables
    Map,          // { id = value, ... } (gevolg, partners)
    Pairs,        // { { "a", "b" }, ... } (the reference's arrows)
    Condition,    // a table of tests (construct "voorwaarde") or a function(s)
    ConditionList,
    Check,        // a table of tests (construct "check") or a function(s)
    CheckList,
    BooleanOrTable,  // true, or a table with options (Field::table)
    Route,        // the id of a step or ending, or a list of route tables
};

// Whether a field of this type may have an English version in en = { ... }.
constexpr bool translatable(Type t) { return t == Type::Translatable || t == Type::TextList; }

struct Field {
    const char* name;
    Type type;
    bool required = false;
    const char* table = nullptr;  // construct of a Table, TableList or BooleanOrTable value
    const char* nl = "";          // what the field means (the guide's table)
};

struct Construct {
    const char* name;        // "stap", "check.factor", ...
    const char* where;       // how the guide writes it: stap "id" { ... }
    std::span<const Field> fields;
    bool array_part = false;  // also holds unnamed values (a stap's keuzes)
};

std::span<const Construct> constructs();
const Construct* construct(std::string_view name);  // nullptr if unknown
const Field* field(const Construct& c, std::string_view name);
// The field a misspelt key most likely meant ("tittel" → titel): the one known field within two
// edits (letters compared without case), when exactly one is that close; nullptr otherwise.
const Field* near_field(const Construct& c, std::string_view key);

// "tekst", "een getal", "een lijst met ids", ...: what a value of this type is, in a message.
const char* type_words(Type t, bool english = false);
// Whether a Lua value of this type name ("string", "number", "boolean", "table", "function")
// fits. Whole and Number both take "number" (their range is the reader's).
bool accepts(Type t, std::string_view lua_type);

// The guide's table of a construct: "| veld | soort | betekenis |", required fields in bold.
std::string markdown_table(const Construct& c);
// The guide's §8 table: per block, the fields that may have an English version in en = { ... }.
std::string markdown_english_table();
// A field for the authoring panel: "titel: tekst, verplicht" / "titel: text, required".
std::string field_hint(const Field& f, bool english = false);

}  // namespace lwp::core::dsl
