// The command line: the help, the options, --version, and where the cases are.
#include "cli/options.hpp"
#include "cli/commands.hpp"

#include <cstdio>
#include <cstdlib>

#include "core/model/about.hpp"
#include "core/store/runtime_dirs.hpp"
#include "stemkamer/network.hpp"

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
        } else if (o.command.empty() && a != "version" && find_command(a)) o.command = a;
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

int run_help(const Options&, const fs::path&) {
    print_help();
    return 0;
}

int run_version(const Options& o, const fs::path&) { return print_version(o); }

fs::path find_scenario_dir(const Options& o) {
    if (!o.scenario_dir.empty()) return o.scenario_dir;
    if (const char* env = std::getenv("LWP_SCENARIOS"); env && *env) return env;
    return core::runtime_dirs().scenarios;
}

}  // namespace lwp::cli
