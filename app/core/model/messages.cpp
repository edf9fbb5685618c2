#include "core/model/messages.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>

namespace lwp::core {

namespace {

void report(std::vector<Diagnostic>& out, const std::string& file, int line, std::string message,
            Diagnostic::Level level = Diagnostic::Level::Error) {
    out.push_back({level, {file, line}, std::move(message)});
}

// The value of one "..." token (with its escapes), or false when it is not one.
bool unquote(std::string_view s, std::string& value, std::string& why) {
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') {
        why = "expected a quoted string";
        return false;
    }
    for (size_t i = 1; i + 1 < s.size(); ++i) {
        char c = s[i];
        if (c == '"') {
            why = "a quote inside a string must be written \\\"";
            return false;
        }
        if (c != '\\') {
            value += c;
            continue;
        }
        if (i + 2 >= s.size()) {
            why = "a string ends in a lone backslash";
            return false;
        }
        switch (s[++i]) {
            case 'n': value += '\n'; break;
            case 't': value += '\t'; break;
            case '"': value += '"'; break;
            case '\\': value += '\\'; break;
            default:
                why = std::string("unknown escape \\") + s[i];
                return false;
        }
    }
    return true;
}

std::string_view strip(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

PoFile parse_po(std::string_view text, const std::string& file, std::vector<Diagnostic>& out) {
    PoFile po;
    // The entry being read: its keyword strings, where it began, whether it went wrong.
    struct Entry {
        std::string id, str;
        bool has_id = false, has_str = false, bad = false;
        int line = 0;
        std::string* target = nullptr;  // where continuation lines go
    } e;
    bool seen_header = false;
    auto finish = [&] {
        if (e.bad || (!e.has_id && !e.has_str)) {
            e = Entry{};
            return;
        }
        if (!e.has_id || !e.has_str) {
            report(out, file, e.line, e.has_id ? "msgid \"" + e.id + "\" has no msgstr" : "msgstr without a msgid");
        } else if (e.id.empty()) {
            if (seen_header) report(out, file, e.line, "a second header entry (msgid \"\")");
            seen_header = true;
            po.header = e.str;
        } else if (po.messages.count(e.id)) {
            report(out, file, e.line, "msgid \"" + e.id + "\" again (first at line " + std::to_string(po.lines[e.id]) + "); the first one counts");
        } else if (e.str.empty()) {
            report(out, file, e.line, "msgid \"" + e.id + "\" has an empty msgstr: not translated", Diagnostic::Level::Warning);
        } else {
            po.lines.emplace(e.id, e.line);
            po.messages.emplace(e.id, e.str);
        }
        e = Entry{};
    };

    int line_no = 0;
    size_t pos = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // a byte-order mark some editors write
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = strip(text.substr(pos, nl - pos));
        pos = nl + 1;
        ++line_no;
        if (line.empty()) {
            finish();
            continue;
        }
        if (line.front() == '#') continue;  // translator and extracted comments, flags, references
        if (e.bad) continue;                 // the rest of a malformed entry
        std::string why;
        if (line.front() == '"') {
            if (!e.target) {
                report(out, file, line_no, "a string line outside msgid or msgstr");
                e.bad = true;
            } else if (!unquote(line, *e.target, why)) {
                report(out, file, line_no, why);
                e.bad = true;
            }
            continue;
        }
        const size_t sp = line.find_first_of(" \t");
        const std::string_view word = line.substr(0, sp);
        const std::string_view rest = sp == std::string_view::npos ? std::string_view{} : strip(line.substr(sp));
        if (word == "msgid") {
            if (e.has_id || e.has_str) finish();  // an entry without a blank line after it
            e.line = line_no;
            e.has_id = true;
            e.target = &e.id;
        } else if (word == "msgstr") {
            if (!e.has_id || e.has_str) {
                report(out, file, line_no, e.has_str ? "a second msgstr in one entry" : "msgstr without a msgid");
                e.bad = true;
                continue;
            }
            e.has_str = true;
            e.target = &e.str;
        } else {
            const bool known = word == "msgctxt" || word == "msgid_plural" || word.substr(0, 7) == "msgstr[";
            report(out, file, line_no,
                   known ? std::string(word) + " is not used by this catalogue (one key, one text)" : "unknown keyword '" + std::string(word) + "'");
            if (!e.line) e.line = line_no;
            e.bad = true;
            continue;
        }
        if (!unquote(rest, *e.target, why)) {
            report(out, file, line_no, why);
            e.bad = true;
        }
    }
    finish();
    return po;
}

Messages Messages::load_dir(const std::filesystem::path& dir, std::vector<Diagnostic>& out) {
    Messages m;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    std::filesystem::directory_iterator it(dir, ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".po") files.push_back(it->path());
    if (ec) report(out, dir.string(), 0, "the message folder cannot be read: " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) {
            report(out, path.string(), 0, "cannot be read");
            continue;
        }
        m.add(path.stem().string(), parse_po(text.str(), path.string(), out));
    }
    if (!m.files_.count("nl") && !ec) report(out, (dir / "nl.po").string(), 0, "the Dutch messages are missing: every fallback ends at the key");
    return m;
}

