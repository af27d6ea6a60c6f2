#include "view/FlowGeometry.hpp"

#include "geo/GeoClip.hpp"
#include "geo/Geodesic.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {
namespace {

constexpr double geodesicStepMetres = 25000.0;
constexpr double arcBulge = 0.18;
constexpr int arcSamples = 64;

double pieceLength(const std::vector<geo::MapPoint>& piece) {
    double length = 0;
    for (std::size_t i = 1; i < piece.size(); ++i)
        length += std::hypot(piece[i].x - piece[i - 1].x, piece[i].y - piece[i - 1].y);
    return length;
}

//! Cuts a path where it crosses ±180° (as the map data is cut), with points exactly on the line.
std::vector<geo::LonLatPath> splitAtAntimeridian(const geo::LonLatPath& path) {
    std::vector<geo::LonLatPath> pieces(1);
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (i > 0 && std::abs(path[i].lon - path[i - 1].lon) > 180.0) {
            const geo::LonLat a = path[i - 1], b = path[i];
            const double side = a.lon > 0 ? 180.0 : -180.0;
            const double bUnwrapped = b.lon + 2 * side;
            const double t = (side - a.lon) / (bUnwrapped - a.lon);
            const double lat = a.lat + (b.lat - a.lat) * t;
            pieces.back().push_back({side, lat});
            pieces.push_back({{-side, lat}});
        }
        pieces.back().push_back(path[i]);
    }
    return pieces;
}

LegPath geodesicLeg(geo::LonLat a, geo::LonLat b, const geo::Projection& projection) {
    LegPath leg;
    for (const geo::LonLatPath& part : splitAtAntimeridian(geo::geodesicPath(a, b, geodesicStepMetres)))
        for (const geo::LonLatPath& piece : geo::clipLine(part, projection.domain())) {
            std::vector<geo::MapPoint> projected;
            for (const geo::LonLat& p : piece)
                if (auto m = projection.forward(p))
                    projected.push_back(*m);
            if (projected.size() < 2)
                continue;
            leg.length += pieceLength(projected);
            // Pieces that meet on the map (cut at ±180° where that is no seam) join up again.
            if (!leg.pieces.empty() && std::hypot(leg.pieces.back().back().x - projected.front().x,
                                                  leg.pieces.back().back().y - projected.front().y) < 1.0)
                leg.pieces.back().insert(leg.pieces.back().end(), projected.begin() + 1, projected.end());
            else
                leg.pieces.push_back(std::move(projected));
        }
    return leg;
}

//! A point of the uniform Catmull-Rom spline through p1 and p2 (p0 and p3 their neighbours).
geo::MapPoint catmullRom(geo::MapPoint p0, geo::MapPoint p1, geo::MapPoint p2, geo::MapPoint p3, double t) {
    const double t2 = t * t, t3 = t2 * t;
    const auto blend = [&](double a, double b, double c, double d) {
        return 0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
    };
    return {blend(p0.x, p1.x, p2.x, p3.x), blend(p0.y, p1.y, p2.y, p3.y)};
}

} // namespace

LegPath legPathVia(geo::LonLat a, const std::vector<geo::LonLat>& via, geo::LonLat b, const geo::Projection& projection) {
    std::vector<geo::MapPoint> stops;
    for (const geo::LonLat& p : [&] {
             std::vector<geo::LonLat> all{a};
             all.insert(all.end(), via.begin(), via.end());
             all.push_back(b);
             return all;
         }()) {
        const auto m = projection.forward(p);
        if (!m || !geo::isInDomain(p, projection.domain()))
            return geodesicLeg(a, b, projection); // not all on the map: the plain way
        stops.push_back(*m);
    }
    // A smooth curve through every stop: the via points keep it where the story says (at sea).
    constexpr int samplesPerSpan = 16;
    std::vector<geo::MapPoint> piece{stops.front()};
    for (std::size_t i = 0; i + 1 < stops.size(); ++i) {
        const geo::MapPoint p0 = stops[i == 0 ? 0 : i - 1], p3 = stops[std::min(i + 2, stops.size() - 1)];
        for (int k = 1; k <= samplesPerSpan; ++k)
            piece.push_back(catmullRom(p0, stops[i], stops[i + 1], p3, static_cast<double>(k) / samplesPerSpan));
    }
    LegPath leg;
    leg.length = pieceLength(piece);
    leg.pieces.push_back(std::move(piece));
    return leg;
}

LegPath legPath(geo::LonLat a, geo::LonLat b, story::FlowPath kind, const geo::Projection& projection) {
    LegPath geodesic = geodesicLeg(a, b, projection);
    if (kind != story::FlowPath::Arc || geodesic.pieces.size() != 1)
        return geodesic; // a sea leg the router could not route keeps the geodesic too
    const auto pa = projection.forward(a), pb = projection.forward(b);
    if (!pa || !pb || !geo::isInDomain(a, projection.domain()) || !geo::isInDomain(b, projection.domain()))
        return geodesic;
    // A quadratic Bézier whose control point sits left of the chord's middle.
    const double dx = pb->x - pa->x, dy = pb->y - pa->y;
    const geo::MapPoint control{(pa->x + pb->x) / 2 - dy * arcBulge * 2, (pa->y + pb->y) / 2 + dx * arcBulge * 2};
    LegPath arc;
    std::vector<geo::MapPoint> piece;
    for (int i = 0; i <= arcSamples; ++i) {
        const double t = static_cast<double>(i) / arcSamples, u = 1 - t;
        piece.push_back({u * u * pa->x + 2 * u * t * control.x + t * t * pb->x,
                         u * u * pa->y + 2 * u * t * control.y + t * t * pb->y});
    }
    arc.length = pieceLength(piece);
    arc.pieces.push_back(std::move(piece));
    return arc;
}

std::vector<FlowGeometry> buildFlowGeometry(const story::Story& story, const geo::Projection& projection) {
    std::vector<FlowGeometry> flows;
    for (std::size_t f = 0; f < story.flows.size(); ++f) {
        const story::Flow& flow = story.flows[f];
        FlowGeometry geometry{f, {}};
        for (std::size_t l = 0; l + 1 < flow.route.size(); ++l) {
            const story::Place* from = story.place(flow.route[l]);
            const story::Place* to = story.place(flow.route[l + 1]);
            if (!from || !to)
                continue; // the loader rejects such stories; nothing to draw
            const bool hasVia = l < flow.via.size() && !flow.via[l].empty();
            LegPath leg = hasVia ? legPathVia(from->position, flow.via[l], to->position, projection)
                                 : legPath(from->position, to->position, flow.path, projection);
            leg.dates = flow.legDates[l];
            leg.undated = flow.within.has_value();
            geometry.legs.push_back(std::move(leg));
        }
        flows.push_back(std::move(geometry));
    }
    return flows;
}

double legProgress(const story::DateRange& dates, double storyDay) {
    const double span = dates.to + 1.0 - dates.from; // the last day is included
    return std::clamp((storyDay - dates.from) / span, 0.0, 1.0);
}

bool flowStarted(const story::Flow& flow, double storyDay) {
    return !flow.legDates.empty() && storyDay >= flow.legDates.front().from;
}

double legProgress(const LegPath& leg, double storyDay) {
    if (leg.undated)
        return storyDay >= leg.dates.from ? 1.0 : 0.0;
    return legProgress(leg.dates, storyDay);
}

} // namespace gb::view
