#include "view/LabelPlacer.hpp"

#include "view/LineIndex.hpp"
#include "view/ScreenGrid.hpp"
#include "view/ScreenSegments.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numeric>
#include <optional>

namespace gb::view {
namespace {

std::vector<ScreenRect> candidatesAt(const LabelRequest& r);

//! Candidate boxes in order of preference: around the anchor, then around each further anchor.
std::vector<ScreenRect> candidates(const LabelRequest& r) {
    std::vector<ScreenRect> boxes = candidatesAt(r);
    for (const ScreenPoint& at : r.alsoAt) {
        LabelRequest moved = r;
        moved.anchor = at;
        moved.alsoAt.clear();
        const auto more = candidatesAt(moved);
        boxes.insert(boxes.end(), more.begin(), more.end());
    }
    return boxes;
}

//! Candidate boxes around one anchor in order of preference: right, left, above, below, then
//! the diagonals.
std::vector<ScreenRect> candidatesAt(const LabelRequest& r) {
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

//! Farther out, for a label the caption names when nothing next to its marker is clear: rings
//! of eight positions at these distances from the anchor, nearest first; then, when the request
//! allows (offRowLeaders), at the same distances, left and right a half line higher or lower
//! (the leader meets the label's corner). The label then hangs on a leader line.
std::vector<ScreenRect> leaderCandidates(const LabelRequest& r, std::initializer_list<double> distances) {
    const double w = r.textWidth, h = r.textHeight;
    const double x = r.anchor.x, y = r.anchor.y;
    std::vector<ScreenRect> boxes;
    for (const double d : distances) {
        const double diagonal = d * 0.7;
        boxes.insert(boxes.end(), {{x + d, y - h / 2, w, h},
                                   {x - d - w, y - h / 2, w, h},
                                   {x - w / 2, y - d - h, w, h},
                                   {x - w / 2, y + d, w, h},
                                   {x + diagonal, y - diagonal - h, w, h},
                                   {x - diagonal - w, y - diagonal - h, w, h},
                                   {x + diagonal, y + diagonal, w, h},
                                   {x - diagonal - w, y + diagonal, w, h}});
    }
    for (const double d : distances)
        if (r.offRowLeaders)
            boxes.insert(boxes.end(), {{x + d, y - h, w, h}, {x - d - w, y - h, w, h}, {x + d, y, w, h}, {x - d - w, y, w, h}});
    return boxes;
}

bool inside(const ScreenRect& box, const ScreenRect& screen) {
    return box.left >= screen.left && box.top >= screen.top && box.left + box.width <= screen.left + screen.width &&
           box.top + box.height <= screen.top + screen.height;
}

} // namespace

ScreenPoint nearestPointOf(const ScreenRect& box, ScreenPoint p) {
    return {std::clamp(p.x, box.left, box.left + box.width), std::clamp(p.y, box.top, box.top + box.height)};
}

bool lineCrosses(const LineObstacle& line, const ScreenRect& box) {
    const ScreenRect grown{box.left - line.halfWidth, box.top - line.halfWidth, box.width + 2 * line.halfWidth,
                           box.height + 2 * line.halfWidth};
    for (std::size_t i = 1; i < line.points.size(); ++i)
        if (segmentMeets(line.points[i - 1], line.points[i], grown))
            return true;
    return false;
}

namespace {

//! Greedy placement state: the boxes taken so far (overlay boxes, markers, placed labels).
class Placement {
public:
    Placement(const std::vector<LabelRequest>& requests, const ScreenRect& screen, const LabelObstacles& obstacles)
        : screen_(screen), obstacles_(obstacles), taken_(obstacles.boxes), takenGrid_(screen, gridCellPx),
          lines_(obstacles.lines, screen), leaderGrid_(screen, gridCellPx), requests_(requests) {
        // Markers are obstacles for every label (a label never hides another place's dot). An
        // area's name has no marker: its slot is an empty box off the screen, which no label
        // on it can overlap (its anchor would block the very spot the name is centred on).
        for (const LabelRequest& r : requests)
            taken_.push_back(r.centred ? ScreenRect{screen.left - 1, screen.top - 1, 0, 0}
                                       : ScreenRect{r.anchor.x - r.markerRadius, r.anchor.y - r.markerRadius,
                                                    2 * r.markerRadius, 2 * r.markerRadius});
        for (std::size_t i = 0; i < taken_.size(); ++i)
            takenGrid_.insert(taken_[i], static_cast<std::uint32_t>(i));
    }

