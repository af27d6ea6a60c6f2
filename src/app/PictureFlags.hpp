#pragma once
// The command-line options that make geobrief draw pictures with no window (Options.cpp defines
// them; a test ties the two): the launcher prepares such a run before the program loads.

#include <algorithm>
#include <array>
#include <string_view>

namespace gb::app {

inline constexpr std::array<std::string_view, 4> offscreenPictureOptions{"--export", "--export-steps",
                                                                          "--export-video", "--export-frames"};

//! Whether the command line holds one of them, as "--export FILE" or "--export=FILE".
[[nodiscard]] inline bool asksForOffscreenPictures(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const std::string_view name = arg.substr(0, arg.find('='));
        if (std::find(offscreenPictureOptions.begin(), offscreenPictureOptions.end(), name) !=
            offscreenPictureOptions.end())
            return true;
    }
    return false;
}

} // namespace gb::app
