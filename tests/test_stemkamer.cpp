// The stemkamer (issue 18): phones join and vote over HTTP on 127.0.0.1 only; their votes are
// the same workshop actions as keyboard votes; every refusal is a 4xx that changes nothing.
#include <doctest/doctest.h>

#define ZX_USE_UTF8 1  // ZXing 1.4: text() as UTF-8
#include <ZXing/ReadBarcode.h>

#include <atomic>
#include <set>
#include <thread>

#include "core/store/persistence.hpp"
#include "core/report/report.hpp"
#include "stemkamer/network.hpp"
#include "stemkamer_client.hpp"

using namespace lwp;

namespace {

// What only the facilitator may see in the mini case: feedback, criteria and their rationale.
std::vector<std::string> facilitator_texts(const core::Scenario& sc) {
    std::vector<std::string> out;
    for (const auto& step : sc.steps)
        for (const auto& c : step.choices)
            if (!c.feedback.nl.empty()) out.push_back(c.feedback.nl);
    for (const auto& cr : sc.criteria) {
        out.push_back(cr.text.nl);
        if (!cr.rationale.nl.empty()) out.push_back(cr.rationale.nl);
    }
    return out;
}

// Reads the first live-update event (Server-Sent Events) of a participant, with a time limit.
std::string first_event(int port, const std::string& prefix, const std::string& token) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    timeval tv{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in dst{};
    dst.sin_family = AF_INET;
    dst.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &dst.sin_addr);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&dst), sizeof dst) == 0);
    const std::string req = "GET " + prefix + "/api/live?p=" + token + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    REQUIRE(send(fd, req.data(), req.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(req.size()));
    std::string raw;
    char buf[4096];
    for (int i = 0; i < 100 && raw.find("\n\n", raw.find("data: ") == std::string::npos ? raw.size() : raw.find("data: ")) == std::string::npos; ++i) {
        const ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        raw.append(buf, static_cast<size_t>(n));
    }
    close(fd);
    return raw;
}

}  // namespace

TEST_CASE("stemkamer: a phone joins, votes, changes its vote, sees the reveal and reconnects") {
    test::StemkamerFixture f;
    const test::HttpReply page = f.get("/");
    CHECK(page.status == 200);
    CHECK(page.body.find("<html") != std::string::npos);

    const std::string anna = f.join("Anna");
    REQUIRE(anna.size() == 16);
    CHECK(f.room->room().joined() == std::vector<std::string>{"Anna"});

    // The vote is queued on the server's thread and applied on ours as a workshop action.
    CHECK(f.vote(anna, "praten").status == 202);
    CHECK(f.votes_in_log() == 0);
    CHECK(f.poll());
    REQUIRE(f.votes_in_log() == 1);
    const core::Action& logged = f.ctl.session().actions.back();
    CHECK(logged.type == core::action_type::Vote);
    CHECK(logged.target == "praten");
    CHECK(logged.args.at("deelnemer") == "Anna");

    // Changing the vote until the reveal: one vote in the round, both in the log.
    CHECK(f.vote(anna, "wachten").status == 202);
    f.poll();
    CHECK(f.votes_in_log() == 2);
    REQUIRE(f.ctl.state().workshop.round.votes.size() == 1);
    CHECK(f.ctl.state().workshop.round.vote_of("Anna")->choice == "wachten");

    // The keyboard still votes beside the phones.
    REQUIRE(f.ctl.perform(core::Action{core::action_type::Vote, f.ctl.state().step, "praten", {{"deelnemer", "Bram"}}, 0}).ok);
    f.poll();

    // Reconnecting (a reload, a new connection) with the stored token: same name, same vote,
    // and nobody else's vote.
    const test::HttpReply again = f.get("/api/stand?p=" + anna, "127.0.0.9");
    REQUIRE(again.status == 200);
    CHECK(again.body.find(R"("ik":{"naam":"Anna","stem":"wachten"})") != std::string::npos);
    CHECK(again.body.find(R"("verdeling":[])") != std::string::npos);
    CHECK(again.body.find("\"onthuld\":false") != std::string::npos);
    const std::string live = first_event(f.port(), f.prefix, anna);
    CHECK(live.find("text/event-stream") != std::string::npos);
    CHECK(live.find(R"("ik":{"naam":"Anna","stem":"wachten"})") != std::string::npos);

    // The facilitator reveals: the phones see the split, and voting is over.
    REQUIRE(f.ctl.perform(core::Action{core::action_type::Reveal, f.ctl.state().step, "", {}, 0}).ok);
    f.poll();
    const test::HttpReply after = f.get("/api/stand?p=" + anna);
    CHECK(after.body.find("\"onthuld\":true") != std::string::npos);
    CHECK(after.body.find(R"({"id":"wachten","n":1})") != std::string::npos);
    CHECK(after.body.find(R"({"id":"praten","n":1})") != std::string::npos);
    const size_t before = f.ctl.session().actions.size();
    CHECK(f.vote(anna, "praten").status == 409);
    f.poll();
    CHECK(f.ctl.session().actions.size() == before);

    // Undo takes back the reveal like any action; a phone vote is undone like a keyboard one.
    f.ctl.undo();
    f.ctl.undo();
    f.poll();
    CHECK(f.ctl.state().workshop.round.votes.size() == 1);
    CHECK(f.get("/api/stand?p=" + anna).body.find(R"("stem":"wachten")") != std::string::npos);
}

