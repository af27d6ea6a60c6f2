#include "mapdata/Simplify.hpp"

#include <algorithm>
#include <utility>

namespace gb::mapdata {
namespace {

//! Squared distance from p to the segment a-b.
double distanceSquared(double px, double py, double ax, double ay, double bx, double by) {
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = ax + t * dx - px, ey = ay + t * dy - py;
    return ex * ex + ey * ey;
}

} // namespace

std::vector<char> keptPoints(const std::vector<double>& xs, const std::vector<double>& ys, const std::vector<int>& ok,
                             const std::vector<char>& fixed, double tolerance, bool closed) {
    const std::size_t n = xs.size();
    std::vector<char> keep(n, 1);
    if (n < (closed ? 4u : 3u) || tolerance <= 0.0)
        return keep;
    // Anchors split the ring into sections simplified on their own: the fixed points, the
    // unprojectable points and their neighbours (so no section spans a point without a
    // position), or else the first point and the point farthest from it.
    std::vector<std::size_t> anchors;
    for (std::size_t i = 0; i < n; ++i)
        if (fixed[i] || !ok[i] || !ok[(i + 1) % n] || !ok[(i + n - 1) % n] || (!closed && (i == 0 || i + 1 == n)))
            anchors.push_back(i);
    if (anchors.empty()) {
        std::size_t far = 1;
        double best = -1.0;
        for (std::size_t i = 1; i < n; ++i) {
            const double d = (xs[i] - xs[0]) * (xs[i] - xs[0]) + (ys[i] - ys[0]) * (ys[i] - ys[0]);
            if (d > best) {
                best = d;
                far = i;
            }
        }
        anchors = {0, far};
    }
    std::fill(keep.begin(), keep.end(), 0);
    for (std::size_t a : anchors)
        keep[a] = 1;

    const double tolerance2 = tolerance * tolerance;
    std::vector<std::pair<std::size_t, std::size_t>> work; // (first, last) as positions along the ring
    for (std::size_t k = 0; k < anchors.size(); ++k) {
        if (!closed && k + 1 == anchors.size())
            break; // no section from the last point back to the first
        const std::size_t first = anchors[k];
        const std::size_t last = k + 1 < anchors.size() ? anchors[k + 1] : anchors[0] + n; // wraps around
        if (!ok[first] || !ok[last % n])
            continue; // an unprojectable end: the section has no points between its ends
        work.emplace_back(first, last);
        while (!work.empty()) {
            const auto [a, b] = work.back();
            work.pop_back();
            const std::size_t ia = a % n, ib = b % n;
            double worst = tolerance2;
            std::size_t at = 0;
            for (std::size_t i = a + 1; i < b; ++i) {
                const double d = distanceSquared(xs[i % n], ys[i % n], xs[ia], ys[ia], xs[ib], ys[ib]);
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (at != 0) {
                keep[at % n] = 1;
                work.emplace_back(a, at);
                work.emplace_back(at, b);
            }
        }
    }
    // A ring needs three points to enclose anything: add back the farthest ones if needed.
    std::size_t kept = static_cast<std::size_t>(std::count(keep.begin(), keep.end(), 1));
    for (std::size_t i = 0; closed && kept < 3 && i < n; ++i)
        if (!keep[i]) {
            keep[i] = 1;
            ++kept;
        }
    return keep;
}

} // namespace gb::mapdata
