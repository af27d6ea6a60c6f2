#include "geo/RingCrossings.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace gb::geo {

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace ring_crossings_test {
namespace {

LonLatPath square(double x, double y, double side) {
    return {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}};
}

//! A star polygon {n/k}: n points on a circle, each joined to the one k steps on. It crosses
//! itself n*(k-1) times (every edge crosses 2*(k-1) others, each crossing counted once).
LonLatPath star(std::size_t n, std::size_t k) {
    LonLatPath ring;
    for (std::size_t i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * static_cast<double>(i * k % n) / static_cast<double>(n);
        ring.push_back({135 + 5 * std::cos(a), 35 + 5 * std::sin(a)});
    }
    return ring;
}

TEST(RingCrossings, ASimpleRingWithAHoleHasNone) {
    const std::vector<LonLatPath> rings{square(0, 0, 10), square(2, 2, 3)};
    EXPECT_EQ(countRingCrossings(rings), 0u);
}

TEST(RingCrossings, ABowTieCrossesOnce) {
    const std::vector<LonLatPath> rings{{{0, 0}, {10, 10}, {10, 0}, {0, 10}}};
    EXPECT_EQ(countRingCrossings(rings), 1u);
}

TEST(RingCrossings, AHoleReachingOutsideCrossesTheOuterRingTwice) {
    const std::vector<LonLatPath> rings{square(0, 0, 10), square(8, 2, 4)};
    EXPECT_EQ(countRingCrossings(rings), 2u);
}

TEST(RingCrossings, TouchingAtAPointIsNoCrossing) {
    // A ring touching itself at (5, 5): two loops meeting at one vertex.
    const std::vector<LonLatPath> rings{{{0, 0}, {5, 5}, {10, 0}, {10, 10}, {5, 5}, {0, 10}}};
    EXPECT_EQ(countRingCrossings(rings), 0u);
}

TEST(RingCrossings, AStarCrossesItselfNTimesKMinusOne) {
    const std::vector<LonLatPath> rings{star(7, 3)};
    EXPECT_EQ(countRingCrossings(rings), 14u);
    const std::vector<LonLatPath> pentagram{star(5, 2)};
    EXPECT_EQ(countRingCrossings(pentagram), 5u);
}

TEST(RingCrossings, AScribbleRunsOutOfTheCrossingBudget) {
    const std::vector<LonLatPath> rings{star(1001, 400)};
    EXPECT_FALSE(countRingCrossings(rings, {.maxCrossings = 1000, .maxPairTests = 100'000'000}).has_value());
    EXPECT_EQ(countRingCrossings(rings, {.maxCrossings = 1'000'000, .maxPairTests = 100'000'000}), 1001u * 399u);
}

TEST(RingCrossings, ManyOverlappingSegmentsRunOutOfTheTestBudget) {
    // 2,000 horizontal stripes of one ring-like comb: no crossing, but every segment overlaps
    // every other in longitude, so the sweep would compare ~2 million pairs.
    LonLatPath comb;
    for (int i = 0; i < 1000; ++i) {
        comb.push_back({0, i * 0.01});
        comb.push_back({100, i * 0.01 + 0.001});
    }
    const std::vector<LonLatPath> rings{comb};
    EXPECT_FALSE(countRingCrossings(rings, {.maxCrossings = 20'000, .maxPairTests = 100'000}).has_value());
}

} // namespace
} // namespace ring_crossings_test

} // namespace gb::geo
