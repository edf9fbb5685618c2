#include "cli.hpp"
#include "starter.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <random>
#include <sstream>

#include "core/model/about.hpp"
#include "core/session/controller.hpp"
#include "core/assess/explorer.hpp"
#include "core/model/lint.hpp"
#include "core/model/methodewijzer.hpp"
#include "core/session/reload.hpp"
#include "core/store/runtime_dirs.hpp"
#include "core/assess/scoring.hpp"
#include "core/model/json_out.hpp"
#include "core/model/parse.hpp"
#include "core/store/persistence.hpp"
#include "core/report/report.hpp"
#include "core/store/workshop_compare.hpp"
#include "scripting/loader.hpp"
#include "stemkamer/network.hpp"
#include "ui/methodewijzer_data.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

void print_help() {
    std::puts(
        "Leerwerkplaats — oefenen met de methode Beter Samenspel\n"
        "\n"
        "Gebruik:\n"
        "  leerwerkplaats [opties]                      open het programma\n"
        "  leerwerkplaats validate PAD...               controleer scenario's (bestanden of mappen)\n"
        "  leerwerkplaats play SCENARIO --choose X,Y    speel een casus zonder venster\n"
        "  leerwerkplaats play SCENARIO --actions F     speel een opgenomen actielog (een sessiebestand) af\n"
        "                  ... --out LOG.json           en bewaar de gespeelde route als log (expert- of foutenlog)\n"
        "  leerwerkplaats explore SCENARIO [--samples N | --all]  speel alle routes en toon per criterium hoe\n"
        "                                               vaak het behaald/gemist/niet beoordeeld is; boven 20000\n"
        "                                               routes een steekproef van 2000 (--samples N: N, --all: alle)\n"
        "  leerwerkplaats report SESSIE --html UIT [--markdown UIT] [--no-reflections] [--compare MAP]\n"
        "                                               maak een verslag van een sessie (voor supervisie)\n"
        "  leerwerkplaats map SCENARIO [--svg UIT]     de verhaalkaart: stappen, keuzes met voorwaarden, eindes,\n"
        "                                               onbereikbare en doodlopende stappen, criteria per stap\n"
        "  leerwerkplaats new ID                        schrijf een startcasus ID.lua (in --scenarios MAP, anders hier)\n"
        "  leerwerkplaats reload SCENARIO [--actions F] meet herladen: het bestand opnieuw laden en een lang\n"
        "                                               actielog (of F) naspelen, zoals bij opslaan in de editor\n"
        "  leerwerkplaats methode --anchors [--json]    de ankers van de Methodewijzer (voor bron = \"...\")\n"
        "  leerwerkplaats sync [--lrs URL --user U --password P]\n"
        "                                               verstuur de leerregistratie (xAPI) uit de wachtrij naar het LRS\n"
        "  leerwerkplaats monitor --lrs URL --user U --password P [--since DATUM --until DATUM] --html UIT [--lang en]\n"
        "                                               regionale monitor: haal de statements op en schrijf een verslag\n"
        "  leerwerkplaats --help                        deze hulp\n"
        "  leerwerkplaats --version                     versie, licentie en waar de casussen en programmagegevens staan\n"
        "\n"
        "validate: meldt elk probleem als bestand:regel: fout|waarschuwing: melding.\n"
        "          Exitcode 0 alleen als elk scenario zonder fouten laadt.\n"
        "play:     SCENARIO is een scenario-id uit de scenariomap of een pad naar een .lua-bestand.\n"
        "          Elke X is een keuze-id of een volgnummer (1 = de eerste beschikbare keuze).\n"
        "          De sessie wordt opgeslagen in de gegevensmap, net als in het programma.\n"
        "          --json      alleen JSON op stdout: de toestand en of een einde bereikt is\n"
        "          Exitcode 0 als alle keuzes pasten, 1 als een keuze niet kon, 2 bij verkeerd gebruik.\n"
        "report:   SESSIE is een sessie-id uit de gegevensmap of een pad naar een sessiebestand.\n"
        "          --html UIT        schrijf het verslag als HTML (op zichzelf staand, ook om te printen)\n"
        "          --markdown UIT    schrijf het verslag (ook) als Markdown; UIT = - schrijft naar stdout\n"
        "          --no-reflections  laat de reflecties weg;  --lang en  verslag in het Engels\n"
        "          --compare MAP     workshop: zet de eigen sessies van deelnemers (sessiebestanden\n"
        "                            van dezelfde casus in MAP) per besluit en per bouwsteen ernaast\n"
        "          Exitcode 0 als het verslag geschreven is, 1 als het log niet meer bij de casus past\n"
        "          of schrijven mislukte, 2 bij verkeerd gebruik of als sessie of casus niet gevonden is.\n"
        "sync:     zet eerst de statements van alle sessies in de wachtrij (gegevensmap/leerregistratie) en\n"
        "          verstuurt dan wat het LRS nog niet heeft. Zonder --lrs: het LRS uit de instellingen.\n"
        "          Exitcode 0 als alles aanvaard is, 1 als er iets in de wachtrij blijft (met de reden),\n"
        "          2 bij verkeerd gebruik of als er geen LRS is ingesteld.\n"
        "monitor:  DATUM is JJJJ-MM-DD; --until telt die dag mee. Exitcode 0 als het verslag geschreven is.\n"
        "          --timeout S: hoogstens S seconden per verzoek aan het LRS (sync en monitor).\n"
        "\n"
        "Opties:\n"
        "  --data-dir MAP         gegevensmap (standaard $XDG_DATA_HOME/leerwerkplaats of\n"
        "                         ~/.local/share/leerwerkplaats)\n"
        "  --scenarios MAP        scenariomap (standaard de meegeleverde scenario's)\n"
        "  --lang nl|en           taal van de interface\n"
        "  --open SCENARIO        start meteen een nieuwe sessie met dit scenario\n"
        "    --choose X,Y         ... en maak daarin al deze keuzes (voor demo's en schermafdrukken)\n"
        "    --document ID        ... en open dit document\n"
        "    --actions BESTAND    ... en speel eerst dit actielog af (een sessiebestand)\n"
        "    --tab BORD           ... en toon dit bord: tijdlijn, personen, patroon, veiligheid, eindsituatie,\n"
        "                         nabespreking (of zonder --open: voortgang, dagboek, privacy, over,\n"
        "                         leerregistratie)\n"
        "    --preview STAP       ... en open het auteurspaneel met een voorbeeld van deze stap\n"
        "    --map                ... en open de verhaalkaart van de casus\n"
        "    --stemkamer [ADRES:]POORT  ... en open de stemkamer (een workshoplog bij --actions): deelnemers\n"
        "                         stemmen met hun telefoon; schrijft één regel 'stemkamer: URL' op stdout.\n"
        "                         Zonder ADRES het netwerk van de standaardroute; POORT 0 kiest een vrije poort\n"
        "  --methode ANKER        open de Methodewijzer bij dit anker (zie: leerwerkplaats methode --anchors)\n"
        "  --fresh                hervat de laatste sessie niet\n"
        "  --auteur               toon het menu Auteur en het auteurspaneel (F2) (ook: Beeld → Auteursfuncties)\n"
        "  --een-venster          een workshop in één venster (begeleiderspaneel met F9) in plaats van\n"
        "                         een projectorvenster en een eigen begeleidersvenster\n"
        "  --screenshot BESTAND   teken enkele frames in een echt venster, schrijf een PNG en stop\n"
        "  --frames N             aantal frames voor --screenshot (standaard 4)\n"
        "  --quit-after-first-frame  stop zodra het eerste frame getoond is (voor make bench)\n"
        "  --always-render        teken elk frame, ook zonder invoer (voor make bench)\n"
        "  --size BxH             venstergrootte (standaard 1280x800)\n");
}

