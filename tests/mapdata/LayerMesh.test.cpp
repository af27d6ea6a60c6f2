#include "geo/GeoClip.hpp"
#include "mapdata/LayerMesh.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace layer_mesh_test {

using namespace gb;
using namespace gb::mapdata;

namespace {
double shoelace(const std::vector<double>& flat) {
    double a = 0;
    const std::size_t n = flat.size() / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n;
        a += flat[2 * i] * flat[2 * j + 1] - flat[2 * j] * flat[2 * i + 1];
    }
    return a / 2;
}

//! The area the feature's rings enclose in the projected plane: shells minus holes (only the
//! part inside `box` when given).
double polygonArea(const GeoFeature& feature, const geo::Projection& projection,
                   const std::optional<geo::LonLatBox>& box = {}) {
    double total = 0;
    for (const auto& polygon : feature.polygons)
        for (std::size_t r = 0; r < polygon.rings.size(); ++r)
            for (const auto& piece : geo::clipRing(
                     geo::densify(box ? geo::clipRingToBox(polygon.rings[r], *box) : polygon.rings[r], 1.0, true),
                     projection.domain())) {
                std::vector<double> flat;
                for (geo::LonLat p : piece) {
                    const auto m = projection.forward(p);
                    flat.push_back(m->x);
                    flat.push_back(m->y);
                }
                total += (r == 0 ? 1 : -1) * std::abs(shoelace(flat));
            }
    return total;
}

double triangleArea(const LayerMesh& mesh, const FeatureMesh& fm) {
    double total = 0;
    for (std::uint32_t i = fm.fillBegin; i < fm.fillEnd; i += 3) {
        const MeshPoint a = mesh.fill[i], b = mesh.fill[i + 1], c = mesh.fill[i + 2];
        total += std::abs((double(b.x) - a.x) * (double(c.y) - a.y) - (double(c.x) - a.x) * (double(b.y) - a.y)) / 2;
    }
    return total;
}
} // namespace

TEST(LayerMesh, TrianglesCoverExactlyThePolygons) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::EqualEarth, {80.0, 45.0}});
    const LayerMesh mesh = buildLayerMesh(countries, projection);
    ASSERT_EQ(mesh.features.size(), countries.features.size());
    EXPECT_EQ(mesh.failedPolygons, 0);
    for (const char* id : {"392", "056", "408", "804", "380", "710"}) { // Italy, South Africa: holes
        const auto* feature = countries.find(id);
        ASSERT_NE(feature, nullptr);
        const std::size_t index = static_cast<std::size_t>(feature - countries.features.data());
        const double expected = polygonArea(*feature, projection);
        const double got = triangleArea(mesh, mesh.features[index]);
        EXPECT_NEAR(got / expected, 1.0, 1e-3) << feature->name;
    }
}

TEST(LayerMesh, EqualEarthAreaMatchesTheEllipsoid) {
    // Equal Earth is equal-area: Japan's 50m outline covers about 373,000 km² (Natural Earth's
    // polygons are generalised, so allow 3% against the official 377,975 km²).
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::EqualEarth, {80.0, 45.0}});
    const double km2 = polygonArea(*countries.find("392"), projection) / 1e6;
    EXPECT_NEAR(km2, 377975.0, 0.03 * 377975.0);
    // Russia's outline touches itself (a shoelace sum then cancels loops), so its triangles are
    // checked against Russia's official 17,098,246 km² instead.
    const LayerMesh mesh = buildLayerMesh(countries, projection);
    const auto* russia = countries.find("643");
    const double russiaKm2 =
        triangleArea(mesh, mesh.features[static_cast<std::size_t>(russia - countries.features.data())]) / 1e6;
    EXPECT_NEAR(russiaKm2, 17098246.0, 0.02 * 17098246.0);
}

