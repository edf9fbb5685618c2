// Reports for supervision (issue 5): golden HTML and Markdown of the tutorial played by the expert
// with reflections, well-formed HTML without external resources, reflections tied to the right
// step and choice after replay, leaving reflections out, deleting one session or all data, the
// CLI `report` command, the journal and reflection panel in headless frames, and (when Debian's
// chromium is installed) the report rendered by a real browser.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/session/controller.hpp"
#include "core/store/persistence.hpp"
#include "core/report/report.hpp"
#include "cli_run.hpp"
#include "helpers.hpp"
#include "tools.hpp"
#include "ui/app.hpp"
#include "report_checks.hpp"
#include "ui_harness.hpp"

using namespace lwp;
namespace fs = std::filesystem;
using test::check_html;
using test::first_difference;
using test::update_or_compare;

namespace {

fs::path source_dir() { return fs::path(LWP_TEST_FIXTURES).parent_path().parent_path(); }

core::Action reflect(const std::string& step, std::map<std::string, std::string> args, std::int64_t at) {
    return core::Action{"reflectie.schrijf", step, "", std::move(args), at};
}

// The expert's playthrough of the tutorial (tools/demo) with reflections written along the way:
// one after the first choice (later edited), one after talking with Milan, one free at the end.
core::Session tutorial_session() {
    std::string error;
    auto bytes = core::read_file(source_dir() / "tools/demo/oefencasus-expert.json", error);
    REQUIRE_MESSAGE(bytes, error);
    auto s = core::session_from_json(*bytes, error);
    REQUIRE_MESSAGE(s, error);
    core::Session session = *s;
    session.id = "oefencasus-gouden-voorbeeld";
    session.created = 1795350000;
    auto& a = session.actions;
    REQUIRE(a.size() == 55);
    // Created ids are stored in the actions (a version-1 file gets the ids of its positions when
    // it loads), so inserting actions moves no id: the demo's marks and arrows keep their targets.
    auto insert = [&](size_t at, core::Action action) { a.insert(a.begin() + static_cast<std::ptrdiff_t>(at), std::move(action)); };
    REQUIRE(a[7].target == "melding_bespreken");
    REQUIRE(a[47].target == "milan_spreken");
    insert(8, reflect("huisbezoek",
                      {{"tekst", "Ik koos voor openheid: Sanne weet wat school ziet. <b>Spannend</b> & eerlijk, \"direct\".\n\n"
                                 "Tweede alinea: wat zou Sanne zeggen?"},
                       {"dimensie", "normatief"},
                       {"niveau", "goede"},
                       {"met", "supervisie"}},
                      1795351000));
    REQUIRE(a[54].target == "weging_casusoverleg");
    insert(54, reflect("plan",
                       {{"tekst", "Het gesprek met Milan liet zien hoeveel hij draagt. Dat raakte me."},
                        {"dimensie", "persoonlijk"},
                        {"met", "gezin"}},
                       1795352000));
    a.push_back(core::Action{"reflectie.wijzig", a.back().step, "r8",
                             {{"tekst", "Ik koos voor openheid: Sanne weet wat school ziet. Volgende keer betrek ik ook Ronald."}},
                             1795353000});
    a.push_back(reflect(a.back().step, {{"tekst", "Terugblik: veiligheid eerst gaf rust om te analyseren."}, {"niveau", "goede_reden"}},
                        1795354000));
    return session;
}

struct Tutorial {
    scripting::LoadedScenario loaded = scripting::load_scenario_file(fs::path(LWP_SCENARIO_DIR) / "oefencasus.lua");
    core::Session session = tutorial_session();
};


bool have_python() { return std::system("python3 -c 'import html.parser' > /dev/null 2>&1") == 0; }

// Python's own HTML tokenizer, with the same nesting rule: a second, independent opinion.
std::string python_check(const fs::path& file) {
    test::TempDir dir;
    const fs::path script = dir.path / "check.py";
    test::spit(script, R"PY(import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "wbr"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack, self.errors = [], []
    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs): pass
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("</%s> at %s closes %s" % (tag, self.getpos(), self.stack[-1:] or "nothing"))
        else: self.stack.pop()
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
if p.stack: p.errors.append("unclosed: %s" % p.stack)
print("\n".join(p.errors) if p.errors else "OK")
)PY");
    const std::string cmd = "python3 '" + script.string() + "' '" + file.string() + "' 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    size_t n;
    while (p && (n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    if (p) pclose(p);
    return out;
}

using test::q;
using test::Run;
using test::run;

// Where an item is on screen. test::locate adds ImGui 1.86's NavRectRel to the window position,
// but 1.86 keeps it relative to the window's content start (DC.CursorStartPos): that is only the
// same for windows without padding or title bar, which a popup is not.
template <class Frame>
std::optional<ImRect> locate(ImGuiWindow* window, ImGuiID id, Frame&& frame) {
    auto r = test::locate(window, id, frame);
    if (!r) return r;
    const ImVec2 off(window->DC.CursorStartPos.x - window->Pos.x, window->DC.CursorStartPos.y - window->Pos.y);
    return ImRect(r->Min.x + off.x, r->Min.y + off.y, r->Max.x + off.x, r->Max.y + off.y);
}

// A mouse click on the whole application (the harness's click(app, pos) draws the app inside its
// own full-screen test window, which then takes the mouse).
void click(test::Headless& h, ui::App& app, ImVec2 pos) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pos;
    h.frame(app);
    io.MouseDown[0] = true;
    h.frame(app);
    io.MouseDown[0] = false;
    h.frame(app);
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("report: golden HTML and Markdown of the tutorial, stable for the same log") {
    Tutorial t;
    REQUIRE(t.loaded.ok());
    const core::Reports r = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), t.session, test::with_guide());
    CHECK_MESSAGE(r.problem.empty(), r.problem);
    const fs::path golden = fs::path(LWP_TEST_FIXTURES) / "golden";
    const std::string html = update_or_compare(golden / "oefencasus-report.html", r.html);
    const std::string md = update_or_compare(golden / "oefencasus-report.md", r.markdown);
    CHECK_MESSAGE(html == r.html, first_difference(html, r.html));
    CHECK_MESSAGE(md == r.markdown, first_difference(md, r.markdown));

