#pragma once
// The file name for a picture saved from the window (F12, Ctrl+S, the export dialog).

#include <ctime>
#include <optional>
#include <string>

namespace gb::app {

//! `pattern` with {date} (YYYYMMDD), {time} (HHMMSS, local) and {step} ("step03", or "map" outside
//! step mode) replaced; ".png" added when missing. An empty pattern means
//! "geobrief-{date}-{time}.png". `step` is 0-based.
[[nodiscard]] std::string pictureName(const std::string& pattern, const std::optional<std::size_t>& step, std::time_t now);

} // namespace gb::app
