// A recording's frames: exact timings, the still picture last, and nothing that depends on
// how fast a machine draws.
#include "view/VideoPlan.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace video_plan_test {

using namespace gb;
using namespace gb::view;

namespace {
constexpr int day0 = 20000; // days since 1970: 2024-10-04
const Camera here({0.0, 0.0}, 1000.0, 1280, 720);
const Camera there({2.0e6, 1.0e6}, 500.0, 1280, 720);

PlannedStep stepAt(std::size_t index, const Camera& from, const Camera& to, int firstDay, int lastDay) {
    return {index, from, to, story::DateRange{firstDay, lastDay}};
}
} // namespace

TEST(VideoPlan, AStepIsItsFlightThenItsDaysThenTheHold) {
    // No travel: the shortest flight (0.5 s); 3 days at 10 a second (0.3 s); the hold (2 s).
    const VideoPlan plan({stepAt(4, here, here, day0, day0 + 2)}, 30.0);
    ASSERT_EQ(plan.frameCount(), 85u); // 2.8 s: 84 frame intervals, and the first frame
    EXPECT_DOUBLE_EQ(plan.seconds(), 85.0 / 30.0);
    const PlannedFrame first = plan.frame(0);
    EXPECT_EQ(first.step, 4u);
    EXPECT_DOUBLE_EQ(first.storyDay, day0); // the dates wait for the landing
    EXPECT_FALSE(first.landed);
    EXPECT_NEAR(first.animationSeconds, -2.8, 1e-9);
    // 0.6 s in: landed 0.1 s ago, one day played.
    const PlannedFrame playing = plan.frame(18);
    EXPECT_NEAR(plan.momentOf(18), 0.6, 1e-9);
    EXPECT_TRUE(playing.landed);
    EXPECT_NEAR(playing.storyDay, day0 + 1.0, 1e-9);
    // The dates end 0.8 s in; then the hold shows the end of the last day.
    EXPECT_NEAR(plan.frame(30).storyDay, day0 + 3.0, 1e-9);
    EXPECT_NEAR(plan.frame(83).storyDay, day0 + 3.0, 1e-9);
}

TEST(VideoPlan, TheLastFrameIsTheStepsStillPicture) {
    const VideoPlan plan({stepAt(0, here, there, day0, day0 + 5)}, 24.0);
    const PlannedFrame last = plan.frame(plan.frameCount() - 1);
    EXPECT_TRUE(last.landed);
    EXPECT_EQ(last.camera.centre(), there.centre());
    EXPECT_DOUBLE_EQ(last.camera.metresPerPixel(), there.metresPerPixel());
    EXPECT_DOUBLE_EQ(last.storyDay, day0 + 6.0);
    EXPECT_DOUBLE_EQ(last.animationSeconds, 0.0); // dashes where the still draws them
    // The first frame is where the flight starts.
    EXPECT_EQ(plan.frame(0).camera.centre(), here.centre());
    // A frame index past the end is the last frame.
    EXPECT_EQ(plan.frame(plan.frameCount() + 10).camera.centre(), there.centre());
}

TEST(VideoPlan, FramesAreEvenlySpacedAndEndExactlyOnTheEnd) {
    const VideoPlan plan({stepAt(0, here, there, day0, day0)}, 25.0);
    const std::size_t n = plan.frameCount();
    for (std::size_t i = 1; i < n; ++i)
        EXPECT_NEAR(plan.momentOf(i) - plan.momentOf(i - 1), 1.0 / 25.0, 1e-9) << i;
    EXPECT_DOUBLE_EQ(plan.momentOf(0), 0.0);
}

TEST(VideoPlan, StepsFollowEachOtherAndEachFlightStartsWhereTheLastEnded) {
    const VideoPlan one({stepAt(0, here, there, day0, day0)}, 30.0);
    const VideoPlan two({stepAt(0, here, there, day0, day0), stepAt(1, there, here, day0 + 10, day0 + 10)}, 30.0);
    EXPECT_GT(two.frameCount(), one.frameCount());
    // A frame just into the second step: its title, its first day, the flight begun from `there`.
    std::size_t firstOfSecond = 0;
    while (two.frame(firstOfSecond).step == 0)
        ++firstOfSecond;
    const PlannedFrame f = two.frame(firstOfSecond);
    EXPECT_EQ(f.step, 1u);
    EXPECT_FALSE(f.landed);
    EXPECT_DOUBLE_EQ(f.storyDay, day0 + 10.0);
    EXPECT_NEAR(f.camera.centre().x, there.centre().x, 0.02 * std::abs(there.centre().x));
    // The frame before it is the first step's hold.
    EXPECT_TRUE(two.frame(firstOfSecond - 1).landed);
    EXPECT_DOUBLE_EQ(two.frame(firstOfSecond - 1).storyDay, day0 + 1.0);
}

TEST(VideoPlan, RefusesNoStepsAndNoFrameRate) {
    EXPECT_THROW(VideoPlan({}, 30.0), std::invalid_argument);
    EXPECT_THROW(VideoPlan({stepAt(0, here, here, day0, day0)}, 0.0), std::invalid_argument);
}

} // namespace video_plan_test
