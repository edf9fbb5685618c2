// The catalogue's checks: tools/check_messages.py (missing, unused and mis-argumented messages per
// language; also tried on a planted tree) and Debian's `msgfmt --check` on every .po file.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "tools.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {
fs::path source_root() { return fs::path(LWP_TEST_FIXTURES).parent_path().parent_path(); }
std::string q(const fs::path& p) { return "'" + p.string() + "'"; }
}  // namespace

TEST_CASE("messages check: every language has every message the program uses and no other") {
    if (!test::need_tool("/usr/bin/python3", "python3")) return;
    const auto r = test::run_command("/usr/bin/python3 " + q(source_root() / "tools" / "check_messages.py") + " " + q(source_root()));
    CHECK_MESSAGE(r.code == 0, r.out);
    CHECK(r.out.find("nl: ") != std::string::npos);
    CHECK(r.out.find("en: ") != std::string::npos);
}

TEST_CASE("messages check: a planted tree with a missing, an unused and a mis-argumented message fails") {
    if (!test::need_tool("/usr/bin/python3", "python3")) return;
    test::TempDir dir;
    fs::create_directories(dir.path / "app" / "ui");
    fs::create_directories(dir.path / "assets" / "i18n");
    test::spit(dir.path / "app" / "ui" / "view.cpp",
               "// \"ui.in_a_comment\" is not a use\nconst char* a = \"ui.used\";\nconst char* b = \"report.count\";\n"
               "const char* file = \"report.html\";\n");
    test::spit(dir.path / "assets" / "i18n" / "nl.po",
               "msgid \"ui.used\"\nmsgstr \"gebruikt\"\n\nmsgid \"report.count\"\nmsgstr \"%d van %d\"\n\n"
               "msgid \"ui.stale\"\nmsgstr \"oud\"\n");
    test::spit(dir.path / "assets" / "i18n" / "de.po", "msgid \"report.count\"\nmsgstr \"%d\"\n");
    const auto r = test::run_command("/usr/bin/python3 " + q(source_root() / "tools" / "check_messages.py") + " " + q(dir.path));
    CHECK(r.code == 1);
    CHECK_MESSAGE(r.out.find("assets/i18n/nl.po:7: unused ui.stale") != std::string::npos, r.out);
    CHECK_MESSAGE(r.out.find("assets/i18n/de.po: missing ui.used (used at app/ui/view.cpp:2)") != std::string::npos, r.out);
    CHECK_MESSAGE(r.out.find("assets/i18n/de.po:1: args report.count: %d where Dutch has %d %d") != std::string::npos, r.out);
    CHECK(r.out.find("ui.in_a_comment") == std::string::npos);
    CHECK(r.out.find("report.html") == std::string::npos);
    CHECK(r.out.find("nl: 3 messages, 0 missing, 1 unused") != std::string::npos);

    // Complete it: the check passes.
    test::spit(dir.path / "assets" / "i18n" / "nl.po", "msgid \"ui.used\"\nmsgstr \"gebruikt\"\n\nmsgid \"report.count\"\nmsgstr \"%d van %d\"\n");
    test::spit(dir.path / "assets" / "i18n" / "de.po", "msgid \"ui.used\"\nmsgstr \"benutzt\"\n\nmsgid \"report.count\"\nmsgstr \"%d von %d\"\n");
    const auto ok = test::run_command("/usr/bin/python3 " + q(source_root() / "tools" / "check_messages.py") + " " + q(dir.path));
    CHECK_MESSAGE(ok.code == 0, ok.out);
}

TEST_CASE("messages check: msgfmt --check accepts every .po file") {
    if (!test::need_tool("/usr/bin/msgfmt", "gettext")) return;
    int files = 0;
    for (const auto& entry : fs::directory_iterator(source_root() / "assets" / "i18n")) {
        if (entry.path().extension() != ".po") continue;
        ++files;
        CAPTURE(entry.path().string());
        const auto r = test::run_command("/usr/bin/msgfmt --check -o /dev/null " + q(entry.path()));
        CHECK_MESSAGE(r.code == 0, r.out);
        CHECK_MESSAGE(r.out.empty(), r.out);  // no warnings either (a header field missing, ...)
    }
    CHECK(files >= 2);

    // msgfmt would catch what it is here for: a broken file fails.
    test::TempDir dir;
    test::spit(dir.path / "bad.po", "msgid \"ui.a\"\nmsgstr \"een\"\n\nmsgid \"ui.a\"\nmsgstr \"twee\"\n");
    CHECK(test::run_command("/usr/bin/msgfmt --check -o /dev/null " + q(dir.path / "bad.po")).code != 0);
}
