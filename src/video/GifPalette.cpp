#include "video/GifPalette.hpp"

#include "video/LibavError.hpp"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/imgutils.h>
}

#include <cstring>

namespace gb::video {
namespace {

AVFilterContext* makeFilter(AVFilterGraph* graph, const char* filter, const char* name, const std::string& args,
                            const std::string& file) {
    AVFilterContext* context = nullptr;
    const int error = avfilter_graph_create_filter(&context, avfilter_get_by_name(filter), name,
                                                   args.empty() ? nullptr : args.c_str(), nullptr, graph);
    if (error < 0)
        throw libavError(file, std::string("cannot set up the GIF palette (") + filter + ")", error);
    return context;
}

std::string sourceArgs(unsigned width, unsigned height, AVPixelFormat format) {
    return "video_size=" + std::to_string(width) + "x" + std::to_string(height) + ":pix_fmt=" +
           std::to_string(static_cast<int>(format)) + ":time_base=1/100:pixel_aspect=1/1";
}

FramePtr makeFrame(unsigned width, unsigned height, AVPixelFormat format, const std::string& file) {
    FramePtr frame(av_frame_alloc());
    if (!frame)
        throw files::WriteError(file + ": out of memory for a frame");
    frame->width = static_cast<int>(width);
    frame->height = static_cast<int>(height);
    frame->format = format;
    if (const int error = av_frame_get_buffer(frame.get(), 0); error < 0)
        throw libavError(file, "out of memory for a frame", error);
    return frame;
}

void copyRgba(AVFrame* frame, const std::uint8_t* rgba, const std::string& file) {
    if (const int error = av_frame_make_writable(frame); error < 0)
        throw libavError(file, "out of memory for a frame", error);
    av_image_copy_plane(frame->data[0], frame->linesize[0], rgba, frame->width * 4, frame->width * 4, frame->height);
}

void link(AVFilterContext* from, AVFilterContext* to, unsigned pad, const std::string& file) {
    if (const int error = avfilter_link(from, 0, to, pad); error < 0)
        throw libavError(file, "cannot set up the GIF palette", error);
}

} // namespace

PaletteBuilder::PaletteBuilder(const std::string& file, const VideoSettings& settings)
    : file_(file), settings_(settings), graph_(avfilter_graph_alloc()) {
    if (!graph_)
        throw files::WriteError(file + ": out of memory for the GIF palette");
    keepLibavToErrors();
    graph_->nb_threads = 1;
    source_ = makeFilter(graph_.get(), "buffer", "in", sourceArgs(settings.width, settings.height, AV_PIX_FMT_RGBA), file);
    // Every pixel counts (stats_mode=full), so a small marker's colour is not lost to the sea's.
    AVFilterContext* generate = makeFilter(graph_.get(), "palettegen", "palettegen",
                                           std::string("max_colors=256:stats_mode=full:reserve_transparent=") +
                                               (settings.alpha ? "1" : "0"),
                                           file);
    sink_ = makeFilter(graph_.get(), "buffersink", "out", "", file);
    link(source_, generate, 0, file);
    link(generate, sink_, 0, file);
    if (const int error = avfilter_graph_config(graph_.get(), nullptr); error < 0)
        throw libavError(file, "cannot set up the GIF palette", error);
    frame_ = makeFrame(settings.width, settings.height, AV_PIX_FMT_RGBA, file);
}

void PaletteBuilder::add(const std::uint8_t* rgba) {
    copyRgba(frame_.get(), rgba, file_);
    frame_->pts = count_++;
    if (const int error = av_buffersrc_add_frame_flags(source_, frame_.get(), AV_BUFFERSRC_FLAG_KEEP_REF); error < 0)
        throw libavError(file_, "cannot collect the GIF's colours", error);
}

Palette PaletteBuilder::finish() {
    if (const int error = av_buffersrc_add_frame(source_, nullptr); error < 0)
        throw libavError(file_, "cannot choose the GIF's colours", error);
    FramePtr out(av_frame_alloc());
    if (const int error = av_buffersink_get_frame(sink_, out.get()); error < 0)
        throw libavError(file_, "cannot choose the GIF's colours", error);
    Palette palette; // palettegen's output: 16x16 pixels, one per colour
    for (int y = 0; y < out->height; ++y)
        for (int x = 0; x < out->width; ++x) {
            std::uint32_t colour = 0;
            std::memcpy(&colour, out->data[0] + y * out->linesize[0] + x * 4, 4);
            palette.push_back(colour);
        }
    return palette;
}

PaletteMapper::PaletteMapper(const std::string& file, const VideoSettings& settings, const Palette& palette)
    : file_(file), settings_(settings), graph_(avfilter_graph_alloc()) {
    if (!graph_)
        throw files::WriteError(file + ": out of memory for the GIF palette");
    graph_->nb_threads = 1;
    source_ = makeFilter(graph_.get(), "buffer", "in", sourceArgs(settings.width, settings.height, AV_PIX_FMT_RGBA), file);
    paletteSource_ = makeFilter(graph_.get(), "buffer", "palette", sourceArgs(16, 16, AV_PIX_FMT_RGB32), file);
    // No dithering: a map is flat colours, and a dither pattern crawls from frame to frame.
    // Only the rectangle that changed is mapped again (the rest is the previous frame's).
    AVFilterContext* use = makeFilter(graph_.get(), "paletteuse", "paletteuse",
                                      "dither=none:diff_mode=rectangle:alpha_threshold=128", file);
    sink_ = makeFilter(graph_.get(), "buffersink", "out", "", file);
    link(source_, use, 0, file);
    link(paletteSource_, use, 1, file);
    link(use, sink_, 0, file);
    if (const int error = avfilter_graph_config(graph_.get(), nullptr); error < 0)
        throw libavError(file, "cannot set up the GIF palette", error);
    frame_ = makeFrame(settings.width, settings.height, AV_PIX_FMT_RGBA, file);
    paletteFrame_ = makeFrame(16, 16, AV_PIX_FMT_RGB32, file);
    for (std::size_t i = 0; i < palette.size() && i < 256; ++i)
        std::memcpy(paletteFrame_->data[0] + (i / 16) * paletteFrame_->linesize[0] + (i % 16) * 4, &palette[i], 4);
    mapped_.reset(av_frame_alloc());
}

void PaletteMapper::push(const std::uint8_t* rgba) {
    copyRgba(frame_.get(), rgba, file_);
    frame_->pts = paletteFrame_->pts = count_++;
    // The palette goes with every frame: paletteuse pairs each frame with a palette frame.
    int error = av_buffersrc_add_frame_flags(paletteSource_, paletteFrame_.get(), AV_BUFFERSRC_FLAG_KEEP_REF);
    if (error >= 0)
        error = av_buffersrc_add_frame_flags(source_, frame_.get(), AV_BUFFERSRC_FLAG_KEEP_REF);
    if (error < 0)
        throw libavError(file_, "cannot map a frame to the GIF's colours", error);
}

void PaletteMapper::close() {
    int error = av_buffersrc_add_frame(paletteSource_, nullptr);
    if (error >= 0)
        error = av_buffersrc_add_frame(source_, nullptr);
    if (error < 0)
        throw libavError(file_, "cannot map a frame to the GIF's colours", error);
}

AVFrame* PaletteMapper::pull() {
    av_frame_unref(mapped_.get());
    const int error = av_buffersink_get_frame(sink_, mapped_.get());
    if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
        return nullptr;
    if (error < 0)
        throw libavError(file_, "cannot map a frame to the GIF's colours", error);
    return mapped_.get();
}

} // namespace gb::video
