// Saving sessions: atomic writes, damaged files kept aside (never overwritten), the autosaver.
#include <doctest/doctest.h>

#include "core/store/persistence.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
core::Session sample() {
    core::Session s;
    s.id = "mini-1";
    s.scenario_id = "mini";
    s.scenario_version = "1.0";
    s.scenario_hash = 0xfedcba9876543210ull;
    s.seed = 42;
    s.created = 1700000000;
    s.updated = 1700000100;
    s.actions.push_back(core::Action{"lees", "begin", "melding", {}, 1700000010});
    s.actions.push_back(core::Action{"kies", "begin", "praten", {{"reden", "eerst het kind"}}, 1700000020});
    s.forks.push_back(core::Fork{"Wacht af.", 1700000050, {core::Action{"kies", "begin", "wachten", {}, 1700000030}}});
    return s;
}
}  // namespace

TEST_CASE("a session survives a save and load unchanged") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    const core::Session s = sample();
    REQUIRE(core::save_session(data.session_file(s.id), s, error));
    auto loaded = core::load_session(data.session_file(s.id), data.damaged());
    REQUIRE(loaded.session);
    CHECK(loaded.session->id == s.id);
    CHECK(loaded.session->scenario_hash == s.scenario_hash);
    CHECK(loaded.session->seed == 42);
    CHECK(loaded.session->actions == s.actions);
    REQUIRE(loaded.session->forks.size() == 1);
    CHECK(loaded.session->forks[0].actions == s.forks[0].actions);
    CHECK_FALSE(std::filesystem::exists(data.session_file(s.id).string() + ".tmp"));
}

TEST_CASE("the save format carries cereal class versions") {
    const std::string json = core::session_to_json(sample());
    CHECK(json.find("\"cereal_class_version\": 1") != std::string::npos);
    CHECK(json.find("leerwerkplaats_sessie") != std::string::npos);
}

TEST_CASE("the version-1 fixture file still loads") {
    test::TempDir dir;
    const auto copy = dir.path / "v1.json";
    std::filesystem::copy_file(test::fixture("saves/session-v1.json"), copy);
    auto loaded = core::load_session(copy, dir.path / "beschadigd");
    REQUIRE(loaded.session);
    CHECK(loaded.session->scenario_id == "mini");
    CHECK(loaded.session->actions.size() == 2);
    CHECK(loaded.session->actions[1].target == "praten");
    CHECK(loaded.session->forks.size() == 1);
}

TEST_CASE("a damaged session file is moved aside with a clear message, never overwritten") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    const std::string good = core::session_to_json(sample());
    struct Case {
        const char* name;
        std::string bytes;
        const char* expect;
    };
    const Case cases[] = {
        {"truncated", good.substr(0, good.size() / 2), "afgebroken"},
        {"random bytes", std::string("\x01\xff\x7fgarbage{{]", 12), "beschadigd"},
        {"deep nesting", std::string(100000, '[') + std::string(100000, ']'), "diep genest"},
        {"wrong shape", "{\"leerwerkplaats_sessie\": [1, 2, 3]}", "beschadigd"},
        {"newer version", "{\"leerwerkplaats_sessie\": {\"cereal_class_version\": 9, \"id\": \"x\"}}", "versie 9"},
        {"empty", "", "beschadigd"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const auto path = data.sessions() / "kapot.json";
        test::spit(path, c.bytes);
        auto loaded = core::load_session(path, data.damaged());
        CHECK_FALSE(loaded.session);
        CHECK(loaded.error.find(c.expect) != std::string::npos);
        CHECK(loaded.error.find("apart gezet") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(path));
        REQUIRE(std::filesystem::exists(loaded.moved_to));
        CHECK(test::slurp(loaded.moved_to) == c.bytes);  // kept byte for byte
    }
}

TEST_CASE("listing sessions keeps good ones and reports damaged ones") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    core::Session s = sample();
    REQUIRE(core::save_session(data.session_file(s.id), s, error));
    test::spit(data.sessions() / "stuk.json", "{ niet af");
    auto listing = core::list_sessions(data);
    REQUIRE(listing.sessions.size() == 1);
    CHECK(listing.sessions[0].id == s.id);
    REQUIRE(listing.problems.size() == 1);
    CHECK(listing.problems[0].find("stuk.json") != std::string::npos);
}

TEST_CASE("atomic write replaces the whole file or nothing") {
    test::TempDir dir;
    const auto path = dir.path / "x.json";
    std::string error;
    REQUIRE(core::write_file_atomic(path, "eerste versie", error));
    REQUIRE(core::write_file_atomic(path, "tweede", error));
    CHECK(test::slurp(path) == "tweede");
    CHECK_FALSE(core::write_file_atomic(dir.path / "bestaat-niet" / "x.json", "x", error));
    CHECK(error.find("bestaat-niet") != std::string::npos);
}

TEST_CASE("the autosaver writes the newest snapshot off the calling thread") {
    test::TempDir dir;
    const auto path = dir.path / "s.json";
    core::AutoSaver saver;
    core::Session s = sample();
    for (int i = 0; i < 50; ++i) {
        s.actions.push_back(core::Action{"kies", "x", "c" + std::to_string(i), {}, i});
        saver.submit(path, s);
    }
    saver.flush();
    CHECK(saver.last_error().empty());
    CHECK(saver.writes() >= 1);
    CHECK(saver.writes() <= 50);
    auto loaded = core::load_session(path, dir.path / "beschadigd");
    REQUIRE(loaded.session);
    CHECK(loaded.session->actions.size() == s.actions.size());  // the last snapshot won
}

TEST_CASE("settings round-trip — damaged settings fall back to defaults and are kept aside") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    core::Settings st;
    st.language = core::Lang::En;
    st.ui_scale = 1.5f;
    st.last_session = "abc";
    REQUIRE(core::save_settings(data, st, error));
    auto back = core::load_settings(data, error);
    CHECK(error.empty());
    CHECK(back.language == core::Lang::En);
    CHECK(back.ui_scale == doctest::Approx(1.5));
    CHECK(back.last_session == "abc");
    test::spit(data.settings_file(), "{\"kapot\"");
    back = core::load_settings(data, error);
    CHECK(back.language == core::Lang::Nl);
    CHECK(error.find("apart gezet") != std::string::npos);
}
