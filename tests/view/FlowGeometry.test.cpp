#include "geo/Geodesic.hpp"
#include "story/Date.hpp"
#include "view/FlowGeometry.hpp"
#include "view/FlyPath.hpp"
#include "view/StoryClock.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace flow_geometry_test {

using namespace gb;
using namespace gb::view;

namespace {
geo::Projection make(geo::ProjectionKind kind, geo::LonLat centre = {80.0, 45.0}) {
    return geo::Projection(geo::ProjectionSpec{kind, centre});
}
double distance(geo::MapPoint a, geo::MapPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }
const geo::LonLat tokyo{139.749, 35.674}, brussels{4.3827, 50.8437}, vladivostok{131.8853, 43.115},
    chongjin{129.7667, 41.7833};
} // namespace

TEST(Geodesic, TokyoToBrusselsDistance) {
    // Vincenty's inverse formula on WGS84 (computed independently) gives 9,474.6529 km.
    EXPECT_NEAR(geo::geodesicDistance(tokyo, brussels) / 1000.0, 9474.6529, 0.001);
    const auto path = geo::geodesicPath(tokyo, brussels, 50000.0);
    EXPECT_EQ(path.front(), tokyo);
    EXPECT_EQ(path.back(), brussels);
    EXPECT_GE(path.size(), 190u);
    double north = -90;
    for (const auto& p : path)
        north = std::max(north, p.lat);
    EXPECT_GT(north, 60.0); // the shortest way goes over Siberia
}

TEST(FlowGeometry, PathsStartAndEndAtTheirPlaces) {
    const geo::Projection lambert = make(geo::ProjectionKind::Lambert);
    for (story::FlowPath kind : {story::FlowPath::Geodesic, story::FlowPath::Arc}) {
        const LegPath leg = legPath(chongjin, vladivostok, kind, lambert);
        ASSERT_EQ(leg.pieces.size(), 1u);
        EXPECT_LT(distance(leg.pieces[0].front(), *lambert.forward(chongjin)), 1e-3);
        EXPECT_LT(distance(leg.pieces[0].back(), *lambert.forward(vladivostok)), 1e-3);
    }
    // The arc is longer than the chord, the geodesic about as long.
    const double chord = distance(*lambert.forward(chongjin), *lambert.forward(vladivostok));
    const double arc = legPath(chongjin, vladivostok, story::FlowPath::Arc, lambert).length;
    EXPECT_GT(arc, chord * 1.05);
    EXPECT_LT(arc, chord * 1.15);
}

TEST(FlowGeometry, NoSegmentJumpsAcrossTheAntimeridian) {
    // Chukotka to Alaska crosses 180°; in a map centred on 80°E the seam is at -100°, so the
    // path is whole; centred on 0° the seam is at 180° and the path is cut into two pieces.
    const geo::LonLat anadyr{177.5, 64.7}, nome{-165.4, 64.5};
    for (double lon0 : {80.0, 0.0}) {
        const geo::Projection p = make(geo::ProjectionKind::Equirectangular, {lon0, 0.0});
        const LegPath leg = legPath(anadyr, nome, story::FlowPath::Geodesic, p);
        EXPECT_EQ(leg.pieces.size(), lon0 == 80.0 ? 1u : 2u);
        for (const auto& piece : leg.pieces)
            for (std::size_t i = 1; i < piece.size(); ++i)
                ASSERT_LT(distance(piece[i - 1], piece[i]), 200000.0); // 25 km steps, never a jump
    }
}

TEST(FlowGeometry, GlobeKeepsOnlyTheVisibleSide) {
    const geo::Projection globe = make(geo::ProjectionKind::Orthographic, {130.0, 40.0});
    const LegPath leg = legPath(tokyo, brussels, story::FlowPath::Geodesic, globe);
    ASSERT_EQ(leg.pieces.size(), 1u);
    for (const auto& p : leg.pieces[0])
        EXPECT_LE(std::hypot(p.x, p.y), 6371008.8 * 1.0001);
}

TEST(FlowGeometry, LegsPlayThroughTheirDates) {
    const story::DateRange oct8to13{*story::parseDate("2024-10-08"), *story::parseDate("2024-10-13")};
    EXPECT_EQ(legProgress(oct8to13, oct8to13.from - 1.0), 0.0);
    EXPECT_EQ(legProgress(oct8to13, oct8to13.from), 0.0);
    EXPECT_DOUBLE_EQ(legProgress(oct8to13, oct8to13.from + 3.0), 0.5); // six days, three passed
    EXPECT_EQ(legProgress(oct8to13, oct8to13.to + 1.0), 1.0);
}

