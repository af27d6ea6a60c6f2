#pragma once
// libav's error codes as one line naming the file (what every video failure says).

#include "files/PartFile.hpp"

#include <string>

namespace gb::video {

//! "clip.mp4: cannot write the video (No space left on device)": libav's description of `code`.
[[nodiscard]] files::WriteError libavError(const std::string& file, const std::string& doing, int code);

//! Keeps libav to its errors: its own chatter (x264's statistics, the muxer's passes, the
//! palette's counts) would bury geobrief's lines. libav's process-wide level: set, never read.
void keepLibavToErrors();

} // namespace gb::video
