scenario { id = "v", titel = "V", versie = "1", api = 1, start = "a", en = { titel = "C" } }
variabele "x" { label = "X", start = 5, min = 0, max = 10 }
document "d" { titel = "D", tekst = "T", onthult = { "f" } }
feit "f" { tekst = "F", soort = "zorg", datum = "2024-02" }
feit "g" { tekst = "G", soort = "hulp", instantie = "I", resultaat = "R", datum = "2022-03/2022-09" }
stap "a" { titel = "A", tekst = "T", documenten = { "d" }, feiten = { "g" },
  keuze "k1" { tekst = "K", gevolg = { x = -3 }, onthult = { "f" },
    naar = { { als = { variabele = "x", max = 3 }, naar = "b" }, { naar = "e" } } },
  keuze "k2" { tekst = "K", als = { alle = { { gelezen = "d" }, { niet = { keuze = "k1" } } } }, naar = "b" },
  keuze "k3" { tekst = "K", als = function(s) return s.var.x > 2 and s.feiten.g and not s.keuzes.k1 end, naar = "b" },
}
stap "b" { titel = "B", tekst = "T",
  keuze "k4" { tekst = "K", als = { een_van = { { feit = "f" }, { bezocht = "a" } } }, naar = "e" },
  keuze "k5" { tekst = "K", als = function(s) return (tostring(s.stap):find("^b")) ~= nil end, naar = "e" },
}
einde "e" { titel = "E", tekst = "T", toon = "goed" }
