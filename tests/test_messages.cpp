// The message catalogue (core/model/messages.hpp): the .po reader, the fallback chain, the
// program's own catalogue in assets/i18n and the UI's tr() reading it.
#include <doctest/doctest.h>

#include <cstring>

#include "core/model/messages.hpp"
#include "core/store/catalogue.hpp"
#include "core/store/persistence.hpp"
#include "helpers.hpp"
#include "ui/strings.hpp"

using namespace lwp;

namespace {
std::string joined(const std::vector<core::Diagnostic>& d) {
    std::string s;
    for (const auto& x : d) s += x.str() + "\n";
    return s;
}
}  // namespace

TEST_CASE("messages: a .po file with continuation lines, escapes, comments and a header") {
    const std::string po = "# a translator's comment\n"
                           "msgid \"\"\n"
                           "msgstr \"\"\n"
                           "\"Language: en\\n\"\n"
                           "\n"
                           "#. printf arguments: %d\n"
                           "msgid \"ui.one\"\n"
                           "msgstr \"first \"\n"
                           "\"and second\\n\"\n"
                           "\"line with \\\"quotes\\\", a \\\\ and a\\ttab\"\n"
                           "\n"
                           "msgid \"ui.two\"\n"
                           "msgstr \"Twee\"\n";  // no blank line at the end
    std::vector<core::Diagnostic> d;
    const core::PoFile f = core::parse_po(po, "x.po", d);
    CHECK_MESSAGE(d.empty(), joined(d));
    CHECK(f.header == "Language: en\n");
    REQUIRE(f.messages.size() == 2);
    CHECK(f.messages.at("ui.one") == "first and second\nline with \"quotes\", a \\ and a\ttab");
    CHECK(f.messages.at("ui.two") == "Twee");
    CHECK(f.lines.at("ui.one") == 7);
    CHECK(f.lines.at("ui.two") == 12);
}

TEST_CASE("messages: a malformed entry is reported with file and line and the rest still loads") {
    const std::string po = "msgid \"ui.good\"\n"
                           "msgstr \"goed\"\n"
                           "\n"
                           "msgid \"ui.bad_escape\"\n"
                           "msgstr \"a \\q b\"\n"  // line 5
                           "\n"
                           "msgid \"ui.unclosed\n"  // line 7
                           "msgstr \"x\"\n"
                           "\n"
                           "msgctxt \"menu\"\n"  // line 10
                           "msgid \"ui.ctx\"\n"
                           "msgstr \"y\"\n"
                           "\n"
                           "msgid \"ui.no_str\"\n"  // line 14
                           "\n"
                           "msgid \"ui.good\"\n"  // line 16: a duplicate
                           "msgstr \"tweede\"\n"
                           "\n"
                           "msgid \"ui.empty\"\n"  // line 19
                           "msgstr \"\"\n"
                           "\n"
                           "msgid \"ui.after\"\n"
                           "msgstr \"na\"\n";
    std::vector<core::Diagnostic> d;
    const core::PoFile f = core::parse_po(po, "nl.po", d);
    const std::string all = joined(d);
    CHECK(all.find("nl.po:5: fout: unknown escape \\q") != std::string::npos);
    CHECK(all.find("nl.po:7: fout: expected a quoted string") != std::string::npos);
    CHECK(all.find("nl.po:10: fout: msgctxt is not used") != std::string::npos);
    CHECK(all.find("nl.po:14: fout: msgid \"ui.no_str\" has no msgstr") != std::string::npos);
    CHECK(all.find("nl.po:16: fout: msgid \"ui.good\" again (first at line 1)") != std::string::npos);
    CHECK(all.find("nl.po:19: waarschuwing: msgid \"ui.empty\" has an empty msgstr") != std::string::npos);
    CHECK(d.size() == 6);
    CHECK(f.messages.size() == 2);
    CHECK(f.messages.at("ui.good") == "goed");
    CHECK(f.messages.at("ui.after") == "na");
}

TEST_CASE("messages: the fallback chain is the language, then Dutch, then the key itself") {
    core::Messages m;
    std::vector<core::Diagnostic> d;
    m.add("nl", core::parse_po("msgid \"a\"\nmsgstr \"A-nl\"\n\nmsgid \"b\"\nmsgstr \"B-nl\"\n", "nl.po", d));
    m.add("en", core::parse_po("msgid \"a\"\nmsgstr \"A-en\"\n", "en.po", d));
    REQUIRE(d.empty());
    CHECK(std::string(m.get("en", "a")) == "A-en");
    CHECK(std::string(m.get("en", "b")) == "B-nl");
    CHECK(std::string(m.get("fr", "a")) == "A-nl");
    CHECK(std::string(m.get("en", "ui.nowhere")) == "ui.nowhere");
    CHECK(m.get("en", "ui.nowhere") == m.get("nl", "ui.nowhere"));  // one stored copy of the key
    CHECK(m.find("en", "b") == nullptr);
}

