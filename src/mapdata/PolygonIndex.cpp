#include "mapdata/PolygonIndex.hpp"

#include <algorithm>
#include <cmath>

namespace gb::mapdata {

PolygonIndex::PolygonIndex(Polylines rings, std::vector<FillPart> parts)
    : rings_(std::move(rings)), parts_(std::move(parts)) {
    if (parts_.empty())
        return;
    for (const FillPart& part : parts_)
        bounds_.add(part.bounds);
    // About four cells per part: parts are compact (big polygons are cut into pieces of at
    // most a few hundred points), so most cells hold one or two of them.
    const double cells = std::max(1.0, 4.0 * static_cast<double>(parts_.size()));
    const double aspect = std::max(bounds_.width(), 1.0) / std::max(bounds_.height(), 1.0);
    columns_ = std::clamp(static_cast<int>(std::sqrt(cells * aspect)), 1, 4096);
    rows_ = std::clamp(static_cast<int>(cells / columns_), 1, 4096);
    cellWidth_ = std::max(bounds_.width(), 1.0) / columns_;
    cellHeight_ = std::max(bounds_.height(), 1.0) / rows_;

    // Two passes (count, then fill) give a compact CSR layout.
    std::vector<std::uint32_t> counts(static_cast<std::size_t>(columns_) * rows_ + 1, 0);
    const auto forEachCell = [&](const FillPart& part, auto&& visit) {
        const int c0 = columnOf(part.bounds.minX), c1 = columnOf(part.bounds.maxX);
        const int r0 = rowOf(part.bounds.minY), r1 = rowOf(part.bounds.maxY);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                visit(static_cast<std::size_t>(r) * columns_ + c);
    };
    for (const FillPart& part : parts_)
        forEachCell(part, [&](std::size_t cell) { ++counts[cell + 1]; });
    for (std::size_t i = 1; i < counts.size(); ++i)
        counts[i] += counts[i - 1];
    cellStart_ = counts;
    cellItems_.resize(counts.back());
    std::vector<std::uint32_t> next(counts.begin(), counts.end() - 1);
    for (std::uint32_t i = 0; i < parts_.size(); ++i)
        forEachCell(parts_[i], [&](std::size_t cell) { cellItems_[next[cell]++] = i; });
}

int PolygonIndex::columnOf(double x) const {
    return std::clamp(static_cast<int>((x - bounds_.minX) / cellWidth_), 0, columns_ - 1);
}

int PolygonIndex::rowOf(double y) const {
    return std::clamp(static_cast<int>((y - bounds_.minY) / cellHeight_), 0, rows_ - 1);
}

bool PolygonIndex::partContains(const FillPart& part, double x, double y) const {
    // Crossing number: a ray from the point to +x crosses an odd number of edges when inside.
    bool inside = false;
    for (std::uint32_t r = part.firstRing; r < part.endRing; ++r) {
        const MeshPoint* p = rings_.points.data() + rings_.starts[r];
        const std::uint32_t n = rings_.starts[r + 1] - rings_.starts[r];
        for (std::uint32_t i = 0, j = n - 1; i < n; j = i++) {
            const double yi = p[i].y, yj = p[j].y;
            if ((yi > y) == (yj > y))
                continue;
            const double xCross = p[i].x + (double(p[j].x) - p[i].x) * (y - yi) / (yj - yi);
            if (x < xCross)
                inside = !inside;
        }
    }
    return inside;
}

std::optional<std::size_t> PolygonIndex::featureAt(geo::MapPoint p) const {
    if (parts_.empty() || p.x < bounds_.minX || p.x > bounds_.maxX || p.y < bounds_.minY || p.y > bounds_.maxY)
        return std::nullopt;
    const std::size_t cell = static_cast<std::size_t>(rowOf(p.y)) * columns_ + columnOf(p.x);
    for (std::uint32_t k = cellStart_[cell]; k < cellStart_[cell + 1]; ++k) {
        const FillPart& part = parts_[cellItems_[k]];
        if (part.bounds.contains(p) && partContains(part, p.x, p.y))
            return part.feature;
    }
    return std::nullopt;
}

} // namespace gb::mapdata