    // The same log through a save and a load gives the same bytes (no "now" in the report).
    std::string error;
    auto reloaded = core::session_from_json(core::session_to_json(t.session), error);
    REQUIRE(reloaded);
    const core::Reports again = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), *reloaded, test::with_guide());
    CHECK(again.html == r.html);
    CHECK(again.markdown == r.markdown);
}

TEST_CASE("report: the HTML is well-formed, self-contained and escapes what the trainee wrote") {
    Tutorial t;
    REQUIRE(t.loaded.ok());
    const core::Reports r = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), t.session);
    const std::string& h = r.html;
    CHECK_MESSAGE(check_html(h).empty(), check_html(h));
    // Our checker must catch what it claims to.
    CHECK_FALSE(check_html("<div><p>x</div></p>").empty());
    CHECK_FALSE(check_html("<p>a & b</p>").empty());
    CHECK_FALSE(check_html("<p class=x>a</p>").empty());
    CHECK_FALSE(check_html("<p>1 < 2</p>").empty());
    CHECK_FALSE(check_html("<p id=\"a\"></p><p id=\"a\"></p>").empty());
    CHECK(check_html("<svg><rect x=\"1\"/></svg><br>").empty());
    if (have_python()) {
        test::TempDir dir;
        test::spit(dir.path / "r.html", h);
        CHECK(python_check(dir.path / "r.html") == "OK\n");
    } else {
        MESSAGE("python3 not available: only the built-in HTML check ran");
    }

    // Nothing is fetched: no scripts, no links to elsewhere, no external images or fonts.
    CHECK(h.find("<script") == std::string::npos);
    CHECK(h.find("http://") == std::string::npos);
    CHECK(h.find("https://") == std::string::npos);
    CHECK(h.find("src=") == std::string::npos);
    CHECK(h.find("@import") == std::string::npos);
    for (size_t at = h.find("url("); at != std::string::npos; at = h.find("url(", at + 1)) CHECK(h.compare(at, 5, "url(#") == 0);
    CHECK(h.find("Content-Security-Policy") != std::string::npos);
    CHECK(h.find("@media print") != std::string::npos);

    // The drawings are there: timeline lanes, the persons, the pattern's areas and arrows.
    CHECK(count(h, "<svg ") == 3);
    CHECK(h.find("Hulpverlening (met resultaat)") != std::string::npos);
    CHECK(h.find(">Sanne</text>") != std::string::npos);
    CHECK(h.find(">Milan</text>") != std::string::npos);
    CHECK(h.find(">Ontwikkeling ouder</text>") != std::string::npos);
    CHECK(count(h, "marker-end=\"url(#pijl)\"") == 4);  // the expert drew four links

    // Text the trainee wrote is escaped, not interpreted.
    CHECK(h.find("<b>Spannend</b>") == std::string::npos);
    CHECK(h.find("&lt;b&gt;Spannend&lt;/b&gt; &amp; eerlijk, &quot;direct&quot;.") != std::string::npos);
    CHECK(r.markdown.find("\\<b\\>Spannend\\</b\\>") != std::string::npos);

    // The case's story is there: decisions with feedback, the ending, the ledger.
    CHECK(h.find("class=\"decision\"") != std::string::npos);
    CHECK(count(h, "class=\"decision\"") == 5);
    CHECK(h.find("class=\"ending good\"") != std::string::npos);
    CHECK(h.find("id=\"beoordeling\"") != std::string::npos);
}