TEST(LayerMesh, OutlinesNeverJumpAcrossTheMap) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-50m.fgb");
    for (geo::ProjectionKind kind : geo::allProjectionKinds()) {
        const geo::Projection projection(geo::ProjectionSpec{kind, {80.0, 45.0}});
        const LayerMesh mesh = buildLayerMesh(countries, projection);
        const double limit = projection.worldBounds().width() / 10; // no edge crosses a tenth of the world
        for (std::size_t l = 0; l < mesh.outlines.count(); ++l)
            for (std::uint32_t i = mesh.outlines.starts[l] + 1; i < mesh.outlines.starts[l + 1]; ++i) {
                const MeshPoint a = mesh.outlines.points[i - 1], b = mesh.outlines.points[i];
                ASSERT_LT(std::hypot(double(b.x) - a.x, double(b.y) - a.y), limit) << geo::cliName(kind);
            }
    }
}

TEST(LayerMesh, GlobeShowsOnlyTheNearSide) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-110m.fgb");
    const geo::Projection globe(geo::ProjectionSpec{geo::ProjectionKind::Orthographic, {80.0, 45.0}});
    const LayerMesh mesh = buildLayerMesh(countries, globe);
    const auto* usa = countries.find("076"); // Brazil
    const auto* china = countries.find("156");
    ASSERT_TRUE(usa && china);
    const auto& usaMesh = mesh.features[static_cast<std::size_t>(usa - countries.features.data())];
    const auto& chinaMesh = mesh.features[static_cast<std::size_t>(china - countries.features.data())];
    EXPECT_TRUE(usaMesh.bounds.empty()); // entirely behind the globe
    EXPECT_GT(chinaMesh.fillEnd - chinaMesh.fillBegin, 30u);
    // Everything drawn lies on the disc of the Earth's radius.
    for (const MeshPoint& p : mesh.fill)
        ASSERT_LE(std::hypot(double(p.x), double(p.y)), 6371008.8 * 1.0001);
}

TEST(LayerMesh, DomainFillCoversTheWorld) {
    const geo::Projection globe(geo::ProjectionSpec{geo::ProjectionKind::Orthographic, {80.0, 45.0}});
    const auto fill = buildDomainFill(globe);
    double area = 0;
    for (std::size_t i = 0; i < fill.size(); i += 3)
        area += std::abs((double(fill[i + 1].x) - fill[i].x) * (double(fill[i + 2].y) - fill[i].y) -
                         (double(fill[i + 2].x) - fill[i].x) * (double(fill[i + 1].y) - fill[i].y)) / 2;
    const double disc = 3.14159265358979 * 6371008.8 * 6371008.8;
    EXPECT_NEAR(area / disc, 1.0, 1e-3);
}

TEST(LayerMesh, OutsideFillIsTheComplementOfTheDomain) {
    const geo::Projection globe(geo::ProjectionSpec{geo::ProjectionKind::Orthographic, {80.0, 45.0}});
    const auto outside = buildOutsideDomainFill(globe);
    const geo::MapBox w = globe.worldBounds();
    const double pad = 10.0 * std::max(w.width(), w.height());
    double area = 0;
    for (std::size_t i = 0; i < outside.size(); i += 3)
        area += std::abs((double(outside[i + 1].x) - outside[i].x) * (double(outside[i + 2].y) - outside[i].y) -
                         (double(outside[i + 2].x) - outside[i].x) * (double(outside[i + 1].y) - outside[i].y)) / 2;
    const double big = (w.width() + 2 * pad) * (w.height() + 2 * pad);
    const double disc = 3.14159265358979 * 6371008.8 * 6371008.8;
    EXPECT_NEAR(area / (big - disc), 1.0, 1e-4);
}

