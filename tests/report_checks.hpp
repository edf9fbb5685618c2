// Checks shared by the report tests: golden files (LWP_UPDATE_GOLDEN=1 rewrites them), the first
// difference between two texts, and an honest well-formedness check of the HTML we write.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include <doctest/doctest.h>

#include "core/report/report.hpp"
#include "helpers.hpp"
#include "ui/methodewijzer_data.hpp"

namespace lwp::test {

namespace fs = std::filesystem;

// Report options as the program makes them: with the shipped Methodewijzer in the report's language.
inline core::ReportOptions with_guide(core::ReportOptions options = {}) {
    options.guide = &ui::methodewijzer(options.lang).guide;
    return options;
}

inline std::string update_or_compare(const fs::path& golden, const std::string& actual) {
    const char* update = std::getenv("LWP_UPDATE_GOLDEN");
    if (update && *update && std::string(update) != "0") {
        fs::create_directories(golden.parent_path());
        test::spit(golden, actual);
        MESSAGE("golden file rewritten: " << golden.string());
        return actual;
    }
    REQUIRE_MESSAGE(fs::exists(golden), "missing golden file " << golden.string() << " (run with LWP_UPDATE_GOLDEN=1)");
    return test::slurp(golden);
}

// The first line where two texts differ, for a readable failure.
inline std::string first_difference(const std::string& a, const std::string& b) {
    size_t line = 1, start = 0;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i] != b[i]) {
            const size_t end_a = a.find('\n', i), end_b = b.find('\n', i);
            return "line " + std::to_string(line) + ":\n  golden: " + a.substr(start, end_a - start) + "\n  actual: " + b.substr(start, end_b - start);
        }
        if (a[i] == '\n') {
            ++line;
            start = i + 1;
        }
    }
    return a.size() == b.size() ? "" : "lengths differ (" + std::to_string(a.size()) + " vs " + std::to_string(b.size()) + ")";
}

// --- an honest well-formedness check for the HTML we write ------------------------------------
// Tags must nest and close (void elements excepted, "/>" only inside <svg>), attribute values are
// quoted, '<' and '&' in text start a tag or an entity, <style> holds no tags, ids are unique.
inline std::string check_html(const std::string& h) {
    static const std::set<std::string> kVoid = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "wbr"};
    std::vector<std::string> stack;
    std::set<std::string> ids;
    size_t i = 0, svg_depth = 0;
    auto line_of = [&](size_t at) { return std::to_string(1 + std::count(h.begin(), h.begin() + static_cast<long>(at), '\n')); };
    while (i < h.size()) {
        const char c = h[i];
        if (c == '&') {
            size_t j = i + 1;
            if (j < h.size() && h[j] == '#') ++j;
            const size_t name = j;
            while (j < h.size() && std::isalnum(static_cast<unsigned char>(h[j]))) ++j;
            if (j == name || j >= h.size() || h[j] != ';') return "bare '&' at line " + line_of(i);
            i = j + 1;
            continue;
        }
        if (c == '>') return "bare '>' at line " + line_of(i);
        if (c != '<') {
            ++i;
            continue;
        }
        if (h.compare(i, 4, "<!--") == 0) {
            const size_t end = h.find("-->", i);
            if (end == std::string::npos) return "unclosed comment";
            i = end + 3;
            continue;
        }
        if (h.compare(i, 9, "<!DOCTYPE") == 0) {
            i = h.find('>', i) + 1;
            continue;
        }
        const bool closing = i + 1 < h.size() && h[i + 1] == '/';
        size_t j = i + (closing ? 2 : 1);
        const size_t name_start = j;
        while (j < h.size() && (std::isalnum(static_cast<unsigned char>(h[j])) || h[j] == '-')) ++j;
        const std::string name = h.substr(name_start, j - name_start);
        if (name.empty()) return "bare '<' at line " + line_of(i);
        if (closing) {
            if (j >= h.size() || h[j] != '>') return "bad closing tag </" + name + " at line " + line_of(i);
            if (stack.empty() || stack.back() != name)
                return "</" + name + "> closes <" + (stack.empty() ? std::string("nothing") : stack.back()) + "> at line " + line_of(i);
            stack.pop_back();
            if (name == "svg") --svg_depth;
            i = j + 1;
            continue;
        }
        // Attributes: name="value" (or name='value'), separated by spaces.
        bool self_closing = false;
        while (true) {
            while (j < h.size() && std::isspace(static_cast<unsigned char>(h[j]))) ++j;
            if (j >= h.size()) return "unterminated <" + name + ">";
            if (h[j] == '>') break;
            if (h[j] == '/' && j + 1 < h.size() && h[j + 1] == '>') {
                self_closing = true;
                ++j;
                break;
            }
            const size_t an = j;
            while (j < h.size() && (std::isalnum(static_cast<unsigned char>(h[j])) || h[j] == '-' || h[j] == ':' || h[j] == '_')) ++j;
            if (j == an) return "bad attribute in <" + name + "> at line " + line_of(j);
            const std::string attr = h.substr(an, j - an);
            if (j < h.size() && h[j] == '=') {
                ++j;
                if (j >= h.size() || (h[j] != '"' && h[j] != '\'')) return "unquoted attribute " + attr + " at line " + line_of(j);
                const char quote = h[j];
                const size_t end = h.find(quote, j + 1);
                if (end == std::string::npos) return "unterminated attribute " + attr;
                const std::string value = h.substr(j + 1, end - j - 1);
                if (value.find('<') != std::string::npos) return "'<' in attribute " + attr + " at line " + line_of(j);
                if (attr == "id" && !ids.insert(value).second) return "duplicate id '" + value + "'";
                j = end + 1;
            }
        }
        if (self_closing && svg_depth == 0 && name != "svg") return "self-closing <" + name + "/> outside svg at line " + line_of(i);
        i = j + 1;
        if (name == "style" || name == "script") {
            const size_t end = h.find("</" + name + ">", i);
            if (end == std::string::npos) return "unclosed <" + name + ">";
            if (h.substr(i, end - i).find('<') != std::string::npos) return "'<' inside <" + name + ">";
            i = end + name.size() + 3;
            continue;
        }
        if (self_closing || (svg_depth == 0 && kVoid.count(name))) continue;
        stack.push_back(name);
        if (name == "svg") ++svg_depth;
    }
    if (!stack.empty()) return "unclosed <" + stack.back() + ">";
    return {};
}

}  // namespace lwp::test