TEST(FlyPath, StartsAndEndsAtTheGivenViews) {
    const FlyView a{{0, 0}, 1000}, b{{50000, 20000}, 4000};
    const FlyPath path(a, b);
    EXPECT_EQ(path.at(0).centre, a.centre);
    EXPECT_EQ(path.at(1).centre, b.centre);
    EXPECT_NEAR(path.at(1e-9).width, 1000, 1e-3);
    EXPECT_NEAR(path.at(1 - 1e-9).width, 4000, 1e-2);
}

TEST(FlyPath, NeverOvershootsAndZoomsOutOnTheWay) {
    const FlyView a{{0, 0}, 1000}, b{{100000, 0}, 1000};
    const FlyPath path(a, b);
    double previousX = -1, widest = 0;
    for (int i = 0; i <= 100; ++i) {
        const FlyView v = path.at(i / 100.0);
        EXPECT_GE(v.centre.x, previousX - 1e-9); // monotonic towards the target
        EXPECT_LE(v.centre.x, 100000 + 1e-6);
        EXPECT_NEAR(v.centre.y, 0.0, 1e-9);
        previousX = v.centre.x;
        widest = std::max(widest, v.width);
    }
    EXPECT_GT(widest, 5000.0); // a far trip zooms out to see both ends
}

TEST(FlyPath, LongerTripsTakeLonger) {
    const FlyView a{{0, 0}, 1000};
    const double near = FlyPath(a, {{3000, 0}, 1000}).length();
    const double far = FlyPath(a, {{300000, 0}, 1000}).length();
    const double zoomOnly = FlyPath(a, {{0, 0}, 8000}).length();
    EXPECT_GT(far, near);
    EXPECT_NEAR(zoomOnly, std::log(8.0) / std::sqrt(2.0), 1e-9);
}

TEST(StoryClock, PlaysLoopsAndStopsAtAStepsEnd) {
    StoryClock clock({100, 109}); // ten days
    EXPECT_DOUBLE_EQ(clock.dayAt(0), 110.0); // starts with everything drawn
    clock.play(0.0);                          // at the end: restarts from the beginning
    EXPECT_DOUBLE_EQ(clock.dayAt(0.5), 105.0); // 10 days per second
    EXPECT_DOUBLE_EQ(clock.dayAt(2.0), 110.0);
    EXPECT_FALSE(clock.playing());
    clock.setLoop(true);
    clock.play(3.0);
    EXPECT_DOUBLE_EQ(clock.dayAt(4.2), 102.0);
    clock.playWindow({103, 104}, 5.0);
    EXPECT_DOUBLE_EQ(clock.dayAt(5.1), 104.0);
    EXPECT_DOUBLE_EQ(clock.dayAt(9.0), 105.0); // holds at the window's end
    EXPECT_FALSE(clock.playing());
    clock.seek(50, 10.0);
    EXPECT_DOUBLE_EQ(clock.dayAt(10.0), 100.0); // clamped to the timeline
}

TEST(FlowGeometry, AViaLegPassesThroughItsPointsExactly) {
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const geo::LonLat chongjin{129.7667, 41.7833}, vladivostok{131.8853, 43.115}, offshore{130.9, 42.05};
    const LegPath leg = legPathVia(chongjin, {offshore}, vladivostok, lambert);
    ASSERT_EQ(leg.pieces.size(), 1u);
    ASSERT_EQ(leg.pieces[0].size(), 33u); // 16 samples for each of the two spans, and the start
    const geo::MapPoint via = *lambert.forward(offshore);
    EXPECT_NEAR(leg.pieces[0][16].x, via.x, 1e-6);
    EXPECT_NEAR(leg.pieces[0][16].y, via.y, 1e-6);
    EXPECT_NEAR(leg.pieces[0].back().x, lambert.forward(vladivostok)->x, 1e-6);
    EXPECT_GT(leg.length, std::hypot(via.x - lambert.forward(chongjin)->x, via.y - lambert.forward(chongjin)->y));
}

} // namespace flow_geometry_test
