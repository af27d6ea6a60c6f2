#include "app/StoryScene.hpp"

namespace gb::app {

mapdata::SceneRequest sceneRequest(const story::Story& story, const std::filesystem::path& shapes,
                                   const geo::ProjectionSpec& projection, mapdata::DetailLevel level) {
    mapdata::SceneRequest request;
    request.shapes = shapes;
    request.projection = projection;
    request.level = level;
    for (const story::Region& r : story.regions)
        request.regions.push_back({r.shapes, r.feature});
    for (const story::Place& p : story.places)
        request.points.push_back(p.position);
    return request;
}

std::vector<render::PlaceOnMap> placesOnMap(const story::Story& story, const mapdata::SceneGeometry& geometry) {
    std::vector<render::PlaceOnMap> out;
    for (std::size_t i = 0; i < story.places.size() && i < geometry.points.size(); ++i)
        out.push_back({&story.places[i], geometry.points[i]});
    return out;
}

} // namespace gb::app
