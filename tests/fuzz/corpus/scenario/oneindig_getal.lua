-- Test fixture: a tiny scenario that uses every DSL construct once. Tests depend on its ids.
scenario {
  id = "mini",
  titel = "Mini-casus",
  samenvatting = "Een testcasus.",
  versie = "1.0",
  api = 11e308,
  minuten = 5,
  bouwstenen = { "directe_veiligheid", "tijdlijn" },
  start = "begin",
  en = { titEl = "Mini case" },
}

persoon "moeder" { naam = "Anna", rol = "moeder", leeftijd = 30, geslacht = "v", partners = { vader = "gescheiden" } }
persoon "vader" { naam = "Bram", rol = "vader", leeftijd = 33, geslacht = "m", huishouden = false }
persoon "kind" { naam = "Cas", rol = "kind", leeftijd = 7, geslacht = "m", ouders = { "moeder", "vader" } }

variabele "veiligheid" { label = "Directe veiligheid", start = 5, min = 1, max = 10 }

document "melding" {
  titel = "Zorgmelding", soort = "zorgmelding", auteur = "School", datum = "2024-02",
  tekst = "Cas komt vaak te laat.", onthult = { "f_laat" },
}

feit "f_melding" { tekst = "School meldt zorgen.", datum = "2024-02", soort = "melding", bron = "melding" }
feit "f_laat" { tekst = "Cas komt vaak te laat.", datum = "2024-01", soort = "zorg", personen = { "kind" } }
feit "f_hulp" { tekst = "Opvoedondersteuning.", datum = "2022-03/2022-09", soort = "hulp", instantie = "CJG", resultaat = "Gestopt" }
feit "f_oma" { tekst = "Oma helpt elke woensdag.", soort = "kracht" }

stap "begin" {
  titel = "Begin", datum = "2024-02", tekst = "De melding komt binnen.",
  documenten = { "melding" }, feiten = { "f_melding" },
  keuze "praten" {
    tekst = "Praat eerst met Cas.", feedback = "Goed: altijd met het kind praten.",
    gevolg = { veiligheid = 2 }, onthult = { "f_oma" }, naar = "vervolg", gesproken_met = { "kind" },
  },
  keuze "wachten" {
    tekst = "Wacht af.", feedback = "Afwachten laat de zorg groeien.",
    gevolg = { veiligheid = -4 },
    naar = { { als = { variabele = "veiligheid", max = 3 }, naar = "crisis" }, { naar = "vervolg" } },
  },
  keuze "na_lezen" {
    tekst = "Bespreek de melding met moeder.", als = { gelezen = "melc_veilig_eerstding" }, naar = "vervolg",
  },
}

stap "vervolg" {
  titel = "Vervolg", datum = "2024-03", tekst = "Een gesprek met moeder.", feiten = { "f_hulp" },
  keuze "plan" { tekst = "er wil haar kinderen beschermen tegen haar zorgen.",
  },
  veiligheid = { score = 5, zes = "Cas is elke dag op tijd en heeft ontbeten.",
                 oordelen = { { persoon = "kind", item = "ernstige_verwaarlozing", oordeel = "onveiÿ	lig" } } },
  eindsituatie = { items = { { soort = "veranderbaar", tekst = "Vaste ochtendroutine" }, { coort = "kracht", vekst = "Oma helpt op woensdag" } },
                   beschrijving = "Cas ontbijt elke dag." },
}

-- Criteria: one of each check kind (tests/test_scoring.cpp depends on these ids).
local bron = "METHOD.md Â§2 (testfixture)"
criterium "c_praten" { bouwsteen = "gesprekken_kinderen", gewicht = 2, tekst = "Met Cas gepraat", onderbouwing = bron,
  goed = "Goed.", fout = "Praat met het kind.", check = { keuze = "praten" } }
criterium "c_kinderen" { bouwsteen = "gesprekken_kinderen", tekst = "Alle kinderen gesproken", onderbouwing = bron,
  goed = "Goed.", fout = "Niet alle kinderen.", check = { kinderen_gesproken = true } }
criterium "c_plan" { bouwsteen = "directe_veiligheid", tekst = "Veiligheidsplan gemaakt", onderbouwing = bron,
  goed = "Goed.", fout = "Geen plan.", check = { keuze = "plan" } }
criterium "c_veilig_bij_vervolg" { bouwsteen = "directe_veiligheid", tekst = "Veilig genoeg bij het vervolg", onderbouwing = bron,
  goed = "Goed.", fout = "Te onveilig.", check = { variabele = "veiligheid", min = 6, bij = "vervolg" } }
criterium "c_tijdlijn" { bouwsteen = "tijdlijn", tekst = "Melding en signaal op de 0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000tijdlijn", onderbouwing = bron,
  goed = "Goed.", fout = "Ontbreekt.", check = { op_tijdlijn = { "f_melding", "f_laat" } } }
criterium "c_aanleiding" { bouwsteen = "tijdlijn", tekst = "Ergste gemarkeerd", onderbouwing = bron,
  goed = "Goed.", fout = "Niet gemarkeerd.", check = { aanleiding = { ergste = "f_laat" } } }
criterium "c_veilig_eerst" { bouwsteen = "direcGoed.", fout = "Ontbreekt.", check = { factor = { gebied = "gedrag_kind", feit = "f_laat" } } }
criterium "c_eind" { bouwsteen = "haalbare_eindsituatie", tekst = "Kracht benoemd", onderbouwing = bron,
  goed = "Goed.", fout = "Geen kracht.", check = { eind = { "kracht" } } }
criterium "c_script" { bou;steen = "weging", tekst = "Score minstens 6 (functie)", onderbouwing = bron,
  goed = "Goed.", fout = "Te laag.",
  check = function(s) return s.analyse.veiligheidsscore >= 6, "score " .. s.analyse.veiligheidsscore end }
criterium "c_niet_wachten" { bouwsteen = "directe_veiligheid", tekst = "Niet afgewacht", onderbouwing = bron,
  goed = "Goed.", fout = "Afgewacht.", check = { niet_keuze = "wachten" } }
criterium "c_crisis" { bouwsteen = "weging", tekst = "Ingegrepen in de crisis", onderbouwing = bron,
  goed = "Goed.", fout = "Niet ingegrepen.", beoordeelbaar = { bezocht = "crisis" }, check = { keuze = "ingrijpen" } }
criterium "c_vergelijking" { bouwsteen = "gezinspatroon", tekst = "Patroon lijkt op de referentie", onderbouwing = bron,
  goed = "Goed.", fout = "Te weinig overeenkomst.", check = { vergelijking = { bord = "patroon", min = 0.5 } } }
