#include "view/ScreenGrid.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {
namespace {
int cellIndex(double offset, double cell, int count) {
    const double i = std::floor(offset / cell);
    if (std::isnan(i))
        return 0;
    return static_cast<int>(std::clamp(i, 0.0, static_cast<double>(count - 1))); // far outside: the border cell
}
} // namespace

ScreenGrid::ScreenGrid(const ScreenRect& area, double cellPx)
    : area_(area), cell_(cellPx), columns_(std::max(1, static_cast<int>(std::ceil(area.width / cellPx)))),
      rows_(std::max(1, static_cast<int>(std::ceil(area.height / cellPx)))),
      cells_(static_cast<std::size_t>(columns_ * rows_)) {}

ScreenGrid::CellRange ScreenGrid::cellsOf(const ScreenRect& box) const {
    // One pixel more on each side: a piece that only touches the box's edge is still listed.
    return {cellIndex(box.left - 1 - area_.left, cell_, columns_), cellIndex(box.top - 1 - area_.top, cell_, rows_),
            cellIndex(box.left + box.width + 1 - area_.left, cell_, columns_),
            cellIndex(box.top + box.height + 1 - area_.top, cell_, rows_)};
}

void ScreenGrid::insert(const ScreenRect& box, std::uint32_t item) {
    const CellRange r = cellsOf(box);
    for (int y = r.y0; y <= r.y1; ++y)
        for (int x = r.x0; x <= r.x1; ++x)
            cells_[static_cast<std::size_t>(y) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(x)].push_back(item);
}

} // namespace gb::view
