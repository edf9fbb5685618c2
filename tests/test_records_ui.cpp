// Learning records in the app (issue 23): statements are queued with every save of the open
// session once an LRS is configured, sent by the background sender (a fake LRS on 127.0.0.1),
// never queued without an LRS; deleting a session deletes its records; the settings window and
// the privacy section draw in both languages and the connection test runs off the UI thread.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "fake_lrs.hpp"
#include "helpers.hpp"
#include "lrs/queue.hpp"
#include "ui_harness.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {
size_t queued(const core::DataDir& data, size_t* sent = nullptr) {
    const lrs::LrsDir dir(data);
    std::string error;
    size_t n = 0;
    if (sent) *sent = 0;
    for (const auto& s : lrs::queued_sessions(dir)) {
        n += lrs::read_queue(dir, s, error).size();
        if (sent) *sent += lrs::read_sent(dir, s).size();
    }
    return n;
}
}  // namespace

TEST_CASE("records in the app: nothing is queued without an LRS") {
    test::Headless h;
    test::TempDir data;
    ui::App app(core::DataDir{data.path}, test::fixture("scenarios"));
    app.library_service().load();
    app.start_session(0);
    app.sessions().perform(core::make_choose("begin", "wachten"));
    app.flush_saves();
    CHECK(queued(core::DataDir{data.path}) == 0);
    CHECK(!fs::exists(lrs::LrsDir(core::DataDir{data.path}).queue()));
}

TEST_CASE("records in the app: queued with the session, sent in the background, forgotten with the session") {
    test::Headless h;
    test::TempDir data;
    const core::DataDir dir{data.path};
    test::FakeLrs fake(test::FakeLrs::Mode::Accept);
    ui::App app(dir, test::fixture("scenarios"));
    app.library_service().load();
    lrs::LrsSettings s;
    s.endpoint = fake.endpoint();
    s.user = "sleutel";
    s.password = "geheim";
    s.organisation = "Gemeente Oost";
    std::string error;
    REQUIRE(app.records().set_settings(s, error));
    app.start_session(0);
    REQUIRE(app.session());
    app.sessions().perform(core::make_choose("begin", "wachten"));
    app.sessions().perform(core::make_choose("crisis", "ingrijpen"));
    REQUIRE(app.session()->state().finished());
    app.flush_saves();
    const size_t n = queued(dir);
    CHECK(n >= 5);  // launched, steps, choices, completed (and criteria)
    CHECK(!app.records().settings().pseudonym.empty());  // chosen once and kept
    size_t sent = 0;
    for (int i = 0; i < 400 && (queued(dir, &sent), sent < n); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
    CHECK(sent == n);
    CHECK(!fake.requests().empty());

    // Drawn: the privacy section and the settings window, Dutch and English; the test button
    // starts a worker and the answer arrives without a frame waiting for it.
    app.show_privacy();
    app.ui.show_records_settings = true;
    h.frame(app);
    h.frame(app);
    app.records().start_test(app.records().settings());
    for (int i = 0; i < 400 && app.records().test_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
    app.set_language(core::Lang::En);
    h.frame(app);
    app.set_language(core::Lang::Nl);
    h.frame(app);

    const std::string id = app.session()->session().id;
    REQUIRE(app.delete_session(id));
    CHECK(queued(dir) == 0);
    CHECK(!fs::exists(lrs::LrsDir(dir).sent_file(id)));
}
