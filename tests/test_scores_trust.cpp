// Issue 15: scores a trainer can trust. One safety concept (the case's meter vs the trainee's
// taxatie), evidence that is true (no "Gekozen: X" beside "In plaats daarvan gekozen: X", a
// niet_keuze that never prints the ideal behaviour), the trainee's own texts in the trainee's
// column, reflection credited only for a written reflection, a fair comparison over the case's
// whole maximum, and a report of an unfinished session without spoilers. The lint rules that go
// with them.
#include <doctest/doctest.h>

#include "core/assess/comparison.hpp"
#include "core/session/controller.hpp"
#include "core/model/lint.hpp"
#include "core/fold/reflection.hpp"
#include "core/report/report.hpp"
#include "core/assess/scoring.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {

const char* kCase = R"(
scenario { id = "veilig", titel = "Veilig", versie = "1", start = "melding" }
persoon "kind" { naam = "Cas", rol = "kind", leeftijd = 7 }
variabele "directe_veiligheid" { label = "Directe veiligheid", start = 2, min = 0, max = 10 }
feit "f_plan" { tekst = "Er is een veiligheidsplan.", soort = "besluit" }
stap "melding" { titel = "Melding", tekst = "Een melding.",
  keuze "taxeren" { tekst = "Taxeer de veiligheid samen met moeder.", gevolg = { directe_veiligheid = 5 }, naar = "huisbezoek" },
  keuze "overslaan" { tekst = "Ga meteen aan de schulden werken.", naar = "huisbezoek" },
  keuze "mailen" { tekst = "Mail de school.", naar = "huisbezoek" } }
stap "huisbezoek" { titel = "Huisbezoek", tekst = "Bij het gezin.",
  keuze "plan" { tekst = "Maak een plan.", onthult = { "f_plan" }, naar = "einde" },
  keuze "afsluiten" { tekst = "Sluit af.", naar = "einde" } }
einde "einde" { titel = "Einde", tekst = "Klaar.", toon = "goed" }
referentie {
  veiligheid = { score = 3, stap = "melding" },
  patroon = { factoren = { { id = "a", gebied = "gedrag_ouder", tekst = "Trainer A" }, { id = "b", gebied = "gedrag_kind", tekst = "Trainer B" } },
              pijlen = { { "a", "b" } } },
}
criterium "eerst_veilig" { bouwsteen = "directe_veiligheid", tekst = "Eerst veilig", onderbouwing = "M", goed = "G", fout = "F",
  check = { veiligheid_voor_patroon = true } }
criterium "taxatie_melding" { bouwsteen = "directe_veiligheid", tekst = "Taxatie bij de melding", onderbouwing = "M", goed = "G", fout = "F",
  check = { veiligheidsscore = { min = 2, max = 4, bij = "melding" } } }
criterium "een_van_stap" { bouwsteen = "samenwerkingsprincipes", tekst = "Taxeren of mailen", onderbouwing = "M", goed = "G", fout = "F",
  check = { een_van = { { keuze = "taxeren" }, { keuze = "mailen" } } } }
criterium "niet_overslaan" { bouwsteen = "weging", tekst = "Niet overgeslagen", onderbouwing = "M", goed = "Je taxeerde samen met moeder.",
  goed_niet_gekozen = "Je sloeg de veiligheid niet over.", fout = "F", check = { niet_keuze = "overslaan" } }
criterium "niet_afsluiten" { bouwsteen = "privacy", tekst = "Niet zomaar afgesloten", onderbouwing = "M", goed = "Je maakte een goed plan.",
  fout = "F", check = { niet_keuze = "afsluiten" } }
criterium "reflectie" { bouwsteen = "reflectie", tekst = "Gereflecteerd", onderbouwing = "M", goed = "G", fout = "F",
  check = { reflectie_geschreven = { min_woorden = 10 } } }
)";

