#pragma once
// The lines labels keep clear of, cut into pieces of a few segments and listed on a screen grid,
// so that a label's candidate box is tested against the pieces near it only. Built per frame by
// the label placer for a picture's lines, or once by whoever draws lines that then only move as
// a whole (a dense story's cached flows), and queried at an offset.

#include "view/LabelPlacer.hpp"
#include "view/ScreenGrid.hpp"

#include <vector>

namespace gb::view {

class LineIndex {
public:
    //! Pieces outside `area` are left out: no query reaches them.
    LineIndex(std::vector<LineObstacle> lines, const ScreenRect& area);

    //! Whether a line (with its half width) meets the box.
    [[nodiscard]] bool meetsBox(const ScreenRect& box) const;
    //! Whether the segment a-b crosses a line's centre line.
    [[nodiscard]] bool crossesSegment(ScreenPoint a, ScreenPoint b) const;
    [[nodiscard]] const std::vector<LineObstacle>& lines() const { return lines_; }

private:
    static constexpr std::size_t segmentsPerPiece = 8;
    static constexpr double cellPx = 48;

    //! Segments (first - 1, first) ... (end - 2, end - 1) of one line.
    struct Piece {
        std::size_t line, first, end;
        ScreenRect bounds; //!< grown by the line's half width
    };

    std::vector<LineObstacle> lines_;
    std::vector<Piece> pieces_;
    ScreenGrid grid_;
};

} // namespace gb::view
