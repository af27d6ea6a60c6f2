#include "view/LabelPlacer.hpp"
#include "view/ScreenSegments.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace label_placer_test {

using namespace gb::view;

namespace {
const ScreenRect screen{0, 0, 800, 600};
}

TEST(LabelPlacer, PrefersTheRightOfTheMarker) {
    const auto p = placeLabels({{{100, 100}, 4, 50, 12, 1}}, screen);
    ASSERT_TRUE(p[0].visible);
    EXPECT_DOUBLE_EQ(p[0].box.left, 107.0);
    EXPECT_DOUBLE_EQ(p[0].box.top, 94.0);
}

TEST(LabelPlacer, NeighboursDoNotOverlap) {
    // Two markers 30 px apart: the second label must go elsewhere.
    const auto p = placeLabels({{{100, 100}, 4, 60, 12, 5}, {{130, 100}, 4, 60, 12, 1}}, screen);
    ASSERT_TRUE(p[0].visible && p[1].visible);
    EXPECT_FALSE(p[0].box.overlaps(p[1].box));
    // On the right it would cover the other marker at x = 130, so it goes left of its own.
    EXPECT_DOUBLE_EQ(p[0].box.left, 100.0 - 7.0 - 60.0);
    EXPECT_DOUBLE_EQ(p[1].box.left, 137.0);
}

TEST(LabelPlacer, HigherPriorityWinsAndNothingLeavesTheScreen) {
    std::vector<LabelRequest> crowd;
    for (int i = 0; i < 5; ++i)
        crowd.push_back({{400, 300}, 3, 80, 14, i});
    const auto p = placeLabels(crowd, screen);
    EXPECT_TRUE(p[4].visible);
    int visible = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (!p[i].visible)
            continue;
        ++visible;
        for (std::size_t j = i + 1; j < p.size(); ++j) {
            if (p[j].visible) {
                EXPECT_FALSE(p[i].box.overlaps(p[j].box));
            }
        }
    }
    // Right and left of the marker, then two on leader lines from the shared spot (above and
    // below); the lowest finds no room left.
    EXPECT_EQ(visible, 4);
    EXPECT_FALSE(p[4].leader || p[3].leader);
    EXPECT_TRUE(p[2].leader && p[1].leader);
    EXPECT_FALSE(p[0].visible);
    const auto edge = placeLabels({{{795, 300}, 3, 80, 14, 1}}, screen);
    ASSERT_TRUE(edge[0].visible);
    EXPECT_LE(edge[0].box.left + edge[0].box.width, 800.0);
}

TEST(LabelPlacer, ALabelKeepsClearOfALineWhenItCan) {
    // A line runs right through the preferred place, to the right of the marker.
    LabelObstacles obstacles;
    obstacles.lines.push_back({{{100, 60}, {160, 140}}, 2.0});
    const auto p = placeLabels({{{100, 100}, 4, 50, 12, 1}}, screen, obstacles);
    ASSERT_TRUE(p[0].visible);
    EXPECT_FALSE(lineCrosses(obstacles.lines[0], p[0].box));
    EXPECT_DOUBLE_EQ(p[0].box.left, 100.0 - 7.0 - 50.0); // on the left instead
}

TEST(LabelPlacer, NeverAcrossALineUnlessTheCaptionNamesIt) {
    LabelObstacles everywhere;
    for (double y = 0; y <= 300; y += 4)
        everywhere.lines.push_back({{{0, y}, {800, y}}, 1.0});
    LabelRequest plain{{100, 100}, 4, 50, 12, 1};
    EXPECT_FALSE(placeLabels({plain}, screen, everywhere)[0].visible); // hidden, not over a line
    LabelRequest named = plain;
    named.mustShow = true;
    const auto crossed = placeLabels({named}, screen, everywhere);
    ASSERT_TRUE(crossed[0].visible); // the caption names it: at its first choice, across a line
    EXPECT_DOUBLE_EQ(crossed[0].box.left, 107.0);
    EXPECT_FALSE(crossed[0].leader);
    // An overlay box over every candidate: hidden even then.
    LabelObstacles box;
    box.boxes.push_back({0, 0, 800, 300});
    EXPECT_FALSE(placeLabels({named}, screen, box)[0].visible);
}

