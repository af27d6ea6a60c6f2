#include "render/GpuMesh.hpp"

#include <SFML/OpenGL.hpp>

#include <algorithm>

namespace gb::render {

GpuFill::GpuFill(const mapdata::LayerMesh& mesh, const std::function<sf::Color(std::size_t)>& colourOf) {
    std::vector<sf::Vertex> vertices(mesh.fill.size());
    for (std::size_t f = 0; f < mesh.features.size(); ++f) {
        const mapdata::FeatureMesh& fm = mesh.features[f];
        const sf::Color colour = colourOf(f);
        for (std::uint32_t i = fm.fillBegin; i < fm.fillEnd; ++i)
            vertices[i] = sf::Vertex({mesh.fill[i].x, mesh.fill[i].y}, colour);
    }
    upload(vertices);
}

GpuFill::GpuFill(const std::vector<mapdata::MeshPoint>& triangles, sf::Color colour) {
    std::vector<sf::Vertex> vertices;
    vertices.reserve(triangles.size());
    for (const mapdata::MeshPoint& p : triangles)
        vertices.emplace_back(sf::Vector2f(p.x, p.y), colour);
    upload(vertices);
}

void GpuFill::upload(const std::vector<sf::Vertex>& vertices) {
    if (vertices.empty())
        return;
    buffer_.create(vertices.size());
    buffer_.update(vertices.data());
}

void GpuFill::draw(sf::RenderTarget& target, const sf::RenderStates& states) const {
    if (buffer_.getVertexCount() > 0)
        target.draw(buffer_, states);
}

GpuLines::GpuLines(const mapdata::Polylines& lines, sf::Color colour, std::size_t first, std::size_t last) {
    last = std::min(last, lines.count());
    std::vector<sf::Vertex> vertices;
    if (first < last)
        vertices.reserve(2 * (lines.starts[last] - lines.starts[first]));
    for (std::size_t l = first; l < last; ++l)
        for (std::uint32_t i = lines.starts[l] + 1; i < lines.starts[l + 1]; ++i) {
            vertices.emplace_back(sf::Vector2f(lines.points[i - 1].x, lines.points[i - 1].y), colour);
            vertices.emplace_back(sf::Vector2f(lines.points[i].x, lines.points[i].y), colour);
        }
    if (vertices.empty())
        return;
    buffer_.create(vertices.size());
    buffer_.update(vertices.data());
}

void GpuLines::draw(sf::RenderTarget& target, const sf::RenderStates& states, float widthPx, bool smooth) const {
    if (buffer_.getVertexCount() == 0)
        return;
    // GL's own antialiased lines: exactly widthPx wide at every zoom, smoothed by coverage.
    // SFML does not track these two states, so they are set and restored around the draw.
    if (!target.setActive(true))
        return;
    if (smooth)
        glEnable(GL_LINE_SMOOTH);
    glHint(GL_LINE_SMOOTH_HINT, GL_NICEST);
    glLineWidth(widthPx);
    target.draw(buffer_, states);
    glLineWidth(1.0f);
    glDisable(GL_LINE_SMOOTH);
}

} // namespace gb::render
