#include "core/model/dsl_schema.hpp"

#include <algorithm>
#include <vector>

#include <array>

namespace lwp::core::dsl {

namespace {

using T = Type;

constexpr Field kScenario[] = {
    {"id", T::Text, true, nullptr, "id van de casus; hiermee start je hem ook (`play oefencasus`). Kies hem gelijk aan de bestandsnaam."},
    {"titel", T::Translatable, true, nullptr, "titel in de bibliotheek"},
    {"samenvatting", T::Translatable, false, nullptr, "twee of drie zinnen: waar gaat de casus over, wat oefen je"},
    {"versie", T::Text, true, nullptr, "bijvoorbeeld `\"1.0\"`; verhoog hem als je de casus inhoudelijk wijzigt"},
    {"api", T::Whole, false, nullptr, "altijd `1` (standaard)"},
    {"taal", T::Text, false, nullptr, "`\"nl\"` (standaard)"},
    {"minuten", T::Whole, false, nullptr, "geschatte speelduur"},
    {"moeilijkheid", T::Text, false, nullptr, "vrije tekst, bijvoorbeeld `\"instap\"`, `\"gevorderd\"`"},
    {"bouwstenen", T::IdList, false, nullptr, "ids van de bouwstenen die de casus oefent ([§9](#9-bouwstenen-en-feedback-schrijven))"},
    {"tags", T::IdList, false, nullptr, "vrije trefwoorden"},
    {"start", T::Text, true, nullptr, "id van de eerste stap"},
};

constexpr Field kPerson[] = {
    {"naam", T::Text, true, nullptr, "schuilnaam ([§13](#13-anonimiseren))"},
    {"rol", T::Text, true, nullptr, "vrije tekst: `moeder`, `vader`, `kind`, `oma`, `opa`, `netwerk`, `professional`, …"},
    {"leeftijd", T::Whole, false, nullptr, "in jaren (0 tot en met 130); **nooit een geboortedatum**"},
    {"geslacht", T::Text, false, nullptr, "`\"m\"`, `\"v\"` of `\"x\"` (standaard `\"x\"`)"},
    {"overleden", T::Boolean, false, nullptr, "standaard `false`"},
    {"huishouden", T::Boolean, false, nullptr,
     "woont in het gezinshuishouden? **Standaard `true`**: zet `false` bij een ex-partner, grootouder, buurvrouw, …"},
    {"ouders", T::IdList, false, nullptr, "ids van de ouders; zo ontstaan de generaties in het genogram"},
    {"partners", T::Map, false, nullptr, "`{ id = \"samen\" }`, `\"gescheiden\"` of `\"overleden\"`; zet de relatie bij **beide** partners"},
    {"beschrijving", T::Translatable, false, nullptr, "korte achtergrond"},
    {"fase", T::Text, false, nullptr,
     "fase bij de start ([§6](#6-voorwaarden-als)): `lokaal_team`, `lokaal_team_met_gi`, `maatregel` of `na_maatregel`"},
    {"product", T::Text, false, nullptr, "product bij de start: `geen`, `1`, `2a` of `2b`"},
    {"regie", T::Text, false, nullptr, "wie de regie heeft bij de start: `lokaal_team` of `gi`"},
};

constexpr Field kVariable[] = {
    {"label", T::Translatable, true, nullptr, "naam van de meter op het scherm"},
    {"start", T::Number, false, nullptr, "beginwaarde (standaard gelijk aan `min`); moet tussen `min` en `max` liggen"},
    {"min", T::Number, false, nullptr, "ondergrens (standaard 0); een meter komt nooit onder `min`"},
    {"max", T::Number, false, nullptr, "bovengrens (standaard 10); een meter komt nooit boven `max`"},
};

constexpr Field kDocument[] = {
    {"titel", T::Translatable, true, nullptr, "titel van het document"},
    {"tekst", T::Translatable, true, nullptr, "de inhoud"},
    {"soort", T::Text, false, nullptr, "vrije tekst: `zorgmelding`, `gespreksverslag`, `brief`, `verslag_netwerkberaad`, …"},
    {"auteur", T::Text, false, nullptr, "functie, geen echte naam (“Intern begeleider basisschool”)"},
    {"datum", T::Date, false, nullptr, "zie [§5](#5-datums-en-soorten-feiten)"},
    {"onthult", T::IdList, false, nullptr, "ids van feiten die bekend worden zodra de cursist het document opent"},
};

constexpr Field kFact[] = {
    {"tekst", T::Translatable, true, nullptr, "het feit, feitelijk geformuleerd (wat is er gebeurd, niet wat je ervan vindt)"},
    {"soort", T::Text, true, nullptr, "één van de zes soorten in [§5](#5-datums-en-soorten-feiten)"},
    {"datum", T::Date, false, nullptr, "moment of periode"},
    {"bron", T::Text, false, nullptr, "id van het document waar het feit uit komt"},
    {"personen", T::IdList, false, nullptr, "ids van de betrokken personen"},
    {"instantie", T::Text, false, nullptr, "bij hulp: wie gaf de hulp"},
    {"resultaat", T::Translatable, false, nullptr,
     "bij hulp: wat het opleverde. Zonder resultaat geeft `validate` een waarschuwing: de methode vraagt bij eerdere hulp altijd "
     "datum, instantie **en** resultaat."},
};

constexpr Field kStep[] = {
    {"titel", T::Translatable, true, nullptr, "titel van de stap; een nummer ervoor helpt de cursist"},
    {"tekst", T::Translatable, true, nullptr, "het verhaal: wat gebeurt er, wat ziet en hoort de cursist; mag de cursist aanspreken (“je”)"},
    {"datum", T::Date, false, nullptr, "wanneer in de casus"},
    {"documenten", T::IdList, false, nullptr, "documenten die vanaf deze stap te lezen zijn"},
    {"feiten", T::IdList, false, nullptr, "feiten die bekend worden bij binnenkomst"},
    {"opent", T::IdList, false, nullptr, "analyseborden die vanaf deze stap open zijn ([§15](#15-analyseborden-opent-veiligheidssignaal-en-referentie))"},
    {"veiligheidssignaal", T::Translatable, false, nullptr, "een signaal over de directe veiligheid dat de cursist bij deze stap moet opmerken ([§15](#15-analyseborden-opent-veiligheidssignaal-en-referentie))"},
    {"bij_binnenkomst", T::Table, false, "stap.bij_binnenkomst",
     "wat er gebeurt zodra de cursist de stap binnenkomt: meters, feiten, fase/product/regie ([§7](#7-gevolgen-en-routes-wat-er-gebeurt-bij-een-keuze))"},
    {"varianten", T::TableList, false, "stap.variant",
     "tekst die alleen verschijnt als een voorwaarde klopt, na `tekst` ([§6](#6-voorwaarden-als))"},
};

constexpr Field kStepEntry[] = {
    {"gevolg", T::Map, false, nullptr, "`{ meter = verandering }`, zoals bij een keuze"},
    {"onthult", T::IdList, false, nullptr, "feiten die bij binnenkomst bekend worden"},
    {"zet", T::Map, false, "zet", "`{ persoon = { fase = ..., product = ..., regie = ... } }`"},
};

constexpr Field kStepVariant[] = {
    {"als", T::Condition, true, nullptr, "de tekst verschijnt alleen als deze voorwaarde klopt"},
    {"tekst", T::Translatable, true, nullptr, "de tekst, als eigen alinea na de tekst van de stap"},
};

constexpr Field kStatusSet[] = {
    {"fase", T::Text, false, nullptr, "de nieuwe fase van deze persoon"},
    {"product", T::Text, false, nullptr, "het nieuwe product"},
    {"regie", T::Text, false, nullptr, "wie nu de regie heeft"},
};

constexpr Field kChoice[] = {
    {"tekst", T::Translatable, true, nullptr, "de keuze zoals de cursist hem ziet: een handeling, in de je-vorm"},
    {"feedback", T::Translatable, false, nullptr,
     "verschijnt direct na de keuze: wat was goed of minder goed, en waarom volgens de methode ([§9](#9-bouwstenen-en-feedback-schrijven))"},
    {"bron", T::IdList, false, nullptr,
     "de afdeling(en) van de Methodewijzer waar de feedback op steunt: één anker of een lijst ([§9](#9-bouwstenen-en-feedback-schrijven))"},
    {"als", T::Condition, false, nullptr, "de keuze verschijnt alleen als deze voorwaarde klopt ([§6](#6-voorwaarden-als))"},
    {"gevolg", T::Map, false, nullptr, "`{ meter = verandering }`, bijvoorbeeld `{ vertrouwen_gezin = -2 }`"},
    {"onthult", T::IdList, false, nullptr, "feiten die door de keuze bekend worden"},
    {"naar", T::Route, false, nullptr,
     "id van de volgende stap of van een einde, of een lijst routes ([§7](#7-gevolgen-en-routes-wat-er-gebeurt-bij-een-keuze)); "
     "`validate` meldt een keuze zonder `naar`"},
    {"gesproken_met", T::IdList, false, nullptr, "ids van de personen met wie de cursist bij deze keuze spreekt (telt voor `kinderen_gesproken`)"},
    {"zet", T::Map, false, "zet", "fase, product en regie per persoon na de keuze: `{ daan = { product = \"2b\", regie = \"gi\" } }`"},
    {"tags", T::IdList, false, nullptr, "vrije trefwoorden, bijvoorbeeld `\"netwerkberaad\"`; een check `ritme` kan keuzes op tag tellen"},
};

constexpr Field kRoute[] = {
    {"als", T::Condition, false, nullptr, "de route geldt als deze voorwaarde klopt; de eerste die klopt wint"},
    {"naar", T::Text, true, nullptr, "id van een stap of einde"},
};

constexpr Field kEnding[] = {
    {"titel", T::Translatable, true, nullptr, "titel van het einde"},
    {"tekst", T::Translatable, true, nullptr, "de afloop; nodig de cursist uit om via Terugspoelen een andere route te proberen"},
    {"toon", T::Text, false, nullptr, "`\"goed\"`, `\"gemengd\"` (standaard) of `\"zorgelijk\"`"},
};

constexpr Field kCondition[] = {
    {"feit", T::Text, false, nullptr, "het feit is bekend"},
    {"keuze", T::Text, false, nullptr, "de keuze is gemaakt"},
    {"niet_keuze", T::Text, false, nullptr, "de keuze is niet gemaakt"},
    {"gelezen", T::Text, false, nullptr, "het document is gelezen"},
    {"bezocht", T::Text, false, nullptr, "de stap is bezocht"},
    {"variabele", T::Text, false, nullptr, "de meter ligt tussen `min` en `max`"},
    {"min", T::Number, false, nullptr, "ondergrens bij `variabele`"},
    {"max", T::Number, false, nullptr, "bovengrens bij `variabele`"},
    {"alle", T::ConditionList, false, nullptr, "alle voorwaarden in de lijst kloppen"},
    {"een_van", T::ConditionList, false, nullptr, "minstens één voorwaarde in de lijst klopt"},
    {"niet", T::Condition, false, nullptr, "de voorwaarde klopt niet"},
    {"persoon", T::Text, false, nullptr, "bij `fase`, `product` of `regie`: de persoon (meestal een kind)"},
    {"fase", T::Text, false, nullptr, "de persoon is nu in deze fase"},
    {"product", T::Text, false, nullptr, "de persoon heeft nu dit product"},
    {"regie", T::Text, false, nullptr, "de regie voor deze persoon ligt nu hier"},
    {"verloop", T::Table, false, "verloop", "het verloop van een meter of van de taxatie tot nu toe ([§6](#6-voorwaarden-als))"},
};

constexpr Field kHistory[] = {
    {"variabele", T::Text, false, nullptr, "de meter; of:"},
    {"taxatie", T::Boolean, false, nullptr, "`true`: de veiligheidstaxatie van de cursist (de cijfers die hij gaf)"},
    {"ooit_onder", T::Number, false, nullptr, "ooit lager dan dit getal"},
    {"ooit_boven", T::Number, false, nullptr, "ooit hoger dan dit getal"},
    {"nooit_onder", T::Number, false, nullptr, "tot nu toe nooit lager (het laagste tot nu toe is minstens dit)"},
    {"nooit_boven", T::Number, false, nullptr, "tot nu toe nooit hoger (het hoogste tot nu toe is hooguit dit)"},
    {"gedaald_sinds", T::Text, false, nullptr, "nu lager dan bij binnenkomst in deze stap"},
    {"gestegen_sinds", T::Text, false, nullptr, "nu hoger dan bij binnenkomst in deze stap"},
};

constexpr Field kReflection[] = {
    {"stap", T::Text, false, nullptr, "de stap waarin het reflectiemoment hoort"},
    {"na_keuze", T::Text, false, nullptr, "het moment verschijnt na deze keuze"},
    {"vragen", T::TextList, false, nullptr, "de reflectievragen"},
    {"bouwstenen", T::IdList, false, nullptr, "bouwstenen waar de reflectie over gaat"},
    {"met_gezin", T::Boolean, false, nullptr, "reflecteren met het gezin (standaard `false`)"},
};

constexpr Field kDossier[] = {
    {"tekst", T::Translatable, true, nullptr, "de gebeurtenis zoals het dossier hem noemt"},
    {"datum", T::Date, false, nullptr, "moment of periode"},
    {"bron", T::Text, false, nullptr, "waar het in het dossier staat"},
    {"expert_tags", T::IdList, false, nullptr, "de labels die de expert geeft"},
    {"uitleg", T::Translatable, false, nullptr, "waarom de expert die labels geeft"},
};

constexpr Field kCriterion[] = {
    {"bouwsteen", T::Text, true, nullptr, "id van de bouwsteen"},
    {"gewicht", T::Number, false, nullptr, "hoe zwaar het telt (standaard 1)"},
    {"tekst", T::Translatable, true, nullptr, "het criterium in één zin"},
    {"onderbouwing", T::Translatable, true, nullptr, "waarom de methode dit vraagt"},
    {"bron", T::IdList, false, nullptr, "de afdeling(en) van de Methodewijzer waar het criterium op steunt: één anker of een lijst"},
    {"goed", T::Translatable, true, nullptr, "feedback als het behaald is"},
    {"fout", T::Translatable, true, nullptr, "feedback als het gemist is"},
    {"goed_niet_gekozen", T::Translatable, false, nullptr, "feedback als de goede keuze er was maar niet gekozen is"},
    {"beoordeelbaar", T::Condition, false, nullptr, "alleen beoordelen als deze voorwaarde klopt"},
    {"check", T::Check, true, nullptr, "wanneer het behaald is ([§16](#16-criteria-waarop-de-nabespreking-punten-geeft))"},
};

constexpr Field kCheck[] = {
    {"keuze", T::Text, false, nullptr, "de keuze is gemaakt"},
    {"niet_keuze", T::Text, false, nullptr, "de keuze is niet gemaakt"},
    {"eerst", T::Text, false, nullptr, "deze keuze kwam eerder dan `voor` of `voor_stap`"},
    {"voor", T::Text, false, nullptr, "bij `eerst`: de latere keuze"},
    {"voor_stap", T::Text, false, nullptr, "bij `eerst`: de latere stap"},
    {"variabele", T::Text, false, nullptr, "de meter ligt tussen `min` en `max` (bij stap `bij`)"},
    {"min", T::Number, false, nullptr, "ondergrens bij `variabele`"},
    {"max", T::Number, false, nullptr, "bovengrens bij `variabele`"},
    {"bij", T::Text, false, nullptr, "bij `variabele`: de stap waarin de meter telt"},
    {"op_tijdlijn", T::IdList, false, nullptr, "deze feiten staan op de tijdlijn"},
    {"volgorde", T::IdList, false, nullptr, "deze feiten staan in deze volgorde op de tijdlijn"},
    {"aanleiding", T::Table, false, "check.aanleiding", "de aanleiding is goed gemarkeerd"},
    {"kinderen_gesproken", T::Boolean, false, nullptr, "met de kinderen is gesproken"},
    {"factor", T::Table, false, "check.factor", "een factor in dit gebied van het gezinspatroon"},
    {"pijl", T::Table, false, "check.pijl", "een pijl tussen twee gebieden van het gezinspatroon"},
    {"veiligheid_voor_patroon", T::BooleanOrTable, false, "check.veiligheid_voor_patroon",
     "de veiligheid was op orde voor het patroonwerk begon"},
    {"veiligheidsscore", T::Table, false, "check.veiligheidsscore", "de getaxeerde veiligheid ligt tussen `min` en `max`"},
    {"veiligheidsplan", T::IdList, false, nullptr, "deze velden van het veiligheidsplan zijn ingevuld"},
    {"eind", T::IdList, false, nullptr, "deze soorten staan in de eindsituatie"},
    {"eind_velden", T::IdList, false, nullptr, "deze velden van de eindsituatie zijn ingevuld"},
    {"vergelijking", T::Table, false, "check.vergelijking", "het bord lijkt genoeg op de referentie"},
    {"tijdlijn_velden", T::IdList, false, nullptr, "deze velden van de tijdlijn zijn ingevuld"},
    {"patroon_zin", T::Boolean, false, nullptr, "de zin van het gezinspatroon is geschreven"},
    {"reflectie_geschreven", T::BooleanOrTable, false, "check.reflectie_geschreven", "een geschreven reflectie van enige inhoud"},
    {"verloop", T::Table, false, "verloop", "het verloop van een meter of van de taxatie klopt (zoals in een voorwaarde)"},
    {"ritme", T::Table, false, "check.ritme", "een keuze van een soort komt minstens elke zoveel stappen terug"},
    {"alle", T::CheckList, false, nullptr, "alle checks in de lijst"},
    {"een_van", T::CheckList, false, nullptr, "minstens één check in de lijst"},
};

constexpr Field kCheckCadence[] = {
    {"keuzes", T::IdList, false, nullptr, "de keuzes die tellen; en/of:"},
    {"tag", T::Text, false, nullptr, "elke keuze met deze tag telt"},
    {"elke", T::Whole, true, nullptr, "hoogstens zoveel stappen (keuzes) op rij zonder zo'n keuze (1 tot en met 1000)"},
    {"vanaf", T::Text, false, nullptr, "tellen vanaf binnenkomst in deze stap (standaard: vanaf de start)"},
};

constexpr Field kCheckAanleiding[] = {
    {"eerste", T::Text, false, nullptr, "het feit dat als eerste gemarkeerd moet zijn"},
    {"laatste", T::Text, false, nullptr, "het feit dat als laatste gemarkeerd moet zijn"},
    {"ergste", T::Text, false, nullptr, "het feit dat als ergste gemarkeerd moet zijn"},
};
constexpr Field kCheckFactor[] = {
    {"gebied", T::Text, true, nullptr, "gebied van het gezinspatroon"},
    {"feit", T::Text, false, nullptr, "de factor noemt dit feit als bewijs"},
};
constexpr Field kCheckLink[] = {
    {"van", T::Text, true, nullptr, "gebied waar de pijl begint"},
    {"naar", T::Text, true, nullptr, "gebied waar de pijl eindigt"},
};
constexpr Field kCheckSafetyFirst[] = {
    {"feit", T::Text, false, nullptr, "dit feit (het veiligheidsplan) telt ook als veiligheid op orde"},
};
constexpr Field kCheckSafetyScore[] = {
    {"min", T::Number, false, nullptr, "ondergrens (standaard 1)"},
    {"max", T::Number, false, nullptr, "bovengrens (standaard 10)"},
    {"bij", T::Text, false, nullptr, "de stap waarin de taxatie telt"},
};
constexpr Field kCheckReflection[] = {
    {"min_woorden", T::Whole, false, nullptr, "minimaal aantal woorden (standaard 40)"},
    {"met", T::Text, false, nullptr, "met wie gereflecteerd is"},
};
constexpr Field kCheckComparison[] = {
    {"bord", T::Text, true, nullptr, "het analysebord"},
    {"min", T::Number, false, nullptr, "hoe dicht bij de referentie (standaard 0.5)"},
};

constexpr Field kReference[] = {
    {"tijdlijn", T::Table, false, "referentie.tijdlijn", "de tijdlijn van de trainer"},
    {"patroon", T::Table, false, "referentie.patroon", "het gezinspatroon van de trainer"},
    {"veiligheid", T::Table, false, "referentie.veiligheid", "de veiligheidstaxatie van de trainer"},
    {"eindsituatie", T::Table, false, "referentie.eindsituatie", "de eindsituatie van de trainer"},
};
constexpr Field kRefTimeline[] = {
    {"feiten", T::IdList, false, nullptr, "de feiten op de tijdlijn"},
    {"eerste", T::Text, false, nullptr, "het eerste feit van de aanleiding"},
    {"laatste", T::Text, false, nullptr, "het laatste feit van de aanleiding"},
    {"ergste", T::Text, false, nullptr, "het ergste feit van de aanleiding"},
    {"hulpvraag_direct", T::Translatable, false, nullptr, "de directe hulpvraag"},
    {"hulpvraag_onderliggend", T::Translatable, false, nullptr, "de onderliggende hulpvraag"},
};
constexpr Field kRefPattern[] = {
    {"factoren", T::TableList, false, "referentie.factor", "de factoren"},
    {"pijlen", T::Pairs, false, nullptr, "`{ { \"van_id\", \"naar_id\" }, ... }`"},
    {"zin", T::Translatable, false, nullptr, "de zin van het gezinspatroon"},
    {"intentie", T::Translatable, false, nullptr, "de nobele intentie"},
};
constexpr Field kRefFactor[] = {
    {"id", T::Text, true, nullptr, "id, voor de pijlen"},
    {"gebied", T::Text, true, nullptr, "gebied van het gezinspatroon"},
    {"persoon", T::Text, false, nullptr, "om wie het gaat"},
    {"tekst", T::Translatable, true, nullptr, "de factor"},
    {"feiten", T::IdList, false, nullptr, "de feiten die hem onderbouwen"},
};
constexpr Field kRefSafety[] = {
    {"score", T::Whole, false, nullptr, "de taxatie van 0 tot en met 10"},
    {"stap", T::Text, false, nullptr, "de stap waarin de trainer taxeert"},
    {"zes", T::Translatable, false, nullptr, "wat er nodig is voor een 6"},
    {"oordelen", T::TableList, false, "referentie.oordeel", "de oordelen per persoon"},
};
constexpr Field kRefJudgement[] = {
    {"persoon", T::Text, true, nullptr, "de persoon"},
    {"item", T::Text, true, nullptr, "het item van de veiligheidslijst"},
    {"oordeel", T::Text, true, nullptr, "het oordeel"},
};
constexpr Field kRefEnd[] = {
    {"items", T::TableList, false, "referentie.item", "de onderdelen van de eindsituatie"},
    {"beschrijving", T::Translatable, false, nullptr, "de eindsituatie in woorden"},
};
constexpr Field kRefEndItem[] = {
    {"soort", T::Text, true, nullptr, "soort onderdeel"},
    {"tekst", T::Translatable, true, nullptr, "het onderdeel"},
};

constexpr Construct kConstructs[] = {
    {"scenario", "scenario { ... }", kScenario},
    {"persoon", "persoon \"id\" { ... }", kPerson},
    {"variabele", "variabele \"id\" { ... }", kVariable},
    {"document", "document \"id\" { ... }", kDocument},
    {"feit", "feit \"id\" { ... }", kFact},
    {"stap", "stap \"id\" { ... }", kStep, true},
    {"stap.bij_binnenkomst", "stap \"id\" { bij_binnenkomst = { ... } }", kStepEntry},
    {"stap.variant", "stap \"id\" { varianten = { { ... } } }", kStepVariant},
    {"zet", "zet = { persoon_id = { ... } }", kStatusSet},
    {"keuze", "keuze \"id\" { ... }", kChoice},
    {"route", "naar = { { als = ..., naar = \"...\" }, ... }", kRoute},
    {"einde", "einde \"id\" { ... }", kEnding},
    {"voorwaarde", "als = { ... }", kCondition},
    {"verloop", "verloop = { ... }", kHistory},
    {"reflectie", "reflectie \"id\" { ... }", kReflection},
    {"dossier", "dossier \"id\" { ... }", kDossier},
    {"criterium", "criterium \"id\" { ... }", kCriterion},
    {"check", "check = { ... }", kCheck},
    {"check.aanleiding", "check = { aanleiding = { ... } }", kCheckAanleiding},
    {"check.factor", "check = { factor = { ... } }", kCheckFactor},
    {"check.pijl", "check = { pijl = { ... } }", kCheckLink},
    {"check.veiligheid_voor_patroon", "check = { veiligheid_voor_patroon = { ... } }", kCheckSafetyFirst},
    {"check.veiligheidsscore", "check = { veiligheidsscore = { ... } }", kCheckSafetyScore},
    {"check.reflectie_geschreven", "check = { reflectie_geschreven = { ... } }", kCheckReflection},
    {"check.vergelijking", "check = { vergelijking = { ... } }", kCheckComparison},
    {"check.ritme", "check = { ritme = { ... } }", kCheckCadence},
    {"referentie", "referentie { ... }", kReference},
    {"referentie.tijdlijn", "referentie { tijdlijn = { ... } }", kRefTimeline},
    {"referentie.patroon", "referentie { patroon = { ... } }", kRefPattern},
    {"referentie.factor", "referentie { patroon = { factoren = { { ... } } } }", kRefFactor},
    {"referentie.veiligheid", "referentie { veiligheid = { ... } }", kRefSafety},
    {"referentie.oordeel", "referentie { veiligheid = { oordelen = { { ... } } } }", kRefJudgement},
    {"referentie.eindsituatie", "referentie { eindsituatie = { ... } }", kRefEnd},
    {"referentie.item", "referentie { eindsituatie = { items = { { ... } } } }", kRefEndItem},
};

}  // namespace

std::span<const Construct> constructs() { return kConstructs; }

const Construct* construct(std::string_view name) {
    for (const auto& c : kConstructs)
        if (name == c.name) return &c;
    return nullptr;
}

const Field* field(const Construct& c, std::string_view name) {
    for (const auto& f : c.fields)
        if (name == f.name) return &f;
    return nullptr;
}

namespace {
// Edit distance (insert, delete, substitute, and swapping two neighbours), letters without case;
// stops early once it must exceed `limit`.
std::size_t edits(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const bool same = lower(a[i - 1]) == lower(b[j - 1]);
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}
}  // namespace

const Field* near_field(const Construct& c, std::string_view key) {
    if (key.size() < 3 || key.size() > 64) return nullptr;
    const Field* best = nullptr;
    std::size_t best_edits = 3, ties = 0;
    for (const auto& f : c.fields) {
        const std::size_t e = edits(key, f.name, 2);
        if (e < best_edits) {
            best = &f;
            best_edits = e;
            ties = 1;
        } else if (e == best_edits) {
            ++ties;
        }
    }
    return best && ties == 1 ? best : nullptr;
}

const char* type_words(Type t, bool en) {
    switch (t) {
        case T::Text:
        case T::Translatable: return en ? "text" : "tekst";
        case T::Date: return en ? "a date as text" : "een datum als tekst";
        case T::Number: return en ? "a number" : "een getal";
        case T::Whole: return en ? "a whole number" : "een geheel getal";
        case T::Boolean: return en ? "true or false" : "true of false";
        case T::IdList: return en ? "a list of ids" : "een lijst met ids";
        case T::TextList: return en ? "a list of texts" : "een lijst met teksten";
        case T::Table: return en ? "a table" : "een tabel";
        case T::TableList: return en ? "a list of tables" : "een lijst van tabellen";
        case T::Map: return en ? "a table { id = value }" : "een tabel { id = waarde }";
        case T::Pairs: return en ? "a list of pairs" : "een lijst van paren";
        case T::Condition: return en ? "a condition (a table or a function)" : "een voorwaarde (een tabel of een functie)";
        case T::ConditionList: return en ? "a list of conditions" : "een lijst van voorwaarden";
        case T::Check: return en ? "a check (a table or a function)" : "een check (een tabel of een functie)";
        case T::CheckList: return en ? "a list of checks" : "een lijst van checks";
        case T::BooleanOrTable: return en ? "true, or a table" : "true, of een tabel";
        case T::Route: return en ? "the id of a step or ending, or a list of routes" : "de id van een stap of einde, of een lijst routes";
    }
    return "";
}

bool accepts(Type t, std::string_view lua) {
    switch (t) {
        case T::Text:
        case T::Translatable:
        case T::Date: return lua == "string";
        case T::Number:
        case T::Whole: return lua == "number";
        case T::Boolean: return lua == "boolean";
        case T::IdList:
        case T::TextList:
        case T::Route: return lua == "string" || lua == "table";
        case T::Table:
        case T::TableList:
        case T::Map:
        case T::Pairs:
        case T::ConditionList:
        case T::CheckList: return lua == "table";
        case T::Condition:
        case T::Check: return lua == "table" || lua == "function";
        case T::BooleanOrTable: return lua == "boolean" || lua == "table";
    }
    return false;
}

std::string markdown_table(const Construct& c) {
    std::string out = "| veld | soort | betekenis |\n|---|---|---|\n";
    for (const auto& f : c.fields) {
        const std::string name = std::string("`") + f.name + "`";
        out += "| " + (f.required ? "**" + name + "**" : name) + " | " + type_words(f.type) + " | " + f.nl + " |\n";
    }
    if (c.array_part) out += "| keuzes | `keuze \"id\" { ... }` | **minstens één**, binnen de accolades van de stap, gescheiden door komma's |\n";
    return out;
}

std::string markdown_english_table() {
    std::string out = "| blok | velden die in `en` mogen |\n|---|---|\n";
    for (const auto& c : kConstructs) {
        std::string names;
        for (const auto& f : c.fields)
            if (translatable(f.type)) names += (names.empty() ? "`" : ", `") + std::string(f.name) + "`";
        if (!names.empty()) out += std::string("| `") + c.where + "` | " + names + " |\n";
    }
    return out;
}

std::string field_hint(const Field& f, bool en) {
    std::string out = std::string(f.name) + ": " + type_words(f.type, en);
    if (f.required) out += en ? ", required" : ", verplicht";
    if (translatable(f.type)) out += en ? " (English in en = { ... })" : " (Engels in en = { ... })";
    return out;
}

}  // namespace lwp::core::dsl