bool parse(int argc, char** argv, Options& o, std::string& error) {
    auto need = [&](int& i, const char* flag) -> const char* {
        if (i + 1 >= argc) {
            error = std::string(flag) + " verwacht een waarde";
            return nullptr;
        }
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        const char* v = nullptr;
        if (a == "--help" || a == "-h") o.command = "help";
        else if (a == "--version") o.command = "version";
        else if (a == "--json") o.json = true;
        else if (a == "--all") o.all_routes = true;
        else if (a == "--fresh") o.fresh = true;
        else if (a == "--een-venster" || a == "--one-window") o.one_window = true;
        else if (a == "--auteur" || a == "--author") o.author = true;
        else if (a == "--quit-after-first-frame") o.quit_after_first_frame = true;
        else if (a == "--always-render") o.always_render = true;
        else if (a == "--no-reflections") o.no_reflections = true;
        else if (a == "--anchors") o.anchors = true;
        else if (a == "--html") { if (!(v = need(i, "--html"))) return false; o.html_out = v; }
        else if (a == "--compare") { if (!(v = need(i, "--compare"))) return false; o.compare_dir = v; }
        else if (a == "--svg") { if (!(v = need(i, "--svg"))) return false; o.svg_out = v; }
        else if (a == "--markdown") { if (!(v = need(i, "--markdown"))) return false; o.markdown_out = v; }
        else if (a == "--data-dir") { if (!(v = need(i, "--data-dir"))) return false; o.data_dir = v; }
        else if (a == "--scenarios") { if (!(v = need(i, "--scenarios"))) return false; o.scenario_dir = v; }
        else if (a == "--screenshot") { if (!(v = need(i, "--screenshot"))) return false; o.screenshot = v; }
        else if (a == "--out") { if (!(v = need(i, "--out"))) return false; o.log_out = v; }
        else if (a == "--choose") { if (!(v = need(i, "--choose"))) return false; o.choose = v; }
        else if (a == "--actions") { if (!(v = need(i, "--actions"))) return false; o.actions = v; }
        else if (a == "--tab") { if (!(v = need(i, "--tab"))) return false; o.tab = v; }
        else if (a == "--methode") { if (!(v = need(i, "--methode"))) return false; o.methode = v; }
        else if (a == "--open") { if (!(v = need(i, "--open"))) return false; o.open = v; }
        else if (a == "--document") { if (!(v = need(i, "--document"))) return false; o.document = v; }
        else if (a == "--preview") { if (!(v = need(i, "--preview"))) return false; o.preview = v; }
        else if (a == "--map") o.story_map = true;
        else if (a == "--lrs") { if (!(v = need(i, "--lrs"))) return false; o.lrs = v; }
        else if (a == "--user") { if (!(v = need(i, "--user"))) return false; o.user = v; }
        else if (a == "--password") { if (!(v = need(i, "--password"))) return false; o.password = v; }
        else if (a == "--since") { if (!(v = need(i, "--since"))) return false; o.since = v; }
        else if (a == "--until") { if (!(v = need(i, "--until"))) return false; o.until = v; }
        else if (a == "--timeout") {
            if (!(v = need(i, "--timeout"))) return false;
            o.timeout = std::atoi(v);
            if (o.timeout < 1 || o.timeout > 600) { error = "--timeout verwacht seconden, 1 tot 600"; return false; }
        }
        else if (a == "--stemkamer") {
            if (!(v = need(i, "--stemkamer"))) return false;
            o.stemkamer = v;
            std::string address;
            int port = 0;
            if (!stemkamer::parse_listen(o.stemkamer, address, port, error)) { error = "--stemkamer: " + error; return false; }
        }
        else if (a == "--lang") {
            if (!(v = need(i, "--lang"))) return false;
            o.lang = v;
            if (o.lang != "nl" && o.lang != "en") { error = "--lang is nl of en"; return false; }
        } else if (a == "--frames") {
            if (!(v = need(i, "--frames"))) return false;
            o.frames = std::atoi(v);
            if (o.frames < 1 || o.frames > 10000) { error = "--frames verwacht een getal van 1 tot 10000"; return false; }
        } else if (a == "--size") {
            if (!(v = need(i, "--size"))) return false;
            if (std::sscanf(v, "%dx%d", &o.width, &o.height) != 2 || o.width < 320 || o.height < 240 || o.width > 8192 || o.height > 8192) {
                error = "--size verwacht bijvoorbeeld 1920x1080";
                return false;
            }
        } else if (a == "--samples") {
            if (!(v = need(i, "--samples"))) return false;
            o.samples = std::strtoul(v, nullptr, 10);
            if (o.samples == 0 || o.samples > 10'000'000) { error = "--samples verwacht een getal van 1 tot 10000000"; return false; }
        } else if (!a.empty() && a[0] == '-') {  // after every known option (--samples was unreachable)
            error = "onbekende optie " + a;
            return false;
        } else if (o.command.empty() && (a == "validate" || a == "play" || a == "explore" || a == "report" || a == "map" || a == "new" || a == "reload" || a == "methode" || a == "help" || a == "sync" || a == "monitor")) o.command = a;
        else if (!o.command.empty() && o.command != "help") o.positional.push_back(a);
        else {
            error = "onbekend commando '" + a + "'";
            return false;
        }
    }
    return true;
}

