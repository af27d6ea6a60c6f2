#include "view/Tooltip.hpp"

#include <algorithm>

namespace gb::view {

std::string oneLineSummary(const Details& d, std::size_t maxChars) {
    std::string headline = d.text;
    // The first sentence: up to a full stop followed by a space (not "Oct. 1" style: the
    // stories write dates without stops).
    if (const std::size_t stop = headline.find(". "); stop != std::string::npos)
        headline = headline.substr(0, stop + 1);
    if (headline.size() > maxChars) {
        std::size_t cut = headline.rfind(' ', maxChars);
        if (cut == std::string::npos || cut < maxChars / 2)
            cut = maxChars;
        headline = headline.substr(0, cut) + "...";
    }
    // The text of a dated item often starts with its date already ("28 Oct 2024: ...").
    if (d.dates.empty() || headline.rfind(d.dates, 0) == 0)
        return headline.empty() ? d.kind : headline;
    return headline.empty() ? d.dates : d.dates + ": " + headline;
}

ScreenRect placeTooltip(ScreenPoint pointer, double width, double height, const std::vector<ScreenRect>& avoid,
                        double windowWidth, double windowHeight, const std::vector<ScreenRect>& rather) {
    constexpr double dx = 18, dy = 22; // clear of the pointer's arrow
    const ScreenRect candidates[] = {
        {pointer.x + dx, pointer.y + dy, width, height},
        {pointer.x - dx - width, pointer.y + dy, width, height},
        {pointer.x + dx, pointer.y - dy - height, width, height},
        {pointer.x - dx - width, pointer.y - dy - height, width, height},
    };
    const auto inside = [&](const ScreenRect& r) {
        return r.left >= 0 && r.top >= 0 && r.left + r.width <= windowWidth && r.top + r.height <= windowHeight;
    };
    const auto covered = [](const ScreenRect& c, const std::vector<ScreenRect>& boxes) {
        return std::count_if(boxes.begin(), boxes.end(), [&](const ScreenRect& b) { return b.overlaps(c); });
    };
    const ScreenRect* best = nullptr;
    long bestScore = 0;
    for (const ScreenRect& c : candidates) {
        if (!inside(c))
            continue;
        const long score = 1000 * covered(c, avoid) + covered(c, rather);
        if (!best || score < bestScore) {
            best = &c;
            bestScore = score;
        }
    }
    if (best)
        return *best;
    ScreenRect r = candidates[0]; // a tooltip bigger than the window's corner: kept on screen
    r.left = std::clamp(r.left, 0.0, std::max(0.0, windowWidth - width));
    r.top = std::clamp(r.top, 0.0, std::max(0.0, windowHeight - height));
    return r;
}

} // namespace gb::view
