#include "geo/Antimeridian.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace gb::geo {

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace antimeridian_test {
namespace {

double area(const LonLatPath& ring) { // shoelace, in square degrees
    double twice = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LonLat& a = ring[i];
        const LonLat& b = ring[(i + 1) % ring.size()];
        twice += a.lon * b.lat - b.lon * a.lat;
    }
    return std::abs(twice) / 2;
}

LonLatBox boundsOf(const std::vector<LonLatPath>& rings) {
    LonLatBox b{1e9, 1e9, -1e9, -1e9};
    for (const LonLatPath& r : rings)
        for (const LonLat& p : r) {
            b.west = std::min(b.west, p.lon), b.east = std::max(b.east, p.lon);
            b.south = std::min(b.south, p.lat), b.north = std::max(b.north, p.lat);
        }
    return b;
}

void expectBox(const LonLatBox& b, double west, double south, double east, double north) {
    EXPECT_DOUBLE_EQ(b.west, west);
    EXPECT_DOUBLE_EQ(b.south, south);
    EXPECT_DOUBLE_EQ(b.east, east);
    EXPECT_DOUBLE_EQ(b.north, north);
}

} // namespace

TEST(Antimeridian, ARingThatJumpsAcross180IsCutThere) {
    const std::vector<LonLatPath> rings{{{170, 60}, {-170, 60}, {-170, 70}, {170, 70}}};
    ASSERT_TRUE(crossesAntimeridian(rings));
    const auto parts = splitAtAntimeridian(rings);
    ASSERT_EQ(parts.size(), 2u);
    expectBox(boundsOf(parts[0]), 170, 60, 180, 70);
    expectBox(boundsOf(parts[1]), -180, 60, -170, 70);
    EXPECT_DOUBLE_EQ(area(parts[0][0]) + area(parts[1][0]), 200.0); // 20 x 10 degrees, not 340 x 10
}

TEST(Antimeridian, ARingThatRunsPast180IsCutAndItsEndMovedWest) {
    // As world-atlas writes Chukotka: longitudes up to 190.
    const auto parts = splitAtAntimeridian({{{175, 64}, {190, 64}, {190, 70}, {175, 70}}});
    ASSERT_EQ(parts.size(), 2u);
    expectBox(boundsOf(parts[0]), 175, 64, 180, 70);
    expectBox(boundsOf(parts[1]), -180, 64, -170, 70);
}

TEST(Antimeridian, ARingRoundThePoleIsClosedOverIt) {
    LonLatPath ring;
    for (int lon = -170; lon <= 170; lon += 20)
        ring.push_back({static_cast<double>(lon), 80});
    const auto parts = splitAtAntimeridian({ring});
    double total = 0;
    for (const auto& part : parts) {
        const LonLatBox b = boundsOf(part);
        EXPECT_GE(b.west, -180.0);
        EXPECT_LE(b.east, 180.0);
        EXPECT_DOUBLE_EQ(b.north, 90.0); // it reaches the pole
        total += area(part[0]);
    }
    EXPECT_DOUBLE_EQ(total, 3600.0); // the cap above 80 N: 360 x 10 degrees
}

TEST(Antimeridian, ARingThatStaysInsideIsLeftAlone) {
    const std::vector<LonLatPath> rings{{{130, 30}, {140, 30}, {140, 40}}, {{132, 32}, {134, 32}, {134, 34}}};
    EXPECT_FALSE(crossesAntimeridian(rings));
    const auto parts = splitAtAntimeridian(rings);
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_EQ(parts[0], rings);
}

} // namespace antimeridian_test

} // namespace gb::geo
