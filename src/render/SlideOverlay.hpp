#pragma once
// What makes an export slide-ready: title, the step's caption, legend, scale bar, attribution
// and date stamp, drawn in screen pixels and scaled with the picture (FrameOptions::pixelScale).

#include "geo/Projection.hpp"
#include "render/Fonts.hpp"
#include "render/FrameOptions.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"
#include "view/Legend.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <optional>
#include <string>
#include <vector>

namespace gb::render {

struct SlideOverlays {
    bool title = true;
    bool caption = true;
    bool legend = true;
    bool scaleBar = true;
    bool attribution = true;
    bool dateStamp = true;
    bool sources = true; //!< the numbered source line of what the picture shows, with its "as of" date
    bool locator = true; //!< a locator inset on pictures of a small area (view/Locator)
    //! "3 / 10" before the date stamp: the step counter of a presentation ("": none, as on slides).
    std::string counter{};
};

//! A round length for a scale bar near maxMetres: 1, 2 or 5 times a power of ten.
[[nodiscard]] double niceScaleLength(double maxMetres);

//! Ground metres per screen pixel at the view's centre (geodesic, not projected, distance).
[[nodiscard]] std::optional<double> groundMetresPerPixel(const view::Camera& camera, const geo::Projection& projection);

//! Where the overlays will sit on a picture widthPx wide, in pixels, estimated without
//! fonts: a slide's extent is chosen before its map data is built, while the fonts load on the
//! GL thread. Text widths are taken at 0.55 em a character (DejaVu Sans averages ~0.5), so a
//! box is estimated a little large rather than too small. Empty boxes for overlays not shown.
struct SlideFootprint {
    sf::FloatRect title;  //!< the title and the date stamp under it, top left
    sf::FloatRect legend; //!< top right
    float bottom = 0;     //!< height taken along the bottom: caption, scale bar, sources, attribution
    float lowBand = 0;    //!< of which the sources and attribution, full width at the very bottom
    float captionWidth = 0; //!< the caption's box, centred above the low band (0: none)
};
[[nodiscard]] SlideFootprint estimateSlideFootprint(const story::Story& story, const story::Step* step, float widthPx,
                                                    const FrameOptions& options, const SlideOverlays& which,
                                                    const view::LegendScope* scope = nullptr);

//! Where a locator inset goes: bottom right, above the sources, beside the caption when there
//! is room there, else above it. Empty when `which.locator` is off.
[[nodiscard]] sf::FloatRect locatorBox(const SlideFootprint& footprint, float widthPx, float heightPx, float scale,
                                       const SlideOverlays& which);

//! The parts of the picture the overlays leave free: the band below the top boxes across the
//! whole width, and the column left of the legend below the title. Each keeps `gapPx` from the
//! boxes.
[[nodiscard]] std::vector<sf::FloatRect> freeAreasOf(const SlideFootprint& footprint, float widthPx, float heightPx,
                                                     float gapPx);

//! `scope`: what the picture shows, so the legend lists only that (all of it when null).
//! Returns the boxes it drew (panels, the source band, the attribution's text), in pixels.
//! `userCountries`: the credit of a user's countries file (MapScene::userCountriesCredit).
std::vector<sf::FloatRect> drawSlideOverlays(sf::RenderTarget& target, const view::Camera& camera,
                                             const geo::Projection& projection, const story::Story& story,
                                             const story::Step* step, const Fonts& fonts, const FrameOptions& options,
                                             const SlideOverlays& which, const view::LegendScope* scope = nullptr,
                                             const std::string& userCountries = {});

} // namespace gb::render
