// Damaged inputs (issue 9, item 2): session and settings files cut at every offset, random bytes,
// nesting bombs, huge numbers and sizes, wrong versions and valid JSON of the wrong shape. Each
// must give a user-facing error, keep the file aside byte for byte, and never crash; the checks
// that bound peak memory (size, depth, element counts) must run before cereal sees the text.
//
// The program reads two kinds of files: sessions and settings. Exports (play --json) are only
// written, never read back, so there is no export reader to damage.
#include "core/session/controller.hpp"
#include "core/store/persistence.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <malloc.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace lwp;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& s, const std::string& needle) {
    return s.find(needle) != std::string::npos;
}

// A session file as the program writes it: the fixture scenario played with the controller
// (a document read, choices with arguments, a rewind that leaves a fork), saved by save_session.
std::string real_session_file(const fs::path& dir) {
    auto loaded = test::load_fixture("mini.lua");
    REQUIRE(loaded.ok());
    core::Session s;
    s.id = "mini-20240301-120000-ab12";  // fixed, so the random mutations below are reproducible
    s.scenario_id = "mini";
    s.scenario_version = loaded.scenario->meta.version;
    s.scenario_hash = loaded.scenario->content_hash;
    s.seed = 0x0123456789abcdefull;
    s.created = 1709290800;
    core::SessionController ctl(loaded.scenario, loaded.runtime.get(), s);
    REQUIRE(ctl.perform(core::make_read("begin", "melding")).ok);
    core::Action choose = core::make_choose("begin", "wachten");
    choose.args["notitie"] = "\"Citaat\" met \\ en é, ✓ en \n nieuwe regel";
    REQUIRE(ctl.perform(choose).ok);
    ctl.rewind_to_choice(0);
    REQUIRE(ctl.perform(core::make_choose("begin", "praten")).ok);
    REQUIRE(ctl.perform(core::make_choose("vervolg", "plan")).ok);
    core::Session saved = ctl.session();
    saved.updated = 1709291100;  // wall-clock fields, fixed for reproducible mutations
    std::int64_t at = 1709290900;
    for (auto& a : saved.actions) a.at = at++;
    for (auto& f : saved.forks) {
        f.created = at;
        for (auto& a : f.actions) a.at = at++;
    }
    const fs::path file = dir / "echt.json";
    std::string error;
    REQUIRE(core::save_session(file, saved, error));
    return test::slurp(file);
}

// Every message the loader gives for a damaged file starts with one of these (Dutch, for users).
bool user_facing(const std::string& error) {
    for (const char* start : {"bestand is te groot", "bestand is te diep genest", "bestand bevat",
                              "bestand is afgebroken", "bestand is beschadigd", "sessiebestand mist",
                              "sessiebestand heeft een ongeldige id", "kan "}) {
        if (error.rfind(start, 0) == 0) return true;
    }
    return false;
}

// The error text of the precheck (as opposed to cereal's "bestand is beschadigd ...").
bool from_precheck(const std::string& error) {
    return error.rfind("bestand is te groot", 0) == 0 || error.rfind("bestand is te diep genest", 0) == 0 ||
           error.rfind("bestand bevat", 0) == 0 || error.rfind("bestand is afgebroken", 0) == 0;
}

// A "VmRSS:"-style field of /proc/self/status, in KiB.
long proc_status_kib(const std::string& field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(field.size()));
    return -1;
}

// Puts `bytes` in the sessions folder and loads it through load_session: it must fail with a
// user-facing message naming the file, and the file must be moved aside unchanged.
void expect_kept_aside(const core::DataDir& data, const std::string& bytes, const std::string& expect = "") {
    const fs::path path = data.sessions() / "kapot.json";
    test::spit(path, bytes);
    const core::LoadedSession loaded = core::load_session(path, data.damaged());
    REQUIRE_FALSE(loaded.session);
    CAPTURE(loaded.error);
    CHECK(loaded.error.rfind("kapot.json: ", 0) == 0);
    CHECK(user_facing(loaded.error.substr(std::string("kapot.json: ").size())));
    CHECK(contains(loaded.error, "apart gezet"));
    if (!expect.empty()) CHECK(contains(loaded.error, expect));
    CHECK_FALSE(fs::exists(path));
    REQUIRE(fs::exists(loaded.moved_to));
    CHECK(loaded.moved_to.parent_path() == data.damaged());
    CHECK(test::slurp(loaded.moved_to) == bytes);
    fs::remove(loaded.moved_to);  // keeps the folder small for the next case
}