TEST(LabelPlacer, ALeaderLineWhenNothingNextToTheMarkerIsClear) {
    // Short lines from x = 40 to 160 above (y 83-95) and below (105-117) the marker at (100, 100)
    // cover every position next to it. Above and below, one ring out, the boxes are clear but a
    // leader would cross the lines; straight right, the leader runs between them, 5 px from each,
    // and the third ring (marker radius + 5.5 text heights = 70 px) is past their ends.
    LabelObstacles band;
    for (double y : {83.0, 87.0, 91.0, 95.0, 105.0, 109.0, 113.0, 117.0})
        band.lines.push_back({{{40, y}, {160, y}}, 1.0});
    // Twin: 4 px from each, the leader runs along them (read as one of them); with no better
    // box, the name still hangs there rather than vanish.
    LabelObstacles tight;
    for (double y : {84.0, 88.0, 92.0, 96.0, 104.0, 108.0, 112.0, 116.0})
        tight.lines.push_back({{{40, y}, {160, y}}, 1.0});
    const auto alongside = placeLabels({{{{100, 100}, 4, 50, 12, 1}}}, screen, tight);
    ASSERT_TRUE(alongside[0].visible);
    EXPECT_DOUBLE_EQ(alongside[0].box.left, 170.0);
    const auto p = placeLabels({{{100, 100}, 4, 50, 12, 1}}, screen, band);
    ASSERT_TRUE(p[0].visible);
    EXPECT_TRUE(p[0].leader);
    EXPECT_DOUBLE_EQ(p[0].box.left, 170.0);
    EXPECT_DOUBLE_EQ(p[0].box.top, 94.0);
    for (const LineObstacle& line : band.lines)
        EXPECT_FALSE(lineCrosses(line, p[0].box));
    // Where the leader meets its label: the box's nearest point to the marker.
    const ScreenPoint end = nearestPointOf(p[0].box, {100, 100});
    EXPECT_DOUBLE_EQ(end.x, 170.0);
    EXPECT_DOUBLE_EQ(end.y, 100.0);
}

TEST(LabelPlacer, SegmentsOnOneLineCrossOnlyWhereTheyOverlap) {
    EXPECT_FALSE(segmentsCross({400, 296}, {400, 270}, {400, 304}, {400, 330})); // up and down from one spot
    EXPECT_TRUE(segmentsCross({400, 296}, {400, 270}, {400, 280}, {400, 330}));  // one runs over the other
    EXPECT_TRUE(segmentsCross({0, 0}, {10, 10}, {10, 10}, {20, 20}));            // end to end: touching
    EXPECT_FALSE(segmentsCross({0, 0}, {10, 10}, {11, 11}, {20, 20}));
    EXPECT_TRUE(segmentsCross({0, 0}, {10, 10}, {0, 10}, {10, 0}));              // an X
    EXPECT_FALSE(segmentsCross({0, 0}, {10, 0}, {12, -5}, {12, 5}));             // a T that does not reach
}