    LabelPlacement place(const LabelRequest& r, std::size_t index) {
        if (r.centred && r.leaderWhenMoved)
            return placeOnOrLeadTo(r, index);
        const auto near = candidates(r);
        std::vector<char> free(near.size()); // each box tested once: the side pass and the plain one share it
        for (std::size_t i = 0; i < near.size(); ++i)
            free[i] = isFree(near[i], true);
        // Beside the marker on its own side of a border first, then beside it anywhere.
        const bool anyFree = std::find(free.begin(), free.end(), 1) != free.end();
        const long side = anyFree && !r.centred && obstacles_.countryAt ? obstacles_.countryAt(r.anchor) : -1;
        if (side >= 0)
            for (std::size_t i = 0; i < near.size(); ++i)
                if (free[i] && obstacles_.countryAt({near[i].left + near[i].width / 2, near[i].top + near[i].height / 2}) == side)
                    return take(near[i], false);
        for (std::size_t i = 0; i < near.size(); ++i)
            if (free[i])
                return r.centred ? takeAreaName(near[i], r.textHeight) : take(near[i], false);
        // A place's name may hang on a leader line; an area's name has no marker to hang on.
        if (r.centred || !r.mayLeader)
            return {};
        const double h = r.textHeight;
        if (auto led = onFirstClearLeader(r, index, leaderCandidates(r, {r.markerRadius + 2.0 * h,
                                                                        r.markerRadius + 3.5 * h,
                                                                        r.markerRadius + 5.5 * h})))
            return *led;
        if (!r.mustShow)
            return {};
        if (const auto box = firstFree(near, false)) // across a line: the caption names it
            return take(*box, false);
        return {};
    }

private:
    static constexpr double gridCellPx = 48;
    static constexpr double minimumLeaderPx = 24; //!< shorter, a leader line is not seen as one
    static constexpr double sameSpotPx = 2;       //!< markers nearer than this are drawn as one
    static constexpr double leaderClearancePx = 3; //!< between a leader line and a name it runs along

    //! On its anchor when that is clear; else on a leader line long enough to be seen (a label
    //! just beside a small area reads as its neighbour's), nearest first.
    LabelPlacement placeOnOrLeadTo(const LabelRequest& r, std::size_t index) {
        const ScreenRect on{r.anchor.x - r.textWidth / 2, r.anchor.y - r.textHeight / 2, r.textWidth, r.textHeight};
        if (isFree(on, true))
            return take(on, false);
        const double reach = std::max(r.textHeight, minimumLeaderPx);
        return onFirstClearLeader(r, index, leaderCandidates(r, {reach, 2.0 * reach, 3.5 * reach}))
            .value_or(LabelPlacement{});
    }

    //! The first of `boxes` that is free and reachable by a clear leader line: taken, with the
    //! line kept as an obstacle for the labels after it. A leader running along a story line
    //! close by is taken only when no box has a better one: a name on such a line beats no name
    //! (Vladivostok's, beside the route that starts there, in the overview).
    std::optional<LabelPlacement> onFirstClearLeader(const LabelRequest& r, std::size_t index,
                                                     const std::vector<ScreenRect>& boxes) {
        const ScreenRect* besideALine = nullptr;
        for (const ScreenRect& box : boxes) {
            if (!isFree(box, true))
                continue;
            const Leader leader = leaderTo(r, box, index);
            if (leader == Leader::Clear)
                return takeWithLeader(r, box);
            if (leader == Leader::BesideALine && !besideALine)
                besideALine = &box;
        }
        if (besideALine)
            return takeWithLeader(r, *besideALine);
        return std::nullopt;
    }

