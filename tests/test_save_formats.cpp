// Save-format compatibility (issue 9, item 6). Every saved type has a CEREAL_CLASS_VERSION in
// app/core/store/persistence.cpp. For every type and every version up to the current one there must be
// a fixture in tests/fixtures/saves/ (session-vN.json, settings-vN.json, ...) that the program
// still loads, forever. And the newest fixtures must have exactly the shape the program writes
// today, so changing the format without a version bump and a new fixture fails here.
//
// Changing the format: bump the version in persistence.cpp, keep loading the old versions, save
// a file with the new program as tests/fixtures/saves/<kind>-v<N>.json, and leave the old
// fixtures where they are.
// First, and configured exactly as in app/core/store/persistence.cpp (same rapidjson flags everywhere).
#define RAPIDJSON_PARSE_DEFAULT_FLAGS kParseNanAndInfFlag
#include <cereal/archives/json.hpp>

#include "core/store/persistence.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace lwp;
namespace fs = std::filesystem;

namespace {

fs::path saves_dir() {
    return test::fixture("saves");
}

// Type name -> current version, read from the source the program is built from.
std::map<std::string, unsigned> current_versions() {
    const fs::path source = fs::path(LWP_TEST_FIXTURES).parent_path().parent_path() / "app/core/store/persistence.cpp";
    const std::string text = test::slurp(source);
    REQUIRE_MESSAGE(!text.empty(), "cannot read ", source.string());
    // CEREAL_CLASS_VERSION(lwp::core::Type, N) (no std::regex: GCC 12 warns inside it under ASan)
    std::map<std::string, unsigned> out;
    const std::string macro = "CEREAL_CLASS_VERSION(";
    for (std::size_t at = text.find(macro); at != std::string::npos; at = text.find(macro, at + 1)) {
        std::size_t p = at + macro.size();
        const std::size_t comma = text.find(',', p), close = text.find(')', p);
        if (comma == std::string::npos || close == std::string::npos || comma > close) continue;
        std::string type = text.substr(p, comma - p);
        type.erase(0, type.find_last_of(": ") == std::string::npos ? 0 : type.find_last_of(": ") + 1);
        const std::string number = text.substr(comma + 1, close - comma - 1);
        if (type.empty() || number.find_first_of("0123456789") == std::string::npos) continue;
        out[type] = static_cast<unsigned>(std::stoul(number.substr(number.find_first_of("0123456789"))));
    }
    return out;
}

// Where each versioned type appears in a saved file: the root object of its kind of file, or
// the first element carrying a version in one of the listed arrays (cereal writes a type's
// version once per file, on its first instance).
struct Kind {
    const char* file_prefix;  // session-vN.json
    const char* root;         // JSON root key
    const char* root_type;    // the type at the root
};
const Kind kKinds[] = {
    {"session", "leerwerkplaats_sessie", "Session"},
    {"settings", "leerwerkplaats_instellingen", "Settings"},
};

using Versions = std::map<std::string, unsigned>;  // type -> version found in one file

void note(Versions& found, const std::string& type, const rapidjson::Value& object) {
    if (!object.IsObject() || found.count(type)) return;
    auto v = object.FindMember("cereal_class_version");
    if (v != object.MemberEnd() && v->value.IsUint()) found[type] = v->value.GetUint();
}

// Which type versions a parsed file contains; `kind` is set to the file's kind.
Versions versions_in(const rapidjson::Document& doc, const Kind** kind) {
    Versions found;
    *kind = nullptr;
    if (!doc.IsObject()) return found;
    for (const Kind& k : kKinds) {
        auto root = doc.FindMember(k.root);
        if (root == doc.MemberEnd()) continue;
        *kind = &k;
        note(found, k.root_type, root->value);
        if (std::string(k.root_type) == "Session" && root->value.IsObject()) {
            const rapidjson::Value& s = root->value;
            if (s.HasMember("actions") && s["actions"].IsArray())
                for (const auto& a : s["actions"].GetArray()) note(found, "Action", a);
            if (s.HasMember("forks") && s["forks"].IsArray())
                for (const auto& f : s["forks"].GetArray()) {
                    note(found, "Fork", f);
                    if (f.IsObject() && f.HasMember("actions") && f["actions"].IsArray())
                        for (const auto& a : f["actions"].GetArray()) note(found, "Action", a);
                }
        }
    }
    return found;
}

// The shape of a JSON value: keys in order and value types, recursively (values ignored).
std::string shape(const rapidjson::Value& v) {
    if (v.IsObject()) {
        std::string out = "{";
        for (const auto& m : v.GetObject()) out += std::string(m.name.GetString()) + ":" + shape(m.value) + ",";
        return out + "}";
    }
    if (v.IsArray()) {
        std::string out = "[";
        for (const auto& e : v.GetArray()) out += shape(e) + ",";
        return out + "]";
    }
    if (v.IsString()) return "s";
    if (v.IsBool()) return "b";
    if (v.IsNull()) return "null";
    return v.IsDouble() ? "d" : "i";
}

struct Fixture {
    fs::path path;
    const Kind* kind = nullptr;
    Versions versions;
    unsigned name_version = 0;  // N in <prefix>-vN.json
};

std::vector<Fixture> fixtures() {
    std::vector<Fixture> out;
    for (const auto& entry : fs::directory_iterator(saves_dir())) {
        if (entry.path().extension() != ".json") continue;
        Fixture f;
        f.path = entry.path();
        const std::string text = test::slurp(f.path);
        rapidjson::Document doc;
        doc.Parse(text.c_str(), text.size());
        INFO(f.path.filename().string());
        REQUIRE_MESSAGE(!doc.HasParseError(), "fixture is not JSON");
        f.versions = versions_in(doc, &f.kind);
        REQUIRE_MESSAGE(f.kind != nullptr, "fixture of an unknown kind (teach test_save_formats.cpp about it)");
        // <kind>-v<N>.json
        const std::string file = f.path.filename().string();
        const std::size_t dash = file.rfind("-v");
        const std::string digits = dash == std::string::npos ? "" : file.substr(dash + 2, file.size() - dash - 2 - 5);
        REQUIRE_MESSAGE((!digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos),
                        "fixture names are <kind>-v<N>.json");
        CHECK(file.substr(0, dash) == f.kind->file_prefix);
        f.name_version = static_cast<unsigned>(std::stoul(digits));
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

TEST_CASE("save formats: every saved type has a fixture for every version up to the current one") {
    const auto current = current_versions();
    const std::set<std::string> expected_types = {"Session", "Action", "Fork", "Settings"};
    std::set<std::string> types;
    for (const auto& [type, version] : current) types.insert(type);
    // A new saved type needs a place in versions_in() and its own fixtures.
    CHECK(types == expected_types);

    const auto files = fixtures();
    for (const auto& entry : current) {
        const std::string type = entry.first;  // named copies: clang 14 cannot capture bindings in INFO
        for (unsigned v = 1; v <= entry.second; ++v) {
            bool covered = false;
            for (const auto& f : files) covered = covered || (f.versions.count(type) && f.versions.at(type) == v);
            INFO("type ", type, " version ", v);
            CHECK_MESSAGE(covered, "no fixture in tests/fixtures/saves/ holds this version: save one with the program");
        }
    }
    for (const auto& f : files) {
        INFO(f.path.filename().string());
        // The N in the name is the version of the file's root type, and nothing in a fixture is
        // newer than the program.
        CHECK(f.versions.at(f.kind->root_type) == f.name_version);
        for (const auto& [type, version] : f.versions) {
            REQUIRE(current.count(type));
            CHECK(version <= current.at(type));
        }
    }
}

TEST_CASE("save formats: every fixture still loads") {
    const auto files = fixtures();
    CHECK(files.size() >= 2);
    for (const auto& f : files) {
        INFO(f.path.filename().string());
        test::TempDir dir;
        core::DataDir data{dir.path};
        std::string error;
        REQUIRE(data.ensure(error));
        if (std::string(f.kind->root_type) == "Session") {
            const fs::path copy = data.sessions() / f.path.filename();
            fs::copy_file(f.path, copy);
            const core::LoadedSession loaded = core::load_session(copy, data.damaged());
            INFO(loaded.error);
            REQUIRE(loaded.session);
            CHECK_FALSE(loaded.session->id.empty());
            CHECK_FALSE(loaded.session->scenario_id.empty());
            CHECK_FALSE(loaded.session->actions.empty());  // fixtures exercise every nested type
            CHECK_FALSE(loaded.session->forks.empty());
            CHECK(fs::exists(copy));  // not moved aside
        } else {
            fs::copy_file(f.path, data.settings_file());
            const core::Settings s = core::load_settings(data, error);
            INFO(error);
            CHECK(error.empty());
            CHECK(fs::exists(data.settings_file()));
            CHECK_FALSE(s.last_session.empty());  // fixtures set every field away from its default
            CHECK(s.language == core::Lang::En);
            CHECK(s.ui_scale != 1.0f);
        }
    }
}

TEST_CASE("save formats: the program writes exactly the shape of the newest fixtures") {
    // Load the newest fixture of each kind and save it again: same keys in the same order, same
    // value types. A field added, removed or renamed without a new version and fixture fails here.
    const auto files = fixtures();
    for (const Kind& kind : kKinds) {
        const Fixture* newest = nullptr;
        for (const auto& f : files)
            if (f.kind == &kind && (!newest || f.name_version > newest->name_version)) newest = &f;
        INFO(kind.file_prefix);
        REQUIRE_MESSAGE(newest != nullptr, "no fixture of this kind");
        INFO(newest->path.filename().string());
        const std::string original = test::slurp(newest->path);
        std::string written;
        std::string error;
        if (std::string(kind.root_type) == "Session") {
            const auto s = core::session_from_json(original, error);
            REQUIRE(s);
            written = core::session_to_json(*s);
        } else {
            test::TempDir dir;
            core::DataDir data{dir.path};
            REQUIRE(data.ensure(error));
            fs::copy_file(newest->path, data.settings_file());
            const core::Settings s = core::load_settings(data, error);
            REQUIRE(error.empty());
            REQUIRE(core::save_settings(data, s, error));
            written = test::slurp(data.settings_file());
        }
        rapidjson::Document a, b;
        a.Parse(original.c_str(), original.size());
        b.Parse(written.c_str(), written.size());
        REQUIRE_FALSE(a.HasParseError());
        REQUIRE_FALSE(b.HasParseError());
        CHECK(shape(b) == shape(a));
        // The versions written are the current ones.
        const Kind* k = nullptr;
        const auto current = current_versions();
        for (const auto& entry : versions_in(b, &k)) {
            const std::string type = entry.first;
            INFO(type);
            CHECK(entry.second == current.at(type));
        }
    }
}
