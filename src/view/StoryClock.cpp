#include "view/StoryClock.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {

StoryClock::StoryClock(story::DateRange span) : span_(span), anchorDay_(span.to + 1.0) {}

double StoryClock::dayAt(double now) {
    if (!playing_)
        return anchorDay_;
    double day = anchorDay_ + std::max(0.0, now - anchorTime_) * speed_; // a step's dates may start later
    const double end = stopAt_.value_or(lastDay());
    if (day >= end) {
        if (loop_ && !stopAt_) {
            const double length = lastDay() - firstDay();
            day = firstDay() + std::fmod(day - firstDay(), length);
        } else {
            anchorDay_ = end;
            anchorTime_ = now;
            playing_ = false;
            stopAt_.reset();
            return end;
        }
    }
    return day;
}

void StoryClock::play(double now) {
    const double day = dayAt(now);
    anchorDay_ = day >= lastDay() ? firstDay() : day; // at the end, play restarts
    anchorTime_ = now;
    playing_ = true;
}

void StoryClock::pause(double now) {
    anchorDay_ = dayAt(now);
    anchorTime_ = now;
    playing_ = false;
    stopAt_.reset();
}

void StoryClock::seek(double day, double now) {
    anchorDay_ = std::clamp(day, firstDay(), lastDay());
    anchorTime_ = now;
    stopAt_.reset();
}

void StoryClock::setSpeed(double daysPerSecond, double now) {
    anchorDay_ = dayAt(now);
    anchorTime_ = now;
    speed_ = std::max(daysPerSecond, 0.01);
}

void StoryClock::playWindow(story::DateRange window, double now, double startAt) {
    anchorDay_ = std::clamp(static_cast<double>(window.from), firstDay(), lastDay());
    anchorTime_ = std::max(now, startAt);
    stopAt_ = std::clamp(window.to + 1.0, anchorDay_, lastDay());
    playing_ = true;
}

void StoryClock::setSpan(story::DateRange span, double now) {
    const double day = dayAt(now);
    span_ = span;
    anchorDay_ = std::clamp(day, firstDay(), lastDay());
    anchorTime_ = now;
}

} // namespace gb::view
