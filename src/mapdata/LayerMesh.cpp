#include "mapdata/LayerMesh.hpp"

#include "geo/GeoClip.hpp"
#include "mapdata/Simplify.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <span>

namespace gb::mapdata {
namespace {

// Straight lon/lat edges longer than this are split so they curve like the projection.
constexpr double maxEdgeDegrees = 1.0;

//! Projects a path; returns x0,y0,x1,y1,... and drops points PROJ cannot project.
class PathProjector {
public:
    explicit PathProjector(const geo::Projection& projection) : projection_(projection) {}

    const std::vector<double>& project(const geo::LonLatPath& path) {
        projectEach(path);
        flat_.clear();
        for (std::size_t i = 0; i < path.size(); ++i)
            if (ok_[i]) {
                flat_.push_back(xs_[i]);
                flat_.push_back(ys_[i]);
            }
        return flat_;
    }

    //! Projects every point into xs(), ys(); ok()[i] is 0 where PROJ could not.
    void projectEach(const geo::LonLatPath& path) {
        xs_.resize(path.size());
        ys_.resize(path.size());
        ok_.resize(path.size());
        for (std::size_t i = 0; i < path.size(); ++i) {
            xs_[i] = path[i].lon;
            ys_[i] = path[i].lat;
        }
        projection_.forwardInPlace(xs_, ys_, ok_);
    }
    [[nodiscard]] const std::vector<double>& xs() const { return xs_; }
    [[nodiscard]] const std::vector<double>& ys() const { return ys_; }
    [[nodiscard]] const std::vector<int>& ok() const { return ok_; }

private:
    const geo::Projection& projection_;
    std::vector<double> xs_, ys_, flat_;
    std::vector<int> ok_;
};

std::vector<MeshPoint> toMeshPoints(const std::vector<double>& flat, geo::MapBox* bounds) {
    std::vector<MeshPoint> out(flat.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = {static_cast<float>(flat[2 * i]), static_cast<float>(flat[2 * i + 1])};
        if (bounds)
            bounds->add(geo::MapPoint{flat[2 * i], flat[2 * i + 1]});
    }
    return out;
}

//! The ring without the points closer than `tolerance` metres (projected) to the simplified
//! ring, from its points projected by projectEach(). Points on the antimeridian stay: the
//! pieces cut there must still meet exactly.
geo::LonLatPath simplifiedRing(const geo::LonLatPath& ring, const PathProjector& projected, double tolerance) {
    if (tolerance <= 0.0 || ring.size() < 4)
        return ring;
    std::vector<char> fixed(ring.size());
    for (std::size_t i = 0; i < ring.size(); ++i)
        fixed[i] = std::abs(ring[i].lon) >= 180.0;
    const std::vector<char> keep = keptPoints(projected.xs(), projected.ys(), projected.ok(), fixed, tolerance);
    geo::LonLatPath out;
    out.reserve(ring.size());
    for (std::size_t i = 0; i < ring.size(); ++i)
        if (keep[i])
            out.push_back(ring[i]);
    return out;
}

//! Whether the ring, projected by projectEach(), may reach into the box. A ring with a point
//! PROJ cannot project may wrap around anything, so it counts as inside.
bool mayReach(const PathProjector& projected, const geo::MapBox& box) {
    geo::MapBox bounds;
    for (std::size_t i = 0; i < projected.xs().size(); ++i) {
        if (!projected.ok()[i])
            return true;
        bounds.add(geo::MapPoint{projected.xs()[i], projected.ys()[i]});
    }
    return bounds.intersects(box);
}

//! Whether the ring's lon/lat bounds overlap any of the boxes.
bool reaches(const geo::LonLatPath& ring, const std::vector<geo::LonLatBox>& boxes) {
    double west = 1e9, east = -1e9, south = 1e9, north = -1e9;
    for (const geo::LonLat& p : ring) {
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
    }
    return std::any_of(boxes.begin(), boxes.end(), [&](const geo::LonLatBox& box) {
        return !(west > box.east || east < box.west || south > box.north || north < box.south);
    });
}

//! The ring as open lines, without the edges along ±180° that only exist because the data
//! was cut there (closed: the last->first edge is included).
std::vector<geo::LonLatPath> visibleEdges(const geo::LonLatPath& ring) {
    std::vector<geo::LonLatPath> lines;
    geo::LonLatPath current;
    for (std::size_t i = 0; i <= ring.size(); ++i) {
        const geo::LonLat& p = ring[i % ring.size()];
        if (!current.empty() && geo::isAntimeridianEdge(current.back(), p)) {
            if (current.size() >= 2)
                lines.push_back(std::move(current));
            current.clear();
        }
        current.push_back(p);
    }
    if (current.size() >= 2)
        lines.push_back(std::move(current));
    return lines;
}

//! GLU's sweep keeps its active edges in a linked list, so a polygon with tens of thousands of
//! vertices (Russia, Canada at 10m) costs far more than its size. Halving such a polygon along
//! a meridian or parallel until each part is small keeps tessellation close to linear: Russia
//! at 10m goes from 212 ms to a few ms. Parts meet exactly on the cut, so no seam shows.
constexpr std::size_t maxPointsPerTessellation = 500;
constexpr int maxSplitDepth = 10;

std::size_t pointCount(const std::vector<geo::LonLatPath>& rings) {
    std::size_t n = 0;
    for (const auto& r : rings)
        n += r.size();
    return n;
}

geo::LonLatBox boundsOf(const std::vector<geo::LonLatPath>& rings) {
    geo::LonLatBox b{1e9, 1e9, -1e9, -1e9};
    for (const auto& r : rings)
        for (const geo::LonLat& p : r) {
            b.west = std::min(b.west, p.lon);
            b.east = std::max(b.east, p.lon);
            b.south = std::min(b.south, p.lat);
            b.north = std::max(b.north, p.lat);
        }
    return b;
}

class SplittingTessellator {
public:
    SplittingTessellator(PathProjector& projector, Tessellator& tessellator)
        : projector_(projector), tessellator_(tessellator) {}

