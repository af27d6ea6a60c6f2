#include "render/Ribbon.hpp"

#include "render/Mitre.hpp"

#include <algorithm>
#include <cmath>

namespace gb::render {
namespace {

constexpr float featherPx = 1.0f;

sf::Vector2f normalOf(sf::Vector2f a, sf::Vector2f b) {
    const sf::Vector2f d = b - a;
    const float len = std::hypot(d.x, d.y);
    return len > 0 ? sf::Vector2f(-d.y / len, d.x / len) : sf::Vector2f(0, 0);
}

void quad(sf::VertexArray& out, sf::Vertex a, sf::Vertex b, sf::Vertex c, sf::Vertex d) { // a-b-c-d around
    out.append(a);
    out.append(b);
    out.append(c);
    out.append(a);
    out.append(c);
    out.append(d);
}

sf::Color transparent(sf::Color c) { return sf::Color(c.r, c.g, c.b, 0); }

// sqrt, not hypot: screen pixels never overflow, and hypot's care costs ~5x (per segment, per
// dash, per frame).
float distance(sf::Vector2f a, sf::Vector2f b) { return std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)); }

} // namespace

float polylineLength(const std::vector<sf::Vector2f>& p) {
    float length = 0;
    for (std::size_t i = 1; i < p.size(); ++i)
        length += distance(p[i - 1], p[i]);
    return length;
}

MeasuredPolyline::MeasuredPolyline(const std::vector<sf::Vector2f>& points) : points_(points) {
    along_.reserve(points.size());
    float walked = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        walked += i ? distance(points[i - 1], points[i]) : 0.0f;
        along_.push_back(walked);
    }
}

std::vector<sf::Vector2f> MeasuredPolyline::slice(float from, float to) const {
    std::vector<sf::Vector2f> out;
    if (points_.size() < 2 || to <= from)
        return out;
    // The first segment that ends at or after `from` (as the walk in slice() finds it).
    std::size_t i = static_cast<std::size_t>(std::lower_bound(along_.begin() + 1, along_.end(), from) - along_.begin());
    for (; i < points_.size(); ++i) {
        const sf::Vector2f a = points_[i - 1], b = points_[i];
        const float s0 = along_[i - 1], s1 = along_[i], seg = s1 - s0;
        if (s1 < from || seg <= 0)
            continue;
        if (s0 > to)
            break;
        const auto at = [&](float s) { return a + (b - a) * ((s - s0) / seg); };
        if (out.empty())
            out.push_back(s0 >= from ? a : at(from));
        out.push_back(s1 <= to ? b : at(to));
        if (s1 >= to)
            break;
    }
    return out.size() >= 2 ? out : std::vector<sf::Vector2f>{};
}

std::vector<sf::Vector2f> slice(const std::vector<sf::Vector2f>& p, float from, float to) {
    return MeasuredPolyline(p).slice(from, to);
}

std::vector<sf::Vector2f> prefix(const std::vector<sf::Vector2f>& p, float length) { return slice(p, 0, length); }

void appendRibbon(sf::VertexArray& out, const std::vector<sf::Vector2f>& p, float widthPx, sf::Color colour) {
    if (p.size() < 2)
        return;
    const float half = widthPx / 2;
    const float reach = half + featherPx; // the fragment shader fades the last pixel out
    std::vector<sf::Vector2f> miter;
    miter.reserve(p.size());
    for (const Mitre& m : mitres(p))
        miter.emplace_back(static_cast<float>(m.x), static_cast<float>(m.y));
    // Opaque across the width, fading over the pixel outside it: coverage is full up to `half`
    // and zero at `reach` (the shader's ramp is centred on its half-width parameter).
    const auto vertex = [&](std::size_t i, float side) {
        return sf::Vertex(p[i] + miter[i] * (side * reach), colour, sf::Vector2f(side * reach, half + featherPx / 2));
    };
    for (std::size_t i = 1; i < p.size(); ++i)
        quad(out, vertex(i - 1, 1.f), vertex(i, 1.f), vertex(i, -1.f), vertex(i - 1, -1.f));
}

void appendTriangle(sf::VertexArray& out, sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color colour) {
    // Coverage comes from the vertex colours here: a half width the shader never reaches.
    const sf::Vector2f solid(0.f, 1e6f);
    out.append(sf::Vertex(a, colour, solid));
    out.append(sf::Vertex(b, colour, solid));
    out.append(sf::Vertex(c, colour, solid));
    // Feather each edge outwards (away from the opposite corner).
    const sf::Color edge = transparent(colour);
    const sf::Vector2f centre = (a + b + c) / 3.0f;
    const sf::Vector2f corners[3] = {a, b, c};
    for (int i = 0; i < 3; ++i) {
        const sf::Vector2f p = corners[i], q = corners[(i + 1) % 3];
        sf::Vector2f n = normalOf(p, q);
        if ((p.x - centre.x) * n.x + (p.y - centre.y) * n.y < 0)
            n = -n;
        quad(out, sf::Vertex(p, colour, solid), sf::Vertex(q, colour, solid), sf::Vertex(q + n * featherPx, edge, solid),
             sf::Vertex(p + n * featherPx, edge, solid));
    }
}

} // namespace gb::render