std::string session_json(const std::string& body) {
    return "{\"leerwerkplaats_sessie\": {" + body + "}}";
}

// A v1 session with every field, for variations.
std::string good_body(const std::string& override_key = "", const std::string& override_value = "") {
    const std::vector<std::pair<std::string, std::string>> fields = {
        {"cereal_class_version", "1"},
        {"id", "\"mini-1\""},
        {"scenario_id", "\"mini\""},
        {"scenario_version", "\"1.0\""},
        {"scenario_hash", "12345"},
        {"seed", "42"},
        {"created", "1709290800"},
        {"updated", "1709291100"},
        {"actions",
         "[{\"cereal_class_version\": 1, \"type\": \"lees\", \"step\": \"begin\", \"target\": \"melding\","
         " \"args\": [], \"at\": 1709290900}]"},
        {"forks", "[]"},
    };
    std::string out;
    for (const auto& [k, v] : fields) {
        if (!out.empty()) out += ", ";
        out += "\"" + k + "\": " + (k == override_key ? override_value : v);
    }
    return out;
}

}  // namespace

TEST_CASE("damaged inputs: the unmodified inputs load") {
    test::TempDir dir;
    const std::string real = real_session_file(dir.path);
    std::string error;
    const auto s = core::session_from_json(real, error);
    REQUIRE(s);
    CHECK(s->actions.size() == 3);
    CHECK(s->forks.size() == 1);
    CHECK(s->forks[0].actions[1].args.at("notitie") == "\"Citaat\" met \\ en é, ✓ en \n nieuwe regel");
    CHECK(core::session_from_json(test::slurp(test::fixture("saves/session-v1.json")), error));
    CHECK(core::session_from_json(session_json(good_body()), error));
}

TEST_CASE("damaged inputs: a session cut at every offset is refused and kept aside") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    for (const std::string& name : {std::string("echt"), std::string("session-v1")}) {
        CAPTURE(name);
        const std::string full =
            name == "echt" ? real_session_file(dir.path) : test::slurp(test::fixture("saves/session-v1.json"));
        // Only trailing whitespace may be cut from a file and leave it whole.
        const std::size_t whole = full.find_last_not_of(" \t\r\n") + 1;
        int refused = 0;
        for (std::size_t n = 0; n < full.size(); ++n) {
            const std::string cut = full.substr(0, n);
            std::string e;
            const auto s = core::session_from_json(cut, e);
            if (n < whole) {
                CAPTURE(n);
                if (s) FAIL_CHECK("a cut file loaded");
                CHECK(user_facing(e));
                expect_kept_aside(data, cut);
                ++refused;
            } else {
                CHECK(s);
            }
        }
        CHECK(refused == static_cast<int>(whole));
        CHECK(fs::is_empty(data.damaged()));
        MESSAGE(name, ": all ", refused, " cuts refused and kept aside");
    }
}

TEST_CASE("damaged inputs: settings cut at every offset fall back to defaults and are kept aside") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    const std::string full = test::slurp(test::fixture("saves/settings-v1.json"));
    const std::size_t whole = full.find_last_not_of(" \t\r\n") + 1;
    for (std::size_t n = 0; n < whole; ++n) {
        CAPTURE(n);
        const std::string cut = full.substr(0, n);
        test::spit(data.settings_file(), cut);
        std::string e;
        const core::Settings s = core::load_settings(data, e);
        CHECK(s.language == core::Lang::Nl);  // the defaults
        CHECK(s.ui_scale == 1.0f);
        CHECK(s.last_session.empty());
        CHECK(contains(e, "apart gezet"));
        CHECK_FALSE(fs::exists(data.settings_file()));
        std::vector<fs::path> kept(fs::directory_iterator(data.damaged()), fs::directory_iterator());
        REQUIRE(kept.size() == 1);
        CHECK(test::slurp(kept[0]) == cut);
        fs::remove(kept[0]);
    }
}