TEST_CASE("report: reflections are tied to their step and choice after replay, with their history") {
    Tutorial t;
    REQUIRE(t.loaded.ok());
    auto replayed = core::replay(*t.loaded.scenario, t.loaded.runtime.get(), t.session.actions);
    REQUIRE(replayed.problem.empty());
    const auto& refl = replayed.state.reflections;
    REQUIRE(refl.size() == 3);
    CHECK(refl[0].id == "r8");
    CHECK(refl[0].step == "huisbezoek");
    CHECK(refl[0].after_choice == "melding_bespreken");
    CHECK(refl[0].versions.size() == 2);
    CHECK(refl[1].step == "plan");
    CHECK(refl[1].after_choice == "milan_spreken");
    CHECK(refl[2].after_choice == "netwerkberaad_plannen");
    CHECK(replayed.state.finished());

    const core::Reports r = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), t.session);
    const core::Step* visit = t.loaded.scenario->step("huisbezoek");
    const core::Choice* first = t.loaded.scenario->choice("aanleiding", "melding_bespreken");
    REQUIRE(visit);
    REQUIRE(first);
    // R1's block names its step, case date and the choice it follows; the old text is kept.
    const size_t r1 = r.html.find("<div class=\"reflection\" id=\"R1\">");
    REQUIRE(r1 != std::string::npos);
    const std::string block = r.html.substr(r1, r.html.find("</div>", r1) - r1);
    CHECK(block.find(core::html_escape(visit->title.nl)) != std::string::npos);
    CHECK(block.find(visit->date.display(core::Lang::Nl)) != std::string::npos);
    CHECK(block.find(core::html_escape(first->text.nl)) != std::string::npos);
    CHECK(block.find("Volgende keer betrek ik ook Ronald.") != std::string::npos);
    CHECK(block.find("Eerdere versies") != std::string::npos);
    CHECK(block.find("Supervisie") != std::string::npos);
    CHECK(block.find("Normatief") != std::string::npos);
    // In the course, after decision 1, a link to R1.
    const size_t d1 = r.html.find("<p class=\"where\">Besluit 1 ");
    const size_t d2 = r.html.find("<p class=\"where\">Besluit 2 ");
    const size_t link = r.html.find("<a href=\"#R1\">R1</a>");
    CHECK((d1 < link && link < d2));
}

