// Generated stress cases, shared by the tests (boards at stress size) and `make bench`: a timeline
// with 500 entries, a family pattern with 100 factors and 200 arrows (30 persons), a genogram of 30
// persons, a journal of 1,000 reflections and a debrief with 300 criteria. Each case is Lua source
// plus the actions that fill it in; a `fill_*` returns the first action that did not apply, or "".
#pragma once

#include <cstdio>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/controller.hpp"

namespace lwp::test::stress {

// Performs `type target args` in the controller's current step; "" or what went wrong.
inline std::string perform(core::SessionController& ctl, const char* type, const std::string& target,
                           std::map<std::string, std::string> args = {}) {
    const auto& st = ctl.state();
    core::ApplyResult r = ctl.perform(core::Action{type, st.step.empty() ? st.ending : st.step, target, std::move(args), 0});
    return r.ok ? std::string() : std::string(type) + " " + target + ": " + r.error;
}

// --- timeline: `n` facts over 34 years, all revealed at the start ------------------------------
inline std::string timeline_id(int i) { return "f" + std::to_string(i); }

inline std::string timeline_lua(int n = 500) {
    std::ostringstream lua;
    lua << "scenario { id = \"groot\", titel = \"Groot\", versie = \"1\", start = \"s\" }\n"
        << "persoon \"m\" { naam = \"M\", rol = \"moeder\", geslacht = \"v\" }\n"
        << "einde \"e\" { titel = \"E\", tekst = \"E\" }\n";
    const char* kinds[] = {"levensgebeurtenis", "hulp", "besluit", "melding", "zorg"};
    for (int i = 0; i < n; ++i) {
        char date[32];
        const int year = 1990 + (i * 7) % 34, month = 1 + (i * 5) % 12;
        if (i % 11 == 0) std::snprintf(date, sizeof date, "%d-%02d/%d-%02d", year, month, year + 1, month);
        else std::snprintf(date, sizeof date, "%d-%02d", year, month);
        lua << "feit \"" << timeline_id(i) << "\" { tekst = \"Gebeurtenis nummer " << i << " met een wat langere omschrijving\", soort = \""
            << kinds[i % 5] << "\"" << (i % 40 == 0 ? "" : std::string(", datum = \"") + date + "\"")
            << (i % 5 == 1 ? ", instantie = \"Wijkteam\", resultaat = \"Gestopt\"" : "") << " }\n";
    }
    lua << "stap \"s\" { titel = \"S\", tekst = \"S\", feiten = {";
    for (int i = 0; i < n; ++i) lua << "\"" << timeline_id(i) << "\",";
    lua << "}, keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n";
    return lua.str();
}

// Places every fact of timeline_lua(n) on the timeline.
inline std::string fill_timeline(core::SessionController& ctl, int n = 500) {
    for (int i = 0; i < n; ++i)
        if (std::string e = perform(ctl, "tijdlijn.plaats", timeline_id(i)); !e.empty()) return e;
    return "";
}

// --- pattern, safety and end situation: 30 persons, 120 facts -----------------------------------
// With `criteria` > 0 the case also has that many criteria over all building blocks and check
// kinds (the debrief at stress size, and scoring).
inline std::string pattern_lua(int criteria = 0) {
    std::ostringstream lua;
    lua << "scenario { id = \"groot\", titel = \"Groot gezin\", versie = \"1\", start = \"s\" }\n";
    const char* roles[] = {"moeder", "vader", "kind", "kind", "kind", "oma", "netwerk"};
    for (int p = 0; p < 30; ++p)
        lua << "persoon \"p" << p << "\" { naam = \"Persoon " << p << "\", rol = \"" << roles[p % 7] << "\", leeftijd = " << 5 + p
            << " }\n";
    lua << "stap \"s\" { titel = \"S\", tekst = \"T\", feiten = {";
    for (int f = 0; f < 120; ++f) lua << (f ? ", " : "") << "\"f" << f << "\"";
    lua << "}, keuze \"k\" { tekst = \"K\", naar = \"e\" }, keuze \"k2\" { tekst = \"K2\", naar = \"e\" } }\n";
    for (int f = 0; f < 120; ++f)
        lua << "feit \"f" << f << "\" { tekst = \"Feit nummer " << f
            << " over het gezin, met genoeg woorden om over twee regels te lopen.\", soort = \"zorg\", personen = { \"p" << f % 30
            << "\" } }\n";
    lua << "einde \"e\" { titel = \"E\", tekst = \"E\", toon = \"goed\" }\n";
    const char* blocks[] = {"samenwerking_lt_gi", "samenwerkingsprincipes", "feedback_barrieres", "privacy",
                            "inhoudelijke_beslissingen", "weging", "directe_veiligheid", "stabiele_veiligheid",
                            "tijdlijn", "gezinspatroon", "haalbare_eindsituatie", "gesprekken_kinderen"};
    for (int c = 0; c < criteria; ++c) {
        std::string check;
        switch (c % 4) {
        case 0: check = "{ keuze = \"k\" }"; break;
        case 1: check = "{ niet_keuze = \"k2\" }"; break;
        case 2: check = "{ op_tijdlijn = { \"f" + std::to_string(c % 120) + "\" } }"; break;
        default: check = "{ een_van = { { keuze = \"k2\" }, { op_tijdlijn = { \"f" + std::to_string((c * 7) % 120) + "\" } } } }";
        }
        lua << "criterium \"c" << c << "\" {\n    bouwsteen = \"" << blocks[c % 12] << "\", gewicht = " << 1 + c % 3
            << ",\n    tekst = \"Criterium " << c << ": een handeling die de methode vraagt.\",\n"
            << "    onderbouwing = \"METHOD.md §2.7 (generated stress criterion " << c << ").\",\n"
            << "    goed = \"Goed gedaan: dit is wat de methode vraagt, met een uitleg van twee zinnen. Zo blijft het gezin betrokken.\",\n"
            << "    fout = \"Dit ontbrak. De methode vraagt het om een reden die hier in twee zinnen staat. Probeer het een volgende keer.\",\n"
            << "    check = " << check << ",\n}\n";
    }
    return lua.str();
}

// 100 factors (over the five areas, most with evidence), 200 distinct arrows between them, a
// safety judgement for every person and 40 end-situation items. `factor_ids` receives the ids.
inline std::string fill_pattern(core::SessionController& ctl, std::vector<std::string>* factor_ids = nullptr) {
    const char* areas[] = {"ontwikkeling_ouder", "gedrag_ouder", "ontwikkeling_kind", "gedrag_kind", "hulpverleningspatroon"};
    std::vector<std::string> ids;
    for (int i = 0; i < 100; ++i) {
        std::string evidence = i % 4 ? "f" + std::to_string(i) + ",f" + std::to_string(i + 1) : "";
        if (std::string e = perform(ctl, "patroon.factor", "",
                                    {{"gebied", areas[i % 5]},
                                     {"tekst", "Factor " + std::to_string(i) + " met een tekst die over meerdere regels loopt op een smalle kaart"},
                                     {"bewijs", evidence}});
            !e.empty())
            return e;
        ids.push_back(ctl.state().analysis.pattern.factors.back().id);
    }
    std::mt19937 rng(3);
    std::set<std::pair<int, int>> made;
    while (made.size() < 200) {
        const int a = static_cast<int>(rng() % 100), b = static_cast<int>(rng() % 100);
        if (a == b || !made.insert({a, b}).second) continue;
        if (std::string e = perform(ctl, "patroon.pijl", "", {{"van", ids[static_cast<size_t>(a)]}, {"naar", ids[static_cast<size_t>(b)]}}); !e.empty())
            return e;
    }
    for (int p = 0; p < 30; ++p)
        if (std::string e = perform(ctl, "veiligheid.oordeel", "p" + std::to_string(p),
                                    {{"item", "ernstige_verwaarlozing"}, {"oordeel", p % 2 ? "veilig" : "onveilig"}});
            !e.empty())
            return e;
    const char* kinds[] = {"patroon_doorbreken", "veranderbaar", "compenseren", "doel", "kracht"};
    for (int i = 0; i < 40; ++i)
        if (std::string e = perform(ctl, "eind.item", "", {{"soort", kinds[i % 5]}, {"tekst", "Onderdeel " + std::to_string(i)}}); !e.empty())
            return e;
    if (factor_ids) *factor_ids = std::move(ids);
    return "";
}

// --- genogram: three generations, 30 persons, with notes and ties --------------------------------
inline std::vector<std::string> family_ids() {
    std::vector<std::string> ids{"opa", "oma", "opa2", "oma2"};
    for (int i = 0; i < 4; ++i) ids.push_back("ouder" + std::to_string(i)), ids.push_back("partner" + std::to_string(i));
    for (int k = 0; k < 16; ++k) ids.push_back("kind" + std::to_string(k));
    ids.push_back("juf"), ids.push_back("buur");
    return ids;
}

inline std::string family_lua() {
    std::ostringstream lua;
    lua << "scenario { id = \"familie\", titel = \"Familie\", versie = \"1\", start = \"s\" }\n"
        << "einde \"e\" { titel = \"E\", tekst = \"E\" }\n"
        << "stap \"s\" { titel = \"S\", tekst = \"S\", keuze \"k\" { tekst = \"K\", naar = \"e\" } }\n";
    auto person = [&](const std::string& id, const char* gender, const std::string& extra) {
        lua << "persoon \"" << id << "\" { naam = \"" << id << "\", rol = \"familie\", leeftijd = 40, geslacht = \"" << gender << "\"" << extra
            << " }\n";
    };
    person("opa", "m", ", huishouden = false, partners = { oma = \"samen\" }");
    person("oma", "v", ", huishouden = false, overleden = true");
    person("opa2", "m", ", huishouden = false, partners = { oma2 = \"gescheiden\" }");
    person("oma2", "v", ", huishouden = false");
    for (int i = 0; i < 4; ++i) {
        const std::string p = "ouder" + std::to_string(i), q = "partner" + std::to_string(i);
        const char* grand = i < 2 ? "\"opa\", \"oma\"" : "\"opa2\", \"oma2\"";
        person(p, i % 2 ? "v" : "m",
               std::string(", ouders = { ") + grand + " }, partners = { " + q + " = \"samen\" }" + (i ? ", huishouden = false" : ""));
        person(q, i % 2 ? "m" : "v", i == 1 ? ", ouders = { \"opa2\", \"oma2\" }, huishouden = false" : (i ? ", huishouden = false" : ""));
    }
    for (int k = 0; k < 16; ++k) {
        const int fam = k % 4;
        person("kind" + std::to_string(k), k % 3 ? "m" : "x",
               ", ouders = { \"ouder" + std::to_string(fam) + "\", \"partner" + std::to_string(fam) + "\" }" + (fam ? ", huishouden = false" : ""));
    }
    lua << "persoon \"juf\" { naam = \"Juf\", rol = \"professional\", geslacht = \"v\", huishouden = false }\n"
        << "persoon \"buur\" { naam = \"Buurman\", rol = \"netwerk\", geslacht = \"m\", huishouden = false }\n";
    return lua.str();
}

// A note (support, role) and one tie for every person of family_lua().
inline std::string fill_family(core::SessionController& ctl) {
    const auto ids = family_ids();
    for (size_t i = 0; i < ids.size(); ++i) {
        if (std::string e = perform(ctl, "personen.notitie", ids[i], {{"steun", std::to_string(static_cast<int>(i % 5) - 2)}, {"rol", "rol " + ids[i]}});
            !e.empty())
            return e;
        if (std::string e = perform(ctl, "personen.band", "",
                                    {{"a", ids[i]}, {"b", ids[(i * 7 + 3) % ids.size()]}, {"soort", i % 3 ? "steun" : "conflict"}});
            !e.empty())
            return e;
    }
    return "";
}

// --- journal: `n` reflections with dimension and level, some edited ------------------------------
inline std::string fill_reflections(core::SessionController& ctl, int n = 1000) {
    const char* dimensions[] = {"technisch_instrumenteel", "normatief", "persoonlijk"};
    const char* levels[] = {"goed", "goede", "goede_reden"};
    for (int i = 0; i < n; ++i) {
        std::string text = "Reflectie " + std::to_string(i) +
                           ": wat ik deed, waarom, en wat ik een volgende keer anders zou doen. Het gezin merkte dat ik "
                           "eerst luisterde en pas daarna een voorstel deed.";
        if (std::string e = perform(ctl, "reflectie.schrijf", "", {{"tekst", text}, {"dimensie", dimensions[i % 3]}, {"niveau", levels[i % 3]}});
            !e.empty())
            return e;
    }
    return "";
}

}  // namespace lwp::test::stress
