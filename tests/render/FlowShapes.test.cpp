// Shapes of the flow arrows, checked without a display.
#include "render/FlowOverlay.hpp"
#include "render/Ribbon.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace flow_shapes_test {

using namespace gb::render;

TEST(Ribbon, SliceAndPrefixFollowThePath) {
    const std::vector<sf::Vector2f> path{{0, 0}, {10, 0}, {10, 10}};
    EXPECT_FLOAT_EQ(polylineLength(path), 20.f);
    const auto head = prefix(path, 15.f);
    ASSERT_EQ(head.size(), 3u);
    EXPECT_EQ(head.back(), sf::Vector2f(10, 5));
    const auto middle = slice(path, 5.f, 12.f);
    EXPECT_EQ(middle.front(), sf::Vector2f(5, 0));
    EXPECT_EQ(middle.back(), sf::Vector2f(10, 2));
    EXPECT_TRUE(slice(path, 12.f, 5.f).empty());
}

TEST(Ribbon, OneQuadPerSegmentCarryingTheDistanceAcross) {
    sf::VertexArray triangles(sf::Triangles);
    appendRibbon(triangles, {{0, 0}, {100, 0}}, 6.f, sf::Color::Red);
    ASSERT_EQ(triangles.getVertexCount(), 6u); // one quad; the shader fades its edges
    float top = 0, bottom = 0;
    for (std::size_t i = 0; i < triangles.getVertexCount(); ++i) {
        const sf::Vertex& v = triangles[i];
        top = std::min(top, v.position.y);
        bottom = std::max(bottom, v.position.y);
        EXPECT_FLOAT_EQ(std::abs(v.texCoords.x), 4.f); // distance across at the quad's edge
        EXPECT_FLOAT_EQ(std::abs(v.position.y), std::abs(v.texCoords.x));
        EXPECT_FLOAT_EQ(v.texCoords.y, 3.5f); // the shader: full coverage up to 3 px across, none from 4
    }
    EXPECT_FLOAT_EQ(bottom - top, 8.f); // the width and a pixel of fade on each side
}

TEST(FlowShapes, ArrowheadsPointAlongTheTangent) {
    // A quarter circle from (100, 0) to (0, 100) around the origin: at the end it heads -x.
    std::vector<sf::Vector2f> arc;
    for (int i = 0; i <= 90; ++i) {
        const double a = i * 3.14159265358979 / 180;
        arc.emplace_back(static_cast<float>(100 * std::cos(a)), static_cast<float>(100 * std::sin(a)));
    }
    const auto end = arrowheadFor(arc, 12.f, true);
    EXPECT_EQ(end[0], arc.back());
    const sf::Vector2f baseMid = (end[1] + end[2]) / 2.f, axis = end[0] - baseMid;
    const sf::Vector2f tangent = arc[arc.size() - 1] - arc[arc.size() - 2];
    const float cross = axis.x * tangent.y - axis.y * tangent.x;
    EXPECT_NEAR(cross / (std::hypot(axis.x, axis.y) * std::hypot(tangent.x, tangent.y)), 0.0, 1e-4);
    EXPECT_GT(axis.x * tangent.x + axis.y * tangent.y, 0.f);
    EXPECT_NEAR(std::hypot(axis.x, axis.y), 12.f, 1e-3);
    // At the start of a two-way flow the head points backwards, out of the path: the path leaves
    // (100, 0) towards +y, so the tip is at (100, 0) and the base 12 px along +y.
    const auto start = arrowheadFor(arc, 12.f, false);
    EXPECT_EQ(start[0], arc.front());
    EXPECT_NEAR(((start[1] + start[2]) / 2.f).y, 12.f, 0.1f);
}

} // namespace flow_shapes_test
