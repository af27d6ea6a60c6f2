#include "view/ConfidenceLook.hpp"

namespace gb::view {

DashPattern dashPatternFor(story::Confidence level) {
    switch (level) {
    case story::Confidence::Confirmed: return {true, 0, 0, 0};
    case story::Confidence::Assessed: return {false, 4.0f, 1.6f, 0};
    case story::Confidence::Reported: return {false, 1.5f, 1.5f, 0};
    case story::Confidence::Claimed: return {false, 0.6f, 1.4f, 0.45f};
    }
    return {};
}

DashPattern dashPatternFor(const std::optional<story::Attribution>& attribution, bool styleDashed) {
    if (attribution)
        return dashPatternFor(attribution->level);
    return styleDashed ? DashPattern{false, 3.0f, 2.0f, 0} : DashPattern{};
}

MarkerLook markerLookFor(const std::optional<story::Attribution>& attribution) {
    if (!attribution)
        return MarkerLook::Filled;
    switch (attribution->level) {
    case story::Confidence::Confirmed:
    case story::Confidence::Assessed: return MarkerLook::Filled;
    case story::Confidence::Reported: return MarkerLook::Ring;
    case story::Confidence::Claimed: return MarkerLook::LightRing;
    }
    return MarkerLook::Filled;
}

story::Colour lightened(story::Colour c, float towardsWhite) {
    const auto mix = [&](std::uint8_t v) { return static_cast<std::uint8_t>(v + (255 - v) * towardsWhite); };
    return story::Colour{mix(c.r), mix(c.g), mix(c.b), c.a};
}

} // namespace gb::view
