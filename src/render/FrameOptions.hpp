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
};

} // namespace gb::render
