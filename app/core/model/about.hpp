// What the program says about itself: `leerwerkplaats --version` and Help → Over (app/ui/about_dialog.cpp).
// The version and licence come from CMakeLists.txt (project VERSION, LWP_LICENSE_SPDX).
#pragma once

#include <span>
#include <string_view>

namespace lwp::core {

std::string_view version();      // "0.1.0"
std::string_view licence_id();   // an SPDX id; "LicenseRef-proprietary" while the authors have chosen none

// The documents that describe the Beter Samenspel method, by their own titles (the same titles as
// the Methodewijzer's "Bronnen"). `about` says in a few words what each one is.
struct MethodSource {
    std::string_view title;
    std::string_view about_nl, about_en;
};
std::span<const MethodSource> method_sources();

}  // namespace lwp::core
