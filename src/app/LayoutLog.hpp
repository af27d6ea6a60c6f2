#pragma once
// --layout-file: where each exported picture put its labels, markers, lines, arrowheads and
// overlay boxes, one JSON object a line. The deck layout test reads it to check that no label
// covers another, a line, an arrowhead, a marker or an overlay box, in every slide at every size.

#include "render/FrameComposer.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gb::app {

//! Appends one line for `picture` (`width` x `height` pixels at `metresPerPixel`), whose title or
//! caption names the places `named` (ids). Throws std::runtime_error naming the file when it
//! cannot write.
void appendLayout(const std::filesystem::path& logFile, const std::filesystem::path& picture, double width,
                  double height, double metresPerPixel, const std::vector<std::string>& named,
                  const render::FrameLayout& layout);

} // namespace gb::app