    //! The runs of triangles of every part tessellated so far, with their bounds.
    [[nodiscard]] std::vector<FillChunk> takeChunks() { return std::move(chunks_); }
    //! Every part tessellated so far, and its rings.
    [[nodiscard]] std::vector<FillPart> takeParts() { return std::move(parts_); }
    [[nodiscard]] Polylines takeRings() { return std::move(rings_); }
    //! The feature the parts tessellated from now on belong to.
    void setFeature(std::uint32_t feature) { feature_ = feature; }

    //! Rings already clipped to the domain; returns false if GLU failed on any part.
    bool tessellate(const std::vector<geo::LonLatPath>& rings, std::vector<MeshPoint>& out, int depth = 0) {
        if (pointCount(rings) <= maxPointsPerTessellation || depth >= maxSplitDepth)
            return tessellateWhole(rings, out);
        const geo::LonLatBox b = boundsOf(rings);
        geo::LonLatBox first = b, second = b;
        if (b.east - b.west >= b.north - b.south)
            first.east = second.west = (b.west + b.east) / 2;
        else
            first.north = second.south = (b.south + b.north) / 2;
        bool ok = true;
        for (const geo::LonLatBox& half : {first, second}) {
            std::vector<geo::LonLatPath> parts;
            for (const geo::LonLatPath& ring : rings) {
                geo::LonLatPath clipped = geo::clipRingToBox(ring, half);
                if (clipped.size() >= 3)
                    parts.push_back(std::move(clipped));
            }
            if (!parts.empty())
                ok &= tessellate(parts, out, depth + 1);
        }
        return ok;
    }

private:
    bool tessellateWhole(const std::vector<geo::LonLatPath>& rings, std::vector<MeshPoint>& out) {
        contours_.clear();
        chunk_ = FillChunk{static_cast<std::uint32_t>(out.size()), 0, {}};
        for (const geo::LonLatPath& ring : rings) {
            // Cuts add straight edges along meridians and parallels: curve them like the rest.
            const auto& flat = projector_.project(geo::densify(ring, maxEdgeDegrees, true));
            if (flat.size() >= 6)
                contours_.push_back(flat);
        }
        FillPart part{feature_, static_cast<std::uint32_t>(rings_.count()), 0, {}};
        for (const std::vector<double>& contour : contours_) {
            ring_.resize(contour.size() / 2);
            for (std::size_t i = 0; i < ring_.size(); ++i) {
                ring_[i] = {static_cast<float>(contour[2 * i]), static_cast<float>(contour[2 * i + 1])};
                part.bounds.add(geo::MapPoint{ring_[i].x, ring_[i].y});
            }
            rings_.append(ring_);
        }
        part.endRing = static_cast<std::uint32_t>(rings_.count());
        if (part.endRing > part.firstRing)
            parts_.push_back(part);
        const bool ok = contours_.empty() || tessellator_.tessellate(contours_, out);
        chunk_.end = static_cast<std::uint32_t>(out.size());
        for (std::uint32_t i = chunk_.begin; i < chunk_.end; ++i)
            chunk_.bounds.add(geo::MapPoint{out[i].x, out[i].y});
        if (chunk_.end > chunk_.begin)
            chunks_.push_back(chunk_);
        return ok;
    }

