#include "core/fold/action_log.hpp"

namespace lwp::core {

const std::vector<ActionTypeDoc>& action_type_docs() {
    static const std::vector<ActionTypeDoc> docs = {
        {"kies", "keuze-id", "`motivering` (werkplaats: waarom de groep dit koos)", 0, "een keuze in de huidige stap"},
        {"lees", "document-id", "", 0, "een document lezen (onthult zijn feiten)"},
        {"tijdlijn.plaats", "feit-id", "`baan`, `datum`, `tekst`, `instantie`, `resultaat`, `personen` (elk optioneel)", 't', "een ontdekt feit op de tijdlijn zetten"},
        {"tijdlijn.eigen", "—", "`tekst` (verplicht), `baan`, `datum`, `instantie`, `resultaat`, `personen`", 't', "een eigen tijdlijnregel"},
        {"tijdlijn.wijzig", "regel-id (`t…`)", "dezelfde als `tijdlijn.eigen`, elk optioneel", 0, "een tijdlijnregel aanpassen"},
        {"tijdlijn.verwijder", "regel-id", "", 0, "een tijdlijnregel weghalen (ook uit markeringen en bewijs)"},
        {"tijdlijn.markeer", "regel-id", "`soort` (`eerste`, `laatste`, `ergste`), `aan` (`0` = markering weg)", 0, "aanleiding markeren"},
        {"tijdlijn.veld", "veld-id", "`tekst` (leeg = weg)", 0, "een vrij veld van de tijdlijn"},
        {"personen.notitie", "persoon-id", "`steun` (getal), `rol`, `notitie`", 0, "notitie bij een persoon in het genogram"},
        {"personen.band", "—", "`a`, `b` (persoon-ids), `soort`", 'b', "een band tussen twee personen"},
        {"personen.band_weg", "band-id (`b…`)", "", 0, "een band weghalen"},
        {"personen.nieuw", "—", "`naam` (verplicht), `rol`, `geslacht` (`m`, `v`, `x`), `leeftijd`, `huishouden` (`1`)", 'n', "een eigen persoon in het genogram (een buur, een nieuwe partner)"},
        {"personen.wijzig", "eigen persoon-id (`n…`)", "dezelfde als `personen.nieuw`, elk optioneel", 0, "een eigen persoon aanpassen of hernoemen"},
        {"personen.weg", "eigen persoon-id", "", 0, "een eigen persoon weghalen (met zijn banden en notitie)"},
        {"patroon.factor", "—", "`gebied` (verplicht), `tekst`, `persoon`, `bewijs` (tijdlijnregel-ids)", 'p', "een factor in het gezinspatroon"},
        {"patroon.wijzig", "factor-id (`p…`)", "dezelfde als `patroon.factor`, elk optioneel", 0, "een factor aanpassen"},
        {"patroon.verwijder", "factor-id", "", 0, "een factor weghalen (met zijn pijlen)"},
        {"patroon.pijl", "—", "`van`, `naar` (factor-ids)", 'l', "een pijl tussen twee factoren"},
        {"patroon.pijl_weg", "pijl-id (`l…`)", "", 0, "een pijl weghalen"},
        {"patroon.tekst", "`zin`, `intentie` of een vraag-id", "`tekst` (leeg = weg)", 0, "de patroonzin, de nobele intentie of een antwoord"},
        {"veiligheid.oordeel", "persoon-id", "`item`, `oordeel`", 0, "een oordeel over een veiligheidsitem voor een persoon"},
        {"veiligheid.score", "—", "`waarde` (0–10)", 0, "de taxatie van de directe veiligheid"},
        {"veiligheid.veld", "veld-id", "`tekst` (leeg = weg)", 0, "een veld van het veiligheidsplan"},
        {"eind.item", "—", "`soort`, `tekst` (verplicht), `hoe`, `wie`, `wanneer`", 'e', "een onderdeel van de haalbare eindsituatie"},
        {"eind.wijzig", "onderdeel-id (`e…`)", "dezelfde als `eind.item`, elk optioneel", 0, "een onderdeel aanpassen"},
        {"eind.verwijder", "onderdeel-id", "", 0, "een onderdeel weghalen"},
        {"eind.veld", "veld-id", "`tekst` (leeg = weg)", 0, "een vrij veld van de eindsituatie"},
        {"reflectie.schrijf", "—", "`tekst` (verplicht), `dimensie`, `niveau`, `punt`, `met`, `deelnemer`", 'r', "een reflectie in het dagboek"},
        {"reflectie.wijzig", "reflectie-id (`r…`)", "`tekst`, `dimensie`, `niveau` (de oude tekst blijft bewaard)", 0, "een reflectie aanpassen"},
        {"dossier.tag", "gebeurtenis-id", "`tag`", 0, "dossieronderzoek: een label op een gebeurtenis"},
        {"dossier.untag", "gebeurtenis-id", "`tag`", 0, "dossieronderzoek: een label weghalen"},
        {"workshop.start", "—", "`naam`, `deelnemers` (één naam per regel)", 0, "werkplaats: de sessie begint met deze groep"},
        {"workshop.deelnemer", "—", "`naam`", 0, "werkplaats: iemand schuift later aan"},
        {"workshop.stem", "keuze-id", "`deelnemer`", 0, "werkplaats: een stem"},
        {"workshop.onthul", "—", "", 0, "werkplaats: de stemmen van deze stap tonen"},
        {"workshop.notitie", "—", "`tekst` (privé, alleen voor de begeleider)", 0, "werkplaats: notitie van de begeleider"},
        {"voorbeeld.spring", "stap- of einde-id", "", 0, "alleen in het voorbeeld van het auteurspaneel; nooit in een opgeslagen sessie"},
        {"voorbeeld.zet", "meter-id", "`waarde`", 0, "alleen in het voorbeeld; nooit in een opgeslagen sessie"},
    };
    return docs;
}

std::string action_log_markdown_table() {
    std::string o = "| `type` | `target` | `args` | maakt id | wat het doet |\n|---|---|---|---|---|\n";
    for (const auto& d : action_type_docs()) {
        const std::string creates = d.creates ? std::string("`") + d.creates + "<n>`" : "—";
        o += std::string("| `") + d.type + "` | " + d.target + " | " + (*d.args ? d.args : "—") + " | " + creates + " | " + d.meaning + " |\n";
    }
    return o;
}

}  // namespace lwp::core