TEST_CASE("damaged inputs: random bytes and random mutations never crash") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    // Pure noise, fixed seeds: never a session.
    for (std::uint32_t seed = 1; seed <= 200; ++seed) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        std::string bytes(rng() % 4096, '\0');
        for (char& c : bytes) c = static_cast<char>(rng() & 0xff);
        if (seed % 20 == 0) expect_kept_aside(data, bytes);
        std::string e;
        CHECK_FALSE(core::session_from_json(bytes, e));
        CHECK(user_facing(e));
    }
    // Noise in JSON's own alphabet gets further into the parser.
    const std::string alphabet = "{}[]\",:0123456789.eE+-truefalsnul \\/u\n";
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        std::string bytes(rng() % 512, '\0');
        for (char& c : bytes) c = alphabet[rng() % alphabet.size()];
        std::string e;
        CHECK_FALSE(core::session_from_json(session_json(bytes), e));
        CHECK(user_facing(e));
    }
    // One to eight bytes of a real file changed: refused with a message, or (when the change
    // kept it valid) loaded, and then it saves and loads again unchanged.
    const std::string real = real_session_file(dir.path);
    int loaded = 0, refused = 0;
    for (std::uint32_t seed = 1; seed <= 1500; ++seed) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        std::string bytes = real;
        for (std::uint32_t k = 0, n = 1 + rng() % 8; k < n; ++k) {
            const std::size_t at = rng() % bytes.size();
            switch (rng() % 3) {
                case 0: bytes[at] = static_cast<char>(rng() & 0xff); break;
                case 1: bytes.erase(at, 1 + rng() % 16); break;
                default: bytes.insert(at, 1, "{}[]\",:0\\"[rng() % 9]); break;
            }
        }
        std::string e;
        const auto s = core::session_from_json(bytes, e);
        if (s) {
            ++loaded;
            const auto again = core::session_from_json(core::session_to_json(*s), e);
            REQUIRE(again);
            CHECK(again->actions == s->actions);
            CHECK(again->id == s->id);
        } else {
            ++refused;
            CHECK(user_facing(e));
        }
    }
    CHECK(refused > 1000);  // most mutations break the file
    MESSAGE(loaded, " mutated files still loaded, ", refused, " were refused");
}

TEST_CASE("damaged inputs: nesting bombs are stopped by the precheck") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    auto nest = [](int depth, const char* open, const char* close) {
        std::string s;
        for (int i = 0; i < depth; ++i) s += open;
        for (int i = 0; i < depth; ++i) s += close;
        return s;
    };
    // Exactly at the limit the text reaches cereal (and has the wrong shape); one more is refused
    // before cereal.
    std::string e;
    CHECK_FALSE(core::session_from_json(nest(core::kMaxJsonDepth, "[", "]"), e));
    CHECK(contains(e, "beschadigd"));
    CHECK_FALSE(core::session_from_json(nest(core::kMaxJsonDepth + 1, "[", "]"), e));
    CHECK(contains(e, "te diep genest"));
    CHECK(from_precheck(e));

    const std::string bombs[] = {
        nest(1'000'000, "[", "]"),
        nest(1'000'000, "{\"a\":", "}"),
        session_json("\"actions\": " + nest(200, "[", "]")),
        session_json(good_body("actions", "[{\"args\": " + nest(100, "[", "]") + "}]")),
        std::string(5'000'000, '['),  // never closed
    };
    for (const std::string& bomb : bombs) {
        CHECK_FALSE(core::session_from_json(bomb, e));
        CHECK(contains(e, "te diep genest"));
        expect_kept_aside(data, bomb, "te diep genest");
    }
    // Brackets inside strings are text, not nesting; a stray closing bracket is damage.
    CHECK(core::session_from_json(session_json(good_body("scenario_version", "\"" + std::string(1000, '[') + "\"")), e));
    CHECK_FALSE(core::session_from_json("]]]]" + nest(100, "[", "]"), e));
    CHECK(contains(e, "afgebroken of geen geldige JSON"));
}

