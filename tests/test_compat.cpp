// Case compatibility (issue 20.5): case files as they were written for the DSL of their day keep
// loading and scoring the same. tests/fixtures/compat holds shipped cases copied from the git
// history (<case>-<commit>.lua) with a log of the same commit (<case>-<commit>-<log>.json) and the
// ledger that log earned when the fixture was added (<case>-<commit>-ledger.txt, the golden). A
// change to the loader or the scoring that breaks an old case fails here, by criterion.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "case_routes.hpp"
#include "helpers.hpp"

using namespace lwp;
namespace fs = std::filesystem;

TEST_CASE("case compatibility: old versions of the shipped cases load and score as they did") {
    const fs::path dir = test::fixture("compat");
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const fs::path file = entry.path();
        if (file.extension() != ".lua") continue;
        CAPTURE(file.filename().string());
        ++cases;
        const std::string base = file.stem().string();  // "piet-82e3065"
        fs::path log;
        for (const auto& other : fs::directory_iterator(dir)) {
            const std::string name = other.path().filename().string();
            if (other.path().extension() == ".json" && name.rfind(base + "-", 0) == 0) log = other.path();
        }
        REQUIRE_MESSAGE(!log.empty(), "no log beside " << file.string());
        auto sc = scripting::load_scenario_file(file);
        for (const auto& d : sc.diagnostics)
            if (d.level == core::Diagnostic::Level::Error) MESSAGE(d.str());
        REQUIRE(sc.ok());
        const auto played = test::play(sc, test::log_actions(log));
        CHECK(played.state.finished());
        const std::string ledger = test::ledger_text(played.report);
        const fs::path golden = dir / (base + "-ledger.txt");
        if (std::getenv("LWP_UPDATE_GOLDEN") && !fs::exists(golden)) test::spit(golden, ledger);  // a new fixture only
        REQUIRE_MESSAGE(fs::exists(golden), "run with LWP_UPDATE_GOLDEN=1 to create " << golden.string());
        CHECK(ledger == test::slurp(golden));
    }
    CHECK(cases >= 3);
}
