#pragma once
// A GIF's 256 colours, chosen for the whole clip (libavfilter's palettegen over frames drawn
// for it), and each frame's pixels mapped to them (paletteuse). One palette per clip keeps
// colours steady from frame to frame: a palette per frame makes flat areas flicker.

#include "video/LibavPtr.hpp"
#include "video/VideoFormat.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace gb::video {

//! Collects the colours of the frames it is given, then picks the palette.
class PaletteBuilder {
public:
    //! `file`: named in errors. Throws files::WriteError.
    PaletteBuilder(const std::string& file, const VideoSettings& settings);
    //! width*height RGBA pixels, top row first.
    void add(const std::uint8_t* rgba);
    //! The palette of everything added (at least one frame).
    [[nodiscard]] Palette finish();

private:
    std::string file_;
    VideoSettings settings_;
    GraphPtr graph_;
    AVFilterContext* source_ = nullptr;
    AVFilterContext* sink_ = nullptr;
    FramePtr frame_;
    std::int64_t count_ = 0;
};

//! Maps frames to a palette, in order (paletteuse compares each frame with the one before).
class PaletteMapper {
public:
    PaletteMapper(const std::string& file, const VideoSettings& settings, const Palette& palette);
    //! Hands in the next frame (width*height RGBA pixels).
    void push(const std::uint8_t* rgba);
    //! No more frames.
    void close();
    //! The next mapped frame (PAL8) if one is ready; nullptr otherwise.
    [[nodiscard]] AVFrame* pull();

private:
    std::string file_;
    VideoSettings settings_;
    GraphPtr graph_;
    AVFilterContext* source_ = nullptr;
    AVFilterContext* paletteSource_ = nullptr;
    AVFilterContext* sink_ = nullptr;
    FramePtr frame_, paletteFrame_, mapped_;
    std::int64_t count_ = 0;
};

} // namespace gb::video
