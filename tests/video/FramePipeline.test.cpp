// The pipeline between drawing and encoding: order, back-pressure, failures, cancellation.
#include "video/FramePipeline.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace frame_pipeline_test {

using gb::video::FramePipeline;

TEST(FramePipeline, WritesEveryFrameInOrderAndRecyclesBuffers) {
    std::vector<int> seen;
    std::size_t fresh = 0;
    {
        FramePipeline pipeline([&seen](const FramePipeline::Pixels& p) { seen.push_back(p[0]); }, 2);
        for (int i = 0; i < 200; ++i) {
            FramePipeline::Pixels buffer = pipeline.spare();
            if (buffer.empty()) {
                ++fresh;
                buffer.resize(1024);
            }
            buffer[0] = static_cast<std::uint8_t>(i);
            pipeline.push(std::move(buffer));
        }
        pipeline.finish();
    }
    ASSERT_EQ(seen.size(), 200u);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(seen[i], i % 256);
    EXPECT_LE(fresh, 5u); // two waiting, one writing, one drawing, one spare in passing
}

TEST(FramePipeline, AWritersErrorReachesTheDrawingThread) {
    FramePipeline pipeline(
        [](const FramePipeline::Pixels& p) {
            if (p[0] == 3)
                throw std::runtime_error("clip.mp4: cannot write the video (No space left on device)");
        },
        2);
    const auto pushAll = [&] {
        for (int i = 0; i < 50; ++i)
            pipeline.push(FramePipeline::Pixels(1, static_cast<std::uint8_t>(i)));
        pipeline.finish();
    };
    EXPECT_THROW(pushAll(), std::runtime_error);
}

TEST(FramePipeline, DestroyingItUnfinishedDropsWhatWaits) {
    std::atomic<int> written{0};
    {
        FramePipeline pipeline([&written](const FramePipeline::Pixels&) { ++written; }, 2);
        for (int i = 0; i < 3; ++i)
            pipeline.push(FramePipeline::Pixels(1));
    } // cancelled: returns without waiting for the rest
    EXPECT_LE(written.load(), 3);
}

} // namespace frame_pipeline_test
