#pragma once
// The video encoders as geobrief's own code sees them. libav* pulls in ~110 shared libraries,
// which cost every start of geobrief ~70 ms (a 1080p --export took 0.27 -> 0.34 s); so the
// encoders live in a module of their own (libgeobrief_video_codec.so: VideoWriter,
// GifPalette), loaded with dlopen the first time a recording starts.

#include "video/VideoFormat.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace gb::video {

//! Writes one video file (VideoWriter behind it).
class VideoEncoder {
public:
    virtual ~VideoEncoder() = default;
    //! width*height RGBA pixels, top row first. Throws files::WriteError.
    virtual void add(const std::uint8_t* rgba) = 0;
    //! Flushes and links the file into place; returns its path. Throws files::WriteError.
    virtual std::filesystem::path finish() = 0;
};

//! Collects a GIF's colours (PaletteBuilder behind it).
class PaletteCollector {
public:
    virtual ~PaletteCollector() = default;
    virtual void add(const std::uint8_t* rgba) = 0;
    [[nodiscard]] virtual Palette finish() = 0;
};

//! What the module exports, under the C name `geobrief_video_codecs`.
struct VideoCodecs {
    std::unique_ptr<VideoEncoder> (*openEncoder)(const std::filesystem::path& wanted, VideoKind kind,
                                                 const VideoSettings& settings, const Palette& palette);
    std::unique_ptr<PaletteCollector> (*collectPalette)(const std::string& file, const VideoSettings& settings);
};

//! The module, loaded on first use and kept for the process. Throws files::WriteError naming
//! the module and dlopen's reason when it cannot be loaded.
[[nodiscard]] const VideoCodecs& videoCodecs();

} // namespace gb::video
