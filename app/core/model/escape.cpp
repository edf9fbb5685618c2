#include "core/model/escape.hpp"

#include "core/model/text.hpp"

namespace lwp::core {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string md_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool line_start = true;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (line_start) {
            // Characters that would start a heading, list or quote at the beginning of a line.
            if (c == '#' || c == '-' || c == '+' || c == '>' || c == '=') out += '\\';
            else if (c >= '0' && c <= '9') {
                size_t j = i;
                while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
                if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
                    out.append(text.substr(i, j - i));
                    out += '\\';
                    i = j - 1;
                    line_start = false;
                    continue;
                }
            }
        }
        line_start = c == '\n';
        // Inline syntax anywhere: emphasis, code, links, HTML, tables, strikethrough (~~) and entities (&amp;).
        if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|' || c == '~' || c == '&')
            out += '\\';
        out += c;
    }
    return out;
}

// One line (a table cell, a list item): newlines become spaces.
std::string md_line(std::string_view text) {
    std::string flat;
    for (char c : trim(text)) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == ' ' && !flat.empty() && flat.back() == ' ') continue;
        flat += c;
    }
    return md_escape(flat);
}

}  // namespace lwp::core