void Messages::add(std::string code, PoFile file) { files_[std::move(code)] = std::move(file); }

std::vector<std::string> Messages::languages() const {
    std::vector<std::string> codes;
    if (files_.count("nl")) codes.push_back("nl");
    for (const auto& [code, file] : files_)
        if (code != "nl") codes.push_back(code);
    return codes;
}

const PoFile* Messages::file(std::string_view code) const {
    auto it = files_.find(code);
    return it == files_.end() ? nullptr : &it->second;
}

const std::string* Messages::find(std::string_view code, std::string_view key) const {
    const PoFile* f = file(code);
    if (!f) return nullptr;
    auto it = f->messages.find(key);
    return it == f->messages.end() ? nullptr : &it->second;
}

const char* Messages::get(std::string_view code, std::string_view key) const {
    if (const std::string* s = find(code, key)) return s->c_str();
    if (const std::string* s = find("nl", key)) return s->c_str();
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    auto it = missing_.find(key);
    if (it == missing_.end()) it = missing_.emplace(std::string(key), std::string(key)).first;
    return it->second.c_str();
}

namespace {

// format_message over any list: `arg(i)` is the i-th argument's text, read in place.
template <class Arg>
std::string format_with(std::string_view pattern, size_t count, Arg arg) {
    std::string out;
    size_t size = pattern.size();
    for (size_t i = 0; i < count; ++i) size += arg(i).size();
    out.reserve(size);
    size_t next = 0;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == '%') {
            out += '%';
            ++i;
        } else if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's' && next < count) {
            out += arg(next++);
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace

std::string format_message(std::string_view pattern, const std::vector<std::string>& args) {
    return format_with(pattern, args.size(), [&](size_t i) -> const std::string& { return args[i]; });
}

Phrase phrase(std::string key, std::string_view dutch, PhraseArgs args) {
    Phrase p;
    p.text.nl = format_with(dutch, args.list.size(), [&](size_t i) -> const std::string& { return args.list[i].text.nl; });
    p.key = std::move(key);
    p.args = std::move(args.list);
    return p;
}

std::vector<std::string> printf_args(std::string_view text) {
    std::vector<std::string> args;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') continue;
        size_t j = i + 1;
        while (j < text.size() && std::string_view("-+ #0").find(text[j]) != std::string_view::npos) ++j;
        while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.' || text[j] == '*')) ++j;
        while (j < text.size() && (text[j] == 'l' || text[j] == 'z' || text[j] == 'h')) ++j;
        if (j < text.size() && std::string_view("diouxXeEfgGcsp%").find(text[j]) != std::string_view::npos) {
            args.emplace_back(text.substr(i, j - i + 1));
            i = j;
        }
    }
    return args;
}

}  // namespace lwp::core