TEST(LayerMesh, ParallelBuildIsIdentical) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-110m.fgb");
    const geo::ProjectionSpec spec{geo::ProjectionKind::Lambert, {80.0, 45.0}};
    const LayerMesh one = buildLayerMesh(countries, geo::Projection(spec));
    const LayerMesh two = buildLayerMeshParallel(countries, spec, 2);
    ASSERT_EQ(one.fill.size(), two.fill.size());
    ASSERT_EQ(one.outlines.starts, two.outlines.starts);
    ASSERT_EQ(one.features.size(), two.features.size());
    for (std::size_t i = 0; i < one.fill.size(); ++i)
        ASSERT_TRUE(one.fill[i].x == two.fill[i].x && one.fill[i].y == two.fill[i].y) << i;
    for (std::size_t f = 0; f < one.features.size(); ++f) {
        EXPECT_EQ(one.features[f].fillBegin, two.features[f].fillBegin);
        EXPECT_EQ(one.features[f].lineEnd, two.features[f].lineEnd);
    }
}

TEST(LayerMesh, SimplifiedMeshesHaveFewerPointsAndTheSameAreaWithinTolerance) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const LayerMesh full = buildLayerMesh(countries, projection);
    const LayerMesh simple = buildLayerMesh(countries, projection, MeshOptions{3000.0, std::nullopt, {}}); // 0.4 px at 1080p
    EXPECT_LT(simple.fill.size(), full.fill.size() * 3 / 4);
    EXPECT_LT(simple.outlines.points.size(), full.outlines.points.size() * 3 / 4);
    EXPECT_EQ(simple.failedPolygons, 0);
    const std::size_t russia = static_cast<std::size_t>(countries.find("643") - countries.features.data());
    const double a = triangleArea(full, full.features[russia]), b = triangleArea(simple, simple.features[russia]);
    EXPECT_NEAR(b / a, 1.0, 0.002); // 3 km of 17 million square km
}

TEST(LayerMesh, OnlyWithinLeavesOutPolygonsOutsideTheBox) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-110m.fgb");
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const auto japan = projection.forward({139.7, 35.7});
    ASSERT_TRUE(japan);
    const geo::MapBox aroundTokyo{japan->x - 300e3, japan->y - 300e3, japan->x + 300e3, japan->y + 300e3};
    const LayerMesh mesh = buildLayerMesh(countries, projection, MeshOptions{0.0, aroundTokyo, {}});
    ASSERT_EQ(mesh.features.size(), countries.features.size()); // indexes still match
    const auto indexOf = [&](const char* id) { return static_cast<std::size_t>(countries.find(id) - countries.features.data()); };
    const FeatureMesh& jp = mesh.features[indexOf("392")];
    const FeatureMesh& brazil = mesh.features[indexOf("076")];
    EXPECT_GT(jp.fillEnd, jp.fillBegin);
    EXPECT_EQ(brazil.fillEnd, brazil.fillBegin);
    EXPECT_EQ(brazil.lineEnd, brazil.lineBegin);
}

