#pragma once
// A locator inset: a picture of a small area (the Kursk slide: one oblast and two towns) gets a
// small overview of the land around it with the picture's frame marked, as news maps do, so the
// audience knows where it is. Pure logic: when, what area, which camera.

#include "view/Camera.hpp"

namespace gb::view {

//! Pictures narrower than this (projected metres, about km at the view's centre) get a locator:
//! in the default deck the Kursk slide (790 km across at 1280x720) and the Vladivostok one
//! (2,400 km); the Far East (3,500 km) or Ukraine and western Russia (3,800 km) place themselves.
inline constexpr double locatorMaxPictureWidth = 2.5e6;

//! Whether a picture of this camera shows a small enough area to need a locator.
[[nodiscard]] bool wantsLocator(const Camera& picture);

//! The camera of a locator `widthPx` x `heightPx` for `picture`: the same centre and turn, four
//! times the picture's width and at least 4,000 km across, so an oblast's picture shows Europe to
//! the Volga.
[[nodiscard]] Camera locatorCamera(const Camera& picture, double widthPx, double heightPx);

} // namespace gb::view