int print_version(const Options& o) {
    const auto& dirs = core::runtime_dirs();
    std::printf("Leerwerkplaats %.*s\n", static_cast<int>(core::version().size()), core::version().data());
    std::printf("licentie: %.*s\n", static_cast<int>(core::licence_id().size()), core::licence_id().data());
    std::printf("casussen: %s\n", find_scenario_dir(o).string().c_str());
    std::printf("programmagegevens: %s (%s)\n", dirs.assets.string().c_str(),
                dirs.installed ? "geïnstalleerd" : "uit de broncode");
    return 0;
}

fs::path find_scenario_dir(const Options& o) {
    if (!o.scenario_dir.empty()) return o.scenario_dir;
    if (const char* env = std::getenv("LWP_SCENARIOS"); env && *env) return env;
    return core::runtime_dirs().scenarios;
}

namespace {

// Plays every route (a sample when there are many), replays each a second time and
// reports any difference, and every error a scenario function raised on the way (a global it
// tried to write, ...), at the function's file:line.
// The explorer's second thread gets its own copy of the case, loaded from the same file.
std::function<core::ExploreCopy()> copy_of(const scripting::LoadedScenario& s) {
    return [file = s.file] {
        scripting::LoadedScenario again = scripting::load_scenario_file(file);
        return core::ExploreCopy{again.scenario, again.runtime};
    };
}

std::vector<core::Diagnostic> purity_findings(const scripting::LoadedScenario& s) {
    core::ExploreOptions opt;  // every route up to 2,000 (the tutorial has 1,458), else 200 sampled
    opt.second_copy = copy_of(s);
    opt.max_paths = 2000;
    opt.fallback_samples = 200;
    const core::ExploreReport r = core::explore(*s.scenario, s.runtime.get(), opt);
    std::vector<core::Diagnostic> out;
    const core::SourceLoc at = s.scenario->meta.loc;
    for (const auto& f : r.impure)
        out.push_back({core::Diagnostic::Level::Error, at, "niet zuiver: dezelfde route twee keer naspelen geeft iets anders: " + f});
    // "scenario 'x', voorwaarde van ... (file.lua:12): file.lua:13: ...": the last file:line is where it failed.
    const std::string base = fs::path(s.file).filename().string() + ":";
    std::vector<std::string> seen;
    auto named = [](const std::string& text, const std::string& what) {  // "criterium 'x'" -> x
        const size_t p = text.find(what + " '");
        if (p == std::string::npos) return std::string();
        const size_t from = p + what.size() + 2, to = text.find('\'', from);
        return to == std::string::npos ? std::string() : text.substr(from, to - from);
    };
    std::vector<std::string> already;  // criteria the load-time probe reported broken
    for (const auto& d : s.broken_checks) already.push_back(named(d.message, "criterium"));
    for (const auto& e : s.runtime->take_errors()) {
        if (std::find(seen.begin(), seen.end(), e) != seen.end()) continue;
        seen.push_back(e);
        if (const std::string c = named(e, "criterium"); !c.empty() && std::find(already.begin(), already.end(), c) != already.end())
            continue;
        core::SourceLoc loc = at;
        for (size_t p = e.find(base); p != std::string::npos; p = e.find(base, p + 1)) {
            size_t end = p + base.size();
            while (end < e.size() && std::isdigit(static_cast<unsigned char>(e[end]))) ++end;
            if (end > p + base.size() && end < e.size() && (e[end] == ':' || e[end] == ')'))
                loc.line = core::parse_number<int>(std::string_view(e).substr(p + base.size(), end - p - base.size())).value_or(loc.line);
        }
        out.push_back({core::Diagnostic::Level::Error, loc, e});
    }
    return out;
}

}  // namespace

