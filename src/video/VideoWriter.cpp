#include "video/VideoWriter.hpp"

#include "video/LibavError.hpp"
#include "video/LibavPtr.hpp"

extern "C" {
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
}

#include <cmath>

namespace gb::video {

//! How each kind is encoded.
struct Recipe {
    const char* muxer;
    const char* encoder;
    AVPixelFormat pixels;
    AVRational timeBase; //!< of the frames' timestamps
};

namespace {

Recipe recipeFor(VideoKind kind, const VideoSettings& s) {
    const AVRational perFrame{1, s.fps};
    switch (kind) {
    case VideoKind::Mp4: return {"mp4", "libx264", AV_PIX_FMT_YUV420P, perFrame};
    case VideoKind::WebM: return {"webm", "libvpx-vp9", s.alpha ? AV_PIX_FMT_YUVA420P : AV_PIX_FMT_YUV420P, perFrame};
    case VideoKind::Gif: return {"gif", "gif", AV_PIX_FMT_PAL8, {1, 100}}; // GIF delays are hundredths
    case VideoKind::Apng: return {"apng", "apng", s.alpha ? AV_PIX_FMT_RGBA : AV_PIX_FMT_RGB24, perFrame};
    case VideoKind::WebP: return {"webp", "libwebp_anim", AV_PIX_FMT_RGB32, {1, 1000}};
    }
    return {"mp4", "libx264", AV_PIX_FMT_YUV420P, perFrame};
}

//! Quality and speed: text and thin lines must stay sharp (a slide's last frame matches its
//! PNG at PSNR >= 40 dB), and encoding must keep up with drawing on two cores.
void tune(AVCodecContext* c, VideoKind kind, const VideoSettings& s) {
    if (kind == VideoKind::Mp4) {
        av_opt_set(c->priv_data, "preset", "veryfast", 0);
        av_opt_set(c->priv_data, "crf", "18", 0);
        av_opt_set(c->priv_data, "profile", "high", 0);
        // Frames held for rate control: up to 720p, 5 ahead and 2 B-frames instead of veryfast's
        // 10 and 3 (files no larger); above, none (x264 ~125 -> ~55 MB at 1080p, files ~1/3
        // larger at the same quality), so a 1080p recording stays near the 350 MB target.
        const bool large = std::size_t(s.width) * s.height > std::size_t(1280) * 720;
        av_opt_set(c->priv_data, "x264-params",
                   large ? "rc-lookahead=0:sync-lookahead=0:bframes=0:mbtree=0" : "rc-lookahead=5:sync-lookahead=0:bframes=2",
                   0);
        c->gop_size = 2 * s.fps; // a key frame every 2 s: slides can seek
    } else if (kind == VideoKind::WebM) {
        c->bit_rate = 0; // constant quality
        av_opt_set(c->priv_data, "crf", "30", 0);
        av_opt_set(c->priv_data, "deadline", "realtime", 0);
        av_opt_set(c->priv_data, "cpu-used", "8", 0);
        av_opt_set(c->priv_data, "row-mt", "1", 0);
        av_opt_set(c->priv_data, "lag-in-frames", "0", 0); // realtime uses none: 60 MB saved at 720p
        c->gop_size = 2 * s.fps;
    } else if (kind == VideoKind::WebP) {
        av_opt_set(c->priv_data, "quality", "90", 0);
    }
    if (kind == VideoKind::Mp4 || kind == VideoKind::WebM) {
        // HD video is BT.709, limited range: what players assume for these sizes.
        c->color_primaries = AVCOL_PRI_BT709;
        c->color_trc = AVCOL_TRC_BT709;
        c->colorspace = AVCOL_SPC_BT709;
        c->color_range = AVCOL_RANGE_MPEG;
        c->thread_count = 2;
    }
}

} // namespace

struct VideoWriter::Encoder {
    std::string name;
    files::PartFile part;
    VideoKind kind;
    VideoSettings settings;
    Recipe recipe;
    OutputPtr output;
    CodecPtr codec;
    AVStream* stream = nullptr;
    FramePtr frame;
    PacketPtr packet;
    ScalePtr scale;
    std::unique_ptr<PaletteMapper> mapper;
    std::int64_t added = 0;   //!< frames handed in
    std::int64_t written = 0; //!< packets written (GIF: one per frame, in order)
    std::int64_t mapped = 0;  //!< GIF: frames out of the palette mapper
    FramePtr source;          //!< the caller's pixels, described for swscale (not owned)

