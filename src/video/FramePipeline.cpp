#include "video/FramePipeline.hpp"

#include <algorithm>

namespace gb::video {

FramePipeline::FramePipeline(std::function<void(const Pixels&)> write, std::size_t depth)
    : write_(std::move(write)), depth_(std::max<std::size_t>(depth, 1)), thread_([this] { run(); }) {}

FramePipeline::~FramePipeline() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        waiting_.clear();
    }
    changed_.notify_all();
    thread_.join();
}

void FramePipeline::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        changed_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
        if (stopping_)
            return;
        Pixels frame = std::move(waiting_.front());
        waiting_.pop_front();
        busy_ = true;
        lock.unlock();
        std::exception_ptr failure;
        try {
            write_(frame);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        busy_ = false;
        spares_.push_back(std::move(frame));
        if (failure && !failure_) {
            failure_ = failure;
            waiting_.clear(); // nothing more is written after a failure
        }
        changed_.notify_all();
    }
}

void FramePipeline::rethrowFailure() {
    if (failure_)
        std::rethrow_exception(failure_);
}

FramePipeline::Pixels FramePipeline::spare() {
    std::lock_guard lock(mutex_);
    if (spares_.empty())
        return {};
    Pixels frame = std::move(spares_.back());
    spares_.pop_back();
    return frame;
}

void FramePipeline::push(Pixels frame) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return failure_ || waiting_.size() < depth_; });
    rethrowFailure();
    waiting_.push_back(std::move(frame));
    changed_.notify_all();
}

void FramePipeline::finish() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return failure_ || (waiting_.empty() && !busy_); });
    rethrowFailure();
}

} // namespace gb::video
