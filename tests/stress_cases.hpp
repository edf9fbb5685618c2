// Generated stress cases, shared by the tests (boards at stress size) and `make bench`: a timeline
// with 500 entries, a family pattern with 100 factors and 200 arrows (30 persons), a genogram of 30
// persons, a journal of 1,000 reflections and a debrief with 300 criteria. Each case is Lua source
// plus the actions that fill it in; a `fill_*` returns the first action that did not apply, or "".
#pragma once

#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/session/controller.hpp"

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

// --- replay: a long mixed log (issue 22, `make bench` figure 8 and tests/test_replay_fold.cpp) ----
// Two steps in a loop (each choice moves the safety meter across the 6, so half the board work
// happens below it), seven persons (p6 stays without a note), 40 facts revealed at the start and 10 more in a document.
inline std::string replay_lua() {
    std::ostringstream lua;
    lua << "scenario { id = \"herhaal\", titel = \"Herhaal\", versie = \"1\", start = \"a\" }\n"
        << "variabele \"directe_veiligheid\" { label = \"Directe veiligheid\", start = 5, min = 0, max = 10 }\n";
    for (int p = 0; p < 7; ++p) lua << "persoon \"p" << p << "\" { naam = \"Persoon " << p << "\", rol = \"" << (p < 2 ? "ouder" : "kind") << "\" }\n";
    const char* kinds[] = {"levensgebeurtenis", "hulp", "besluit", "melding", "zorg"};
    for (int f = 0; f < 40; ++f)
        lua << "feit \"f" << f << "\" { tekst = \"Feit " << f << " over het gezin\", soort = \"" << kinds[f % 5] << "\", datum = \""
            << 2000 + f % 20 << "-0" << 1 + f % 9 << "\", personen = { \"p" << f % 6 << "\" }" << (f % 5 == 1 ? ", resultaat = \"Gestopt\"" : "") << " }\n";
    lua << "document \"dossier\" { titel = \"Dossier\", tekst = \"Het dossier.\", onthult = {";
    for (int g = 0; g < 10; ++g) lua << (g ? ", " : " ") << "\"g" << g << "\"";
    lua << " } }\n";
    for (int g = 0; g < 10; ++g) lua << "feit \"g" << g << "\" { tekst = \"Uit het dossier " << g << "\", soort = \"zorg\" }\n";
    lua << "stap \"a\" { titel = \"A\", tekst = \"Stap A.\", documenten = { \"dossier\" }, feiten = {";
    for (int f = 0; f < 40; ++f) lua << (f ? ", " : " ") << "\"f" << f << "\"";
    lua << " },\n  keuze \"verder\" { tekst = \"Verder.\", gevolg = { directe_veiligheid = 1 }, naar = \"b\" },\n"
        << "  keuze \"stoppen\" { tekst = \"Stop.\", als = { variabele = \"directe_veiligheid\", min = 10 }, naar = \"klaar\" } }\n"
        << "stap \"b\" { titel = \"B\", tekst = \"Stap B.\",\n"
        << "  keuze \"terug\" { tekst = \"Terug.\", gevolg = { directe_veiligheid = -1 }, naar = \"a\" } }\n"
        << "reflectie \"terugblik\" { stap = \"b\", vragen = { \"Wat zag je?\" } }\n"
        << "einde \"klaar\" { titel = \"Klaar\", tekst = \"Einde.\" }\n";
    return lua.str();
}

