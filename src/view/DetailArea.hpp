#pragma once
// The area the window's fine level (10m) is built for. Natural Earth 10m for the whole world
// takes ~40 MB and both cores for half a second; a view that needs 10m shows a small part of
// it, so 10m is built around the view and rebuilt when the view leaves that area.

#include "geo/Coordinates.hpp"
#include "view/Camera.hpp"

namespace gb::view {

//! What the view shows, with `marginPx` more on every side (the render cache draws that much
//! beyond the window): a fine level is usable for this view if it covers this area.
[[nodiscard]] geo::MapBox areaNeeded(const Camera& camera, double marginPx);

//! What to build for the view: the needed area and half a view more on every side (at most
//! `maxExtraMetres`), so that panning does not leave it at once. The cap matters at the
//! coarsest scales 10m is used at, where half a 1080p view is ~2,400 km.
[[nodiscard]] geo::MapBox areaToBuild(const Camera& camera, double marginPx, double maxExtraMetres = 1.0e6);

//! The detail to keep for a level built for this view: points closer than this (projected
//! metres) to the simplified outline are dropped. Half a pixel at twice the view's scale, so
//! the build serves zooming in by up to two (`detailedEnough`); 10m just past its threshold
//! then keeps ~600 m of detail instead of all of it.
[[nodiscard]] double detailToBuild(const Camera& camera);

//! Whether a level built with `simplifiedMetres` of tolerance is detailed enough for the view.
[[nodiscard]] bool detailedEnough(double simplifiedMetres, const Camera& camera);

//! Whether `outer` holds all of `inner`.
[[nodiscard]] bool covers(const geo::MapBox& outer, const geo::MapBox& inner);

//! A box holding everything (what a level built for the whole world covers).
[[nodiscard]] geo::MapBox everywhere();

} // namespace gb::view
