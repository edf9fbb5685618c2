// One real window under Xvfb (make test runs ctest inside xvfb-run): the app starts, draws the
// library and a case, and writes a PNG screenshot with actual content.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>
#include <set>
#include <stb_image.h>

#include "helpers.hpp"

using namespace lwp;

TEST_CASE("the app opens a real window and writes a screenshot") {
    if (!std::getenv("DISPLAY")) {
        MESSAGE("no DISPLAY: run under xvfb-run (make test does)");
        return;
    }
    test::TempDir dir;
    const auto png = dir.path / "shot.png";
    const std::string cmd = std::string(LWP_BINARY) + " --scenarios '" + test::fixture("scenarios").string() + "' --data-dir '" +
                            dir.path.string() + "' --open mini --screenshot '" + png.string() + "' --frames 3 --size 1024x700";
    REQUIRE(std::system(cmd.c_str()) == 0);
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load(png.string().c_str(), &w, &h, &n, 4);
    REQUIRE(px != nullptr);
    CHECK(w == 1024);
    CHECK(h == 700);
    std::set<unsigned> colours;
    for (int i = 0; i < w * h; i += 97) colours.insert(px[i * 4] << 16 | px[i * 4 + 1] << 8 | px[i * 4 + 2]);
    stbi_image_free(px);
    CHECK(colours.size() > 8);  // text, buttons, panels: not a blank window
    // The GUI session was saved like any other.
    CHECK(std::filesystem::exists(dir.path / "sessies"));
    // One session file (beside it the session's lock file, .<id>.lock, which stays by design).
    size_t sessions = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path / "sessies")) sessions += e.path().extension() == ".json";
    CHECK(sessions == 1);
}

namespace {
// The colour most pixels of a PNG have (its background), as 0xRRGGBB; the image's size in w, h.
unsigned background_of(const std::filesystem::path& png, int& w, int& h) {
    int n = 0;
    unsigned char* px = stbi_load(png.string().c_str(), &w, &h, &n, 4);
    REQUIRE(px != nullptr);
    std::map<unsigned, int> count;
    for (int i = 0; i < w * h; i += 7) ++count[static_cast<unsigned>(px[i * 4] << 16 | px[i * 4 + 1] << 8 | px[i * 4 + 2])];
    stbi_image_free(px);
    unsigned best = 0;
    int most = 0;
    for (const auto& entry : count)
        if (entry.second > most) {
            most = entry.second;
            best = entry.first;
        }
    return best;
}
}  // namespace

TEST_CASE("a recorded workshop opens in two real windows: the projector window and the facilitator window") {
    if (!std::getenv("DISPLAY")) {
        MESSAGE("no DISPLAY: run under xvfb-run (make test does)");
        return;
    }
    test::TempDir dir;
    const auto png = dir.path / "workshop.png";
    const auto root = test::fixture("..") / "..";
    const std::string cmd = std::string(LWP_BINARY) + " --scenarios '" + (root / "scenarios").string() + "' --data-dir '" +
                            dir.path.string() + "' --open oefencasus --actions '" + (root / "tools/demo/workshop-oefencasus.json").string() +
                            "' --screenshot '" + png.string() + "' --frames 4 --size 1024x768";
    REQUIRE(std::system(cmd.c_str()) == 0);
    int pw = 0, ph = 0, fw = 0, fh = 0, sw = 0, sh = 0;
    const unsigned projector = background_of(png, pw, ph);
    const unsigned facilitator = background_of(dir.path / "workshop-begeleider.png", fw, fh);
    background_of(dir.path / "workshop-samen.png", sw, sh);
    CHECK(pw == 1024);
    CHECK(ph == 768);
    CHECK(fw == 1280);  // the laptop's window
    CHECK(fh == 800);
    CHECK(sw == fw + 24 + pw);  // side by side
    CHECK(sh == std::max(fh, ph));
    // Each window has its own content: the facilitator's warm paper, the projector's white cards
    // on light grey.
    CHECK(facilitator == 0xFAF5E6u);
    CHECK((projector == 0xFFFFFFu || projector == 0xF6F7F9u));
    // One window (--een-venster): no facilitator window is opened.
    const auto one = dir.path / "een.png";
    const std::string cmd1 = std::string(LWP_BINARY) + " --scenarios '" + (root / "scenarios").string() + "' --data-dir '" +
                             (dir.path / "een").string() + "' --open oefencasus --actions '" +
                             (root / "tools/demo/workshop-oefencasus.json").string() + "' --een-venster --screenshot '" + one.string() +
                             "' --frames 3 --size 1024x768";
    REQUIRE(std::system(cmd1.c_str()) == 0);
    CHECK(std::filesystem::exists(one));
    CHECK_FALSE(std::filesystem::exists(dir.path / "een-begeleider.png"));
}
