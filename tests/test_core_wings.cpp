// The core's wings (docs/ARCHITECTURE.md): a file in app/core/<wing>/ (or a folder inside it, as
// assess/kinds/) includes only core headers of its own wing or of a wing below it. The order,
// lowest first:
//   model → fold → {assess, layout, session} → store → report
// (assess, layout and session stand side by side and do not include each other).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::map<std::string, int> kLevel = {
    {"model", 0}, {"fold", 1}, {"assess", 2}, {"layout", 2}, {"session", 2}, {"store", 3}, {"report", 4},
};

fs::path core_dir() { return fs::path(LWP_SCENARIO_DIR).parent_path() / "app" / "core"; }

// The wrong includes, as "file: core/<wing>/<header>".
std::vector<std::string> upward_includes(const fs::path& root) {
    std::vector<std::string> wrong;
    const std::regex inc(R"(^\s*#\s*include\s+"core/([a-z_]+)/[A-Za-z0-9_]+\.hpp")");
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        if (!e.is_regular_file()) continue;
        // The wing is the first folder under the root: assess/kinds/x.cpp is in assess.
        const fs::path rel = e.path().lexically_relative(root);
        const std::string own = std::next(rel.begin()) == rel.end() ? std::string() : rel.begin()->string();
        const auto own_level = kLevel.find(own);
        if (own_level == kLevel.end()) {
            wrong.push_back(e.path().string() + ": not in a wing");
            continue;
        }
        std::ifstream in(e.path());
        std::string line;
        std::smatch m;
        while (std::getline(in, line)) {
            if (!std::regex_search(line, m, inc)) continue;
            const std::string other = m[1].str();
            const auto other_level = kLevel.find(other);
            const bool ok = other == own ||
                            (other_level != kLevel.end() && other_level->second < own_level->second);
            if (!ok) wrong.push_back(e.path().filename().string() + ": " + line);
        }
    }
    return wrong;
}

}  // namespace

TEST_CASE("core wings: every core file sits in a wing and includes only its own wing or lower ones") {
    const fs::path root = core_dir();
    REQUIRE(fs::is_directory(root / "model"));
    size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(root)) files += e.is_regular_file();
    CHECK(files > 50);
    const auto wrong = upward_includes(root);
    for (const auto& w : wrong) MESSAGE(w);
    CHECK(wrong.empty());
}

TEST_CASE("core wings: the check finds an upward include and a file outside the wings") {
    const fs::path tmp = fs::temp_directory_path() / "lwp_wings_check";
    fs::remove_all(tmp);
    fs::create_directories(tmp / "model");
    fs::create_directories(tmp / "assess");
    fs::create_directories(tmp / "layout");
    fs::create_directories(tmp / "assess" / "kinds");
    std::ofstream(tmp / "model" / "a.hpp") << "#include \"core/report/report.hpp\"\n";
    std::ofstream(tmp / "assess" / "b.cpp") << "#include \"core/fold/session.hpp\"\n#include \"core/assess/b.hpp\"\n";
    std::ofstream(tmp / "layout" / "c.cpp") << "#include \"core/assess/scoring.hpp\"\n";
    std::ofstream(tmp / "loose.hpp") << "\n";
    std::ofstream(tmp / "assess" / "kinds" / "d.cpp") << "#include \"core/assess/b.hpp\"\n#include \"core/fold/session.hpp\"\n";
    std::ofstream(tmp / "assess" / "kinds" / "e.cpp") << "#include \"core/session/controller.hpp\"\n";
    const auto wrong = upward_includes(tmp);
    fs::remove_all(tmp);
    REQUIRE(wrong.size() == 4);  // model→report, layout→assess (a sibling), the loose file, assess/kinds→session
    std::set<std::string> joined;
    for (const auto& w : wrong) joined.insert(w.substr(0, w.find(':')));
    CHECK(joined.count("a.hpp") == 1);
    CHECK(joined.count("c.cpp") == 1);
    CHECK(joined.count("b.cpp") == 0);
    CHECK(joined.count("d.cpp") == 0);  // a folder inside a wing is that wing
    CHECK(joined.count("e.cpp") == 1);
}