int run_validate(const Options& o) {
    if (o.positional.empty()) {
        std::fprintf(stderr, "validate: geef een of meer scenariobestanden of -mappen op\n");
        return 2;
    }
    size_t files = 0, errors = 0, warnings = 0;
    // Loader findings plus lint (anonymisation, completeness) and the citations (every `bron`
    // resolves in the Methodewijzer); --json gives one object per finding.
    const auto& loaded = ui::methodewijzer(core::Lang::Nl);
    const core::Methodewijzer& guide = loaded.guide;
    if (guide.empty()) {
        for (const auto& d : loaded.problems) std::fprintf(stderr, "%s\n", d.str().c_str());
        std::fprintf(stderr, "validate: zonder Methodewijzer kan geen bron worden gecontroleerd\n");
        return 2;
    }
    core::JsonOut json;
    json.begin_object().begin_array("findings");
    auto report = [&](const scripting::LoadedScenario& s) {
        ++files;
        std::vector<core::Diagnostic> all = s.diagnostics;
        all.insert(all.end(), s.broken_checks.begin(), s.broken_checks.end());  // checks fail closed
        if (s.ok()) {
            for (auto& d : core::lint(*s.scenario)) all.push_back(std::move(d));
            for (auto& d : purity_findings(s)) all.push_back(std::move(d));
            for (auto& d : core::check_citations(*s.scenario, guide)) all.push_back(std::move(d));
        }
        size_t file_errors = 0;
        for (const auto& d : all) {
            const bool error = d.level == core::Diagnostic::Level::Error;
            (error ? errors : warnings)++;
            file_errors += error;
            if (o.json)
                json.begin_object().field("file", d.loc.file).field("line", static_cast<double>(d.loc.line))
                    .field("level", error ? "error" : "warning").field("message", d.message).end_object();
            else std::printf("%s\n", d.str().c_str());
        }
        if (s.ok() && file_errors == 0 && !o.json)
            std::printf("%s: in orde (%zu stappen, %zu keuzes, %zu feiten, %zu documenten, %zu criteria)\n", s.file.c_str(),
                        s.scenario->steps.size(),
                        [&] { size_t n = 0; for (const auto& st : s.scenario->steps) n += st.choices.size(); return n; }(),
                        s.scenario->facts.size(), s.scenario->documents.size(), s.scenario->criteria.size());
    };
    for (const auto& p : o.positional) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            auto lib = scripting::load_library(p);
            if (lib.empty()) std::printf("%s: geen .lua-bestanden gevonden\n", p.c_str());
            for (const auto& s : lib) report(s);
        } else if (fs::exists(p, ec)) {
            report(scripting::load_scenario_file(p));
        } else {
            if (o.json) json.begin_object().field("file", p).field("line", 0.0).field("level", "error").field("message", "bestand bestaat niet").end_object();
            else std::printf("%s:0: fout: bestand bestaat niet\n", p.c_str());
            ++errors;
        }
    }
    if (o.json) {
        json.end_array().field("files", static_cast<double>(files)).field("errors", static_cast<double>(errors))
            .field("warnings", static_cast<double>(warnings)).end_object();
        std::printf("%s\n", json.str().c_str());
    } else std::printf("%zu bestand(en), %zu fout(en), %zu waarschuwing(en)\n", files, errors, warnings);
    return errors == 0 && files > 0 ? 0 : 1;
}

namespace {

void state_json(core::JsonOut& j, const core::SessionController& ctl) {
    const core::SessionState& st = ctl.state();
    j.field("step", st.step).field("ending", st.ending).field("finished", st.finished());
    j.key("vars").begin_object();
    for (const auto& [k, v] : st.vars) j.field(k.c_str(), v);
    j.end_object();
    j.begin_array("path");
    for (const auto& p : st.path) j.value(p);
    j.end_array().begin_array("choices");
    for (const auto& c : st.choices) j.begin_object().field("step", c.step).field("choice", c.choice).end_object();
    j.end_array().begin_array("facts");
    for (const auto& f : st.facts) j.value(f.id);
    j.end_array().begin_array("documents_read");
    for (const auto& d : st.documents_read) j.value(d);
    j.end_array().begin_array("available");
    for (const auto* c : ctl.choices()) j.value(c->id);
    j.end_array();
}

}  // namespace

scripting::LoadedScenario find_scenario(const std::string& which, const fs::path& scenario_dir, std::string& problem) {
    scripting::LoadedScenario loaded;
    std::error_code ec;
    if (fs::is_regular_file(which, ec)) loaded = scripting::load_scenario_file(which);
    else {
        for (auto& s : scripting::load_library(scenario_dir))
            if (s.ok() && s.scenario->meta.id == which) return std::move(s);
        problem = "scenario '" + which + "' niet gevonden in " + scenario_dir.string();
        return loaded;
    }
    if (!loaded.ok()) {
        problem = "scenario laadt niet:";
        for (const auto& d : loaded.diagnostics) problem += "\n" + d.str();
    }
    return loaded;
}

// Names every broken check of the case (found by the load-time probe or on this route) on stderr;
// returns how many criteria are broken on the route.
size_t broken_checks_to_stderr(const char* command, const scripting::LoadedScenario& loaded, const core::ScoreReport& report) {
    for (const auto& d : loaded.broken_checks) std::fprintf(stderr, "%s: %s\n", command, d.str().c_str());
    size_t n = 0;
    for (const auto& e : report.ledger)
        if (e.status == core::Status::Error) {
            ++n;
            std::fprintf(stderr, "%s: %s: fout: criterium '%s': %s\n", command, e.criterion->loc.str().c_str(), e.criterion->id.c_str(),
                         e.note.c_str());
        }
    if (n) std::fprintf(stderr, "%s: de score is onvolledig: %zu criteri%s met een kapotte controle tellen niet mee\n", command, n, n == 1 ? "um" : "a");
    return n + loaded.broken_checks.size();
}

int run_new(const Options& o) {
    if (o.positional.size() != 1) {
        std::fprintf(stderr, "new: geef precies één id op, bijvoorbeeld: leerwerkplaats new mijn_casus\n");
        return 2;
    }
    const std::string& id = o.positional[0];
    if (id.empty() || id.size() > 80 || id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
        std::fprintf(stderr, "new: een id bestaat uit kleine letters, cijfers en _ (geen spaties of accenten)\n");
        return 2;
    }
    const fs::path file = (o.scenario_dir.empty() ? fs::path(".") : o.scenario_dir) / (id + ".lua");
    std::error_code ec;
    if (fs::exists(file, ec)) {
        std::fprintf(stderr, "new: %s bestaat al; ik overschrijf niets\n", file.c_str());
        return 1;
    }
    std::string error;
    if (!core::write_file_atomic(file, starter_scenario(id), error)) {
        std::fprintf(stderr, "new: %s\n", error.c_str());
        return 1;
    }
    std::printf("%s geschreven. Controleer met: leerwerkplaats validate %s\n", file.c_str(), file.c_str());
    return 0;
}