// A name squeezed between a neighbour's name and a story line just off its row (Blagoveshchensk
// on slide 9) may sit a half line up or down on its leader, when the request allows it.
TEST(LabelPlacer, AnOffRowLeaderBoxWhenTheRowIsTaken) {
    LabelObstacles walls; // only a strip 13 px high, left of the marker, from y 287 to 302 is free
    walls.boxes = {{0, 0, 800, 287}, {0, 302, 800, 298}, {404, 287, 396, 15}};
    LabelRequest place{{400, 300}, 4, 60, 12, 3};
    EXPECT_FALSE(placeLabels({place}, screen, walls)[0].visible); // every box on its row is taken
    place.offRowLeaders = true;
    const auto p = placeLabels({place}, screen, walls);
    ASSERT_TRUE(p[0].visible);
    EXPECT_TRUE(p[0].leader);
    EXPECT_DOUBLE_EQ(p[0].box.left, 400.0 - (4 + 2 * 12) - 60); // the first ring, left, a half line up
    EXPECT_DOUBLE_EQ(p[0].box.top, 300.0 - 12);
}

// A leader running beside a story line, close to it, reads as part of it (Kazan's name led off
// along the route through it).
TEST(LabelPlacer, ALeaderRunningAlongALineIsSeen) {
    std::vector<std::pair<ScreenPoint, ScreenPoint>> lines;
    const auto crosses = [&lines](ScreenPoint a, ScreenPoint b) {
        return std::any_of(lines.begin(), lines.end(), [&](const auto& l) { return segmentsCross(a, b, l.first, l.second); });
    };
    const ScreenPoint marker{100, 100}, label{200, 100};
    lines = {{{120, 103}, {180, 103}}}; // parallel, 3 px away
    EXPECT_TRUE(runsAlongALine(marker, label, 13, 4, crosses));
    lines = {{{120, 105}, {180, 105}}}; // parallel, 5 px away
    EXPECT_FALSE(runsAlongALine(marker, label, 13, 4, crosses));
    lines = {{{100, 100}, {200, 100 - 100 * std::tan(0.1)}}}; // through the marker, ~6 degrees off
    EXPECT_TRUE(runsAlongALine(marker, label, 13, 4, crosses));
    lines = {{{100, 100}, {200, 100 - 100 * std::tan(0.5)}}}; // through the marker, ~29 degrees off
    EXPECT_FALSE(runsAlongALine(marker, label, 13, 4, crosses));
    lines = {{{150, 60}, {150, 140}}}; // straight across: crossing, not running along
    EXPECT_TRUE(runsAlongALine(marker, label, 13, 4, crosses));
    lines = {{{110, 103}, {112, 103}}}; // beside the first 13 px only (at the marker)
    EXPECT_FALSE(runsAlongALine(marker, label, 13, 4, crosses));
}

TEST(LabelPlacer, LineCrossingIsExact) {
    const LineObstacle diagonal{{{0, 0}, {10, 10}}, 0.0};
    EXPECT_TRUE(lineCrosses(diagonal, {4, 4, 2, 2}));
    EXPECT_FALSE(lineCrosses(diagonal, {6, 0, 3, 3}));                 // beside the line
    EXPECT_TRUE(lineCrosses({{{0, 0}, {10, 10}}, 1.5}, {6, 0, 3, 3}));  // touched by its width
    EXPECT_FALSE(lineCrosses(diagonal, {20, 20, 5, 5}));               // past its end
}

TEST(LabelPlacer, ANameStaysOnItsMarkersSideOfABorder) {
    // A border at x = 110: the marker at (100, 100) is in country 1, everything right of the
    // border in country 2. The first choice (right of the marker) lies across it: the name goes
    // left, on its own side.
    LabelObstacles border;
    border.countryAt = [](ScreenPoint p) { return p.x < 110 ? 1L : 2L; };
    const auto p = placeLabels({{{100, 100}, 4, 50, 12, 1}}, screen, border);
    ASSERT_TRUE(p[0].visible);
    EXPECT_LT(p[0].box.left + p[0].box.width / 2, 110.0);
    // At sea (-1) there is no side to keep: the first choice, on the right.
    border.countryAt = [](ScreenPoint) { return -1L; };
    EXPECT_DOUBLE_EQ(placeLabels({{{100, 100}, 4, 50, 12, 1}}, screen, border)[0].box.left, 107.0);
}

