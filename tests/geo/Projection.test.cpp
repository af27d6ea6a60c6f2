#include "geo/AreaBounds.hpp"
#include "geo/Projection.hpp"

#include <gtest/gtest.h>

#include <algorithm>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace projection_test {

using namespace gb::geo;

namespace {
Projection make(ProjectionKind kind, LonLat centre = {80.0, 45.0}) {
    return Projection(ProjectionSpec{kind, centre});
}
} // namespace

TEST(Projection, LambertOriginIsAtZero) {
    const Projection p = make(ProjectionKind::Lambert);
    const auto origin = p.forward({80.0, 45.0});
    ASSERT_TRUE(origin);
    EXPECT_NEAR(origin->x, 0.0, 1e-6);
    EXPECT_NEAR(origin->y, 0.0, 1e-6);
    // North of the origin on the central meridian: x stays 0, y grows.
    const auto north = p.forward({80.0, 55.0});
    ASSERT_TRUE(north);
    EXPECT_NEAR(north->x, 0.0, 1e-6);
    EXPECT_GT(north->y, 1.0e6);
}

TEST(Projection, MercatorKnownCoordinate) {
    const Projection p = make(ProjectionKind::WebMercator);
    const auto m = p.forward({80.0, 45.0});
    ASSERT_TRUE(m);
    EXPECT_NEAR(m->x, 0.0, 1e-6);
    EXPECT_NEAR(m->y, 5621521.49, 0.01); // R * ln(tan(pi/4 + phi/2)) on the 6378137 m sphere
}

TEST(Projection, EquirectangularKnownCoordinate) {
    const Projection p = make(ProjectionKind::Equirectangular);
    const auto m = p.forward({81.0, 0.0});
    ASSERT_TRUE(m);
    EXPECT_NEAR(m->x, 111319.49, 0.01); // one degree of the WGS84 equator
    EXPECT_NEAR(m->y, 0.0, 1e-6);
}

TEST(Projection, OrthographicHidesTheFarSide) {
    const Projection p = make(ProjectionKind::Orthographic, {80.0, 45.0});
    const auto centre = p.forward({80.0, 45.0});
    ASSERT_TRUE(centre);
    EXPECT_NEAR(centre->x, 0.0, 1e-6);
    EXPECT_NEAR(centre->y, 0.0, 1e-6);
    EXPECT_FALSE(p.forward({-100.0, -45.0})); // the antipode
    ASSERT_TRUE(p.domain().hemisphereCentre);
}

TEST(Projection, RoundTripsEveryKind) {
    const LonLat places[] = {{139.749, 35.674}, {4.3827, 50.8437}, {36.1833, 51.7167},
                             {131.8853, 43.115}, {30.5234, 50.4501}};
    for (ProjectionKind kind : allProjectionKinds()) {
        const Projection p = make(kind);
        for (LonLat place : places) {
            const auto m = p.forward(place);
            ASSERT_TRUE(m) << cliName(kind);
            const auto back = p.inverse(*m);
            ASSERT_TRUE(back) << cliName(kind);
            EXPECT_NEAR(back->lon, place.lon, 1e-7) << cliName(kind);
            EXPECT_NEAR(back->lat, place.lat, 1e-7) << cliName(kind);
        }
    }
}

TEST(Projection, DomainsMatchWhatEachKindCanShow) {
    EXPECT_DOUBLE_EQ(make(ProjectionKind::Lambert).domain().minLat, -35.0);
    EXPECT_NEAR(make(ProjectionKind::WebMercator).domain().maxLat, 85.0511, 1e-4);
    EXPECT_DOUBLE_EQ(make(ProjectionKind::EqualEarth).domain().centralLon, 80.0);
    const MapBox world = make(ProjectionKind::Equirectangular).worldBounds();
    EXPECT_NEAR(world.width(), 2 * 20037508.34, 3.0e5); // sampled 2.5° short of the seam
}

