#pragma once
// Which feature covers a projected point: the rings that were tessellated (LayerMesh::fillParts,
// each part at most a few hundred points) in a uniform grid, so a query tests only the one or
// two parts near the point. The answer agrees with the triangles that are drawn (the same
// rings, GLU's odd winding rule) and takes a fifth of their memory (10m: ~5 MB, not ~28 MB).

#include "geo/Coordinates.hpp"
#include "mapdata/LayerMesh.hpp"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace gb::mapdata {

class PolygonIndex {
public:
    PolygonIndex() = default;
    //! Copies the mesh's fill rings and parts (the triangles are not needed).
    explicit PolygonIndex(const LayerMesh& mesh) : PolygonIndex(mesh.fillRings, mesh.fillParts) {}
    //! Takes them over.
    explicit PolygonIndex(LayerMesh&& mesh) : PolygonIndex(std::move(mesh.fillRings), std::move(mesh.fillParts)) {}
    PolygonIndex(Polylines rings, std::vector<FillPart> parts);

    //! The feature (index into LayerMesh::features) whose fill contains p, if any; where parts
    //! overlap, the first feature.
    [[nodiscard]] std::optional<std::size_t> featureAt(geo::MapPoint p) const;
    [[nodiscard]] bool empty() const { return parts_.empty(); }
    [[nodiscard]] const geo::MapBox& bounds() const { return bounds_; }

private:
    [[nodiscard]] bool partContains(const FillPart& part, double x, double y) const;
    [[nodiscard]] int columnOf(double x) const;
    [[nodiscard]] int rowOf(double y) const;

    Polylines rings_;
    std::vector<FillPart> parts_;
    std::vector<std::uint32_t> cellStart_; //!< per cell: first entry in cellItems_ (CSR layout)
    std::vector<std::uint32_t> cellItems_; //!< part indices, ascending within a cell
    geo::MapBox bounds_;
    int columns_ = 0, rows_ = 0;
    double cellWidth_ = 1, cellHeight_ = 1;
};

} // namespace gb::mapdata
