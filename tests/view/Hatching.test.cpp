#include "view/Hatching.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace hatching_test {

using namespace gb::view;

namespace {
const double stripesFiveApartAlongX = 5.0 / std::sqrt(2.0); // stripes x + y = 5k
}

TEST(Hatching, StripesInsideASquareEndOnItsSides) {
    const std::vector<std::vector<ScreenPoint>> square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}};
    const auto segments = hatchSegments(square, stripesFiveApartAlongX);
    ASSERT_EQ(segments.size(), 3u); // x + y = 5, 10, 15; the corners at 0 and 20 are no stripe
    EXPECT_DOUBLE_EQ(segments[0].a.x, 0);
    EXPECT_DOUBLE_EQ(segments[0].a.y, 5);
    EXPECT_DOUBLE_EQ(segments[0].b.x, 5);
    EXPECT_DOUBLE_EQ(segments[0].b.y, 0);
    EXPECT_DOUBLE_EQ(segments[1].a.x, 0);
    EXPECT_DOUBLE_EQ(segments[1].b.x, 10);
    EXPECT_DOUBLE_EQ(segments[2].a.x, 5);
    EXPECT_DOUBLE_EQ(segments[2].a.y, 10);
    EXPECT_DOUBLE_EQ(segments[2].b.x, 10);
    EXPECT_DOUBLE_EQ(segments[2].b.y, 5);
}

TEST(Hatching, AHoleIsLeftOut) {
    const std::vector<std::vector<ScreenPoint>> withHole{{{0, 0}, {10, 0}, {10, 10}, {0, 10}},
                                                         {{4, 4}, {6, 4}, {6, 6}, {4, 6}}};
    const auto segments = hatchSegments(withHole, stripesFiveApartAlongX);
    ASSERT_EQ(segments.size(), 4u);
    // x + y = 10 crosses the hole from (4, 6) to (6, 4).
    EXPECT_DOUBLE_EQ(segments[1].b.x, 4);
    EXPECT_DOUBLE_EQ(segments[2].a.x, 6);
    EXPECT_TRUE(hatchSegments(withHole, 0).empty());
}

} // namespace hatching_test