namespace {
//! Whether every point of the projected area (sampled inside, not only on its edge) is in
//! one of the boxes.
void expectBoxesHoldTheArea(const Projection& projection, const MapBox& area, const std::vector<LonLatBox>& boxes) {
    ASSERT_FALSE(boxes.empty());
    for (double fx = 0; fx <= 1.0; fx += 0.05)
        for (double fy = 0; fy <= 1.0; fy += 0.05) {
            const auto p = projection.inverse({area.minX + fx * area.width(), area.minY + fy * area.height()});
            ASSERT_TRUE(p);
            const bool held = std::any_of(boxes.begin(), boxes.end(), [&](const LonLatBox& b) {
                return p->lon >= b.west && p->lon <= b.east && p->lat >= b.south && p->lat <= b.north;
            });
            EXPECT_TRUE(held) << p->lon << "," << p->lat;
        }
}

MapBox around(MapPoint c, double halfWidth, double halfHeight) {
    return MapBox{c.x - halfWidth, c.y - halfHeight, c.x + halfWidth, c.y + halfHeight};
}
} // namespace

TEST(AreaBounds, TheBoxBehindAViewHoldsEveryPointOfIt) {
    const Projection lambert(ProjectionSpec{ProjectionKind::Lambert, {80.0, 45.0}});
    const MapBox area = around(*lambert.forward({36.19, 51.73}), 300e3, 200e3); // Kursk, 600 x 400 km
    const auto boxes = lonLatBoxesOf(lambert, area, 0.5);
    ASSERT_EQ(boxes.size(), 1u);
    expectBoxesHoldTheArea(lambert, area, boxes);
    // Tight: a few degrees, not the world (the view is turned ~30° against the meridians here).
    EXPECT_LT(boxes[0].east - boxes[0].west, 12.0);
    EXPECT_LT(boxes[0].north - boxes[0].south, 9.0);
}

TEST(AreaBounds, AViewAcrossTheAntimeridianGetsABoxOnEachSide) {
    const Projection lambert(ProjectionSpec{ProjectionKind::Lambert, {80.0, 45.0}});
    const MapBox area = around(*lambert.forward({180.0, 65.0}), 200e3, 200e3); // Chukotka and Alaska
    auto boxes = lonLatBoxesOf(lambert, area, 0.5);
    ASSERT_EQ(boxes.size(), 2u);
    expectBoxesHoldTheArea(lambert, area, boxes);
    std::sort(boxes.begin(), boxes.end(), [](const LonLatBox& a, const LonLatBox& b) { return a.west < b.west; });
    EXPECT_EQ(boxes[0].west, -180.0); // Alaska's side
    EXPECT_EQ(boxes[1].east, 180.0);  // Chukotka's
    EXPECT_LT(boxes[0].east - boxes[0].west + boxes[1].east - boxes[1].west, 20.0);
}

TEST(AreaBounds, AViewOverAPoleGetsEveryLongitudeDownToItsEdge) {
    const Projection lambert(ProjectionSpec{ProjectionKind::Lambert, {80.0, 45.0}});
    const MapBox area = around(*lambert.forward({80.0, 90.0}), 1e6, 1e6);
    const auto boxes = lonLatBoxesOf(lambert, area, 0.5);
    ASSERT_EQ(boxes.size(), 1u);
    EXPECT_EQ(boxes[0].north, 90.0);
    EXPECT_EQ(boxes[0].west, -180.0);
    EXPECT_GT(boxes[0].south, 60.0);
    expectBoxesHoldTheArea(lambert, area, boxes);
}

TEST(AreaBounds, NoBoxForAViewPastTheGlobesEdge) {
    const Projection globe(ProjectionSpec{ProjectionKind::Orthographic, {80.0, 45.0}});
    const MapBox world = globe.worldBounds();
    EXPECT_TRUE(lonLatBoxesOf(globe, around(world.centre(), world.width(), world.height()), 0.5).empty());
}

TEST(ProjectionKind, NamesRoundTrip) {
    for (ProjectionKind kind : allProjectionKinds())
        EXPECT_EQ(parseProjectionKind(cliName(kind)), kind);
    EXPECT_EQ(parseProjectionKind("orthographic"), ProjectionKind::Orthographic);
    EXPECT_FALSE(parseProjectionKind("robinson"));
    EXPECT_EQ(projectionNameList(), "lambert, equal-earth, equirectangular, mercator, globe");
}

TEST(Zoom, MetresPerPixelHalvesPerLevel) {
    EXPECT_NEAR(metresPerPixelAtZoom(0), 156543.034, 1e-3);
    EXPECT_NEAR(metresPerPixelAtZoom(3), 156543.034 / 8, 1e-3);
    EXPECT_NEAR(zoomAtMetresPerPixel(metresPerPixelAtZoom(4.25)), 4.25, 1e-12);
}

} // namespace projection_test