    Encoder(const std::filesystem::path& wanted, VideoKind k, const VideoSettings& s)
        : name(wanted.string()), part(wanted), kind(k), settings(s), recipe(recipeFor(k, s)) {}

    //! The frame's timestamp in the recipe's time base: GIF's hundredths rounded so that the
    //! delays average the frame rate exactly (3, 3, 4, ... at 30 fps).
    [[nodiscard]] std::int64_t stampOf(std::int64_t index) const {
        return av_rescale_q_rnd(index, {1, settings.fps}, recipe.timeBase, AV_ROUND_NEAR_INF);
    }
    void open();
    void openCodec();
    void convert(const std::uint8_t* rgba);
    void send(AVFrame* f);
};

void VideoWriter::Encoder::openCodec() {
    const AVCodec* encoder = avcodec_find_encoder_by_name(recipe.encoder);
    if (!encoder)
        throw files::WriteError(name + ": this libavcodec has no " + recipe.encoder + " encoder");
    codec.reset(avcodec_alloc_context3(encoder));
    if (!codec)
        throw files::WriteError(name + ": out of memory for the encoder");
    AVCodecContext* c = codec.get();
    c->width = static_cast<int>(settings.width);
    c->height = static_cast<int>(settings.height);
    c->pix_fmt = recipe.pixels;
    c->time_base = recipe.timeBase;
    c->framerate = {settings.fps, 1};
    c->sample_aspect_ratio = {1, 1};
    tune(c, kind, settings);
    if (output->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (const int error = avcodec_open2(c, encoder, nullptr); error < 0)
        throw libavError(name, std::string("cannot start the ") + recipe.encoder + " encoder", error);
    stream = avformat_new_stream(output.get(), nullptr);
    if (!stream)
        throw files::WriteError(name + ": out of memory for the video stream");
    stream->time_base = c->time_base;
    stream->avg_frame_rate = c->framerate;
    if (const int error = avcodec_parameters_from_context(stream->codecpar, c); error < 0)
        throw libavError(name, "cannot set up the video stream", error);
}

void VideoWriter::Encoder::open() {
    AVFormatContext* raw = nullptr;
    if (const int error = avformat_alloc_output_context2(&raw, nullptr, recipe.muxer, part.path().c_str()); error < 0)
        throw libavError(name, std::string("cannot set up the ") + recipe.muxer + " file", error);
    output.reset(raw);
    openCodec();
    if (const int error = avio_open(&output->pb, part.path().c_str(), AVIO_FLAG_WRITE); error < 0)
        throw libavError(name, "cannot create the file", error);
    AVDictionary* options = nullptr;
    if (kind == VideoKind::Mp4) // the index at the front: plays while it loads, in every player
        av_dict_set(&options, "movflags", "+faststart", 0);
    const int error = avformat_write_header(output.get(), &options);
    av_dict_free(&options);
    if (error < 0)
        throw libavError(name, "cannot write the video", error);
    frame.reset(av_frame_alloc());
    packet.reset(av_packet_alloc());
    if (!frame || !packet)
        throw files::WriteError(name + ": out of memory for a frame");
    if (kind == VideoKind::Gif)
        return; // the palette mapper makes the frames
    frame->width = codec->width;
    frame->height = codec->height;
    frame->format = codec->pix_fmt;
    if (const int e = av_frame_get_buffer(frame.get(), 0); e < 0)
        throw libavError(name, "out of memory for a frame", e);
    if (recipe.pixels == AV_PIX_FMT_RGBA)
        return; // copied as is
    scale.reset(sws_alloc_context());
    if (!scale)
        throw files::WriteError(name + ": out of memory for the colour conversion");
    av_opt_set_int(scale.get(), "srcw", codec->width, 0);
    av_opt_set_int(scale.get(), "srch", codec->height, 0);
    av_opt_set_int(scale.get(), "src_format", AV_PIX_FMT_RGBA, 0);
    av_opt_set_int(scale.get(), "dstw", codec->width, 0);
    av_opt_set_int(scale.get(), "dsth", codec->height, 0);
    av_opt_set_int(scale.get(), "dst_format", recipe.pixels, 0);
    av_opt_set_int(scale.get(), "sws_flags", SWS_BILINEAR | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INP, 0);
    av_opt_set_int(scale.get(), "threads", 2, 0);
    if (const int e = sws_init_context(scale.get(), nullptr, nullptr); e < 0)
        throw libavError(name, "cannot set up the colour conversion", e);
    source.reset(av_frame_alloc());
    if (!source)
        throw files::WriteError(name + ": out of memory for a frame");
    source->width = codec->width;
    source->height = codec->height;
    source->format = AV_PIX_FMT_RGBA;
    if (recipe.pixels == AV_PIX_FMT_YUV420P || recipe.pixels == AV_PIX_FMT_YUVA420P) {
        const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
        sws_setColorspaceDetails(scale.get(), bt709, /*full range in*/ 1, bt709, /*limited out*/ 0, 0, 1 << 16, 1 << 16);
    }
}

void VideoWriter::Encoder::convert(const std::uint8_t* rgba) {
    if (const int error = av_frame_make_writable(frame.get()); error < 0)
        throw libavError(name, "out of memory for a frame", error);
    const int stride = codec->width * 4;
    if (!scale) {
        av_image_copy_plane(frame->data[0], frame->linesize[0], rgba, stride, stride, codec->height);
        return;
    }
    // Through sws_scale_frame, which converts in slices on both cores.
    // A reference to the caller's pixels, not a copy (swscale takes a reference to its input).
    const std::size_t bytes = static_cast<std::size_t>(stride) * codec->height;
    source->buf[0] = av_buffer_create(const_cast<std::uint8_t*>(rgba), bytes, [](void*, std::uint8_t*) {}, nullptr,
                                      AV_BUFFER_FLAG_READONLY);
    if (!source->buf[0])
        throw files::WriteError(name + ": out of memory for a frame");
    source->data[0] = source->buf[0]->data;
    source->linesize[0] = stride;
    const int error = sws_scale_frame(scale.get(), frame.get(), source.get());
    av_buffer_unref(&source->buf[0]);
    if (error < 0)
        throw libavError(name, "cannot convert a frame's colours", error);
}

void VideoWriter::Encoder::send(AVFrame* f) {
    int error = avcodec_send_frame(codec.get(), f);
    while (error >= 0) {
        error = avcodec_receive_packet(codec.get(), packet.get());
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return;
        if (error < 0)
            break;
        if (kind == VideoKind::Gif) // each frame's delay: until the next one's rounded moment
            packet->duration = stampOf(written + 1) - stampOf(written);
        else if (packet->duration == 0)
            packet->duration = av_rescale_q(1, {1, settings.fps}, recipe.timeBase);
        ++written;
        av_packet_rescale_ts(packet.get(), codec->time_base, stream->time_base);
        packet->stream_index = stream->index;
        error = av_interleaved_write_frame(output.get(), packet.get()); // takes the packet's data
    }
    throw libavError(name, "cannot write the video", error);
}

VideoWriter::VideoWriter(const std::filesystem::path& wanted, VideoKind kind, const VideoSettings& settings,
                         const Palette& palette)
    : encoder_(std::make_unique<Encoder>(wanted, kind, settings)) {
    keepLibavToErrors();
    encoder_->open();
    if (kind == VideoKind::Gif)
        encoder_->mapper = std::make_unique<PaletteMapper>(encoder_->name, settings, palette);
}

VideoWriter::~VideoWriter() = default;

std::int64_t VideoWriter::framesAdded() const { return encoder_->added; }

void VideoWriter::add(const std::uint8_t* rgba) {
    Encoder& e = *encoder_;
    if (e.mapper) {
        e.mapper->push(rgba);
        while (AVFrame* mapped = e.mapper->pull()) {
            mapped->pts = e.stampOf(e.mapped++); // frames leave in order
            e.send(mapped);
        }
    } else {
        e.convert(rgba);
        e.frame->pts = e.stampOf(e.added);
        e.send(e.frame.get());
    }
    ++e.added;
}

std::filesystem::path VideoWriter::finish() {
    Encoder& e = *encoder_;
    if (e.mapper) {
        e.mapper->close();
        while (AVFrame* mapped = e.mapper->pull()) {
            mapped->pts = e.stampOf(e.mapped++);
            e.send(mapped);
        }
    }
    e.send(nullptr); // drains the encoder
    if (e.kind == VideoKind::Gif && e.added > 0) // else the last frame would repeat the one before's delay
        av_opt_set_int(e.output->priv_data, "final_delay", e.stampOf(e.added) - e.stampOf(e.added - 1), 0);
    if (const int error = av_write_trailer(e.output.get()); error < 0)
        throw libavError(e.name, "cannot write the video", error);
    if (e.output->pb->error < 0)
        throw libavError(e.name, "cannot write the video", e.output->pb->error);
    if (const int error = avio_closep(&e.output->pb); error < 0)
        throw libavError(e.name, "cannot write the video", error);
    return e.part.publish();
}

} // namespace gb::video