namespace {
LabelRequest areaName(ScreenPoint at, double width, double height, bool leaderWhenMoved = false) {
    LabelRequest r{at, 0.0, width, height, 5};
    r.centred = true;
    r.mayLeader = false;
    r.leaderWhenMoved = leaderWhenMoved;
    return r;
}
} // namespace

// An area's name is written across its spot: nothing but other labels and panels moves it (its
// own anchor once blocked the very spot, so every name sat a line above or below it).
TEST(LabelPlacer, AnAreasNameIsCentredOnItsSpot) {
    const auto p = placeLabels({areaName({400, 300}, 80, 14)}, screen);
    ASSERT_TRUE(p[0].visible);
    EXPECT_DOUBLE_EQ(p[0].box.left, 360.0);
    EXPECT_DOUBLE_EQ(p[0].box.top, 293.0);
    EXPECT_FALSE(p[0].leader);
    // Twin: a place's marker on the spot moves the name off it, above.
    const auto moved = placeLabels({{{400, 300}, 4, 30, 12, 9}, areaName({400, 300}, 80, 14)}, screen);
    ASSERT_TRUE(moved[1].visible);
    EXPECT_DOUBLE_EQ(moved[1].box.top, 300.0 - 1.5 * 14);
}

// A small area's status ("occupied since 2014") whose spot is taken hangs on a leader line long
// enough to be seen, instead of sitting just beside the area as if it named the neighbour.
TEST(LabelPlacer, ASmallAreasStatusOffItsSpotHangsOnAVisibleLeader) {
    const LabelRequest blocker{{440, 300}, 4, 30, 12, 9}; // a place on the area, placed first
    const auto p = placeLabels({blocker, areaName({400, 300}, 120, 30, true)}, screen);
    ASSERT_TRUE(p[1].visible);
    EXPECT_TRUE(p[1].leader);
    const ScreenPoint end = nearestPointOf(p[1].box, {400, 300});
    EXPECT_GE(std::hypot(end.x - 400, end.y - 300), 24.0 - 1e-9);
    // On its spot when that is free: no leader.
    const auto free = placeLabels({areaName({400, 300}, 120, 30, true)}, screen);
    ASSERT_TRUE(free[0].visible);
    EXPECT_FALSE(free[0].leader);
    EXPECT_DOUBLE_EQ(free[0].box.left, 340.0);
    // Twin: without the flag the name goes just above the taken spot, with no line to it.
    const auto plain = placeLabels({blocker, areaName({400, 300}, 120, 30)}, screen);
    ASSERT_TRUE(plain[1].visible);
    EXPECT_FALSE(plain[1].leader);
    EXPECT_LT(std::hypot(nearestPointOf(plain[1].box, {400, 300}).x - 400, nearestPointOf(plain[1].box, {400, 300}).y - 300), 24.0);
}

// NATO's headquarters and Brussels share a spot on a world map: the second name hangs on a
// leader line that starts inside the other marker, which is no obstacle to it; a marker the
// line would run across elsewhere still is, and so is one merely close by, unless its place
// ranks below this one.
TEST(LabelPlacer, APlaceOnAnothersSpotHangsOnALeaderFromIt) {
    // Everything beside the spot is taken except a corridor 6 px wide going up and down.
    LabelObstacles walls;
    walls.boxes = {{200, 275, 197, 50}, {403, 275, 197, 50}};
    LabelRequest city{{400, 300}, 4, 30, 12, 5};
    city.mayLeader = false; // finds no room: hidden
    const LabelRequest hq{{400.3, 300}, 4, 40, 12, 3};
    const auto p = placeLabels({city, hq}, screen, walls);
    EXPECT_FALSE(p[0].visible);
    ASSERT_TRUE(p[1].visible);
    EXPECT_TRUE(p[1].leader);
    EXPECT_DOUBLE_EQ(p[1].box.top, 300.0 - (4 + 2 * 12) - 12); // the first ring, above
    // Twin: a marker on the way up (not on the spot) still blocks that line: it goes down.
    LabelRequest above = city;
    above.anchor = {400, 270};
    const auto q = placeLabels({above, hq}, screen, walls);
    ASSERT_TRUE(q[1].visible);
    EXPECT_TRUE(q[1].leader);
    EXPECT_DOUBLE_EQ(q[1].box.top, 300.0 + 4 + 2 * 12);
    // Twin: a place 3 px from the other (inside its marker, not on its spot: Ussuriysk by
    // Vladivostok) gets no line out through that marker, and there is no other way out here.
    LabelRequest close = hq;
    close.anchor = {400, 297};
    EXPECT_FALSE(placeLabels({city, close}, screen, walls)[1].visible);
    // ... unless it ranks above that place (Vladivostok by Ussuriysk): then its name hangs out.
    close.priority = 7;
    const auto above2 = placeLabels({city, close}, screen, walls);
    ASSERT_TRUE(above2[1].visible);
    EXPECT_TRUE(above2[1].leader);
}