    PathProjector& projector_;
    Tessellator& tessellator_;
    std::vector<std::vector<double>> contours_;
    FillChunk chunk_;
    std::vector<FillChunk> chunks_; //!< every tessellated part so far
    std::uint32_t feature_ = 0;
    std::vector<MeshPoint> ring_; //!< reused for each ring
    Polylines rings_;
    std::vector<FillPart> parts_;
};

} // namespace

namespace {

LayerMesh buildLayerMeshOf(std::span<const GeoFeature> features, const geo::Projection& projection,
                           const MeshOptions& options) {
    LayerMesh mesh;
    mesh.features.reserve(features.size());
    PathProjector projector(projection);
    Tessellator tessellator;
    const geo::ProjectionDomain& domain = projection.domain();
    SplittingTessellator splitter(projector, tessellator);
    std::vector<geo::LonLatPath> pieces;
    const bool simplify = options.simplifyMetres > 0.0;
    const bool projectFirst = simplify || options.onlyWithin; // to simplify or cull in metres
    geo::LonLatPath simplified;

    for (const GeoFeature& feature : features) {
        FeatureMesh fm;
        splitter.setFeature(static_cast<std::uint32_t>(mesh.features.size()));
        fm.fillBegin = static_cast<std::uint32_t>(mesh.fill.size());
        fm.lineBegin = static_cast<std::uint32_t>(mesh.outlines.count());
        for (const PolygonRings& polygon : feature.polygons) {
            pieces.clear();
            for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
                const geo::LonLatPath& ring = polygon.rings[r];
                if (!options.clipTo.empty() && !reaches(ring, options.clipTo)) {
                    if (r == 0)
                        break; // the outer ring holds the holes: none of it is wanted
                    continue;
                }
                if (projectFirst)
                    projector.projectEach(ring);
                if (r == 0 && options.onlyWithin && !mayReach(projector, *options.onlyWithin))
                    break; // the outer ring holds the holes: none of it shows
                if (simplify)
                    simplified = simplifiedRing(ring, projector, options.simplifyMetres);
                // Both sides are lvalues: the window's unsimplified 10m rings are not copied.
                const geo::LonLatPath& kept = simplify ? simplified : ring;
                const auto addOutline = [&](const geo::LonLatPath& edge) {
                    for (const geo::LonLatPath& piece : geo::clipLine(edge, domain)) {
                        const auto& flat = projector.project(piece);
                        if (flat.size() >= 4)
                            mesh.outlines.append(toMeshPoints(flat, &fm.bounds));
                    }
                };
                if (!options.clipTo.empty()) {
                    // The fill is the ring cut to each box; the outline is the ring's own edges
                    // inside them (a cut along a box is not a border).
                    const std::vector<geo::LonLatPath> edges = visibleEdges(kept);
                    for (const geo::LonLatBox& box : options.clipTo) {
                        const geo::LonLatPath inBox = geo::clipRingToBox(kept, box);
                        if (inBox.size() < 3)
                            continue;
                        for (geo::LonLatPath& piece : geo::clipRing(geo::densify(inBox, maxEdgeDegrees, true), domain))
                            if (piece.size() >= 3)
                                pieces.push_back(std::move(piece));
                        for (const geo::LonLatPath& edge : edges)
                            for (const geo::LonLatPath& part : geo::clipLineToBox(edge, box))
                                addOutline(geo::densify(part, maxEdgeDegrees, false));
                    }
                    continue;
                }
                const geo::LonLatPath dense = geo::densify(kept, maxEdgeDegrees, true);
                for (geo::LonLatPath& piece : geo::clipRing(dense, domain))
                    if (piece.size() >= 3)
                        pieces.push_back(std::move(piece));
                for (const geo::LonLatPath& edge : visibleEdges(dense))
                    addOutline(edge);
            }
            if (!pieces.empty() && !splitter.tessellate(pieces, mesh.fill))
                ++mesh.failedPolygons;
        }
        fm.fillEnd = static_cast<std::uint32_t>(mesh.fill.size());
        fm.lineEnd = static_cast<std::uint32_t>(mesh.outlines.count());
        mesh.features.push_back(fm);
    }
    mesh.fillChunks = splitter.takeChunks();
    mesh.fillParts = splitter.takeParts();
    mesh.fillRings = splitter.takeRings();
    return mesh;
}

} // namespace

