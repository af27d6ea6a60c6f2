#pragma once
// One recording from start to files: its plan, its drawer, the GIF palette pass, the encoder
// pipeline and the outputs (a video file, numbered PNGs, or both). The command line runs it to
// the end; the window advances it a few frames at a time between its own frames, so the map
// stays usable, and cancels it by destroying it.

#include "app/Options.hpp"
#include "app/RecordingDrawer.hpp"
#include "video/FramePipeline.hpp"
#include "video/VideoCodecs.hpp"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace gb::app {

class Recording {
public:
    using Clock = std::chrono::steady_clock;

    //! `options`: exportVideo and/or exportFrames, size, fps, step, language, overlays. `target`
    //! is of options.size, and `tools` and `lineShader` are made, in the current GL context.
    //! Throws files::WriteError (the file cannot be created) and UsageError (a step the story lacks).
    Recording(Options options, story::Story story, const render::MapStyle& style, sf::RenderTexture& target,
              const render::FrameTools& tools, std::shared_ptr<render::LineShader> lineShader);
    //! An unfinished recording leaves no file behind (a cancel, an error).
    ~Recording();
    Recording(const Recording&) = delete;
    Recording& operator=(const Recording&) = delete;

    //! Draws frames until `until` or the last one. With `wait`, waits for map data being built;
    //! without, returns early when the next frame's data is not ready yet (the window). True once
    //! every frame is drawn. Throws what drawing or encoding throws.
    bool advance(Clock::time_point until, bool wait);
    //! After advance() returned true: waits for the encoder and puts the files in place. Returns
    //! the video's path and/or the frames' folder.
    std::vector<std::filesystem::path> finish();

    [[nodiscard]] std::size_t framesDone() const { return done_; }
    //! Every frame to draw (a GIF's palette pass included).
    [[nodiscard]] std::size_t framesTotal() const { return samples_.size() + plan_.frameCount(); }
    [[nodiscard]] const Options& options() const { return options_; }

private:
    //! Where every frame goes (on the pipeline's thread).
    struct Outputs {
        std::unique_ptr<video::VideoEncoder> writer;
        std::optional<std::filesystem::path> framesFolder;
        unsigned width = 0, height = 0;
        std::size_t written = 0;
        void write(const video::FramePipeline::Pixels& pixels);
    };
    [[nodiscard]] bool drawNext(bool wait);

    Options options_;
    story::Story story_;
    geo::Projection projection_;
    view::VideoPlan plan_;
    RecordingDrawer drawer_;
    std::vector<std::size_t> samples_;                 //!< GIF: the frames the palette is chosen from
    std::unique_ptr<video::PaletteCollector> palette_;
    Outputs outputs_;
    std::unique_ptr<video::FramePipeline> pipeline_;   //!< after outputs_: stops before they go
    std::size_t done_ = 0;
};

} // namespace gb::app
