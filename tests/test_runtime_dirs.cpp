// Where the program finds its run-time data (app/core/store/runtime_dirs.hpp): installed prefix first,
// then the source tree, and a path that names where the data belongs when neither exists.
#include <doctest/doctest.h>

#include "core/model/about.hpp"
#include "core/store/runtime_dirs.hpp"
#include "helpers.hpp"
#include "tools.hpp"

using namespace lwp;
namespace fs = std::filesystem;

TEST_CASE("runtime dirs: an installed prefix wins over the source tree") {
    test::TempDir prefix;
    fs::create_directories(prefix.path / "bin");
    fs::create_directories(prefix.path / "share/leerwerkplaats/scenarios");
    const auto source = fs::path(LWP_SCENARIO_DIR).parent_path();
    const auto dirs = core::find_runtime_dirs(prefix.path / "bin/leerwerkplaats", source);
    CHECK(dirs.installed);
    CHECK(dirs.scenarios == prefix.path / "share/leerwerkplaats/scenarios");
    CHECK(dirs.assets == prefix.path / "share/leerwerkplaats");
}

TEST_CASE("runtime dirs: a build without an installed prefix uses the source tree's scenarios and assets") {
    test::TempDir build;
    const auto source = fs::path(LWP_SCENARIO_DIR).parent_path();
    const auto dirs = core::find_runtime_dirs(build.path / "leerwerkplaats", source);
    CHECK_FALSE(dirs.installed);
    CHECK(dirs.scenarios == source / "scenarios");
    CHECK(dirs.assets == source / "assets");
    CHECK(fs::is_directory(dirs.assets));
}

TEST_CASE("runtime dirs: with neither, the installed paths are named so errors say where data belongs") {
    test::TempDir nowhere;
    const auto dirs = core::find_runtime_dirs(nowhere.path / "bin/leerwerkplaats", nowhere.path / "no-source");
    CHECK_FALSE(dirs.installed);
    CHECK(dirs.scenarios == nowhere.path / "share/leerwerkplaats/scenarios");
    CHECK(dirs.assets == nowhere.path / "share/leerwerkplaats");
}

TEST_CASE("runtime dirs: asset_path and font_path") {
    CHECK(core::asset_path("methodewijzer/nl.md") == core::runtime_dirs().assets / "methodewijzer/nl.md");
    CHECK(core::font_path("DejaVuSans.ttf") == "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    CHECK(fs::exists(core::font_path("DejaVuSans.ttf")));  // fonts-dejavu-core is in the Makefile's PACKAGES
}

TEST_CASE("--version names the version, the licence and where the cases and run-time data were found") {
    const auto plain = test::run_command(std::string("'") + LWP_BINARY + "' --version");
    CHECK(plain.code == 0);
    CHECK(plain.out.find("Leerwerkplaats " + std::string(core::version()) + "\n") == 0);
    CHECK(plain.out.find("licentie: " + std::string(core::licence_id())) != std::string::npos);
    CHECK(plain.out.find("casussen: " + std::string(LWP_SCENARIO_DIR) + "\n") != std::string::npos);  // a dev build: the source tree
    test::TempDir other;
    const auto chosen = test::run_command(std::string("'") + LWP_BINARY + "' --scenarios '" + other.path.string() + "' --version");
    CHECK(chosen.out.find("casussen: " + other.path.string() + "\n") != std::string::npos);  // --scenarios wins
}