LayerMesh buildLayerMesh(const FeatureCollection& collection, const geo::Projection& projection,
                         const MeshOptions& options) {
    return buildLayerMeshOf(collection.features, projection, options);
}

namespace {
void appendPolylines(Polylines& to, const Polylines& from) {
    const auto pointOffset = static_cast<std::uint32_t>(to.points.size());
    to.points.insert(to.points.end(), from.points.begin(), from.points.end());
    for (std::size_t i = 1; i < from.starts.size(); ++i)
        to.starts.push_back(from.starts[i] + pointOffset);
}
} // namespace

LayerMesh buildLayerMeshParallel(const FeatureCollection& collection, const geo::ProjectionSpec& spec, unsigned workers,
                                 const MeshOptions& options) {
    workers = std::max(1u, workers);
    // Contiguous shares of about equal point counts, so every worker gets a similar load.
    std::size_t totalPoints = 0;
    for (const GeoFeature& f : collection.features)
        for (const PolygonRings& p : f.polygons)
            for (const auto& r : p.rings)
                totalPoints += r.size();
    // Contiguous ranges of the features (not copies: at 10m those would be ~25 MB more at peak).
    std::vector<std::span<const GeoFeature>> shares;
    std::size_t sofar = 0, first = 0;
    for (std::size_t i = 0; i < collection.features.size(); ++i) {
        for (const PolygonRings& p : collection.features[i].polygons)
            for (const auto& r : p.rings)
                sofar += r.size();
        const bool shareFull = shares.size() + 1 < workers && sofar * workers >= totalPoints * (shares.size() + 1);
        if (shareFull || i + 1 == collection.features.size()) {
            shares.emplace_back(collection.features.data() + first, i + 1 - first);
            first = i + 1;
        }
    }
    if (shares.empty())
        return {};
    // Every share but the last on its own thread; the last on this one, which would only wait.
    std::vector<std::future<LayerMesh>> parts;
    for (std::size_t i = 0; i + 1 < shares.size(); ++i)
        parts.push_back(std::async(std::launch::async, [share = shares[i], spec, &options] {
            const geo::Projection projection(spec);
            return buildLayerMeshOf(share, projection, options);
        }));
    LayerMesh last = buildLayerMeshOf(shares.back(), geo::Projection(spec), options);
    std::vector<LayerMesh> meshes;
    meshes.reserve(parts.size() + 1);
    for (auto& part : parts)
        meshes.push_back(part.get());
    meshes.push_back(std::move(last));
    // Reserved once, and each part freed as soon as it is in: at 10m, growing the merged
    // vectors while every part is alive held ~30 MB more at the peak.
    LayerMesh merged;
    const auto total = [&](auto size) {
        std::size_t n = 0;
        for (const LayerMesh& mesh : meshes)
            n += size(mesh);
        return n;
    };
    merged.fill.reserve(total([](const LayerMesh& m) { return m.fill.size(); }));
    merged.outlines.points.reserve(total([](const LayerMesh& m) { return m.outlines.points.size(); }));
    merged.outlines.starts.reserve(total([](const LayerMesh& m) { return m.outlines.starts.size(); }));
    merged.fillRings.points.reserve(total([](const LayerMesh& m) { return m.fillRings.points.size(); }));
    merged.fillRings.starts.reserve(total([](const LayerMesh& m) { return m.fillRings.starts.size(); }));
    const auto append = [&](const LayerMesh& mesh) {
        const auto fillOffset = static_cast<std::uint32_t>(merged.fill.size());
        const auto lineOffset = static_cast<std::uint32_t>(merged.outlines.count());
        const auto featureOffset = static_cast<std::uint32_t>(merged.features.size());
        const auto ringOffset = static_cast<std::uint32_t>(merged.fillRings.count());
        merged.fill.insert(merged.fill.end(), mesh.fill.begin(), mesh.fill.end());
        appendPolylines(merged.outlines, mesh.outlines);
        appendPolylines(merged.fillRings, mesh.fillRings);
        for (FillPart part : mesh.fillParts) {
            part.feature += featureOffset;
            part.firstRing += ringOffset;
            part.endRing += ringOffset;
            merged.fillParts.push_back(part);
        }
        for (FeatureMesh fm : mesh.features) {
            fm.fillBegin += fillOffset;
            fm.fillEnd += fillOffset;
            fm.lineBegin += lineOffset;
            fm.lineEnd += lineOffset;
            merged.features.push_back(fm);
        }
        for (FillChunk chunk : mesh.fillChunks) {
            chunk.begin += fillOffset;
            chunk.end += fillOffset;
            merged.fillChunks.push_back(chunk);
        }
        merged.failedPolygons += mesh.failedPolygons;
    };
    for (LayerMesh& mesh : meshes) {
        append(mesh);
        mesh = {};
    }
    return merged;
}

