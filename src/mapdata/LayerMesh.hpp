#pragma once
// Features turned into drawable geometry for one projection: triangles for fills and polylines
// for outlines, in projected metres. Built once per projection, never per frame.

#include "geo/Coordinates.hpp"
#include "geo/Projection.hpp"
#include "mapdata/Features.hpp"
#include "mapdata/Tessellator.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace gb::mapdata {

//! Many polylines in one buffer: line i is points[starts[i] .. starts[i+1]).
struct Polylines {
    std::vector<MeshPoint> points;
    std::vector<std::uint32_t> starts{0};

    [[nodiscard]] std::size_t count() const { return starts.size() - 1; }
    void append(const std::vector<MeshPoint>& line) {
        points.insert(points.end(), line.begin(), line.end());
        starts.push_back(static_cast<std::uint32_t>(points.size()));
    }
};

struct FeatureMesh {
    std::uint32_t fillBegin = 0; //!< first point of its triangles in LayerMesh::fill
    std::uint32_t fillEnd = 0;
    std::uint32_t lineBegin = 0; //!< first of its polylines in LayerMesh::outlines
    std::uint32_t lineEnd = 0;
    geo::MapBox bounds;          //!< projected metres; empty when nothing of it is visible
};

//! A run of fill triangles from one tessellated part (at most ~500 points of one polygon), with
//! its bounds: drawing can skip what is off screen.
struct FillChunk {
    std::uint32_t begin = 0; //!< first point in LayerMesh::fill
    std::uint32_t end = 0;
    geo::MapBox bounds;
};

//! One tessellated part (a polygon, or a piece of a big one cut to tessellate it fast) as the
//! rings that went into the tessellator: a point lies in the part's fill when it is inside an
//! odd number of them (GLU's odd winding rule). Picking tests points against these rings: a
//! fifth of the memory the triangles take.
struct FillPart {
    std::uint32_t feature = 0;   //!< index into LayerMesh::features
    std::uint32_t firstRing = 0; //!< rings [firstRing, endRing) of LayerMesh::fillRings
    std::uint32_t endRing = 0;
    geo::MapBox bounds;          //!< projected metres
};

struct LayerMesh {
    std::vector<MeshPoint> fill;      //!< triangles, three points each
    std::vector<FillChunk> fillChunks; //!< fill in order, each run with its bounds
    Polylines outlines;               //!< every ring's visible edges, seam artefacts removed
    std::vector<FeatureMesh> features; //!< parallel to FeatureCollection::features
    Polylines fillRings;              //!< closed rings (last point not repeated), projected
    std::vector<FillPart> fillParts;  //!< in feature order
    int failedPolygons = 0;           //!< polygons GLU could not tessellate (left unfilled)
};

//! For one picture of known scale and extent, or one area, less work.
struct MeshOptions {
    //! Drop the points of each ring that lie closer than this (projected metres) to the
    //! simplified ring (Simplify.hpp): half a pixel, say. 0 keeps every point.
    double simplifyMetres = 0.0;
    //! Leave out polygons whose projected outer ring lies wholly outside this box (the picture
    //! with a margin). Features stay, possibly with nothing in them, so indexes keep matching.
    std::optional<geo::MapBox> onlyWithin;
    //! Build only what lies inside these lon/lat boxes (each west < east; none: everything):
    //! rings are cut to them and outlines end at them. The window's 10m level is built around
    //! the view this way (two boxes when the view is across the antimeridian).
    std::vector<geo::LonLatBox> clipTo;
};

//! Clips every ring to the projection's domain, projects it and tessellates it.
[[nodiscard]] LayerMesh buildLayerMesh(const FeatureCollection& features, const geo::Projection& projection,
                                       const MeshOptions& options = {});

//! The same, with the features shared out over `workers` threads (each with its own PROJ
//! transformation; PROJ objects are not thread-safe). The result is identical.
[[nodiscard]] LayerMesh buildLayerMeshParallel(const FeatureCollection& features, const geo::ProjectionSpec& projection,
                                               unsigned workers, const MeshOptions& options = {});

//! Clips and projects open lines (graticule, paths), dropping the points closer than
//! `simplifyMetres` to the simplified line (a meridian of a conic projection keeps its two ends).
[[nodiscard]] Polylines projectLines(const std::vector<geo::LonLatPath>& lines, const geo::Projection& projection,
                                     double simplifyMetres = 0.0);

//! The projection's domain outline, tessellated: the area of the map that is sea.
[[nodiscard]] std::vector<MeshPoint> buildDomainFill(const geo::Projection& projection);

//! Everything around the domain out to ten world sizes, tessellated: drawn in the background
//! colour over a target cleared to the sea colour. Filling the sea by clearing costs a memset;
//! as triangles it cost software GL 12-18 ms per frame.
[[nodiscard]] std::vector<MeshPoint> buildOutsideDomainFill(const geo::Projection& projection);

} // namespace gb::mapdata
