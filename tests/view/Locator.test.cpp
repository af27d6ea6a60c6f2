// The locator inset: which pictures get one, and what it shows.
#include "view/Locator.hpp"

#include <gtest/gtest.h>

using namespace gb::view;

TEST(Locator, OnlyPicturesOfASmallAreaGetOne) {
    // 1280 px at 3 km a pixel: 3,840 km across, a region's slide.
    EXPECT_TRUE(wantsLocator(Camera({0, 0}, 3000.0, 1280, 720)));
    // At 3.2 km a pixel: 4,096 km, past the limit (the overview of Eurasia is ~10,000 km).
    EXPECT_FALSE(wantsLocator(Camera({0, 0}, 3200.0, 1280, 720)));
}

TEST(Locator, FiveTimesThePictureAndAtLeast5000Km) {
    const Camera kursk({1.0e6, 2.0e6}, 800.0, 1280, 720); // 1,024 km across
    const Camera inset = locatorCamera(kursk, 200, 140);
    EXPECT_DOUBLE_EQ(inset.centre().x, 1.0e6);
    EXPECT_DOUBLE_EQ(inset.centre().y, 2.0e6);
    EXPECT_DOUBLE_EQ(inset.metresPerPixel(), 5.12e6 / 200.0); // five times 1,024 km
    const Camera town({0, 0}, 100.0, 1280, 720);              // 128 km across
    EXPECT_DOUBLE_EQ(locatorCamera(town, 200, 140).metresPerPixel(), 5.0e6 / 200.0);
    // The area to build map data for: a square of that span around the centre.
    const gb::geo::MapBox area = locatorArea(kursk);
    EXPECT_DOUBLE_EQ(area.minX, 1.0e6 - 2.56e6);
    EXPECT_DOUBLE_EQ(area.maxY, 2.0e6 + 2.56e6);
    EXPECT_TRUE(area.contains(inset.visibleArea().centre()));
    EXPECT_LE(inset.visibleArea().height(), area.height());
}
