-- Scenario for the crash harness (tests/crash/crash_saver.cpp): two steps in an endless loop, so
-- a session grows by one action at a time for as long as the harness wants. It reads a document
-- and evaluates a script condition, so saving and replaying go through the sandbox as in the app.
scenario { id = "lus", titel = "Lus", versie = "1", api = 1, start = "a" }

variabele "rondes" { label = "Rondes", start = 0, min = 0, max = 1000000 }

document "dossier" { titel = "Dossier", tekst = "Het dossier.", onthult = { "f_dossier" } }
feit "f_dossier" { tekst = "Het dossier is gelezen.", soort = "zorg" }

stap "a" {
  titel = "A", tekst = "Stap A.", documenten = { "dossier" },
  keuze "naar_b" { tekst = "Naar B.", naar = "b" },
  keuze "stoppen" { tekst = "Stop.", als = { variabele = "rondes", min = 999999 }, naar = "klaar" },
}

stap "b" {
  titel = "B", tekst = "Stap B.",
  keuze "naar_a" {
    tekst = "Naar A.", gevolg = { rondes = 1 }, naar = "a",
    als = function(s) return s.var.rondes >= 0 and s.stap == "b" end,
  },
}

einde "klaar" { titel = "Klaar", tekst = "Einde." }
