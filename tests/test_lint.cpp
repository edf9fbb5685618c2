// Authoring lint: anonymisation rules (BSN eleven-test, postcodes, phones, e-mail, birth dates,
// undeclared names) and completeness hints. Each rule with a positive and a negative case.
#include <doctest/doctest.h>

#include "core/model/lint.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
size_t findings(const std::string& text) { return core::anonymisation_findings(text, {"Sanne de Vries", "Milan"}).size(); }
}  // namespace

TEST_CASE("BSN eleven-test") {
    CHECK(core::is_bsn("111222333"));   // 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66 = 6*11
    CHECK(core::is_bsn("123456782"));
    CHECK_FALSE(core::is_bsn("123456789"));
    CHECK_FALSE(core::is_bsn("12345678"));
    CHECK_FALSE(core::is_bsn("000000000"));
    CHECK(findings("Dossier BSN 111222333 bijgevoegd.") == 1);
    CHECK(findings("Zaaknummer 123456789.") == 0);  // nine digits, but not a valid BSN
}

TEST_CASE("postcode, address, phone, e-mail") {
    CHECK(findings("Woont op 2511 CV, driehoog.") == 1);
    CHECK(findings("Woont op 2511CV.") == 1);
    CHECK(findings("Er waren 2511 meldingen in de regio.") == 0);
    CHECK(findings("Adres: Dorpsstraat 12.") == 1);
    CHECK(findings("Bel 06-12345678 of 0701234567.") == 2);
    CHECK(findings("Bel +31 6 12345678.") == 1);
    CHECK(findings("In 2024 waren er 12 gesprekken.") == 0);
    CHECK(findings("Mail naar s.devries@example.nl.") == 1);
    CHECK(findings("Het e-mailverkeer was stroef.") == 0);
}

TEST_CASE("full dates of birth and undeclared names") {
    CHECK(findings("Milan, geboren 12-03-2016, zit in groep 5.") == 1);
    CHECK(findings("Milan, geboren op 3 maart 2016.") == 1);
    CHECK(findings("Milan is 8 jaar.") == 0);
    CHECK(findings("Het gesprek was op 12-03-2024.") == 0);  // a case date, not a birth date
    CHECK(findings("Mevrouw Jansen belde.") == 1);
    CHECK(findings("Mevrouw de Vries belde.") == 0);  // "Vries" is part of a declared pseudonym
    CHECK(findings("Mevrouw Sanne belde terug.") == 0);
}

TEST_CASE("lint on scenarios: anonymisation errors with file:line, completeness warnings") {
    auto s = scripting::load_scenario_source(
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\", bouwstenen = { \"privacy\" } }\n"
        "persoon \"m\" { naam = \"Anna\", rol = \"moeder\" }\n"
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        "feit \"los\" { tekst = \"Nooit onthuld\", soort = \"zorg\" }\n"
        "stap \"a\" { titel = \"A\", tekst = \"Anna woont op 2511 CV en belt met 0612345678.\",\n"
        "  keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n",
        "anon.lua");
    REQUIRE(s.ok());
    auto findings = core::lint(*s.scenario);
    std::string all;
    for (const auto& d : findings) all += d.str() + "\n";
    CHECK(all.find("anon.lua:5: fout: anonimisering: stap 'a': lijkt een postcode: 2511 CV") != std::string::npos);
    CHECK(all.find("anon.lua:5: fout: anonimisering: stap 'a': lijkt een telefoonnummer") != std::string::npos);
    CHECK(all.find("anon.lua:4: waarschuwing: feit 'los' wordt nergens onthuld") != std::string::npos);
    CHECK(all.find("geen referentie") != std::string::npos);
    CHECK(all.find("bouwsteen 'privacy' staat in 'bouwstenen' maar heeft geen criterium") != std::string::npos);
}

TEST_CASE("the bundled scenarios are anonymised and complete") {
    auto lib = scripting::load_library(LWP_SCENARIO_DIR);
    REQUIRE(lib.size() >= 1);
    for (const auto& s : lib) {
        CAPTURE(s.file);
        REQUIRE(s.ok());
        for (const auto& d : core::lint(*s.scenario)) {
            CAPTURE(d.str());
            CHECK(d.level != core::Diagnostic::Level::Error);
        }
    }
}

TEST_CASE("lint: an anonymisation error points at the line of the text, in Dutch and in English, not at its block's header") {
    auto s = scripting::load_scenario_source(
        "scenario { id = \"t\", titel = \"T\", versie = \"1\", start = \"a\" }\n"  // 1
        "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"                           // 2
        "document \"brief\" {\n"                                                   // 3
        "  titel = \"Brief\",\n"                                                   // 4
        "  tekst = [[Beste mevrouw,\n"                                             // 5
        "  bel ons op 0612345678.]],\n"                                            // 6: the multi-line text starts at 5
        "  en = {\n"                                                               // 7
        "    titel = \"Letter\",\n"                                                // 8
        "    tekst = \"Write to a@b.nl.\" } }\n"                                  // 9
        "stap \"a\" { titel = \"A\", tekst = \"T\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n",
        "anon.lua");
    REQUIRE(s.ok());
    std::string all;
    for (const auto& d : core::lint(*s.scenario)) all += d.str() + "\n";
    CAPTURE(all);
    CHECK(all.find("anon.lua:5: fout: anonimisering: document 'brief': lijkt een telefoonnummer") != std::string::npos);
    CHECK(all.find("anon.lua:9: fout: anonimisering: document 'brief': lijkt een e-mailadres: a@b.nl") != std::string::npos);
    CHECK(all.find("anon.lua:3: fout: anonimisering") == std::string::npos);
}
