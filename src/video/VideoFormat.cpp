#include "video/VideoFormat.hpp"

#include <algorithm>
#include <cctype>

namespace gb::video {

std::optional<VideoKind> videoKindFor(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".mp4")
        return VideoKind::Mp4;
    if (ext == ".webm")
        return VideoKind::WebM;
    if (ext == ".gif")
        return VideoKind::Gif;
    if (ext == ".apng")
        return VideoKind::Apng;
    if (ext == ".webp")
        return VideoKind::WebP;
    return std::nullopt;
}

std::string videoExtensionList() { return ".mp4, .webm, .gif, .apng or .webp"; }

std::optional<std::string> unsupported(VideoKind kind, const VideoSettings& settings) {
    const std::string size = std::to_string(settings.width) + "x" + std::to_string(settings.height);
    if (kind == VideoKind::Mp4 && (settings.width % 2 != 0 || settings.height % 2 != 0))
        return "--size " + size + ": H.264 (.mp4) needs an even width and height, e.g. " +
               std::to_string(settings.width + settings.width % 2) + "x" +
               std::to_string(settings.height + settings.height % 2);
    if (kind == VideoKind::Mp4 && settings.alpha)
        return "--transparent: H.264 (.mp4) has no transparency; use .webm, .gif, .apng, .webp or --export-frames";
    // GIF delays are hundredths of a second, and players slow down frames under 2/100 s.
    if (kind == VideoKind::Gif && settings.fps > 50)
        return "--fps " + std::to_string(settings.fps) + ": a GIF plays at most 50 frames a second";
    return std::nullopt;
}

} // namespace gb::video