int run_explore(const Options& o, const fs::path& scenario_dir) {
    if (o.positional.size() != 1) {
        std::fprintf(stderr, "explore: geef precies één scenario op (id of pad)\n");
        return 2;
    }
    std::string problem;
    scripting::LoadedScenario loaded = find_scenario(o.positional[0], scenario_dir, problem);
    if (!loaded.ok()) {
        std::fprintf(stderr, "explore: %s\n", problem.c_str());
        return 2;
    }
    core::ExploreOptions opt;
    if (o.samples && o.all_routes) {
        std::fprintf(stderr, "explore: kies --samples N of --all, niet allebei\n");
        return 2;
    }
    opt.samples = o.samples;
    opt.all = o.all_routes;
    opt.second_copy = copy_of(loaded);
    opt.progress = [](size_t done, size_t total) {  // progress on stderr, so --json stays clean
        if (total) std::fprintf(stderr, "\rexplore: %zu / %zu routes", done, total);
        else std::fprintf(stderr, "\rexplore: %zu routes", done);
    };
    core::ExploreReport r = core::explore(*loaded.scenario, loaded.runtime.get(), opt);
    std::fprintf(stderr, "\r");
    const double rate = r.seconds > 0 ? static_cast<double>(r.playthroughs) / r.seconds : 0;
    if (o.json) {
        core::JsonOut j;
        j.begin_object().field("scenario", loaded.scenario->meta.id).field("playthroughs", static_cast<double>(r.playthroughs));
        j.field("exhaustive", r.exhaustive).field("sampled_over_max_paths", r.over_max_paths).field("seconds", r.seconds).field("playthroughs_per_second", rate);
        j.field("cut_loops", static_cast<double>(r.cut_loops)).field("stuck", static_cast<double>(r.stuck));
        j.field("impure_routes", static_cast<double>(r.impure_routes)).begin_array("impure");
        for (const auto& f : r.impure) j.value(f);
        j.end_array();
        j.begin_array("endings");
        for (const auto& e : r.endings) j.value(e);
        j.end_array().begin_array("criteria");
        for (const auto& c : r.criteria)
            j.begin_object().field("id", c.id).field("block", c.block).field("met", static_cast<double>(c.met))
                .field("missed", static_cast<double>(c.missed)).field("not_assessed", static_cast<double>(c.not_assessed))
                .field("errors", static_cast<double>(c.errors)).field("failure", c.failure).end_object();
        j.end_array();
        for (auto [key, list] : {std::pair{"never_met", &r.never_met}, {"never_missed", &r.never_missed}, {"never_assessed", &r.never_assessed},
                                 {"broken", &r.broken}}) {
            j.begin_array(key);
            for (const auto& id : *list) j.value(id);
            j.end_array();
        }
        j.end_object();
        std::printf("%s\n", j.str().c_str());
    } else {
        std::printf("%s: %zu routes gespeeld (%s) in %.2f s, %.0f routes per seconde\n", loaded.scenario->meta.id.c_str(), r.playthroughs,
                    r.exhaustive ? "alle routes" : "steekproef", r.seconds, rate);
        // How the routes were chosen, so nobody reads a sample as the whole case.
        if (!r.exhaustive)
            std::printf("steekproef: %zu willekeurige routes (elke beschikbare keuze even waarschijnlijk, het bordwerk per route "
                        "willekeurig, vast zaad %llu, dus elke keer dezelfde)%s\n",
                        r.playthroughs, static_cast<unsigned long long>(opt.seed),
                        r.over_max_paths ? (", want de casus heeft meer dan " + std::to_string(opt.max_paths) +
                                            " routes; --all speelt ze allemaal, --samples N kiest het aantal").c_str()
                                         : ", zoals gevraagd met --samples");
        std::printf("eindes bereikt: %zu van %zu\n", r.endings.size(), loaded.scenario->endings.size());
        if (r.stuck) std::printf("LET OP: %zu routes liepen vast in een stap zonder beschikbare keuze\n", r.stuck);
        if (r.cut_loops) std::printf("LET OP: %zu routes afgebroken na %zu stappen (een lus?)\n", r.cut_loops, opt.max_steps);
        std::printf("%-28s %-26s %8s %8s %8s\n", "criterium", "bouwsteen", "behaald", "gemist", "n.b.");
        for (const auto& c : r.criteria)
            std::printf("%-28s %-26s %8zu %8zu %8zu\n", c.id.c_str(), c.block.c_str(), c.met, c.missed, c.not_assessed);
        for (const auto& c : r.criteria)
            if (c.errors) std::printf("FOUT: criterium '%s': controle kapot op %zu route(s), %s\n", c.id.c_str(), c.errors, c.failure.c_str());
        for (const auto& id : r.never_met) std::printf("WAARSCHUWING: criterium '%s' wordt op geen enkele route behaald\n", id.c_str());
        for (const auto& id : r.never_missed) std::printf("WAARSCHUWING: criterium '%s' wordt op geen enkele route gemist\n", id.c_str());
        for (const auto& id : r.never_assessed) std::printf("WAARSCHUWING: criterium '%s' is op geen enkele route te beoordelen\n", id.c_str());
        for (const auto& f : r.impure) std::printf("FOUT: niet zuiver: dezelfde route twee keer naspelen geeft iets anders: %s\n", f.c_str());
        if (r.impure_routes > r.impure.size())
            std::printf("FOUT: niet zuiver: %zu route(s) in totaal gaven de tweede keer iets anders\n", r.impure_routes);
    }
    loaded.runtime->take_errors();  // counted per criterion above; the list would only grow
    return r.never_met.empty() && r.never_missed.empty() && r.never_assessed.empty() && r.broken.empty() && r.impure_routes == 0 ? 0 : 1;
}

