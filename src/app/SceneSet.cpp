#include "app/SceneSet.hpp"

#include "app/StoryScene.hpp"
#include "geo/AreaBounds.hpp"
#include "render/RenderCache.hpp"
#include "view/DetailArea.hpp"

#include <malloc.h>

#include <chrono>

namespace gb::app {

SceneSet::SceneSet(const story::Story& story, std::filesystem::path shapes, std::string shapesCrs,
                   std::filesystem::path defaultShapes, const render::MapStyle& style)
    : story_(story), shapes_(std::move(shapes)), shapesCrs_(std::move(shapesCrs)), defaultShapes_(std::move(defaultShapes)),
      style_(style) {}

SceneSet::~SceneSet() {
    for (Slot& slot : slots_) {
        if (slot.pending.valid())
            slot.pending.wait(); // the worker reads story_ and shapes_: let it finish first
        if (slot.pendingIndexes.valid())
            slot.pendingIndexes.wait();
    }
}

namespace {
//! The fine level is built around the view; the coarser ones for the world.
bool builtAroundTheView(mapdata::DetailLevel level) { return level == mapdata::DetailLevel::Fine; }

geo::MapBox areaNeeded(const view::Camera& camera) {
    return view::areaNeeded(camera, render::RenderCache::defaultMarginPx);
}
} // namespace

void SceneSet::request(mapdata::DetailLevel level, const view::Camera& camera) {
    Slot& slot = slots_[static_cast<int>(level)];
    const bool aroundTheView = builtAroundTheView(level);
    if (slot.pending.valid() || (slot.scene && view::covers(slot.area, areaNeeded(camera)) &&
                                 (!aroundTheView || view::detailedEnough(slot.simplifiedMetres, camera))))
        return;
    mapdata::SceneRequest request = sceneRequest(story_, shapes_, shapesCrs_, defaultShapes_, spec_, level);
    // The window keeps 110m and 50m for a range of scales: detail finer than half a pixel at the
    // finest of them goes (fewer triangles to draw and to keep). 10m is built for the view:
    // half a pixel at twice its scale; zooming in further builds it again, smaller and finer.
    request.mesh.simplifyMetres = aroundTheView ? view::detailToBuild(camera) : mapdata::windowSimplifyMetres(level);
    const std::optional<geo::MapBox> around =
        aroundTheView ? std::optional(view::areaToBuild(camera, render::RenderCache::defaultMarginPx)) : std::nullopt;
    if (std::error_code ec; !userCountries_.valid() && !std::filesystem::is_directory(shapes_, ec))
        userCountries_ = std::async(std::launch::async, [whole = request, reads = countriesReads_] {
                             ++*reads;
                             return std::make_shared<const mapdata::CountriesRead>(mapdata::readSceneCountries(whole));
                         }).share();
    slot.pending = std::async(std::launch::async, [request = std::move(request), around, countries = userCountries_,
                                                   reads = countriesReads_]() mutable {
        if (countries.valid()) // its DataError, if any, is this level's as before
            request.countriesRead = countries.get();
        else
            ++*reads; // the level reads its own file
        geo::MapBox area = view::everywhere();
        if (around) {
            // A degree more than the area: edges are densified to a degree before projecting.
            // An area past the projection's edge gets no boxes, and the world is built.
            request.mesh.clipTo = geo::lonLatBoxesOf(geo::Projection(request.projection), *around, 1.0);
            if (!request.mesh.clipTo.empty())
                area = *around;
        }
        return Build{mapdata::buildSceneGeometry(request), area, request.mesh.simplifyMetres};
    });
}

void SceneSet::upload(Slot& slot) {
    Build built = slot.pending.get();
    if (slot.pendingIndexes.valid()) // a rebuild of the fine level: the old indexes are not wanted
        slot.pendingIndexes.wait();
    slot.pendingIndexes = {};
    slot.scene.reset(); // frees the old level's GPU buffers before the new ones are made
    slot.geometry = std::make_unique<mapdata::SceneGeometry>(std::move(built.geometry));
    slot.area = built.area;
    slot.simplifiedMetres = built.simplifiedMetres;
    if (!lineShader_)
        lineShader_ = std::make_shared<render::LineShader>();
    slot.scene = std::make_unique<render::MapScene>(*slot.geometry, story_, style_, lineShader_);
    // MapScene freed what the GPU has a copy of. The fill rings move to a worker that builds
    // the pick indexes from them; the rest stays for the overlays and menus.
    mapdata::SceneGeometry& g = *slot.geometry;
    slot.pendingIndexes = std::async(std::launch::async, [countries = std::move(g.countries), regions = std::move(g.regions)]() mutable {
        std::vector<std::shared_ptr<const mapdata::PolygonIndex>> regionIndexes;
        for (mapdata::LayerMesh& region : regions)
            regionIndexes.push_back(std::make_shared<const mapdata::PolygonIndex>(std::move(region)));
        return std::make_pair(std::make_shared<const mapdata::PolygonIndex>(std::move(countries)), std::move(regionIndexes));
    });
    g.countries = {};
    g.regions = {};
    ::malloc_trim(0);
}

std::optional<std::string> SceneSet::poll() {
    std::optional<std::string> error;
    for (Slot& slot : slots_) {
        if (slot.pendingIndexes.valid() &&
            slot.pendingIndexes.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            auto [countries, regions] = slot.pendingIndexes.get();
            slot.geometry->countryIndex = std::move(countries);
            slot.geometry->regionIndexes = std::move(regions);
        }
        if (!slot.pending.valid() || slot.pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            continue;
        try {
            upload(slot);
        } catch (const std::exception& e) {
            error = e.what();
        }
    }
    return error;
}

void SceneSet::waitFor(mapdata::DetailLevel level, const view::Camera& camera) {
    Slot& slot = slots_[static_cast<int>(level)];
    request(level, camera);
    if (slot.pending.valid())
        upload(slot); // get() rethrows the worker's DataError here
    request(level, camera); // the build that ran may have been for another view
    if (slot.pending.valid())
        upload(slot);
}

bool SceneSet::indexesReady(mapdata::DetailLevel level) const {
    const Slot& slot = slots_[static_cast<int>(level)];
    return slot.geometry && !slot.pendingIndexes.valid();
}

void SceneSet::waitForIndexes(mapdata::DetailLevel level) {
    Slot& slot = slots_[static_cast<int>(level)];
    if (!slot.pendingIndexes.valid())
        return;
    auto [countries, regions] = slot.pendingIndexes.get();
    slot.geometry->countryIndex = std::move(countries);
    slot.geometry->regionIndexes = std::move(regions);
}

void SceneSet::setProjection(const geo::ProjectionSpec& spec) {
    for (Slot& slot : slots_) {
        if (slot.pending.valid())
            slot.pending.wait();
        if (slot.pendingIndexes.valid())
            slot.pendingIndexes.wait();
        slot = Slot{};
    }
    spec_ = spec;
}

const render::MapScene* SceneSet::best(mapdata::DetailLevel wanted, const view::Camera& camera) const {
    const int w = static_cast<int>(wanted);
    // Nearest first; on a tie the coarser one (it is the one normally ready).
    for (int distance = 0; distance < 3; ++distance)
        for (int level : {w - distance, w + distance})
            if (level >= 0 && level < 3 && ready(static_cast<mapdata::DetailLevel>(level), camera))
                return slots_[level].scene.get();
    return nullptr;
}

bool SceneSet::ready(mapdata::DetailLevel level, const view::Camera& camera) const {
    const Slot& slot = slots_[static_cast<int>(level)];
    return slot.scene && view::covers(slot.area, areaNeeded(camera));
}

const mapdata::SceneGeometry* SceneSet::geometry(mapdata::DetailLevel level) const {
    return slots_[static_cast<int>(level)].geometry.get();
}

} // namespace gb::app
