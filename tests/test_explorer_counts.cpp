// The explorer's counts on every bundled case, sampled and exhaustive (as far as the case allows),
// against golden files written by the explorer before it shared route prefixes and split the work
// over two threads (issue 22): a faster explorer must find exactly what the old one found.
// LWP_UPDATE_GOLDEN=1 rewrites them (only when a change to the counts is intended).
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#include "core/assess/explorer.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {

// Everything the report says except the time it took.
std::string digest(const core::ExploreReport& r) {
    std::ostringstream o;
    o << "playthroughs " << r.playthroughs << "\nexhaustive " << r.exhaustive << "\nover_max_paths " << r.over_max_paths << "\ncut_loops "
      << r.cut_loops << "\nstuck " << r.stuck << "\nimpure_routes " << r.impure_routes << '\n';
    for (const auto& e : r.endings) o << "ending " << e << '\n';
    for (const auto& c : r.criteria)
        o << "criterion " << c.id << ' ' << c.block << " met " << c.met << " missed " << c.missed << " not_assessed " << c.not_assessed << " errors "
          << c.errors << (c.failure.empty() ? "" : " failure " + c.failure) << '\n';
    for (const auto& id : r.never_met) o << "never_met " << id << '\n';
    for (const auto& id : r.never_missed) o << "never_missed " << id << '\n';
    for (const auto& id : r.never_assessed) o << "never_assessed " << id << '\n';
    for (const auto& id : r.broken) o << "broken " << id << '\n';
    for (const auto& f : r.impure) o << "impure " << f << '\n';
    return o.str();
}

void check_golden(const std::string& name, const std::string& text) {
    const auto golden = test::fixture("golden/explore/" + name + ".txt");
    if (std::getenv("LWP_UPDATE_GOLDEN")) {
        std::filesystem::create_directories(golden.parent_path());
        test::spit(golden, text);
    }
    REQUIRE_MESSAGE(std::filesystem::exists(golden), "run with LWP_UPDATE_GOLDEN=1 to create " << golden.string());
    CHECK(text == test::slurp(golden));
}

// The explorer on one thread, then on two (the second thread with its own copy loaded from the
// same source): both must give the golden counts.
void check_explore(const std::string& name, const scripting::LoadedScenario& s, const std::string& source, core::ExploreOptions opt) {
    CAPTURE(name);
    check_golden(name, digest(core::explore(*s.scenario, s.runtime.get(), opt)));
    size_t copies = 0;
    opt.second_copy = [&] {
        ++copies;
        auto again = scripting::load_scenario_source(source, s.file);
        return core::ExploreCopy{again.scenario, again.runtime};
    };
    check_golden(name, digest(core::explore(*s.scenario, s.runtime.get(), opt)));
    CHECK(copies == 1);
}

const char* const kCases[] = {"dossieronderzoek", "dreigende_uitzetting", "huiselijk_geweld", "oefencasus", "ots_eindigt", "piet"};

}  // namespace

namespace {
// Every bundled case explored with `opt`, against the golden file "<case>-<suffix>".
void check_bundled(const char* suffix, const core::ExploreOptions& opt) {
    for (const char* id : kCases) {
        CAPTURE(id);
        const auto file = std::filesystem::path(LWP_SCENARIO_DIR) / (std::string(id) + ".lua");
        auto s = scripting::load_scenario_file(file);
        REQUIRE(s.ok());
        if (opt.samples > 0) CHECK(core::explore(*s.scenario, s.runtime.get(), opt).playthroughs == opt.samples);
        check_explore(std::string(id) + "-" + suffix, s, test::slurp(file), opt);
    }
}
}  // namespace

TEST_CASE("explorer counts on every bundled case, sampled, are those of the golden files") {
    core::ExploreOptions opt;
    opt.samples = 300;
    opt.seed = 5;
    check_bundled("sampled", opt);
}

TEST_CASE("explorer counts on every bundled case, every path (or the fallback walks), are those of the golden files") {
    core::ExploreOptions opt;
    opt.max_paths = 400;
    opt.fallback_samples = 250;
    opt.seed = 2;
    check_bundled("default", opt);
}

TEST_CASE("explorer counts on the fixtures, including a check that breaks on some routes only") {
    for (const char* name : {"mini", "onwinbaar"}) {
        CAPTURE(name);
        auto s = test::load_fixture(std::string(name) + ".lua");
        REQUIRE(s.ok());
        const std::string source = test::slurp(test::fixture("scenarios/" + std::string(name) + ".lua"));
        check_explore(std::string(name) + "-default", s, source, {});
        core::ExploreOptions opt;
        opt.samples = 120;
        check_explore(std::string(name) + "-sampled", s, source, opt);
    }
    // Breaks on the routes through "anders" only: the first failure's route number and the
    // errors on every later route (whichever worker played it) are part of the counts.
    const std::string kapot =
        "scenario { id = \"kapot\", titel = \"Kapot\", versie = \"1\", start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"Einde.\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"Begin.\",\n"
        "  keuze \"goed\" { tekst = \"Goed\", naar = \"b\" },\n"
        "  keuze \"anders\" { tekst = \"Anders\", naar = \"b\" } }\n"
        "stap \"b\" { titel = \"B\", tekst = \"Verder.\",\n"
        "  keuze \"een\" { tekst = \"Een\", naar = \"e\" },\n"
        "  keuze \"twee\" { tekst = \"Twee\", naar = \"e\" } }\n"
        "criterium \"heel\" { bouwsteen = \"reflectie\", gewicht = 1, tekst = \"Heel criterium\", onderbouwing = \"M\",\n"
        "  goed = \"G\", fout = \"F\", check = { keuze = \"goed\" } }\n"
        "criterium \"stuk\" { bouwsteen = \"weging\", gewicht = 5, tekst = \"Stuk criterium\", onderbouwing = \"M\",\n"
        "  goed = \"G\", fout = \"F\",\n"
        "  check = function(s) if s.keuzes.anders and s.keuzes.twee then error('alleen na anders en twee') end return s.keuzes.goed == true end }\n";
    auto s = scripting::load_scenario_source(kapot, "kapot.lua");
    REQUIRE(s.ok());
    const core::ExploreReport r = core::explore(*s.scenario, s.runtime.get(), {});
    REQUIRE(r.criteria.size() == 2);
    CHECK(r.criteria[1].errors > 0);
    CHECK(r.criteria[1].errors < r.playthroughs);
    check_explore("kapot-default", s, kapot, {});
    core::ExploreOptions opt;
    opt.samples = 60;
    check_explore("kapot-sampled", s, kapot, opt);
}