std::string apply_scripted(core::SessionController& ctl, const Options& o) {
    if (!o.actions.empty()) {
        std::string error;
        auto bytes = core::read_file(o.actions, error);
        std::optional<core::Session> recorded;
        if (bytes) recorded = core::session_from_json(*bytes, error);
        if (!recorded) return o.actions.string() + ": " + error;
        if (recorded->scenario_hash != 0 && recorded->scenario_hash != ctl.scenario().content_hash)
            std::fprintf(stderr, "play: let op: het log in %s is opgenomen met een andere inhoud van de casus (versie toen %s, nu %s)\n",
                         o.actions.c_str(), recorded->scenario_version.c_str(), ctl.scenario().meta.version.c_str());
        for (size_t i = 0; i < recorded->actions.size(); ++i) {
            core::ApplyResult r = ctl.perform(recorded->actions[i]);
            if (!r.ok) return "actie " + std::to_string(i + 1) + " uit " + o.actions.string() + " past niet: " + r.error;
        }
    }
    std::stringstream items(o.choose);
    for (std::string item; std::getline(items, item, ',');) {
        if (item.empty()) continue;
        auto available = ctl.choices();
        std::string id = item;
        if (item.find_first_not_of("0123456789") == std::string::npos) {
            const size_t n = core::parse_number<size_t>(item).value_or(0);  // 0: too large to be a number here
            if (n < 1 || n > available.size())
                return "keuze " + item + " bestaat niet in stap '" + ctl.state().step + "' (" + std::to_string(available.size()) +
                       " beschikbaar)";
            id = available[n - 1]->id;
        }
        core::ApplyResult r = ctl.perform(core::make_choose(ctl.state().step, id));
        if (!r.ok) return r.error;
    }
    return {};
}

int run_play(const Options& o, const fs::path& scenario_dir) {
    auto fail = [&](int code, const std::string& msg) {
        if (o.json) {
            core::JsonOut j;
            j.begin_object().field("error", msg).end_object();
            std::printf("%s\n", j.str().c_str());
        } else std::fprintf(stderr, "play: %s\n", msg.c_str());
        return code;
    };
    if (o.positional.size() != 1) return fail(2, "geef precies één scenario op (id of pad)");
    std::string problem;
    scripting::LoadedScenario loaded = find_scenario(o.positional[0], scenario_dir, problem);
    if (!loaded.ok()) return fail(2, problem);

    core::DataDir data = o.data_dir.empty() ? core::default_data_dir() : core::DataDir{o.data_dir};
    std::string error;
    if (!data.ensure(error)) return fail(2, error);
    core::Session session;
    session.scenario_id = loaded.scenario->meta.id;
    session.scenario_version = loaded.scenario->meta.version;
    session.scenario_hash = loaded.scenario->content_hash;
    session.id = core::new_session_id(session.scenario_id);
    session.seed = std::random_device{}();
    session.created = session.updated = static_cast<std::int64_t>(std::time(nullptr));
    const fs::path file = data.session_file(session.id);
    if (file.empty()) return fail(2, "scenario-id '" + session.scenario_id + "' geeft geen geldige sessienaam");
    // The whole scripted run is saved once at the end (not after each of 8,000 actions), and only
    // a save that succeeded is reported as saved.
    core::SessionController ctl(loaded.scenario, loaded.runtime.get(), session);
    const std::string failure = apply_scripted(ctl, o);
    // Broken checks fail closed and loudly: named on stderr, exit 1 (authoring guide §16).
    const core::ScoreReport report = core::score(ctl.scenario(), ctl.state(), ctl.host());
    size_t broken = broken_checks_to_stderr("play", loaded, report);
    std::string save_error;
    const bool saved = core::save_session(file, ctl.session(), save_error);
    if (!saved) save_error = "sessie niet opgeslagen (" + std::to_string(ctl.session().actions.size()) + " acties verloren): " + save_error;
    // --out: the played route as a log beside the case (an expert or mistakes log, guide §11).
    // Only a route that applied whole is written: half a route is no reference.
    std::string out_error;
    if (!o.log_out.empty()) {
        if (!failure.empty()) out_error = "--out: niet geschreven, want de route paste niet helemaal: " + failure;
        else if (!core::save_session(o.log_out, ctl.session(), out_error)) out_error = "--out: " + out_error;
    }

    if (o.json) {
        core::JsonOut j;
        j.begin_object().field("scenario", session.scenario_id).field("session", session.id).field("session_file", file.string());
        if (!failure.empty()) j.field("error", failure);
        if (!saved) j.field("save_error", save_error);
        if (!o.log_out.empty()) j.field(out_error.empty() ? "log_file" : "log_error", out_error.empty() ? o.log_out.string() : out_error);
        j.field("ending_reached", ctl.state().finished());
        j.key("state").begin_object();
        state_json(j, ctl);
        j.end_object();
        // The ledger, so authors and tests can check what a route scores.
        j.key("score").begin_object().field("final", report.final).field("earned", report.earned).field("max", report.max);
        j.field("fraction", report.fraction()).field("case_max", report.case_max).field("incomplete", report.incomplete());
        j.key("blocks").begin_object();
        for (const auto& b : report.blocks)
            if (b.assessed()) j.field(std::string(b.block).c_str(), b.fraction());
        j.end_object().key("criteria").begin_object();
        for (const auto& e : report.ledger) j.field(e.criterion->id.c_str(), core::status_id(e.status));
        j.end_object().end_object();
        j.end_object();
        std::printf("%s\n", j.str().c_str());
    } else {
        const auto& st = ctl.state();
        if (!failure.empty()) std::fprintf(stderr, "play: %s\n", failure.c_str());
        if (saved) std::printf("sessie %s opgeslagen in %s\n", session.id.c_str(), file.c_str());
        else std::fprintf(stderr, "play: %s\n", save_error.c_str());
        if (!o.log_out.empty() && out_error.empty()) std::printf("route opgeslagen als log in %s\n", o.log_out.c_str());
        else if (!out_error.empty()) std::fprintf(stderr, "play: %s\n", out_error.c_str());
        if (st.finished()) std::printf("einde bereikt: %s\n", st.ending.c_str());
        else {
            std::printf("huidige stap: %s\nbeschikbare keuzes:\n", st.step.c_str());
            int n = 1;
            for (const auto* c : ctl.choices()) std::printf("  %d. %s — %s\n", n++, c->id.c_str(), c->text.nl.c_str());
        }
        for (const auto& [k, v] : st.vars) std::printf("  %s = %g\n", k.c_str(), v);
    }
    // Last: scoring and listing the choices above run scenario functions too.
    for (const auto& e : loaded.runtime->take_errors()) std::fprintf(stderr, "play: %s\n", e.c_str());
    if (!saved || !out_error.empty()) return 1;
    return failure.empty() && broken == 0 ? 0 : 1;
}

