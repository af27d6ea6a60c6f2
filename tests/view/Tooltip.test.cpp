#include "view/Tooltip.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace tooltip_test {

using namespace gb::view;

TEST(Tooltip, TheSummaryIsTheDateAndTheFirstSentence) {
    Details d;
    d.kind = "Place (institution)";
    d.dates = "28 Oct 2024";
    d.text = "NATO's Rutte says North Korean units are in the Kursk region. NATO calls on them to stop.";
    EXPECT_EQ(oneLineSummary(d), "28 Oct 2024: NATO's Rutte says North Korean units are in the Kursk region.");
    d.text = "28 Oct 2024: after a briefing. More.";
    EXPECT_EQ(oneLineSummary(d), "28 Oct 2024: after a briefing."); // the date is not said twice
    d.text = std::string(120, 'a') + " end.";
    EXPECT_EQ(oneLineSummary(d, 90), "28 Oct 2024: " + std::string(90, 'a') + "...");
    d.dates.clear();
    d.text.clear();
    EXPECT_EQ(oneLineSummary(d), "Place (institution)");
}

TEST(Tooltip, ItGoesWhereItHidesNoLabel) {
    const ScreenPoint pointer{400, 300};
    // Nothing in the way: below right, clear of the pointer.
    const ScreenRect free = placeTooltip(pointer, 200, 50, {}, 800, 600);
    EXPECT_DOUBLE_EQ(free.left, 418);
    EXPECT_DOUBLE_EQ(free.top, 322);
    // The hovered place's label below right: the tooltip goes below left.
    const ScreenRect label{410, 315, 80, 20};
    const ScreenRect moved = placeTooltip(pointer, 200, 50, {label}, 800, 600);
    EXPECT_DOUBLE_EQ(moved.left, 182);
    EXPECT_DOUBLE_EQ(moved.top, 322);
    EXPECT_FALSE(moved.overlaps(label));
    // Every side covers a place's name: the one covering the fewest area names wins.
    const std::vector<ScreenRect> names{{300, 200, 400, 80}, {150, 330, 500, 40}};
    const ScreenRect least = placeTooltip(pointer, 200, 50, names, 800, 600, {{182, 322, 10, 10}, {418, 322, 10, 10}, {418, 228, 5, 5}});
    EXPECT_DOUBLE_EQ(least.left, 182);
    EXPECT_DOUBLE_EQ(least.top, 228);
    // In the bottom right corner: above left.
    const ScreenRect corner = placeTooltip({790, 590}, 200, 50, {}, 800, 600);
    EXPECT_DOUBLE_EQ(corner.left, 572);
    EXPECT_DOUBLE_EQ(corner.top, 518);
}

} // namespace tooltip_test
