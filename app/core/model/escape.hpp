// Text made safe for HTML and Markdown output (the reports, the story map, the LRS monitor).
#pragma once

#include <string>
#include <string_view>

namespace lwp::core {

// Markdown for one line of text (a table cell, a list item): escaped, newlines become spaces.
std::string md_line(std::string_view text);
// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string html_escape(std::string_view text);
// Markdown-safe text: block markers at line starts and inline syntax (emphasis, code, links, HTML,
// tables, ~~strikethrough~~, &entities;) are backslash-escaped.
std::string md_escape(std::string_view text);

}  // namespace lwp::core
