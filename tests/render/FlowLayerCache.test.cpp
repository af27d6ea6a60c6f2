// A dense story's flows panned as a picture (render/FlowLayerCache): what the cache shows is
// what drawing the flows shows, before and after a pan, and it redraws only when the pan leaves
// its margin. Twins: a moved picture and moving dashes do differ from it, so the comparison
// would notice a wrong offset.
#include "app/XvfbSession.hpp"
#include "geo/Projection.hpp"
#include "render/FlowLayerCache.hpp"
#include "view/LineIndex.hpp"
#include "story/StoryLoader.hpp"
#include "view/Camera.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace flow_layer_cache_test {

using namespace gb;

namespace {

//! The real story with its flows copied until there are `count` (a dense story).
story::Story denseStory(std::size_t count) {
    std::ifstream in(std::string(GEOBRIEF_DATA_DIR) + "/assets/stories/eu-japan-dprk.json");
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json json = nlohmann::json::parse(text.str());
    const nlohmann::json flows = json["flows"];
    for (std::size_t i = 0; json["flows"].size() < count; ++i) {
        nlohmann::json copy = flows[i % flows.size()];
        copy["id"] = "copy-" + std::to_string(i);
        json["flows"].push_back(copy);
    }
    return story::parseStory(json.dump(), "dense.json");
}

sf::Image drawn(sf::RenderTexture& target, const std::function<void()>& draw) {
    target.clear(sf::Color(240, 240, 235));
    draw();
    target.display();
    return target.getTexture().copyToImage();
}

//! Pixels whose colour differs by more than `tolerance` levels in a channel.
int differing(const sf::Image& a, const sf::Image& b, int tolerance) {
    int count = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x) {
            const sf::Color p = a.getPixel(x, y), q = b.getPixel(x, y);
            count += std::abs(p.r - q.r) > tolerance || std::abs(p.g - q.g) > tolerance || std::abs(p.b - q.b) > tolerance;
        }
    return count;
}

//! The same picture as far as the cache can keep it: the texture holds 8-bit colours already
//! multiplied by their coverage, so where dozens of translucent halos stack (this story repeats
//! its six routes 33 times) the roundings add up to a few levels: none beyond 12, and at most
//! 0.2% of the pixels beyond 3 (measured: 315 of 230,400 beyond 3, none beyond 11).
testing::AssertionResult sameWithinRounding(const sf::Image& a, const sf::Image& b) {
    const int far = differing(a, b, 12), some = differing(a, b, 3);
    const int allowed = static_cast<int>(a.getSize().x * a.getSize().y / 500);
    if (far == 0 && some <= allowed)
        return testing::AssertionSuccess();
    return testing::AssertionFailure() << far << " pixels differ by more than 12 levels, " << some
                                       << " by more than 3 (allowed " << allowed << ")";
}

} // namespace

TEST(FlowLayerCache, ShowsWhatDrawingShowsBeforeAndAfterAPanAndRedrawsOnlyPastItsMargin) {
    const app::XvfbSession display;
    sf::RenderTexture target;
    ASSERT_TRUE(target.create(640, 360));
    const render::RibbonShader ribbons;
    const story::Story story = denseStory(render::FlowLayerCache::minFlows);
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const std::vector<view::FlowGeometry> flows = view::buildFlowGeometry(story, projection);
    view::Camera camera(*projection.forward({90.0, 45.0}), 20000.0, 640, 360);
    render::FrameOptions options;
    options.animationSeconds = 0; // the cache's dashes stand still; so do these
    render::FlowLayerCache cache;

    const auto direct = [&](const view::Camera& c, const render::FrameOptions& o) {
        return drawn(target, [&] { (void)render::drawFlows(target, c, flows, story, o, ribbons); });
    };
    render::DrawnFlows fromCache;
    const auto cached = [&](const view::Camera& c) {
        return drawn(target, [&] { fromCache = cache.draw(target, c, flows, story, options, ribbons); });
    };

    const sf::Image first = cached(camera);
    EXPECT_EQ(cache.redraws(), 1u);
    EXPECT_TRUE(sameWithinRounding(first, direct(camera, options)));

    view::Camera panned = camera;
    panned.panByPixels(37, -21);
    const sf::Image moved = cached(panned);
    EXPECT_EQ(cache.redraws(), 1u); // copied, not drawn again
    const sf::Image truth = direct(panned, options);
    // The twin of the check below: a picture one pixel off is not the same.
    view::Camera nudged = panned;
    nudged.panByPixels(1, 0);
    EXPECT_FALSE(sameWithinRounding(moved, direct(nudged, options)));
    EXPECT_TRUE(sameWithinRounding(moved, truth));
    // What it reports for the labels moved with it: the arrowheads' boxes.
    const render::DrawnFlows reference = render::drawFlows(target, panned, flows, story, options, ribbons);
    ASSERT_EQ(fromCache.obstacles.boxes.size(), reference.obstacles.boxes.size());
    for (std::size_t i = 0; i < reference.obstacles.boxes.size(); ++i) {
        EXPECT_NEAR(fromCache.obstacles.boxes[i].left, reference.obstacles.boxes[i].left, 0.01);
        EXPECT_NEAR(fromCache.obstacles.boxes[i].top, reference.obstacles.boxes[i].top, 0.01);
    }

    // The lines, indexed once, at the offset: a point of a drawn flow is on one, a box off
    // the picture is on none.
    ASSERT_TRUE(fromCache.obstacles.indexed);
    ASSERT_FALSE(reference.obstacles.lines.empty());
    const view::ScreenPoint on = reference.obstacles.lines[0].points[1], o = fromCache.obstacles.indexedOffset;
    EXPECT_TRUE(fromCache.obstacles.indexed->meetsBox({on.x - o.x - 1, on.y - o.y - 1, 2, 2}));
    EXPECT_FALSE(fromCache.obstacles.indexed->meetsBox({-5000 - o.x, -5000 - o.y, 2, 2}));

    // Twins: the picture before the pan, and dashes moved on by 0.4 s, differ from it.
    EXPECT_FALSE(sameWithinRounding(moved, first));
    render::FrameOptions later = options;
    later.animationSeconds = 0.4;
    EXPECT_FALSE(sameWithinRounding(moved, direct(panned, later)));

    // Past the margin: drawn again, and still right.
    view::Camera far = camera;
    far.panByPixels(render::FlowLayerCache::marginPx + 40.0, 0);
    const sf::Image farPicture = cached(far);
    EXPECT_EQ(cache.redraws(), 2u);
    EXPECT_TRUE(sameWithinRounding(farPicture, direct(far, options)));
}

TEST(FlowLayerCache, AStoryOfFewFlowsIsDrawnDirectlyAndAnimated) {
    const app::XvfbSession display;
    sf::RenderTexture target;
    ASSERT_TRUE(target.create(320, 180));
    const render::RibbonShader ribbons;
    const story::Story story = denseStory(0); // the real story's six flows
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const std::vector<view::FlowGeometry> flows = view::buildFlowGeometry(story, projection);
    render::FlowLayerCache cache;
    render::FrameOptions options;
    options.animationSeconds = 0.4;
    (void)cache.draw(target, view::Camera(*projection.forward({90.0, 45.0}), 40000.0, 320, 180), flows, story, options,
                     ribbons);
    EXPECT_EQ(cache.redraws(), 0u);
}

} // namespace flow_layer_cache_test
