#pragma once
// Geometry uploaded once to GPU buffers and drawn every frame without touching the CPU copy.
// Uploads go in chunks so a 10m layer never needs a second full copy in memory. Vertices are
// 12 bytes (sf::Vertex takes 20): with software GL the "GPU" buffers are main memory, and the
// 10m level alone has ~1.5 million fill vertices and ~1 million ribbon vertices.

#include "geo/Coordinates.hpp"
#include "mapdata/LayerMesh.hpp"
#include "render/GlBuffer.hpp"
#include "render/LineShader.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <utility>
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
    //! Draws the parts that reach into `visible` (projected metres; all when omitted), in the
    //! target's current view, without blending when every colour is opaque (the result is the
    //! same, and software GL then writes pixels without reading them first).
    void draw(sf::RenderTarget& target, const std::optional<geo::MapBox>& visible = {}) const;
    [[nodiscard]] std::size_t vertexCount() const { return vertexCount_; }

    //! Position in projected metres and a colour: 12 bytes.
    struct Vertex {
        float x = 0, y = 0;
        std::uint8_t r = 0, g = 0, b = 0, a = 0;
    };

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
    std::unique_ptr<GlBuffer> buffer_;
    std::size_t vertexCount_ = 0;
    bool opaque_ = true;
};

//! Polylines as antialiased ribbons of a fixed pixel width whatever the zoom (see LineShader):
//! two vertices per point, polylines joined into strips of a few thousand vertices. Any range of
//! the polylines (one country's) can be drawn on its own, so highlights need no second copy.
class GpuLines {
public:
    using LineRange = std::pair<std::uint32_t, std::uint32_t>; //!< polylines [first, end)

    GpuLines() = default;
    GpuLines(const mapdata::Polylines& lines, sf::Color colour);
    //! visible: the projected area on screen. metresPerPixel: the scale the ribbons are drawn at.
    void draw(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
              const geo::MapBox& visible) const {
        drawInColour(target, shader, widthPx, metresPerPixel, visible, colour_);
    }
    void drawInColour(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
                      const geo::MapBox& visible, sf::Color colour) const;
    //! Only the polylines in `ranges` (indexes into the Polylines it was made from).
    void drawLines(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
                   const geo::MapBox& visible, sf::Color colour, std::span<const LineRange> ranges) const;
    [[nodiscard]] std::size_t lineCount() const { return lines_.size(); }

    //! Position in projected metres and the mitre, times 4096 as whole numbers; the lowest bit
    //! of mitreX is the side of the line (LineShader decodes it): 12 bytes.
    struct Vertex {
        float x = 0, y = 0;
        std::int16_t mitreX = 0, mitreY = 0;
    };

private:
    //! Where a polyline's ribbon lies in the buffer. Polylines of one strip are joined by
    //! degenerate triangles, so any run of them in one strip is one draw call.
    struct Line {
        std::uint32_t first = 0;
        std::uint32_t count = 0; //!< 0: nothing to draw (fewer than two distinct points)
        std::uint32_t strip = 0;
        geo::MapBox bounds;
    };
    std::unique_ptr<GlBuffer> buffer_;
    std::vector<Line> lines_;
    sf::Color colour_;
};

} // namespace gb::render
