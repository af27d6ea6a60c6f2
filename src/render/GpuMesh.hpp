#pragma once
// Geometry uploaded once to GPU buffers and drawn every frame without touching the CPU copy.
// Uploads go in chunks so a 10m layer never needs a second full copy in memory.

#include "geo/Coordinates.hpp"
#include "mapdata/LayerMesh.hpp"
#include "render/LineShader.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>

#include <cstdint>
#include <functional>
#include <optional>
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
    //! Draws the parts that reach into `visible` (projected metres; all when omitted), without
    //! blending when every colour is opaque (the result is the same, and software GL then writes
    //! pixels without reading them first).
    void draw(sf::RenderTarget& target, sf::RenderStates states, const std::optional<geo::MapBox>& visible = {}) const;
    [[nodiscard]] std::size_t vertexCount() const { return buffer_.getVertexCount(); }

private:
    //! Runs of triangles with their bounds, a few thousand vertices each: software GL transforms
    //! every vertex it is given, so what is off screen is better not given (a view zoomed on
    //! Kursk draws a few hundred of 10m's 495k triangles).
    struct Group {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
        geo::MapBox bounds;
    };
    std::vector<Group> groups_; //!< empty: always draw everything
    sf::VertexBuffer buffer_{sf::Triangles, sf::VertexBuffer::Static};
    bool opaque_ = true;
};

//! Polylines as antialiased ribbons of a fixed pixel width whatever the zoom (see LineShader):
//! two vertices per point, polylines joined into strips of a few thousand vertices; strips
//! outside the view are skipped.
class GpuLines {
public:
    GpuLines() = default;
    GpuLines(const mapdata::Polylines& lines, sf::Color colour);
    //! visible: the projected area on screen. metresPerPixel: the scale the ribbons are drawn at.
    void draw(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
              const geo::MapBox& visible) const {
        drawInColour(target, shader, widthPx, metresPerPixel, visible, colour_);
    }
    void drawInColour(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
                      const geo::MapBox& visible, sf::Color colour) const;

private:
    struct Strip {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
        geo::MapBox bounds;
    };
    sf::VertexBuffer buffer_{sf::TriangleStrip, sf::VertexBuffer::Static};
    std::vector<Strip> strips_;
    sf::Color colour_;
};

} // namespace gb::render
