// CTest must run every doctest case exactly once (architecture review §8.2: names with ';' were
// split into entries that matched nothing and passed). This file checks the registered entries
// against doctest's own list, and the two run rules of tests/main.cpp: a run that matches nothing
// fails, and a test whose tool is missing fails in CI and is "skipped" (exit 77) elsewhere.
#define RAPIDJSON_PARSE_DEFAULT_FLAGS kParseNanAndInfFlag  // as everywhere (app/core/store/persistence.cpp)
#include <rapidjson/document.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "tools.hpp"

namespace {

namespace fs = std::filesystem;

using Run = lwp::test::CommandResult;
Run run(const std::string& cmd) { return lwp::test::run_command(cmd); }

std::string self() { return fs::canonical("/proc/self/exe").string(); }

// The test binaries (core, scripting, ui: CMakeLists.txt), by their file names.
std::vector<std::string> binaries() {
    std::vector<std::string> out;
    std::string all = LWP_TEST_BINARIES;
    for (size_t at = 0; at <= all.size();) {
        size_t end = all.find(':', at);
        if (end == std::string::npos) end = all.size();
        if (end > at) out.push_back(fs::path(all.substr(at, end - at)).filename().string());
        at = end + 1;
    }
    return out;
}

// A binary's doctest list: the lines between the two rules of `--list-test-cases`.
std::vector<std::string> doctest_cases(const std::string& binary) {
    const Run r = run("'" + (fs::path(LWP_BUILD_DIR) / binary).string() + "' --list-test-cases --no-colors=true");
    REQUIRE(r.code == 0);
    std::vector<std::string> names;
    int rules = 0;
    size_t at = 0;
    while (at < r.out.size()) {
        size_t end = r.out.find('\n', at);
        if (end == std::string::npos) end = r.out.size();
        const std::string line = r.out.substr(at, end - at);
        at = end + 1;
        if (line.rfind("=====", 0) == 0) ++rules;
        else if (rules == 1) names.push_back(line);
    }
    REQUIRE(rules == 2);
    return names;
}

std::string unescape_filter(std::string s) {  // doctest_discover_tests escapes ',' in --test-case=
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        out += s[i];
    }
    return out;
}

}  // namespace

TEST_CASE("ctest runs every doctest case exactly once, labelled and with a timeout") {
    // Every case of every binary, and which binary holds it.
    const std::vector<std::string> bins = binaries();
    REQUIRE(bins.size() == 3);
    CHECK(std::find(bins.begin(), bins.end(), fs::path(self()).filename().string()) != bins.end());
    std::vector<std::string> cases;
    std::map<std::string, std::string> home;
    for (const auto& b : bins) {
        const std::vector<std::string> own = doctest_cases(b);
        CHECK_MESSAGE(own.size() > 5, b << " holds " << own.size() << " cases");
        for (const auto& name : own) {
            cases.push_back(name);
            home[name] = b;
        }
    }
    REQUIRE(cases.size() > 100);
    std::map<std::string, int> expected;
    for (const auto& name : cases) {
        CHECK_MESSAGE(name.find(';') == std::string::npos, "a test case name with ';' (CTest splits it): " << name);
        ++expected[name];
    }
    for (const auto& entry : expected) CHECK_MESSAGE(entry.second == 1, "two doctest cases share the name " << entry.first);  // no structured binding: clang 14 cannot capture one

    // CTest writes Testing/Temporary/LastTest.log even when it only lists: list from a copy of the
    // test file (its paths are absolute) so the running ctest's own log is left alone.
    lwp::test::TempDir copy;
    fs::copy_file(fs::path(LWP_BUILD_DIR) / "CTestTestfile.cmake", copy.path / "CTestTestfile.cmake");
    const Run listing = run("cd '" + copy.path.string() + "' && '" LWP_CTEST "' --show-only=json-v1");
    REQUIRE(listing.code == 0);
    rapidjson::Document doc;
    doc.Parse(listing.out.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc.HasMember("tests"));
    std::map<std::string, int> seen;
    size_t entries = 0;
    for (const auto& t : doc["tests"].GetArray()) {
        if (!t.HasMember("command") || t["command"].Size() < 2) continue;
        const std::string binary = fs::path(t["command"][0].GetString()).filename().string();
        if (std::find(bins.begin(), bins.end(), binary) == bins.end()) continue;
        ++entries;
        const std::string name = t["name"].GetString();
        CAPTURE(name);
        CHECK_MESSAGE(home[name] == binary, "the entry runs " << binary << ", the case is in " << home[name]);
        const std::string filter = t["command"][1].GetString();
        CHECK(filter.rfind("--test-case=", 0) == 0);
        CHECK(unescape_filter(filter.substr(12)) == name);  // the entry runs the case it is named after
        CHECK_MESSAGE(expected.count(name) == 1, "a CTest entry that is not a doctest case (it would run nothing)");
        ++seen[name];
        bool labelled = false, timed = false, skips = false;
        if (t.HasMember("properties"))
            for (const auto& p : t["properties"].GetArray()) {
                const std::string key = p["name"].GetString();
                labelled |= key == "LABELS" && p["value"].IsArray() && p["value"].Size() > 0;
                timed |= key == "TIMEOUT" && p["value"].IsNumber() && p["value"].GetDouble() > 0;
                skips |= key == "SKIP_RETURN_CODE" && p["value"].IsNumber() && p["value"].GetInt() == 77;
            }
        CHECK(labelled);
        CHECK(timed);
        CHECK(skips);
    }
    CHECK(entries == cases.size());
    for (const auto& name : cases) CHECK_MESSAGE(seen[name] == 1, "run " << seen[name] << " times by ctest: " << name);
}

TEST_CASE("a run that matches no test case fails, like a name that CTest split at a semicolon") {
    const Run none = run("'" + self() + "' --test-case=' removal cascades'");
    CHECK(none.code == 1);
    CHECK(none.out.find("no test case matches") != std::string::npos);
    const Run one = run("'" + self() + "' --test-case='runtime dirs: asset_path and font_path'");
    CHECK(one.code == 0);
}

TEST_CASE("a missing tool fails in CI and is reported as skipped elsewhere") {
    const std::string name = "report in a real browser: chromium renders it headless";
    std::string holder;  // the test binary that holds it
    for (const auto& b : binaries()) {
        const std::vector<std::string> own = doctest_cases(b);
        if (std::find(own.begin(), own.end(), name) != own.end()) holder = (fs::path(LWP_BUILD_DIR) / b).string();
    }
    REQUIRE_FALSE(holder.empty());
    const std::string browser = "'" + holder + "' --test-case='" + name + "'";
    const Run ci = run("env CI=true LWP_TEST_PRETEND_MISSING=/usr/bin/chromium " + browser);
    CHECK(ci.code == 1);
    CHECK(ci.out.find("missing and CI=true") != std::string::npos);
    const Run local = run("env -u CI LWP_TEST_PRETEND_MISSING=/usr/bin/chromium " + browser);
    CHECK(local.code == 77);
    CHECK(local.out.find("SKIPPED: /usr/bin/chromium") != std::string::npos);
}
