// Stable ids (issue 25, deliverable 2; architecture review §3.4, experiment E1): the id of a
// created board item is stored in its action, so a scenario edit that makes migration skip an
// earlier action never retargets a later one; version-1 logs keep their meaning by their
// original positions; a fork that no longer fits is kept whole as a fork of its own.
#include <doctest/doctest.h>

#include "core/session/controller.hpp"
#include "core/store/persistence.hpp"
#include "core/session/reload.hpp"
#include "core/assess/scoring.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {

const std::string kMini = test::slurp(test::fixture("scenarios/mini.lua"));

// mini.lua where step 'begin' no longer offers the document 'melding' (experiment E1's v2).
scripting::LoadedScenario mini_without_document() {
    std::string text = kMini;
    const std::string from = "documenten = { \"melding\" }, feiten";
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), "feiten");
    auto loaded = scripting::load_scenario_source(text, "mini.lua");
    REQUIRE(loaded.ok());
    return loaded;
}

core::Action act(const std::string& type, const std::string& target, std::map<std::string, std::string> args = {}) {
    return core::Action{type, "begin", target, std::move(args), 0};
}

// E1's log: score, read the report, three factors (p2, p3, p4 by position), an arrow p2 -> p3.
std::vector<core::Action> e1_log() {
    return {act("veiligheid.score", "", {{"waarde", "7"}}),
            core::make_read("begin", "melding"),
            act("patroon.factor", "", {{"gebied", "ontwikkeling_ouder"}, {"tekst", "A: schulden"}}),
            act("patroon.factor", "", {{"gebied", "gedrag_ouder"}, {"tekst", "B: chaos"}}),
            act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "C: te laat"}}),
            act("patroon.pijl", "", {{"van", "p2"}, {"naar", "p3"}})};
}

// "A: schulden -> B: chaos" for each arrow of the state.
std::vector<std::string> arrows(const core::SessionState& st) {
    std::vector<std::string> out;
    for (const auto& l : st.analysis.pattern.links) {
        const core::Factor* a = st.analysis.pattern.factor(l.from);
        const core::Factor* b = st.analysis.pattern.factor(l.to);
        out.push_back((a ? a->text : "?") + " -> " + (b ? b->text : "?"));
    }
    return out;
}

}  // namespace

TEST_CASE("stable ids: an arrow keeps its ends after an edit that drops an earlier action") {
    auto v1 = test::load_fixture("mini.lua");
    REQUIRE(v1.ok());
    const auto before = core::replay(*v1.scenario, v1.runtime.get(), e1_log());
    REQUIRE(before.problem.empty());
    REQUIRE(arrows(before.state) == std::vector<std::string>{"A: schulden -> B: chaos"});

    const auto v2 = mini_without_document();
    const core::Migration m = core::migrate(*v2.scenario, v2.runtime.get(), e1_log());
    REQUIRE(m.divergences.size() == 1);
    CHECK(m.divergences[0].message == "actie 2: document 'melding' is in stap 'begin' niet (meer) beschikbaar");
    // The arrow still joins A and B (before stable ids it became B -> C, silently).
    CHECK(arrows(m.state) == std::vector<std::string>{"A: schulden -> B: chaos"});
    // The migrated log names the ids of the original positions, and records where each item is now.
    REQUIRE(m.actions.size() == 5);
    CHECK(m.actions[1].creates == "p2");
    CHECK(m.actions[4].creates == "l5");
    const core::Factor* a = m.state.analysis.pattern.factor("p2");
    REQUIRE(a);
    CHECK(a->text == "A: schulden");
    CHECK(a->action == 1);  // its position in the migrated log, for the debrief's evidence

    // Replaying the migrated log (as it is saved) gives the same analysis again.
    const auto again = core::replay(*v2.scenario, v2.runtime.get(), m.actions);
    CHECK(again.problem.empty());
    CHECK(arrows(again.state) == arrows(m.state));
}

TEST_CASE("stable ids: an action about an item whose creation no longer fits is reported, not retargeted") {
    auto v1 = test::load_fixture("mini.lua");
    REQUIRE(v1.ok());
    // Factor A cites the fact that only the report reveals.
    std::vector<core::Action> log = e1_log();
    log[2].args["bewijs"] = "f_laat";  // revealed by reading 'melding'
    const auto before = core::replay(*v1.scenario, v1.runtime.get(), log);
    REQUIRE(before.problem.empty());

    const auto v2 = mini_without_document();
    const core::Migration m = core::migrate(*v2.scenario, v2.runtime.get(), log);
    // The read and factor A no longer fit; the arrow from A is reported, not moved to B -> C.
    REQUIRE(m.divergences.size() == 3);
    CHECK(m.divergences[1].action == 2);
    CHECK(m.divergences[2].action == 5);
    CHECK(m.divergences[2].message == "actie 6: patroon.pijl '': een pijl verbindt twee bestaande factoren");
    CHECK(arrows(m.state).empty());
    CHECK(m.state.analysis.pattern.factors.size() == 2);
}