    LabelPlacement takeWithLeader(const LabelRequest& r, const ScreenRect& box) {
        const ScreenPoint end = nearestPointOf(box, r.anchor);
        leaderGrid_.insert({std::min(r.anchor.x, end.x), std::min(r.anchor.y, end.y), std::abs(end.x - r.anchor.x),
                            std::abs(end.y - r.anchor.y)},
                           static_cast<std::uint32_t>(leaders_.size()));
        leaders_.push_back({{r.anchor, end}, 1.0});
        return take(box, true);
    }

    //! Whether a story line (this picture's, or the indexed ones) meets the box.
    bool meetsLine(const ScreenRect& box) const {
        if (lines_.meetsBox(box))
            return true;
        if (!obstacles_.indexed)
            return false;
        const ScreenPoint o = obstacles_.indexedOffset;
        return obstacles_.indexed->meetsBox({box.left - o.x, box.top - o.y, box.width, box.height});
    }

    bool crossesLine(ScreenPoint a, ScreenPoint b) const {
        if (lines_.crossesSegment(a, b))
            return true;
        if (!obstacles_.indexed)
            return false;
        const ScreenPoint o = obstacles_.indexedOffset;
        return obstacles_.indexed->crossesSegment({a.x - o.x, a.y - o.y}, {b.x - o.x, b.y - o.y});
    }

    //! The cheap tests first: boxes (markers, labels, panels) are a few per cell, a dense
    //! story's lines dozens.
    bool isFree(const ScreenRect& box, bool avoidLines) const {
        if (!inside(box, screen_))
            return false;
        if (takenGrid_.any(box, [&](std::uint32_t i) { return taken_[i].overlaps(box); }))
            return false;
        // Leader lines already drawn are lines too, and no label goes across them.
        const ScreenRect grown{box.left - 1, box.top - 1, box.width + 2, box.height + 2}; // their half width
        if (leaderGrid_.any(grown, [&](std::uint32_t i) { return lineCrosses(leaders_[i], box); }))
            return false;
        return !(avoidLines && meetsLine(box));
    }

    std::optional<ScreenRect> firstFree(const std::vector<ScreenRect>& boxes, bool avoidLines) const {
        for (const ScreenRect& box : boxes)
            if (isFree(box, avoidLines))
                return box;
        return std::nullopt;
    }

    //! Whether a leader from `r`'s marker may start inside taken_[i], another place's marker
    //! that holds its anchor: when the two are drawn on one spot (centres under 2 px apart: NATO's
    //! headquarters on Brussels), or when that place ranks below this one (Vladivostok's name out
    //! of Ussuriysk's marker; Ussuriysk's name is not led out of Vladivostok's, across the sea).
    [[nodiscard]] bool mayLeadOutOf(std::size_t i, const LabelRequest& r) const {
        const std::size_t first = obstacles_.boxes.size();
        if (i < first || i >= first + requests_.size())
            return false; // not a marker
        const ScreenRect& m = taken_[i];
        const ScreenPoint p = r.anchor;
        if (p.x < m.left || p.x > m.left + m.width || p.y < m.top || p.y > m.top + m.height)
            return false;
        return std::hypot(m.left + m.width / 2 - p.x, m.top + m.height / 2 - p.y) < sameSpotPx ||
               requests_[i - first].priority < r.priority;
    }

    //! What a leader line to a label box would meet.
    enum class Leader {
        Blocked,     //!< a story line, another leader, a label, an overlay box or another marker
        BesideALine, //!< nothing, but it runs along a story line close by
        Clear,
    };

