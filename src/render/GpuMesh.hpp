#pragma once
// Geometry uploaded once to GPU buffers and drawn every frame without touching the CPU copy.
// Uploads go in chunks so a 10m layer never needs a second full copy in memory.

#include "geo/Coordinates.hpp"
#include "mapdata/LayerMesh.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>

#include <cstdint>
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
    sf::VertexBuffer buffer_{sf::Triangles, sf::VertexBuffer::Static};
};

//! Polylines drawn as GL line strips, one vertex per point, at a fixed pixel width whatever the
//! zoom; strips outside the view are skipped.
class GpuLines {
public:
    GpuLines() = default;
    explicit GpuLines(const mapdata::Polylines& lines, sf::Color colour);
    //! smooth: coverage antialiasing (costs ~3 µs per visible segment on software GL).
    //! visible: the projected area on screen; strips whose bounds miss it are not drawn.
    void draw(sf::RenderTarget& target, const sf::RenderStates& states, float widthPx, bool smooth,
              const geo::MapBox& visible) const;
    [[nodiscard]] std::size_t vertexCount() const { return buffer_.getVertexCount(); }

private:
    struct Strip {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
        geo::MapBox bounds;
    };
    sf::VertexBuffer buffer_{sf::LineStrip, sf::VertexBuffer::Static};
    std::vector<Strip> strips_;
};

} // namespace gb::render
