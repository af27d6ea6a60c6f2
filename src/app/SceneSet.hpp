#pragma once
// The base map at every level of detail for the current projection. Levels are built on worker
// threads (CPU: load, clip, project, tessellate) and uploaded on the GL thread when ready, so
// the window never freezes while 10m data is prepared. 10m is built only around the view that
// needs it (view/DetailArea) and rebuilt when the view leaves that area; 110m and 50m cover
// the world.

#include "mapdata/SceneGeometry.hpp"
#include "render/MapScene.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"

#include <array>
#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace gb::app {

class SceneSet {
public:
    SceneSet(const story::Story& story, std::filesystem::path shapes, std::string shapesCrs,
             std::filesystem::path defaultShapes, const render::MapStyle& style);
    ~SceneSet();
    SceneSet(const SceneSet&) = delete;
    SceneSet& operator=(const SceneSet&) = delete;

    //! Starts building a level in the background unless one that serves `camera` is built or
    //! any build of it is running (asked again every frame, the next starts after that one).
    void request(mapdata::DetailLevel level, const view::Camera& camera);
    //! Uploads finished builds (GL thread). Returns an error message for a failed build.
    std::optional<std::string> poll();
    //! Waits for a level that serves `camera` (used at start and after a reload).
    void waitFor(mapdata::DetailLevel level, const view::Camera& camera);
    //! Whether the level's pick indexes (countries, regions) are built: a scene is shown before
    //! them, and a pick without them finds no country or region.
    [[nodiscard]] bool indexesReady(mapdata::DetailLevel level) const;
    //! Waits for the level's pick indexes (labels keep to their side of borders with them): a
    //! recording's frames must not depend on when a worker finished.
    void waitForIndexes(mapdata::DetailLevel level);
    //! Drops everything and switches projection (nothing is drawn until a level is ready).
    void setProjection(const geo::ProjectionSpec& spec);
    //! The wanted level if ready for this view, else the nearest ready one; nullptr if none.
    [[nodiscard]] const render::MapScene* best(mapdata::DetailLevel wanted, const view::Camera& camera) const;
    //! Whether the level is built and covers what `camera` shows.
    [[nodiscard]] bool ready(mapdata::DetailLevel level, const view::Camera& camera) const;
    //! After upload only its small parts remain (points, ids, file, warnings); meshes are freed.
    [[nodiscard]] const mapdata::SceneGeometry* geometry(mapdata::DetailLevel level) const;
    [[nodiscard]] const geo::ProjectionSpec& projection() const { return spec_; }
    //! Uses this shader for every scene (e.g. one compiled early to warm up the driver).
    void shareLineShader(std::shared_ptr<render::LineShader> shader) { lineShader_ = std::move(shader); }
    //! How many times a countries file was read so far (a level's own file, or a user's one
    //! file for all levels), for the window's state file.
    [[nodiscard]] int countriesReads() const { return *countriesReads_; }

private:
    //! A level's geometry and the projected area it was built for.
    struct Build {
        mapdata::SceneGeometry geometry;
        geo::MapBox area;
        double simplifiedMetres = 0;
    };
    struct Slot {
        std::future<Build> pending;
        std::unique_ptr<mapdata::SceneGeometry> geometry;
        std::unique_ptr<render::MapScene> scene;
        geo::MapBox area; //!< projected area the scene covers (everywhere but at 10m)
        double simplifiedMetres = 0; //!< the detail it was built with (10m: for the view's scale)
        //! Pick indexes, built after upload so they do not delay the level appearing.
        std::future<std::pair<std::shared_ptr<const mapdata::PolygonIndex>,
                              std::vector<std::shared_ptr<const mapdata::PolygonIndex>>>>
            pendingIndexes;
    };
    void upload(Slot& slot);

    const story::Story& story_;
    std::filesystem::path shapes_;
    std::string shapesCrs_; //!< --shapes-crs
    std::filesystem::path defaultShapes_;
    render::MapStyle style_;
    geo::ProjectionSpec spec_;
    std::array<Slot, 3> slots_;
    std::shared_ptr<render::LineShader> lineShader_;
    std::shared_ptr<std::atomic<int>> countriesReads_ = std::make_shared<std::atomic<int>>(0);
    //! A user's one countries file (not a folder of levels), read once for every level on a
    //! worker: each level read it again before (~0.1-0.3 s of CPU each for a 4.5 MB GeoJSON).
    std::shared_future<std::shared_ptr<const mapdata::CountriesRead>> userCountries_;
};

} // namespace gb::app
