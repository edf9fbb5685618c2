// One table of the case DSL, read field by field without Lua (issue 26): the kinds' files
// (core/assess/kinds/) read their check fields through it, and scripting's `Fields`
// (scripting/loader_fields.hpp) implements it over a Lua table. Every field is checked against the
// DSL schema (core/model/dsl_schema.cpp) when the table is opened; a field of the wrong type is
// reported once and reads as absent. Problems are reported at file:line (the field's own line
// where the source index knows it, else the table's).
#pragma once

#include <string>
#include <type_traits>
#include <vector>

namespace lwp::core {

struct Check;
struct HistoryTest;

class FieldReader {
public:
    // A text or id; "" when absent.
    virtual std::string str(const char* key) = 0;
    // A finite number; `fallback` when absent (`present` says which).
    virtual double num(const char* key, double fallback, bool* present = nullptr) = 0;
    // A whole number in [lo, hi]; anything else is reported and gives `fallback`.
    virtual int whole(const char* key, int fallback, int lo, int hi) = 0;
    virtual bool boolean(const char* key, bool fallback) = 0;
    // A list of ids: { "a", "b" }, or one string as a list of one.
    virtual std::vector<std::string> list(const char* key) = 0;
    // An error at this table's line, or at field `key`'s own line.
    virtual void error(const std::string& msg) = 0;
    virtual void error_at(const char* key, const std::string& msg) = 0;
    // The checks listed in field `key` (each a table or a function, read as a check of `where`),
    // appended to `out`; false when the field is not a table.
    virtual bool checks(const char* key, const std::string& where, std::vector<Check>& out) = 0;

    // When field `key` is a table: `read(FieldReader&)` reads it as construct `schema` of the DSL
    // schema, named `what` in messages; returns whether it was a table.
    template <typename Read>
    bool table(const char* key, const std::string& what, const char* schema, Read&& read) {
        using Fn = std::remove_reference_t<Read>;
        return open_table(key, what, schema, [](void* fn, FieldReader& t) { (*static_cast<Fn*>(fn))(t); },
                          const_cast<void*>(static_cast<const void*>(&read)));
    }

protected:
    ~FieldReader() = default;
    using TableFn = void (*)(void* fn, FieldReader& table);
    virtual bool open_table(const char* key, const std::string& what, const char* schema, TableFn call, void* fn) = 0;
};

// A history test (verloop = { ... }) in field `verloop` of `f`, for a condition or a check of
// `where`: false when there is none or it is incomplete (reported).
bool read_history_test(FieldReader& f, const std::string& where, HistoryTest& h);

}  // namespace lwp::core
