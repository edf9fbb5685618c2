// Texts that exist in Dutch first and optionally in English, and the UI language switch.
#pragma once

#include <string>

namespace lwp::core {

enum class Lang { Nl, En };

// A scenario text: Dutch always, English when the author wrote it (falls back to Dutch).
struct Text {
    std::string nl;
    std::string en;

    const std::string& get(Lang lang) const { return (lang == Lang::En && !en.empty()) ? en : nl; }
    bool empty() const { return nl.empty(); }
};

inline const char* lang_code(Lang lang) { return lang == Lang::En ? "en" : "nl"; }
inline Lang lang_from_code(const std::string& code) { return code == "en" ? Lang::En : Lang::Nl; }

}  // namespace lwp::core
