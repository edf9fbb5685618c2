// Shared test helpers: fixture paths and a temporary data dir that cleans up after itself.
#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "scripting/loader.hpp"

namespace lwp::test {

namespace fs = std::filesystem;

inline fs::path fixture(const std::string& rel) { return fs::path(LWP_TEST_FIXTURES) / rel; }

inline scripting::LoadedScenario load_fixture(const std::string& name) {
    return scripting::load_scenario_file(fixture("scenarios/" + name));
}

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void spit(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

// Writes a new version of a scenario file and moves its mtime on, as an editor's save does.
inline void save_in_editor(const fs::path& file, const std::string& text) {
    const auto before = fs::exists(file) ? fs::last_write_time(file) : fs::file_time_type::clock::now();
    spit(file, text);
    fs::last_write_time(file, before + std::chrono::seconds(2));
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("lwp-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

}  // namespace lwp::test
