#pragma once
// Frames handed from the thread that draws them to a writer on its own thread, so encoding
// one frame overlaps drawing the next. At most `depth` frames wait (memory stays flat at 4K:
// 33 MB a frame); buffers are recycled, so no frame's memory is allocated (and faulted in)
// twice.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace gb::video {

class FramePipeline {
public:
    using Pixels = std::vector<std::uint8_t>;
    //! `write` runs on the pipeline's thread, once per frame, in order.
    explicit FramePipeline(std::function<void(const Pixels&)> write, std::size_t depth = 2);
    //! Stops the thread; frames still waiting are dropped (a cancelled or failed export).
    ~FramePipeline();
    FramePipeline(const FramePipeline&) = delete;
    FramePipeline& operator=(const FramePipeline&) = delete;

    //! A buffer for the next frame: one the writer is done with, or an empty one.
    [[nodiscard]] Pixels spare();
    //! Queues a frame; waits while `depth` frames wait. Rethrows the writer's error.
    void push(Pixels frame);
    //! Waits until every frame is written. Rethrows the writer's error.
    void finish();

private:
    void run();
    void rethrowFailure();

    std::function<void(const Pixels&)> write_;
    std::size_t depth_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Pixels> waiting_;
    std::vector<Pixels> spares_;
    bool busy_ = false;
    bool stopping_ = false;
    std::exception_ptr failure_;
    std::thread thread_; //!< last: starts after everything above exists
};

} // namespace gb::video
