#include "view/LineIndex.hpp"

#include "view/ScreenSegments.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {
namespace {
bool touches(const ScreenRect& a, const ScreenRect& b) {
    return !(a.left > b.left + b.width || a.top > b.top + b.height || a.left + a.width < b.left || a.top + a.height < b.top);
}
} // namespace

LineIndex::LineIndex(std::vector<LineObstacle> lines, const ScreenRect& area) : lines_(std::move(lines)), grid_(area, cellPx) {
    for (std::size_t l = 0; l < lines_.size(); ++l) {
        const LineObstacle& line = lines_[l];
        for (std::size_t first = 1; first < line.points.size(); first += segmentsPerPiece) {
            Piece piece{l, first, std::min(first + segmentsPerPiece, line.points.size()), {}};
            double x0 = line.points[first - 1].x, y0 = line.points[first - 1].y, x1 = x0, y1 = y0;
            for (std::size_t i = first; i < piece.end; ++i) {
                const ScreenPoint& p = line.points[i];
                x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
            }
            piece.bounds = {x0 - line.halfWidth, y0 - line.halfWidth, x1 - x0 + 2 * line.halfWidth, y1 - y0 + 2 * line.halfWidth};
            if (touches(piece.bounds, area)) {
                grid_.insert(piece.bounds, static_cast<std::uint32_t>(pieces_.size()));
                pieces_.push_back(piece);
            }
        }
    }
}

bool LineIndex::meetsBox(const ScreenRect& box) const {
    return grid_.any(box, [&](std::uint32_t p) {
        const Piece& piece = pieces_[p];
        if (!piece.bounds.overlaps(box))
            return false;
        const LineObstacle& line = lines_[piece.line];
        const ScreenRect grown{box.left - line.halfWidth, box.top - line.halfWidth, box.width + 2 * line.halfWidth,
                               box.height + 2 * line.halfWidth};
        for (std::size_t i = piece.first; i < piece.end; ++i)
            if (segmentMeets(line.points[i - 1], line.points[i], grown))
                return true;
        return false;
    });
}

bool LineIndex::crossesSegment(ScreenPoint a, ScreenPoint b) const {
    const ScreenRect span{std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)};
    return grid_.any(span, [&](std::uint32_t p) {
        const Piece& piece = pieces_[p];
        const LineObstacle& line = lines_[piece.line];
        for (std::size_t i = piece.first; i < piece.end; ++i)
            if (segmentsCross(a, b, line.points[i - 1], line.points[i]))
                return true;
        return false;
    });
}

} // namespace gb::view
