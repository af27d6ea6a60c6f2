// Cartography in pixels: a slide of a small area carries a locator inset with its frame marked,
// and --no-inset (its twin) takes it away; country and sea names appear on the map.
#include "RunProcess.hpp"
#include "render/PngFile.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace cartography_test {

using namespace gb;
using namespace gb::test;

namespace {

render::RgbaImage exportPicture(const ScratchDir& dir, const std::string& name, const std::string& args) {
    const auto out = dir.path() / (name + ".png");
    const auto r = runProcess(geobrief() + " --export " + out.string() + " " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return render::readPng(out);
}

//! Pixels of the locator's red frame (200, 30, 30) in the bottom right quarter.
std::size_t locatorFramePixels(const render::RgbaImage& picture) {
    std::size_t n = 0;
    for (unsigned y = picture.height / 2; y < picture.height; ++y)
        for (unsigned x = picture.width / 2; x < picture.width; ++x) {
            const auto* px = picture.at(x, y);
            n += std::abs(px[0] - 200) <= 6 && std::abs(px[1] - 30) <= 6 && std::abs(px[2] - 30) <= 6;
        }
    return n;
}

} // namespace

TEST(Cartography, ASlideOfASmallAreaHasALocatorAndNoInsetTakesItAway) {
    ScratchDir dir;
    // Kursk Oblast (step 3, 790 km across): the frame is at least 8 px square, drawn 2 px wide.
    const auto kursk = exportPicture(dir, "kursk", "--step 3 --size 1280x720");
    EXPECT_GT(locatorFramePixels(kursk), 60u);
    const auto bare = exportPicture(dir, "bare", "--step 3 --size 1280x720 --no-inset");
    EXPECT_EQ(locatorFramePixels(bare), 0u);
    // The Far East (step 5, 3,500 km across) places itself: no inset.
    EXPECT_EQ(locatorFramePixels(exportPicture(dir, "far-east", "--step 5 --size 1280x720")), 0u);
}

} // namespace cartography_test
