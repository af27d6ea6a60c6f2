#include "render/MapScene.hpp"

#include "render/ColourConversion.hpp"

#include <algorithm>
#include <cmath>

namespace gb::render {
namespace {

//! The area-weighted centre of a triangle list (projected metres); nullopt when it has no area.
std::optional<geo::MapPoint> areaCentre(const std::vector<mapdata::MeshPoint>& triangles) {
    double area = 0, x = 0, y = 0;
    for (std::size_t i = 0; i + 2 < triangles.size(); i += 3) {
        const auto& a = triangles[i];
        const auto& b = triangles[i + 1];
        const auto& c = triangles[i + 2];
        const double t = std::abs((double(b.x) - a.x) * (double(c.y) - a.y) - (double(c.x) - a.x) * (double(b.y) - a.y)) / 2;
        area += t;
        x += t * (double(a.x) + b.x + c.x) / 3;
        y += t * (double(a.y) + b.y + c.y) / 3;
    }
    if (area <= 0)
        return std::nullopt;
    return geo::MapPoint{x / area, y / area};
}

//! A region's tessellator rings, kept for its hatching (a few thousand points for Crimea at 10m).
MapScene::HatchedArea hatchedArea(const mapdata::LayerMesh& mesh, sf::Color colour) {
    MapScene::HatchedArea area;
    area.colour = colour;
    const mapdata::Polylines& rings = mesh.fillRings;
    for (std::size_t r = 0; r < rings.count(); ++r) {
        std::vector<geo::MapPoint>& ring = area.rings.emplace_back();
        for (std::uint32_t i = rings.starts[r]; i < rings.starts[r + 1]; ++i) {
            ring.push_back({rings.points[i].x, rings.points[i].y});
            area.bounds.add(ring.back());
        }
    }
    return area;
}

} // namespace

sf::View mapView(const view::Camera& camera) {
    const geo::MapPoint c = camera.centre();
    // A negative height flips y: projected metres grow northwards, pixels grow downwards.
    sf::View view(sf::Vector2f(static_cast<float>(c.x), static_cast<float>(c.y)),
                  sf::Vector2f(static_cast<float>(camera.width() * camera.metresPerPixel()),
                               static_cast<float>(-camera.height() * camera.metresPerPixel())));
    // SFML turns the view (the camera), so the map turns the other way: minus the camera's
    // anticlockwise turn of the map. (The flipped y does not change the sense: both axes flip.)
    view.setRotation(static_cast<float>(-camera.rotation() * 180.0 / 3.14159265358979323846));
    return view;
}

MapScene::MapScene(mapdata::SceneGeometry& geometry, const story::Story& story, const MapStyle& style,
                   std::shared_ptr<LineShader> lineShader)
    : projection_(geometry.projection), level_(geometry.level), style_(style), lineShader_(std::move(lineShader)) {
    outside_ = std::make_unique<GpuFill>(geometry.outside, style.background);
    geometry.outside = {};
    countries_ = std::make_unique<GpuFill>(geometry.countries, [&](std::size_t i) {
        return toSf(story.roleOfCountry(geometry.countryIds[i]).fill);
    });
    geometry.countries.fill = {};
    geometry.countries.fillChunks = {};
    borders_ = std::make_unique<GpuLines>(geometry.countries.outlines, style.border);
    geometry.countries.outlines = {};
    // Marked countries and highlights are drawn from the border buffer (a country's polylines
    // are consecutive in it): no second copy of the outlines, in memory or on the GPU.
    for (std::size_t i = 0; i < geometry.countries.features.size(); ++i) {
        const mapdata::FeatureMesh& fm = geometry.countries.features[i];
        countryLines_.emplace_back(fm.lineBegin, fm.lineEnd);
        if (i < geometry.countryIds.size())
            countryBounds_.emplace_back(fm.bounds, geometry.countryIds[i]);
        const bool marked = i < geometry.countryIds.size() &&
                            std::find(story.markedCountries.begin(), story.markedCountries.end(),
                                      geometry.countryIds[i]) != story.markedCountries.end();
        if (marked)
            markedLines_.push_back(countryLines_.back());
    }
    names_ = geometry.names;
    userCountriesCredit_ = geometry.userCountriesCredit;
    graticule_ = std::make_unique<GpuLines>(geometry.graticule, style.graticule);
    geometry.graticule = {};

    for (std::size_t r = 0; r < geometry.regions.size() && r < story.regions.size(); ++r) {
        const story::Region& def = story.regions[r];
        mapdata::LayerMesh& mesh = geometry.regions[r];
        regions_.push_back({std::make_unique<GpuFill>(mesh, [&](std::size_t) { return toSf(def.fill); }),
                            std::make_unique<GpuLines>(mesh.outlines, toSf(def.outline))});
        regionAnchors_.push_back(areaCentre(mesh.fill));
        geo::MapBox bounds;
        for (const mapdata::FeatureMesh& fm : mesh.features)
            bounds.add(fm.bounds);
        regionBounds_.push_back(bounds);
        if (def.hatched)
            hatched_.push_back(hatchedArea(mesh, toSf(def.outline)));
        mesh.fill = {};
        mesh.fillChunks = {};
        mesh.outlines = {};
    }
}

void MapScene::drawCountryOutline(sf::RenderTarget& target, const view::Camera& camera, std::size_t country,
                                  sf::Color colour, float widthPx) const {
    if (country >= countryLines_.size())
        return;
    const sf::View previous = target.getView();
    target.setView(mapView(camera));
    borders_->drawLines(target, *lineShader_, widthPx, camera.metresPerPixel(), camera.visibleArea(), colour,
                        std::span(&countryLines_[country], 1));
    target.setView(previous);
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

view::LegendScope MapScene::legendScope(const story::Story& story, const geo::MapBox& visible) const {
    view::LegendScope scope;
    for (const auto& [bounds, id] : countryBounds_) {
        if (!bounds.intersects(visible))
            continue;
        const std::string& role = story.roleOfCountry(id).id;
        if (std::find(scope.roles.begin(), scope.roles.end(), role) == scope.roles.end())
            scope.roles.push_back(role);
    }
    for (const geo::MapBox& bounds : regionBounds_)
        scope.regions.push_back(bounds.intersects(visible));
    return scope;
}

std::size_t MapScene::triangleCount() const {
    std::size_t n = outside_->vertexCount() + countries_->vertexCount();
    for (const Region& r : regions_)
        n += r.fill->vertexCount();
    return n / 3;
}

void MapScene::draw(sf::RenderTarget& target, const view::Camera& camera, const FrameOptions& options,
                    const sf::FloatRect& viewport) const {
    const sf::View previous = target.getView();
    sf::View view = mapView(camera);
    view.setViewport(viewport);
    target.setView(view);
    const float s = options.pixelScale;
    const geo::MapBox visible = camera.visibleArea();
    const double mpp = camera.metresPerPixel();

    if (options.transparent) {
        target.clear(sf::Color::Transparent);
    } else {
        target.clear(style_.sea);
        outside_->draw(target);
    }
    countries_->draw(target, visible);
    if (options.layers.regions)
        for (const Region& r : regions_)
            r.fill->draw(target, visible);
    if (options.layers.graticule)
        graticule_->draw(target, *lineShader_, style_.graticuleWidth * s, mpp, visible);
    if (options.layers.borders) {
        borders_->draw(target, *lineShader_, style_.borderWidth * s, mpp, visible);
        if (options.layers.markedBorders)
            borders_->drawLines(target, *lineShader_, style_.markedBorderWidth * s, mpp, visible, style_.markedBorder,
                                markedLines_);
    }
    if (options.layers.regions)
        for (const Region& r : regions_)
            r.outline->draw(target, *lineShader_, style_.regionOutlineWidth * s, mpp, visible);
    target.setView(previous);
}

} // namespace gb::render
