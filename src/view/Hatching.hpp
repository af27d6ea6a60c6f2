#pragma once
// Diagonal hatching of an area in screen space, as line segments: the stripes x + y = c that lie
// inside the area's rings (even-odd rule), a fixed number of pixels apart at any zoom. Drawn as
// ordinary ribbons, so no extra shader (a new shader costs software GL a JIT compile per
// picture). Pure geometry.

#include "view/Camera.hpp"

#include <vector>

namespace gb::view {

struct ScreenSegment {
    ScreenPoint a, b;
};

//! The parts of the 45-degree stripes, `spacingPx` apart, inside `rings` (closed, last point not
//! repeated; a point is inside when it is inside an odd number of rings).
[[nodiscard]] std::vector<ScreenSegment> hatchSegments(const std::vector<std::vector<ScreenPoint>>& rings,
                                                       double spacingPx);

} // namespace gb::view
