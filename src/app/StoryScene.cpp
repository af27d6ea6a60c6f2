#include "app/StoryScene.hpp"

namespace gb::app {

mapdata::SceneRequest sceneRequest(const story::Story& story, const std::filesystem::path& shapes, const std::string& shapesCrs,
                                   const std::filesystem::path& defaultShapes, const geo::ProjectionSpec& projection,
                                   mapdata::DetailLevel level) {
    mapdata::SceneRequest request;
    request.shapes = shapes;
    request.shapesCrs = shapesCrs;
    std::error_code ec;
    request.regionFolder = std::filesystem::is_directory(shapes, ec) ? shapes : defaultShapes;
    if (std::filesystem::exists(request.regionFolder / "country-labels.json", ec))
        request.countryNames = request.regionFolder / "country-labels.json";
    if (std::filesystem::exists(request.regionFolder / "sea-names.json", ec))
        request.seaNames = request.regionFolder / "sea-names.json";
    request.userCountries = !std::filesystem::equivalent(shapes, defaultShapes, ec);
    // Our own files carry ISO numeric ids already (the rebuild script writes them): only a
    // user's file is matched by its fields, on the way of every scene build.
    if (request.userCountries && std::filesystem::exists(defaultShapes / "country-codes.json", ec))
        request.countryCodes = defaultShapes / "country-codes.json";
    for (const auto& [id, role] : story.countryRoles)
        request.expectedCountries.push_back(id);
    request.projection = projection;
    request.level = level;
    for (const story::Region& r : story.regions)
        request.regions.push_back({r.shapes, r.feature});
    for (const story::Place& p : story.places)
        request.points.push_back(p.position);
    return request;
}

} // namespace gb::app
