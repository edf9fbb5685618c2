// Workshop mode (issue 6): start, hidden votes, reveal, the group decision with rationale and
// override, facilitator notes, participant reflections; all as logged actions that replay.
#include <doctest/doctest.h>

#include "core/session/controller.hpp"
#include "core/report/report.hpp"
#include "core/store/workshop_compare.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
struct Fixture {
    scripting::LoadedScenario loaded = test::load_fixture("mini.lua");
    core::SessionController ctl{loaded.scenario, loaded.runtime.get(), session()};
    static core::Session session() {
        core::Session s;
        s.id = "workshop";
        s.scenario_id = "mini";
        return s;
    }
    core::ApplyResult act(const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
        return ctl.perform(core::Action{type, ctl.state().step, target, std::move(args), 0});
    }
    core::ApplyResult vote(const std::string& who, const std::string& choice) {
        return act(core::action_type::Vote, choice, {{"deelnemer", who}});
    }
    core::ApplyResult decide(const std::string& choice, const std::string& why = "") {
        core::Action a = core::make_choose(ctl.state().step, choice);
        if (!why.empty()) a.args[core::kRationaleArg] = why;
        return ctl.perform(a);
    }
    void start(const std::string& people = "Anna\nBram\nChris") {
        REQUIRE(ctl.perform(core::make_workshop_start(ctl.state().step, "Leerwerkteam Noord", parse(people))).ok);
    }
    static std::vector<std::string> parse(const std::string& text) {
        std::string error;
        auto out = core::parse_participants(text, error);
        REQUIRE(error.empty());
        return out;
    }
};
}  // namespace

TEST_CASE("participants are read from names, lists or a number") {
    std::string error;
    CHECK(core::parse_participants(" Anna, Bram ;Chris\n\nAnna ", error) == std::vector<std::string>{"Anna", "Bram", "Chris"});
    CHECK(error.empty());
    CHECK(core::parse_participants("3", error) == std::vector<std::string>{"Deelnemer 1", "Deelnemer 2", "Deelnemer 3"});
    CHECK(core::parse_participants("  \n , ", error).empty());
    CHECK_FALSE(error.empty());
    CHECK(core::parse_participants("0", error).empty());
    CHECK_FALSE(error.empty());
    CHECK(core::parse_participants("99", error).empty());
    CHECK_FALSE(error.empty());
}

TEST_CASE("a workshop starts once, with a name and participants") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    CHECK_FALSE(f.vote("Anna", "praten").ok);  // no workshop yet
    CHECK_FALSE(f.ctl.perform(core::make_workshop_start("begin", "  ", {"Anna"})).ok);
    f.start();
    const core::Workshop& ws = f.ctl.state().workshop;
    CHECK(ws.active);
    CHECK(ws.name == "Leerwerkteam Noord");
    CHECK(ws.participants == std::vector<std::string>{"Anna", "Bram", "Chris"});
    CHECK_FALSE(f.ctl.perform(core::make_workshop_start("begin", "Nog een", {"Dirk"})).ok);
}

TEST_CASE("votes stay per participant, replace earlier votes and close at the reveal") {
    Fixture f;
    f.start();
    CHECK_FALSE(f.act(core::action_type::Reveal, "").ok);  // nothing to reveal yet
    CHECK(f.vote("Anna", "praten").ok);
    CHECK(f.vote("Bram", "wachten").ok);
    CHECK(f.vote("Bram", "praten").ok);  // changed her mind: one vote each
    CHECK_FALSE(f.vote("Dirk", "praten").ok);      // not a participant
    CHECK_FALSE(f.vote("Chris", "bestaat_niet").ok);
    CHECK_FALSE(f.vote("Chris", "na_lezen").ok);   // not available before the document is read
    const core::VoteRound& round = f.ctl.state().workshop.round;
    CHECK(round.step == "begin");
    CHECK(round.votes.size() == 2);
    CHECK_FALSE(round.revealed);
    CHECK(round.vote_of("Bram")->choice == "praten");
    CHECK(round.most_voted() == "praten");
    REQUIRE(f.act(core::action_type::Reveal, "").ok);
    CHECK(f.ctl.state().workshop.round.revealed);
    CHECK_FALSE(f.vote("Chris", "wachten").ok);  // after the reveal nobody can still vote
    CHECK_FALSE(f.act(core::action_type::Reveal, "").ok);
}