TEST_CASE("stemkamer: refused requests get 4xx and change nothing") {
    test::StemkamerFixture f;
    const std::string anna = f.join("Anna");
    CHECK(f.vote(anna, "praten").status == 202);
    f.poll();
    const std::vector<core::Action> log = f.ctl.session().actions;
    const auto joined = f.room->room().joined();
    const std::string step = f.ctl.state().step;
    const int port = f.port();

    struct Case {
        const char* what;
        std::string method, target, body;
        int status;
    };
    const std::string wrong_room = "/r/" + std::string(16, 'a');
    const std::vector<Case> cases{
        {"no room token", "GET", "/", "", 404},
        {"no room token (api)", "POST", "/api/stem", "p=" + anna + "&stap=" + step + "&keuze=wachten", 404},
        {"wrong room token", "POST", wrong_room + "/api/stem", "p=" + anna + "&stap=" + step + "&keuze=wachten", 404},
        {"wrong room token, page", "GET", wrong_room + "/", "", 404},
        {"room token too short", "GET", f.prefix.substr(0, f.prefix.size() - 1) + "/", "", 404},
        {"no participant token", "POST", f.prefix + "/api/stem", "stap=" + step + "&keuze=wachten", 400},
        {"wrong participant token", "POST", f.prefix + "/api/stem", "p=" + std::string(16, 'b') + "&stap=" + step + "&keuze=wachten", 403},
        {"someone else's name in the body", "POST", f.prefix + "/api/stem", "p=x&deelnemer=Bram&stap=" + step + "&keuze=wachten", 403},
        {"a choice that is not shown", "POST", f.prefix + "/api/stem", "p=" + anna + "&stap=" + step + "&keuze=na_lezen", 400},
        {"a step that is not open", "POST", f.prefix + "/api/stem", "p=" + anna + "&stap=vervolg&keuze=plan", 409},
        {"oversized", "POST", f.prefix + "/api/stem", "p=" + anna + "&stap=" + step + "&keuze=wachten&x=" + std::string(4000, 'x'), 413},
        {"malformed body", "POST", f.prefix + "/api/stem", "\xff\xfe{{{", 400},
        {"join: not on the list", "POST", f.prefix + "/api/aanmelden", "naam=Zoltan", 403},
        {"join: a name already taken", "POST", f.prefix + "/api/aanmelden", "naam=Anna", 409},
        {"join: not UTF-8", "POST", f.prefix + "/api/aanmelden", "naam=%FF%FE", 400},
        {"join: no name", "POST", f.prefix + "/api/aanmelden", "wie=Bram", 400},
        {"state with a wrong participant token", "GET", f.prefix + "/api/stand?p=" + std::string(16, 'c'), "", 403},
        {"live updates without a token", "GET", f.prefix + "/api/live", "", 403},
        {"live updates with a wrong room token", "GET", wrong_room + "/api/live?p=" + anna, "", 404},
        {"live updates without a room token", "GET", "/api/live?p=" + anna, "", 404},
        {"state with a wrong room token", "GET", wrong_room + "/api/stand?p=" + anna, "", 404},
        {"join with a wrong room token", "POST", wrong_room + "/api/aanmelden", "naam=Bram", 404},
        {"an unknown path", "GET", f.prefix + "/../etc/passwd", "", 404},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        const test::HttpReply r = test::loopback_http(port, c.method, c.target, c.body);
        CHECK(r.status == c.status);
        f.poll();
        CHECK(f.ctl.session().actions == log);
        CHECK(f.room->room().joined() == joined);
    }
    // A vote can only ever be the token's own: a second name in the body changes nothing.
    CHECK(f.post("/api/stem", "p=" + anna + "&deelnemer=Bram&stap=" + step + "&keuze=wachten").status == 202);
    f.poll();
    CHECK(f.ctl.state().workshop.round.vote_of("Bram") == nullptr);
    CHECK(f.ctl.state().workshop.round.vote_of("Anna")->choice == "wachten");
}