// report SESSION --html OUT [--markdown OUT] [--no-reflections]: a report for supervision.
int run_report(const Options& o, const fs::path& scenario_dir) {
    auto fail = [](int code, const std::string& msg) {
        std::fprintf(stderr, "report: %s\n", msg.c_str());
        return code;
    };
    if (o.positional.size() != 1) return fail(2, "geef precies één sessie op (id of pad naar een sessiebestand)");
    if (o.html_out.empty() && o.markdown_out.empty()) return fail(2, "geef --html UIT en/of --markdown UIT op");
    if (o.html_out == "-" && o.markdown_out == "-") return fail(2, "maar één van --html en --markdown kan naar stdout (-)");
    // A path to a session file, or an id in the data dir. Read only: a damaged file stays where it is.
    const std::string& which = o.positional[0];
    std::error_code ec;
    fs::path file = which;
    if (!fs::is_regular_file(file, ec)) {
        const core::DataDir data = o.data_dir.empty() ? core::default_data_dir() : core::DataDir{o.data_dir};
        file = data.session_file(which);
        if (which.find('/') != std::string::npos || !fs::is_regular_file(file, ec))
            return fail(2, "sessie '" + which + "' niet gevonden (geen bestand, en niet in " + data.sessions().string() + ")");
    }
    std::string error;
    auto bytes = core::read_file(file, error);
    std::optional<core::Session> session;
    if (bytes) session = core::session_from_json(*bytes, error);
    if (!session) return fail(2, file.string() + ": " + error);
    std::string problem;
    scripting::LoadedScenario loaded = find_scenario(session->scenario_id, scenario_dir, problem);
    if (!loaded.ok()) return fail(2, problem);
    if (session->scenario_hash != 0 && session->scenario_hash != loaded.scenario->content_hash)
        std::fprintf(stderr, "report: let op: %s is veranderd sinds deze sessie (andere inhoud dan toen; versie nu %s, toen %s); "
                             "het log wordt op id's naar de huidige versie gelezen\n",
                     loaded.file.c_str(), loaded.scenario->meta.version.c_str(), session->scenario_version.c_str());
    core::ReportOptions opt;
    opt.include_reflections = !o.no_reflections;
    if (!o.compare_dir.empty()) {
        std::vector<std::string> problems;
        opt.compare = core::compare_session_dir(*loaded.scenario, loaded.runtime.get(), o.compare_dir, session->id, problems);
        for (const auto& p : problems) std::fprintf(stderr, "report: %s\n", p.c_str());
        if (opt.compare.empty()) return fail(2, "geen sessies van casus '" + session->scenario_id + "' in " + o.compare_dir);
    }
    opt.lang = o.lang.empty() ? core::Lang::Nl : core::lang_from_code(o.lang);
    if (const auto& guide = ui::methodewijzer(opt.lang).guide; !guide.empty()) opt.guide = &guide;
    const core::Reports reports = core::make_reports(*loaded.scenario, loaded.runtime.get(), *session, opt);
    for (const auto& e : loaded.runtime->take_errors()) std::fprintf(stderr, "report: %s\n", e.c_str());
    int code = 0;
    {
        const core::ReplayResult replayed = core::replay(*loaded.scenario, loaded.runtime.get(), session->actions);
        if (broken_checks_to_stderr("report", loaded, core::score(*loaded.scenario, replayed.state, loaded.runtime.get())) > 0) code = 1;
        loaded.runtime->take_errors();
    }
    if (!reports.problem.empty()) {
        std::fprintf(stderr, "report: het log past niet helemaal meer bij de casus: %s\n", reports.problem.c_str());
        code = 1;
    }
    auto write = [&](const std::string& out, const std::string& bytes_out) {
        if (out.empty()) return;
        if (out == "-") {
            if (std::fwrite(bytes_out.data(), 1, bytes_out.size(), stdout) != bytes_out.size() || std::fflush(stdout) != 0) {
                std::fprintf(stderr, "report: schrijven naar de standaarduitvoer mislukt: %s\n", std::strerror(errno));
                code = 1;
            }
            return;
        }
        std::string werr;
        if (!core::write_file_atomic(out, bytes_out, werr)) {
            std::fprintf(stderr, "report: %s\n", werr.c_str());
            code = 1;
        } else std::fprintf(stderr, "report: %s geschreven\n", out.c_str());
    };
    write(o.html_out, reports.html);
    write(o.markdown_out, reports.markdown);
    return code;
}

