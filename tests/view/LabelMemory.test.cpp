#include "view/LabelMemory.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace label_memory_test {

using namespace gb::view;

namespace {

//! n markers on a grid, 60 px apart, each with a 40 x 12 label, shifted by (dx, dy).
std::vector<LabelRequest> grid(std::size_t n, double dx = 0, double dy = 0) {
    std::vector<LabelRequest> requests;
    for (std::size_t i = 0; i < n; ++i)
        requests.push_back({{30.0 + 60.0 * static_cast<double>(i % 20) + dx, 20.0 + 30.0 * static_cast<double>(i / 20) + dy},
                            4.0, 40.0, 12.0, 1});
    return requests;
}

std::vector<std::string> idsFor(std::size_t n) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i)
        ids.push_back("p:" + std::to_string(i));
    return ids;
}

const ScreenRect screen{0, 0, 1240, 500};

} // namespace

TEST(LabelMemory, FewLabelsArePlacedEveryFrame) {
    LabelMemory memory;
    const auto requests = grid(20);
    for (int frame = 0; frame < 3; ++frame) {
        const auto placed = memory.place(requests, idsFor(20), screen, {}, "same");
        const auto fresh = placeLabels(requests, screen);
        ASSERT_EQ(placed.size(), fresh.size());
        for (std::size_t i = 0; i < placed.size(); ++i)
            EXPECT_EQ(placed[i].box.left, fresh[i].box.left);
    }
    EXPECT_EQ(memory.placements(), 0u); // never through the memory
}

TEST(LabelMemory, ADensePictureMovesItsLabelsWithTheViewBetweenPlacements) {
    LabelMemory memory;
    const std::size_t n = LabelMemory::minRequests;
    const auto first = memory.place(grid(n), idsFor(n), screen, {}, "view");
    EXPECT_EQ(memory.placements(), 1u);
    std::size_t visible = 0;
    for (const auto& p : first)
        visible += p.visible;
    ASSERT_GT(visible, 100u);

    // Panned by (5, 3): every label that stays on screen moves by exactly that, without a new
    // placement; a new label (id 'p:new' for the first marker) waits, hidden.
    std::vector<std::string> ids = idsFor(n);
    ids[0] = "p:new";
    const auto moved = memory.place(grid(n, 5, 3), ids, screen, {}, "view");
    EXPECT_EQ(memory.placements(), 1u);
    EXPECT_FALSE(moved[0].visible);
    for (std::size_t i = 1; i < n; ++i) {
        if (!first[i].visible || first[i].box.left + 5 + first[i].box.width > screen.width ||
            first[i].box.top + 3 + first[i].box.height > screen.height)
            continue;
        ASSERT_TRUE(moved[i].visible) << i;
        EXPECT_DOUBLE_EQ(moved[i].box.left, first[i].box.left + 5);
        EXPECT_DOUBLE_EQ(moved[i].box.top, first[i].box.top + 3);
    }

    // A placement serves framesKept frames, then the labels are placed anew.
    for (int frame = 2; frame < LabelMemory::framesKept; ++frame)
        (void)memory.place(grid(n, 5, 3), ids, screen, {}, "view");
    EXPECT_EQ(memory.placements(), 1u);
    const auto again = memory.place(grid(n, 5, 3), ids, screen, {}, "view");
    EXPECT_EQ(memory.placements(), 2u);
    EXPECT_TRUE(again[0].visible); // the new label has its place now
}

TEST(LabelMemory, AnyOtherChangePlacesAnewAtOnce) {
    LabelMemory memory;
    const std::size_t n = LabelMemory::minRequests;
    (void)memory.place(grid(n), idsFor(n), screen, {}, "scale 1");
    (void)memory.place(grid(n), idsFor(n), screen, {}, "scale 2");
    EXPECT_EQ(memory.placements(), 2u);
}

TEST(LabelMemory, ALabelThatWouldLeaveTheScreenHides) {
    LabelMemory memory;
    const std::size_t n = LabelMemory::minRequests;
    const auto first = memory.place(grid(n), idsFor(n), screen, {}, "view");
    ASSERT_TRUE(first[0].visible);
    const double left = first[0].box.left;
    const auto moved = memory.place(grid(n, -left - 1, 0), idsFor(n), screen, {}, "view");
    EXPECT_FALSE(moved[0].visible); // its box would start 1 px left of the screen
}

} // namespace label_memory_test