TEST_CASE("a tie has no most-voted choice") {
    core::VoteRound r{"begin", {{"Anna", "praten", 0}, {"Bram", "wachten", 1}}, false};
    CHECK(r.most_voted().empty());
    r.votes.push_back({"Chris", "wachten", 2});
    CHECK(r.most_voted() == "wachten");
    CHECK(r.tally() == std::vector<std::pair<std::string, int>>{{"praten", 1}, {"wachten", 2}});
}

TEST_CASE("the group decision keeps the vote split, the rationale and whether it overrode the most votes") {
    Fixture f;
    f.start();
    f.vote("Anna", "wachten");
    f.vote("Bram", "wachten");
    f.vote("Chris", "praten");
    f.act(core::action_type::Reveal, "");
    // Going against the most votes needs a rationale; without one nothing happens.
    CHECK_FALSE(f.decide("praten").ok);
    CHECK(f.ctl.state().step == "begin");
    REQUIRE(f.decide("praten", "Eerst met Cas praten: het kind in beeld (§2.12).").ok);
    const core::SessionState& st = f.ctl.state();
    CHECK(st.step == "vervolg");
    REQUIRE(st.workshop.decisions.size() == 1);
    const core::GroupDecision& d = st.workshop.decisions[0];
    CHECK(d.step == "begin");
    CHECK(d.choice == "praten");
    CHECK(d.most_voted == "wachten");
    CHECK(d.overrides);
    CHECK(d.rationale == "Eerst met Cas praten: het kind in beeld (§2.12).");
    CHECK(d.round.votes.size() == 3);
    CHECK(d.round.revealed);
    // The next decision starts with a fresh round.
    CHECK(st.workshop.round.votes.empty());
    CHECK(st.workshop.round.step == "vervolg");
    // Following the majority is no override, and needs no rationale.
    f.vote("Anna", "plan");
    REQUIRE(f.decide("plan").ok);
    CHECK_FALSE(f.ctl.state().workshop.decisions[1].overrides);
    CHECK(f.ctl.state().workshop.decisions[1].most_voted == "plan");
    CHECK(f.ctl.state().finished());
    CHECK_FALSE(f.vote("Anna", "plan").ok);  // the case has ended
}

TEST_CASE("workshop actions replay, undo and redo like any other action") {
    Fixture f;
    f.start();
    f.vote("Anna", "wachten");
    f.vote("Bram", "praten");
    f.vote("Chris", "praten");
    f.act(core::action_type::Reveal, "");
    f.act(core::action_type::FacilitatorNote, "", {{"tekst", "Bram twijfelt: later op terugkomen."}});
    f.decide("praten", "Meeste stemmen.");
    f.ctl.perform(core::Action{"reflectie.schrijf", "vervolg", "", {{"tekst", "We praatten eerst met Cas."}, {"deelnemer", "Anna"}}, 0});
    f.ctl.perform(core::Action{"reflectie.schrijf", "vervolg", "", {{"tekst", "Samen: goed dat we wachtten met oordelen."}, {"deelnemer", "groep"}}, 0});
    CHECK_FALSE(f.ctl.perform(core::Action{"reflectie.schrijf", "vervolg", "", {{"tekst", "x"}, {"deelnemer", "Onbekend"}}, 0}).ok);

    const core::SessionState live = f.ctl.state();
    core::ReplayResult r = core::replay(*f.loaded.scenario, f.loaded.runtime.get(), f.ctl.session().actions);
    REQUIRE(r.problem.empty());
    const core::Workshop& ws = r.state.workshop;
    CHECK(ws.decisions.size() == 1);
    CHECK(ws.decisions[0].round.votes.size() == 3);
    CHECK_FALSE(ws.decisions[0].overrides);
    CHECK(ws.notes.size() == 1);
    CHECK(ws.notes[0].step == "begin");
    REQUIRE(r.state.reflections.size() == 2);
    CHECK(r.state.reflections[0].participant == "Anna");
    CHECK(r.state.reflections[1].participant == "groep");
    CHECK(live.workshop.decisions[0].action == ws.decisions[0].action);

    // Undo the two reflections and the decision: back to the revealed round.
    f.ctl.undo();
    f.ctl.undo();
    f.ctl.undo();
    CHECK(f.ctl.state().step == "begin");
    CHECK(f.ctl.state().workshop.decisions.empty());
    CHECK(f.ctl.state().workshop.round.revealed);
    CHECK(f.ctl.state().workshop.round.votes.size() == 3);
    f.ctl.undo();  // the note
    f.ctl.undo();  // the reveal
    CHECK_FALSE(f.ctl.state().workshop.round.revealed);
    CHECK(f.vote("Anna", "praten").ok);  // voting is open again
    CHECK(f.ctl.state().workshop.round.most_voted() == "praten");
}

