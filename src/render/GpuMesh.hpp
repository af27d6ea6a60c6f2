#pragma once
// Geometry uploaded once to GPU buffers and drawn every frame without touching the CPU copy.

#include "mapdata/LayerMesh.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>

#include <functional>
#include <vector>

namespace gb::render {

//! Triangles with a colour per feature (fills).
class GpuFill {
public:
    GpuFill() = default;
    //! colourOf(i) gives the colour of feature i of the mesh.
    GpuFill(const mapdata::LayerMesh& mesh, const std::function<sf::Color(std::size_t)>& colourOf);
    //! Plain triangles in one colour (the sea).
    GpuFill(const std::vector<mapdata::MeshPoint>& triangles, sf::Color colour);
    void draw(sf::RenderTarget& target, const sf::RenderStates& states) const;
    [[nodiscard]] std::size_t vertexCount() const { return buffer_.getVertexCount(); }

private:
    void upload(const std::vector<sf::Vertex>& vertices);
    sf::VertexBuffer buffer_{sf::Triangles, sf::VertexBuffer::Static};
};

//! Line segments (GL_LINES) drawn antialiased at a fixed pixel width whatever the zoom.
class GpuLines {
public:
    GpuLines() = default;
    //! Every polyline of `lines`, or only polylines [first, last) when given.
    GpuLines(const mapdata::Polylines& lines, sf::Color colour, std::size_t first = 0,
             std::size_t last = static_cast<std::size_t>(-1));
    //! smooth: coverage antialiasing (costs ~3 µs per visible segment on software GL).
    void draw(sf::RenderTarget& target, const sf::RenderStates& states, float widthPx, bool smooth = true) const;
    [[nodiscard]] std::size_t vertexCount() const { return buffer_.getVertexCount(); }

private:
    sf::VertexBuffer buffer_{sf::Lines, sf::VertexBuffer::Static};
};

} // namespace gb::render
