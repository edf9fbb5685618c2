// The analysis artefacts as actions: add/edit/remove, links, marks, gating, replay and undo.
#include <doctest/doctest.h>

#include "core/session/controller.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {

core::Action act(const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
    return core::Action{type, "", target, std::move(args), 0};
}

struct Fixture {
    scripting::LoadedScenario loaded = test::load_fixture("mini.lua");
    std::unique_ptr<core::SessionController> ctl;
    Fixture() {
        REQUIRE(loaded.ok());
        core::Session s;
        s.id = "a";
        s.scenario_id = "mini";
        ctl = std::make_unique<core::SessionController>(loaded.scenario, loaded.runtime.get(), s);
    }
    bool ok(core::Action a) { return ctl->perform(std::move(a)).ok; }
    const core::Analysis& an() const { return ctl->state().analysis; }
};

}  // namespace

TEST_CASE("the expert reference is loaded and checked") {
    auto s = test::load_fixture("mini.lua");
    REQUIRE(s.ok());
    const auto& r = s.scenario->reference;
    CHECK(r.present);
    CHECK(r.timeline_facts.size() == 3);
    CHECK(r.worst == "f_laat");
    REQUIRE(r.factors.size() == 2);
    CHECK(r.factors[0].area == "ontwikkeling_ouder");
    CHECK(r.links == std::vector<std::pair<std::string, std::string>>{{"schulden", "te_laat"}});
    CHECK(r.safety_score == 5);
    CHECK(r.judgements.at(0).judgement == "onveilig");
    CHECK(r.end_items.at(0).kind == "veranderbaar");
    CHECK(r.end_items.size() == 2);
    CHECK(s.scenario->step("crisis")->safety_signal.nl == "Cas heeft een blauwe plek.");

    auto bad = scripting::load_scenario_source(
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"T\", opent = { \"tijdlijnen\" }, keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n"
        "referentie { patroon = { factoren = { { id = \"x\", gebied = \"gedrag\", tekst = \"X\" } }, pijlen = { { \"x\", \"y\" } } } }\n",
        "r.lua");
    CHECK_FALSE(bad.ok());
    std::string all;
    for (const auto& d : bad.diagnostics) all += d.str() + "\n";
    CHECK(all.find("r.lua:3: fout: stap 'a' opent onbekend bord 'tijdlijnen'") != std::string::npos);
    CHECK(all.find("r.lua:4: fout: referentie: factor 'x' heeft onbekend gebied 'gedrag'") != std::string::npos);
    CHECK(all.find("r.lua:4: fout: referentie: pijl x → y verbindt geen bekende factoren") != std::string::npos);
}

