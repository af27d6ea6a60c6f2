#include "render/MapScene.hpp"

#include "render/ColourConversion.hpp"

#include <algorithm>

namespace gb::render {

sf::View mapView(const view::Camera& camera) {
    const geo::MapPoint c = camera.centre();
    // A negative height flips y: projected metres grow northwards, pixels grow downwards.
    return sf::View(sf::Vector2f(static_cast<float>(c.x), static_cast<float>(c.y)),
                    sf::Vector2f(static_cast<float>(camera.width() * camera.metresPerPixel()),
                                 static_cast<float>(-camera.height() * camera.metresPerPixel())));
}

MapScene::MapScene(const mapdata::SceneGeometry& geometry, const story::Story& story, const MapStyle& style,
                   std::shared_ptr<LineShader> lineShader)
    : projection_(geometry.projection), level_(geometry.level), style_(style), lineShader_(std::move(lineShader)) {
    outside_ = std::make_unique<GpuFill>(geometry.outside, style.background);
    countries_ = std::make_unique<GpuFill>(geometry.countries, [&](std::size_t i) {
        return toSf(story.roleOfCountry(geometry.countryIds[i]).fill);
    });
    borders_ = std::make_unique<GpuLines>(geometry.countries.outlines, style.border);
    countryOutlines_ = geometry.countries.outlines;
    for (const mapdata::FeatureMesh& fm : geometry.countries.features)
        countryLines_.emplace_back(fm.lineBegin, fm.lineEnd);

    // Marked countries: their own outline buffer, drawn wider on top.
    mapdata::Polylines marked;
    for (std::size_t i = 0; i < geometry.countryIds.size(); ++i) {
        if (std::find(story.markedCountries.begin(), story.markedCountries.end(), geometry.countryIds[i]) ==
            story.markedCountries.end())
            continue;
        const mapdata::FeatureMesh& fm = geometry.countries.features[i];
        const mapdata::Polylines& all = geometry.countries.outlines;
        for (std::uint32_t l = fm.lineBegin; l < fm.lineEnd; ++l)
            marked.append({all.points.begin() + all.starts[l], all.points.begin() + all.starts[l + 1]});
    }
    markedBorders_ = std::make_unique<GpuLines>(marked, style.markedBorder);
    graticule_ = std::make_unique<GpuLines>(geometry.graticule, style.graticule);

    for (std::size_t r = 0; r < geometry.regions.size() && r < story.regions.size(); ++r) {
        const story::Region& def = story.regions[r];
        regions_.push_back({std::make_unique<GpuFill>(geometry.regions[r], [&](std::size_t) { return toSf(def.fill); }),
                            std::make_unique<GpuLines>(geometry.regions[r].outlines, toSf(def.outline))});
    }
}

void MapScene::drawOutlineOf(sf::RenderTarget& target, const view::Camera& camera, std::size_t country,
                             sf::Color colour, float widthPx, std::optional<std::size_t>& cachedFor,
                             std::unique_ptr<GpuLines>& cached) const {
    if (country >= countryLines_.size())
        return;
    if (cachedFor != country) { // built once per country: a few hundred points
        mapdata::Polylines lines;
        for (std::uint32_t l = countryLines_[country].first; l < countryLines_[country].second; ++l)
            lines.append({countryOutlines_.points.begin() + countryOutlines_.starts[l],
                          countryOutlines_.points.begin() + countryOutlines_.starts[l + 1]});
        cached = std::make_unique<GpuLines>(lines, colour);
        cachedFor = country;
    }
    const sf::View previous = target.getView();
    target.setView(mapView(camera));
    cached->drawInColour(target, *lineShader_, widthPx, camera.metresPerPixel(), camera.visibleArea(), colour);
    target.setView(previous);
}

void MapScene::drawCountryOutline(sf::RenderTarget& target, const view::Camera& camera, std::size_t country,
                                  sf::Color colour, float widthPx) const {
    drawOutlineOf(target, camera, country, colour, widthPx, highlightedCountry_, highlightedOutline_);
}

void MapScene::drawHoverOutline(sf::RenderTarget& target, const view::Camera& camera, std::size_t country,
                                sf::Color colour, float widthPx) const {
    drawOutlineOf(target, camera, country, colour, widthPx, hoveredCountry_, hoveredOutline_);
}

void MapScene::drawRegionOutline(sf::RenderTarget& target, const view::Camera& camera, std::size_t region,
                                 sf::Color colour, float widthPx) const {
    if (region >= regions_.size())
        return;
    const sf::View previous = target.getView();
    target.setView(mapView(camera));
    regions_[region].outline->drawInColour(target, *lineShader_, widthPx, camera.metresPerPixel(), camera.visibleArea(),
                                           colour);
    target.setView(previous);
}

std::size_t MapScene::triangleCount() const {
    std::size_t n = outside_->vertexCount() + countries_->vertexCount();
    for (const Region& r : regions_)
        n += r.fill->vertexCount();
    return n / 3;
}

void MapScene::draw(sf::RenderTarget& target, const view::Camera& camera, const FrameOptions& options) const {
    const sf::View previous = target.getView();
    target.setView(mapView(camera));
    const sf::RenderStates states;
    const float s = options.pixelScale;
    const geo::MapBox visible = camera.visibleArea();
    const double mpp = camera.metresPerPixel();

    if (options.transparent) {
        target.clear(sf::Color::Transparent);
    } else {
        target.clear(style_.sea);
        outside_->draw(target, states);
    }
    countries_->draw(target, states, visible);
    if (options.layers.regions)
        for (const Region& r : regions_)
            r.fill->draw(target, states, visible);
    if (options.layers.graticule)
        graticule_->draw(target, *lineShader_, style_.graticuleWidth * s, mpp, visible);
    if (options.layers.borders) {
        borders_->draw(target, *lineShader_, style_.borderWidth * s, mpp, visible);
        markedBorders_->draw(target, *lineShader_, style_.markedBorderWidth * s, mpp, visible);
    }
    if (options.layers.regions)
        for (const Region& r : regions_)
            r.outline->draw(target, *lineShader_, style_.regionOutlineWidth * s, mpp, visible);
    target.setView(previous);
}

} // namespace gb::render