TEST_CASE("stable ids: perform stores the id, a taken id gets a fresh one, and the log saves and reloads it") {
    const auto v2 = mini_without_document();
    core::Session s;
    s.id = "stabiel";
    s.scenario_id = "mini";
    s.actions = e1_log();  // made on v1: migrated on opening
    core::SessionController ctl(v2.scenario, v2.runtime.get(), s);
    REQUIRE(ctl.session().actions.size() == 5);
    CHECK(arrows(ctl.state()) == std::vector<std::string>{"A: schulden -> B: chaos"});
    // Action 5 of the migrated log would be 'l5' by position, but that id is the kept arrow's.
    REQUIRE(ctl.perform(act("patroon.pijl", "", {{"van", "p3"}, {"naar", "p4"}})).ok);
    CHECK(ctl.session().actions.back().creates == "l5_2");
    REQUIRE(ctl.perform(act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "D"}})).ok);
    CHECK(ctl.session().actions.back().creates == "p6");
    REQUIRE(ctl.perform(act("veiligheid.score", "", {{"waarde", "8"}})).ok);
    CHECK(ctl.session().actions.back().creates.empty());  // creates nothing
    CHECK(arrows(ctl.state()) == std::vector<std::string>{"A: schulden -> B: chaos", "B: chaos -> C: te laat"});

    // An action that names an id already in use is refused.
    core::SessionState st = ctl.state();
    core::Action dup = act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "E"}});
    dup.creates = "p2";
    const core::ApplyResult r = core::apply(st, *v2.scenario, v2.runtime.get(), dup, 99);
    CHECK_FALSE(r.ok);
    CHECK(r.error == "id 'p2' bestaat al");

    // Saved (Action version 2) and loaded again: the same ids, the same analysis.
    std::string error;
    const auto loaded = core::session_from_json(core::session_to_json(ctl.session()), error);
    REQUIRE(loaded);
    CHECK(loaded->actions == ctl.session().actions);
    const auto replayed = core::replay(*v2.scenario, v2.runtime.get(), *loaded);
    CHECK(replayed.problem.empty());
    CHECK(arrows(replayed.state) == arrows(ctl.state()));
}

TEST_CASE("stable ids: a version-1 log keeps the ids of its original positions when it is loaded") {
    // Session and Action version 1: no 'creates'; ids were "prefix + position".
    core::Session s;
    s.id = "oud";
    s.scenario_id = "mini";
    s.actions = e1_log();
    core::Fork f;
    f.label = "oud";
    f.actions = {act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "X"}})};
    s.forks.push_back(f);
    std::string json = core::session_to_json(s);
    // Turn the version-2 file into a version-1 file: versions 1, no 'creates' members.
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (size_t at = json.find(from); at != std::string::npos; at = json.find(from, at + to.size())) json.replace(at, from.size(), to);
    };
    replace_all("\"cereal_class_version\": 2", "\"cereal_class_version\": 1");
    for (size_t at = json.find(",\n"); at != std::string::npos;) {
        const size_t key = json.find("\"creates\"", at);
        if (key == std::string::npos) break;
        const size_t start = json.rfind(",", key), end = json.find("\n", key);
        json.erase(start, end - start);
        at = start;
    }
    REQUIRE(json.find("creates") == std::string::npos);
    std::string error;
    const auto loaded = core::session_from_json(json, error);
    INFO(error);
    REQUIRE(loaded);
    REQUIRE(loaded->actions.size() == 6);
    CHECK(loaded->actions[0].creates.empty());
    CHECK(loaded->actions[2].creates == "p2");
    CHECK(loaded->actions[3].creates == "p3");
    CHECK(loaded->actions[5].creates == "l5");
    REQUIRE(loaded->forks.size() == 1);
    CHECK(loaded->forks[0].actions[0].creates == "p0");  // a fork is a log of its own
}

TEST_CASE("stable ids: opening a fork that no longer fits keeps the whole fork as a fork of its own") {
    auto v1 = test::load_fixture("mini.lua");
    REQUIRE(v1.ok());
    core::Session s;
    s.id = "vork";
    s.scenario_id = "mini";
    s.actions = {core::make_choose("begin", "praten")};
    core::Fork old;
    old.label = "oude route";
    old.actions = e1_log();
    s.forks.push_back(old);

    const auto v2 = mini_without_document();
    core::SessionController ctl(v2.scenario, v2.runtime.get(), s);
    REQUIRE(ctl.session().forks.size() == 1);
    ctl.open_fork(0);
    // What fits is the current branch (the arrow still A -> B); the branch that was current is a
    // fork; and the fork as it was, unfit read included, is kept as well.
    CHECK(ctl.session().actions.size() == 5);
    CHECK(arrows(ctl.state()) == std::vector<std::string>{"A: schulden -> B: chaos"});
    REQUIRE(ctl.session().forks.size() == 2);
    REQUIRE(ctl.session().forks[0].actions.size() == 1);
    CHECK(ctl.session().forks[0].actions[0].target == "praten");
    const core::Fork& kept = ctl.session().forks[1];
    REQUIRE(kept.actions.size() == 6);
    CHECK(kept.actions[1].type == "lees");
    CHECK(kept.label.rfind("Past niet meer", 0) == 0);
}
