#pragma once
// One frame path: a map frame is described once (camera, story moment, layers, outlines,
// overlays) and drawn by composeFrame, whatever the target: the window, a saved picture, an
// --export, a slide of a deck, or a video frame. Same layers, same order, same code.

#include "mapdata/PolygonIndex.hpp"
#include "render/FlowLayerCache.hpp"
#include "render/FlowOverlay.hpp"
#include "render/Fonts.hpp"
#include "render/FrameOptions.hpp"
#include "render/MapScene.hpp"
#include "render/MapStyle.hpp"
#include "render/PlaceOverlay.hpp"
#include "render/RgbaImage.hpp"
#include "render/RibbonShader.hpp"
#include "render/SlideOverlay.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace gb::render {

//! What the frame draws from: one projection and level of the map and the story on it. Not
//! owned; the caller keeps it alive while composing.
struct FrameContent {
    const MapScene& scene;
    const std::vector<PlaceOnMap>& places;         //!< projected like the scene
    const std::vector<view::FlowGeometry>& flows;  //!< projected like the scene
    const story::Story& story;
    const geo::Projection& projection;             //!< the scene's, for the scale bar
    const MapScene* locatorScene = nullptr;        //!< a coarser map for the locator inset (none: `scene`)
    //! The picture's camera in locatorScene's projection, when that differs from `scene`'s.
    std::optional<view::Camera> pictureInLocator{};
    //! Which country covers a projected point (the scene's pick index), so labels keep to their
    //! side of borders; none: labels do not know borders.
    const mapdata::PolygonIndex* countries = nullptr;
};

//! The GL-side tools every frame uses (made once per context).
struct FrameTools {
    const Fonts& fonts;
    const MapStyle& style;
    const RibbonShader& ribbons;
    //! The window's (a dense story's flows pan as a picture); none for exports and recordings,
    //! which draw every frame exactly.
    FlowLayerCache* flowCache = nullptr;
    //! The window's marker atlas and measured names, kept from frame to frame; none: anew.
    PlaceScratch* placeScratch = nullptr;
};

//! A country's or region's outline over the map: the selection's, or the pointer's.
struct Outline {
    enum class Of { Country, Region };
    Of of = Of::Country;
    std::size_t index = 0; //!< into the scene's countries or regions
    sf::Color colour;
    float widthPx = 2.0f;
};

//! Everything that makes one frame differ from another.
struct Frame {
    view::Camera camera;
    FrameOptions options;
    const story::Step* step = nullptr;      //!< its title and caption go on a slide
    std::vector<Outline> outlines;          //!< drawn in order, over the map, under the flows
    std::optional<SlideOverlays> overlays;  //!< title, caption, legend, scale bar, sources, date
    std::vector<view::ScreenRect> panels{}; //!< the window's panels over the map: no label goes under them
};

//! Draws the base map (sea, land, borders, regions) for `camera` into the whole target: the
//! window copies it from its render cache, a picture draws the scene straight.
using BaseMapDrawer = std::function<void(sf::RenderTarget&, const view::Camera&)>;

//! Where things went on a composed frame, in pixels: what a layout check (no label over another,
//! a line, an arrowhead, a marker or an overlay box) reads.
struct FrameLayout {
    view::LabelObstacles flows;              //!< the story's lines (shafts) and arrowheads (boxes)
    std::vector<view::ScreenRect> overlays;  //!< as drawn: title, date, legend, locator, caption, scale bar, sources, attribution
    DrawnPlaces places;                      //!< markers and labels
};

//! Draws `frame` of `content` into `target`: base map, outlines, flows, places, overlays. With no
//! `base`, the scene is drawn straight into the target.
FrameLayout composeFrame(sf::RenderTarget& target, const FrameContent& content, const Frame& frame, const FrameTools& tools,
                  const BaseMapDrawer& base = {});

//! composeFrame into an offscreen target, then its pixels: what --export, the deck, F12 and the
//! video frames save. `canvas`: memory for the picture, reused if it has the right size.
//! `layout`: when given, where things went.
[[nodiscard]] RgbaImage renderPicture(sf::RenderTexture& target, const FrameContent& content, const Frame& frame,
                                      const FrameTools& tools, RgbaImage canvas = {}, FrameLayout* layout = nullptr);

} // namespace gb::render
