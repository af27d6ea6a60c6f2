#pragma once
// Draws a recording's frames (view/VideoPlan) through the one frame path. In flight: the
// story-wide projection, at the level each camera wants. Landed: the step's still picture (its
// own projection and map data, as --export --step draws it) at the frame's day, so the last
// frame is the step's slide.

#include "app/Options.hpp"
#include "app/SceneSet.hpp"
#include "app/StillScenes.hpp"
#include "render/FrameComposer.hpp"
#include "render/LineShader.hpp"
#include "view/VideoPlan.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <memory>
#include <optional>
#include <set>

namespace gb::app {

class RecordingDrawer {
public:
    //! `target`: the recording's size; `tools` and `lineShader` made in the current GL context.
    RecordingDrawer(const Options& options, const story::Story& story, const geo::Projection& projection,
                    const render::MapStyle& style, sf::RenderTexture& target, const render::FrameTools& tools,
                    std::shared_ptr<render::LineShader> lineShader);

    //! Whether the frame's map data is built (never waits; starts what is missing). The window
    //! asks before drawing, so a recording never freezes it while 10m is built.
    [[nodiscard]] bool ready(const view::PlannedFrame& planned);
    //! Draws the frame, waiting for its map data if need be: frame i never depends on how fast
    //! a worker finished.
    [[nodiscard]] render::RgbaImage draw(const view::PlannedFrame& planned, render::RgbaImage canvas);

private:
    void enterStep(std::size_t step);
    const render::MapScene& sceneFor(mapdata::DetailLevel level, const view::Camera& camera);
    [[nodiscard]] mapdata::DetailLevel levelFor(const view::PlannedFrame& planned) const;

    const Options& options_;
    const story::Story& story_;
    const geo::Projection& projection_;
    SceneSet scenes_;
    StillScenes stills_;
    std::optional<StillJob> still_; //!< the current step's still picture
    sf::RenderTexture& target_;
    render::FrameTools tools_;
    std::shared_ptr<render::LineShader> lineShader_;
    std::vector<view::FlowGeometry> flows_;
    std::vector<render::PlaceOnMap> places_;
    const render::MapScene* placesOf_ = nullptr;
    std::set<std::string> warned_;
};

} // namespace gb::app
