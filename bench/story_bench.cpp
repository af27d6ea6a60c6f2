// Prints how long loading and validating the default story takes, and building its flow paths:
// median and p95 over many runs. Usage: geobrief_story_bench [runs]
#include "BenchTiming.hpp"
#include "geo/Projection.hpp"
#include "story/StoryLoader.hpp"
#include "view/FlowGeometry.hpp"

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
    const int runs = argc > 1 ? std::atoi(argv[1]) * 10 : 50;
    const std::filesystem::path file = std::filesystem::path(GEOBRIEF_DATA_DIR) / "assets/stories/eu-japan-dprk.json";
    std::vector<double> load, flows;
    story::Story s;
    for (int i = 0; i < runs; ++i)
        load.push_back(millis([&] { s = story::loadStory(file); }));
    report("story load + validation", load);
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    for (int i = 0; i < runs; ++i)
        flows.push_back(millis([&] { (void)view::buildFlowGeometry(s, lambert); }));
    report("flow paths (geodesics, arcs, projection)", flows);
}
