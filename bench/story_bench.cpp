// Prints how long loading and validating the default story takes, and building its flow paths:
// median and p95 over many runs. Usage: geobrief_story_bench [runs]
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

namespace {
double millis(const std::function<void()>& work) {
    const auto t0 = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void report(const std::string& name, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    std::printf("%-40s median %8.2f ms   p95 %8.2f ms   (n=%zu)\n", name.c_str(), ms[ms.size() / 2],
                ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.95))], ms.size());
}
} // namespace

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
