#pragma once
// Story time: which day the map shows, playing forward at a chosen speed, looping or stopping
// at the end, or playing just one step's window. Wall-clock time is passed in.

#include "story/Story.hpp"

#include <optional>

namespace gb::view {

class StoryClock {
public:
    //! span: the story's timeline (days); the clock starts paused at its end (all drawn).
    explicit StoryClock(story::DateRange span);

    [[nodiscard]] double dayAt(double now);
    [[nodiscard]] bool playing() const { return playing_; }
    [[nodiscard]] double speed() const { return speed_; } //!< days per second
    [[nodiscard]] bool loop() const { return loop_; }
    [[nodiscard]] double firstDay() const { return span_.from; }
    [[nodiscard]] double lastDay() const { return span_.to + 1.0; } //!< the end of the last day

    void play(double now);
    void pause(double now);
    void toggle(double now) { playing_ ? pause(now) : play(now); }
    void seek(double day, double now);
    void setSpeed(double daysPerSecond, double now);
    void setLoop(bool loop) { loop_ = loop; }
    //! Plays [window.from, window.to + 1] once, then holds (a presenter step). With a later
    //! `startAt` (when the flight into the step lands), the clock shows window.from until then.
    void playWindow(story::DateRange window, double now, double startAt = -1e300);
    void setSpan(story::DateRange span, double now);

private:
    story::DateRange span_;
    double anchorDay_;      //!< the day at anchorTime_
    double anchorTime_ = 0; //!< wall-clock seconds
    double speed_ = 10.0;   //!< days per second
    bool playing_ = false;
    bool loop_ = false;
    std::optional<double> stopAt_; //!< the end of a step's window
};

} // namespace gb::view
