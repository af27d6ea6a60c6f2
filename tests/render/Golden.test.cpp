// Drawing end to end: geobrief --export against golden PNGs (with a tolerance for rasteriser
// differences), and exact colours at known places.
#include "RunProcess.hpp"
#include "app/InitialView.hpp"
#include "render/PngFile.hpp"
#include "support/GoldenImage.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace golden_test {

using namespace gb;
using namespace gb::test;

namespace {

std::filesystem::path goldenDir() { return std::filesystem::path(GEOBRIEF_TEST_DIR) / "golden"; }

render::RgbaImage exportView(const ScratchDir& dir, const std::string& name, const std::string& args) {
    const auto out = dir.path() / (name + ".png");
    const auto r = runProcess(geobrief() + " --export " + out.string() + " " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return render::readPng(out);
}

//! Share of pixels whose colour differs by more than `tolerance` in any channel.
double differingShare(const render::RgbaImage& a, const render::RgbaImage& b, int tolerance) {
    return compareImages(a, b, tolerance).share();
}

//! The tolerance for this machine: tight on the renderer the goldens were recorded with.
GoldenTolerance toleranceHere() {
    const std::string recorded = goldenRenderer(goldenDir());
    if (currentRenderer() == recorded)
        return pinnedTolerance();
    std::cerr << "note: goldens were recorded on '" << recorded << "', this renderer is '" << currentRenderer()
              << "': comparing with the foreign-renderer tolerance\n";
    return foreignRendererTolerance();
}

//! Exports with `args` (and the default story unless `args` names another) and checks the
//! picture against the golden `name`.png. GEOBRIEF_UPDATE_GOLDEN=1 records it instead (and the
//! renderer with it): a deliberate step, to be looked at before it is committed.
GoldenCheck checkGolden(const std::string& name, const std::string& args) {
    ScratchDir dir;
    const render::RgbaImage got = exportView(dir, name, args);
    const auto golden = goldenDir() / (name + ".png");
    return checkAgainstGolden(got, golden, toleranceHere(), goldenDir());
}

void expectMatchesGolden(const std::string& name, const std::string& args) {
    if (std::getenv("GEOBRIEF_UPDATE_GOLDEN")) {
        ScratchDir dir;
        const render::RgbaImage got = exportView(dir, name, args);
        const auto golden = goldenDir() / (name + ".png");
        std::filesystem::remove(golden);
        (void)render::writePngNoOverwrite(got, golden);
        std::ofstream(goldenDir() / "RENDERER") << currentRenderer() << "\n";
        GTEST_SKIP() << "golden image written: " << golden;
    }
    const GoldenCheck check = checkGolden(name, args);
    EXPECT_TRUE(check.matches) << check.message;
}

bool near(const std::uint8_t* px, int r, int g, int b, int tolerance = 3) {
    return std::abs(px[0] - r) <= tolerance && std::abs(px[1] - g) <= tolerance && std::abs(px[2] - b) <= tolerance;
}

} // namespace

TEST(Golden, DefaultView) { expectMatchesGolden("default-1280x720", "--size 1280x720 --no-overlays"); }

TEST(Golden, ZoomOnKursk) { expectMatchesGolden("kursk-800x600", "--size 800x600 --no-overlays --bounds 33,50,40,53.5"); }

TEST(Golden, ZoomOnTheFarEast) { expectMatchesGolden("far-east-800x600", "--size 800x600 --no-overlays --bounds 110,40,165,66"); }

TEST(Golden, StoryOn11October) {
    expectMatchesGolden("story-2024-10-11-1280x720", "--size 1280x720 --no-overlays --time 2024-10-11");
}

TEST(Golden, StoryOn25October) {
    expectMatchesGolden("story-2024-10-25-1280x720", "--size 1280x720 --no-overlays --time 2024-10-25");
}

TEST(Golden, StepNineThePartnership) { expectMatchesGolden("step-9-1280x720", "--size 1280x720 --no-overlays --step 9"); }

TEST(Golden, StepFourBySea) { expectMatchesGolden("step-4-1280x720", "--size 1280x720 --no-overlays --step 4 --lang es"); }

TEST(Pixels, FlowsAppearAsTheirDatesPass) {
    ScratchDir dir;
    // The line to Kursk is drawn from 23 Oct (first reported there): absent on the 11th, drawn on the 25th.
    const auto countColour = [](const render::RgbaImage& image, int r, int g, int b) {
        std::size_t n = 0;
        for (unsigned y = 0; y < image.height; ++y)
            for (unsigned x = 0; x < image.width; ++x)
                n += near(image.at(x, y), r, g, b, 2);
        return n;
    };
    const auto before = exportView(dir, "before", "--size 800x450 --no-overlays --time 2024-10-11");
    const auto after = exportView(dir, "after", "--size 800x450 --no-overlays --time 2024-10-25");
    EXPECT_LT(countColour(before, 0x5e, 0x0f, 0x0f), 20u);
    EXPECT_GT(countColour(after, 0x5e, 0x0f, 0x0f), 300u);
    // The pact (1 Nov) is not there yet on 25 Oct.
    EXPECT_LT(countColour(after, 0x1f, 0x4e, 0x9c), 20u);
}

TEST(Cli, StepOutOfRangeIsAUsageError) {
    const auto r = runProcess(geobrief() + " --export /tmp/never.png --step 99");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--step 99: "), std::string::npos);
    EXPECT_NE(r.err.find("has 10 step(s)"), std::string::npos);
    EXPECT_EQ(runProcess(geobrief() + " --export /tmp/never.png --time 2024-13-01").exitCode, 2);
}

TEST(Golden, GlobeView) { expectMatchesGolden("globe-600x600", "--size 600x600 --no-overlays --projection globe --zoom 1.3"); }

TEST(Pixels, JapanHasJapansColour) {
    ScratchDir dir;
    const render::RgbaImage image = exportView(dir, "default", "--size 1280x720 --no-overlays");
    // A point inland on Honshu (Nagano prefecture), projected with the same camera as the app.
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    app::Options options;
    const view::Camera camera = app::initialCamera(options, lambert, 1280, 720);
    const view::ScreenPoint nagano = camera.toScreen(*lambert.forward({138.0, 36.2}));
    const auto* px = image.at(unsigned(std::lround(nagano.x)), unsigned(std::lround(nagano.y)));
    EXPECT_TRUE(near(px, 0xd9, 0x54, 0x4f)) << int(px[0]) << "," << int(px[1]) << "," << int(px[2]);
    // The sea south of Japan has the sea's colour, a neutral country (Mongolia, in the Gobi:
    // its name is written across the middle) the neutral one.
    const view::ScreenPoint pacific = camera.toScreen(*lambert.forward({143.0, 27.0}));
    EXPECT_TRUE(near(image.at(unsigned(pacific.x), unsigned(pacific.y)), 170, 203, 226));
    const view::ScreenPoint mongolia = camera.toScreen(*lambert.forward({103.0, 44.5}));
    EXPECT_TRUE(near(image.at(unsigned(mongolia.x), unsigned(mongolia.y)), 0xec, 0xe8, 0xdf));
}

TEST(Pixels, EveryProjectionDrawsLandAndSea) {
    ScratchDir dir;
    for (const char* projection : {"lambert", "equal-earth", "equirectangular", "mercator", "globe"}) {
        const render::RgbaImage image = exportView(dir, projection, std::string("--size 400x300 --no-overlays --zoom 2 --projection ") + projection);
        std::size_t sea = 0, neutral = 0;
        for (unsigned y = 0; y < image.height; ++y)
            for (unsigned x = 0; x < image.width; ++x) {
                sea += near(image.at(x, y), 170, 203, 226, 1);
                neutral += near(image.at(x, y), 0xec, 0xe8, 0xdf, 1);
            }
        EXPECT_GT(sea, 400u * 300u / 8) << projection;
        EXPECT_GT(neutral, 400u * 300u / 20) << projection;
    }
}

// ---- Slides (issue 5): overlays, sizes, scale, transparency, decks.

TEST(Golden, SlideOfStepTenWithOverlays) { expectMatchesGolden("slide-step-10-1920x1080", "--size 1920x1080 --step 10"); }

TEST(Slides, ExactSizes) {
    ScratchDir dir;
    for (const char* size : {"1280x720", "333x217"}) {
        const auto image = exportView(dir, size, std::string("--size ") + size);
        EXPECT_EQ(std::to_string(image.width) + "x" + std::to_string(image.height), size);
    }
}

TEST(Slides, TwiceTheSizeIsTheSamePictureFiner) {
    ScratchDir dir;
    const auto small = exportView(dir, "small", "--size 960x540 --scale 1");
    const auto large = exportView(dir, "large", "--size 1920x1080 --scale 2");
    // Downscale the large one 2x2 -> 1 and compare.
    render::RgbaImage down;
    down.width = small.width;
    down.height = small.height;
    down.pixels.resize(small.pixels.size());
    for (unsigned y = 0; y < down.height; ++y)
        for (unsigned x = 0; x < down.width; ++x)
            for (int c = 0; c < 4; ++c) {
                int sum = 0;
                for (unsigned dy = 0; dy < 2; ++dy)
                    for (unsigned dx = 0; dx < 2; ++dx)
                        sum += large.at(2 * x + dx, 2 * y + dy)[c];
                down.pixels[(std::size_t(y) * down.width + x) * 4 + c] = static_cast<std::uint8_t>(sum / 4);
            }
    // One-pixel lines and hinted glyphs cannot land on identical pixels: with the legend, its
    // confidence rows and the source line, about 11% differ. A picture laid out differently (the
    // view zoomed 4%, --bounds -7,29,147,67) differs in 22.5%.
    EXPECT_LT(differingShare(down, small, 64), 0.15);
}

TEST(Slides, TransparentExportHasNoSea) {
    ScratchDir dir;
    const auto image = exportView(dir, "clear", "--size 1280x720 --no-overlays --transparent");
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const view::Camera camera = app::initialCamera(app::Options{}, lambert, 1280, 720);
    const view::ScreenPoint pacific = camera.toScreen(*lambert.forward({143.0, 27.0}));
    EXPECT_EQ(image.at(unsigned(pacific.x), unsigned(pacific.y))[3], 0);
    const view::ScreenPoint mongolia = camera.toScreen(*lambert.forward({103.0, 44.5}));
    EXPECT_EQ(image.at(unsigned(mongolia.x), unsigned(mongolia.y))[3], 255);
}

TEST(Slides, ExportStepsWritesADeck) {
    ScratchDir dir;
    const auto r = runProcess(geobrief() + " --export-steps " + dir.path().string() + " --size 480x270");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    int pictures = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        pictures += entry.path().extension() == ".png";
    EXPECT_EQ(pictures, 10);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "01-two-threads-june-november-2024.png"));
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "09-tokyo-1-november-2024.png"));
    const std::string index = readAll(dir.path() / "index.md");
    EXPECT_NE(index.find("9. [Tokyo, 1 November 2024](09-tokyo-1-november-2024.png)"), std::string::npos) << index;
    // Each slide's sources in full, numbered as on the slide.
    EXPECT_NE(index.find("   - [1] EEAS press release (reproduced by IEU Monitoring), \"[EEAS press release on the first "
                         "EU-Japan Strategic Dialogue, reproduced]\", 1 Nov 2024. <https://ieu-monitoring.com/?p=447734>"),
              std::string::npos)
        << index;
    // Again: nothing is overwritten, every picture gets a numbered name.
    ASSERT_EQ(runProcess(geobrief() + " --export-steps " + dir.path().string() + " --size 480x270").exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "09-tokyo-1-november-2024-1.png"));
    // The first deck's index stays; the second's is index-1.md and names the new pictures.
    EXPECT_EQ(readAll(dir.path() / "index.md"), index);
    EXPECT_NE(readAll(dir.path() / "index-1.md").find("(09-tokyo-1-november-2024-1.png)"), std::string::npos);
}

TEST(Slides, UnwritablePlacesGiveExit4AndNoFile) {
    EXPECT_EQ(runProcess(geobrief() + " --export /proc/geobrief-test.png --size 64x64").exitCode, 4);
    EXPECT_FALSE(std::filesystem::exists("/proc/geobrief-test.png"));
    // A deck's folder is made when missing, but only inside a folder that exists.
    const auto r = runProcess(geobrief() + " --export-steps /nonexistent-parent/deck --size 64x64");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err, "geobrief: /nonexistent-parent/deck: the folder /nonexistent-parent does not exist\n");
    EXPECT_FALSE(std::filesystem::exists("/nonexistent-parent"));
}

TEST(Slides, ExportStepsMakesAMissingFolder) {
    ScratchDir dir;
    const auto deck = dir.path() / "deck";
    ASSERT_EQ(runProcess(geobrief() + " --export-steps " + deck.string() + " --size 160x90").exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(deck / "index.md"));
}

} // namespace golden_test
