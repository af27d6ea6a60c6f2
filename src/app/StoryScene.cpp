#include "app/StoryScene.hpp"

namespace gb::app {

mapdata::SceneRequest sceneRequest(const story::Story& story, const std::filesystem::path& shapes,
                                   const std::filesystem::path& defaultShapes, const geo::ProjectionSpec& projection,
                                   mapdata::DetailLevel level) {
    mapdata::SceneRequest request;
    request.shapes = shapes;
    std::error_code ec;
    request.regionFolder = std::filesystem::is_directory(shapes, ec) ? shapes : defaultShapes;
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
