#pragma once
// Time since this process was started by the kernel (not since main): what a user waits for.

namespace gb::app {

//! Seconds since the process started (10 ms resolution, from /proc/self/stat); 0 if unknown.
[[nodiscard]] double secondsSinceProcessStart();

} // namespace gb::app
