#include "mapdata/Simplify.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace simplify_test {

using namespace gb::mapdata;

namespace {
struct Ring {
    std::vector<double> xs, ys;
    std::vector<int> ok;
    std::vector<char> fixed;
    void add(double x, double y, bool isFixed = false) {
        xs.push_back(x);
        ys.push_back(y);
        ok.push_back(1);
        fixed.push_back(isFixed);
    }
};

//! A 100 x 100 square with `wobble` added to the middle of each side's points.
Ring wobblySquare(double wobble) {
    Ring r;
    for (int i = 0; i < 10; ++i)
        r.add(i * 10.0, (i % 2) * wobble);
    for (int i = 0; i < 10; ++i)
        r.add(100.0 + (i % 2) * wobble, i * 10.0);
    for (int i = 0; i < 10; ++i)
        r.add(100.0 - i * 10.0, 100.0 + (i % 2) * wobble);
    for (int i = 0; i < 10; ++i)
        r.add((i % 2) * wobble, 100.0 - i * 10.0);
    return r;
}

std::size_t count(const std::vector<char>& keep) { return static_cast<std::size_t>(std::count(keep.begin(), keep.end(), 1)); }
} // namespace

TEST(Simplify, DropsWobblesBelowTheToleranceAndKeepsTheCorners) {
    const Ring r = wobblySquare(0.4);
    const std::vector<char> keep = keptPoints(r.xs, r.ys, r.ok, r.fixed, 0.5);
    EXPECT_EQ(count(keep), 4u);
    for (std::size_t corner : {0u, 10u, 20u, 30u})
        EXPECT_TRUE(keep[corner]) << corner;
}

TEST(Simplify, KeepsWobblesAboveTheTolerance) {
    const Ring r = wobblySquare(1.0);
    const std::vector<char> keep = keptPoints(r.xs, r.ys, r.ok, r.fixed, 0.5);
    for (std::size_t i = 0; i < r.xs.size(); i += 2) // each wobble's turning points
        EXPECT_TRUE(keep[i + 1] || keep[i]) << i;
    EXPECT_GT(count(keep), r.xs.size() / 2);
}

TEST(Simplify, NoDroppedPointLiesFartherThanTheTolerance) {
    Ring r; // a noisy circle
    for (int i = 0; i < 720; ++i) {
        const double a = i * M_PI / 360.0, radius = 1000.0 + 1.0 * std::sin(i * 1.7);
        r.add(radius * std::cos(a), radius * std::sin(a));
    }
    const double tolerance = 2.0;
    const std::vector<char> keep = keptPoints(r.xs, r.ys, r.ok, r.fixed, tolerance);
    EXPECT_LT(count(keep), r.xs.size() / 4);
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < keep.size(); ++i)
        if (keep[i])
            kept.push_back(i);
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const std::size_t a = kept[k], b = kept[(k + 1) % kept.size()];
        for (std::size_t i = (a + 1) % r.xs.size(); i != b; i = (i + 1) % r.xs.size()) {
            const double dx = r.xs[b] - r.xs[a], dy = r.ys[b] - r.ys[a];
            const double t = std::clamp(((r.xs[i] - r.xs[a]) * dx + (r.ys[i] - r.ys[a]) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
            EXPECT_LE(std::hypot(r.xs[a] + t * dx - r.xs[i], r.ys[a] + t * dy - r.ys[i]), tolerance + 1e-9) << i;
        }
    }
}

TEST(Simplify, KeepsFixedAndUnprojectablePointsAndTheirNeighbours) {
    Ring r = wobblySquare(0.1);
    r.fixed[5] = 1; // on a straight side: would go otherwise
    r.ok[25] = 0;   // PROJ failed here
    r.xs[25] = r.ys[25] = 1e30; // and its position is garbage
    const std::vector<char> keep = keptPoints(r.xs, r.ys, r.ok, r.fixed, 0.5);
    EXPECT_TRUE(keep[5]);
    EXPECT_TRUE(keep[24] && keep[25] && keep[26]);
    EXPECT_FALSE(keep[3]);
    EXPECT_FALSE(keep[22]);
    EXPECT_FALSE(keep[28]);
}

TEST(Simplify, ZeroToleranceOrTinyRingsKeepEverything) {
    const Ring r = wobblySquare(0.1);
    EXPECT_EQ(count(keptPoints(r.xs, r.ys, r.ok, r.fixed, 0.0)), r.xs.size());
    Ring tiny;
    tiny.add(0, 0);
    tiny.add(1, 0);
    tiny.add(0, 1);
    EXPECT_EQ(count(keptPoints(tiny.xs, tiny.ys, tiny.ok, tiny.fixed, 100.0)), 3u);
    Ring small = wobblySquare(0.0); // smaller than the tolerance as a whole: still a triangle
    EXPECT_GE(count(keptPoints(small.xs, small.ys, small.ok, small.fixed, 1000.0)), 3u);
}

TEST(Simplify, AnOpenLineKeepsItsEndsAndNeedsNoThirdPoint) {
    Ring line; // straight, with small wobbles
    for (int i = 0; i <= 20; ++i)
        line.add(i * 10.0, (i % 2) * 0.1);
    const std::vector<char> keep = keptPoints(line.xs, line.ys, line.ok, line.fixed, 0.5, /*closed=*/false);
    EXPECT_EQ(count(keep), 2u);
    EXPECT_TRUE(keep.front() && keep.back());
}

} // namespace simplify_test
