// Prints how long loading and meshing take per level of detail and projection: median and p95
// over several runs. Usage: geobrief_mesh_bench [runs]
#include "BenchTiming.hpp"
#include "geo/Projection.hpp"
#include "mapdata/DetailLevel.hpp"
#include "mapdata/LayerMesh.hpp"
#include "mapdata/PolygonLoader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

using namespace gb;

using bench::millis;
using bench::report;

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
    const std::filesystem::path shapes = std::filesystem::path(GEOBRIEF_DATA_DIR) / "shapes";
    for (mapdata::DetailLevel level : mapdata::allDetailLevels) {
        const auto file = *mapdata::ShapeSource(shapes, "countries").fileFor(level);
        std::vector<double> load;
        mapdata::FeatureCollection features;
        for (int i = 0; i < runs; ++i)
            load.push_back(millis([&] { features = mapdata::loadPolygons(file); }));
        report("load countries-" + std::string(mapdata::suffix(level)), load);
        for (geo::ProjectionKind kind : geo::allProjectionKinds()) {
            const geo::Projection projection(geo::ProjectionSpec{kind, {80.0, 45.0}});
            std::vector<double> mesh;
            std::size_t triangles = 0;
            for (int i = 0; i < runs; ++i)
                mesh.push_back(millis([&] { triangles = mapdata::buildLayerMesh(features, projection).fill.size() / 3; }));
            report("mesh " + std::string(mapdata::suffix(level)) + " " + std::string(geo::cliName(kind)) + " (" +
                       std::to_string(triangles / 1000) + "k tri)",
                   mesh);
        }
    }
}
