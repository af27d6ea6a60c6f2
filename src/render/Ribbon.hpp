#pragma once
// Antialiased thick lines and triangles built as plain triangles in screen pixels, drawn with
// RibbonShader: each edge fades to transparent over one pixel. For the few, animated,
// per-frame shapes (flow arrows); the static map uses GpuLines.

#include <SFML/Graphics/VertexArray.hpp>

#include <vector>

namespace gb::render {

//! A polyline of the given width; joins are mitred (at most twice the width). One quad per
//! segment, one pixel wider on each side; texCoords: distance across, half width.
void appendRibbon(sf::VertexArray& triangles, const std::vector<sf::Vector2f>& points, float widthPx, sf::Color colour);

//! A filled triangle with antialiased edges (corners given in any order; the feather is in the
//! vertex colours, so it draws the same with RibbonShader).
void appendTriangle(sf::VertexArray& triangles, sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color colour);

//! The first `length` pixels of a polyline (the whole polyline if it is shorter).
[[nodiscard]] std::vector<sf::Vector2f> prefix(const std::vector<sf::Vector2f>& points, float length);

//! The part of a polyline between two distances from its start.
[[nodiscard]] std::vector<sf::Vector2f> slice(const std::vector<sf::Vector2f>& points, float from, float to);

[[nodiscard]] float polylineLength(const std::vector<sf::Vector2f>& points);

//! A polyline with the distance from its start to each point, so that many slices of it (a
//! flow's dashes: hundreds per flow) cost a binary search each instead of a walk from the start.
class MeasuredPolyline {
public:
    explicit MeasuredPolyline(const std::vector<sf::Vector2f>& points);
    [[nodiscard]] float length() const { return along_.empty() ? 0.0f : along_.back(); }
    //! The same as slice(points, from, to).
    [[nodiscard]] std::vector<sf::Vector2f> slice(float from, float to) const;

private:
    const std::vector<sf::Vector2f>& points_;
    std::vector<float> along_; //!< distance from the start to each point
};

} // namespace gb::render
