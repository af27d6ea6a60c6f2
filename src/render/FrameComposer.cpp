#include "render/FrameComposer.hpp"

#include "render/AreaNames.hpp"
#include "render/HatchOverlay.hpp"
#include "render/LocatorInset.hpp"
#include "view/Locator.hpp"
#include "view/NamedPlaces.hpp"

namespace gb::render {
namespace {

void drawOutline(sf::RenderTarget& target, const MapScene& scene, const view::Camera& camera, const Outline& outline) {
    if (outline.of == Outline::Of::Country)
        scene.drawCountryOutline(target, camera, outline.index, outline.colour, outline.widthPx);
    else
        scene.drawRegionOutline(target, camera, outline.index, outline.colour, outline.widthPx);
}

//! The regions' labels ("occupied by Russia since 2014") at the centre of their areas, or on a
//! leader line to it where other labels or lines take that spot.
std::vector<AreaLabel> regionLabels(const MapScene& scene, const story::Story& story, story::Language language) {
    std::vector<AreaLabel> out;
    for (std::size_t r = 0; r < story.regions.size(); ++r)
        if (!story.regions[r].label.in(language).empty())
            if (const auto at = scene.regionAnchor(r)) {
                AreaLabel label{story.regions[r].label.in(language), {{*at, 0.0, 0.0}}};
                label.leaderWhenMoved = true;
                out.push_back(std::move(label));
            }
    return out;
}

//! The labels of the routes the picture stresses ("By sea from Chongjin, 8-13 Oct"), beside their
//! lines, in a dark shade of the line's colour; below the places, above the country names.
std::vector<AreaLabel> routeLabels(const story::Story& story, const std::vector<FlowLabelSpot>& spots,
                                   const view::Camera& camera, const FrameOptions& options) {
    std::vector<AreaLabel> out;
    for (const FlowLabelSpot& spot : spots) {
        const story::Flow& flow = story.flows[spot.flow];
        const story::FlowStyle* style = story.flowStyle(flow.style);
        if (flow.routeLabel.in(options.language).empty() || !style)
            continue;
        AreaLabel label;
        label.text = flow.routeLabel.in(options.language);
        for (const view::ScreenPoint& at : spot.along)
            label.spots.push_back({camera.toMap(at), 0.0, 0.0});
        const auto shade = [](std::uint8_t c) { return static_cast<sf::Uint8>(c * 0.6); };
        label.colour = sf::Color(shade(style->colour.r), shade(style->colour.g), shade(style->colour.b));
        label.sizeFactor = 0.85f;
        label.italic = true;
        label.priority = 0;
        label.beside = true;
        label.gapPx = spot.halfWidthPx + 2.0 * options.pixelScale;
        out.push_back(std::move(label));
    }
    return out;
}

std::vector<std::optional<geo::MapPoint>> placePositions(const std::vector<PlaceOnMap>& places) {
    std::vector<std::optional<geo::MapPoint>> out;
    out.reserve(places.size());
    for (const PlaceOnMap& p : places)
        out.push_back(p.position);
    return out;
}

//! Where a slide's locator inset goes; empty when the picture does not get one.
sf::FloatRect locatorOf(const Frame& frame, const SlideFootprint& f) {
    if (!frame.overlays->locator || !view::wantsLocator(frame.camera))
        return {};
    const float w = static_cast<float>(frame.camera.width()), h = static_cast<float>(frame.camera.height());
    return locatorBox(f, w, h, frame.options.pixelScale, *frame.overlays);
}

//! The overlay panels a slide will draw (title, legend, the bottom band, the locator): no label
//! goes under them, nor touches them (a margin of a few pixels: the footprint is estimated
//! before the panels are laid out, and a name centred on its area came 1-2 px under a caption).
void addOverlayBoxes(view::LabelObstacles& obstacles, const Frame& frame, const SlideFootprint& f,
                     const sf::FloatRect& locator) {
    const float w = static_cast<float>(frame.camera.width()), h = static_cast<float>(frame.camera.height());
    const double margin = 4.0 * frame.options.pixelScale;
    const auto add = [&](double left, double top, double width, double height) {
        obstacles.boxes.push_back({left - margin, top - margin, width + 2 * margin, height + 2 * margin});
    };
    for (const sf::FloatRect& box : {f.title, f.legend, locator})
        if (box.width > 0)
            add(box.left, box.top, box.width, box.height);
    add(0.0, h - f.bottom, w, f.bottom);
}

} // namespace

FrameLayout composeFrame(sf::RenderTarget& target, const FrameContent& content, const Frame& frame,
                         const FrameTools& tools, const BaseMapDrawer& base) {
    if (base)
        base(target, frame.camera);
    else
        content.scene.draw(target, frame.camera, frame.options);
    drawHatching(target, frame.camera, content.scene, frame.options, tools.ribbons);
    for (const Outline& outline : frame.outlines)
        drawOutline(target, content.scene, frame.camera, outline);
    FrameLayout layout;
    const DrawnFlows flows =
        tools.flowCache ? tools.flowCache->draw(target, frame.camera, content.flows, content.story, frame.options, tools.ribbons)
                        : drawFlows(target, frame.camera, content.flows, content.story, frame.options, tools.ribbons);
    layout.flows = flows.obstacles;
    view::LabelObstacles obstacles = layout.flows;
    if (content.countries)
        obstacles.countryAt = [&content, &frame](view::ScreenPoint p) -> long {
            const auto feature = content.countries->featureAt(frame.camera.toMap(p));
            return feature ? static_cast<long>(*feature) : -1L;
        };
    obstacles.boxes.insert(obstacles.boxes.end(), frame.panels.begin(), frame.panels.end());
    std::optional<view::LegendScope> scope;
    sf::FloatRect locator;
    if (frame.overlays) {
        scope = content.scene.legendScope(content.story, frame.camera.visibleArea());
        view::addFlowsAndPlaces(*scope, content.story, content.flows, placePositions(content.places),
                                frame.camera.visibleArea());
        const SlideFootprint footprint =
            estimateSlideFootprint(content.story, frame.step, static_cast<float>(frame.camera.width()), frame.options,
                                   *frame.overlays, &*scope);
        locator = locatorOf(frame, footprint);
        addOverlayBoxes(obstacles, frame, footprint, locator);
    }
    std::vector<AreaLabel> areaLabels;
    if (frame.options.layers.regions)
        areaLabels = regionLabels(content.scene, content.story, frame.options.language);
    if (frame.options.layers.labels) {
        const auto routes = routeLabels(content.story, flows.labels, frame.camera, frame.options);
        areaLabels.insert(areaLabels.end(), routes.begin(), routes.end());
        const auto countries = areaNameLabels(content.scene, content.story, frame.camera, frame.options.language);
        areaLabels.insert(areaLabels.end(), countries.begin(), countries.end());
    }
    layout.places = drawPlaces(target, frame.camera, content.places, areaLabels, tools.fonts, tools.style, frame.options,
                               obstacles, view::placesNamedBy(content.story, frame.step, frame.options.language),
                               tools.placeScratch);
    if (locator.width > 0) {
        drawLocatorInset(target, content.locatorScene ? *content.locatorScene : content.scene,
                         content.pictureInLocator.value_or(frame.camera), locator, frame.options);
        layout.overlays.push_back({locator.left, locator.top, locator.width, locator.height});
    }
    if (frame.overlays)
        for (const sf::FloatRect& box : drawSlideOverlays(target, frame.camera, content.projection, content.story,
                                                          frame.step, tools.fonts, frame.options, *frame.overlays,
                                                          &*scope, content.scene.userCountriesCredit()))
            layout.overlays.push_back({box.left, box.top, box.width, box.height});
    return layout;
}

RgbaImage renderPicture(sf::RenderTexture& target, const FrameContent& content, const Frame& frame,
                        const FrameTools& tools, RgbaImage canvas, FrameLayout* layout) {
    FrameLayout drawn = composeFrame(target, content, frame, tools);
    if (layout)
        *layout = std::move(drawn);
    return readPixels(target, std::move(canvas));
}

} // namespace gb::render