TEST_CASE("report: the trainee can leave the reflections out") {
    Tutorial t;
    REQUIRE(t.loaded.ok());
    core::ReportOptions opt;
    opt.include_reflections = false;
    const core::Reports r = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), t.session, opt);
    for (const std::string* doc : {&r.html, &r.markdown}) {
        CHECK(doc->find("betrek ik ook Ronald") == std::string::npos);  // the current version
        CHECK(doc->find("Tweede alinea") == std::string::npos);         // the earlier one
        CHECK(doc->find("Spannend") == std::string::npos);
        CHECK(doc->find("raakte me") == std::string::npos);
        CHECK(doc->find("Terugblik") == std::string::npos);
        CHECK(doc->find("niet opgenomen in dit verslag") != std::string::npos);
    }
    CHECK(r.html.find("id=\"reflecties\"") == std::string::npos);
    CHECK(r.html.find("href=\"#R1\"") == std::string::npos);
    CHECK(check_html(r.html).empty());

    opt.include_reflections = true;
    opt.lang = core::Lang::En;
    const core::Reports en = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), t.session, opt);
    CHECK(en.html.find("<html lang=\"en\">") != std::string::npos);
    CHECK(en.html.find("Decisions and feedback") != std::string::npos);
    CHECK(en.html.find("Terugblik") != std::string::npos);
    CHECK(check_html(en.html).empty());
}

TEST_CASE("report: every demo log of every bundled case makes a well-formed report in both languages") {
    auto library = scripting::load_library(LWP_SCENARIO_DIR);
    size_t reports = 0;
    for (const auto& entry : fs::directory_iterator(source_dir() / "tools/demo")) {
        if (entry.path().extension() != ".json") continue;
        CAPTURE(entry.path().filename().string());
        std::string error;
        auto bytes = core::read_file(entry.path(), error);
        REQUIRE(bytes);
        auto session = core::session_from_json(*bytes, error);
        REQUIRE_MESSAGE(session, error);
        const scripting::LoadedScenario* loaded = nullptr;
        for (const auto& l : library)
            if (l.ok() && l.scenario->meta.id == session->scenario_id) loaded = &l;
        REQUIRE(loaded);
        for (core::Lang lang : {core::Lang::Nl, core::Lang::En}) {
            core::ReportOptions opt;
            opt.lang = lang;
            const core::Reports r = core::make_reports(*loaded->scenario, loaded->runtime.get(), *session, test::with_guide(opt));
            CHECK(r.problem.empty());
            // Citations by the Methodewijzer's own titles, its text appended; no foreign file names.
            for (const std::string* text : {&r.html, &r.markdown}) {
                CHECK(text->find("METHOD.md") == std::string::npos);
                CHECK(text->find("seed 0") == std::string::npos);
            }
            // A log that made no choice and decided no criterion yet (the case-file review) cites
            // nothing: the sections of criteria it has not reached stay out (no spoilers).
            bool chose = false;
            for (const auto& a : session->actions) chose = chose || a.type == core::action_type::Choose;
            const bool appendix = r.html.find("<section id=\"methodewijzer\" class=\"appendix\">") != std::string::npos;
            CHECK(appendix == chose);
            CHECK((r.html.find("<p class=\"cite\">") != std::string::npos) == chose);
            // Self-contained: every link inside the page points at an element of the page.
            for (std::size_t at = r.html.find("href=\"#"); at != std::string::npos; at = r.html.find("href=\"#", at + 1)) {
                const std::string target = r.html.substr(at + 7, r.html.find('"', at + 7) - at - 7);
                CAPTURE(target);
                CHECK(r.html.find("id=\"" + target + "\"") != std::string::npos);
            }
            CHECK((r.markdown.find(lang == core::Lang::En ? "## Appendix: from the method guide" : "## Bijlage: uit de Methodewijzer") != std::string::npos) == chose);
            CHECK_MESSAGE(check_html(r.html).empty(), check_html(r.html));
            CHECK(r.markdown.size() > 1000);
            ++reports;
        }
    }
    CHECK(reports >= 4);
}

TEST_CASE("report: a session with nothing done yet still makes a readable report") {
    Tutorial t;
    REQUIRE(t.loaded.ok());
    core::Session empty = t.session;
    empty.actions.clear();
    const core::Reports r = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), empty);
    CHECK(check_html(r.html).empty());
    CHECK(count(r.html, "<svg ") == 1);  // only the genogram: the persons come from the case
    CHECK(r.html.find("Nog geen besluiten genomen.") != std::string::npos);
    CHECK(r.markdown.find("Nog niets op de tijdlijn gezet.") != std::string::npos);

    // A log that no longer fits the case: the report says so and shows what applied.
    core::Session broken = t.session;
    broken.actions.insert(broken.actions.begin() + 2, core::make_choose("aanleiding", "bestaat_niet"));
    const core::Reports b = core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), broken);
    CHECK_FALSE(b.problem.empty());
    CHECK(b.html.find("class=\"notice\"") != std::string::npos);
}

