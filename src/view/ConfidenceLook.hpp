#pragma once
// How each confidence level looks, on lines and on markers, so it reads in print and in grey:
// confirmed solid, assessed long dashes, reported short dashes, claimed dots and lighter.
// One table, used by the flows, the place markers and both legends alike. Pure logic.

#include "story/Colour.hpp"
#include "story/Story.hpp"

#include <optional>

namespace gb::view {

//! A line's dash pattern in multiples of its width (solid: no gaps).
struct DashPattern {
    bool solid = true;
    float dash = 0;    //!< widths
    float gap = 0;     //!< widths
    float lighten = 0; //!< 0..1 towards white
};

//! The pattern of a flow: its confidence level's; without a level, the style's own look
//! (moving dashes for movements, a solid band for links).
[[nodiscard]] DashPattern dashPatternFor(const std::optional<story::Attribution>& attribution, bool styleDashed);
[[nodiscard]] DashPattern dashPatternFor(story::Confidence level);

//! How a place marker is drawn for a level: filled, a ring around a small dot, or a light ring.
enum class MarkerLook { Filled, Ring, LightRing };
[[nodiscard]] MarkerLook markerLookFor(const std::optional<story::Attribution>& attribution);

//! `c` mixed towards white by `towardsWhite` (0..1), alpha kept.
[[nodiscard]] story::Colour lightened(story::Colour c, float towardsWhite);

} // namespace gb::view
