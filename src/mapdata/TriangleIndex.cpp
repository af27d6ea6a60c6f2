#include "mapdata/TriangleIndex.hpp"

#include <algorithm>
#include <cmath>

namespace gb::mapdata {
namespace {
double cross(MeshPoint a, MeshPoint b, double x, double y) {
    return (double(b.x) - a.x) * (y - a.y) - (double(b.y) - a.y) * (x - a.x);
}
} // namespace

TriangleIndex::TriangleIndex(const LayerMesh& mesh) {
    for (std::size_t f = 0; f < mesh.features.size(); ++f)
        for (std::uint32_t i = mesh.features[f].fillBegin; i + 2 < mesh.features[f].fillEnd + 1u && i + 2 < mesh.fill.size(); i += 3)
            triangles_.push_back({mesh.fill[i], mesh.fill[i + 1], mesh.fill[i + 2], static_cast<std::uint32_t>(f)});
    if (triangles_.empty())
        return;
    for (const Triangle& t : triangles_)
        for (MeshPoint p : {t.a, t.b, t.c})
            bounds_.add(geo::MapPoint{p.x, p.y});
    // About two triangles per cell on average keeps both memory and lookups small.
    const double cells = std::max(1.0, triangles_.size() / 2.0);
    const double aspect = std::max(bounds_.width(), 1.0) / std::max(bounds_.height(), 1.0);
    columns_ = std::clamp(static_cast<int>(std::sqrt(cells * aspect)), 1, 4096);
    rows_ = std::clamp(static_cast<int>(cells / columns_), 1, 4096);
    cellWidth_ = std::max(bounds_.width(), 1.0) / columns_;
    cellHeight_ = std::max(bounds_.height(), 1.0) / rows_;

    // Two passes (count, then fill) give a compact CSR layout.
    std::vector<std::uint32_t> counts(static_cast<std::size_t>(columns_) * rows_ + 1, 0);
    const auto forEachCell = [&](const Triangle& t, auto&& visit) {
        const double minX = std::min({t.a.x, t.b.x, t.c.x}), maxX = std::max({t.a.x, t.b.x, t.c.x});
        const double minY = std::min({t.a.y, t.b.y, t.c.y}), maxY = std::max({t.a.y, t.b.y, t.c.y});
        const int c0 = std::clamp(static_cast<int>((minX - bounds_.minX) / cellWidth_), 0, columns_ - 1);
        const int c1 = std::clamp(static_cast<int>((maxX - bounds_.minX) / cellWidth_), 0, columns_ - 1);
        const int r0 = std::clamp(static_cast<int>((minY - bounds_.minY) / cellHeight_), 0, rows_ - 1);
        const int r1 = std::clamp(static_cast<int>((maxY - bounds_.minY) / cellHeight_), 0, rows_ - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                visit(static_cast<std::size_t>(r) * columns_ + c);
    };
    for (const Triangle& t : triangles_)
        forEachCell(t, [&](std::size_t cell) { ++counts[cell + 1]; });
    for (std::size_t i = 1; i < counts.size(); ++i)
        counts[i] += counts[i - 1];
    cellStart_ = counts;
    cellItems_.resize(counts.back());
    std::vector<std::uint32_t> fill(counts.begin(), counts.end() - 1);
    for (std::uint32_t i = 0; i < triangles_.size(); ++i)
        forEachCell(triangles_[i], [&](std::size_t cell) { cellItems_[fill[cell]++] = i; });
}

std::size_t TriangleIndex::cellOf(double x, double y) const {
    const int c = std::clamp(static_cast<int>((x - bounds_.minX) / cellWidth_), 0, columns_ - 1);
    const int r = std::clamp(static_cast<int>((y - bounds_.minY) / cellHeight_), 0, rows_ - 1);
    return static_cast<std::size_t>(r) * columns_ + c;
}

std::optional<std::size_t> TriangleIndex::featureAt(geo::MapPoint p) const {
    if (triangles_.empty() || p.x < bounds_.minX || p.x > bounds_.maxX || p.y < bounds_.minY || p.y > bounds_.maxY)
        return std::nullopt;
    const std::size_t cell = cellOf(p.x, p.y);
    for (std::uint32_t k = cellStart_[cell]; k < cellStart_[cell + 1]; ++k) {
        const Triangle& t = triangles_[cellItems_[k]];
        const double d1 = cross(t.a, t.b, p.x, p.y), d2 = cross(t.b, t.c, p.x, p.y), d3 = cross(t.c, t.a, p.x, p.y);
        const bool hasNegative = d1 < 0 || d2 < 0 || d3 < 0, hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
        if (!(hasNegative && hasPositive))
            return t.feature;
    }
    return std::nullopt;
}

} // namespace gb::mapdata
