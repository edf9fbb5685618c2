#include "core/model/vocabulary.hpp"

#include <array>

namespace lwp::core {

namespace {
constexpr std::array<Term, 4> kLanes{{
    {"levensgebeurtenis", "Levensgebeurtenissen", "Life events"},
    {"hulp", "Hulpverlening (met resultaat)", "Help given (with result)"},
    {"besluit", "Besluiten", "Decisions"},
    {"melding", "Meldingen en zorgsignalen", "Reports and concern signals"},
}};
constexpr std::array<Term, 5> kAreas{{
    {"ontwikkeling_ouder", "Ontwikkeling ouder", "Parent's development"},
    {"gedrag_ouder", "Gedrag ouder", "Parent's behaviour"},
    {"ontwikkeling_kind", "Ontwikkeling kind", "Child's development"},
    {"gedrag_kind", "Gedrag kind", "Child's behaviour"},
    {"hulpverleningspatroon", "Hulpverleningspatroon", "Help pattern"},
}};
// bouwsteen.gezinspatroon: "Questions to interpret, each answered with facts from the timeline".
constexpr std::array<Term, 6> kQuestions{{
    {"grootste_zorg", "Wat is de grootste zorg?", "What is the biggest concern?"},
    {"ontwikkeling_ouders_gedrag", "Hoe beïnvloedt de ontwikkeling van de ouders hun gedrag?",
     "How does the parents' development influence their behaviour?"},
    {"gedrag_ouders_kinderen", "Hoe beïnvloedt het gedrag van de ouders de kinderen?",
     "How does the parents' behaviour influence the children?"},
    {"ontwikkeling_kind_gedrag", "Hoe beïnvloedt de ontwikkeling van de kinderen hun gedrag?",
     "How does the children's development influence their behaviour?"},
    {"gedrag_kind_ouders", "Hoe beïnvloedt het gedrag van de kinderen de ouders?",
     "How does the children's behaviour influence the parents?"},
    {"hulp_patroon", "Welke rol speelt de hulpverlening in het terugkerende patroon?",
     "What role does the help play in the recurring pattern?"},
}};
// bouwsteen.directe_veiligheid (ARIJ items).
constexpr std::array<Term, 8> kSafetyItems{{
    {"lichamelijke_mishandeling", "Lichamelijke mishandeling", "Physical abuse"},
    {"seksueel_misbruik", "Seksueel misbruik", "Sexual abuse"},
    {"ernstige_verwaarlozing", "Ernstige verwaarlozing", "Serious neglect"},
    {"psychiatrie_verzorger", "Psychiatrische problemen verzorger met direct gevaar", "Carer's psychiatric problems with direct danger"},
    {"gevaarlijk_gedrag_kind", "Gedrag kind gevaarlijk voor zichzelf", "Child's behaviour dangerous to itself"},
    {"psychische_mishandeling", "Acute ernstige psychische mishandeling", "Acute serious psychological abuse"},
    {"ontvoering", "Dreiging van ontvoering", "Threat of abduction"},
    {"overig", "Overige directe onveiligheid", "Other immediate unsafety"},
}};
constexpr std::array<Term, 4> kJudgements{{
    {"onbekend", "Nog niet beoordeeld", "Not yet judged"},
    {"veilig", "Veilig", "Safe"},
    {"onveilig", "Onveilig", "Unsafe"},
    {"direct_veiligstellen", "Direct veiligstellen", "Secure immediately"},
}};
constexpr std::array<Term, 5> kEndKinds{{
    {"patroon_doorbreken", "Patroon dat doorbroken moet worden", "Pattern to break"},
    {"veranderbaar", "Veranderbaar (daar werken we aan)", "Changeable (we work on it)"},
    {"compenseren", "Blijvend compenseren (en hoe)", "To be compensated (and how)"},
    {"doel", "Veranderdoel (wie, wat, wanneer)", "Change goal (who, what, when)"},
    {"kracht", "Kracht in gezin of netwerk", "Strength in family or network"},
}};
constexpr std::array<Term, 4> kTimelineFields{{
    {"hulpvraag_direct", "Directe hulpvraag van het gezin", "The family's direct help request"},
    {"hulpvraag_onderliggend", "Onderliggende hulpvraag", "Underlying help request"},
    {"zorgmelding", "Zorgmelding", "Report of concern"},
    {"visie_gezin", "Zo ziet het gezin het zelf", "The family's own view"},
}};
// bouwsteen.directe_veiligheid veiligheidsplan: aanleiding, zorgen en krachten, afspraken, ondergrens.
constexpr std::array<Term, 7> kSafetyFields{{
    {"zes", "Zo ziet een '6' eruit (gedrag en feiten)", "What a '6' looks like (behaviour and facts)"},
    {"aanleiding", "Aanleiding: wie meldde, wanneer, wat gebeurde er", "Occasion: who reported, when, what happened"},
    {"zorgen", "Zorgen: acute risico's en gevolgen voor de kinderen", "Concerns: acute risks and consequences for the children"},
    {"krachten", "Krachten die compenseren", "Strengths that compensate"},
    {"afspraken", "Veiligheidsafspraken (wie, wat, wanneer)", "Safety agreements (who, what, when)"},
    {"ondergrens", "Ondergrens, afgesproken met het gezin", "Bottom line, agreed with the family"},
    {"plan_bij_overschrijding", "Wat gebeurt er als de ondergrens wordt overschreden", "What happens when the bottom line is crossed"},
}};
constexpr std::array<Term, 3> kEndFields{{
    {"waar_opgroeien", "Waar en met wie groeien de kinderen op", "Where and with whom the children grow up"},
    {"taal_gezin", "De eindsituatie in de taal van het gezin", "The end situation in the family's language"},
    {"buurman", "Hoe kan de buurman dat zien?", "How could the neighbour see it?"},
}};
constexpr std::array<Term, 3> kTieKinds{{
    {"steun", "Steun", "Support"},
    {"conflict", "Conflict", "Conflict"},
    {"contact", "Contact", "Contact"},
}};
constexpr std::array<Term, 5> kBoards{{
    {"tijdlijn", "Tijdlijn", "Timeline"},
    {"personen", "Personen", "Persons"},
    {"patroon", "Gezinspatroon", "Family pattern"},
    {"veiligheid", "Veiligheid", "Safety"},
    {"eindsituatie", "Eindsituatie", "End situation"},
}};
}  // namespace

std::span<const Term> lanes() { return kLanes; }
std::span<const Term> pattern_areas() { return kAreas; }
std::span<const Term> pattern_questions() { return kQuestions; }
std::span<const Term> safety_items() { return kSafetyItems; }
std::span<const Term> judgements() { return kJudgements; }
std::span<const Term> end_item_kinds() { return kEndKinds; }
std::span<const Term> timeline_fields() { return kTimelineFields; }
std::span<const Term> safety_fields() { return kSafetyFields; }
std::span<const Term> end_fields() { return kEndFields; }
std::span<const Term> tie_kinds() { return kTieKinds; }
std::span<const Term> boards() { return kBoards; }

const Term* find_term(std::span<const Term> terms, std::string_view id) {
    for (const auto& t : terms)
        if (t.id == id) return &t;
    return nullptr;
}

int term_index(std::span<const Term> terms, std::string_view id) {
    for (size_t i = 0; i < terms.size(); ++i)
        if (terms[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace lwp::core
