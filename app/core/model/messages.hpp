// The message catalogue: every text the program itself writes (UI, report), one GNU gettext .po
// file per language in assets/i18n/ (nl.po, en.po, ...). msgid is a stable dotted key
// ("ui.library_title", "report.section_timeline"), msgstr the text. Adding a language is adding
// one <code>.po file: Messages::load_dir lists what it finds.
//
// Lookup falls back: the requested language → Dutch → the key itself (so a missing message shows
// up on screen as "ui.some_key" instead of an empty label). The program's own catalogue is
// store/catalogue.hpp (it knows where assets/ lives); this file only reads and looks up.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/model/scenario.hpp"

namespace lwp::core {

// One .po file: key → text, in file order. The header entry (msgid "") is kept as `header`.
struct PoFile {
    std::map<std::string, std::string, std::less<>> messages;
    std::map<std::string, int, std::less<>> lines;  // where each key's msgid stands
    std::string header;
};

// Reads the .po subset the catalogue uses: comments (#...), msgid/msgstr with "..." continuation
// lines and the escapes \n \t \" \\. msgctxt and plurals are not used and are reported. A
// malformed entry is reported as "file:line: ..." in `out` and skipped; reading goes on.
PoFile parse_po(std::string_view text, const std::string& file, std::vector<Diagnostic>& out);

class Messages {
public:
    // Every <code>.po in `dir` (code: the file name, "nl", "en", "de", ...). A missing folder or
    // file is reported in `out`; the catalogue is then empty and lookups return keys.
    static Messages load_dir(const std::filesystem::path& dir, std::vector<Diagnostic>& out);

    void add(std::string code, PoFile file);
    // The language codes found, Dutch first, then by code.
    std::vector<std::string> languages() const;
    // The message, or nullptr when `code` does not have it (no fallback).
    const std::string* find(std::string_view code, std::string_view key) const;
    // The message with the fallback chain code → nl → the key itself. The pointer stays valid
    // as long as this catalogue (the key's own storage when nothing matched).
    const char* get(std::string_view code, std::string_view key) const;
    const PoFile* file(std::string_view code) const;

private:
    std::map<std::string, PoFile, std::less<>> files_;
    mutable std::map<std::string, std::string, std::less<>> missing_;  // keys returned as themselves
};

// A message with its arguments: each %s takes the next argument, %% is a percent sign, anything
// else stays as written (a missing argument leaves its %s visible).
std::string format_message(std::string_view pattern, const std::vector<std::string>& args);

// A text that core writes now and a reader sees later in their language: a catalogue message
// (`key`, with its %s arguments) or, without a key, a text as it is (a case's own Text, the
// trainee's words, a number). Core cannot read the catalogue (core/store does), so a message also
// keeps its Dutch rendering in `text.nl` for the ledgers and the Dutch-only readers; catalogue.hpp's
// phrase_text renders it in any language.
struct Phrase {
    Text text;
    std::string key;
    std::vector<Phrase> args;

    Phrase() = default;
    Phrase(Text t) : text(std::move(t)) {}                    // NOLINT: a plain text is a phrase
    Phrase(std::string s) : text{std::move(s), {}, 0, 0} {}   // NOLINT
    Phrase(const char* s) : text{s, {}, 0, 0} {}              // NOLINT
    const std::string& nl() const { return text.nl; }
    bool empty() const { return key.empty() && text.nl.empty(); }
};

// The arguments of a message, written as a braced list where it is made (`{fact, number(n)}`) or
// given as a vector. Each element of the list becomes its Phrase in place: a temporary (a nested
// phrase, a number) is moved, a case's Text is copied once. (A std::vector parameter would take
// the list as an initializer_list, whose elements are const, and copy every nested phrase deeply
// once more: scoring 300 criteria spent most of its time in those copies.)
struct PhraseArgs {
    std::vector<Phrase> list;

    PhraseArgs() = default;
    PhraseArgs(std::vector<Phrase> args) : list(std::move(args)) {}  // NOLINT: a vector is a list
    template <class... A>
        requires(sizeof...(A) > 0 && (std::is_constructible_v<Phrase, A &&> && ...))
    PhraseArgs(A&&... args) {  // NOLINT: a braced list of anything a Phrase is made from
        list.reserve(sizeof...(A));
        (list.emplace_back(std::forward<A>(args)), ...);
    }
};

// The message `key` with `args`; `dutch` is its Dutch text exactly as in assets/i18n/nl.po (the
// tests compare the two), from which text.nl is formatted.
Phrase phrase(std::string key, std::string_view dutch, PhraseArgs args = {});

// printf-style placeholders of a message in order ("%d", "%s", "%zu"; "%%" included), for the
// check that every language uses the same arguments as Dutch.
std::vector<std::string> printf_args(std::string_view text);

}  // namespace lwp::core
