#pragma once
// The interactive window: map, mouse and keys, ImGui menu.

#include "app/Options.hpp"

namespace gb::app {

//! Runs until the window closes; returns the process exit code.
[[nodiscard]] int runWindow(const Options& options);

} // namespace gb::app
