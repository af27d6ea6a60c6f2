#pragma once
// The base map at every level of detail for the current projection. Levels are built on worker
// threads (CPU: load, clip, project, tessellate) and uploaded on the GL thread when ready, so
// the window never freezes while 10m data is prepared.

#include "mapdata/SceneGeometry.hpp"
#include "render/MapScene.hpp"
#include "story/Story.hpp"

#include <array>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace gb::app {

class SceneSet {
public:
    SceneSet(const story::Story& story, std::filesystem::path shapes, std::filesystem::path defaultShapes,
             const render::MapStyle& style);
    ~SceneSet();
    SceneSet(const SceneSet&) = delete;
    SceneSet& operator=(const SceneSet&) = delete;

    //! Starts building a level in the background unless it is built or being built.
    void request(mapdata::DetailLevel level);
    //! Uploads finished builds (GL thread). Returns an error message for a failed build.
    std::optional<std::string> poll();
    //! Waits for a level (used once at start).
    void waitFor(mapdata::DetailLevel level);
    //! Drops everything and switches projection (nothing is drawn until a level is ready).
    void setProjection(const geo::ProjectionSpec& spec);
    //! The wanted level if ready, else the nearest ready one; nullptr if none.
    [[nodiscard]] const render::MapScene* best(mapdata::DetailLevel wanted) const;
    [[nodiscard]] bool ready(mapdata::DetailLevel level) const { return slots_[static_cast<int>(level)].scene != nullptr; }
    //! After upload only its small parts remain (points, ids, file, warnings); meshes are freed.
    [[nodiscard]] const mapdata::SceneGeometry* geometry(mapdata::DetailLevel level) const;
    [[nodiscard]] const geo::ProjectionSpec& projection() const { return spec_; }
    //! Uses this shader for every scene (e.g. one compiled early to warm up the driver).
    void shareLineShader(std::shared_ptr<render::LineShader> shader) { lineShader_ = std::move(shader); }

private:
    struct Slot {
        std::future<mapdata::SceneGeometry> pending;
        std::unique_ptr<mapdata::SceneGeometry> geometry;
        std::unique_ptr<render::MapScene> scene;
        //! Pick indexes, built after upload so they do not delay the level appearing.
        std::future<std::pair<std::shared_ptr<const mapdata::PolygonIndex>,
                              std::vector<std::shared_ptr<const mapdata::PolygonIndex>>>>
            pendingIndexes;
    };
    void upload(Slot& slot);

    const story::Story& story_;
    std::filesystem::path shapes_;
    std::filesystem::path defaultShapes_;
    render::MapStyle style_;
    geo::ProjectionSpec spec_;
    std::array<Slot, 3> slots_;
    std::shared_ptr<render::LineShader> lineShader_;
};

} // namespace gb::app
