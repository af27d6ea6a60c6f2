#pragma once
// Places text labels next to their markers so that no two labels overlap and no label covers
// another marker. Greedy by priority, like most map label engines: important names first, each
// tries a few positions around its marker, a label that fits nowhere is hidden.

#include "view/Camera.hpp"

#include <vector>

namespace gb::view {

struct ScreenRect {
    double left = 0, top = 0, width = 0, height = 0;
    [[nodiscard]] bool overlaps(const ScreenRect& o) const {
        return left < o.left + o.width && o.left < left + width && top < o.top + o.height && o.top < top + height;
    }
};

struct LabelRequest {
    ScreenPoint anchor;   //!< the marker's centre
    double markerRadius;  //!< pixels
    double textWidth;     //!< pixels
    double textHeight;    //!< pixels
    int priority;         //!< higher is placed first
};

struct LabelPlacement {
    bool visible = false;
    ScreenRect box; //!< where the text goes (top-left and size), when visible
};

//! One placement per request, in the same order. `screen` bounds the labels (none off screen).
[[nodiscard]] std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests,
                                                      const ScreenRect& screen);

} // namespace gb::view
