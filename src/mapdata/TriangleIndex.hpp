#pragma once
// Which feature covers a projected point: the tessellated fill (holes already cut out, so the
// answer is exact) in a uniform grid, so a query tests only the few triangles near the point.

#include "geo/Coordinates.hpp"
#include "mapdata/LayerMesh.hpp"

#include <optional>
#include <vector>

namespace gb::mapdata {

class TriangleIndex {
public:
    TriangleIndex() = default;
    //! Indexes mesh.fill; the feature of a triangle comes from mesh.features' fill ranges.
    explicit TriangleIndex(const LayerMesh& mesh);

    //! The feature (index into LayerMesh::features) whose fill contains p, if any.
    [[nodiscard]] std::optional<std::size_t> featureAt(geo::MapPoint p) const;
    [[nodiscard]] bool empty() const { return triangles_.empty(); }
    [[nodiscard]] const geo::MapBox& bounds() const { return bounds_; }

private:
    struct Triangle {
        MeshPoint a, b, c;
        std::uint32_t feature;
    };
    [[nodiscard]] std::size_t cellOf(double x, double y) const;

    std::vector<Triangle> triangles_;
    std::vector<std::uint32_t> cellStart_; //!< per cell: first entry in cellItems_ (CSR layout)
    std::vector<std::uint32_t> cellItems_; //!< triangle indices
    geo::MapBox bounds_;
    int columns_ = 0, rows_ = 0;
    double cellWidth_ = 1, cellHeight_ = 1;
};

} // namespace gb::mapdata
