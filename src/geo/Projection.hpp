#pragma once
// A map projection evaluated by PROJ (its pipeline of a PROJ string: the operation GDAL's OSR
// makes from WGS84 to it). No projection formula is written here: this class only chooses PROJ
// parameters and describes where each projection is defined.

#include "geo/Coordinates.hpp"
#include "geo/ProjectionKind.hpp"

#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>

namespace gb::geo {

//! PROJ cannot make the projection asked for; the message names its definition.
class ProjectionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

//! Which part of the globe a projection can show, so geometry can be cut before projecting.
struct ProjectionDomain {
    double centralLon = 0.0; //!< degrees; the seam is the opposite meridian
    double minLat = -90.0;   //!< degrees; geometry south of this is cut away
    double maxLat = 90.0;    //!< degrees
    //! For a globe: the point facing the viewer; only its hemisphere is drawn.
    std::optional<LonLat> hemisphereCentre;
};

struct ProjectionSpec {
    ProjectionKind kind = ProjectionKind::Lambert;
    LonLat centre{80.0, 45.0}; //!< central meridian (all) and latitude of the globe's centre
    friend bool operator==(const ProjectionSpec&, const ProjectionSpec&) = default;
};

//! Not thread-safe: each thread that projects needs its own instance.
class Projection {
public:
    //! Throws ProjectionError when PROJ rejects the spec.
    explicit Projection(const ProjectionSpec& spec);
    ~Projection();
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    [[nodiscard]] const ProjectionSpec& spec() const { return spec_; }
    [[nodiscard]] const ProjectionDomain& domain() const { return domain_; }
    //! The PROJ definition used, for the about box and for reproducible exports.
    [[nodiscard]] const std::string& definition() const { return definition_; }

    [[nodiscard]] std::optional<MapPoint> forward(LonLat p) const;
    [[nodiscard]] std::optional<LonLat> inverse(MapPoint p) const;
    //! Projects in place: xs holds longitudes, ys latitudes on entry, metres on return.
    //! Returns false for any point PROJ could not project (its slot is then unspecified).
    void forwardInPlace(std::span<double> xs, std::span<double> ys, std::span<int> ok) const;

    //! Bounding box of everything this projection shows (sampled over its domain).
    [[nodiscard]] const MapBox& worldBounds() const { return worldBounds_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    ProjectionSpec spec_;
    ProjectionDomain domain_;
    std::string definition_;
    MapBox worldBounds_;
};

//! Metres per pixel at web-map zoom level z (z = 0: the equator's length over 256 pixels).
[[nodiscard]] double metresPerPixelAtZoom(double zoom);
[[nodiscard]] double zoomAtMetresPerPixel(double metresPerPixel);

} // namespace gb::geo
