#include "view/Picker.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gb::view {
namespace {

double segmentDistance(ScreenPoint p, ScreenPoint a, ScreenPoint b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

//! The drawn part of a leg (as far as story time has drawn it), in projected metres.
std::vector<std::vector<geo::MapPoint>> drawnPieces(const LegPath& leg, double storyDay) {
    const double progress = legProgress(leg, storyDay);
    std::vector<std::vector<geo::MapPoint>> out;
    double budget = progress * leg.length;
    for (const auto& piece : leg.pieces) {
        if (budget <= 0)
            break;
        std::vector<geo::MapPoint> part{piece.front()};
        for (std::size_t i = 1; i < piece.size() && budget > 0; ++i) {
            const double seg = std::hypot(piece[i].x - piece[i - 1].x, piece[i].y - piece[i - 1].y);
            if (seg <= budget) {
                part.push_back(piece[i]);
            } else {
                const double t = budget / seg;
                part.push_back({piece[i - 1].x + (piece[i].x - piece[i - 1].x) * t,
                                piece[i - 1].y + (piece[i].y - piece[i - 1].y) * t});
            }
            budget -= seg;
        }
        out.push_back(std::move(part));
    }
    return out;
}

} // namespace

double distanceToPath(const std::vector<geo::MapPoint>& path, const Camera& camera, ScreenPoint at) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < path.size(); ++i)
        best = std::min(best, segmentDistance(at, camera.toScreen(path[i - 1]), camera.toScreen(path[i])));
    return best;
}

PickItem pick(const PickScene& scene, const Camera& camera, ScreenPoint at) {
    // 1. Markers: the nearest within the radius.
    double best = scene.markerRadiusPx;
    std::optional<std::size_t> place;
    for (std::size_t i = 0; i < scene.places.size(); ++i) {
        if (!scene.places[i])
            continue;
        const ScreenPoint s = camera.toScreen(*scene.places[i]);
        const double d = std::hypot(s.x - at.x, s.y - at.y);
        if (d <= best) {
            best = d;
            place = i;
        }
    }
    if (place)
        return {PickItem::Kind::Place, *place};
    // 2. Flows: the nearest drawn path within reach.
    if (scene.flows) {
        best = scene.flowReachPx;
        std::optional<std::size_t> flow;
        for (const FlowGeometry& f : *scene.flows)
            for (const LegPath& leg : f.legs)
                for (const auto& piece : drawnPieces(leg, scene.storyDay)) {
                    const double d = distanceToPath(piece, camera, at);
                    if (d <= best) {
                        best = d;
                        flow = f.flow;
                    }
                }
        if (flow)
            return {PickItem::Kind::Flow, *flow};
    }
    // 3. Regions over 4. countries.
    const geo::MapPoint m = camera.toMap(at);
    if (scene.regionAt)
        if (auto r = scene.regionAt(m))
            return {PickItem::Kind::Region, *r};
    if (scene.countryAt)
        if (auto c = scene.countryAt(m))
            return {PickItem::Kind::Country, *c};
    return {};
}

} // namespace gb::view
