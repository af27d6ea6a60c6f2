#include "app/LayoutLog.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace gb::app {
namespace {

nlohmann::json box(const view::ScreenRect& r) { return {r.left, r.top, r.width, r.height}; }

nlohmann::json boxes(const std::vector<view::ScreenRect>& rects) {
    nlohmann::json out = nlohmann::json::array();
    for (const view::ScreenRect& r : rects)
        out.push_back(box(r));
    return out;
}

} // namespace

void appendLayout(const std::filesystem::path& logFile, const std::filesystem::path& picture, double width,
                  double height, double metresPerPixel, const std::vector<std::string>& named,
                  const render::FrameLayout& layout) {
    nlohmann::json line{{"picture", picture.string()}, {"named", named}, {"width", width}, {"height", height}};
    line["metresPerPixel"] = metresPerPixel;
    line["overlays"] = boxes(layout.overlays);
    line["arrowheads"] = boxes(layout.flows.boxes);
    line["markers"] = boxes(layout.places.markers);
    line["markerIds"] = layout.places.markerIds;
    nlohmann::json lines = nlohmann::json::array();
    for (const view::LineObstacle& l : layout.flows.lines) {
        nlohmann::json points = nlohmann::json::array();
        for (const view::ScreenPoint& p : l.points)
            points.push_back({p.x, p.y});
        lines.push_back({{"halfWidth", l.halfWidth}, {"points", points}});
    }
    line["lines"] = lines;
    nlohmann::json labels = nlohmann::json::array();
    for (const render::DrawnLabel& l : layout.places.labels)
        labels.push_back({{"text", l.text}, {"box", box(l.box)}, {"place", l.placeId}, {"leader", l.leader}});
    line["labels"] = labels;
    std::ofstream out(logFile, std::ios::app);
    out << line.dump() << '\n';
    if (!out)
        throw std::runtime_error(logFile.string() + ": cannot write the layout log");
}

} // namespace gb::app
