#pragma once
// What one frame shows besides the camera: language, layer switches, and the pixel scale that
// keeps line widths and text the same size relative to the picture in larger exports.

#include "story/Story.hpp"

#include <string>
#include <vector>

namespace gb::render {

struct LayerVisibility {
    bool graticule = true;
    bool regions = true;
    bool borders = true;
    bool markedBorders = true; //!< the story's marked countries' heavier outline (off on a locator inset)
    bool places = true;
    bool labels = true;
    bool flows = true;
};

struct FrameOptions {
    story::Language language = story::Language::English;
    LayerVisibility layers;
    float pixelScale = 1.0f; //!< 2: every line, marker and letter twice as many pixels
    //! The story moment shown: days since 1970-01-01 (flows draw themselves as it passes their
    //! dates) and the animation clock in seconds (moving dashes and pulses). Both are inputs,
    //! so a given frame can be rendered again exactly.
    double storyDay = 1e9;
    double animationSeconds = 0.0;
    //! Ids of places, flows and regions the current step stresses; the others are dimmed.
    std::vector<std::string> highlight;
    //! The id of the selected place or flow (drawn with a halo until deselected).
    std::string selected;
    //! The id of the place or flow under the mouse (drawn a little emphasised).
    std::string hovered;
    bool transparent = false; //!< no sea, no background: exports for compositing
};

} // namespace gb::render
