#pragma once
// What a recording shows: the plan of its frames (the story's steps as presentation mode plays
// them, in the window's projection) and each frame as the one frame path draws it.

#include "app/Options.hpp"
#include "geo/Projection.hpp"
#include "render/FrameComposer.hpp"
#include "story/Story.hpp"
#include "view/VideoPlan.hpp"

namespace gb::app {

//! Without --step: every step in turn from the story's overview. With --step N: the flight from
//! step N-1's view (or the overview) into N's, then N's dates, ending on N's still picture.
//! Cameras are the slides' (framed clear of the overlays, turned upright as the step's own
//! picture) in `projection`, the story-wide one the window draws in. Throws StoryError for a
//! story without steps and UsageError for a step it does not have.
[[nodiscard]] view::VideoPlan planRecording(const Options& options, const story::Story& story,
                                            const geo::Projection& projection);

//! The frame to draw for one moment of the plan: the step's slide at that day and camera.
[[nodiscard]] render::Frame recordedFrame(const Options& options, const story::Story& story,
                                          const view::PlannedFrame& planned);

} // namespace gb::app
