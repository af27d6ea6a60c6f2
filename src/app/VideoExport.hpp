#pragma once
// geobrief --export-video / --export-frames: records the story (or one step) as presentation
// mode plays it, frame by frame through the one frame path, with no window. Frames are drawn
// on this thread and encoded on another while the next one draws.

#include "app/Options.hpp"
#include "app/XvfbProcess.hpp"

namespace gb::app {

//! Returns the process exit code; messages go to stderr, the written path to stdout. `early`: as
//! runExport's.
[[nodiscard]] int runVideoExport(const Options& options, EarlyXvfb& early);

} // namespace gb::app
