#include "view/LabelMemory.hpp"

namespace gb::view {
namespace {
bool fitsOn(const ScreenRect& box, const ScreenRect& screen) {
    return box.left >= screen.left && box.top >= screen.top && box.left + box.width <= screen.left + screen.width &&
           box.top + box.height <= screen.top + screen.height;
}
} // namespace

std::vector<LabelPlacement> LabelMemory::place(const std::vector<LabelRequest>& requests,
                                               const std::vector<std::string>& ids, const ScreenRect& screen,
                                               const LabelObstacles& obstacles, const std::string& context) {
    if (requests.size() < minRequests)
        return placeLabels(requests, screen, obstacles);
    if (context == context_ && ++age_ < framesKept) {
        std::vector<LabelPlacement> moved(requests.size());
        for (std::size_t i = 0; i < requests.size(); ++i) {
            const auto known = byId_.find(ids[i]);
            if (known == byId_.end() || !known->second.placement.visible)
                continue;
            LabelPlacement p = known->second.placement;
            p.box.left = requests[i].anchor.x + known->second.dx;
            p.box.top = requests[i].anchor.y + known->second.dy;
            if (fitsOn(p.box, screen))
                moved[i] = p;
        }
        return moved;
    }
    std::vector<LabelPlacement> placed = placeLabels(requests, screen, obstacles);
    ++placements_;
    context_ = context;
    age_ = 0;
    byId_.clear();
    for (std::size_t i = 0; i < requests.size(); ++i)
        byId_[ids[i]] = {placed[i], placed[i].box.left - requests[i].anchor.x, placed[i].box.top - requests[i].anchor.y};
    return placed;
}

} // namespace gb::view
