// The locator inset: which pictures get one, and what it shows.
#include "view/Locator.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace locator_test {

using namespace gb::view;

TEST(Locator, OnlyPicturesOfASmallAreaGetOne) {
    // 1280 px at 1.9 km a pixel: 2,432 km across, the Vladivostok slide.
    EXPECT_TRUE(wantsLocator(Camera({0, 0}, 1900.0, 1280, 720)));
    // At 2 km a pixel: 2,560 km, past the limit (the Far East slide is 3,500 km).
    EXPECT_FALSE(wantsLocator(Camera({0, 0}, 2000.0, 1280, 720)));
}

TEST(Locator, FourTimesThePictureAndAtLeast4000Km) {
    Camera vladivostok({1.0e6, 2.0e6}, 1800.0, 1280, 720); // 2,304 km across
    vladivostok.setRotation(0.5);
    const Camera inset = locatorCamera(vladivostok, 200, 140);
    EXPECT_DOUBLE_EQ(inset.centre().x, 1.0e6);
    EXPECT_DOUBLE_EQ(inset.centre().y, 2.0e6);
    EXPECT_DOUBLE_EQ(inset.rotation(), 0.5); // north where the picture has it
    const double span = 4.0 * vladivostok.visibleArea().width(); // the turned picture's box, four times
    EXPECT_DOUBLE_EQ(inset.metresPerPixel(), span / 200.0);
    const Camera kursk({0, 0}, 600.0, 1280, 720); // 768 km across
    EXPECT_DOUBLE_EQ(locatorCamera(kursk, 200, 140).metresPerPixel(), 4.0e6 / 200.0);
}

} // namespace locator_test
