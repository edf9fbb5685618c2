#include "core/model/about.hpp"

#include <array>

namespace lwp::core {

std::string_view version() { return LWP_VERSION; }

std::string_view licence_id() { return LWP_LICENSE_SPDX; }

std::span<const MethodSource> method_sources() {
    static constexpr std::array<MethodSource, 5> sources{{
        {"Werkwijze Beter Samenspel", "de methode zelf, met de vernieuwde Bouwstenen Beter Samenspel",
         "the method itself, with the renewed building blocks"},
        {"Notitie: Beter samenspel voor veilig opgroeien! Transformeren naar een nieuwe samenwerking tussen "
         "Gecertificeerde Instellingen en de Lokale Teams",
         "het oprichtingsstuk, met de casus van Piet", "the founding memo, with the case of Piet"},
        {"Introductie op causaal model en monitor Beter Samenspel", "de meetbare doelen van het programma",
         "the programme's measurable targets"},
        {"Evaluatie van het programma Beter Samenspel", "wat werkte en wat remde, met een advies",
         "what worked and what held it back, with advice"},
        {"Tussenrapportage participatief actieonderzoek",
         "De Haagse Hogeschool, 2020–2021: wat professionals en ouders ervoeren",
         "De Haagse Hogeschool, 2020–2021: what professionals and parents experienced"},
    }};
    return sources;
}

}  // namespace lwp::core
