#include "mapdata/LayerMesh.hpp"

#include "geo/GeoClip.hpp"

namespace gb::mapdata {
namespace {

// Straight lon/lat edges longer than this are split so they curve like the projection.
constexpr double maxEdgeDegrees = 1.0;

//! Projects a path; returns x0,y0,x1,y1,... and drops points PROJ cannot project.
class PathProjector {
public:
    explicit PathProjector(const geo::Projection& projection) : projection_(projection) {}

    const std::vector<double>& project(const geo::LonLatPath& path) {
        xs_.resize(path.size());
        ys_.resize(path.size());
        ok_.resize(path.size());
        for (std::size_t i = 0; i < path.size(); ++i) {
            xs_[i] = path[i].lon;
            ys_[i] = path[i].lat;
        }
        projection_.forwardInPlace(xs_, ys_, ok_);
        flat_.clear();
        for (std::size_t i = 0; i < path.size(); ++i)
            if (ok_[i]) {
                flat_.push_back(xs_[i]);
                flat_.push_back(ys_[i]);
            }
        return flat_;
    }

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

} // namespace

LayerMesh buildLayerMesh(const FeatureCollection& collection, const geo::Projection& projection) {
    LayerMesh mesh;
    mesh.features.reserve(collection.features.size());
    PathProjector projector(projection);
    Tessellator tessellator;
    const geo::ProjectionDomain& domain = projection.domain();
    std::vector<std::vector<double>> contours;

    for (const GeoFeature& feature : collection.features) {
        FeatureMesh fm;
        fm.fillBegin = static_cast<std::uint32_t>(mesh.fill.size());
        fm.lineBegin = static_cast<std::uint32_t>(mesh.outlines.count());
        for (const PolygonRings& polygon : feature.polygons) {
            contours.clear();
            for (const geo::LonLatPath& ring : polygon.rings) {
                const geo::LonLatPath dense = geo::densify(ring, maxEdgeDegrees, true);
                for (const geo::LonLatPath& piece : geo::clipRing(dense, domain)) {
                    const auto& flat = projector.project(piece);
                    if (flat.size() >= 6)
                        contours.push_back(flat);
                }
                for (const geo::LonLatPath& edge : visibleEdges(dense))
                    for (const geo::LonLatPath& piece : geo::clipLine(edge, domain)) {
                        const auto& flat = projector.project(piece);
                        if (flat.size() >= 4)
                            mesh.outlines.append(toMeshPoints(flat, &fm.bounds));
                    }
            }
            if (!contours.empty() && !tessellator.tessellate(contours, mesh.fill))
                ++mesh.failedPolygons;
        }
        fm.fillEnd = static_cast<std::uint32_t>(mesh.fill.size());
        fm.lineEnd = static_cast<std::uint32_t>(mesh.outlines.count());
        mesh.features.push_back(fm);
    }
    return mesh;
}

Polylines projectLines(const std::vector<geo::LonLatPath>& lines, const geo::Projection& projection) {
    Polylines out;
    PathProjector projector(projection);
    for (const geo::LonLatPath& line : lines)
        for (const geo::LonLatPath& piece : geo::clipLine(line, projection.domain())) {
            const auto& flat = projector.project(piece);
            if (flat.size() >= 4)
                out.append(toMeshPoints(flat, nullptr));
        }
    return out;
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
