#pragma once
// One picture of the map with everything on it, read back from an offscreen target: what both
// `--export` and the window's F12 save draw.

#include "mapdata/SceneGeometry.hpp"
#include "render/FlowOverlay.hpp"
#include "render/Fonts.hpp"
#include "render/MapScene.hpp"
#include "render/RgbaImage.hpp"
#include "render/SlideOverlay.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <filesystem>
#include <string>

namespace gb::app {

struct SlideContent {
    const render::MapScene& scene;
    const mapdata::SceneGeometry& geometry; //!< the scene's (for the places' positions)
    const std::vector<view::FlowGeometry>& flows;
    const story::Story& story;
    const story::Step* step = nullptr;      //!< its caption goes on the slide
    const geo::Projection& projection;       //!< for the scale bar
    const render::Fonts& fonts;
    const render::MapStyle& style;
    const render::RibbonShader& ribbons;     //!< for the flow arrows
};

//! `canvas`: memory for the picture, reused if it has the right size (see render::readPixels).
[[nodiscard]] render::RgbaImage renderSlide(sf::RenderTexture& target, const SlideContent& content,
                                            const view::Camera& camera, const render::FrameOptions& frame,
                                            const std::optional<render::SlideOverlays>& overlays,
                                            render::RgbaImage canvas = {});

//! Writes text to a file through a temporary file and a rename, so readers never see half of it.
//! Throws render::WriteError naming the file.
void writeTextAtomically(const std::filesystem::path& file, const std::string& text);

} // namespace gb::app