TEST_CASE("stemkamer: each client address is rate-limited") {
    stemkamer::Limits limits;
    limits.burst = 5;
    limits.rate_per_second = 0.001;
    test::StemkamerFixture f("Anna\nBram", false, limits);
    int ok = 0, limited = 0;
    for (int i = 0; i < 12; ++i) {
        const int s = f.get("/api/stand", "127.0.0.2").status;
        ok += s == 200;
        limited += s == 429;
    }
    CHECK(ok == 5);
    CHECK(limited == 7);
    // A limited client's join is refused too, and nothing is joined.
    CHECK(f.post("/api/aanmelden", "naam=Anna", "127.0.0.2").status == 429);
    CHECK(f.room->room().joined().empty());
    // Another phone is not held back by it.
    CHECK(f.get("/api/stand", "127.0.0.3").status == 200);
}

TEST_CASE("stemkamer: 40 phones vote in one round and every vote is in the log") {
    test::StemkamerFixture f("40");
    REQUIRE(f.ctl.state().workshop.participants.size() == 40);
    std::vector<std::string> tokens(40);
    std::vector<int> statuses(40, 0);
    std::vector<std::thread> phones;
    // Eight at a time, each phone from its own loopback address (127.0.0.10 ... 127.0.0.49).
    for (int t = 0; t < 8; ++t)
        phones.emplace_back([&, t] {
            for (int i = t; i < 40; i += 8) {
                const std::string source = "127.0.0." + std::to_string(10 + i);
                const std::string name = "Deelnemer " + std::to_string(i + 1);
                const test::HttpReply joined = test::loopback_http(f.port(), "POST", f.prefix + "/api/aanmelden",
                                                                   "naam=" + test::url_encode(name), source);
                if (joined.status != 200) continue;
                tokens[static_cast<size_t>(i)] = test::json_field(joined.body, "token");
                statuses[static_cast<size_t>(i)] =
                    test::loopback_http(f.port(), "POST", f.prefix + "/api/stem",
                                        "p=" + tokens[static_cast<size_t>(i)] + "&stap=begin&keuze=" + (i % 3 ? "praten" : "wachten"), source)
                        .status;
            }
        });
    for (auto& p : phones) p.join();
    for (int i = 0; i < 40; ++i) {
        CAPTURE(i);
        CHECK(statuses[static_cast<size_t>(i)] == 202);
    }
    f.poll();
    CHECK(f.room->room().joined().size() == 40);
    REQUIRE(f.votes_in_log() == 40);
    const core::VoteRound& round = f.ctl.state().workshop.round;
    CHECK(round.votes.size() == 40);
    for (int i = 0; i < 40; ++i) {
        const core::Vote* v = round.vote_of("Deelnemer " + std::to_string(i + 1));
        REQUIRE(v);
        CHECK(v->choice == (i % 3 ? "praten" : "wachten"));
    }
    // A 41st phone finds the room full.
    CHECK(f.post("/api/aanmelden", "naam=Iemand", "127.0.0.60").status == 403);
    // The log replays to the same round: votes from phones are ordinary actions.
    core::SessionController replay{f.loaded.scenario, f.loaded.runtime.get(), f.ctl.session()};
    CHECK(replay.state().workshop.round.votes.size() == 40);
    CHECK(replay.replay_problem().empty());
}

