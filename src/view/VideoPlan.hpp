#pragma once
// What a recording shows at each frame: the story's steps in turn as presentation mode plays
// them (the flight into the step's view, then its dates played, then a hold), sampled at a
// fixed frame rate. Pure arithmetic on cameras and days, so frame i is the same on any machine
// and in any run, however long drawing it takes.

#include "story/Story.hpp"
#include "view/CameraAnimation.hpp"

#include <cstddef>
#include <vector>

namespace gb::view {

//! The pace of a recording; the same as the window's presentation mode.
struct PlaybackPace {
    double daysPerSecond = 10.0; //!< the window clock's speed
    double holdSeconds = 2.0;    //!< the step's still picture, once its dates have played
};

//! One step of a recording.
struct PlannedStep {
    std::size_t step = 0;  //!< index into the story's steps: its title, caption and highlights
    Camera from;           //!< where the flight starts: the previous step's view, or the overview
    Camera to;             //!< the step's view, the camera of its still picture
    story::DateRange dates; //!< played once the flight has landed
};

//! What one frame shows.
struct PlannedFrame {
    Camera camera;
    double storyDay = 0.0;
    std::size_t step = 0;
    //! Moving dashes and pulses: seconds before the recording's end, so the last frame (0) shows
    //! them where the step's still picture does.
    double animationSeconds = 0.0;
    //! The flight is over: the camera rests on the step's view (its dates play, then the hold),
    //! so the frame is the step's still picture at that day.
    bool landed = false;
};

class VideoPlan {
public:
    //! `steps` must not be empty; fps > 0.
    VideoPlan(const std::vector<PlannedStep>& steps, double fps, PlaybackPace pace = {});

    //! Every frame 1/fps apart, the first at the start, the last at the end: the step's still
    //! picture.
    [[nodiscard]] std::size_t frameCount() const { return frameCount_; }
    [[nodiscard]] PlannedFrame frame(std::size_t index) const;
    [[nodiscard]] double fps() const { return fps_; }
    //! What a player shows: every frame for 1/fps.
    [[nodiscard]] double seconds() const { return static_cast<double>(frameCount_) / fps_; }
    //! The moment (seconds from the start) of a frame.
    [[nodiscard]] double momentOf(std::size_t index) const;

private:
    struct Segment {
        PlannedStep planned;
        CameraAnimation flight;
        double start = 0.0, landed = 0.0, played = 0.0, end = 0.0;
    };
    std::vector<Segment> segments_;
    double fps_;
    double daysPerSecond_;
    double total_ = 0.0;
    std::size_t frameCount_ = 1;
};

} // namespace gb::view