struct Play {
    scripting::LoadedScenario loaded = scripting::load_scenario_source(kCase, "veilig.lua");
    std::unique_ptr<core::SessionController> ctl;
    Play() {
        if (!loaded.ok())
            for (const auto& d : loaded.diagnostics) MESSAGE(d.str());
        REQUIRE(loaded.ok());
        core::Session s;
        s.id = "s";
        s.scenario_id = "veilig";
        ctl = std::make_unique<core::SessionController>(loaded.scenario, loaded.runtime.get(), s);
    }
    void choose(const std::string& choice) { REQUIRE(ctl->perform(core::make_choose(ctl->state().step, choice)).ok); }
    void act(const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
        const core::ApplyResult r = ctl->perform(core::Action{type, ctl->state().step, target, std::move(args), 0});
        CAPTURE(r.error);
        REQUIRE(r.ok);
    }
    core::ScoreReport report() const { return core::score(*loaded.scenario, ctl->state(), loaded.runtime.get()); }
    const core::LedgerEntry& entry(const core::ScoreReport& r, const std::string& id) const {
        for (const auto& e : r.ledger)
            if (e.criterion->id == id) return e;
        FAIL("no criterion " << id);
        return r.ledger.front();
    }
};

bool has(const std::vector<core::Evidence>& ev, const std::string& part) {
    for (const auto& e : ev)
        if (e.text.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("one safety concept: a high taxatie with a low meter earns no safety point") {
    Play p;
    p.act("veiligheid.score", "", {{"waarde", "9"}});  // the trainee types a 9 ...
    p.act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Te laat"}});  // ... while the case's meter is a 2
    auto r = p.report();
    const auto& e = p.entry(r, "eerst_veilig");
    CHECK(e.status == core::Status::Missed);
    CHECK(e.earned == 0);
    CHECK(has(e.evidence, "directe veiligheid in de casus: 2"));
    CHECK(has(e.evidence, "jouw taxatie: 9"));
    CHECK(core::case_safety_at(*p.loaded.scenario, p.ctl->state()) == 2);
    // The fold records the work as done below a 6 by the meter, not by the typed 9.
    CHECK(p.ctl->state().analysis.below_six.size() == 1);
    // And the taxatie itself: a 9 at the melding is far from the trainer's 3.
    p.choose("overslaan");
    r = p.report();
    CHECK(p.entry(r, "taxatie_melding").status == core::Status::Missed);
}

TEST_CASE("one safety concept: safety first judges the meter at the first pattern work and the taxatie the score that stood at that step") {
    Play p;
    p.act("veiligheid.score", "", {{"waarde", "3"}});  // the trainer's own taxatie at the melding
    p.choose("taxeren");                                // the meter goes to 7
    p.act("veiligheid.score", "", {{"waarde", "8"}});  // re-scored later: the history keeps both
    p.act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Te laat"}});
    auto r = p.report();
    CHECK(p.entry(r, "eerst_veilig").status == core::Status::Met);
    CHECK(p.entry(r, "taxatie_melding").status == core::Status::Met);  // 3 stood when the melding was left
    REQUIRE(p.ctl->state().analysis.safety.history.size() == 2);
    CHECK(p.ctl->state().analysis.safety.history[0].step == "melding");
    CHECK(p.ctl->state().analysis.safety.history[1].score == 8);
    // The comparison with the reference uses the taxatie at the reference's moment, not the last one.
    const auto rows = core::compare_artefacts(*p.loaded.scenario, p.ctl->state());
    bool found = false;
    for (const auto& row : rows)
        if (row.board == "veiligheid" && row.expert.nl().find("taxatie 3") != std::string::npos) {
            found = true;
            CHECK(row.match == core::Match::Found);
            CHECK(row.trainee.nl() == "taxatie 3");
        }
    CHECK(found);
    // Without a taxatie first, the meter alone is not enough either: safety first means taxated.
    Play q;
    q.choose("taxeren");
    q.act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Te laat"}});
    CHECK(q.entry(q.report(), "eerst_veilig").status == core::Status::Missed);
}

TEST_CASE("true evidence: an een_van over two choices of one step names the choice made once, never as 'instead'") {
    for (const char* choice : {"taxeren", "mailen"}) {
        CAPTURE(choice);
        Play p;
        p.choose(choice);
        const auto r = p.report();
        const auto& e = p.entry(r, "een_van_stap");
        CHECK(e.status == core::Status::Met);
        REQUIRE(e.evidence.size() == 1);
        CHECK(e.evidence[0].text.rfind("Gekozen: ", 0) == 0);
        CHECK_FALSE(has(e.evidence, "In plaats daarvan"));
    }
    Play p;
    p.choose("overslaan");
    const auto report = p.report();
    const auto& e = p.entry(report, "een_van_stap");
    CHECK(e.status == core::Status::Missed);
    REQUIRE(e.evidence.size() == 1);  // both alternatives saw the same choice: one line, not two
    CHECK(e.evidence[0].text == "In plaats daarvan gekozen: ‘Ga meteen aan de schulden werken.’");
}

TEST_CASE("true evidence: a criterion met only by not choosing shows goed_niet_gekozen, or a plain line, never the ideal") {
    for (const char* choice : {"taxeren", "mailen"}) {
        CAPTURE(choice);
        Play p;
        p.choose(choice);
        p.choose("plan");
        const auto r = p.report();
        const auto& e = p.entry(r, "niet_overslaan");
        CHECK(e.status == core::Status::Met);
        CHECK(e.met_by_not_choosing);
        CHECK(core::entry_feedback(e, core::Lang::Nl) == "Je sloeg de veiligheid niet over.");
        const auto& plain = p.entry(r, "niet_afsluiten");  // no goed_niet_gekozen: a line true for every choice
        CHECK(plain.status == core::Status::Met);
        CHECK(core::entry_feedback(plain, core::Lang::Nl) == "Behaald doordat je niet koos voor ‘Sluit af.’.");
        CHECK(core::entry_feedback(plain, core::Lang::Nl).find("goed plan") == std::string::npos);
    }
    Play p;
    p.choose("overslaan");
    const auto report = p.report();
    const auto& e = p.entry(report, "niet_overslaan");
    CHECK(e.status == core::Status::Missed);
    CHECK(core::entry_feedback(e, core::Lang::Nl) == "F");
}

TEST_CASE("true evidence: the comparison puts the trainee's own arrow in the trainee's column") {
    Play p;
    p.act("veiligheid.score", "", {{"waarde", "3"}});
    p.choose("taxeren");
    p.act("patroon.factor", "", {{"gebied", "gedrag_ouder"}, {"tekst", "Mijn A"}});
    const std::string a = p.ctl->state().analysis.pattern.factors.back().id;
    p.act("patroon.factor", "", {{"gebied", "gedrag_kind"}, {"tekst", "Mijn B"}});
    const std::string b = p.ctl->state().analysis.pattern.factors.back().id;
    p.act("patroon.pijl", "", {{"van", a}, {"naar", b}});
    bool seen = false;
    for (const auto& row : core::compare_artefacts(*p.loaded.scenario, p.ctl->state()))
        if (row.expert.nl().rfind("pijl:", 0) == 0) {
            seen = true;
            CHECK(row.match == core::Match::Found);
            CHECK(row.expert.nl() == "pijl: Trainer A → Trainer B");
            CHECK(row.trainee.nl() == "pijl: Mijn A → Mijn B");
        }
    CHECK(seen);
}

TEST_CASE("reflection is credited for a written reflection of some substance, never for a click") {
    const std::string dim(core::reflection_dimensions().front().id), lvl(core::reflection_levels().front().id);
    Play p;
    p.choose("taxeren");
    p.choose("plan");
    CHECK(p.entry(p.report(), "reflectie").status == core::Status::Missed);  // the end, nothing written
    p.act("reflectie.schrijf", "", {{"tekst", "Te kort om iets te zeggen."}, {"dimensie", dim}, {"niveau", lvl}});
    CHECK(p.entry(p.report(), "reflectie").status == core::Status::Missed);
    p.act("reflectie.schrijf", "", {{"tekst", "Ik merkte dat ik de schulden wilde oplossen voordat ik wist of Cas veilig was, en dat kwam door de druk."}});
    CHECK(p.entry(p.report(), "reflectie").status == core::Status::Missed);  // long enough, but no dimension or level
    p.act("reflectie.schrijf", "", {{"tekst", "Ik merkte dat ik de schulden wilde oplossen voordat ik wist of Cas veilig was, en dat kwam door de druk."},
                                    {"dimensie", dim}, {"niveau", lvl}});
    CHECK(p.entry(p.report(), "reflectie").status == core::Status::Met);
}

TEST_CASE("fair comparison: the share of the case's whole maximum beside the percentage over what was assessable") {
    Play p;
    p.choose("taxeren");
    const auto r = p.report();
    CHECK(r.case_max == 6);
    CHECK(r.max < r.case_max);
    CHECK(r.reached() == doctest::Approx(r.max / 6));
    CHECK(r.earned_of_case() == doctest::Approx(r.earned / 6));
    CHECK_FALSE(r.incomplete());
}

TEST_CASE("no spoilers: a report of an unfinished session shows only what the route reached") {
    Play p;  // at the first step, nothing decided
    core::Session s = p.ctl->session();
    const core::Reports mid = core::make_reports(*p.loaded.scenario, p.loaded.runtime.get(), s, {});
    for (const std::string* doc : {&mid.html, &mid.markdown}) {
        CHECK(doc->find("Trainer A") == std::string::npos);          // no reference answers
        CHECK(doc->find("Niet zomaar afgesloten") == std::string::npos);  // no criterion about a later step
        CHECK(doc->find("Nog op slot") != std::string::npos);         // and it says why
    }
    p.choose("overslaan");  // decided now: the miss may be shown
    s = p.ctl->session();
    const core::Reports after = core::make_reports(*p.loaded.scenario, p.loaded.runtime.get(), s, {});
    CHECK(after.markdown.find("Niet overgeslagen") != std::string::npos);
    CHECK(after.markdown.find("Niet zomaar afgesloten") == std::string::npos);
    p.choose("afsluiten");  // ended: everything opens
    s = p.ctl->session();
    const core::Reports end = core::make_reports(*p.loaded.scenario, p.loaded.runtime.get(), s, {});
    CHECK(end.markdown.find("Trainer A") != std::string::npos);
    CHECK(end.markdown.find("Niet zomaar afgesloten") != std::string::npos);
    CHECK(end.markdown.find("Nog op slot") == std::string::npos);
}

TEST_CASE("lint: niet_keuze without goed_niet_gekozen, one choice in many building blocks, reflection without a written reflection") {
    Play p;
    std::string all;
    for (const auto& d : core::lint(*p.loaded.scenario)) all += d.str() + "\n";
    CHECK(all.find("criterium 'niet_afsluiten' kan behaald worden alleen doordat iets niet gekozen is") != std::string::npos);
    CHECK(all.find("criterium 'niet_overslaan' kan behaald") == std::string::npos);
    CHECK(all.find("criterium 'reflectie' geeft punten voor reflectie zonder") == std::string::npos);
    auto many = scripting::load_scenario_source(R"(
scenario { id = "veel", titel = "Veel", versie = "1", start = "a" }
einde "e" { titel = "E", tekst = "E" }
stap "a" { titel = "A", tekst = "A", keuze "klik" { tekst = "K", naar = "e" }, keuze "anders" { tekst = "L", naar = "e" } }
criterium "c1" { bouwsteen = "privacy", tekst = "1", onderbouwing = "M", goed = "G", fout = "F", check = { keuze = "klik" } }
criterium "c2" { bouwsteen = "weging", tekst = "2", onderbouwing = "M", goed = "G", fout = "F", check = { keuze = "klik" } }
criterium "c3" { bouwsteen = "reflectie", tekst = "3", onderbouwing = "M", goed = "G", fout = "F", check = { keuze = "klik" } }
)",
                                                "veel.lua");
    REQUIRE(many.ok());
    all.clear();
    for (const auto& d : core::lint(*many.scenario)) all += d.str() + "\n";
    CHECK(all.find("veel.lua:4: waarschuwing: keuze 'klik' beslist over criteria in 3 bouwstenen") != std::string::npos);
    CHECK(all.find("keuze 'anders' beslist") == std::string::npos);
    CHECK(all.find("criterium 'c3' geeft punten voor reflectie zonder geschreven reflectie") != std::string::npos);
}
