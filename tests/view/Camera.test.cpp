#include "geo/Projection.hpp"
#include "view/Camera.hpp"
#include "view/CameraAnimation.hpp"
#include "view/DetailArea.hpp"
#include "view/MapNavigator.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace camera_test {

using namespace gb;
using namespace gb::view;

namespace {
const geo::Projection& lambert() {
    static const geo::Projection p(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    return p;
}
geo::LonLat lonLatAt(const Camera& c, ScreenPoint s) { return *lambert().inverse(c.toMap(s)); }
} // namespace

TEST(Camera, ScreenAndMapRoundTrip) {
    const Camera c({1.0e6, -2.0e6}, 3000.0, 1920, 1080);
    const ScreenPoint s{123.5, 987.25};
    const ScreenPoint back = c.toScreen(c.toMap(s));
    EXPECT_NEAR(back.x, s.x, 1e-9);
    EXPECT_NEAR(back.y, s.y, 1e-9);
    // The centre pixel is the centre; y grows downwards on screen, upwards on the map.
    EXPECT_EQ(c.toMap({960, 540}), (geo::MapPoint{1.0e6, -2.0e6}));
    EXPECT_DOUBLE_EQ(c.toMap({960, 0}).y, -2.0e6 + 540 * 3000.0);
}

TEST(Camera, ScreenAndLonLatRoundTrip) {
    const Camera c(*lambert().forward({36.1833, 51.7167}), 1000.0, 1280, 720);
    const ScreenPoint kursk = c.toScreen(*lambert().forward({36.1833, 51.7167}));
    EXPECT_NEAR(kursk.x, 640.0, 1e-6);
    EXPECT_NEAR(kursk.y, 360.0, 1e-6);
    const geo::LonLat corner = lonLatAt(c, {0, 0});
    const ScreenPoint back = c.toScreen(*lambert().forward(corner));
    EXPECT_NEAR(back.x, 0.0, 1e-6);
    EXPECT_NEAR(back.y, 0.0, 1e-6);
}

TEST(Camera, ZoomAroundTheCursorKeepsItsLonLat) {
    Camera c(*lambert().forward({80.0, 45.0}), 8000.0, 1920, 1080);
    const ScreenPoint cursor{1500.0, 300.0};
    const geo::LonLat before = lonLatAt(c, cursor);
    c.zoomAround(cursor, 2000.0);
    EXPECT_DOUBLE_EQ(c.metresPerPixel(), 2000.0);
    const geo::LonLat after = lonLatAt(c, cursor);
    EXPECT_NEAR(after.lon, before.lon, 1e-9);
    EXPECT_NEAR(after.lat, before.lat, 1e-9);
}

TEST(Camera, PanMovesTheContentWithTheMouse) {
    Camera c({0, 0}, 1000.0, 800, 600);
    const geo::MapPoint under = c.toMap({100, 100});
    c.panByPixels(50, -20);
    const ScreenPoint now = c.toScreen(under);
    EXPECT_DOUBLE_EQ(now.x, 150.0);
    EXPECT_DOUBLE_EQ(now.y, 80.0);
}

TEST(Camera, ATurnedCameraTurnsTheMapAnticlockwise) {
    Camera c({0, 0}, 1000.0, 800, 600);
    c.setRotation(std::acos(-1.0) / 2); // a quarter turn
    // A point 100 km east of the centre shows 100 px above it (east turned to north).
    const ScreenPoint east = c.toScreen({100000.0, 0.0});
    EXPECT_NEAR(east.x, 400.0, 1e-9);
    EXPECT_NEAR(east.y, 200.0, 1e-9);
    const ScreenPoint back = c.toScreen(c.toMap({123.5, 456.25}));
    EXPECT_NEAR(back.x, 123.5, 1e-9);
    EXPECT_NEAR(back.y, 456.25, 1e-9);
    // Panning and zooming around the cursor behave as on screen, whatever the turn.
    const geo::MapPoint under = c.toMap({100, 100});
    c.panByPixels(50, -20);
    EXPECT_NEAR(c.toScreen(under).x, 150.0, 1e-9);
    EXPECT_NEAR(c.toScreen(under).y, 80.0, 1e-9);
    const geo::MapPoint cursor = c.toMap({700, 50});
    c.zoomAround({700, 50}, 250.0);
    EXPECT_NEAR(c.toScreen(cursor).x, 700.0, 1e-9);
    EXPECT_NEAR(c.toScreen(cursor).y, 50.0, 1e-9);
    // The visible area is the box around the turned screen: 600 km wide, 800 km high at 1 km/px.
    const Camera q = [] { Camera t({0, 0}, 1000.0, 800, 600); t.setRotation(std::acos(-1.0) / 2); return t; }();
    EXPECT_NEAR(q.visibleArea().width(), 600000.0, 1e-6);
    EXPECT_NEAR(q.visibleArea().height(), 800000.0, 1e-6);
}

TEST(CameraAnimation, AFlightTurnsTheCameraAlongTheWay) {
    Camera from({0, 0}, 4000.0, 800, 600);
    Camera to({2.0e6, 0}, 1000.0, 800, 600);
    to.setRotation(0.5);
    const CameraAnimation flight = CameraAnimation::flight(from, to, 10.0);
    EXPECT_DOUBLE_EQ(flight.at(10.0).rotation(), 0.0);
    const double middle = flight.at(10.25).rotation(); // a flight takes at least 0.5 s
    EXPECT_GT(middle, 0.0);
    EXPECT_LT(middle, 0.5);
    EXPECT_DOUBLE_EQ(flight.at(100.0).rotation(), 0.5);
}

TEST(Camera, ClampingKeepsScaleAndCentreInLimits) {
    CameraLimits limits;
    limits.minMetresPerPixel = 100;
    limits.maxMetresPerPixel = 10000;
    limits.world.add(geo::MapPoint{-1e6, -1e6});
    limits.world.add(geo::MapPoint{1e6, 1e6});
    Camera c({5e6, -3e6}, 1e6, 800, 600);
    c.clampTo(limits);
    EXPECT_DOUBLE_EQ(c.metresPerPixel(), 10000.0);
    EXPECT_EQ(c.centre(), (geo::MapPoint{1e6, -1e6}));
    Camera d({0, 0}, 1.0, 800, 600);
    d.clampTo(limits);
    EXPECT_DOUBLE_EQ(d.metresPerPixel(), 100.0);
}

TEST(Camera, ResizeKeepsTheCentre) {
    Camera c({42, 7}, 500, 800, 600);
    c.resize(1920, 1080);
    EXPECT_EQ(c.centre(), (geo::MapPoint{42, 7}));
    EXPECT_DOUBLE_EQ(c.width(), 1920);
    EXPECT_DOUBLE_EQ(c.metresPerPixel(), 500);
}

TEST(Camera, FittingShowsTheWholeBox) {
    geo::MapBox box;
    box.add(geo::MapPoint{0, 0});
    box.add(geo::MapPoint{4000, 1000});
    const Camera c = Camera::fitting(box, 400, 400, 0);
    EXPECT_DOUBLE_EQ(c.metresPerPixel(), 10.0); // width decides
    EXPECT_EQ(c.centre(), (geo::MapPoint{2000, 500}));
}

TEST(CameraAnimation, AnchoredZoomKeepsTheAnchorThroughout) {
    const Camera from({0, 0}, 1000, 800, 600);
    Camera to = from;
    const ScreenPoint anchor{700, 100};
    to.zoomAround(anchor, 250);
    const CameraAnimation a(from, to, 10.0, 0.25, anchor);
    const geo::MapPoint fixed = from.toMap(anchor);
    for (double t = 10.0; t <= 10.3; t += 0.05) {
        const ScreenPoint s = a.at(t).toScreen(fixed);
        EXPECT_NEAR(s.x, 700, 1e-6);
        EXPECT_NEAR(s.y, 100, 1e-6);
    }
    EXPECT_DOUBLE_EQ(a.at(10.0).metresPerPixel(), 1000);
    EXPECT_DOUBLE_EQ(a.at(10.25).metresPerPixel(), 250);
    const double mid = a.at(10.125).metresPerPixel();
    EXPECT_LT(mid, 1000);
    EXPECT_GT(mid, 250);
    EXPECT_TRUE(a.finishedAt(10.25));
}

TEST(MapNavigator, WheelNotchesAddUpAndClamp) {
    CameraLimits limits;
    limits.minMetresPerPixel = 100;
    limits.maxMetresPerPixel = 1e5;
    MapNavigator nav(Camera({0, 0}, 1000, 800, 600), limits);
    nav.wheel(1, {400, 300}, 0.0);
    nav.wheel(1, {400, 300}, 0.01); // before the first finished
    EXPECT_TRUE(nav.animatingAt(0.1));
    EXPECT_NEAR(nav.cameraAt(1.0).metresPerPixel(), 1000 / 2.25, 1e-9);
    nav.wheel(20, {400, 300}, 2.0);
    EXPECT_DOUBLE_EQ(nav.cameraAt(3.0).metresPerPixel(), 100);
    EXPECT_FALSE(nav.animatingAt(3.0));
}

TEST(MapNavigator, DragIsImmediateAndHomeAnimatesBack) {
    MapNavigator nav(Camera({0, 0}, 1000, 800, 600), CameraLimits{});
    nav.drag(100, 0, 0.0);
    EXPECT_DOUBLE_EQ(nav.cameraAt(0.0).centre().x, -100000.0);
    nav.goHome(1.0);
    EXPECT_TRUE(nav.animatingAt(1.1));
    EXPECT_EQ(nav.cameraAt(2.0).centre(), (geo::MapPoint{0, 0}));
}

TEST(MapNavigator, ArrowKeysMoveAFractionOfTheScreen) {
    MapNavigator nav(Camera({0, 0}, 10, 800, 600), CameraLimits{1, 1e5, {}});
    nav.panByScreens(0.25, 0, 0.0);
    EXPECT_DOUBLE_EQ(nav.cameraAt(1.0).centre().x, 2000.0); // a quarter of 800 px at 10 m/px
}

TEST(DetailArea, TheFineLevelIsBuiltHalfAViewBeyondWhatTheViewNeeds) {
    const Camera camera({0, 0}, 1000.0, 800, 600); // 800 x 600 km
    const geo::MapBox needed = areaNeeded(camera, 384);
    EXPECT_DOUBLE_EQ(needed.minX, -400e3 - 384e3);
    EXPECT_DOUBLE_EQ(needed.maxY, 300e3 + 384e3);
    const geo::MapBox built = areaToBuild(camera, 384);
    EXPECT_DOUBLE_EQ(built.maxX, 400e3 + 384e3 + 400e3); // half the longer side more
    EXPECT_DOUBLE_EQ(built.minY, -300e3 - 384e3 - 400e3);
    EXPECT_TRUE(covers(built, needed));
    // A pan of 300 px stays inside what was built; 500 px leaves it.
    Camera panned = camera;
    panned.panByPixels(-300, 0);
    EXPECT_TRUE(covers(built, areaNeeded(panned, 384)));
    panned.panByPixels(-200, 0);
    EXPECT_FALSE(covers(built, areaNeeded(panned, 384)));
    // Half a view more, but at most 1000 km: just past 10m's threshold a 1080p view is ~4,700 km.
    const Camera wide({0, 0}, 2400.0, 1920, 1080);
    EXPECT_DOUBLE_EQ(areaToBuild(wide, 384).maxX - areaNeeded(wide, 384).maxX, 1.0e6);
    // Detail: half a pixel at twice the scale; enough until the view zooms in more than twice.
    EXPECT_DOUBLE_EQ(detailToBuild(camera), 250.0);
    Camera closer = camera;
    closer.zoomAround({400, 300}, 500.0);
    EXPECT_TRUE(detailedEnough(250.0, closer));
    closer.zoomAround({400, 300}, 499.0);
    EXPECT_FALSE(detailedEnough(250.0, closer));
    // Zooming out needs more; the whole world covers anything.
    Camera out = camera;
    out.zoomAround({400, 300}, 2000.0);
    EXPECT_FALSE(covers(built, areaNeeded(out, 384)));
    EXPECT_TRUE(covers(everywhere(), areaNeeded(out, 384)));
}

// The README promises the point under the cursor stays put while the wheel zooms: 12 notches,
// one every 30 ms (each arriving mid-animation), on a turned camera, sampled every 10 ms.
TEST(MapNavigator, TwelveWheelNotchesKeepThePointUnderTheCursor) {
    Camera home({2.0e6, 1.0e6}, 5000, 1280, 720);
    home.setRotation(0.3);
    MapNavigator nav(home, CameraLimits{20, 80000, {}});
    const ScreenPoint cursor{1010, 170};
    const geo::MapPoint under = home.toMap(cursor);
    double worst = 0;
    for (int i = 0; i < 120; ++i) {
        const double now = i * 0.01;
        if (i % 3 == 0 && i / 3 < 12)
            nav.wheel(1, cursor, now);
        const ScreenPoint s = nav.cameraAt(now).toScreen(under);
        worst = std::max(worst, std::hypot(s.x - cursor.x, s.y - cursor.y));
    }
    EXPECT_LT(worst, 0.01);
    EXPECT_NEAR(nav.cameraAt(5.0).metresPerPixel(), 5000 / std::pow(1.5, 12), 1e-6);
    // And back out again, 12 notches the other way.
    for (int i = 0; i < 120; ++i) {
        const double now = 6.0 + i * 0.01;
        if (i % 3 == 0 && i / 3 < 12)
            nav.wheel(-1, cursor, now);
        const ScreenPoint s = nav.cameraAt(now).toScreen(under);
        worst = std::max(worst, std::hypot(s.x - cursor.x, s.y - cursor.y));
    }
    EXPECT_LT(worst, 0.01);
}

} // namespace camera_test
