#pragma once
// The map data of still pictures (--export, a deck's slides, a recording's landed steps): each
// picture's own projection (a Lambert cone turned to its area), its level, simplification and
// extent, built on workers; pictures that agree on all four share one. Made once per picture
// the same way, so a recording's last frame is its step's slide.

#include "app/Options.hpp"
#include "mapdata/SceneGeometry.hpp"
#include "render/FrameComposer.hpp"
#include "render/MapScene.hpp"
#include "story/Story.hpp"

#include <array>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>

namespace gb::app {

//! One picture to render.
struct StillJob {
    geo::ProjectionSpec spec; //!< centred on the picture's area
    render::Frame frame;
    std::filesystem::path file;
    std::string title; //!< for the steps' index
};

//! Keeps the camera within the projection's limits and adds the slide's overlays (unless
//! --no-overlays).
void finishJob(const Options& options, StillJob& job);

//! The picture of one step: the cone turned to the step's area, which goes where no title,
//! legend or caption covers it (with overlays).
[[nodiscard]] StillJob stepJob(const Options& options, const story::Story& story, std::size_t index,
                               std::filesystem::path file);

//! What map data a picture needs.
struct SceneKey {
    double centreLon = 0.0;
    mapdata::DetailLevel level = mapdata::DetailLevel::Medium;
    double simplifyMetres = 0.0;
    std::array<double, 4> within{}; //!< minX, minY, maxX, maxY of the picture, with a margin
    auto operator<=>(const SceneKey&) const = default;
};

//! A picture's map data on the GPU, with what it was made from and what is drawn over it.
struct StillScene {
    mapdata::SceneGeometry geometry;
    std::unique_ptr<render::MapScene> scene;
    std::vector<render::PlaceOnMap> places;
    std::unique_ptr<geo::Projection> projection;
    std::vector<view::FlowGeometry> flows;
};

class StillScenes {
public:
    StillScenes(const Options& options, const story::Story& story, const render::MapStyle& style);
    ~StillScenes();
    StillScenes(const StillScenes&) = delete;
    StillScenes& operator=(const StillScenes&) = delete;

    //! Starts building the map data of a picture (and of its locator inset) on workers.
    void start(const StillJob& job);
    //! The picture's scene, uploaded on this (GL) thread when first asked for; rethrows the
    //! worker's DataError.
    [[nodiscard]] const StillScene& sceneOf(const StillJob& job, std::shared_ptr<render::LineShader> shader);
    //! What composeFrame draws the picture from (valid while this lives).
    [[nodiscard]] render::FrameContent contentOf(const StillJob& job, const std::shared_ptr<render::LineShader>& shader);
    //! The locator insets' map: 110m land in the story-wide projection; nullptr if none is wanted.
    [[nodiscard]] const render::MapScene* locatorFor(const StillJob& job, std::shared_ptr<render::LineShader> shader);
    //! The same map, whatever the picture (a recording's flights, in the story-wide projection).
    [[nodiscard]] const render::MapScene& locatorScene(std::shared_ptr<render::LineShader> shader);
    //! Whether a picture's map data (nullptr: the locator's) is built or uploaded, starting it
    //! if need be; never waits.
    [[nodiscard]] bool ready(const StillJob* job);
    //! Frees a picture's map data (a recording's step that is over).
    void release(const StillJob& job);
    //! Called with "geometry" when a picture's data is built and "uploaded" when it is on the GPU
    //! (the export's timings).
    void onMark(std::function<void(const char*)> mark) { mark_ = std::move(mark); }
    //! The countries as already read (a user's one file): every scene started after this uses
    //! them instead of reading the file again.
    void useCountries(std::shared_ptr<const mapdata::CountriesRead> countries) { countries_ = std::move(countries); }

private:
    void startScene(const geo::ProjectionSpec& spec, const SceneKey& key, bool forLocator);
    StillScene& uploadedFor(const SceneKey& key, const geo::ProjectionSpec& spec, std::shared_ptr<render::LineShader> shader);

    const Options& options_;
    const story::Story& story_;
    const render::MapStyle& style_;
    std::map<SceneKey, std::future<mapdata::SceneGeometry>> pending_;
    std::shared_ptr<const mapdata::CountriesRead> countries_;
    std::map<SceneKey, StillScene> scenes_;
    std::unique_ptr<geo::Projection> locatorProjection_; //!< made once: PROJ's set-up is not free
    std::function<void(const char*)> mark_ = [](const char*) {};
};

} // namespace gb::app
