#pragma once
// geobrief --export: renders one view to a PNG with no window, through the same drawing code
// as the window.

#include "app/Options.hpp"
#include "app/XvfbProcess.hpp"

namespace gb::app {

//! Returns the process exit code; messages go to stderr, the written path to stdout. `early`:
//! the X server the launcher started for this run, if any (taken when no display is set).
[[nodiscard]] int runExport(const Options& options, EarlyXvfb& early);

} // namespace gb::app
