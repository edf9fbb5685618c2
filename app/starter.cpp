#include "starter.hpp"

namespace lwp::cli {

namespace {
// "@ID@" is replaced by the scenario id. Every construct of the DSL appears once, with a comment.
constexpr const char* kTemplate = R"LUA(-- Startcasus "@ID@", gemaakt met `leerwerkplaats new @ID@`.
-- Pas alles aan tot het jouw (geanonimiseerde!) casus is. De handleiding staat in
-- scenarios/README.md. Controleer steeds met:  leerwerkplaats validate @ID@.lua
-- en speel hem met:                            leerwerkplaats play @ID@.lua --choose 1,1

-- 1. Over de casus. 'bouwstenen' noemt wat de casus oefent.
scenario {
    id = "@ID@",
    titel = "Nieuwe casus",
    samenvatting = "Een korte beschrijving die de deelnemer in de bibliotheek ziet.",
    versie = "0.1",
    api = 1,
    taal = "nl",
    minuten = 20,
    moeilijkheid = "instap",
    bouwstenen = { "directe_veiligheid", "gesprekken_kinderen" },
    start = "melding",
    -- De Engelse versie van de teksten staat in en = { ... } in hetzelfde blok (handleiding §8).
    en = { titel = "New case", samenvatting = "A short description the participant sees in the library." },
}

-- 2. Personen: alleen pseudoniemen, leeftijden in plaats van geboortedatums.
persoon "moeder" { naam = "Ilse", rol = "moeder", leeftijd = 31, geslacht = "v", partners = { vader = "gescheiden" } }
persoon "vader" { naam = "Tom", rol = "vader", leeftijd = 33, geslacht = "m", huishouden = false }
persoon "kind" { naam = "Lars", rol = "kind", leeftijd = 7, geslacht = "m", ouders = { "moeder", "vader" } }

-- 3. Meters die door keuzes veranderen (begrensd door min en max).
variabele "directe_veiligheid" { label = "Directe veiligheid", start = 5, min = 0, max = 10, en = { label = "Immediate safety" } }

-- 4. Documenten in het dossier; lezen onthult de feiten in 'onthult'.
document "zorgmelding" {
    titel = "Zorgmelding van school", soort = "zorgmelding", auteur = "Intern begeleider", datum = "2024-03",
    tekst = [[Lars komt de laatste weken moe en verdrietig op school. Hij zegt dat papa en mama ruzie maken.]],
    onthult = { "f_lars_moe" },
    en = {
        titel = "Report of concern from school",
        tekst = [[Lars has been coming to school tired and sad for the last few weeks. He says that daddy and mummy are fighting.]],
    },
}

-- 5. Feiten voor de tijdlijn (soort: levensgebeurtenis, hulp, besluit, melding, zorg, kracht).
feit "f_melding" { tekst = "School meldt zorgen over Lars.", datum = "2024-03", soort = "melding", bron = "zorgmelding",
    en = { tekst = "The school reports concerns about Lars." } }
feit "f_lars_moe" { tekst = "Lars is moe en verdrietig op school.", datum = "2024-02", soort = "zorg", personen = { "kind" },
    en = { tekst = "Lars is tired and sad at school." } }

-- 6. Stappen met keuzes. 'naar' is de volgende stap of een einde.
stap "melding" {
    titel = "De melding", datum = "2024-03",
    tekst = [[De zorgmelding van school komt binnen. Lees het document links. Wat doe je eerst?]],
    documenten = { "zorgmelding" }, feiten = { "f_melding" },
    en = { titel = "The report", tekst = [[The school's report of concern comes in. Read the document on the left. What do you do first?]] },
    keuze "veiligheid" {
        tekst = "Ga vandaag op huisbezoek en bespreek de directe veiligheid van Lars.",
        feedback = "Eerst de directe veiligheid.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 2 },
        naar = "gesprek",
        en = { tekst = "Make a home visit today and discuss Lars's immediate safety.", feedback = "Immediate safety first." },
    },
    keuze "afwachten" {
        tekst = "Stuur de ouders een brief met een afspraak over twee weken en wacht af.",
        feedback = "Afwachten laat de zorg groeien.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = -3 },
        naar = "gesprek",
        en = { tekst = "Send the parents a letter with an appointment in two weeks and wait.", feedback = "Waiting lets the concern grow." },
    },
}

stap "gesprek" {
    titel = "Een gesprek met Lars", datum = "2024-03",
    tekst = [[Je kunt Lars spreken. Hoe pak je het aan?]],
    en = { titel = "A conversation with Lars", tekst = [[You can talk with Lars. How do you go about it?]] },
    keuze "met_lars" {
        tekst = "Spreek Lars op school, met de Drie Huizen.",
        feedback = "Altijd met het kind praten.",
        bron = "bouwsteen.gesprekken_kinderen",
        gesproken_met = { "kind" },
        naar = "einde_goed",
        en = { tekst = "Talk with Lars at school, using the Three Houses.", feedback = "Always talk with the child." },
    },
    keuze "zonder_lars" {
        tekst = "Laat de moeder vertellen hoe het met Lars gaat.",
        feedback = "Zo hoor je Lars zelf niet.",
        bron = "bouwsteen.gesprekken_kinderen",
        naar = "einde_zorgelijk",
        en = { tekst = "Let the mother tell you how Lars is doing.", feedback = "That way you do not hear Lars himself." },
    },
}

-- 7. Eindes (toon: goed, gemengd of zorgelijk).
einde "einde_goed" { titel = "Een goed begin", tekst = "Lars is gehoord en er zijn afspraken.", toon = "goed",
    en = { titel = "A good start", tekst = "Lars has been heard and there are agreements." } }
einde "einde_zorgelijk" { titel = "Nog niet gehoord", tekst = "Lars bleef buiten beeld.", toon = "zorgelijk",
    en = { titel = "Not heard yet", tekst = "Lars stayed out of sight." } }

-- 8. Criteria voor de nabespreking: bouwsteen, onderbouwing, bron (een anker uit de Methodewijzer:
--    leerwerkplaats methode --anchors), feedback en een check.
criterium "veiligheid_eerst" {
    bouwsteen = "directe_veiligheid",
    tekst = "De directe veiligheid is eerst besproken.",
    onderbouwing = "Eerst de directe veiligheid van alle gezinsleden.",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je begon bij de veiligheid van Lars.",
    fout = "Je wachtte af; de veiligheid van Lars bleef onbekend.",
    en = {
        tekst = "Immediate safety was discussed first.",
        onderbouwing = "First the immediate safety of every family member.",
        goed = "You started with Lars's safety.",
        fout = "You waited; Lars's safety remained unknown.",
    },
    check = { keuze = "veiligheid" },
}
criterium "lars_gesproken" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Met Lars zelf gesproken.",
    onderbouwing = "Ga altijd met het kind zelf in gesprek.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Lars kreeg een eigen stem.",
    fout = "Lars is niet zelf gesproken.",
    en = {
        tekst = "Talked with Lars himself.",
        onderbouwing = "Always talk with the child himself.",
        goed = "Lars got a voice of his own.",
        fout = "Lars was not spoken to himself.",
    },
    check = { kinderen_gesproken = true },
}

-- 9. Een reflectiemoment (altijd bewaard; alleen een criterium met reflectie_geschreven beoordeelt het).
reflectie "na_gesprek" { na_keuze = "met_lars", vragen = { "Wat vertelde Lars dat je nog niet wist?" },
    en = { vragen = { "What did Lars tell you that you did not know yet?" } } }

-- 10. De analyse van de trainer, voor de nabespreking.
referentie {
    tijdlijn = { feiten = { "f_lars_moe", "f_melding" }, eerste = "f_lars_moe", laatste = "f_melding", ergste = "f_lars_moe" },
    veiligheid = { score = 5, zes = "Lars slaapt thuis rustig en komt uitgerust op school.",
                   en = { zes = "Lars sleeps peacefully at home and comes to school rested." } },
}
)LUA";
}  // namespace

std::string starter_scenario(const std::string& id) {
    std::string out = kTemplate;
    for (size_t pos; (pos = out.find("@ID@")) != std::string::npos;) out.replace(pos, 4, id);
    return out;
}

}  // namespace lwp::cli
