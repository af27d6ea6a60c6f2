#pragma once
// Writes a video file frame by frame through Debian's libavcodec/libavformat: H.264 in MP4,
// VP9 in WebM, GIF (one palette for the clip), APNG, WebP. The file is written under a hidden
// temporary name and linked into place by finish(), never over an existing file; a writer
// destroyed before finish() leaves nothing behind.

#include "files/PartFile.hpp"
#include "video/GifPalette.hpp"
#include "video/VideoFormat.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace gb::video {

class VideoWriter {
public:
    //! Opens the encoder and the temporary file. `palette`: a GIF's colours (GifPalette.hpp),
    //! ignored by the other kinds. Throws files::WriteError naming `wanted`.
    VideoWriter(const std::filesystem::path& wanted, VideoKind kind, const VideoSettings& settings,
                const Palette& palette = {});
    ~VideoWriter();
    VideoWriter(const VideoWriter&) = delete;
    VideoWriter& operator=(const VideoWriter&) = delete;

    //! The next frame: width*height RGBA pixels, top row first. Throws files::WriteError.
    void add(const std::uint8_t* rgba);
    //! Flushes the encoder and the file, then links it into place. Returns the path written
    //! ("clip.mp4", or "clip-1.mp4" when that exists). Throws files::WriteError.
    std::filesystem::path finish();
    [[nodiscard]] std::int64_t framesAdded() const;

private:
    struct Encoder;
    std::unique_ptr<Encoder> encoder_;
};

} // namespace gb::video
