// Core's evidence in other languages: an evidence line with a message key renders in Dutch exactly
// as core wrote it (the ledgers stay as they are) and in English without the Dutch words, in the
// debrief and in the English report of a played route.
#include <doctest/doctest.h>

#include "case_routes.hpp"
#include "core/report/report.hpp"
#include "core/store/catalogue.hpp"
#include "core/store/persistence.hpp"
#include "helpers.hpp"

using namespace lwp;

namespace {
struct Demo {
    const char* file;
    const char* case_id;
    const char* name;
};
constexpr Demo kDemos[] = {
    {"piet.lua", "piet", "fouten"},
    {"piet.lua", "piet", "expert"},
    {"oefencasus.lua", "oefencasus", "zwak"},
    {"huiselijk_geweld.lua", "huiselijk_geweld", "fouten"},
    {"dreigende_uitzetting.lua", "dreigende_uitzetting", "fouten"},
};
// Dutch that core used to write into these lines.
constexpr const char* kDutchMarkers[] = {"Gekozen: ", "In plaats daarvan gekozen", "’ bereikt", "Stap ‘"};
}  // namespace

TEST_CASE("english evidence: keyed lines read in Dutch as core wrote them and in English without its Dutch") {
    size_t keyed = 0;
    for (const Demo& d : kDemos) {
        CAPTURE(d.case_id);
        CAPTURE(d.name);
        const auto sc = test::load_case(d.file);
        const auto played = test::play(sc, test::demo_actions(d.case_id, d.name));
        for (const auto& e : played.report.ledger)
            for (const auto& ev : e.evidence) {
                if (ev.key.empty()) continue;
                ++keyed;
                CAPTURE(ev.text);
                CHECK(core::evidence_text(ev, core::Lang::Nl) == ev.text);
                const std::string en = core::evidence_text(ev, core::Lang::En);
                // Where the message itself differs per language, so does the line.
                if (std::string(core::message("nl", ev.key)) != core::message("en", ev.key)) CHECK(en != ev.text);
                for (const char* m : kDutchMarkers) CHECK_MESSAGE(en.find(m) == std::string::npos, en);
                CHECK(en.find("score.") == std::string::npos);  // the message was found
            }
    }
    CHECK(keyed > 30);  // the choice lines are in every ledger
}

TEST_CASE("english evidence: the English report of a played route has no Dutch choice lines") {
    const auto sc = test::load_case("piet.lua");
    std::string error;
    const auto bytes = core::read_file(test::demo_log("piet", "fouten"), error);
    REQUIRE_MESSAGE(bytes, error);
    const auto session = core::session_from_json(*bytes, error);
    REQUIRE_MESSAGE(session, error);
    core::ReportOptions en;
    en.lang = core::Lang::En;
    const core::Reports r = core::make_reports(*sc.scenario, sc.runtime.get(), *session, en);
    REQUIRE(r.problem.empty());
    for (const std::string* text : {&r.markdown, &r.html}) {
        for (const char* m : kDutchMarkers) CHECK_MESSAGE(text->find(m) == std::string::npos, m);
        CHECK(text->find("Chosen: ‘") != std::string::npos);
    }
    // The Dutch report still says it in Dutch.
    const core::Reports nl = core::make_reports(*sc.scenario, sc.runtime.get(), *session, {});
    CHECK(nl.markdown.find("Gekozen: ‘") != std::string::npos);
    CHECK(nl.markdown.find("Chosen: ‘") == std::string::npos);
}
