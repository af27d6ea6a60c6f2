#pragma once
// Counts where a polygon's rings cross each other or themselves, within a work budget. A
// polygon that crosses itself is still drawn right by the even-odd tessellator, but each
// crossing costs it a new vertex and a split edge: a scribble of 200,000 points with millions of
// crossings would take minutes. Counting first, with a budget, keeps every input to a bounded
// time: real coastlines finish with a handful of crossings (a ring touching itself); hostile
// ones stop at the budget and are refused.

#include "geo/Coordinates.hpp"

#include <cstddef>
#include <optional>
#include <span>

namespace gb::geo {

struct CrossingBudget {
    std::size_t maxCrossings = 20'000;  //!< more than this: refused
    std::size_t maxPairTests = 40'000'000; //!< segment pairs compared (~0.1 s); more: refused
};

//! Proper crossings between segments of the rings (each ring closed from its last point to its
//! first; neighbouring segments of a ring, which share a point, are not compared). Touching and
//! overlapping segments do not count: they cost the tessellator nothing extra. nullopt when the
//! budget ran out before the count was known.
[[nodiscard]] std::optional<std::size_t> countRingCrossings(std::span<const LonLatPath> rings,
                                                            const CrossingBudget& budget = {});

} // namespace gb::geo
