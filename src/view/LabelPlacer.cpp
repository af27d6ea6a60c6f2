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
    return {
        {x + gap, y - h / 2, w, h},         {x - gap - w, y - h / 2, w, h},
        {x - w / 2, y - gap - h, w, h},     {x - w / 2, y + gap, w, h},
        {x + gap * 0.7, y - gap * 0.7 - h, w, h}, {x - gap * 0.7 - w, y - gap * 0.7 - h, w, h},
        {x + gap * 0.7, y + gap * 0.7, w, h},     {x - gap * 0.7 - w, y + gap * 0.7, w, h},
    };
}

bool inside(const ScreenRect& box, const ScreenRect& screen) {
    return box.left >= screen.left && box.top >= screen.top && box.left + box.width <= screen.left + screen.width &&
           box.top + box.height <= screen.top + screen.height;
}

} // namespace

std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests, const ScreenRect& screen) {
    std::vector<LabelPlacement> result(requests.size());
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return requests[a].priority > requests[b].priority; });

    // Markers are obstacles for every label (a label never hides another place's dot).
    std::vector<ScreenRect> taken;
    taken.reserve(requests.size());
    for (const LabelRequest& r : requests)
        taken.push_back({r.anchor.x - r.markerRadius, r.anchor.y - r.markerRadius, 2 * r.markerRadius,
                         2 * r.markerRadius});

    for (std::size_t index : order) {
        const LabelRequest& r = requests[index];
        for (const ScreenRect& box : candidates(r)) {
            if (!inside(box, screen))
                continue;
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const ScreenRect& t) { return t.overlaps(box); });
            if (free) {
                result[index] = {true, box};
                taken.push_back(box);
                break;
            }
        }
    }
    return result;
}

} // namespace gb::view