// Two area names on one baseline a letter apart read as one ("SPAIN FRANCE"): the second keeps
// half its height clear or moves off the line.
TEST(LabelPlacer, AreaNamesOnOneBaselineKeepAGap) {
    const auto close = placeLabels({areaName({400, 300}, 80, 14), areaName({474, 300}, 60, 14)}, screen);
    ASSERT_TRUE(close[1].visible);
    EXPECT_DOUBLE_EQ(close[1].box.top, 300.0 - 1.5 * 14); // 4 px apart on the line: moved above
    // Twin: 8 px apart it stays on its spot.
    const auto apart = placeLabels({areaName({400, 300}, 80, 14), areaName({478, 300}, 60, 14)}, screen);
    ASSERT_TRUE(apart[1].visible);
    EXPECT_DOUBLE_EQ(apart[1].box.top, 293.0);
    EXPECT_DOUBLE_EQ(apart[1].box.left, 448.0);
}

// Two leader lines that cross make the reader guess which name is whose (slide 6: Musudan
// coast's line crossed Pyongyang's). Crowded clusters of places, as around the Korean peninsula
// in the overview: no leader crosses another (drawn from the marker's edge to the label).
TEST(LabelPlacer, LeaderLinesNeverCross) {
    std::uint32_t state = 12345; // a fixed sequence: the same clusters on every run
    const auto next = [&state](double span) {
        state = state * 1664525u + 1013904223u;
        return span * static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
    };
    int leaders = 0;
    for (int cluster = 0; cluster < 200; ++cluster) {
        std::vector<LabelRequest> places;
        for (int i = 0; i < 9; ++i)
            places.push_back({{370 + next(60), 270 + next(60)}, 4, 40 + next(50), 12, static_cast<int>(next(6))});
        const auto placed = placeLabels(places, screen);
        std::vector<std::pair<ScreenPoint, ScreenPoint>> lines;
        for (std::size_t i = 0; i < places.size(); ++i) {
            if (!placed[i].visible || !placed[i].leader)
                continue;
            const ScreenPoint a = places[i].anchor, b = nearestPointOf(placed[i].box, a);
            const double length = std::hypot(b.x - a.x, b.y - a.y), skip = 5.0 / length;
            lines.push_back({{a.x + (b.x - a.x) * skip, a.y + (b.y - a.y) * skip}, b});
        }
        leaders += static_cast<int>(lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i)
            for (std::size_t j = i + 1; j < lines.size(); ++j)
                EXPECT_FALSE(segmentsCross(lines[i].first, lines[i].second, lines[j].first, lines[j].second))
                    << "cluster " << cluster << ": leaders " << i << " and " << j << " cross";
    }
    EXPECT_GT(leaders, 200); // the clusters are crowded enough to need leaders (245)
}

} // namespace label_placer_test