TEST_CASE("privacy: deleting one session leaves the others — deleting all removes only our files") {
    test::TempDir dir;
    core::DataDir data{dir.path / "gegevens"};
    std::string error;
    REQUIRE(data.ensure(error));
    auto make = [&](const std::string& id) {
        core::Session s;
        s.id = id;
        s.scenario_id = "mini";
        REQUIRE(core::save_session(data.session_file(id), s, error));
    };
    make("a-1");
    make("b-2");
    fs::create_directories(core::reports_dir(data));
    test::spit(core::report_file(data, "a-1", "html"), "<html></html>");
    test::spit(core::report_file(data, "a-1", "md"), "# a");
    test::spit(core::report_file(data, "b-2", "html"), "<html></html>");
    test::spit(data.damaged() / "a-1.json.20240101-120000.beschadigd", "{kapot");
    test::spit(data.damaged() / "b-2.json.20240101-120000.beschadigd", "{kapot");
    REQUIRE(core::save_settings(data, core::Settings{}, error));
    test::spit(data.imgui_ini(), "[Window]");

    auto places = core::stored_data(data);
    REQUIRE(places.size() == 5);
    CHECK(places[0].id == "sessies");
    CHECK(places[0].files == 2);
    CHECK(places[0].bytes > 0);
    CHECK(places[1].files == 3);
    CHECK(places[2].files == 2);
    CHECK(places[3].exists);

    CHECK(core::delete_session(data, "a-1", error));
    CHECK_FALSE(fs::exists(data.session_file("a-1")));
    CHECK_FALSE(fs::exists(core::report_file(data, "a-1", "html")));
    CHECK_FALSE(fs::exists(core::report_file(data, "a-1", "md")));
    CHECK_FALSE(fs::exists(data.damaged() / "a-1.json.20240101-120000.beschadigd"));
    CHECK(fs::exists(data.session_file("b-2")));  // untouched
    CHECK(fs::exists(core::report_file(data, "b-2", "html")));
    CHECK(fs::exists(data.damaged() / "b-2.json.20240101-120000.beschadigd"));
    CHECK(core::list_sessions(data).sessions.size() == 1);

    CHECK_FALSE(core::delete_session(data, "a-1", error));      // gone already
    CHECK_FALSE(core::delete_session(data, "../gegevens", error));  // not a session id
    CHECK_FALSE(core::delete_session(data, "", error));
    CHECK(fs::exists(data.root));

    test::spit(data.root / "mijn-aantekeningen.txt", "niet van het programma");
    CHECK(core::delete_all_data(data, error));
    CHECK_FALSE(fs::exists(data.sessions()));
    CHECK_FALSE(fs::exists(core::reports_dir(data)));
    CHECK_FALSE(fs::exists(data.damaged()));
    CHECK_FALSE(fs::exists(data.settings_file()));
    CHECK_FALSE(fs::exists(data.imgui_ini()));
    CHECK(fs::exists(data.root / "mijn-aantekeningen.txt"));  // not ours: stays, and so does the folder
}

TEST_CASE("privacy: only the learning-record client connects out, and only the stemkamer listens") {
    // A guard, not a proof. Connecting out: only the optional xAPI client (app/lrs/client.cpp,
    // issue 23), which talks only to the LRS the user set up. Listening: only app/stemkamer, the
    // workshop's voting room server (issue 18), while the facilitator has it open. No other file
    // includes socket headers, cpp-httplib, libcurl or calls a resolver.
    size_t files = 0, clients = 0, listeners = 0;
    for (const char* folder : {"app", "scripting"}) {
        for (const auto& entry : fs::recursive_directory_iterator(source_dir() / folder)) {
            if (!entry.is_regular_file()) continue;
            if (entry.path() == source_dir() / "app/lrs/client.cpp") { ++clients; continue; }
            const auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".hpp" && ext != ".h") continue;
            ++files;
            const std::string text = test::slurp(entry.path());
            CAPTURE(entry.path().string());
            const bool listener = entry.path().parent_path() == source_dir() / "app/stemkamer";
            if (listener && text.find("<httplib.h>") != std::string::npos) ++listeners;
            for (const char* bad : {"curl/curl.h", "getaddrinfo(", "gethostbyname(", "connect(", "httplib::Client", "httplib::SSLClient"})
                CHECK(text.find(bad) == std::string::npos);
            if (!listener)
                for (const char* bad : {"<sys/socket.h>", "<netinet/", "<arpa/inet.h>", "<netdb.h>", "<httplib.h>"})
                    CHECK(text.find(bad) == std::string::npos);
        }
    }
    CHECK(files > 20);
    CHECK(clients == 1);    // the exceptions above are where they say they are
    CHECK(listeners == 1);  // app/stemkamer/server.cpp
}

