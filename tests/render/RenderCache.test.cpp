// The render cache's wrap-around bookkeeping: which texels hold which part of the picture, and
// what a pan leaves to draw. Pure arithmetic; the window tests see the pictures.
#include "render/RenderCache.hpp"

#include <gtest/gtest.h>

#include <tuple>
#include <vector>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace render_cache_test {

using namespace gb::render;
using Rect = RenderCache::PixelRect;

namespace {
std::vector<std::tuple<long, long, long, long, long, long>> piecesOf(const Rect& r, sf::Vector2u size) {
    std::vector<std::tuple<long, long, long, long, long, long>> out;
    forEachWrappedPiece(r, size, [&](const Rect& p, long tx, long ty) { out.emplace_back(p.x0, p.y0, p.x1, p.y1, tx, ty); });
    return out;
}
} // namespace

TEST(RenderCache, ARectangleInsideTheTextureIsOnePiece) {
    const auto pieces = piecesOf({10, 20, 110, 70}, {200, 100});
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_EQ(pieces[0], std::make_tuple(10L, 20L, 110L, 70L, 10L, 20L));
}

TEST(RenderCache, ARectangleAcrossTheWrapSplitsIntoFourPieces) {
    // 200 x 100 texels; the rectangle starts 50 px before the right edge and 30 px before the
    // bottom, and goes on past both, so its pieces come back at texel 0.
    const auto pieces = piecesOf({350, 170, 450, 240}, {200, 100});
    ASSERT_EQ(pieces.size(), 4u);
    EXPECT_EQ(pieces[0], std::make_tuple(350L, 170L, 400L, 200L, 150L, 70L));
    EXPECT_EQ(pieces[1], std::make_tuple(400L, 170L, 450L, 200L, 0L, 70L));
    EXPECT_EQ(pieces[2], std::make_tuple(350L, 200L, 400L, 240L, 150L, 0L));
    EXPECT_EQ(pieces[3], std::make_tuple(400L, 200L, 450L, 240L, 0L, 0L));
    // Negative coordinates (a pan left or up from the start) wrap the same way.
    EXPECT_EQ(piecesOf({-20, -10, 0, 0}, {200, 100}).at(0), std::make_tuple(-20L, -10L, 0L, 0L, 180L, 90L));
}

TEST(RenderCache, APanLeavesOnlyTheUncoveredStripsToDraw) {
    const Rect before{0, 0, 200, 100};
    // Right by 30: a 30-px band on the right, full height.
    auto strips = uncovered(before, {30, 0, 230, 100});
    ASSERT_EQ(strips.size(), 1u);
    EXPECT_EQ(std::tie(strips[0].x0, strips[0].y0, strips[0].x1, strips[0].y1), std::make_tuple(200L, 0L, 230L, 100L));
    // Left 30 and down 20: a band on the left, then below over the columns both share.
    strips = uncovered(before, {-30, 20, 170, 120});
    ASSERT_EQ(strips.size(), 2u);
    EXPECT_EQ(std::tie(strips[0].x0, strips[0].y0, strips[0].x1, strips[0].y1), std::make_tuple(-30L, 20L, 0L, 120L));
    EXPECT_EQ(std::tie(strips[1].x0, strips[1].y0, strips[1].x1, strips[1].y1), std::make_tuple(0L, 100L, 170L, 120L));
    // Together with what stays, the strips are exactly the new rectangle: 200 x 100 pixels.
    long area = (170 - 0) * (100 - 20);
    for (const Rect& s : strips)
        area += s.width() * s.height();
    EXPECT_EQ(area, 200 * 100);
    EXPECT_TRUE(uncovered(before, before).empty());
}

} // namespace render_cache_test
