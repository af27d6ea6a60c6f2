#pragma once
// What one frame shows besides the camera: language, layer switches, and the pixel scale that
// keeps line widths and text the same size relative to the picture in larger exports.

#include "story/Story.hpp"

namespace gb::render {

struct LayerVisibility {
    bool graticule = true;
    bool regions = true;
    bool borders = true;
    bool places = true;
    bool labels = true;
};

struct FrameOptions {
    story::Language language = story::Language::English;
    LayerVisibility layers;
    float pixelScale = 1.0f; //!< 2: every line, marker and letter twice as many pixels
    //! Antialiased lines. Off only for the window's very first frame, which must come fast;
    //! the next frame (a fraction of a second later) redraws them smooth.
    bool smoothLines = true;
};

} // namespace gb::render