TEST_CASE("rewinding in a workshop keeps only the decisions of the route taken") {
    Fixture f;
    f.start();
    f.vote("Anna", "praten");
    f.decide("praten");
    f.decide("plan");
    REQUIRE(f.ctl.state().workshop.decisions.size() == 2);
    f.ctl.rewind_to_choice(1);
    CHECK(f.ctl.state().workshop.decisions.size() == 1);
    CHECK(f.ctl.state().workshop.round.step == "vervolg");
    CHECK(f.ctl.state().workshop.active);  // the start stays in the log before the cut
}

TEST_CASE("sessions of the same case are compared per decision and per building block") {
    Fixture f;
    REQUIRE(f.loaded.ok());
    core::Session a = Fixture::session(), b = Fixture::session(), other = Fixture::session();
    a.actions = {core::make_choose("begin", "praten"), core::make_choose("vervolg", "plan")};
    b.actions = {core::make_choose("begin", "wachten")};
    other.scenario_id = "oefencasus";
    const auto cols = core::compare_sessions(*f.loaded.scenario, f.loaded.runtime.get(),
                                             {{"Anna", &a}, {"Bram", &b}, {"Chris", &other}});
    REQUIRE(cols.size() == 3);
    CHECK(core::choice_in(cols[0], "begin") == "praten");
    CHECK(core::choice_in(cols[0], "vervolg") == "plan");
    CHECK(core::choice_in(cols[1], "begin") == "wachten");
    CHECK(core::choice_in(cols[1], "vervolg").empty());
    CHECK(cols[2].problem.find("andere casus") != std::string::npos);
    CHECK(cols[2].choices.empty());
    CHECK(core::compared_steps(*f.loaded.scenario, cols) == std::vector<std::string>{"begin", "vervolg"});
    // Scores come from the real scoring of each replayed log.
    REQUIRE_FALSE(cols[0].blocks.empty());
    const core::ScoreReport sa = core::score(*f.loaded.scenario, core::replay(*f.loaded.scenario, f.loaded.runtime.get(), a.actions).state,
                                             f.loaded.runtime.get());
    for (size_t i = 0; i < sa.blocks.size(); ++i) CHECK(cols[0].blocks[i].earned == sa.blocks[i].earned);
}

TEST_CASE("attributions: a board edit can say whose proposal it was, only for participants and only in a workshop") {
    Fixture f;
    // Without a workshop a proposer is refused (it would say nothing true).
    CHECK_FALSE(f.act("tijdlijn.plaats", "f_melding", {{core::kProposerArg, "Anna"}}).ok);
    f.start();
    CHECK_FALSE(f.act("tijdlijn.plaats", "f_melding", {{core::kProposerArg, "Dirk"}}).ok);  // not a participant
    REQUIRE(f.act("tijdlijn.plaats", "f_melding", {{core::kProposerArg, "Anna"}}).ok);
    REQUIRE(f.act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Te laat"}, {core::kProposerArg, "Bram"}}).ok);
    REQUIRE(f.act("patroon.factor", "", {{"gebied", "ontwikkeling_ouder"}, {"tekst", "Schulden"}}).ok);  // nobody in particular
    // A refused edit records nothing.
    CHECK_FALSE(f.act("patroon.factor", "", {{"gebied", "buurt"}, {"tekst", "X"}, {core::kProposerArg, "Chris"}}).ok);
    const auto replayed = core::replay(*f.loaded.scenario, f.loaded.runtime.get(), f.ctl.session().actions);
    REQUIRE(replayed.problem.empty());
    const auto& k = replayed.state.workshop.contributions;
    REQUIRE(k.size() == 2);
    CHECK(k[0].participant == "Anna");
    CHECK(k[0].type == "tijdlijn.plaats");
    CHECK(k[0].target == "f_melding");
    CHECK(k[1].participant == "Bram");
    CHECK(k[1].text == "Te laat");
    CHECK(replayed.state.analysis.pattern.factors.size() == 2);
    // The report says who proposed what.
    const std::string html = core::make_reports(*f.loaded.scenario, f.loaded.runtime.get(), f.ctl.session()).html;
    CHECK(html.find("<tr><td>Anna</td><td>Tijdlijn</td><td>School meldt zorgen.</td></tr>") != std::string::npos);
    CHECK(html.find("<tr><td>Bram</td><td>Gezinspatroon</td><td>Te laat</td></tr>") != std::string::npos);
}
