// The program's message catalogue: assets/i18n/*.po (core::asset_path), read once on first use.
// The UI's tr() and the report look texts up here; see core/model/messages.hpp for the format.
#pragma once

#include <string_view>

#include "core/model/messages.hpp"

namespace lwp::core {

// Loaded on the first call (thread-safe); problems in the files are written to stderr as
// "file:line: ..." and the lookups fall back (language → nl → the key).
const Messages& catalogue();

// A message of the program's catalogue with the fallback chain.
inline const char* message(std::string_view code, std::string_view key) { return catalogue().get(code, key); }

// A phrase of core (core/model/messages.hpp) in `lang`: its message with each argument rendered
// in `lang` too, or its text in `lang` (Dutch when the text has no English).
std::string phrase_text(const Phrase& phrase, Lang lang);

}  // namespace lwp::core
