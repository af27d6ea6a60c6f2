#pragma once
// A locator inset: a picture of a small area (the Kursk slide: one oblast and two towns) gets a
// small overview of the land around it with the picture's frame marked, as news maps do, so the
// audience knows where it is. Pure logic: when, what area, which camera.

#include "view/Camera.hpp"

namespace gb::view {

//! Pictures narrower than this (projected metres, about km at the view's centre) get a locator.
inline constexpr double locatorMaxPictureWidth = 4.0e6;

//! Whether a picture of this camera shows a small enough area to need a locator.
[[nodiscard]] bool wantsLocator(const Camera& picture);

//! The camera of a locator `widthPx` x `heightPx` for `picture`: the same centre, five times the
//! picture's width, and at least 5,000 km across, so a country's picture shows its neighbours.
[[nodiscard]] Camera locatorCamera(const Camera& picture, double widthPx, double heightPx);

//! The area any locator at least as wide as it is tall shows for `picture` (map data for the
//! picture must reach this far).
[[nodiscard]] geo::MapBox locatorArea(const Camera& picture);

} // namespace gb::view
