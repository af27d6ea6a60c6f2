#include "app/SeaLegs.hpp"

#include "mapdata/PolygonLoader.hpp"
#include "mapdata/SeaRouter.hpp"
#include "story/StoryLoader.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <optional>

namespace gb::app {

std::vector<std::string> routeSeaLegs(story::Story& story, const std::filesystem::path& countries) {
    std::vector<std::string> warnings;
    const bool any = std::any_of(story.flows.begin(), story.flows.end(),
                                 [](const story::Flow& f) { return f.path == story::FlowPath::Sea; });
    if (!any)
        return warnings;
    const auto place = [&](const std::string& id) -> const story::Place* {
        for (const story::Place& p : story.places)
            if (p.id == id)
                return &p;
        return nullptr;
    };
    // The land around the sea legs only: the finest coast, without the rest of the world.
    std::vector<geo::LonLatBox> around;
    for (const story::Flow& flow : story.flows)
        if (flow.path == story::FlowPath::Sea)
            for (std::size_t leg = 0; leg + 1 < flow.route.size(); ++leg)
                if (const story::Place *a = place(flow.route[leg]), *b = place(flow.route[leg + 1]); a && b) {
                    const double margin = std::max(3.0, 0.5 * std::hypot(a->position.lon - b->position.lon,
                                                                         a->position.lat - b->position.lat)) + 0.5;
                    around.push_back({std::min(a->position.lon, b->position.lon) - margin,
                                      std::max(-89.0, std::min(a->position.lat, b->position.lat) - margin),
                                      std::max(a->position.lon, b->position.lon) + margin,
                                      std::min(89.0, std::max(a->position.lat, b->position.lat) + margin)});
                }
    const mapdata::SeaRouter router(mapdata::loadPolygons(countries, around));
    for (story::Flow& flow : story.flows) {
        if (flow.path != story::FlowPath::Sea)
            continue;
        flow.via.resize(flow.route.size() - 1);
        for (std::size_t leg = 0; leg + 1 < flow.route.size(); ++leg) {
            const story::Place* a = place(flow.route[leg]);
            const story::Place* b = place(flow.route[leg + 1]);
            if (!a || !b || !flow.via[leg].empty())
                continue; // the story's own via points win
            flow.via[leg] = router.route(a->position, b->position);
            if (flow.via[leg].empty() && router.onLand({(a->position.lon + b->position.lon) / 2,
                                                         (a->position.lat + b->position.lat) / 2}))
                warnings.push_back(story.source + ": flows " + flow.id + ": no sea route found from " + a->id + " to " +
                                   b->id + "; the leg keeps the shortest line");
        }
    }
    return warnings;
}

story::Story loadRoutedStory(const std::filesystem::path& file, const std::filesystem::path& shapesFolder) {
    story::Story story = story::loadStory(file);
    for (const std::string& warning : routeSeaLegs(story, shapesFolder / "countries-10m.fgb"))
        std::cerr << "geobrief: warning: " << warning << '\n';
    return story;
}

} // namespace gb::app
