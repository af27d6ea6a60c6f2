// A slide frames its step where the overlays leave the map free: no legend, title or caption
// covers the step's area, and the area is shown as big as that allows.
#include "app/InitialView.hpp"
#include "app/StoryMoment.hpp"
#include "render/SlideOverlay.hpp"
#include "story/StoryLoader.hpp"

#include <gtest/gtest.h>

#include <filesystem>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace slide_framing_test {

using namespace gb;

namespace {
bool overlap(const sf::FloatRect& a, const sf::FloatRect& b) {
    return a.width > 0 && b.width > 0 && a.intersects(b);
}
} // namespace

TEST(SlideFraming, EveryStepsAreaIsClearOfTheOverlays) {
    const story::Story story =
        story::loadStory(std::filesystem::path(GEOBRIEF_DATA_DIR) / "assets/stories/eu-japan-dprk.json");
    ASSERT_FALSE(story.steps.empty());
    for (const auto& [w, h] : {std::pair{1920.0, 1080.0}, std::pair{1280.0, 720.0}, std::pair{1080.0, 1080.0}}) {
        render::FrameOptions frame;
        frame.pixelScale = static_cast<float>(std::max(1.0, h / 720.0));
        for (const story::Step& step : story.steps) {
            ASSERT_TRUE(step.view.bounds);
            app::Options options;
            const geo::Projection projection(app::projectionCentredOn(options, app::middleLon(*step.view.bounds)));
            const render::SlideFootprint footprint =
                render::estimateSlideFootprint(story, &step, static_cast<float>(w), frame, render::SlideOverlays{});
            const auto free = render::freeAreasOf(footprint, static_cast<float>(w), static_cast<float>(h), 8.f);
            const view::Camera camera = app::slideCamera(step, projection, w, h, free);
            // The step's area on screen.
            const geo::MapBox area = app::projectBox(*step.view.bounds, projection);
            const view::ScreenPoint a = camera.toScreen({area.minX, area.maxY});
            const view::ScreenPoint b = camera.toScreen({area.maxX, area.minY});
            const sf::FloatRect shown(static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x - a.x),
                                      static_cast<float>(b.y - a.y));
            const std::string what = step.title.in(story::Language::English) + " at " + std::to_string(int(w));
            EXPECT_FALSE(overlap(shown, footprint.legend)) << what;
            EXPECT_FALSE(overlap(shown, footprint.title)) << what;
            EXPECT_LE(shown.top + shown.height, h - footprint.bottom + 0.5) << what;
            EXPECT_GE(shown.left, -0.5) << what;
            EXPECT_LE(shown.left + shown.width, w + 0.5) << what;
            // As big as the free part allows: it fills one free area in width or in height.
            bool fills = false;
            for (const sf::FloatRect& f : free)
                fills = fills || std::abs(shown.width - f.width) < 1.0 || std::abs(shown.height - f.height) < 1.0;
            EXPECT_TRUE(fills) << what;
        }
    }
}

// Window = deck: the window keeps the story-wide cone (80°E) and turns its camera; every place
// lands on the same pixel as in the step's exported picture (the cone turned to the step).
TEST(SlideFraming, TheWindowsUprightStepViewIsTheExportedPicture) {
    const story::Story story =
        story::loadStory(std::filesystem::path(GEOBRIEF_DATA_DIR) / "assets/stories/eu-japan-dprk.json");
    app::Options options;
    const geo::Projection window(app::projectionFor(options));
    for (const story::Step& step : story.steps) {
        const geo::Projection exported(app::projectionCentredOn(options, app::middleLon(*step.view.bounds)));
        const view::Camera deck = app::stepCamera(step, exported, 1280, 720);
        const view::Camera upright = app::uprightStepCamera(step, window, 1280, 720);
        for (const story::Place& p : story.places) {
            const view::ScreenPoint a = deck.toScreen(*exported.forward(p.position));
            const view::ScreenPoint b = upright.toScreen(*window.forward(p.position));
            EXPECT_NEAR(a.x, b.x, 0.05) << p.id << " in " << step.title.en;
            EXPECT_NEAR(a.y, b.y, 0.05) << p.id << " in " << step.title.en;
        }
    }
}

// Type has a floor: a 0.5x export's title and caption still read from the back row.
TEST(SlideFraming, TextNeverShrinksBelowItsFloor) {
    const story::Story story =
        story::loadStory(std::filesystem::path(GEOBRIEF_DATA_DIR) / "assets/stories/eu-japan-dprk.json");
    render::FrameOptions full, half;
    half.pixelScale = 0.5f;
    const story::Step& step = story.steps[3];
    const auto at1 = render::estimateSlideFootprint(story, &step, 1280, full, render::SlideOverlays{});
    const auto atHalf = render::estimateSlideFootprint(story, &step, 1280, half, render::SlideOverlays{});
    // The title's box: a 28 px line less its 6 px gap, 2 x 8 px padding, the 20 px date box.
    EXPECT_FLOAT_EQ(at1.title.height, 28.f - 6.f + 16.f + 20.f);
    // At half scale the padding halves, but the 22 px title stays 16 px and the 14 px date 11 px.
    EXPECT_NEAR(atHalf.title.height, (28.f - 6.f) * 16.f / 22.f + 8.f + 20.f * 11.f / 14.f, 1e-3);
    // The caption's lines keep at least 13 px type (16 px at scale 1): its band shrinks by no
    // more than 13/16 per line.
    EXPECT_GT(atHalf.bottom, 0.5f * at1.bottom);
}

} // namespace slide_framing_test
