// The trainee's artefacts beside the expert's: found / missed / misplaced / extra per board.
#include <doctest/doctest.h>

#include "core/assess/comparison.hpp"
#include "core/session/controller.hpp"
#include "core/assess/scoring.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
size_t count(const std::vector<core::ComparisonRow>& rows, const std::string& board, core::Match m) {
    size_t n = 0;
    for (const auto& r : rows) n += r.board == board && r.match == m;
    return n;
}
}  // namespace

TEST_CASE("comparison: nothing built means everything missed") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    auto rows = core::compare_artefacts(*s.scenario, core::initial_state(*s.scenario));
    CHECK(count(rows, "tijdlijn", core::Match::Missed) == 3 + 3);  // three facts, three aanleiding marks
    CHECK(count(rows, "patroon", core::Match::Missed) == 2 + 1);   // two factors, one arrow
    CHECK(count(rows, "veiligheid", core::Match::Missed) == 2);    // one judgement, the score
    CHECK(count(rows, "eindsituatie", core::Match::Missed) == 2);
    CHECK(core::comparison_score(rows, "patroon") == doctest::Approx(0.0));
}

TEST_CASE("comparison: found, misplaced and extra items, and the criterion it feeds") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    core::Session session;
    session.id = "c";
    session.scenario_id = "mini";
    core::SessionController ctl(s.scenario, s.runtime.get(), session);
    auto act = [&](const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
        REQUIRE(ctl.perform(core::Action{type, "begin", target, std::move(args), 0}).ok);
    };
    REQUIRE(ctl.perform(core::make_read("begin", "melding")).ok);
    act("tijdlijn.plaats", "f_melding");
    act("tijdlijn.plaats", "f_laat", {{"datum", "2023-06"}});  // wrong date: misplaced
    act("tijdlijn.eigen", "", {{"tekst", "Verhuisd"}});        // extra
    const std::string laat = ctl.state().analysis.timeline.entry_for_fact("f_laat")->id;
    act("veiligheid.score", "", {{"waarde", "6"}});
    // 'schulden' (ontwikkeling ouder, cites f_melding) placed in the wrong area; 'te_laat' right.
    act("patroon.factor", "", {{"gebied", "gedrag_ouder"}, {"tekst", "Geldzorgen"}, {"bewijs", "f_melding"}});
    act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Cas is te laat"}, {"bewijs", laat}});
    act("veiligheid.oordeel", "kind", {{"item", "ernstige_verwaarlozing"}, {"oordeel", "veilig"}});
    auto rows = core::compare_artefacts(*s.scenario, ctl.state());
    CHECK(count(rows, "tijdlijn", core::Match::Found) == 1);
    CHECK(count(rows, "tijdlijn", core::Match::Misplaced) == 1);
    CHECK(count(rows, "tijdlijn", core::Match::Extra) == 1);
    CHECK(count(rows, "patroon", core::Match::Found) == 1);
    CHECK(count(rows, "patroon", core::Match::Misplaced) == 1);
    CHECK(count(rows, "veiligheid", core::Match::Misplaced) == 1);  // judged 'veilig', expert 'onveilig'
    CHECK(count(rows, "veiligheid", core::Match::Found) == 1);      // score 6 vs 5: within one point
    for (const auto& r : rows)
        if (r.board == "patroon" && r.match == core::Match::Misplaced) CHECK(r.note.nl().find("Ontwikkeling ouder") != std::string::npos);
    // Pattern: 1 found + 0.5 misplaced + 0 for the missed arrow, out of 3.
    CHECK(core::comparison_score(rows, "patroon") == doctest::Approx(0.5));
    auto report = core::score(*s.scenario, ctl.state(), s.runtime.get());
    const core::LedgerEntry* e = nullptr;
    for (const auto& l : report.ledger)
        if (l.criterion->id == "c_vergelijking") e = &l;
    REQUIRE(e);
    CHECK(e->status == core::Status::Met);
    CHECK(e->evidence.at(0).text.find("50%") != std::string::npos);
}