TEST_CASE("timeline: place discovered facts, own entries, edit, marks, fields, remove") {
    Fixture f;
    SUBCASE("only discovered facts can be placed, once") {
        CHECK_FALSE(f.ok(act("tijdlijn.plaats", "f_laat")));  // not yet discovered
        REQUIRE(f.ok(core::make_read("begin", "melding")));
        REQUIRE(f.ok(act("tijdlijn.plaats", "f_laat")));
        CHECK_FALSE(f.ok(act("tijdlijn.plaats", "f_laat")));
        const auto& e = f.an().timeline.entries.at(0);
        CHECK(e.fact == "f_laat");
        CHECK(e.lane == core::Lane::Report);  // a concern goes to the reports/concerns lane
        CHECK(e.date.iso() == "2024-01");
        CHECK(e.persons == std::vector<std::string>{"kind"});
    }
    SUBCASE("own entry with date, lane, agency and result; then edited") {
        REQUIRE(f.ok(act("tijdlijn.eigen", "", {{"tekst", "Verhuizing"}, {"datum", "2019"}, {"baan", "levensgebeurtenis"}})));
        CHECK_FALSE(f.ok(act("tijdlijn.eigen", "", {{"tekst", "X"}, {"datum", "morgen"}})));
        CHECK_FALSE(f.ok(act("tijdlijn.eigen", "", {{"datum", "2020"}})));
        const std::string id = f.an().timeline.entries.at(0).id;
        REQUIRE(f.ok(act("tijdlijn.wijzig", id, {{"baan", "hulp"}, {"instantie", "CJG"}, {"resultaat", "Gestopt"}})));
        const auto* e = f.an().timeline.entry(id);
        REQUIRE(e);
        CHECK(e->lane == core::Lane::Help);
        CHECK(e->result == "Gestopt");
        CHECK(e->date.year == 2019);
        CHECK_FALSE(f.ok(act("tijdlijn.wijzig", id, {{"baan", "roddel"}})));
        CHECK(f.an().timeline.entry(id)->lane == core::Lane::Help);  // failed edit changed nothing
    }
    SUBCASE("aanleiding marks: one entry per mark, cleared on removal") {
        REQUIRE(f.ok(act("tijdlijn.plaats", "f_melding")));
        REQUIRE(f.ok(act("tijdlijn.eigen", "", {{"tekst", "Ruzie"}})));
        const std::string a = f.an().timeline.entries[0].id, b = f.an().timeline.entries[1].id;
        REQUIRE(f.ok(act("tijdlijn.markeer", a, {{"soort", "ergste"}})));
        REQUIRE(f.ok(act("tijdlijn.markeer", b, {{"soort", "ergste"}})));
        CHECK(f.an().timeline.worst == b);
        REQUIRE(f.ok(act("tijdlijn.markeer", a, {{"soort", "eerste"}})));
        CHECK_FALSE(f.ok(act("tijdlijn.markeer", a, {{"soort", "mooiste"}})));
        REQUIRE(f.ok(act("tijdlijn.verwijder", b)));
        CHECK(f.an().timeline.worst.empty());
        CHECK(f.an().timeline.first == a);
        CHECK(f.an().timeline.entries.size() == 1);
    }
    SUBCASE("help request fields and the family's own view") {
        REQUIRE(f.ok(act("tijdlijn.veld", "hulpvraag_direct", {{"tekst", "Huur betalen"}})));
        REQUIRE(f.ok(act("tijdlijn.veld", "visie_gezin", {{"tekst", "Wij redden het wel"}})));
        CHECK(f.an().timeline.fields.at("hulpvraag_direct") == "Huur betalen");
        CHECK_FALSE(f.ok(act("tijdlijn.veld", "onzin", {{"tekst", "x"}})));
        REQUIRE(f.ok(act("tijdlijn.veld", "hulpvraag_direct", {{"tekst", ""}})));
        CHECK(f.an().timeline.fields.count("hulpvraag_direct") == 0);
    }
}

TEST_CASE("persons: notes on support and role, sociogram ties") {
    Fixture f;
    REQUIRE(f.ok(act("personen.notitie", "vader", {{"steun", "-1"}, {"rol", "ziet Cas om de week"}})));
    CHECK(f.an().persons.notes.at("vader").support == -1);
    CHECK_FALSE(f.ok(act("personen.notitie", "vader", {{"steun", "5"}})));
    CHECK_FALSE(f.ok(act("personen.notitie", "buurman", {{"steun", "1"}})));
    REQUIRE(f.ok(act("personen.band", "", {{"a", "moeder"}, {"b", "vader"}, {"soort", "conflict"}})));
    CHECK_FALSE(f.ok(act("personen.band", "", {{"a", "moeder"}, {"b", "moeder"}, {"soort", "steun"}})));
    CHECK_FALSE(f.ok(act("personen.band", "", {{"a", "moeder"}, {"b", "kind"}, {"soort", "liefde"}})));
    REQUIRE(f.an().persons.ties.size() == 1);
    REQUIRE(f.ok(act("personen.band_weg", f.an().persons.ties[0].id)));
    CHECK(f.an().persons.ties.empty());
}

