// Picking on Natural Earth 10m: the full pick (markers, flows, regions, countries) at 10,000
// random screen points of a zoomed-in view and of the world view. Prints median and worst.
#include "app/StoryScene.hpp"
#include "mapdata/SceneGeometry.hpp"
#include "story/StoryLoader.hpp"
#include "view/FlowGeometry.hpp"
#include "view/Picker.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace gb;

int main() {
    const std::filesystem::path data = GEOBRIEF_DATA_DIR;
    const story::Story s = story::loadStory(data / "assets/stories/eu-japan-dprk.json");
    const geo::ProjectionSpec spec{geo::ProjectionKind::Lambert, {80.0, 45.0}};
    const auto t0 = std::chrono::steady_clock::now();
    const mapdata::SceneGeometry g =
        mapdata::buildSceneGeometry([&] {
            auto request = app::sceneRequest(s, data / "shapes", "", data / "shapes", spec, mapdata::DetailLevel::Fine);
            request.pickIndexes = true;
            return request;
        }());
    std::printf("10m scene with pick indexes built in %.0f ms\n",
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    const geo::Projection projection(spec);
    const auto flows = view::buildFlowGeometry(s, projection);
    view::PickScene scene;
    scene.places = g.points;
    scene.flows = &flows;
    scene.countryAt = [&](geo::MapPoint m) { return g.countryIndex->featureAt(m); };
    scene.regionAt = [&](geo::MapPoint m) -> std::optional<std::size_t> {
        for (std::size_t r = g.regionIndexes.size(); r-- > 0;)
            if (g.regionIndexes[r]->featureAt(m))
                return r;
        return std::nullopt;
    };
    std::mt19937 random(42);
    for (const auto& [name, camera] :
         {std::pair{"zoomed on Kursk (1920x1080, 10m)", view::Camera(*projection.forward({36.2, 51.7}), 300, 1920, 1080)},
          std::pair{"whole story (1920x1080)", view::Camera(*projection.forward({80, 50}), 7000, 1920, 1080)}}) {
        std::vector<double> us;
        std::uniform_real_distribution<double> x(0, 1920), y(0, 1080);
        int hits = 0;
        for (int i = 0; i < 10000; ++i) {
            const view::ScreenPoint at{x(random), y(random)};
            const auto a = std::chrono::steady_clock::now();
            hits += view::pick(scene, camera, at).kind != view::PickItem::Kind::None;
            us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - a).count());
        }
        std::sort(us.begin(), us.end());
        std::printf("pick, %-36s median %7.1f us   p95 %7.1f us   worst %7.1f us   (10,000 clicks, %d hits)\n", name,
                    us[us.size() / 2], us[us.size() * 95 / 100], us.back(), hits);
    }
}
