// One real window under Xvfb (make test runs ctest inside xvfb-run): the app starts, draws the
// library and a case, and writes a PNG screenshot with actual content.
#include <doctest/doctest.h>

#include <cstdlib>
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
