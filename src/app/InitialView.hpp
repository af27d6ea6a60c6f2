#pragma once
// Where the map opens: the story's overview, or what the command line asks for.

#include "app/Options.hpp"
#include "geo/Projection.hpp"
#include "view/Camera.hpp"

namespace gb::app {

//! Brussels to Tokyo, the Arctic coast to the Korean peninsula: the whole story in one view.
inline constexpr geo::LonLatBox storyOverview{-10.0, 28.0, 150.0, 68.0};

//! The projection for the options: centred on 80°E for Eurasia; a globe faces --center.
[[nodiscard]] geo::ProjectionSpec projectionFor(const Options& options);

//! For a picture of one area: the Lambert cone turned to the area's central meridian (whole
//! degrees), so a view of Europe or of the Far East is not rotated by the story-wide 80°E.
//! Other projections and views without an area keep projectionFor(options).
[[nodiscard]] geo::ProjectionSpec projectionCentredOn(const Options& options, std::optional<double> centreLon);

//! The middle longitude of a lon/lat box (across 180° when west > east).
[[nodiscard]] double middleLon(const geo::LonLatBox& box);

//! The projected box that holds a lon/lat box (sampled along its edges and inside).
[[nodiscard]] geo::MapBox projectBox(const geo::LonLatBox& box, const geo::Projection& projection);

//! The camera for the options (bounds, or centre and zoom, or the story overview). Throws
//! UsageError when --bounds or --center lie where the projection cannot show them.
[[nodiscard]] view::Camera initialCamera(const Options& options, const geo::Projection& projection, double widthPx,
                                         double heightPx);

//! The home view (Home key): the story overview in this projection.
[[nodiscard]] view::Camera homeCamera(const geo::Projection& projection, double widthPx, double heightPx);

//! A line for the user when the projection shows none of the story (a globe facing away).
[[nodiscard]] std::optional<std::string> viewWarning(const geo::Projection& projection);

//! Zoom and pan limits for a projection and window size.
[[nodiscard]] view::CameraLimits cameraLimits(const geo::Projection& projection, double widthPx, double heightPx);

} // namespace gb::app
