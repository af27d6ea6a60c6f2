#include "geo/GeoClip.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace geo_clip_test {

using namespace gb::geo;

namespace {
double ringArea(const LonLatPath& r) { // shoelace in degrees², enough to compare clips
    double a = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const LonLat p = r[i], q = r[(i + 1) % r.size()];
        a += p.lon * q.lat - q.lon * p.lat;
    }
    return std::abs(a) / 2;
}
ProjectionDomain boxDomain(double lon0) {
    ProjectionDomain d;
    d.centralLon = lon0;
    return d;
}
} // namespace

TEST(GeoClip, NormalizeLon) {
    EXPECT_DOUBLE_EQ(normalizeLon(190.0), -170.0);
    EXPECT_DOUBLE_EQ(normalizeLon(-180.0), 180.0);
    EXPECT_DOUBLE_EQ(normalizeLon(540.0), 180.0);
    EXPECT_DOUBLE_EQ(normalizeLon(12.5), 12.5);
}

TEST(GeoClip, DensifySplitsLongEdges) {
    const LonLatPath line = densify({{0, 0}, {10, 0}}, 1.0, false);
    ASSERT_EQ(line.size(), 11u);
    EXPECT_DOUBLE_EQ(line[3].lon, 3.0);
    const LonLatPath ring = densify({{0, 0}, {2, 0}, {2, 2}}, 1.0, true);
    EXPECT_EQ(ring.size(), 6u); // 3 corners + one midpoint per edge
}

TEST(GeoClip, RingAwayFromTheSeamIsUntouched) {
    const LonLatPath square{{10, 10}, {20, 10}, {20, 20}, {10, 20}};
    const auto parts = clipRing(square, boxDomain(80.0));
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_NEAR(ringArea(parts[0]), 100.0, 1e-9);
}

TEST(GeoClip, RingAcrossTheSeamIsSplitInTwo) {
    // The seam of a map centred on 80°E is at -100° (= 260°).
    const LonLatPath square{{-110, 10}, {-90, 10}, {-90, 20}, {-110, 20}};
    const auto parts = clipRing(square, boxDomain(80.0));
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_NEAR(ringArea(parts[0]) + ringArea(parts[1]), 200.0, 1e-3);
    for (const auto& part : parts)
        for (LonLat p : part)
            EXPECT_GE(std::abs(normalizeLon(p.lon - 80.0)), 0.0);
}

TEST(GeoClip, LatitudeLimitsCutRings) {
    ProjectionDomain d = boxDomain(0.0);
    d.minLat = -35.0;
    const auto parts = clipRing({{0, -50}, {10, -50}, {10, -20}, {0, -20}}, d);
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_NEAR(ringArea(parts[0]), 150.0, 1e-6);
}

TEST(GeoClip, HemisphereDropsTheFarSide) {
    ProjectionDomain d;
    d.hemisphereCentre = LonLat{0.0, 0.0};
    EXPECT_TRUE(clipRing({{170, 10}, {175, 10}, {175, 15}}, d).empty());
    EXPECT_EQ(clipRing({{0, 10}, {5, 10}, {5, 15}}, d).size(), 1u);
    // A line from the near side to the far side stops at the horizon (90° from the centre).
    const auto pieces = clipLine(densify({{0, 0}, {120, 0}}, 1.0, false), d);
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_NEAR(pieces[0].back().lon, 90.0, 1e-3);
}

TEST(GeoClip, AntimeridianEdgesAreRecognised) {
    EXPECT_TRUE(isAntimeridianEdge({180, 60}, {180, 65}));
    EXPECT_TRUE(isAntimeridianEdge({-180, 60}, {-180, 65}));
    EXPECT_FALSE(isAntimeridianEdge({179, 60}, {180, 65}));
}

TEST(GeoClip, GraticuleHasMeridiansAndParallels) {
    const auto lines = graticule(30.0);
    EXPECT_EQ(lines.size(), 12u + 2u * 6u); // 12 meridians; parallels -60..60 in two halves
}

TEST(GeoClip, PointsInsideTheDomain) {
    ProjectionDomain globe;
    globe.hemisphereCentre = LonLat{80.0, 45.0};
    EXPECT_TRUE(isInDomain({139.749, 35.674}, globe));  // Tokyo faces the viewer
    EXPECT_FALSE(isInDomain({-74.0, 40.7}, globe));     // New York is behind
    ProjectionDomain mercator;
    mercator.minLat = -85.05;
    mercator.maxLat = 85.05;
    EXPECT_FALSE(isInDomain({0.0, 89.0}, mercator));
    EXPECT_TRUE(isInDomain({0.0, 60.0}, mercator));
}

TEST(GeoClip, LinesClippedToABoxKeepOnlyWhatIsInside) {
    const LonLatBox box{10, 40, 20, 50};
    // In, out through the east side, back in through it: two pieces cut exactly on the side.
    const auto pieces = clipLineToBox({{12, 45}, {25, 45}, {25, 47}, {15, 47}}, box);
    ASSERT_EQ(pieces.size(), 2u);
    EXPECT_EQ(pieces[0].front(), (LonLat{12, 45}));
    EXPECT_EQ(pieces[0].back(), (LonLat{20, 45}));
    EXPECT_EQ(pieces[1].front(), (LonLat{20, 47}));
    EXPECT_EQ(pieces[1].back(), (LonLat{15, 47}));
    EXPECT_TRUE(clipLineToBox({{30, 45}, {40, 45}}, box).empty());
    EXPECT_EQ(clipLineToBox({{11, 41}, {19, 49}}, box).at(0).size(), 2u); // wholly inside: as it is
}

TEST(GeoClip, RingsClippedToABoxAreTheirIntersection) {
    const LonLatBox box{0, 0, 10, 10};
    EXPECT_TRUE(clipRingToBox({{20, 20}, {30, 20}, {30, 30}}, box).empty());
    const LonLatPath inside{{1, 1}, {2, 1}, {2, 2}};
    EXPECT_EQ(clipRingToBox(inside, box), inside);
    // A square half out of the box: what is left is the half inside.
    const LonLatPath half = clipRingToBox({{5, 2}, {15, 2}, {15, 8}, {5, 8}}, box);
    double minLon = 1e9, maxLon = -1e9;
    for (const LonLat& p : half) {
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
    EXPECT_EQ(minLon, 5.0);
    EXPECT_EQ(maxLon, 10.0);
}

} // namespace geo_clip_test
