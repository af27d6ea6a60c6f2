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
        segments_.push_back(segment);
    }
    total_ = at;
    // Frames 1/fps apart from the start; the hold takes the part of a frame the end needs to
    // fall on one (tiny rounding below a whole frame does not add one).
    frameCount_ = static_cast<std::size_t>(std::ceil(total_ * fps_ - 1e-6)) + 1;
}

double VideoPlan::momentOf(std::size_t index) const {
    return static_cast<double>(std::min(index, frameCount_ - 1)) / fps_;
}

PlannedFrame VideoPlan::frame(std::size_t index) const {
    const double t = std::min(momentOf(index), total_);
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
    frame.animationSeconds = momentOf(index) - momentOf(frameCount_ - 1);
    return frame;
}

} // namespace gb::view