TEST_CASE("CLI report: HTML and Markdown from a session id or file, exit codes 0, 1 and 2") {
    Tutorial t;
    test::TempDir dir;
    core::DataDir data{dir.path / "data"};
    std::string error;
    REQUIRE(data.ensure(error));
    REQUIRE(core::save_session(data.session_file(t.session.id), t.session, error));
    const std::string common = " --scenarios " + q(LWP_SCENARIO_DIR) + " --data-dir " + q(data.root);

    Run r = run("report " + t.session.id + " --html " + q(dir.path / "r.html") + " --markdown " + q(dir.path / "r.md") + common);
    CHECK_MESSAGE(r.code == 0, r.out);
    const std::string html = test::slurp(dir.path / "r.html");
    CHECK(html == core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), t.session, test::with_guide()).html);
    CHECK(test::slurp(dir.path / "r.md").find("# Oefencasus") == 0);

    // By path, without reflections, Markdown to stdout.
    Run md = run("report " + q(data.session_file(t.session.id)) + " --markdown - --no-reflections" + common);
    CHECK(md.code == 0);
    CHECK(md.out.find("Besluiten en terugkoppeling") != std::string::npos);
    CHECK(md.out.find("Terugblik") == std::string::npos);

    CHECK(run("report" + common).code == 2);                                           // no session
    CHECK(run("report " + t.session.id + common).code == 2);                           // no output
    CHECK(run("report bestaat-niet --html " + q(dir.path / "x.html") + common).code == 2);
    CHECK(run("report " + t.session.id + " --html -  --markdown -" + common).code == 2);
    CHECK(run("report " + t.session.id + " --html " + q(dir.path / "geen-map" / "x.html") + common).code == 1);

    // A log that no longer fits the case: written anyway, with exit code 1.
    core::Session broken = t.session;
    broken.id = "kapot";
    broken.actions.insert(broken.actions.begin() + 1, core::make_choose("aanleiding", "bestaat_niet"));
    REQUIRE(core::save_session(data.session_file("kapot"), broken, error));
    Run b = run("report kapot --html " + q(dir.path / "k.html") + common);
    CHECK(b.code == 1);
    CHECK(fs::exists(dir.path / "k.html"));
    CHECK(run("--help").out.find("report SESSIE") != std::string::npos);
}