TEST_CASE("pattern: factors with evidence, arrows, sentence and answers — removal cascades") {
    Fixture f;
    REQUIRE(f.ok(act("tijdlijn.plaats", "f_melding")));
    const std::string entry = f.an().timeline.entries[0].id;
    REQUIRE(f.ok(act("patroon.factor", "", {{"gebied", "ontwikkeling_ouder"}, {"persoon", "moeder"}, {"tekst", "Schulden"}, {"bewijs", entry}})));
    REQUIRE(f.ok(act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"persoon", "kind"}, {"tekst", "Te laat"}})));
    CHECK_FALSE(f.ok(act("patroon.factor", "", {{"gebied", "ontwikkeling_ouder"}, {"tekst", "X"}, {"bewijs", "f_laat"}})));  // undiscovered
    CHECK_FALSE(f.ok(act("patroon.factor", "", {{"gebied", "buurt"}, {"tekst", "X"}})));
    const auto& factors = f.an().pattern.factors;
    REQUIRE(factors.size() == 2);
    CHECK(factors[0].evidence == std::vector<std::string>{entry});
    const std::string a = factors[0].id, b = factors[1].id;
    REQUIRE(f.ok(act("patroon.pijl", "", {{"van", a}, {"naar", b}})));
    CHECK_FALSE(f.ok(act("patroon.pijl", "", {{"van", a}, {"naar", b}})));  // no duplicates
    CHECK_FALSE(f.ok(act("patroon.pijl", "", {{"van", a}, {"naar", a}})));
    REQUIRE(f.ok(act("patroon.tekst", "zin", {{"tekst", "Deze kinderen groeien op in een gezin ..."}})));
    REQUIRE(f.ok(act("patroon.tekst", "grootste_zorg", {{"tekst", "Verwaarlozing"}})));
    CHECK_FALSE(f.ok(act("patroon.tekst", "lievelingskleur", {{"tekst", "x"}})));
    CHECK(f.an().pattern.answers.at("grootste_zorg") == "Verwaarlozing");
    REQUIRE(f.ok(act("tijdlijn.verwijder", entry)));
    CHECK(f.an().pattern.factors[0].evidence.empty());  // evidence follows the timeline
    REQUIRE(f.ok(act("patroon.verwijder", a)));
    CHECK(f.an().pattern.links.empty());  // arrows of a removed factor go too
}

