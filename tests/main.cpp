// The doctest main. Two rules on top of doctest's own:
//   - a run in which no test case matched the filters FAILS (exit 1). CTest runs one entry per
//     case with --test-case=NAME; a name CTest mangled (a ';' splits it) would otherwise match
//     nothing and pass. tests/ctest_guard.cmake checks the entries against the list as well.
//   - a run whose every case ended for a missing tool (tests/tools.hpp) exits 77: CTest shows it
//     as Skipped (SKIP_RETURN_CODE 77), not as Passed.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>

#include "tools.hpp"

namespace {

struct RunStats {
    bool ended = false;  // false in query modes (--list-test-cases, --help, ...)
    unsigned matched = 0;
};
RunStats g_run;

// Records how many cases passed the filters; reports nothing itself.
struct CountListener : doctest::IReporter {
    explicit CountListener(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats& s) override {
        g_run.ended = true;
        g_run.matched = s.numTestCasesPassingFilters;
    }
    void test_case_start(const doctest::TestCaseData&) override {}
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};
REGISTER_LISTENER("lwp-count", 1, CountListener);

}  // namespace

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    const int result = context.run();
    if (context.shouldExit() || !g_run.ended) return result;
    if (g_run.matched == 0) {
        std::fprintf(stderr, "no test case matches the filters: nothing ran, and that is a failure\n");
        return 1;
    }
    if (result == 0 && lwp::test::tool_skips > 0 && static_cast<unsigned>(lwp::test::tool_skips) == g_run.matched) return 77;
    return result;
}
