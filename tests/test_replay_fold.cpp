// Issue 22: replay linear in the log. Board actions apply in place (no copy of the analysis per
// action) and the session controller undoes and rewinds from snapshots. These tests hold the fold
// to its old results: a long mixed log (every board action type, readings, reflections, choices)
// folds to the state saved in tests/fixtures/golden/replay-mixed-3000.txt, which was written by the
// fold that copied the analysis for every action; a failing action of every type leaves the state
// as it was; and undo, redo, rewind, forks and reload give exactly the state of a fresh replay.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "core/session/controller.hpp"
#include "report_checks.hpp"
#include "scripting/loader.hpp"
#include "state_digest.hpp"
#include "stress_cases.hpp"

using namespace lwp;

namespace {

scripting::LoadedScenario replay_case() {
    auto sc = scripting::load_scenario_source(test::stress::replay_lua(), "herhaal.lua");
    for (const auto& d : sc.diagnostics) MESSAGE(d.str());
    REQUIRE(sc.ok());
    return sc;
}

core::SessionState folded(const scripting::LoadedScenario& sc, const std::vector<core::Action>& log) {
    const core::ReplayResult r = core::replay(*sc.scenario, sc.runtime.get(), log);
    REQUIRE_MESSAGE(r.problem.empty(), r.problem);
    REQUIRE(r.applied == log.size());
    return r.state;
}

// The controller's state is what a fresh fold of its log gives.
void check_as_fresh_replay(const scripting::LoadedScenario& sc, const core::SessionController& ctl, const char* after) {
    INFO("after " << after);
    const std::string fresh = test::state_digest(folded(sc, ctl.session().actions)), held = test::state_digest(ctl.state());
    const bool same = fresh == held;  // (not the texts in the check: they are long)
    CHECK_MESSAGE(same, test::first_difference(fresh, held));
}

core::Action action(const char* type, const std::string& step, const std::string& target, std::map<std::string, std::string> args = {}) {
    return core::Action{type, step, target, std::move(args), 0};
}

}  // namespace

TEST_CASE("a long mixed log folds to exactly the state the copying fold gave (issue 22)") {
    const auto sc = replay_case();
    const std::vector<core::Action> log = test::stress::replay_log(3000);
    // The log exercises every board action type, and readings, reflections and choices.
    std::set<std::string> types;
    for (const auto& a : log) types.insert(a.type);
    for (const auto& t : core::analysis_action_types()) CHECK_MESSAGE(types.count(t), "the mixed log has no " << t);
    for (const char* t : {"lees", "kies", "reflectie.schrijf", "reflectie.wijzig"}) CHECK(types.count(t));

    const core::SessionState st = folded(sc, log);
    // The boards hold a few dozen items, and the log-length parts grew with the log.
    CHECK(st.analysis.timeline.entries.size() > 20);
    CHECK(st.analysis.pattern.links.size() > 3);
    CHECK(st.analysis.below_six.size() > 300);
    CHECK(st.choices.size() > 100);
    const std::string digest = test::state_digest(st);
    const std::string golden = test::update_or_compare(std::filesystem::path(LWP_TEST_FIXTURES) / "golden" / "replay-mixed-3000.txt", digest);
    const bool same = golden == digest;
    CHECK_MESSAGE(same, test::first_difference(golden, digest));
}