// --- reload: how long hot reload takes (issue 7) ------------------------------------------------
namespace {

// A long, realistic log: at every step read what is available, do the expert's board work that
// fits, then take the first available choice, until the end.
std::vector<core::Action> long_log(const core::Scenario& sc, core::ScriptHost* host, size_t length) {
    std::vector<core::Action> log;
    core::SessionState st = core::initial_state(sc);
    auto push = [&](const core::Action& a) {
        if (core::apply(st, sc, host, a, log.size()).ok) log.push_back(a);
    };
    for (size_t steps = 0; !st.finished() && steps < 200; ++steps) {
        for (const auto& d : std::vector<std::string>(st.documents_available)) push(core::make_read(st.step, d));
        for (const auto& a : core::expert_actions(sc, st)) push(a);
        const auto choices = core::available_choices(st, sc, host);
        if (choices.empty()) break;
        push(core::make_choose(st.step, choices.front()->id));
    }
    // Then the same work again, as an author or trainee who keeps editing: every board edit and
    // reading of the route that still applies (field texts, scores, notes, re-reading).
    const size_t natural = log.size();
    std::vector<core::Action> again;
    for (const auto& a : log)
        if (a.type != core::action_type::Choose) again.push_back(a);
    for (size_t i = 0; log.size() < length && !again.empty() && i < 20 * length; ++i) {
        core::Action a = again[i % again.size()];
        a.step = st.step.empty() ? st.ending : st.step;
        push(a);
    }
    if (length > 0)
        std::fprintf(stderr, "reload: log van %zu acties (%zu uit een volledige route met lezen en borden)\n", log.size(), natural);
    return log;
}

}  // namespace

int run_reload(const Options& o, const fs::path& scenario_dir) {
    if (o.positional.size() != 1) {
        std::fprintf(stderr, "reload: geef precies één scenario op (id of pad)\n");
        return 2;
    }
    std::string problem;
    scripting::LoadedScenario loaded = find_scenario(o.positional[0], scenario_dir, problem);
    if (!loaded.ok()) {
        std::fprintf(stderr, "reload: %s\n", problem.c_str());
        return 2;
    }
    std::vector<std::vector<core::Action>> logs;
    if (!o.actions.empty()) {
        std::string error;
        auto bytes = core::read_file(o.actions, error);
        std::optional<core::Session> recorded;
        if (bytes) recorded = core::session_from_json(*bytes, error);
        if (!recorded) {
            std::fprintf(stderr, "reload: %s: %s\n", o.actions.c_str(), error.c_str());
            return 2;
        }
        logs.push_back(recorded->actions);
    } else {
        logs.push_back(long_log(*loaded.scenario, loaded.runtime.get(), 0));      // one full route
        logs.push_back(long_log(*loaded.scenario, loaded.runtime.get(), 10000));  // a very long session
    }

    // What the app does when the file changes: load it again, migrate the log, score.
    using clock = std::chrono::steady_clock;
    auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    const int runs = 10;
    int status = 0;
    for (const auto& log : logs) {
        double load_ms = 0, replay_ms = 0, worst = 0;
        size_t replayed = 0, divergences = 0;
        for (int run = 0; run < runs; ++run) {
            const auto t0 = clock::now();
            scripting::LoadedScenario fresh = scripting::load_scenario_file(loaded.file);
            const auto t1 = clock::now();
            if (!fresh.ok()) {
                std::fprintf(stderr, "reload: %s laadt niet meer\n", loaded.file.c_str());
                return 1;
            }
            const core::Migration m = core::migrate(*fresh.scenario, fresh.runtime.get(), log);
            const core::ScoreReport score = core::score(*fresh.scenario, m.state, fresh.runtime.get());
            const auto t2 = clock::now();
            load_ms += ms(t1 - t0);
            replay_ms += ms(t2 - t1);
            worst = std::max(worst, ms(t2 - t0));
            replayed = m.actions.size();
            divergences = m.divergences.size() + (score.ledger.size() != fresh.scenario->criteria.size());
        }
        std::printf("%s: herladen %.1f ms (bestand laden %.1f ms; %zu van %zu acties naspelen en scoren %.1f ms); "
                    "slechtste van %d keer %.1f ms; %zu afwijking(en)\n",
                    loaded.file.c_str(), (load_ms + replay_ms) / runs, load_ms / runs, replayed, log.size(),
                    replay_ms / runs, runs, worst, divergences);
        if (divergences) status = 1;
    }
    return status;
}

}  // namespace lwp::cli

namespace lwp::cli {

int run_methode(const Options& o) {
    if (!o.anchors || !o.positional.empty()) {
        std::fprintf(stderr, "gebruik: leerwerkplaats methode --anchors [--json] [--lang en]\n");
        return 2;
    }
    const auto& loaded = ui::methodewijzer(o.lang == "en" ? core::Lang::En : core::Lang::Nl);
    for (const auto& d : loaded.problems) std::fprintf(stderr, "%s\n", d.str().c_str());
    if (loaded.guide.empty()) return 1;
    if (o.json) {
        core::JsonOut json;
        json.begin_object().field("file", loaded.guide.file).begin_array("anchors");
        for (const auto& s : loaded.guide.sections)
            json.begin_object().field("anchor", s.anchor).field("title", s.title).field("level", static_cast<double>(s.level)).end_object();
        json.end_array().end_object();
        std::printf("%s\n", json.str().c_str());
    } else {
        for (const auto& s : loaded.guide.sections)
            std::printf("%-52s %s%s\n", s.anchor.c_str(), std::string(static_cast<std::size_t>(2 * (s.level - 1)), ' ').c_str(), s.title.c_str());
    }
    return 0;
}

}  // namespace lwp::cli
