#pragma once
// A uniform grid over the screen for the label placer: which boxes and line pieces lie near a
// candidate label, so that each test looks at its neighbours only. Without it, placing 2,000
// place names among 5,000 flows compared every candidate with every line: ~300 ms a frame.
// Conservative: anything whose box touches a cell is listed in it, and a box outside the grid's
// area is listed in the border cells, so a query never misses what a full scan would find.

#include "view/LabelPlacer.hpp"

#include <cstdint>
#include <vector>

namespace gb::view {

class ScreenGrid {
public:
    ScreenGrid(const ScreenRect& area, double cellPx);

    //! Lists `item` in every cell `box` touches.
    void insert(const ScreenRect& box, std::uint32_t item);

    //! Calls test(item) for the items listed in the cells `box` touches (an item may come more
    //! than once) until one returns true; returns whether one did.
    template <typename Test> bool any(const ScreenRect& box, Test&& test) const {
        const CellRange r = cellsOf(box);
        for (int y = r.y0; y <= r.y1; ++y)
            for (int x = r.x0; x <= r.x1; ++x)
                for (const std::uint32_t item : cells_[static_cast<std::size_t>(y) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(x)])
                    if (test(item))
                        return true;
        return false;
    }

private:
    struct CellRange {
        int x0, y0, x1, y1;
    };
    [[nodiscard]] CellRange cellsOf(const ScreenRect& box) const;

    ScreenRect area_;
    double cell_;
    int columns_, rows_;
    std::vector<std::vector<std::uint32_t>> cells_;
};

} // namespace gb::view
