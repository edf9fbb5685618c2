// The check kinds' files (core/assess/kinds/, issue 26) read their fields through core::FieldReader
// alone: here a reader over plain maps, no Lua, reads a ritme check through the kinds' table.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "core/assess/kinds/kinds.hpp"

using namespace lwp;

namespace {

// One DSL table as maps; errors are collected, nested tables are other MapReaders.
class MapReader final : public core::FieldReader {
public:
    std::map<std::string, std::string> strs;
    std::map<std::string, double> nums;
    std::map<std::string, std::vector<std::string>> lists;
    std::map<std::string, MapReader*> tables;
    std::vector<std::string> errors;

    std::string str(const char* key) override {
        const auto it = strs.find(key);
        return it == strs.end() ? std::string() : it->second;
    }
    double num(const char* key, double fallback, bool* present) override {
        const auto it = nums.find(key);
        if (present) *present = it != nums.end();
        return it == nums.end() ? fallback : it->second;
    }
    int whole(const char* key, int fallback, int lo, int hi) override {
        bool present = false;
        const double v = num(key, fallback, &present);
        if (!present) return fallback;
        if (v < lo || v > hi) {
            errors.emplace_back(key);
            errors.back().append(": out of range");
            return fallback;
        }
        return static_cast<int>(v);
    }
    bool boolean(const char* key, bool fallback) override { return nums.count(key) ? nums[key] != 0 : fallback; }
    std::vector<std::string> list(const char* key) override {
        const auto it = lists.find(key);
        return it == lists.end() ? std::vector<std::string>{} : it->second;
    }
    void error(const std::string& msg) override { errors.push_back(msg); }
    void error_at(const char*, const std::string& msg) override { errors.push_back(msg); }
    bool checks(const char*, const std::string&, std::vector<core::Check>&) override { return false; }

protected:
    bool open_table(const char* key, const std::string&, const char*, TableFn call, void* fn) override {
        const auto it = tables.find(key);
        if (it == tables.end()) return false;
        call(fn, *it->second);
        return true;
    }
};

}  // namespace

TEST_CASE("kind files: ritme is read through a FieldReader without Lua") {
    MapReader ritme;
    ritme.lists["keuzes"] = {"k1", "k2"};
    ritme.nums["elke"] = 3;
    ritme.strs.emplace("vanaf", std::string("a"));
    MapReader check;
    check.tables["ritme"] = &ritme;
    core::kinds::CheckParts parts;
    core::kinds::read_check_fields(check, "criterium 'c'", parts);
    REQUIRE(parts.list.size() == 1);
    const core::Check& c = parts.list[0];
    CHECK(c.kind == core::Check::Kind::Cadence);
    CHECK(c.refs == std::vector<std::string>{"k1", "k2"});
    CHECK(c.min == 3);
    CHECK(c.step == "a");
    CHECK(ritme.errors.empty());
    CHECK(check.errors.empty());
}

TEST_CASE("kind files: a ritme without keuzes or tag is reported by its kind and not kept") {
    MapReader empty;
    MapReader check;
    check.tables["ritme"] = &empty;
    core::kinds::CheckParts parts;
    core::kinds::read_check_fields(check, "criterium 'c'", parts);
    CHECK(parts.list.empty());
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors[0] == "ritme in de check van criterium 'c' noemt 'keuzes' en/of een 'tag'");
}