TEST_CASE("journal view: reflections from every session in one list — editing another session opens it") {
    test::Headless h;
    test::TempDir dir;
    core::DataDir data{dir.path};
    std::string error;
    REQUIRE(data.ensure(error));
    Tutorial t;
    REQUIRE(core::save_session(data.session_file(t.session.id), t.session, error));
    core::Session other = t.session;
    other.id = "oefencasus-tweede";
    other.actions.resize(9);  // up to and including the first reflection
    other.updated = t.session.updated + 10;
    REQUIRE(core::save_session(data.session_file(other.id), other, error));

    ui::App app(data, LWP_SCENARIO_DIR);
    app.library_service().load();
    REQUIRE(app.sessions().recent().size() == 2);
    app.show_journal();
    h.frame(app);
    h.frame(app);
    CHECK(app.screen() == ui::Screen::Journal);
    CHECK(app.exports().journal().size() == 4);
    CHECK(test::active_window("##dagboek_lijst") != nullptr);

    // Editing a reflection of a session that is not open: it is opened and gets the action.
    REQUIRE(app.session() == nullptr);
    CHECK(app.edit_reflection(other.id, "r8", "Nieuwe tekst vanuit het dagboek."));
    REQUIRE(app.session() != nullptr);
    CHECK(app.session()->session().id == other.id);
    CHECK(app.session()->session().actions.back().type == "reflectie.wijzig");
    CHECK(app.screen() == ui::Screen::Journal);  // stays in the journal
    h.frame(app);
    const auto& journal = app.exports().journal();
    const auto it = std::find_if(journal.begin(), journal.end(), [&](const core::JournalEntry& e) { return e.session == other.id; });
    REQUIRE(it != journal.end());
    CHECK(it->reflection.versions.size() == 2);
    CHECK(it->reflection.text() == "Nieuwe tekst vanuit het dagboek.");

    // Then the other session: the open one is saved first, so its edit survives.
    CHECK(app.edit_reflection(t.session.id, "r54", "Ook deze aangepast."));
    app.flush_saves();
    auto listing = core::list_sessions(data);
    for (const auto& s : listing.sessions) CHECK(s.actions.back().type == "reflectie.wijzig");

    // Filters: by level, by text.
    core::JournalFilter by_level, by_text;
    by_level.level = "goede_reden";
    by_text.search = "AANGEPAST";
    CHECK(core::filter_journal(app.exports().journal(), by_level).size() == 1);
    CHECK(core::filter_journal(app.exports().journal(), by_text).size() == 1);

    // Stress: 150 more reflections in the open session; the journal draws them (culling what is not visible).
    for (int i = 0; i < 150; ++i) app.act("reflectie.schrijf", "", {{"tekst", "Reflectie nummer " + std::to_string(i)}, {"dimensie", "persoonlijk"}});
    h.frame(app);
    h.frame(app);
    CHECK(app.exports().journal().size() == 154);
}

TEST_CASE("reflection panel: a due point shows its questions — saving emits exactly one action") {
    test::Headless h;
    test::TempDir dir;
    ui::App app(core::DataDir{dir.path}, test::fixture("scenarios"));
    app.library_service().load();
    app.start_session(0);
    REQUIRE(app.session());
    REQUIRE(app.session()->scenario().meta.id == "mini");
    app.sessions().perform(core::make_choose("begin", "praten"));
    REQUIRE(app.session()->state().reflection_due == std::vector<std::string>{"na_begin"});
    h.frame(app);
    h.frame(app);
    ImGuiWindow* right = test::active_window("##rechts");
    REQUIRE(right);
    const ImGuiID button = test::IdPath(right).str("##reflectie").str("Reflecteren###reflecteren").id;
    auto rect = locate(right, button, [&] { h.frame(app); });
    REQUIRE(rect);
    click(h, app, rect->GetCenter());
    h.frame(app);
    ImGuiWindow* editor = test::active_window("reflectie_editor");
    REQUIRE(editor);
    const size_t before = app.session()->session().actions.size();
    // The text field has the keyboard focus when the editor opens.
    test::type("Ik wilde Cas eerst horen.", [&] { h.frame(app); });
    h.frame(app);
    CHECK(app.session()->session().actions.size() == before);  // nothing while typing
    const ImGuiID save = test::IdPath(editor).str("Opslaan").id;
    auto save_rect = locate(editor, save, [&] { h.frame(app); });
    REQUIRE(save_rect);
    click(h, app, save_rect->GetCenter());
    h.frame(app);
    h.frame(app);
    REQUIRE(app.session()->session().actions.size() == before + 1);
    const core::Action& a = app.session()->session().actions.back();
    CHECK(a.type == "reflectie.schrijf");
    CHECK(a.args.at("tekst") == "Ik wilde Cas eerst horen.");
    CHECK(a.args.at("punt") == "na_begin");
    CHECK(a.args.at("met") == "gezin");  // the point asks to reflect with the family
    CHECK(app.session()->state().reflection_due.empty());
    CHECK(test::active_window("reflectie_editor") == nullptr);

    // A free reflection at any moment, through the same editor.
    ImGuiWindow* right2 = test::active_window("##rechts");
    REQUIRE(right2);
    auto free_rect = locate(right2, test::IdPath(right2).str("##reflectie").str("Reflectie schrijven###vrij").id, [&] { h.frame(app); });
    REQUIRE(free_rect);
    click(h, app, free_rect->GetCenter());
    h.frame(app);
    REQUIRE(test::active_window("reflectie_editor"));
    test::type("Vrije gedachte.", [&] { h.frame(app); });
    ImGuiWindow* editor2 = test::active_window("reflectie_editor");
    auto save2 = locate(editor2, test::IdPath(editor2).str("Opslaan").id, [&] { h.frame(app); });
    REQUIRE(save2);
    click(h, app, save2->GetCenter());
    h.frame(app);
    REQUIRE(app.session()->state().reflections.size() == 2);
    CHECK(app.session()->state().reflections[1].point.empty());
    CHECK(app.session()->session().actions.size() == before + 2);
}

