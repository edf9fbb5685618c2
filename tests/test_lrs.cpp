// Learning records (issue 23) without a real LRS: statement ids and contents, the offline queue,
// the settings file, the client against a fake LRS on 127.0.0.1 (500, hanging, 401, 409 and
// 400 for one statement of a batch), the background sender, and the monitor's arithmetic.
#include <doctest/doctest.h>

#include <rapidjson/document.h>
#include <sys/stat.h>

#include <chrono>
#include <set>
#include <thread>

#include "core/store/persistence.hpp"
#include "fake_lrs.hpp"
#include "helpers.hpp"
#include "lrs/monitor.hpp"
#include "lrs/profile.hpp"
#include "lrs/record.hpp"
#include "lrs/sync.hpp"
#include "lrs/uuid.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = fs::path(LWP_TEST_FIXTURES).parent_path().parent_path();  // the source tree

struct Played {
    scripting::LoadedScenario loaded;
    core::Session session;
    core::SessionState state;
};

Played play_log(const std::string& scenario, const std::string& log) {
    Played p;
    p.loaded = scripting::load_scenario_file(fs::path(LWP_SCENARIO_DIR) / (scenario + ".lua"));
    REQUIRE(p.loaded.ok());
    std::string error;
    auto s = core::session_from_json(test::slurp(kSource / "tools/demo" / log), error);
    REQUIRE_MESSAGE(s, error);
    p.session = *s;
    p.session.id = "test-" + scenario;
    auto r = core::replay(*p.loaded.scenario, p.loaded.runtime.get(), p.session);
    REQUIRE_MESSAGE(r.problem.empty(), r.problem);
    p.state = r.state;
    return p;
}

lrs::StatementContext context(bool text = false) {
    return {"https://regio.example/", "p-0042", "Gemeente Oost", "Wijkteam Noord", text};
}

std::vector<rapidjson::Document> parse_all(const std::vector<lrs::Statement>& statements) {
    std::vector<rapidjson::Document> docs;
    for (const auto& s : statements) {
        rapidjson::Document d;
        d.Parse(s.json.c_str());
        REQUIRE_MESSAGE(!d.HasParseError(), s.json);
        docs.push_back(std::move(d));
    }
    return docs;
}

size_t count_verb(const std::vector<rapidjson::Document>& docs, const char* verb) {
    size_t n = 0;
    for (const auto& d : docs) n += std::string(d["verb"]["id"].GetString()) == verb;
    return n;
}

}  // namespace