TEST_CASE("stemkamer: with typed names allowed, a new name joins the workshop as an action") {
    test::StemkamerFixture f("Anna", true);
    const std::string dirk = f.join("Dirk de Vries");
    CHECK(f.vote(dirk, "praten").status == 202);
    f.poll();
    const auto& ws = f.ctl.state().workshop;
    CHECK(ws.has_participant("Dirk de Vries"));
    REQUIRE(ws.round.vote_of("Dirk de Vries"));
    CHECK(f.ctl.session().actions[1].type == core::action_type::AddParticipant);
    // A typed name is text, never markup or JSON: it comes back escaped (the page sets it with
    // textContent, see the facilitator-text test).
    const std::string hostile = "Eva\"},\"onthuld\":true,\"<b>x";  // 27 bytes: under the 40 cap
    f.join(hostile);
    f.poll();
    const std::string state = f.get("/api/stand").body;
    CHECK(state.find(R"(Eva\"},\"onthuld\":true,\"<b>x)") != std::string::npos);
    CHECK(state.find("\"onthuld\":true") == std::string::npos);
    CHECK(f.ctl.state().workshop.has_participant(hostile));
    // Without that permission a typed name is refused (see the refusals test); too long here too.
    CHECK(f.post("/api/aanmelden", "naam=" + std::string(41, 'x')).status == 400);
}

TEST_CASE("stemkamer: a page served never contains a facilitator-only text") {
    test::StemkamerFixture f;
    const core::Scenario& sc = *f.loaded.scenario;
    const std::string note = "Bram twijfelt, straks op terugkomen";
    REQUIRE(f.ctl.perform(core::Action{core::action_type::FacilitatorNote, f.ctl.state().step, "", {{"tekst", note}}, 0}).ok);
    const std::string anna = f.join("Anna");
    const std::string bram = f.join("Bram");
    f.vote(anna, "wachten");
    f.vote(bram, "praten");
    f.poll();
    auto served = [&] {
        return f.get("/").body + f.get("/api/stand").body + f.get("/api/stand?p=" + anna).body + first_event(f.port(), f.prefix, anna);
    };
    std::vector<std::string> secret = facilitator_texts(sc);
    REQUIRE(secret.size() >= 3);
    secret.push_back(note);
    const std::string before = served();
    CHECK(before.find(sc.step("begin")->title.nl) != std::string::npos);  // the page does show the step
    CHECK(before.find(sc.choice("begin", "praten")->text.nl) != std::string::npos);
    // Before the reveal Anna's page shows her own vote, never Bram's.
    CHECK(before.find("praten\"}") == std::string::npos);
    for (const auto& s : secret) {
        CAPTURE(s);
        CHECK(before.find(s) == std::string::npos);
    }
    REQUIRE(f.ctl.perform(core::Action{core::action_type::Reveal, f.ctl.state().step, "", {}, 0}).ok);
    REQUIRE(f.ctl.perform(core::make_choose(f.ctl.state().step, "praten")).ok);  // feedback shows on the projector now
    f.poll();
    const std::string after = served();
    CHECK(after.find(sc.step("vervolg")->title.nl) != std::string::npos);
    for (const auto& s : secret) {
        CAPTURE(s);
        CHECK(after.find(s) == std::string::npos);
    }
    // The page escapes nothing itself: every server text goes in through textContent.
    const std::string page = f.get("/").body;
    CHECK(page.find("innerHTML") == std::string::npos);
    CHECK(page.find("<script src") == std::string::npos);
    CHECK(page.find("http://") == std::string::npos);
    CHECK(page.find("https://") == std::string::npos);
}

TEST_CASE("stemkamer: the QR code of the join address reads back with ZXing") {
    test::StemkamerFixture f;
    const std::string url = f.room->url();
    const stemkamer::QrCode& qr = f.room->qr();
    REQUIRE(qr.size >= 21);
    int side = 0;
    const std::vector<unsigned char> px = stemkamer::qr_pixels(qr, 4, side);
    // Quiet zone: four light modules around it.
    for (int i = 0; i < side; ++i) {
        CHECK(px[static_cast<size_t>(i)] == 255);
        CHECK(px[static_cast<size_t>(i) * static_cast<size_t>(side)] == 255);
    }
    const ZXing::Result read = ZXing::ReadBarcode(ZXing::ImageView(px.data(), side, side, ZXing::ImageFormat::Lum));
    REQUIRE(read.isValid());
    CHECK(read.text() == url);
    CHECK(url.rfind("http://127.0.0.1:" + std::to_string(f.port()) + "/r/", 0) == 0);
}

