#include "geo/AreaBounds.hpp"
#include "geo/Projection.hpp"

#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace projection_test {

using namespace gb::geo;

namespace {
Projection make(ProjectionKind kind, LonLat centre = {80.0, 45.0}) {
    return Projection(ProjectionSpec{kind, centre});
}

//! The oracle: GDAL's OSR transformation from WGS84 (longitude first) to the projection's
//! definition, as geobrief used before calling PROJ itself.
struct OsrTransform {
    struct Deleter {
        void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
    };
    std::unique_ptr<OGRCoordinateTransformation, Deleter> toMap, toGeo;

    explicit OsrTransform(const std::string& definition) {
        OGRSpatialReference wgs84, map;
        wgs84.SetWellKnownGeogCS("WGS84");
        EXPECT_EQ(map.importFromProj4(definition.c_str()), OGRERR_NONE);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        map.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toMap.reset(OGRCreateCoordinateTransformation(&wgs84, &map));
        toGeo.reset(OGRCreateCoordinateTransformation(&map, &wgs84));
    }
    //! nullopt where OSR fails or gives a non-finite number.
    static std::optional<std::pair<double, double>> apply(OGRCoordinateTransformation& ct, double x, double y) {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        int ok = 0;
        const bool done = ct.Transform(1, &x, &y, nullptr, &ok);
        CPLPopErrorHandler();
        if (!done || !ok || !std::isfinite(x) || !std::isfinite(y))
            return std::nullopt;
        return std::pair{x, y};
    }
};
} // namespace

// The same numbers, to the bit, as GDAL's OSR gives for the same definition: forward for a
// 7.5-degree grid over the whole globe (points a projection cannot show included), point by
// point and in a batch, and back. Centres on both hemispheres and next to the antimeridian.
TEST(Projection, GivesOsrsNumbersToTheBit) {
    for (const LonLat centre : {LonLat{80.0, 45.0}, LonLat{-100.0, 30.0}, LonLat{179.5, -20.0}})
        for (ProjectionKind kind : allProjectionKinds()) {
            const Projection p = make(kind, centre);
            OsrTransform osr(p.definition());
            ASSERT_TRUE(osr.toMap && osr.toGeo) << p.definition();
            std::vector<double> xs, ys;
            for (double lat = -90.0; lat <= 90.0; lat += 7.5)
                for (double lon = -180.0; lon <= 180.0; lon += 7.5) {
                    xs.push_back(lon + 0.123456789);
                    ys.push_back(std::clamp(lat + 0.987654321, -90.0, 90.0));
                }
            std::vector<double> bx = xs, by = ys;
            std::vector<int> ok(xs.size());
            p.forwardInPlace(bx, by, ok);
            std::size_t shown = 0;
            for (std::size_t i = 0; i < xs.size(); ++i) {
                const auto expected = OsrTransform::apply(*osr.toMap, xs[i], ys[i]);
                const auto got = p.forward({xs[i], ys[i]});
                ASSERT_EQ(got.has_value(), expected.has_value()) << p.definition() << " at " << xs[i] << ", " << ys[i];
                ASSERT_EQ(ok[i] != 0, expected.has_value()) << p.definition() << " at " << xs[i] << ", " << ys[i];
                if (!expected)
                    continue;
                ++shown;
                EXPECT_EQ(got->x, expected->first) << p.definition() << " at " << xs[i] << ", " << ys[i];
                EXPECT_EQ(got->y, expected->second) << p.definition() << " at " << xs[i] << ", " << ys[i];
                EXPECT_EQ(bx[i], expected->first);
                EXPECT_EQ(by[i], expected->second);
                const auto back = p.inverse(*got);
                const auto expectedBack = OsrTransform::apply(*osr.toGeo, got->x, got->y);
                ASSERT_EQ(back.has_value(), expectedBack.has_value()) << p.definition();
                if (back) {
                    EXPECT_EQ(back->lon, expectedBack->first) << p.definition();
                    EXPECT_EQ(back->lat, expectedBack->second) << p.definition();
                }
            }
            EXPECT_GT(shown, xs.size() / 3) << p.definition(); // the grid was mostly projected
        }
}

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
