// The family roles case authors write ("moeder", "oma", "buurvrouw") in the reader's language.
// A role is free text in the DSL (`rol = "..."`); the common ones have an English name here, so
// an English genogram, persons list and report do not show Dutch kinship words. A role that is
// not in the list is shown as written.
#pragma once

#include <string>

#include "core/text.hpp"

namespace lwp::core {

std::string role_name(const std::string& role, Lang lang);
// True when role_name knows an English name for it (exposed for the lint and its test).
bool role_known(const std::string& role);

}  // namespace lwp::core
