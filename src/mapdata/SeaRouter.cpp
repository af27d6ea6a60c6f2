#include "mapdata/SeaRouter.hpp"

#include "mapdata/LayerMesh.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <queue>

namespace gb::mapdata {
namespace {

constexpr double cellDegrees = 0.1;
constexpr double coastPenalty = 4.0; //!< a cell next to land costs this much more to cross
constexpr double degree = 3.14159265358979323846 / 180.0;

//! The grid around a leg: its cells, which are land, and which touch land.
struct Grid {
    double west = 0, south = 0;
    int columns = 0, rows = 0;
    std::vector<std::uint8_t> land, coast;

    [[nodiscard]] int index(int c, int r) const { return r * columns + c; }
    [[nodiscard]] geo::LonLat centre(int c, int r) const {
        return {west + (c + 0.5) * cellDegrees, south + (r + 0.5) * cellDegrees};
    }
    [[nodiscard]] std::pair<int, int> cellOf(geo::LonLat p) const {
        return {std::clamp(static_cast<int>((p.lon - west) / cellDegrees), 0, columns - 1),
                std::clamp(static_cast<int>((p.lat - south) / cellDegrees), 0, rows - 1)};
    }
};

Grid gridAround(const SeaRouter& router, geo::LonLat a, geo::LonLat b, double marginDegrees) {
    Grid g;
    g.west = std::min(a.lon, b.lon) - marginDegrees;
    g.south = std::max(-85.0, std::min(a.lat, b.lat) - marginDegrees);
    const double east = std::max(a.lon, b.lon) + marginDegrees;
    const double north = std::min(85.0, std::max(a.lat, b.lat) + marginDegrees);
    g.columns = static_cast<int>(std::ceil((east - g.west) / cellDegrees));
    g.rows = static_cast<int>(std::ceil((north - g.south) / cellDegrees));
    g.land.assign(static_cast<std::size_t>(g.columns) * static_cast<std::size_t>(g.rows), 0);
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.columns; ++c)
            g.land[g.index(c, r)] = router.onLand(g.centre(c, r)) ? 1 : 0;
    g.coast.assign(g.land.size(), 0);
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.columns; ++c)
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int cc = c + dc, rr = r + dr;
                    if (cc >= 0 && rr >= 0 && cc < g.columns && rr < g.rows && g.land[g.index(cc, rr)])
                        g.coast[g.index(c, r)] = 1;
                }
    return g;
}

//! The water cell nearest to p within half a degree (a port's own cell is often land).
std::optional<std::pair<int, int>> nearestWater(const Grid& g, geo::LonLat p) {
    const auto [c0, r0] = g.cellOf(p);
    for (int radius = 0; radius <= 5; ++radius)
        for (int dr = -radius; dr <= radius; ++dr)
            for (int dc = -radius; dc <= radius; ++dc) {
                const int c = c0 + dc, r = r0 + dr;
                if (std::max(std::abs(dc), std::abs(dr)) == radius && c >= 0 && r >= 0 && c < g.columns && r < g.rows &&
                    !g.land[g.index(c, r)])
                    return std::pair(c, r);
            }
    return std::nullopt;
}

//! A* over water cells, 8 neighbours, east-west steps shortened by cos(latitude).
std::vector<int> shortestPath(const Grid& g, int start, int goal) {
    const auto km = [&](int a, int b) {
        const int rowA = a / g.columns, rowB = b / g.columns; // whole rows: the cells' grid positions
        const double lat = g.south + (rowA + 0.5) * cellDegrees;
        const double dx = (a % g.columns - b % g.columns) * std::cos(lat * degree), dy = rowA - rowB;
        return std::hypot(dx, dy);
    };
    std::vector<double> cost(g.land.size(), std::numeric_limits<double>::infinity());
    std::vector<int> from(g.land.size(), -1);
    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    cost[start] = 0;
    open.push({km(start, goal), start});
    while (!open.empty()) {
        const auto [estimate, at] = open.top();
        open.pop();
        if (at == goal)
            break;
        if (estimate - km(at, goal) > cost[at] + 1e-9)
            continue; // a stale entry
        const int c = at % g.columns, r = at / g.columns;
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc) {
                const int cc = c + dc, rr = r + dr;
                if ((dc == 0 && dr == 0) || cc < 0 || rr < 0 || cc >= g.columns || rr >= g.rows)
                    continue;
                const int next = g.index(cc, rr);
                if (g.land[next])
                    continue;
                const double step = km(at, next) * (g.coast[next] && next != goal ? coastPenalty : 1.0);
                if (cost[at] + step < cost[next]) {
                    cost[next] = cost[at] + step;
                    from[next] = at;
                    open.push({cost[next] + km(next, goal), next});
                }
            }
    }
    std::vector<int> path;
    if (from[goal] < 0 && goal != start)
        return path;
    for (int at = goal; at >= 0; at = from[at])
        path.push_back(at);
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace

SeaRouter::SeaRouter(const FeatureCollection& countries)
    : plate_(geo::ProjectionSpec{geo::ProjectionKind::Equirectangular, {0.0, 0.0}}),
      land_(buildLayerMesh(countries, plate_, {})) {}

bool SeaRouter::onLand(geo::LonLat p) const {
    const auto at = plate_.forward(p);
    return at && land_.featureAt(*at).has_value();
}

std::vector<geo::LonLat> SeaRouter::route(geo::LonLat from, geo::LonLat to) const {
    const double span = std::hypot(to.lon - from.lon, to.lat - from.lat);
    const Grid g = gridAround(*this, from, to, std::max(3.0, 0.5 * span));
    const auto start = nearestWater(g, from), goal = nearestWater(g, to);
    if (!start || !goal)
        return {};
    const std::vector<int> cells = shortestPath(g, g.index(start->first, start->second), g.index(goal->first, goal->second));
    if (cells.empty())
        return {};
    // A straight stretch is kept only where it stays off the coast (a cell from land), so the
    // finer coasts of a bigger picture do not reach it; the first and last cells are the ports'.
    const auto offshore = [&](geo::LonLat a, geo::LonLat b, bool fromPort, bool toPort) {
        const int samples = std::max(2, static_cast<int>(std::hypot(b.lon - a.lon, b.lat - a.lat) / 0.02));
        for (int i = 0; i <= samples; ++i) {
            const double t = static_cast<double>(i) / samples;
            const auto [c, r] = g.cellOf({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
            const bool nearPort = (fromPort && t * std::hypot(b.lon - a.lon, b.lat - a.lat) < 0.25) ||
                                  (toPort && (1 - t) * std::hypot(b.lon - a.lon, b.lat - a.lat) < 0.25);
            if (g.land[g.index(c, r)] || (g.coast[g.index(c, r)] && !nearPort))
                return false;
            if (onLand({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t}))
                return false; // an island smaller than a cell
        }
        return true;
    };
    std::vector<geo::LonLat> points;
    points.reserve(cells.size());
    for (int cell : cells)
        points.push_back(g.centre(cell % g.columns, cell / g.columns));
    // Pulled straight: from each kept point, on to the farthest one reached offshore.
    std::vector<geo::LonLat> via{points.front()};
    for (std::size_t i = 0; i + 1 < points.size();) {
        std::size_t j = points.size() - 1;
        while (j > i + 1 && !offshore(points[i], points[j], i == 0, j == points.size() - 1))
            --j;
        via.push_back(points[j]);
        i = j;
    }
    if (via.size() <= 2 && offshore(from, to, true, true))
        return {}; // open water all the way: the flow's own path will do
    return via;
}

} // namespace gb::mapdata
