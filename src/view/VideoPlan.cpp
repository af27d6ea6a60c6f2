#include "view/VideoPlan.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gb::view {

VideoPlan::VideoPlan(const std::vector<PlannedStep>& steps, double fps, PlaybackPace pace)
    : fps_(fps), daysPerSecond_(pace.daysPerSecond) {
    if (steps.empty() || !(fps > 0.0) || !(pace.daysPerSecond > 0.0))
        throw std::invalid_argument("VideoPlan: no steps, or a frame rate or pace that is not positive");
    double at = 0.0;
    for (const PlannedStep& planned : steps) {
        Segment segment{planned, CameraAnimation::flight(planned.from, planned.to, at), at, 0.0, 0.0, 0.0};
        segment.landed = at + segment.flight.duration();
        const double days = std::max(0.0, planned.dates.to + 1.0 - planned.dates.from);
        segment.played = segment.landed + days / daysPerSecond_;
        segment.end = segment.played + pace.holdSeconds;
        at = segment.end;
        segments_.push_back(std::move(segment));
    }
    total_ = at;
    // Whole frames 1/fps apart, ending exactly on the end; a first frame less than a frame
    // after the start (tiny rounding below a whole frame does not add one).
    frameCount_ = static_cast<std::size_t>(std::floor(total_ * fps_ + 1e-6)) + 1;
}

double VideoPlan::momentOf(std::size_t index) const {
    const std::size_t last = frameCount_ - 1;
    return std::max(0.0, total_ - static_cast<double>(last - std::min(index, last)) / fps_);
}

PlannedFrame VideoPlan::frame(std::size_t index) const {
    const double t = momentOf(index);
    auto segment = std::find_if(segments_.begin(), segments_.end(), [t](const Segment& s) { return t < s.end; });
    if (segment == segments_.end())
        segment = std::prev(segments_.end());
    PlannedFrame frame;
    frame.step = segment->planned.step;
    frame.camera = segment->flight.at(t);
    const story::DateRange& dates = segment->planned.dates;
    const double playedDays = std::max(0.0, t - segment->landed) * daysPerSecond_;
    frame.storyDay = std::min(dates.from + playedDays, dates.to + 1.0);
    frame.landed = segment->flight.finishedAt(t);
    if (index + 1 >= frameCount_) // exactly the still picture, whatever the rounding above
        frame = {segment->planned.to, dates.to + 1.0, segment->planned.step, 0.0, true};
    frame.animationSeconds = t - total_;
    return frame;
}

} // namespace gb::view