TEST_CASE("privacy view and export: the data is listed, a deletion asks first, the report is written") {
    test::Headless h;
    test::TempDir dir;
    core::DataDir data{dir.path};
    ui::App app(data, test::fixture("scenarios"));
    app.library_service().load();
    app.start_session(0);
    REQUIRE(app.session());
    app.sessions().perform(core::make_choose("begin", "praten"));
    app.act("reflectie.schrijf", "", {{"tekst", "Geheim"}});
    const std::string id = app.session()->session().id;
    const fs::path html = app.exports().export_report(false, true, false);
    REQUIRE(fs::exists(html));
    CHECK(html == core::report_file(data, id, "html"));
    CHECK(fs::exists(core::report_file(data, id, "md")));
    CHECK(test::slurp(html).find("Geheim") == std::string::npos);
    CHECK(check_html(test::slurp(html)).empty());
    app.flush_saves();

    // Opening is reported honestly when it cannot happen (no file; no xdg-open on the PATH).
    std::string open_error;
    CHECK_FALSE(services::open_externally(dir.path / "bestaat-niet.html", open_error));
    CHECK(open_error.find("bestaat niet") != std::string::npos);
    {
        const std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
        setenv("PATH", dir.path.c_str(), 1);
        open_error.clear();
        CHECK_FALSE(services::open_externally(html, open_error));
        CHECK(open_error.find("xdg-open") != std::string::npos);
        setenv("PATH", path.c_str(), 1);
    }

    app.show_privacy();
    h.frame(app);
    h.frame(app);
    CHECK(app.screen() == ui::Screen::Privacy);
    CHECK(test::active_window("##privacy") != nullptr);

    // Deleting the open session closes it first; its report goes too.
    CHECK(app.delete_session(id));
    CHECK(app.session() == nullptr);
    app.flush_saves();
    CHECK_FALSE(fs::exists(data.session_file(id)));
    CHECK_FALSE(fs::exists(html));
    CHECK(app.sessions().recent().empty());
    h.frame(app);
    CHECK(app.screen() == ui::Screen::Privacy);

    app.start_session(0);
    app.sessions().perform(core::make_choose("begin", "praten"));
    app.flush_saves();
    CHECK(app.delete_all_data());
    CHECK(app.session() == nullptr);
    CHECK(core::list_sessions(data).sessions.empty());
    CHECK_FALSE(fs::exists(data.settings_file()));
    h.frame(app);
}

TEST_CASE("report in a real browser: chromium renders it headless") {
    if (!test::need_tool("/usr/bin/chromium", "chromium")) return;
    Tutorial t;
    REQUIRE(t.loaded.ok());
    test::TempDir dir;
    const fs::path html = dir.path / "rapport.html", png = dir.path / "rapport.png";
    test::spit(html, core::make_reports(*t.loaded.scenario, t.loaded.runtime.get(), t.session).html);
    const std::string cmd = "/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
                            "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                            q(dir.path / "profiel") + " --screenshot=" + q(png) + " --window-size=1200,1600 " + q("file://" + html.string()) +
                            " > " + q(dir.path / "chromium.log") + " 2>&1";
    const int status = std::system(cmd.c_str());
    CHECK_MESSAGE(WIFEXITED(status), test::slurp(dir.path / "chromium.log"));
    REQUIRE_MESSAGE(fs::exists(png), test::slurp(dir.path / "chromium.log"));
    CHECK(fs::file_size(png) > 20000);  // a page with text and drawings, not a blank one
    const std::string bytes = test::slurp(png);
    CHECK(bytes.compare(1, 3, "PNG") == 0);
}
