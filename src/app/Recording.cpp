#include "app/Recording.hpp"

#include "app/InitialView.hpp"
#include "app/VideoFrames.hpp"
#include "render/PngFile.hpp"

#include <cstdio>

namespace gb::app {
namespace {

video::VideoSettings settingsOf(const Options& options) {
    return {options.size.width, options.size.height, options.fps, options.transparent};
}

//! GIF: the palette comes from every pixel of up to 64 frames spread over the clip, and the last.
std::vector<std::size_t> paletteSamples(std::size_t frameCount) {
    std::vector<std::size_t> samples;
    const std::size_t every = std::max<std::size_t>(1, frameCount / 64);
    for (std::size_t i = 0; i < frameCount; i += every)
        samples.push_back(i);
    samples.push_back(frameCount - 1); // the still picture's colours, always
    return samples;
}

} // namespace

void Recording::Outputs::write(const video::FramePipeline::Pixels& pixels) {
    if (writer)
        writer->add(pixels.data());
    if (framesFolder) {
        char name[32];
        std::snprintf(name, sizeof name, "frame-%05zu.png", written + 1);
        (void)render::writePngNoOverwrite(render::RgbaImage{width, height, pixels}, *framesFolder / name);
    }
    ++written;
}

Recording::Recording(Options options, story::Story story, const render::MapStyle& style, sf::RenderTexture& target,
                     const render::FrameTools& tools, std::shared_ptr<render::LineShader> lineShader)
    : options_(std::move(options)), story_(std::move(story)), projection_(projectionFor(options_)),
      plan_(planRecording(options_, story_, projection_)),
      drawer_(options_, story_, projection_, style, target, tools, std::move(lineShader)) {
    outputs_.framesFolder = options_.exportFrames;
    outputs_.width = options_.size.width;
    outputs_.height = options_.size.height;
    if (options_.exportVideo) {
        const video::VideoKind kind = *video::videoKindFor(*options_.exportVideo);
        if (kind == video::VideoKind::Gif) { // the file is made once the palette is chosen
            samples_ = paletteSamples(plan_.frameCount());
            palette_ = video::videoCodecs().collectPalette(options_.exportVideo->string(), settingsOf(options_));
        } else {
            outputs_.writer = video::videoCodecs().openEncoder(*options_.exportVideo, kind, settingsOf(options_), {});
        }
    }
    pipeline_ = std::make_unique<video::FramePipeline>([this](const video::FramePipeline::Pixels& p) { outputs_.write(p); });
}

Recording::~Recording() {
    pipeline_.reset(); // stops the encoder's thread before the outputs go (unfinished: removed)
}

bool Recording::drawNext(bool wait) {
    const bool palettePass = done_ < samples_.size();
    const view::PlannedFrame planned = plan_.frame(palettePass ? samples_[done_] : done_ - samples_.size());
    if (!wait && !drawer_.ready(planned))
        return false;
    render::RgbaImage canvas{options_.size.width, options_.size.height, pipeline_->spare()};
    canvas = drawer_.draw(planned, std::move(canvas));
    if (palettePass) {
        palette_->add(canvas.pixels.data());
        if (++done_ == samples_.size()) { // the palette is chosen: the GIF file can start
            outputs_.writer = video::videoCodecs().openEncoder(*options_.exportVideo, video::VideoKind::Gif,
                                                               settingsOf(options_), palette_->finish());
            palette_.reset();
        }
        return true;
    }
    pipeline_->push(std::move(canvas.pixels));
    ++done_;
    return true;
}

bool Recording::advance(Clock::time_point until, bool wait) {
    while (done_ < framesTotal()) {
        if (!drawNext(wait))
            return false;
        if (Clock::now() >= until)
            break;
    }
    return done_ >= framesTotal();
}

std::vector<std::filesystem::path> Recording::finish() {
    pipeline_->finish();
    std::vector<std::filesystem::path> written;
    if (outputs_.writer)
        written.push_back(outputs_.writer->finish());
    if (outputs_.framesFolder)
        written.push_back(*outputs_.framesFolder);
    return written;
}

} // namespace gb::app
