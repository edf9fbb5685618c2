// The 13 building blocks (bouwstenen) of Beter Samenspel in their 4 pillars (bouwstenen).
#pragma once

#include <span>
#include <string_view>

namespace lwp::core {

enum class Pillar { Samenwerking, Weging, Veiligheid, Reflectie };

struct BuildingBlock {
    std::string_view id;       // stable id used in scenarios, e.g. "directe_veiligheid"
    std::string_view name_nl;  // the method's own name
    std::string_view name_en;  // English gloss
    Pillar pillar;
    std::string_view section;  // its Methodewijzer anchor, "bouwsteen.<id>"
    std::string_view summary_nl;
};

std::span<const BuildingBlock> building_blocks();
const BuildingBlock* find_building_block(std::string_view id);
std::string_view pillar_name(Pillar pillar, bool english);

}  // namespace lwp::core