TEST_CASE("messages: adding a language is adding one file in the folder") {
    test::TempDir dir;
    test::spit(dir.path / "nl.po", "msgid \"language.name\"\nmsgstr \"Nederlands\"\n\nmsgid \"ui.x\"\nmsgstr \"Iks\"\n\nmsgid \"ui.y\"\nmsgstr \"IJ\"\n");
    test::spit(dir.path / "de.po", "msgid \"language.name\"\nmsgstr \"Deutsch\"\n\nmsgid \"ui.x\"\nmsgstr \"Ix\"\n");
    test::spit(dir.path / "notes.txt", "not a catalogue");
    std::vector<core::Diagnostic> d;
    const core::Messages m = core::Messages::load_dir(dir.path, d);
    CHECK_MESSAGE(d.empty(), joined(d));
    CHECK(m.languages() == std::vector<std::string>{"nl", "de"});
    CHECK(std::string(m.get("de", "language.name")) == "Deutsch");
    CHECK(std::string(m.get("de", "ui.x")) == "Ix");
    CHECK(std::string(m.get("de", "ui.y")) == "IJ");  // not translated yet: Dutch

    test::TempDir empty;
    d.clear();
    const core::Messages none = core::Messages::load_dir(empty.path / "absent", d);
    CHECK(none.languages().empty());
    CHECK(joined(d).find("cannot be read") != std::string::npos);
    CHECK(std::string(none.get("nl", "ui.x")) == "ui.x");
}

TEST_CASE("messages: printf arguments are found in order") {
    CHECK(core::printf_args("%d van %d labels, %zu extra: %d%% en %s") ==
          std::vector<std::string>{"%d", "%d", "%zu", "%d", "%%", "%s"});
    CHECK(core::printf_args("100 procent").empty());
}

TEST_CASE("messages: the program's catalogue has Dutch and English and the UI reads it") {
    const core::Messages& m = core::catalogue();
    const auto langs = m.languages();
    REQUIRE(langs.size() >= 2);
    CHECK(langs[0] == "nl");
    CHECK(std::find(langs.begin(), langs.end(), "en") != langs.end());
    for (size_t i = 0; i < static_cast<size_t>(ui::S::Count); ++i) {
        const auto s = static_cast<ui::S>(i);
        CAPTURE(ui::key_of(s));
        CHECK(m.find("nl", ui::key_of(s)) != nullptr);
        CHECK(m.find("en", ui::key_of(s)) != nullptr);
        CHECK(core::printf_args(ui::tr(s, core::Lang::Nl)) == core::printf_args(ui::tr(s, core::Lang::En)));
    }
    CHECK(std::string(ui::tr(ui::S::LibraryTitle, core::Lang::Nl)) == "Kies een casus");
    CHECK(std::string(ui::tr(ui::S::LibraryTitle, core::Lang::En)) == "Choose a case");

    const std::string before = ui::language_code();
    ui::set_language_code("en");
    CHECK(ui::language() == core::Lang::En);
    CHECK(std::string(ui::tr(ui::S::Undo)) == "Undo");
    CHECK(std::string(ui::language_name("en")) == "English");
    ui::set_language_code("xx");  // no such file: Dutch texts, Dutch scenario texts
    CHECK(ui::language() == core::Lang::Nl);
    CHECK(std::string(ui::tr(ui::S::Undo)) == "Ongedaan maken");
    ui::set_language_code(before);
}

TEST_CASE("messages: a catalogue language other than Dutch or English is kept in the settings") {
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    core::Settings st;
    st.language_code = "de";
    REQUIRE(core::save_settings(data, st, error));
    CHECK(test::slurp(data.settings_file()).find("\"language\": \"de\"") != std::string::npos);
    core::Settings back = core::load_settings(data, error);
    CHECK(error.empty());
    CHECK(back.language_code == "de");
    CHECK(back.language == core::Lang::Nl);  // the scenario texts: Dutch

    st.language_code.clear();
    st.language = core::Lang::En;  // only the content language set, as older code does
    REQUIRE(core::save_settings(data, st, error));
    back = core::load_settings(data, error);
    CHECK(back.language_code == "en");
    CHECK(back.language == core::Lang::En);

    test::spit(data.settings_file(), "{\"leerwerkplaats_instellingen\": {\"cereal_class_version\": 2, \"language\": \"../x\","
                                     " \"ui_scale\": 1.0, \"last_session\": \"\", \"author\": false}}");
    back = core::load_settings(data, error);
    CHECK(back.language_code == "nl");  // not a language code: the default
}
