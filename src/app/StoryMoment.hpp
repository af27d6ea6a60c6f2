#pragma once
// Which moment of the story to show at start: a --step, a --time, or the whole story.

#include "app/Options.hpp"
#include "geo/Projection.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"

#include <SFML/Graphics/Rect.hpp>

#include <optional>
#include <vector>

namespace gb::app {

//! The camera that shows a step's view.
[[nodiscard]] view::Camera stepCamera(const story::Step& step, const geo::Projection& projection, double widthPx,
                                      double heightPx);

//! The camera that shows in `to` what `camera` shows in `from`, for two Lambert cones that differ
//! only in their central meridian (one is the other turned about its apex): the same centre and
//! scale, turned so the pictures match. Other pairs match at the centre only. Nullopt when the
//! centre cannot be projected.
[[nodiscard]] std::optional<view::Camera> sameViewIn(const view::Camera& camera, const geo::Projection& from,
                                                     const geo::Projection& to);

//! The camera that shows a step's view in `shown` (the window's projection) the way the step's
//! exported picture shows it: a Lambert cone turned to the step's meridian is the story-wide cone
//! turned about its apex, so the window keeps its projection and turns the camera instead (same
//! centre, same scale, the step's meridian straight up). Other projections: stepCamera.
//! With `freeAreas` (the parts of the window its panels leave free), the step's area is framed
//! inside them as on a slide (slideCamera).
[[nodiscard]] view::Camera uprightStepCamera(const story::Step& step, const geo::Projection& shown, double widthPx,
                                             double heightPx, const std::vector<sf::FloatRect>& freeAreas = {});

//! The camera for a step's slide: the step's area fitted into whichever part of the picture the
//! overlays leave free shows it biggest (`freeAreas`, pixels), the rest of the picture still
//! map, so no legend or title covers the subject. A step given by centre and zoom, or no free
//! area of a useful size, keeps stepCamera's view.
[[nodiscard]] view::Camera slideCamera(const story::Step& step, const geo::Projection& projection, double widthPx,
                                       double heightPx, const std::vector<sf::FloatRect>& freeAreas);

//! The step the options ask for (0-based), or nullopt. Throws UsageError if the story has fewer.
[[nodiscard]] std::optional<std::size_t> requestedStep(const Options& options, const story::Story& story);

//! --time must fall within the story's timeline: a date outside it is a usage error naming the
//! timeline, never a silent clamp (a slide would show another date than the one asked for).
void checkStoryTime(const Options& options, const story::Story& story);

//! The story day to show: the end of --time's day, else the end of the step's time window,
//! else the end of the story's timeline (everything drawn).
[[nodiscard]] double initialStoryDay(const Options& options, const story::Story& story);

//! Days with something happening (a place's or a flow leg's first day), for the timeline's marks.
[[nodiscard]] std::vector<int> eventDays(const story::Story& story);

} // namespace gb::app