TEST_CASE("a board action that does not apply leaves the state exactly as it was (issue 22: applied in place)") {
    const auto sc = replay_case();
    const core::SessionState st = folded(sc, test::stress::replay_log(1000));
    const std::string before = test::state_digest(st);
    const std::string s = st.step;
    const std::string entry = st.analysis.timeline.entries.back().id, factor = st.analysis.pattern.factors.back().id;
    const std::string item = st.analysis.end.items.back().id;
    const auto& link = st.analysis.pattern.links.back();
    REQUIRE(!st.analysis.persons.notes.count("p6"));
    // Each fails on a later check after an earlier part of it was valid (and, in place, written).
    const std::vector<core::Action> failing = {
        action("tijdlijn.wijzig", s, entry, {{"baan", "melding"}, {"datum", "gisteren"}}),
        action("tijdlijn.wijzig", s, entry, {{"tekst", "Nieuw"}, {"baan", "hulp"}, {"personen", "p1,niemand"}}),
        action("tijdlijn.eigen", s, "", {{"baan", "hulp"}}),
        action("tijdlijn.plaats", s, "f1", {{"datum", "nooit"}}),
        action("tijdlijn.plaats", s, "geen_feit"),
        action("tijdlijn.markeer", s, entry, {{"soort", "mooiste"}}),
        action("tijdlijn.verwijder", s, "t999999"),
        action("tijdlijn.veld", s, "geen_veld", {{"tekst", "x"}}),
        action("personen.notitie", s, "p6", {{"rol", "buurman"}, {"steun", "9"}}),
        action("personen.notitie", s, "p0", {{"rol", "anders"}, {"notitie", "anders"}, {"steun", "-3"}}),
        action("personen.band", s, "", {{"a", "p0"}, {"b", "p0"}, {"soort", "steun"}}),
        action("personen.band", s, "", {{"a", "p0"}, {"b", "p1"}, {"soort", "vriendschap"}}),
        action("personen.band_weg", s, "b999999"),
        action("patroon.factor", s, "", {{"tekst", "Zonder gebied"}}),
        action("patroon.factor", s, "", {{"gebied", "gedrag_ouder"}, {"tekst", "x"}, {"bewijs", "t999999"}}),
        action("patroon.wijzig", s, factor, {{"tekst", "Nieuw"}, {"gebied", "gedrag_kind"}, {"bewijs", "nergens"}}),
        action("patroon.wijzig", s, factor, {{"gebied", "gedrag_kind"}, {"persoon", "niemand"}}),
        action("patroon.wijzig", s, factor, {{"gebied", "gedrag_kind"}, {"tekst", ""}}),
        action("patroon.pijl", s, "", {{"van", link.from}, {"naar", link.to}}),
        action("patroon.pijl", s, "", {{"van", factor}, {"naar", factor}}),
        action("patroon.pijl_weg", s, "l999999"),
        action("patroon.verwijder", s, "p999999"),
        action("patroon.tekst", s, "geen_vraag", {{"tekst", "x"}}),
        action("veiligheid.oordeel", s, "p0", {{"item", "ernstige_verwaarlozing"}, {"oordeel", "misschien"}}),
        action("veiligheid.score", s, "", {{"waarde", "11"}}),
        action("veiligheid.veld", s, "geen_veld", {{"tekst", "x"}}),
        action("eind.item", s, "", {{"soort", "doel"}}),
        action("eind.wijzig", s, item, {{"soort", "kracht"}, {"tekst", ""}}),
        action("eind.wijzig", s, item, {{"hoe", "anders"}, {"soort", "geen_soort"}}),
        action("eind.verwijder", s, "e999999"),
        action("eind.veld", s, "geen_veld", {{"tekst", "x"}}),
        action("reflectie.wijzig", s, "r999999", {{"tekst", "x"}}),
        action("kies", s == "a" ? "b" : "a", "verder"),
        action("lees", s, "geen_document"),
    };
    for (const auto& a : failing) {
        CAPTURE(a.type);
        CAPTURE(a.target);
        core::SessionState copy = st;
        CHECK_FALSE(core::apply(copy, *sc.scenario, sc.runtime.get(), a, 1000).ok);
        const std::string after = test::state_digest(copy);
        const bool unchanged = after == before;
        CHECK_MESSAGE(unchanged, test::first_difference(before, after));
    }
}

