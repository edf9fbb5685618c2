// Free-text words of the case DSL in the reader's language: the family roles authors write
// ("moeder", "oma", "buurvrouw", `rol = "..."`) and a case's level (`moeilijkheid = "instap"`).
// The common ones have an English name here, so an English genogram, persons list, library and
// report do not show Dutch words; a word that is not in the list is shown as written.
#pragma once

#include <string>

#include "core/model/text.hpp"

namespace lwp::core {

std::string role_name(const std::string& role, Lang lang);
// True when role_name knows an English name for it (exposed for the lint and its test).
bool role_known(const std::string& role);

// "instap", "basis", "gevorderd", "expert" in the reader's language.
std::string difficulty_name(const std::string& difficulty, Lang lang);

}  // namespace lwp::core