TEST_CASE("safety: judgements per person and item, the score, the plan — below-6 work is recorded") {
    Fixture f;
    REQUIRE(f.ok(act("veiligheid.oordeel", "kind", {{"item", "ernstige_verwaarlozing"}, {"oordeel", "onveilig"}})));
    REQUIRE(f.ok(act("veiligheid.oordeel", "kind", {{"item", "ernstige_verwaarlozing"}, {"oordeel", "direct_veiligstellen"}})));
    CHECK(f.an().safety.judgements.size() == 1);
    CHECK(f.an().safety.judgement("kind", "ernstige_verwaarlozing") == core::Judgement::SecureNow);
    CHECK_FALSE(f.ok(act("veiligheid.oordeel", "kind", {{"item", "verveling"}, {"oordeel", "veilig"}})));
    CHECK_FALSE(f.ok(act("veiligheid.score", "", {{"waarde", "11"}})));
    REQUIRE(f.ok(act("veiligheid.veld", "ondergrens", {{"tekst", "Cas is elke ochtend op school."}})));

    // Pattern work before any safety score: allowed, recorded.
    REQUIRE(f.ok(act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Te laat"}})));
    REQUIRE(f.an().below_six.size() == 1);
    CHECK(f.an().below_six[0].board == "patroon");
    CHECK(f.an().below_six[0].safety_score == 0);
    REQUIRE(f.ok(act("veiligheid.score", "", {{"waarde", "6"}})));
    REQUIRE(f.ok(act("eind.item", "", {{"soort", "kracht"}, {"tekst", "Oma"}})));
    CHECK(f.an().below_six.size() == 1);  // at a 6: not recorded
    REQUIRE(f.ok(act("veiligheid.score", "", {{"waarde", "4"}})));
    REQUIRE(f.ok(act("eind.veld", "buurman", {{"tekst", "Cas fietst om half negen weg."}})));
    CHECK(f.an().below_six.size() == 2);
}

TEST_CASE("a new safety signal raises the alert until safety is scored again") {
    Fixture f;
    REQUIRE(f.ok(core::make_choose("begin", "wachten")));  // -> crisis, which carries a signal
    CHECK(f.an().safety_alert == "crisis");
    REQUIRE(f.ok(act("veiligheid.score", "", {{"waarde", "3"}})));
    CHECK(f.an().safety_alert.empty());
}

TEST_CASE("end situation items: add, edit, remove, fields") {
    Fixture f;
    REQUIRE(f.ok(act("eind.item", "", {{"soort", "compenseren"}, {"tekst", "Moeder kan geen administratie"}, {"hoe", "Bewindvoering"}})));
    CHECK_FALSE(f.ok(act("eind.item", "", {{"soort", "wens"}, {"tekst", "x"}})));
    const std::string id = f.an().end.items.at(0).id;
    REQUIRE(f.ok(act("eind.wijzig", id, {{"wie", "Moeder en bewindvoerder"}, {"wanneer", "binnen 3 maanden"}})));
    CHECK(f.an().end.items[0].how == "Bewindvoering");
    CHECK(f.an().end.items[0].who == "Moeder en bewindvoerder");
    CHECK_FALSE(f.ok(act("eind.wijzig", id, {{"tekst", ""}})));
    REQUIRE(f.ok(act("eind.veld", "taal_gezin", {{"tekst", "Wij eten samen ontbijt."}})));
    REQUIRE(f.ok(act("eind.verwijder", id)));
    CHECK(f.an().end.items.empty());
}

TEST_CASE("analysis replay and undo give the same artefacts as live editing") {
    Fixture f;
    REQUIRE(f.ok(core::make_read("begin", "melding")));
    REQUIRE(f.ok(act("tijdlijn.plaats", "f_laat")));
    REQUIRE(f.ok(act("tijdlijn.plaats", "f_melding")));
    REQUIRE(f.ok(act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Te laat"}})));
    REQUIRE(f.ok(act("veiligheid.score", "", {{"waarde", "7"}})));
    auto r = core::replay(*f.loaded.scenario, f.loaded.runtime.get(), f.ctl->session().actions);
    CHECK(r.problem.empty());
    CHECK(r.state.analysis.timeline.entries.size() == 2);
    CHECK(r.state.analysis.timeline.entries[1].id == f.an().timeline.entries[1].id);  // stable ids
    CHECK(r.state.analysis.pattern.factors.at(0).id == f.an().pattern.factors.at(0).id);
    CHECK(r.state.analysis.safety.score == 7);
    f.ctl->undo();
    CHECK(f.an().safety.score == 0);
    f.ctl->undo();
    CHECK(f.an().pattern.factors.empty());
    f.ctl->redo();
    CHECK(f.an().pattern.factors.size() == 1);
}

TEST_CASE("boards a scenario opens per step are closed before that step") {
    auto s = scripting::load_scenario_source(
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"T\", opent = { \"veiligheid\" }, keuze \"k\" { tekst = \"K\", naar = \"b\" } }\n"
        "stap \"b\" { titel = \"B\", tekst = \"T\", opent = { \"patroon\" }, keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n",
        "b.lua");
    REQUIRE(s.ok());
    core::Session session;
    session.id = "x";
    session.scenario_id = "t";
    core::SessionController ctl(s.scenario, s.runtime.get(), session);
    CHECK(ctl.state().analysis.board_open("veiligheid"));
    CHECK_FALSE(ctl.state().analysis.board_open("patroon"));
    auto r = ctl.perform(act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "X"}}));
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("nog niet geopend") != std::string::npos);
    REQUIRE(ctl.perform(core::make_choose("a", "k")).ok);
    CHECK(ctl.perform(act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "X"}})).ok);
}
