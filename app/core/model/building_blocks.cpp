#include "core/model/building_blocks.hpp"

#include <array>

namespace lwp::core {

namespace {
// Names as in the Werkwijze ("Bouwstenen Beter Samenspel"); each section is its Methodewijzer anchor.
constexpr std::array<BuildingBlock, 13> kBlocks{{
    {"samenwerking_lt_gi", "Samenwerking lokaal team en GI", "Collaboration local team and GI", Pillar::Samenwerking, "bouwsteen.samenwerking_lt_gi",
     "Fasen, regie en producten 1, 2a en 2b: wie voert de regie, wie taxeert de veiligheid."},
    {"samenwerkingsprincipes", "Samenwerkingsprincipes", "Collaboration principles", Pillar::Samenwerking, "bouwsteen.samenwerkingsprincipes",
     "Eén gezin, één plan, één regisseur; netwerkberaad elke 13 weken; 100% schone overdracht."},
    {"feedback_barrieres", "Feedback en barrières", "Feedback and barriers", Pillar::Samenwerking, "bouwsteen.feedback_barrieres",
     "Barrières tussen professionals signaleren en in vier stappen bespreekbaar maken."},
    {"privacy", "Privacy", "Privacy", Pillar::Samenwerking, "bouwsteen.privacy",
     "Delen op grond van toestemming, wettelijke plicht of levensbedreiging; altijd vastleggen."},
    {"inhoudelijke_beslissingen", "Inhoudelijke beslissingen", "Key decisions", Pillar::Samenwerking, "bouwsteen.inhoudelijke_beslissingen",
     "Afspreken waar besluiten vallen; een besluit wijzigen met dezelfde mensen; GW'er betrekken."},
    {"weging", "Weging", "Weighing", Pillar::Weging, "bouwsteen.weging",
     "Is een uitgebreide analyse nodig? Is de GI nodig? Eerst feiten, dan wegen, in de casuïstiekbespreking."},
    {"directe_veiligheid", "Directe veiligheid", "Immediate safety", Pillar::Veiligheid, "bouwsteen.directe_veiligheid",
     "Veiligheid van alle gezinsleden taxeren; veiligheidsplan met ondergrens; wat is een '6'?"},
    {"stabiele_veiligheid", "Stabiele veiligheid", "Stable safety", Pillar::Veiligheid, "bouwsteen.stabiele_veiligheid",
     "Veranderplan: welke patronen doorbreken, wat is veranderbaar, wat moet gecompenseerd?"},
    {"tijdlijn", "Tijdlijn: situatie gezin en voorgeschiedenis", "Timeline: family situation and history", Pillar::Veiligheid, "bouwsteen.tijdlijn",
     "Aanleiding (eerste, laatste, ergste), genogram, levensgebeurtenissen, eerdere hulp met resultaat."},
    {"gezinspatroon", "Gezinspatroon", "Family pattern", Pillar::Veiligheid, "bouwsteen.gezinspatroon",
     "Ontwikkeling en gedrag van ouders en kinderen, het hulpverleningspatroon, de patroonzin."},
    {"haalbare_eindsituatie", "Van patroon naar haalbare eindsituatie", "From pattern to feasible end situation", Pillar::Veiligheid, "bouwsteen.haalbare_eindsituatie",
     "Wat is goed genoeg? In de taal van het gezin: hoe kan de buurman het zien?"},
    {"gesprekken_kinderen", "Gesprekken met kinderen", "Talking with children", Pillar::Veiligheid, "bouwsteen.gesprekken_kinderen",
     "Altijd met het kind praten, vaker, passend bij de leeftijd; redenen om niet te praten vastleggen."},
    {"reflectie", "Reflectie", "Reflection", Pillar::Reflectie, "bouwsteen.reflectie",
     "Doe ik het goed, doe ik het goede, doe ik het om de goede reden? Ook met het gezin."},
}};
}  // namespace

std::span<const BuildingBlock> building_blocks() { return kBlocks; }

const BuildingBlock* find_building_block(std::string_view id) {
    for (const auto& block : kBlocks)
        if (block.id == id) return &block;
    return nullptr;
}

std::string_view pillar_name(Pillar pillar, bool english) {
    switch (pillar) {
        case Pillar::Samenwerking: return english ? "Collaboration" : "Samenwerking";
        case Pillar::Weging: return english ? "Weighing" : "Weging";
        case Pillar::Veiligheid: return english ? "Immediate and stable safety" : "Directe en stabiele veiligheid";
        case Pillar::Reflectie: return english ? "Reflection" : "Reflectie";
    }
    return {};
}

}  // namespace lwp::core