TEST_CASE("stemkamer: addresses — the default route, public addresses, ADDRESS:PORT") {
    const std::string route =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
        "wlan0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n"
        "docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n"
        "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n";
    CHECK(stemkamer::default_route_interface(route) == "wlan0");
    CHECK(stemkamer::default_route_interface("Iface\tDestination\n").empty());
    CHECK_FALSE(stemkamer::is_public_ipv4("192.168.1.20"));
    CHECK_FALSE(stemkamer::is_public_ipv4("10.1.2.3"));
    CHECK_FALSE(stemkamer::is_public_ipv4("172.20.0.1"));
    CHECK_FALSE(stemkamer::is_public_ipv4("127.0.0.1"));
    CHECK_FALSE(stemkamer::is_public_ipv4("169.254.3.4"));
    CHECK(stemkamer::is_public_ipv4("172.32.0.1"));
    CHECK(stemkamer::is_public_ipv4("8.8.8.8"));
    std::string address, error;
    int port = -1;
    CHECK(stemkamer::parse_listen("127.0.0.1:8080", address, port, error));
    CHECK(address == "127.0.0.1");
    CHECK(port == 8080);
    CHECK(stemkamer::parse_listen("0", address, port, error));
    CHECK(address.empty());
    CHECK(port == 0);
    CHECK_FALSE(stemkamer::parse_listen("127.0.0.1:70000", address, port, error));
    CHECK_FALSE(stemkamer::parse_listen("localhost:80", address, port, error));
    CHECK_FALSE(stemkamer::parse_listen("", address, port, error));
    // The machine's own addresses: loopback is among them, and comes last.
    const auto all = stemkamer::ipv4_interfaces();
    REQUIRE_FALSE(all.empty());
    CHECK(all.back().loopback);
}

TEST_CASE("stemkamer: room and participant tokens are random and at least 64 bits") {
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        const std::string t = stemkamer::random_token(80);
        CHECK(t.size() == 16);  // 16 base32 characters = 80 bits
        seen.insert(t);
    }
    CHECK(seen.size() == 50);
    CHECK(stemkamer::same_token("abc", "abc"));
    CHECK_FALSE(stemkamer::same_token("abc", "abd"));
    CHECK_FALSE(stemkamer::same_token("", ""));
}

TEST_CASE("stemkamer: phone votes are in the saved session, its replay and the workshop report like keyboard votes") {
    test::StemkamerFixture f;
    const std::string anna = f.join("Anna");
    const std::string bram = f.join("Bram");
    CHECK(f.vote(anna, "praten").status == 202);
    CHECK(f.vote(bram, "praten").status == 202);
    f.poll();
    REQUIRE(f.ctl.perform(core::Action{core::action_type::Vote, f.ctl.state().step, "wachten", {{"deelnemer", "Chris"}}, 0}).ok);
    REQUIRE(f.ctl.perform(core::Action{core::action_type::Reveal, f.ctl.state().step, "", {}, 0}).ok);
    REQUIRE(f.ctl.perform(core::make_choose(f.ctl.state().step, "praten")).ok);
    f.poll();
    // Through the session file (what autosave writes), then replayed from its log.
    test::TempDir dir;
    std::string error;
    REQUIRE(core::save_session(dir.path / "s.json", f.ctl.session(), error));
    const auto bytes = core::read_file(dir.path / "s.json", error);
    REQUIRE(bytes);
    const auto saved = core::session_from_json(*bytes, error);
    REQUIRE_MESSAGE(saved, error);
    CHECK(saved->actions == f.ctl.session().actions);
    const core::ReplayResult replayed = core::replay(*f.loaded.scenario, f.loaded.runtime.get(), *saved);
    REQUIRE(replayed.problem.empty());
    REQUIRE(replayed.state.workshop.decisions.size() == 1);
    CHECK(replayed.state.workshop.decisions[0].round.votes.size() == 3);
    const core::Reports report = core::make_reports(*f.loaded.scenario, f.loaded.runtime.get(), *saved);
    REQUIRE_MESSAGE(report.problem.empty(), report.problem);
    CHECK(report.markdown.find("(Anna, Bram)") != std::string::npos);  // the two phones, beside Chris at the keyboard
    CHECK(report.markdown.find("(Chris)") != std::string::npos);
    CHECK(report.html == core::make_reports(*f.loaded.scenario, f.loaded.runtime.get(), f.ctl.session()).html);
}