TEST(LayerMesh, ClipToBuildsOnlyTheBoxExactly) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::EqualEarth, {80.0, 45.0}});
    const geo::LonLatBox box{30.0, 45.0, 45.0, 56.0}; // Kursk, eastern Ukraine, the Black Sea
    MeshOptions options;
    options.clipTo = {box};
    const LayerMesh mesh = buildLayerMesh(countries, projection, options);
    ASSERT_EQ(mesh.features.size(), countries.features.size()); // indexes still match
    EXPECT_EQ(mesh.failedPolygons, 0);
    const auto indexOf = [&](const char* id) { return static_cast<std::size_t>(countries.find(id) - countries.features.data()); };
    for (const char* id : {"804", "643"}) { // Ukraine and Russia: what is inside the box, no more
        const double expected = polygonArea(*countries.find(id), projection, box);
        EXPECT_NEAR(triangleArea(mesh, mesh.features[indexOf(id)]) / expected, 1.0, 1e-3) << id;
    }
    const FeatureMesh& japan = mesh.features[indexOf("392")];
    EXPECT_EQ(japan.fillEnd, japan.fillBegin);
    EXPECT_EQ(japan.lineEnd, japan.lineBegin);
    // Outlines end at the box; none runs along it (the cut is not a border).
    std::size_t alongTheBox = 0;
    for (std::size_t l = 0; l < mesh.outlines.count(); ++l)
        for (std::uint32_t i = mesh.outlines.starts[l]; i < mesh.outlines.starts[l + 1]; ++i) {
            const MeshPoint p = mesh.outlines.points[i];
            const auto ll = projection.inverse({p.x, p.y});
            ASSERT_TRUE(ll);
            EXPECT_TRUE(ll->lon > box.west - 1e-3 && ll->lon < box.east + 1e-3 && ll->lat > box.south - 1e-3 &&
                        ll->lat < box.north + 1e-3);
            if (i > mesh.outlines.starts[l]) {
                const auto prev = projection.inverse({mesh.outlines.points[i - 1].x, mesh.outlines.points[i - 1].y});
                const bool onEdge = [&](geo::LonLat a, geo::LonLat b) {
                    const auto same = [](double u, double v, double w) { return std::abs(u - w) < 1e-3 && std::abs(v - w) < 1e-3; };
                    return same(a.lon, b.lon, box.west) || same(a.lon, b.lon, box.east) ||
                           same(a.lat, b.lat, box.south) || same(a.lat, b.lat, box.north);
                }(*prev, *ll);
                alongTheBox += onEdge;
            }
        }
    EXPECT_EQ(alongTheBox, 0u);
    // Far less than the world.
    EXPECT_LT(mesh.fill.size() * 10, buildLayerMesh(countries, projection).fill.size());
}

TEST(LayerMesh, FillChunksCoverTheFillInOrderWithTheirBounds) {
    const FeatureCollection countries = loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::ProjectionSpec spec{geo::ProjectionKind::Lambert, {80.0, 45.0}};
    for (const LayerMesh& mesh : {buildLayerMesh(countries, geo::Projection(spec)), buildLayerMeshParallel(countries, spec, 2)}) {
        ASSERT_FALSE(mesh.fillChunks.empty());
        std::uint32_t next = 0;
        for (const FillChunk& chunk : mesh.fillChunks) {
            EXPECT_EQ(chunk.begin, next);
            EXPECT_GT(chunk.end, chunk.begin);
            EXPECT_EQ((chunk.end - chunk.begin) % 3, 0u);
            for (std::uint32_t i = chunk.begin; i < chunk.end; ++i) {
                EXPECT_GE(mesh.fill[i].x, chunk.bounds.minX);
                EXPECT_LE(mesh.fill[i].y, chunk.bounds.maxY);
            }
            next = chunk.end;
        }
        EXPECT_EQ(next, mesh.fill.size());
    }
}

TEST(LayerMesh, ProjectedLinesAreSimplifiedKeepingTheirEnds) {
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const geo::LonLatPath meridian = geo::densify({{80.0, -20.0}, {80.0, 80.0}}, 1.0, false);  // straight in a cone
    const geo::LonLatPath parallel = geo::densify({{20.0, 50.0}, {140.0, 50.0}}, 1.0, false); // a circular arc
    const Polylines full = projectLines({meridian, parallel}, lambert);
    const Polylines simple = projectLines({meridian, parallel}, lambert, 1000.0);
    ASSERT_EQ(simple.count(), 2u);
    EXPECT_EQ(simple.starts[1] - simple.starts[0], 2u); // the meridian: its two ends
    const std::uint32_t parallelPoints = simple.starts[2] - simple.starts[1];
    EXPECT_GT(parallelPoints, 2u);
    EXPECT_LT(parallelPoints, (full.starts[2] - full.starts[1]) / 2);
    // Ends are kept exactly.
    EXPECT_EQ(simple.points[simple.starts[1]].x, full.points[full.starts[1]].x);
    EXPECT_EQ(simple.points[simple.starts[2] - 1].y, full.points[full.starts[2] - 1].y);
}

} // namespace layer_mesh_test