Polylines projectLines(const std::vector<geo::LonLatPath>& lines, const geo::Projection& projection,
                       double simplifyMetres) {
    Polylines out;
    PathProjector projector(projection);
    std::vector<char> fixed;
    for (const geo::LonLatPath& line : lines)
        for (const geo::LonLatPath& piece : geo::clipLine(line, projection.domain())) {
            if (simplifyMetres <= 0.0 || piece.size() < 3) {
                const auto& flat = projector.project(piece);
                if (flat.size() >= 4)
                    out.append(toMeshPoints(flat, nullptr));
                continue;
            }
            projector.projectEach(piece);
            fixed.assign(piece.size(), 0);
            const std::vector<char> keep =
                keptPoints(projector.xs(), projector.ys(), projector.ok(), fixed, simplifyMetres, /*closed=*/false);
            std::vector<MeshPoint> points;
            for (std::size_t i = 0; i < piece.size(); ++i)
                if (keep[i] && projector.ok()[i])
                    points.push_back({static_cast<float>(projector.xs()[i]), static_cast<float>(projector.ys()[i])});
            if (points.size() >= 2)
                out.append(points);
        }
    return out;
}

std::vector<MeshPoint> buildOutsideDomainFill(const geo::Projection& projection) {
    PathProjector projector(projection);
    const geo::MapBox w = projection.worldBounds();
    const double pad = 10.0 * std::max(w.width(), w.height());
    std::vector<std::vector<double>> contours{
        {w.minX - pad, w.minY - pad, w.maxX + pad, w.minY - pad, w.maxX + pad, w.maxY + pad, w.minX - pad, w.maxY + pad},
        projector.project(geo::domainOutline(projection.domain()))};
    std::vector<MeshPoint> triangles;
    Tessellator tessellator;
    (void)tessellator.tessellate(contours, triangles);
    return triangles;
}

std::vector<MeshPoint> buildDomainFill(const geo::Projection& projection) {
    PathProjector projector(projection);
    std::vector<std::vector<double>> contours{projector.project(geo::domainOutline(projection.domain()))};
    std::vector<MeshPoint> triangles;
    Tessellator tessellator;
    (void)tessellator.tessellate(contours, triangles);
    return triangles;
}

} // namespace gb::mapdata
