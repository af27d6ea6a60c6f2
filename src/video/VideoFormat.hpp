#pragma once
// The animated formats geobrief writes, chosen by the file's extension, and what each of them
// can hold (sizes, frame rates, transparency).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gb::video {

enum class VideoKind {
    Mp4,  //!< H.264 (libx264), yuv420p, +faststart: PowerPoint, Keynote, Impress, browsers
    WebM, //!< VP9 (libvpx), yuv420p or yuva420p
    Gif,  //!< one palette for the whole clip, for chat and email
    Apng, //!< animated PNG: exact colours, large files
    WebP, //!< animated WebP
};

//! A GIF's 256 colours as libav's RGB32 (0xAARRGGBB): one palette for the whole clip.
using Palette = std::vector<std::uint32_t>;

struct VideoSettings {
    unsigned width = 1280;
    unsigned height = 720;
    int fps = 30;
    bool alpha = false; //!< keep transparency (--transparent)
};

//! The kind for "clip.mp4", "clip.WEBM", ...; nullopt for any other extension.
[[nodiscard]] std::optional<VideoKind> videoKindFor(const std::filesystem::path& file);
//! ".mp4, .webm, .gif, .apng or .webp"
[[nodiscard]] std::string videoExtensionList();
//! Why this kind cannot be written with these settings (odd sizes for H.264, transparency in
//! H.264, a frame rate GIF players cannot keep), as one line that says what to do; nullopt: it can.
[[nodiscard]] std::optional<std::string> unsupported(VideoKind kind, const VideoSettings& settings);

} // namespace gb::video
