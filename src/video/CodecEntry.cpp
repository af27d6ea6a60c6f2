// The module's one entry point: geobrief's encoder interfaces (VideoCodecs.hpp) over
// VideoWriter and PaletteBuilder, which use libav.
#include "video/GifPalette.hpp"
#include "video/VideoCodecs.hpp"
#include "video/VideoWriter.hpp"

namespace gb::video {
namespace {

class WriterEncoder final : public VideoEncoder {
public:
    WriterEncoder(const std::filesystem::path& wanted, VideoKind kind, const VideoSettings& settings,
                  const Palette& palette)
        : writer_(wanted, kind, settings, palette) {}
    void add(const std::uint8_t* rgba) override { writer_.add(rgba); }
    std::filesystem::path finish() override { return writer_.finish(); }

private:
    VideoWriter writer_;
};

class BuilderCollector final : public PaletteCollector {
public:
    BuilderCollector(const std::string& file, const VideoSettings& settings) : builder_(file, settings) {}
    void add(const std::uint8_t* rgba) override { builder_.add(rgba); }
    Palette finish() override { return builder_.finish(); }

private:
    PaletteBuilder builder_;
};

std::unique_ptr<VideoEncoder> openEncoder(const std::filesystem::path& wanted, VideoKind kind,
                                          const VideoSettings& settings, const Palette& palette) {
    return std::make_unique<WriterEncoder>(wanted, kind, settings, palette);
}

std::unique_ptr<PaletteCollector> collectPalette(const std::string& file, const VideoSettings& settings) {
    return std::make_unique<BuilderCollector>(file, settings);
}

constexpr VideoCodecs codecs{openEncoder, collectPalette};

} // namespace
} // namespace gb::video

extern "C" __attribute__((visibility("default"))) const gb::video::VideoCodecs* geobrief_video_codecs() {
    return &gb::video::codecs;
}
