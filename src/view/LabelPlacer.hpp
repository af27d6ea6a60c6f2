#pragma once
// Places text labels next to their markers so that no two labels overlap and no label covers
// another marker or an overlay box. Greedy by priority, like most map label engines: important
// names first, each tries a few positions around its marker. A position clear of the story's
// lines and arrowheads is required; a name the caption uses must show, so where nothing next to
// its marker is clear it moves farther out with a leader line, and only as a last resort sits
// across a line. Any other label that fits nowhere is hidden.

#include "view/Camera.hpp"

#include <functional>
#include <memory>
#include <vector>


namespace gb::view {

struct ScreenRect {
    double left = 0, top = 0, width = 0, height = 0;
    [[nodiscard]] bool overlaps(const ScreenRect& o) const {
        return left < o.left + o.width && o.left < left + width && top < o.top + o.height && o.top < top + height;
    }
};

struct LabelRequest {
    ScreenPoint anchor;   //!< the marker's centre
    double markerRadius;  //!< pixels
    double textWidth;     //!< pixels
    double textHeight;    //!< pixels
    int priority;         //!< higher is placed first
    bool centred = false; //!< an area's name: centred on the anchor (or just above or below it)
    double spread = 0;    //!< a centred label may also move this far left or right (a large area)
    bool mustShow = false; //!< the caption names it: farther out with a leader line rather than hidden
    bool mayLeader = true; //!< a place's name may hang on a leader line; a route's label may not
    //! A centred label of a small area (a region's status: "occupied since 2014"): just beside
    //! the area it would seem to name its neighbour, so where its anchor is taken it hangs on a
    //! leader line long enough to be seen (at least its height, 24 px), or is not shown.
    bool leaderWhenMoved = false;
    //! On a leader, may also sit a half line above or below the row left or right of its marker
    //! (a name squeezed between a neighbour's name and a story line): half as many tries again,
    //! worth it for the story's ranked places, not for a dense layer of towns.
    bool offRowLeaders = false;
    std::vector<ScreenPoint> alsoAt{}; //!< further anchors to try, in order, when none fits at `anchor`
};

//! A drawn line a label should not cross: a polyline with its half width, in pixels.
struct LineObstacle {
    std::vector<ScreenPoint> points;
    double halfWidth = 2.0;
};

//! What else is on the picture: boxes no label may cover (overlay panels, arrowheads) and lines
//! labels avoid when they can.
class LineIndex;

struct LabelObstacles {
    std::vector<ScreenRect> boxes;
    std::vector<LineObstacle> lines;
    //! More lines, already indexed (view/LineIndex.hpp) in pixels `indexedOffset` away from the
    //! screen's (index + offset = screen): a dense story's flows, indexed once per redraw of
    //! their picture instead of every frame.
    std::shared_ptr<const LineIndex> indexed;
    ScreenPoint indexedOffset;
    //! Which country a screen point lies in (-1: none, the sea), when known: a place's name
    //! goes on its marker's side of a border where it can (Sudzha's name in Russia, not Ukraine).
    std::function<long(ScreenPoint)> countryAt{};
};

struct LabelPlacement {
    bool visible = false;
    ScreenRect box;      //!< where the text goes (top-left and size), when visible
    bool leader = false; //!< set away from its marker: draw a line from the marker to the box
};

//! One placement per request, in the same order. `screen` bounds the labels (none off screen).
[[nodiscard]] std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests,
                                                      const ScreenRect& screen, const LabelObstacles& obstacles = {});

//! The point of `box` nearest to `p` (where a leader line from a marker meets its label).
[[nodiscard]] ScreenPoint nearestPointOf(const ScreenRect& box, ScreenPoint p);

//! Whether a thick line crosses a box (the line's half width added around the box).
[[nodiscard]] bool lineCrosses(const LineObstacle& line, const ScreenRect& box);

} // namespace gb::view
