// The library at the start (issue 19): the tutorial first, marked "Begin hier" on a first start;
// notices when the sessions folder holds files the program cannot read (a few each get their own
// red notice; many get one that counts them and says where they were kept aside, plain words first).
#include <doctest/doctest.h>

#include "glyphs.hpp"
#include "helpers.hpp"
#include "scripting/loader.hpp"
#include "ui/app.hpp"
#include "ui/strings.hpp"
#include "ui_harness.hpp"

using namespace lwp;
namespace fs = std::filesystem;

namespace {

size_t plant_unreadable(const core::DataDir& dir, int count) {
    fs::create_directories(dir.sessions());
    for (int i = 0; i < count; ++i)
        test::spit(dir.sessions() / ("vreemd-" + std::to_string(i) + ".json"), i % 2 ? "[1, 2" : "{\"geen\": \"sessie\"}");
    return static_cast<size_t>(count);
}

size_t files_in(const fs::path& dir) {
    size_t n = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) n += e.is_regular_file() ? 1 : 0;
    return n;
}

// The app over an empty scenario folder and a data folder with `count` unreadable session files,
// its library (and so the sessions listing) loaded.
struct AppOverUnreadable {
    test::Headless h;
    test::TempDir scenarios, data;
    core::DataDir dir{data.path};
    ui::App app;
    explicit AppOverUnreadable(int count) : app{(plant_unreadable(dir, count), dir), scenarios.path} { app.library_service().load(); }
};

}  // namespace

TEST_CASE("notices: forty unreadable session files give one notice that counts them, each file kept aside") {
    AppOverUnreadable f(40);
    const core::DataDir& dir = f.dir;
    ui::App& app = f.app;
    REQUIRE(app.notices().size() == 1);
    const auto& n = app.notices().front();
    CHECK(n.error);
    CHECK(n.text.rfind("40 ", 0) == 0);
    CHECK(n.text.find(dir.damaged().string()) != std::string::npos);
    // Each file, with the reason, in the notice's list ("Toon (40)"), not in its text.
    CHECK(n.items.size() == 40);
    CHECK(n.text.find(".json") == std::string::npos);
    for (int i = 0; i < 3; ++i) f.h.frame(app);
    CHECK(test::shows(test::drawn_text("##meldingen"), std::string(ui::tr(ui::S::NoticeShow)) + " (40)"));
    CHECK(files_in(dir.damaged()) == 40);
    CHECK(files_in(dir.sessions()) == 0);
}

TEST_CASE("notices: two unreadable session files each get their own notice, in plain words first") {
    AppOverUnreadable f(2);
    const core::DataDir& dir = f.dir;
    ui::App& app = f.app;
    REQUIRE(app.notices().size() == 2);
    for (const auto& n : app.notices()) {
        CHECK(n.error);
        CHECK(n.text.find("apart gezet") != std::string::npos);
    }
    // The file of the wrong shape says what it is not; the parser's words are one click away.
    bool plain = false;
    for (const auto& n : app.notices()) {
        CHECK(n.text.find("technisch") == std::string::npos);
        if (n.text.find("geen bestand van de Leerwerkplaats") != std::string::npos) {
            plain = true;
            CHECK_FALSE(n.detail.empty());
        }
    }
    CHECK(plain);
    CHECK(files_in(dir.damaged()) == 2);
    // Drawn: the plain words; the detail only after "Details".
    for (int i = 0; i < 3; ++i) f.h.frame(app);
    const ui::Notice* technical = nullptr;
    for (const auto& n : app.notices())
        if (!n.detail.empty()) technical = &n;
    REQUIRE(technical != nullptr);
    CHECK(test::shows(test::drawn_text("##meldingen"), "geen bestand van de Leerwerkplaats"));
    CHECK_FALSE(test::shows(test::drawn_text("##meldingen"), technical->detail));
    for (auto& n : app.notices()) n.open = true;  // "Details"
    for (int i = 0; i < 3; ++i) f.h.frame(app);
    CHECK(test::shows(test::drawn_text("##meldingen"), technical->detail.substr(0, 60)));
}

TEST_CASE("library: the tutorial card comes first, the others keep their order") {
    const auto library = scripting::load_library(LWP_SCENARIO_DIR);
    REQUIRE(library.size() >= 6);
    const auto order = ui::library_order(library);
    REQUIRE(order.size() == library.size());
    REQUIRE(library[order[0]].ok());
    CHECK(library[order[0]].scenario->meta.id == "oefencasus");
    CHECK(order[0] != 0);  // by file name it is not first: the order does the work
    for (size_t k = 2; k < order.size(); ++k) CHECK(order[k - 1] < order[k]);
}

TEST_CASE("library: 'Begin hier' on the tutorial at a first start, gone once a session exists") {
    test::Headless h;
    test::TempDir data;
    ui::App app{core::DataDir{data.path}, LWP_SCENARIO_DIR};
    app.library_service().load();
    h.frame(app);
    h.frame(app);
    const std::string marker = ui::tr(ui::S::StartHere);
    CHECK(test::shows(test::drawn_text(), marker));
    // Drawn before the tutorial's title, and before any other case's title.
    const std::string drawn = test::drawn_text();
    const size_t at = drawn.find(test::squeeze(marker));
    const size_t tutorial = drawn.find(test::squeeze("Oefencasus: de zorgmelding over Milan"));
    const size_t other = drawn.find(test::squeeze("Dossieronderzoek"));
    REQUIRE(at != std::string::npos);
    REQUIRE(tutorial != std::string::npos);
    REQUIRE(other != std::string::npos);
    CHECK(at < tutorial);
    CHECK(tutorial < other);
    app.start_session(ui::library_order(app.library())[0]);
    REQUIRE(app.session() != nullptr);
    app.close_session();  // Bibliotheek: back to the library, the session saved and listed
    h.frame(app);
    h.frame(app);
    CHECK(!test::shows(test::drawn_text(), marker));
}