TEST_CASE("xAPI: UUID v5 matches RFC 4122 and the statement namespace is fixed") {
    const lrs::Uuid dns{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    CHECK(lrs::to_string(lrs::uuid_v5(dns, "www.example.com")) == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://leerwerkplaats.example/xapi/")
    CHECK(lrs::to_string(lrs::statement_namespace()) == "fb8d3c63-6e6e-5a67-97e2-a5b4af4dc910");
    CHECK(lrs::statement_id("demo/gestart") == "3932fe5f-5b5f-5bbd-a80a-df6bdc5957a2");
    CHECK(lrs::sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST_CASE("xAPI: an expert session gives reproducible statements with scores, blocks and the pseudonym") {
    Played p = play_log("piet", "piet-expert.json");
    const auto a = lrs::derive_statements(*p.loaded.scenario, p.loaded.runtime.get(), p.session, p.state, context());
    const auto b = lrs::derive_statements(*p.loaded.scenario, p.loaded.runtime.get(), p.session, p.state, context());
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].id == b[i].id);
        CHECK(a[i].json == b[i].json);
        CHECK(a[i].json.find('\n') == std::string::npos);
    }
    std::set<std::string> ids;
    for (const auto& s : a) ids.insert(s.id);
    CHECK(ids.size() == a.size());

    const auto docs = parse_all(a);
    const core::ScoreReport score = core::score(*p.loaded.scenario, p.state, p.loaded.runtime.get());
    REQUIRE(score.final);
    size_t met = 0, missed = 0, blocks = 0;
    for (const auto& e : score.ledger) met += e.status == core::Status::Met, missed += e.status == core::Status::Missed;
    for (const auto& bs : score.blocks) blocks += bs.assessed();
    CHECK(count_verb(docs, lrs::profile::kLaunched.id) == 1);
    CHECK(count_verb(docs, lrs::profile::kExperienced.id) == p.state.visits.size());
    CHECK(count_verb(docs, lrs::profile::kAnswered.id) == p.state.choices.size());
    CHECK(count_verb(docs, lrs::profile::kPassed.id) == met);
    CHECK(count_verb(docs, lrs::profile::kFailed.id) == missed);
    CHECK(count_verb(docs, lrs::profile::kScored.id) == blocks);
    CHECK(count_verb(docs, lrs::profile::kCompleted.id) == 1);
    for (const auto& d : docs) {
        CHECK(std::string(d["actor"]["account"]["name"].GetString()) == "p-0042");
        CHECK(std::string(d["actor"]["account"]["homePage"].GetString()) == "https://regio.example/");
        CHECK(!d["actor"].HasMember("mbox"));
        CHECK(std::string(d["context"]["extensions"][lrs::profile::kExtOrganisation].GetString()) == "Gemeente Oost");
        CHECK(std::string(d["context"]["extensions"][lrs::profile::kExtTeam].GetString()) == "Wijkteam Noord");
        const std::string verb = d["verb"]["id"].GetString();
        if (verb == lrs::profile::kCompleted.id) {
            CHECK(d["result"]["score"]["scaled"].GetDouble() == doctest::Approx(score.fraction()).epsilon(1e-4));
            CHECK(d["result"]["score"]["raw"].GetDouble() == doctest::Approx(score.earned));
            CHECK(d["result"]["score"]["max"].GetDouble() == doctest::Approx(score.max));
        }
        if (verb == lrs::profile::kPassed.id || verb == lrs::profile::kFailed.id) {
            CHECK(d["context"]["extensions"].HasMember(lrs::profile::kExtBlock));
            CHECK(d["result"]["extensions"].HasMember(lrs::profile::kExtWeight));
            CHECK(d["result"]["success"].GetBool() == (verb == lrs::profile::kPassed.id));
        }
    }
    // A choice carries the building blocks of the criteria that judge it.
    size_t with_blocks = 0;
    for (const auto& d : docs)
        if (std::string(d["verb"]["id"].GetString()) == lrs::profile::kAnswered.id)
            with_blocks += d["context"]["extensions"][lrs::profile::kExtBlocks].Size() > 0;
    CHECK(with_blocks > 0);
}

TEST_CASE("xAPI: a workshop sends votes and group decisions, reflections without text or names unless opted in") {
    Played p = play_log("oefencasus", "workshop-oefencasus-einde.json");
    REQUIRE(!p.state.reflections.empty());
    REQUIRE(!p.state.workshop.decisions.empty());
    const auto plain = lrs::derive_statements(*p.loaded.scenario, p.loaded.runtime.get(), p.session, p.state, context(false));
    const auto docs = parse_all(plain);
    CHECK(count_verb(docs, lrs::profile::kCommented.id) == p.state.reflections.size());
    CHECK(count_verb(docs, lrs::profile::kDecided.id) == p.state.workshop.decisions.size());
    CHECK(count_verb(docs, lrs::profile::kVoted.id) > 0);
    for (const auto& s : plain) {
        for (const auto& r : p.state.reflections) CHECK(s.json.find(r.text()) == std::string::npos);
        for (const auto& name : p.state.workshop.participants) CHECK(s.json.find("\"" + name + "\"") == std::string::npos);
    }
    const auto opted = lrs::derive_statements(*p.loaded.scenario, p.loaded.runtime.get(), p.session, p.state, context(true));
    std::string all;
    for (const auto& s : opted) all += s.json;
    for (const auto& r : p.state.reflections) CHECK(all.find(r.text()) != std::string::npos);
}

TEST_CASE("xAPI: after a rewind a new action at the same index gets a new id, the old statements keep theirs") {
    Played p = play_log("piet", "piet-fouten.json");
    const auto before = lrs::derive_statements(*p.loaded.scenario, p.loaded.runtime.get(), p.session, p.state, context());
    core::Session other = p.session;
    REQUIRE(other.actions.size() > 2);
    other.actions.back().at += 60;  // the same choice, a minute later: another action
    auto r = core::replay(*p.loaded.scenario, p.loaded.runtime.get(), other.actions);
    const auto after = lrs::derive_statements(*p.loaded.scenario, p.loaded.runtime.get(), other, r.state, context());
    std::set<std::string> old_ids;
    for (const auto& s : before) old_ids.insert(s.id);
    size_t shared = 0;
    for (const auto& s : after) shared += old_ids.count(s.id);
    CHECK(shared > 0);                // everything before the changed action is the same statement
    CHECK(shared < after.size());     // what depends on it is new
}

TEST_CASE("xAPI: the queue only grows, keeps the first version of a statement and survives a reread") {
    test::TempDir dir;
    const core::DataDir data{dir.path};
    const lrs::LrsDir lrs_dir(data);
    std::string error;
    std::vector<lrs::Statement> first{{lrs::statement_id("a"), "{\"id\":\"1\"}"}, {lrs::statement_id("b"), "{\"id\":\"2\"}"}};
    size_t added = 0;
    REQUIRE(lrs::enqueue(lrs_dir, "sessie-1", first, error, &added));
    CHECK(added == 2);
    std::vector<lrs::Statement> again{{lrs::statement_id("a"), "{\"id\":\"changed\"}"}, {lrs::statement_id("c"), "{\"id\":\"3\"}"}};
    REQUIRE(lrs::enqueue(lrs_dir, "sessie-1", again, error, &added));
    CHECK(added == 1);
    const auto queue = lrs::read_queue(lrs_dir, "sessie-1", error);
    REQUIRE(queue.size() == 3);
    CHECK(queue[0].json == "{\"id\":\"1\"}");
    CHECK(core::temp_files_for(lrs_dir.queue_file("sessie-1")).empty());
    REQUIRE(lrs::mark_sent(lrs_dir, "sessie-1", {queue[1].id}, error));
    CHECK(lrs::read_sent(lrs_dir, "sessie-1") == std::set<std::string>{queue[1].id});
    const auto sum = lrs::summarise_queue(lrs_dir, 10);
    CHECK(sum.queued == 3);
    CHECK(sum.sent == 1);
    CHECK(!lrs::enqueue(lrs_dir, "../weg", first, error));
    const fs::path killed_save = lrs_dir.queue_file("sessie-1").parent_path() / ("." + lrs_dir.queue_file("sessie-1").filename().string() + ".0badc0de0badc0de.tmp");
    test::spit(killed_save, "half");
    REQUIRE(core::temp_files_for(lrs_dir.queue_file("sessie-1")).size() == 1);
    lrs::forget_session(lrs_dir, "sessie-1");
    CHECK(lrs::queued_sessions(lrs_dir).empty());
    CHECK(!fs::exists(killed_save));  // a killed save's temp file goes too
}

TEST_CASE("xAPI: the settings file is private (0600) and round-trips, also over a wider leftover temp file") {
    test::TempDir dir;
    const core::DataDir data{dir.path};
    const lrs::LrsDir lrs_dir(data);
    lrs::LrsSettings s;
    s.endpoint = "https://lrs.regio.example/xAPI/";
    s.user = "sleutel";
    s.password = "geheim-wachtwoord";
    s.pseudonym = "p-7";
    s.organisation = "GI Zuid";
    s.team = "Team 3";
    s.sending = false;
    std::string error;
    fs::create_directories(lrs_dir.root);
    test::spit(lrs_dir.settings_file().string() + ".tmp", "old");
    fs::permissions(lrs_dir.settings_file().string() + ".tmp", fs::perms(0644));
    REQUIRE(lrs::save_lrs_settings(data, s, error));
    struct stat st {};
    REQUIRE(::stat(lrs_dir.settings_file().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(lrs::load_lrs_settings(data, error) == s);
}

TEST_CASE("xAPI: endpoints — https, or http only to this computer, never credentials in the URL") {
    CHECK(lrs::check_endpoint("https://lrs.regio.example/xAPI").empty());
    CHECK(lrs::check_endpoint("http://127.0.0.1:8080/xAPI/").empty());
    CHECK(lrs::check_endpoint("http://localhost/xAPI/").empty());
    CHECK(!lrs::check_endpoint("http://lrs.regio.example/xAPI/").empty());
    CHECK(!lrs::check_endpoint("https://key:secret@lrs.regio.example/xAPI/").empty());
    CHECK(!lrs::check_endpoint("ftp://lrs.regio.example/").empty());
    CHECK(!lrs::check_endpoint("").empty());
    CHECK(lrs::normalise_endpoint("https://x.example/xAPI") == "https://x.example/xAPI/");
}

namespace {
// A queue of `n` small valid-looking statements in a fresh data dir.
void fill_queue(const core::DataDir& data, size_t n, const std::string& marker_at = {}, size_t marker_index = 0) {
    std::vector<lrs::Statement> st;
    for (size_t i = 0; i < n; ++i) {
        const std::string id = lrs::statement_id("q/" + std::to_string(i));
        st.push_back({id, "{\"id\":\"" + id + "\",\"n\":\"" + (i == marker_index && !marker_at.empty() ? marker_at : "x") + "\"}"});
    }
    std::string error;
    REQUIRE(lrs::enqueue(lrs::LrsDir(data), "s1", st, error));
}
size_t sent_count(const core::DataDir& data) { return lrs::read_sent(lrs::LrsDir(data), "s1").size(); }
}  // namespace

TEST_CASE("xAPI client: batches with the version header and Basic auth, an accepted queue is marked sent") {
    test::TempDir dir;
    const core::DataDir data{dir.path};
    fill_queue(data, 120);
    test::FakeLrs fake(test::FakeLrs::Mode::Accept);
    const auto rep = lrs::send_queue(lrs::LrsDir(data), {fake.endpoint(), "sleutel", "geheim", 5, 5, nullptr});
    CHECK(rep.complete);
    CHECK(rep.accepted == 120);
    CHECK(sent_count(data) == 120);
    const auto reqs = fake.requests();
    REQUIRE(reqs.size() == 3);  // 50 + 50 + 20
    for (const auto& r : reqs) {
        CHECK(r.head.rfind("POST /xAPI/statements HTTP/1.1", 0) == 0);
        CHECK(r.head.find("X-Experience-API-Version: 1.0.3") != std::string::npos);
        CHECK(r.head.find("Authorization: Basic c2xldXRlbDpnZWhlaW0=") != std::string::npos);  // sleutel:geheim
    }
    // The connection test wants an xAPI answer from /about (this fake gives none).
    const lrs::LrsClient client({fake.endpoint(), "sleutel", "geheim", 5, 5, nullptr});
    CHECK(client.test_connection().kind == lrs::HttpResult::Kind::OtherStatus);
    // Nothing pending: a second run sends nothing.
    const auto again = lrs::send_queue(lrs::LrsDir(data), {fake.endpoint(), "sleutel", "geheim", 5, 5, nullptr});
    CHECK(again.pending == 0);
    CHECK(fake.requests().size() == 4);  // three batches and the connection test
}

TEST_CASE("xAPI client: 500 and 401 stop the run with a clear message and keep the queue") {
    for (auto mode : {test::FakeLrs::Mode::Error500, test::FakeLrs::Mode::Unauthorized}) {
        test::TempDir dir;
        const core::DataDir data{dir.path};
        fill_queue(data, 10);
        test::FakeLrs fake(mode);
        const auto rep = lrs::send_queue(lrs::LrsDir(data), {fake.endpoint(), "u", "geheim-123", 5, 5, nullptr});
        CHECK(!rep.complete);
        CHECK(rep.accepted == 0);
        CHECK(sent_count(data) == 0);
        REQUIRE(!rep.messages.empty());
        const std::string msg = rep.messages.back();
        if (mode == test::FakeLrs::Mode::Error500) CHECK(msg.find("(500)") != std::string::npos);
        else CHECK(msg.find("inloggegevens") != std::string::npos);
        CHECK(msg.find("geheim-123") == std::string::npos);
        std::string read_error;
        CHECK(lrs::read_queue(lrs::LrsDir(data), "s1", read_error).size() == 10);
    }
}

TEST_CASE("xAPI client: an LRS that never answers times out within the limit") {
    test::TempDir dir;
    const core::DataDir data{dir.path};
    fill_queue(data, 3);
    test::FakeLrs fake(test::FakeLrs::Mode::Hang);
    const auto t0 = std::chrono::steady_clock::now();
    const auto rep = lrs::send_queue(lrs::LrsDir(data), {fake.endpoint(), "u", "p", 2, 2, nullptr});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(rep.stopped_by == lrs::HttpResult::Kind::Timeout);
    CHECK(seconds < 10);  // bounded (2 s limit), not a speed goal
    REQUIRE(!rep.messages.empty());
    CHECK(rep.messages.back().find("time-out") != std::string::npos);
    CHECK(sent_count(data) == 0);
}

TEST_CASE("xAPI client: a 409 or 400 for one statement of a batch — the others get through") {
    for (bool conflict : {true, false}) {
        test::TempDir dir;
        const core::DataDir data{dir.path};
        fill_queue(data, 8, "MARKER", 5);
        test::FakeLrs fake(test::FakeLrs::Mode::RejectMarked, "MARKER", conflict);
        const auto rep = lrs::send_queue(lrs::LrsDir(data), {fake.endpoint(), "u", "p", 5, 5, nullptr});
        CHECK(fake.requests().size() == 1 + 8);  // the batch, then one by one
        if (conflict) {  // the LRS has that id already: accepted, said so
            CHECK(rep.complete);
            CHECK(rep.already_there == 1);
            CHECK(sent_count(data) == 8);
        } else {  // refused as invalid: stays queued, said so; the run is not complete
            CHECK(!rep.complete);
            CHECK(rep.rejected == 1);
            CHECK(sent_count(data) == 7);
            REQUIRE(!rep.messages.empty());
            CHECK(rep.messages.back().find("(400)") != std::string::npos);
        }
    }
}

TEST_CASE("xAPI sender: sends in the background, backs off after a failure, stops at once while a request hangs") {
    test::TempDir dir;
    const core::DataDir data{dir.path};
    fill_queue(data, 4);
    {
        test::FakeLrs fake(test::FakeLrs::Mode::Error500);
        lrs::LrsSettings s;
        s.endpoint = fake.endpoint();
        s.pseudonym = "p";
        std::string error;
        REQUIRE(lrs::save_lrs_settings(data, s, error));
        lrs::Sender sender(data);
        lrs::Sender::State st;
        for (int i = 0; i < 200 && (st = sender.state()).failures == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
        CHECK(st.failures == 1);
        CHECK(st.next_try > 0);  // waiting before the next try
        CHECK(!st.last.ok);
        CHECK(lrs::load_status(lrs::LrsDir(data)).message.find("(500)") != std::string::npos);
        CHECK(sent_count(data) == 0);
    }
    {  // sending switched off: nothing goes out
        test::FakeLrs fake(test::FakeLrs::Mode::Accept);
        lrs::LrsSettings s;
        s.endpoint = fake.endpoint();
        s.sending = false;
        std::string error;
        REQUIRE(lrs::save_lrs_settings(data, s, error));
        { lrs::Sender sender(data); std::this_thread::sleep_for(std::chrono::milliseconds(300)); }
        CHECK(fake.requests().empty());
        s.sending = true;
        REQUIRE(lrs::save_lrs_settings(data, s, error));
        lrs::Sender sender(data);
        for (int i = 0; i < 200 && sent_count(data) < 4; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
        CHECK(sent_count(data) == 4);
    }
    {  // a hanging LRS does not hold up closing the program
        fill_queue(data, 6);  // adds nothing new: same ids; make new ones
        std::string error;
        REQUIRE(lrs::enqueue(lrs::LrsDir(data), "s2", {{lrs::statement_id("z"), "{\"id\":\"z\"}"}}, error));
        test::FakeLrs fake(test::FakeLrs::Mode::Hang);
        lrs::LrsSettings s;
        s.endpoint = fake.endpoint();
        REQUIRE(lrs::save_lrs_settings(data, s, error));
        auto sender = std::make_unique<lrs::Sender>(data);
        for (int i = 0; i < 200 && fake.requests().empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
        REQUIRE(!fake.requests().empty());
        const auto t0 = std::chrono::steady_clock::now();
        sender.reset();
        CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() < 5);
    }
}

TEST_CASE("xAPI monitor: shares per building block weakest first, months, teams, no pseudonym in the report") {
    using lrs::Record;
    const std::string passed = lrs::profile::kPassed.id, failed = lrs::profile::kFailed.id, done = lrs::profile::kCompleted.id;
    std::vector<Record> r = {
        {passed, "h p-1", "s1", "Gemeente A", "Noord", "2026-03-02T10:00:00Z", "directe_veiligheid", true},
        {failed, "h p-1", "s1", "Gemeente A", "Noord", "2026-03-02T10:00:00Z", "tijdlijn", false},
        {done, "h p-1", "s1", "Gemeente A", "Noord", "2026-03-02T10:00:00Z", "", false},
        {passed, "h p-2", "s2", "GI", "", "2026-04-10T10:00:00Z", "tijdlijn", true},
        {failed, "h p-2", "s2", "GI", "", "2026-04-10T10:00:00Z", "directe_veiligheid", false},
        {failed, "h p-2", "s2", "GI", "", "2026-04-10T10:00:00Z", "tijdlijn", false},
    };
    const lrs::Monitor m = lrs::build_monitor(r, {"2026-01-01", "2026-12-31"});
    CHECK(m.participants == 2);
    CHECK(m.sessions == 2);
    CHECK(m.completed == 1);
    CHECK(m.share.met == 2);
    CHECK(m.share.assessed == 5);
    REQUIRE(m.blocks.size() == 2);
    CHECK(m.blocks[0].block == "tijdlijn");  // 1 of 3 before 1 of 2
    CHECK(m.blocks[0].share.assessed == 3);
    CHECK(m.months.size() == 2);
    CHECK(m.months.at("2026-03").met == 1);
    REQUIRE(m.groups.size() == 2);
    const std::string html = lrs::monitor_html(m, core::Lang::Nl);
    CHECK(html.find("p-1") == std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("Tijdlijn") < html.find("Directe veiligheid"));
    CHECK(lrs::monitor_html(m, core::Lang::En).find("Building blocks") != std::string::npos);
    CHECK(lrs::valid_date("2026-02-28"));
    CHECK(!lrs::valid_date("2026-13-01"));
    CHECK(!lrs::valid_date("28-02-2026"));
}
