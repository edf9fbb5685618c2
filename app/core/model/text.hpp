// Texts that exist in Dutch first and optionally in English, and the UI language switch.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lwp::core {

enum class Lang { Nl, En };

// A scenario text: Dutch always, English when the author wrote it (falls back to Dutch).
struct Text {
    std::string nl;
    std::string en;
    int line = 0, en_line = 0;  // where each version stands in its case file (0: not known)

    const std::string& get(Lang lang) const { return (lang == Lang::En && !en.empty()) ? en : nl; }
    bool empty() const { return nl.empty(); }
};

// At most `max` bytes of `s`, cut on a UTF-8 character boundary, with "…" when something was cut:
// diagnostics and script errors quote what they found, and what they found may be 16 MB.
inline std::string clip_text(std::string s, std::size_t max = 400) {
    if (s.size() <= max) return s;
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
    return s + "… (ingekort)";
}

// Length in characters (UTF-8 code points), not bytes: "één" is 3.
inline std::size_t text_length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// `s` without the blanks (space, tab, CR, LF) at either end.
inline std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

inline const char* lang_code(Lang lang) { return lang == Lang::En ? "en" : "nl"; }
inline Lang lang_from_code(const std::string& code) { return code == "en" ? Lang::En : Lang::Nl; }

}  // namespace lwp::core