TEST_CASE("damaged inputs: huge numbers and sizes are refused") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    struct Case {
        const char* field;
        std::string value;
    };
    const Case cases[] = {
        {"scenario_hash", "1e400"},
        {"scenario_hash", "-1"},
        {"scenario_hash", "18446744073709551616"},
        {"seed", "1.5"},
        {"seed", "NaN"},
        {"created", "Infinity"},
        {"created", "9223372036854775808"},
        {"updated", "-1e308"},
        {"cereal_class_version", "4294967296"},
        {"created", std::string(100'000, '9')},
        {"seed", "1e99999999999999999999"},
        {"seed", "0e-68"},  // rapidjson's full-precision path ran __builtin_clzll(0) on this
        {"created", "-0.0000000000000000000000000000000000000000"},
        {"updated", "0.000000000000000000000000000001e-300"},
        {"id", "\"" + std::string(300, 'x') + "\""},  // longer than any file name we write
    };
    for (const Case& c : cases) {
        CAPTURE(c.field);
        const std::string bytes = session_json(good_body(c.field, c.value));
        expect_kept_aside(data, bytes);
    }
    // Sizes: the precheck refuses a text over kMaxSaveBytes, and read_file refuses such a file by
    // its size, before reading it.
    std::string e;
    CHECK_FALSE(core::session_from_json(std::string(core::kMaxSaveBytes + 1, ' '), e));
    CHECK(contains(e, "te groot"));
    CHECK(from_precheck(e));
    const fs::path huge = data.sessions() / "groot.json";
    {
        std::ofstream(huge).put('{');
    }
    fs::resize_file(huge, core::kMaxSaveBytes + 1);  // sparse: costs no disk
    const core::LoadedSession loaded = core::load_session(huge, data.damaged());
    CHECK_FALSE(loaded.session);
    CHECK(contains(loaded.error, "te groot"));
    REQUIRE(fs::exists(loaded.moved_to));
    CHECK(fs::file_size(loaded.moved_to) == core::kMaxSaveBytes + 1);
    fs::remove(loaded.moved_to);

    // Element counts: cereal would size a vector from them before reading a single element.
    std::string many = "0";
    for (int i = 0; i < (1 << 17); ++i) many += ",0";
    CHECK_FALSE(core::session_from_json(session_json(good_body("actions", "[" + many + "]")), e));
    CHECK(contains(e, "te veel elementen"));
    CHECK(from_precheck(e));
    std::string nested = "[";
    for (int a = 0; a < 20; ++a) nested += std::string(a ? "," : "") + "[" + many.substr(0, 2 * 120'000 - 1) + "]";
    nested += "]";
    CHECK_FALSE(core::session_from_json(session_json(good_body("forks", nested)), e));
    CHECK(contains(e, "te veel waarden"));
    CHECK(from_precheck(e));
    // A long but ordinary session is not affected by these limits.
    std::string actions = "[";
    for (int i = 0; i < 5000; ++i) {
        actions += std::string(i ? "," : "") + "{" + (i ? "" : "\"cereal_class_version\": 1, ") +
                   "\"type\": \"lees\", \"step\": \"begin\", \"target\": \"melding\", \"args\": [], \"at\": " +
                   std::to_string(i) + "}";
    }
    actions += "]";
    const auto big = core::session_from_json(session_json(good_body("actions", actions)), e);
    REQUIRE(big);
    CHECK(big->actions.size() == 5000);
}

TEST_CASE("damaged inputs: peak memory stays bounded for the worst files under the size limit") {
    // Measured with the kernel's high-water mark (reset before each load). The first input
    // asked cereal for 16 million Actions (about 3 GB) before the element-count check; the others
    // are the largest the precheck lets through to cereal.
    const std::string head =
        "{\"leerwerkplaats_sessie\": {\"cereal_class_version\": 1, \"id\": \"x\", \"scenario_id\": \"y\","
        " \"scenario_version\": \"1\", \"scenario_hash\": 1, \"seed\": 1, \"created\": 1, \"updated\": 1,"
        " \"actions\": ";
    auto zeros = [](std::size_t count) {
        std::string s = "[0";
        s.reserve(2 * count + 2);
        for (std::size_t i = 1; i < count; ++i) s += ",0";
        return s + "]";
    };
    const std::string most_elements = zeros((std::size_t{1} << 17) - 1);
    std::string most_values = "[" + most_elements;
    for (int i = 0; i < 14; ++i) most_values += "," + most_elements;  // 15 arrays: just under kMaxJsonValues
    most_values += "]";
    std::string big_strings = "[{\"cereal_class_version\": 1, \"type\": \"" + std::string(30u << 20, 'x') +
                              "\", \"step\": \"s\", \"target\": \"t\", \"args\": [], \"at\": 1}]";
    const std::string inputs[] = {
        head + zeros(core::kMaxSaveBytes / 2 - head.size()) + ", \"forks\": []}}",
        head + most_elements + ", \"forks\": []}}",
        head + "[], \"forks\": " + most_values + "}}",
        head + big_strings + ", \"forks\": []}}",
    };
    for (const std::string& input : inputs) {
        CAPTURE(input.size());
        REQUIRE(input.size() <= core::kMaxSaveBytes);
        // Give freed memory back (so reuse cannot hide growth), reset the kernel's high-water mark
        // to the current size, load, read the new peak.
        malloc_trim(0);
        std::ofstream("/proc/self/clear_refs") << "5";
        const long before = proc_status_kib("VmRSS:");
        REQUIRE(proc_status_kib("VmHWM:") <= before + 1024);  // the reset worked
        std::string e;
        const bool loaded = core::session_from_json(input, e).has_value();  // only the last one is a session
        const long grown_mib = (proc_status_kib("VmHWM:") - before) / 1024;
        MESSAGE("loading ", input.size() >> 20, " MiB (", loaded ? "a session" : e.substr(0, 50), ") grew peak memory by ",
                grown_mib, " MiB");
        CHECK(grown_mib < 250);  // generous for sanitizer builds; was ~2800 MiB for the first input
    }
}

TEST_CASE("damaged inputs: newer or invalid versions are refused by name") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    const std::string newer_action =
        "[{\"cereal_class_version\": 7, \"type\": \"lees\", \"step\": \"begin\", \"target\": \"melding\","
        " \"args\": [], \"at\": 1}]";
    const std::string newer_fork =
        "[{\"cereal_class_version\": 5, \"label\": \"x\", \"created\": 1, \"actions\": []}]";
    expect_kept_aside(data, session_json(good_body("cereal_class_version", "3")), "Session is versie 3");
    expect_kept_aside(data, session_json(good_body("actions", newer_action)), "Action is versie 7");
    expect_kept_aside(data, session_json(good_body("forks", newer_fork)), "Fork is versie 5");
    expect_kept_aside(data, session_json(good_body("cereal_class_version", "-1")));
    expect_kept_aside(data, session_json(good_body("cereal_class_version", "\"1\"")));
    expect_kept_aside(data, session_json(good_body("cereal_class_version", "null")));

    test::spit(data.settings_file(),
               "{\"leerwerkplaats_instellingen\": {\"cereal_class_version\": 3, \"language\": \"en\","
               " \"ui_scale\": 2.0, \"last_session\": \"\"}}");
    std::string e;
    const core::Settings s = core::load_settings(data, e);
    CHECK(s.language == core::Lang::Nl);
    CHECK(contains(e, "Settings is versie 3"));
    CHECK(contains(e, "apart gezet"));
}

TEST_CASE("damaged inputs: valid JSON of the wrong shape is refused and kept aside") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    const std::string shapes[] = {
        "null",
        "[]",
        "42",
        "\"leerwerkplaats_sessie\"",
        "{}",
        "{\"leerwerkplaats_sessie\": null}",
        "{\"leerwerkplaats_sessie\": []}",
        "{\"leerwerkplaats_sessie\": \"x\"}",
        "{\"leerwerkplaats_instellingen\": {\"cereal_class_version\": 1, \"language\": \"nl\", \"ui_scale\": 1,"
        " \"last_session\": \"\"}}",
        session_json(""),
        session_json(good_body("actions", "{}")),
        session_json(good_body("actions", "[[]]")),
        session_json(good_body("actions", "[{\"cereal_class_version\": 1}]")),
        session_json(good_body("actions", "[{\"cereal_class_version\": 1, \"type\": 1, \"step\": \"b\", \"target\": "
                                          "\"m\", \"args\": [], \"at\": 1}]")),
        session_json(good_body("actions", "[{\"cereal_class_version\": 1, \"type\": \"kies\", \"step\": \"b\","
                                          " \"target\": \"m\", \"args\": {\"a\": 1}, \"at\": 1}]")),
        session_json(good_body("actions", "[{\"cereal_class_version\": 1, \"type\": \"kies\", \"step\": \"b\","
                                          " \"target\": \"m\", \"args\": [1, 2], \"at\": 1}]")),
        session_json(good_body("actions", "[{\"cereal_class_version\": 1, \"type\": \"kies\", \"step\": \"b\","
                                          " \"target\": \"m\", \"args\": [], \"at\": \"gisteren\"}]")),
        session_json(good_body("forks", "[{\"cereal_class_version\": 1, \"label\": [], \"created\": 1, \"actions\": []}]")),
        session_json(good_body("forks", "{\"label\": \"x\"}")),
        session_json(good_body("id", "42")),
        session_json(good_body("id", "\"\"")),
        session_json(good_body("scenario_id", "\"\"")),
        session_json(good_body("seed", "\"42\"")),
        session_json(good_body("seed", "true")),
        session_json(good_body("created", "{}")),
        // ids name files: nothing that leaves the sessions folder or hides
        session_json(good_body("id", "\"../../../.bashrc\"")),
        session_json(good_body("id", "\"/etc/passwd\"")),
        session_json(good_body("id", "\"sub/dir\"")),
        session_json(good_body("id", "\".verborgen\"")),
        session_json(good_body("id", "\"a\\u002f..\\u002fb\"")),  // "a/../b", escaped
        session_json(good_body("id", "\"nieuwe\\nregel\"")),
    };
    for (const std::string& bytes : shapes) {
        CAPTURE(bytes);
        expect_kept_aside(data, bytes);
    }
    // Listing the folder with good and damaged files: the good one loads, the others are named.
    std::string e;
    REQUIRE(core::save_session(data.session_file("mini-1"), *core::session_from_json(session_json(good_body()), e), e));
    test::spit(data.sessions() / "a.json", shapes[6]);
    test::spit(data.sessions() / "b.json", "{\"leerwerkplaats_sessie\": {\"id\": ");
    const core::SessionListing listing = core::list_sessions(data);
    REQUIRE(listing.sessions.size() == 1);
    CHECK(listing.sessions[0].id == "mini-1");
    CHECK(listing.problems.size() == 2);
    CHECK(std::distance(fs::directory_iterator(data.damaged()), fs::directory_iterator()) == 2);
}

TEST_CASE("damaged inputs: settings with odd values are repaired, not trusted") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    struct Case {
        const char* ui_scale;
        float expected;
    };
    for (const Case c : {Case{"NaN", 1.0f}, Case{"Infinity", 1.0f}, Case{"-Infinity", 1.0f}, Case{"1e30", 2.5f},
                         Case{"-5", 0.75f}, Case{"0", 0.75f}, Case{"1.25", 1.25f}}) {
        CAPTURE(c.ui_scale);
        test::spit(data.settings_file(), std::string("{\"leerwerkplaats_instellingen\": {\"cereal_class_version\": 1,"
                                                     " \"language\": \"xx\", \"ui_scale\": ") +
                                             c.ui_scale + ", \"last_session\": \"\"}}");
        std::string e;
        const core::Settings s = core::load_settings(data, e);
        CHECK(e.empty());
        CHECK(s.ui_scale == c.expected);
        CHECK(s.language == core::Lang::Nl);  // unknown language code: the default
    }
}
