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

} // namespace

float polylineLength(const std::vector<sf::Vector2f>& p) {
    float length = 0;
    for (std::size_t i = 1; i < p.size(); ++i)
        length += std::hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
    return length;
}

std::vector<sf::Vector2f> slice(const std::vector<sf::Vector2f>& p, float from, float to) {
    std::vector<sf::Vector2f> out;
    if (p.size() < 2 || to <= from)
        return out;
    float walked = 0;
    for (std::size_t i = 1; i < p.size(); ++i) {
        const sf::Vector2f a = p[i - 1], b = p[i];
        const float seg = std::hypot(b.x - a.x, b.y - a.y);
        const float s0 = walked, s1 = walked + seg;
        walked = s1;
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

std::vector<sf::Vector2f> prefix(const std::vector<sf::Vector2f>& p, float length) { return slice(p, 0, length); }

void appendRibbon(sf::VertexArray& out, const std::vector<sf::Vector2f>& p, float widthPx, sf::Color colour) {
    if (p.size() < 2)
        return;
    const float half = widthPx / 2;
    std::vector<sf::Vector2f> miter;
    miter.reserve(p.size());
    for (const Mitre& m : mitres(p))
        miter.emplace_back(static_cast<float>(m.x), static_cast<float>(m.y));
    const sf::Color edge = transparent(colour);
    for (std::size_t i = 1; i < p.size(); ++i) {
        const sf::Vector2f a = p[i - 1], b = p[i], ma = miter[i - 1], mb = miter[i];
        const sf::Vertex aIn1(a + ma * half, colour), aIn2(a - ma * half, colour);
        const sf::Vertex bIn1(b + mb * half, colour), bIn2(b - mb * half, colour);
        const sf::Vertex aOut1(a + ma * (half + featherPx), edge), aOut2(a - ma * (half + featherPx), edge);
        const sf::Vertex bOut1(b + mb * (half + featherPx), edge), bOut2(b - mb * (half + featherPx), edge);
        quad(out, aIn1, bIn1, bIn2, aIn2);
        quad(out, aOut1, bOut1, bIn1, aIn1);
        quad(out, aIn2, bIn2, bOut2, aOut2);
    }
}

void appendTriangle(sf::VertexArray& out, sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color colour) {
    out.append(sf::Vertex(a, colour));
    out.append(sf::Vertex(b, colour));
    out.append(sf::Vertex(c, colour));
    // Feather each edge outwards (away from the opposite corner).
    const sf::Color edge = transparent(colour);
    const sf::Vector2f centre = (a + b + c) / 3.0f;
    const sf::Vector2f corners[3] = {a, b, c};
    for (int i = 0; i < 3; ++i) {
        const sf::Vector2f p = corners[i], q = corners[(i + 1) % 3];
        sf::Vector2f n = normalOf(p, q);
        if ((p.x - centre.x) * n.x + (p.y - centre.y) * n.y < 0)
            n = -n;
        quad(out, sf::Vertex(p, colour), sf::Vertex(q, colour), sf::Vertex(q + n * featherPx, edge),
             sf::Vertex(p + n * featherPx, edge));
    }
}

} // namespace gb::render