    //! A leader line crosses no story line, other leader line, label, overlay box or other
    //! marker (but see mayLeadOutOf): two leaders crossing make the reader guess which name is
    //! whose. The costliest test (running along a line) last.
    Leader leaderTo(const LabelRequest& r, const ScreenRect& box, std::size_t index) const {
        const ScreenPoint end = nearestPointOf(box, r.anchor);
        // From just outside the marker: the story's lines may well start or end at the place.
        const double dx = end.x - r.anchor.x, dy = end.y - r.anchor.y, length = std::hypot(dx, dy);
        const double skip = std::min(1.0, (r.markerRadius + 1.0) / std::max(length, 1e-9));
        const ScreenPoint start{r.anchor.x + dx * skip, r.anchor.y + dy * skip};
        if (crossesLine(start, end))
            return Leader::Blocked;
        const ScreenRect reach{std::min(r.anchor.x, end.x), std::min(r.anchor.y, end.y), std::abs(dx), std::abs(dy)};
        if (leaderGrid_.any(reach, [&](std::uint32_t i) {
                return segmentsCross(start, end, leaders_[i].points.front(), leaders_[i].points.back());
            }))
            return Leader::Blocked;
        if (meetsTakenBox(r, end, index))
            return Leader::Blocked;
        // Running along a line close by (Kazan's name led off beside the route through it),
        // tested from a little farther out, where a line through the marker at a fair angle
        // (over ~16 degrees) has moved away.
        const double off = leaderClearancePx + 1.0;
        return runsAlongALine(r.anchor, end, r.markerRadius + 1.0 + 2 * off, off,
                              [&](ScreenPoint a, ScreenPoint b) { return crossesLine(a, b); })
                   ? Leader::BesideALine
                   : Leader::Clear;
    }

    //! Whether the leader from r's marker to `end` meets a taken box: a label, an overlay box or
    //! another marker (but see mayLeadOutOf).
    bool meetsTakenBox(const LabelRequest& r, ScreenPoint end, std::size_t index) const {
        const double c = leaderClearancePx, dx = end.x - r.anchor.x, dy = end.y - r.anchor.y;
        const ScreenRect span{std::min(r.anchor.x, end.x) - c, std::min(r.anchor.y, end.y) - c, std::abs(dx) + 2 * c,
                              std::abs(dy) + 2 * c};
        const std::size_t ownMarker = obstacles_.boxes.size() + index;
        const std::size_t firstLabel = obstacles_.boxes.size() + requests_.size();
        return takenGrid_.any(span, [&](std::uint32_t i) {
            if (i == ownMarker || mayLeadOutOf(i, r))
                return false;
            const ScreenRect& t = taken_[i];
            if (i < firstLabel)
                return segmentMeets(r.anchor, end, t);
            // A leader running along another name just above or below it reads as its underline:
            // names keep a margin above and below from a leader within ~27 degrees of their
            // lines. A leader may still start just below a name (Crimea's status below Kursk's),
            // rise beside its end (NATO HQ's beside Brussels') or pass a corner on a slant.
            const double cy = std::abs(dy) <= 0.5 * std::abs(dx) ? c : 0.0;
            return segmentMeets(r.anchor, end, {t.left, t.top - cy, t.width, t.height + 2 * cy});
        });
    }

    //! `box` placed; `reserved` (the box, or more) kept from the labels after it.
    LabelPlacement take(const ScreenRect& box, bool leader, std::optional<ScreenRect> reserved = std::nullopt) {
        const ScreenRect kept = reserved.value_or(box);
        takenGrid_.insert(kept, static_cast<std::uint32_t>(taken_.size()));
        taken_.push_back(kept);
        return {true, box, leader};
    }

    //! An area's name keeps half a line's height clear on its sides: two names on one baseline
    //! a letter apart ("SPAIN FRANCE") read as one name.
    LabelPlacement takeAreaName(const ScreenRect& box, double textHeight) {
        const double side = textHeight / 2;
        return take(box, false, ScreenRect{box.left - side, box.top, box.width + 2 * side, box.height});
    }

    ScreenRect screen_;
    const LabelObstacles& obstacles_;
    std::vector<ScreenRect> taken_; //!< overlay boxes, then markers (in request order), then labels
    ScreenGrid takenGrid_;          //!< of taken_
    LineIndex lines_;               //!< obstacles_.lines, on screen
    std::vector<LineObstacle> leaders_;
    ScreenGrid leaderGrid_; //!< of leaders_, by the boxes around them
    const std::vector<LabelRequest>& requests_; //!< their markers follow the overlay boxes in taken_
};

} // namespace

std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests, const ScreenRect& screen,
                                        const LabelObstacles& obstacles) {
    std::vector<LabelPlacement> result(requests.size());
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return requests[a].priority > requests[b].priority; });
    Placement placement(requests, screen, obstacles);
    for (std::size_t index : order)
        result[index] = placement.place(requests[index], index);
    return result;
}

} // namespace gb::view
