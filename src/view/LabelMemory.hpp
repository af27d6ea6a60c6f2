#pragma once
// A dense picture's labels while the view pans: placing 2,000 names among 5,000 flows costs
// ~8 ms, a quarter of a frame on software GL, and while the map slides under the pointer the
// answer barely changes. So, as web map engines do, the placement runs every few frames while
// the view only moves, and in between each label moves with its marker; a name that came into
// view waits (hidden) for the next placement, one that would leave the screen hides. Any other
// change (scale, size, day, selection, language) places anew at once; so does a picture of few
// labels, every frame (they cost nothing), which is all an export or a slide ever has.

#include "view/LabelPlacer.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace gb::view {

class LabelMemory {
public:
    static constexpr std::size_t minRequests = 300; //!< fewer labels: placed every frame
    static constexpr int framesKept = 4;            //!< a placement serves this many frames

    //! As placeLabels; `ids` names each request (the same label keeps its id from frame to
    //! frame), `context` everything but the view's position that changes the placement.
    std::vector<LabelPlacement> place(const std::vector<LabelRequest>& requests, const std::vector<std::string>& ids,
                                      const ScreenRect& screen, const LabelObstacles& obstacles, const std::string& context);

    [[nodiscard]] std::size_t placements() const { return placements_; } //!< full placements run

private:
    struct Remembered {
        LabelPlacement placement;
        double dx = 0, dy = 0; //!< the box's corner from the anchor
    };
    std::string context_;
    int age_ = framesKept; //!< frames since the last full placement
    std::unordered_map<std::string, Remembered> byId_;
    std::size_t placements_ = 0;
};

} // namespace gb::view