// The first `n` actions of an endless mixed log on replay_lua(): rounds of about 30 actions with
// every board action type (each item created is edited, linked, marked or used as evidence, and
// removed a few rounds later, so the boards hold a few dozen items as in a real case), a reading,
// a reflection every third round, its revision the round after, and a choice that moves to the
// other step. Every prefix applies; ids are the version-1 ids of the log positions.
inline std::vector<core::Action> replay_log(size_t n) {
    std::vector<core::Action> log;
    std::string step = "a";
    auto add = [&](const char* type, std::string target = {}, std::map<std::string, std::string> args = {}) {
        core::Action a{type, step, std::move(target), std::move(args), 0};
        std::string id = core::created_id(a, log.size());
        log.push_back(std::move(a));
        return id;
    };
    auto num = [](size_t v) { return std::to_string(v); };
    const char* areas[] = {"ontwikkeling_ouder", "gedrag_ouder", "ontwikkeling_kind", "gedrag_kind", "hulpverleningspatroon"};
    const char* marks[] = {"eerste", "laatste", "ergste"};
    const char* ties[] = {"steun", "conflict", "contact"};
    const char* texts[] = {"zin", "intentie", "grootste_zorg", "hulp_patroon"};
    const char* items[] = {"lichamelijke_mishandeling", "ernstige_verwaarlozing", "psychische_mishandeling", "overig"};
    const char* judged[] = {"veilig", "onveilig", "direct_veiligstellen"};
    const char* end_kinds[] = {"patroon_doorbreken", "veranderbaar", "compenseren", "doel", "kracht"};
    std::map<size_t, std::string> own, tie, fa, fb, link, end;
    std::map<int, std::string> placed;  // fact number -> timeline entry
    std::string reflection;
    for (size_t k = 0; log.size() < n; ++k) {
        const int fact = static_cast<int>(k % 40), old_fact = static_cast<int>((k + 20) % 40);
        const std::string p = "p" + num(k % 6), q = "p" + num((k + 1) % 6);
        add("lees", "dossier");
        std::map<std::string, std::string> reading;
        if (k % 3 == 0) reading["tekst"] = "Eigen lezing " + num(k);
        placed[fact] = add("tijdlijn.plaats", "f" + num(k % 40), std::move(reading));
        own[k] = add("tijdlijn.eigen", "", {{"tekst", "Eigen regel " + num(k)}, {"datum", "20" + num(10 + k % 10) + "-05"}, {"baan", "hulp"},
                                             {"instantie", "Wijkteam"}, {"resultaat", "Gestopt"}, {"personen", p + "," + q}});
        if (k >= 1) add("tijdlijn.wijzig", own[k - 1], {{"baan", "besluit"}, {"datum", "2019-01/2019-06"}, {"personen", q}});
        add("tijdlijn.markeer", own[k], {{"soort", marks[k % 3]}, {"aan", k % 7 == 6 ? "0" : "1"}});
        add("tijdlijn.veld", k % 2 ? "hulpvraag_direct" : "visie_gezin", {{"tekst", k % 5 == 4 ? "" : "Veld " + num(k)}});
        add("personen.notitie", p, {{"steun", std::to_string(static_cast<int>(k % 5) - 2)}, {"rol", "rol " + num(k)}, {"notitie", "notitie " + num(k)}});
        tie[k] = add("personen.band", "", {{"a", p}, {"b", q}, {"soort", ties[k % 3]}});
        if (k >= 3) add("personen.band_weg", tie[k - 3]);
        std::string evidence = own[k] + ",f" + num(fact) + "," + placed[fact];
        if (k >= 4) evidence += "," + own[k - 4];
        fa[k] = add("patroon.factor", "", {{"gebied", areas[k % 5]}, {"tekst", "Factor a " + num(k)}, {"bewijs", evidence}});
        fb[k] = add("patroon.factor", "", {{"gebied", areas[(k + 2) % 5]}, {"persoon", p}, {"tekst", "Factor b " + num(k)}});
        add("patroon.wijzig", fa[k], {{"tekst", "Factor a " + num(k) + ", herzien"}, {"persoon", q}, {"gebied", areas[(k + 1) % 5]}});
        link[k] = add("patroon.pijl", "", {{"van", fa[k]}, {"naar", fb[k]}});
        if (k >= 1) add("patroon.pijl", "", {{"van", fb[k]}, {"naar", fa[k - 1]}});
        if (k >= 2) add("patroon.pijl_weg", link[k - 2]);
        add("patroon.tekst", texts[k % 4], {{"tekst", "Tekst " + num(k)}});
        add("veiligheid.oordeel", p, {{"item", items[k % 4]}, {"oordeel", judged[k % 3]}});
        add("veiligheid.score", "", {{"waarde", num(1 + k % 10)}});
        add("veiligheid.veld", k % 2 ? "zes" : "afspraken", {{"tekst", "Veiligheid " + num(k)}});
        end[k] = add("eind.item", "", {{"soort", end_kinds[k % 5]}, {"tekst", "Onderdeel " + num(k)}, {"hoe", "zo"}, {"wie", p}, {"wanneer", "mei"}});
        if (k >= 1) add("eind.wijzig", end[k - 1], {{"tekst", "Onderdeel " + num(k - 1) + ", herzien"}, {"soort", end_kinds[(k + 1) % 5]}});
        if (k >= 3) add("eind.verwijder", end[k - 3]);
        add("eind.veld", "waar_opgroeien", {{"tekst", "Thuis " + num(k)}});
        if (k >= 5) add("tijdlijn.verwijder", own[k - 5]);
        if (k >= 20) add("tijdlijn.verwijder", placed[old_fact]);
        if (k >= 4) {
            add("patroon.verwijder", fa[k - 4]);
            add("patroon.verwijder", fb[k - 4]);
        }
        if (k % 3 == 0)
            reflection = add("reflectie.schrijf", "", {{"tekst", "Wat ik zag in ronde " + num(k)}, {"met", k % 2 ? "gezin" : "alleen"},
                                                         {"punt", step == "b" ? "terugblik" : ""}});
        else if (k % 3 == 1)
            add("reflectie.wijzig", reflection, {{"tekst", "Herzien in ronde " + num(k)}});
        add("kies", step == "a" ? "verder" : "terug");
        step = step == "a" ? "b" : "a";
    }
    log.resize(n);
    // The trainee's own persons (issue 19.5), after the n actions above so that the rest of the log,
    // and its golden state, stay as they were: one added, renamed and removed again.
    const std::string own_person = add("personen.nieuw", "", {{"naam", "Buurman"}, {"rol", "buurman"}, {"geslacht", "m"}});
    add("personen.wijzig", own_person, {{"naam", "Buurman Kees"}});
    add("personen.weg", own_person);
    return log;
}

}  // namespace lwp::test::stress
