#include "view/LabelPlacer.hpp"

#include <algorithm>
#include <numeric>

namespace gb::view {
namespace {

//! Candidate boxes in order of preference: right, left, above, below, then the diagonals.
std::vector<ScreenRect> candidates(const LabelRequest& r) {
    const double gap = r.markerRadius + 3.0;
    const double w = r.textWidth, h = r.textHeight;
    const double x = r.anchor.x, y = r.anchor.y;
    if (r.centred) {
        std::vector<ScreenRect> boxes{{x - w / 2, y - h / 2, w, h}, {x - w / 2, y - 1.5 * h, w, h}, {x - w / 2, y + 0.5 * h, w, h}};
        for (int k = 1; k <= 3 && r.spread > 0; ++k)
            for (const double dx : {-r.spread * k / 3, r.spread * k / 3})
                boxes.push_back({x + dx - w / 2, y - h / 2, w, h});
        return boxes;
    }
    return {
        {x + gap, y - h / 2, w, h},         {x - gap - w, y - h / 2, w, h},
        {x - w / 2, y - gap - h, w, h},     {x - w / 2, y + gap, w, h},
        {x + gap * 0.7, y - gap * 0.7 - h, w, h}, {x - gap * 0.7 - w, y - gap * 0.7 - h, w, h},
        {x + gap * 0.7, y + gap * 0.7, w, h},     {x - gap * 0.7 - w, y + gap * 0.7, w, h},
    };
}

//! Liang-Barsky: whether the segment a-b meets the rectangle.
bool segmentMeets(ScreenPoint a, ScreenPoint b, const ScreenRect& r) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - r.left, r.left + r.width - a.x, a.y - r.top, r.top + r.height - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

bool inside(const ScreenRect& box, const ScreenRect& screen) {
    return box.left >= screen.left && box.top >= screen.top && box.left + box.width <= screen.left + screen.width &&
           box.top + box.height <= screen.top + screen.height;
}

} // namespace

bool lineCrosses(const LineObstacle& line, const ScreenRect& box) {
    const ScreenRect grown{box.left - line.halfWidth, box.top - line.halfWidth, box.width + 2 * line.halfWidth,
                           box.height + 2 * line.halfWidth};
    for (std::size_t i = 1; i < line.points.size(); ++i)
        if (segmentMeets(line.points[i - 1], line.points[i], grown))
            return true;
    return false;
}

std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests, const ScreenRect& screen,
                                        const LabelObstacles& obstacles) {
    std::vector<LabelPlacement> result(requests.size());
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return requests[a].priority > requests[b].priority; });

    // Markers are obstacles for every label (a label never hides another place's dot).
    std::vector<ScreenRect> taken = obstacles.boxes;
    taken.reserve(taken.size() + 2 * requests.size());
    for (const LabelRequest& r : requests)
        taken.push_back({r.anchor.x - r.markerRadius, r.anchor.y - r.markerRadius, 2 * r.markerRadius,
                         2 * r.markerRadius});

    const auto clearOfLines = [&](const ScreenRect& box) {
        return std::none_of(obstacles.lines.begin(), obstacles.lines.end(),
                            [&](const LineObstacle& line) { return lineCrosses(line, box); });
    };
    for (std::size_t index : order) {
        const LabelRequest& r = requests[index];
        const auto boxes = candidates(r);
        // First a place clear of the lines too; else the first clear of labels and boxes.
        for (const bool avoidLines : {true, false}) {
            for (const ScreenRect& box : boxes) {
                if (!inside(box, screen) || (avoidLines && !clearOfLines(box)))
                    continue;
                if (std::none_of(taken.begin(), taken.end(), [&](const ScreenRect& t) { return t.overlaps(box); })) {
                    result[index] = {true, box};
                    taken.push_back(box);
                    break;
                }
            }
            if (result[index].visible)
                break;
        }
    }
    return result;
}

} // namespace gb::view
