// The starter scenario written by `leerwerkplaats new ID`: small, complete, commented in Dutch.
#pragma once

#include <string>

namespace lwp::cli {

// Returns the text of a starter scenario with the given id (lower case, digits, underscore).
std::string starter_scenario(const std::string& id);

}  // namespace lwp::cli
