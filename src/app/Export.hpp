#pragma once
// geobrief --export: renders one view to a PNG with no window, through the same drawing code
// as the window.

#include "app/Options.hpp"

namespace gb::app {

//! Returns the process exit code; messages go to stderr, the written path to stdout.
[[nodiscard]] int runExport(const Options& options);

} // namespace gb::app