TEST_CASE("undo, redo, rewind, forks and reload on a long log give the state of a fresh replay (issue 22: snapshots)") {
    const auto sc = replay_case();
    const size_t n = 12'345;
    const std::vector<core::Action> log = test::stress::replay_log(n + 2'000);
    core::Session session;
    session.id = "lang";
    session.scenario_id = sc.scenario->meta.id;
    core::SessionController ctl(sc.scenario, sc.runtime.get(), session);
    for (size_t i = 0; i < n; ++i) REQUIRE_MESSAGE(ctl.perform(log[i]).ok, "action " << i);
    check_as_fresh_replay(sc, ctl, "performing the log");
    CHECK(ctl.snapshot_count() == n / core::SessionController::kSnapshotEvery);

    for (int i = 0; i < 3; ++i) ctl.undo();
    check_as_fresh_replay(sc, ctl, "three undos");
    ctl.redo();
    ctl.redo();
    check_as_fresh_replay(sc, ctl, "two redos");
    // Undo across a thousand-action boundary, then continue the log.
    while (ctl.session().actions.size() > 11'995) ctl.undo();
    check_as_fresh_replay(sc, ctl, "undo past action 12,000");
    for (size_t i = ctl.session().actions.size(); i < 12'010; ++i) REQUIRE(ctl.perform(log[i]).ok);
    check_as_fresh_replay(sc, ctl, "continuing after the undos");

    // Rewind to an early and then to a late choice; the log continues from each.
    const std::vector<core::Action> whole = ctl.session().actions;
    ctl.rewind_to_choice(20);
    CHECK(ctl.session().actions.size() < 1'000);
    check_as_fresh_replay(sc, ctl, "rewind to choice 20");
    // Another continuation than the log's, long enough for snapshots of its own: they must not
    // survive into the fork opened next.
    for (int i = 0; i < 2'500; ++i)
        REQUIRE(ctl.perform(action("veiligheid.score", ctl.state().step, "", {{"waarde", std::to_string(1 + i % 10)}})).ok);
    check_as_fresh_replay(sc, ctl, "continuing otherwise after the rewind");
    ctl.open_fork(ctl.session().forks.size() - 1);  // back to the whole log
    CHECK(ctl.session().actions == whole);
    check_as_fresh_replay(sc, ctl, "opening the fork");
    ctl.rewind_to_choice(ctl.state().choices.size() - 2);
    check_as_fresh_replay(sc, ctl, "rewind to the last choice but one");
    ctl.undo();
    check_as_fresh_replay(sc, ctl, "undo after the rewind");

    // A reload replays against the new scenario (a choice moves the meter further, so every later
    // state differs): no snapshot of the old one survives it.
    std::string edited = test::stress::replay_lua();
    const std::string effect = "gevolg = { directe_veiligheid = 1 }";
    edited.replace(edited.find(effect), effect.size(), "gevolg = { directe_veiligheid = 2 }");
    auto again = scripting::load_scenario_source(edited, "herhaal.lua");
    REQUIRE(again.ok());
    ctl.reload(again.scenario, again.runtime.get());
    CHECK(ctl.scenario().content_hash != sc.scenario->content_hash);
    ctl.undo();
    check_as_fresh_replay(again, ctl, "undo after a reload");
}

TEST_CASE("the snapshots of a very long session stay few, and undo and rewind at its end still fold exactly (issue 22)") {
    const auto sc = replay_case();
    const size_t n = 40'000;  // past kMaxSnapshots thousands: every other snapshot goes
    const std::vector<core::Action> log = test::stress::replay_log(n);
    core::Session session;
    session.id = "heel_lang";
    session.scenario_id = sc.scenario->meta.id;
    core::SessionController ctl(sc.scenario, sc.runtime.get(), session);
    for (const auto& a : log) REQUIRE(ctl.perform(a).ok);
    CHECK(ctl.snapshot_count() <= core::SessionController::kMaxSnapshots);
    CHECK(ctl.snapshot_count() == n / (2 * core::SessionController::kSnapshotEvery));
    ctl.undo();
    check_as_fresh_replay(sc, ctl, "undo at 40,000");
    ctl.rewind_to_choice(ctl.state().choices.size() / 2);
    check_as_fresh_replay(sc, ctl, "rewind to the middle choice");
    // Opening a saved session of this length keeps snapshots from its replay: undo stays cheap.
    core::SessionController opened(sc.scenario, sc.runtime.get(), ctl.session());
    CHECK(opened.snapshot_count() > 0);
    opened.undo();
    check_as_fresh_replay(sc, opened, "undo right after opening");
}
