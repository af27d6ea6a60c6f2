#include "render/GpuMesh.hpp"

#include <SFML/OpenGL.hpp>

#include <algorithm>

namespace gb::render {
namespace {

constexpr std::size_t uploadChunk = 1 << 16; // vertices per update: ~1.3 MB of staging

//! Fills a vertex buffer of `count` vertices from vertexAt(i), a chunk at a time.
void upload(sf::VertexBuffer& buffer, std::size_t count, const std::function<sf::Vertex(std::size_t)>& vertexAt) {
    if (count == 0 || !buffer.create(count))
        return;
    std::vector<sf::Vertex> chunk;
    chunk.reserve(std::min(count, uploadChunk));
    for (std::size_t start = 0; start < count; start += uploadChunk) {
        const std::size_t n = std::min(uploadChunk, count - start);
        chunk.clear();
        for (std::size_t i = 0; i < n; ++i)
            chunk.push_back(vertexAt(start + i));
        buffer.update(chunk.data(), n, static_cast<unsigned>(start));
    }
}

} // namespace

GpuFill::GpuFill(const mapdata::LayerMesh& mesh, const std::function<sf::Color(std::size_t)>& colourOf) {
    std::vector<sf::Color> colours(mesh.features.size());
    for (std::size_t f = 0; f < mesh.features.size(); ++f)
        colours[f] = colourOf(f);
    std::size_t feature = 0;
    upload(buffer_, mesh.fill.size(), [&](std::size_t i) {
        while (feature + 1 < mesh.features.size() && i >= mesh.features[feature].fillEnd)
            ++feature;
        const sf::Color colour = mesh.features.empty() ? sf::Color::White : colours[feature];
        return sf::Vertex({mesh.fill[i].x, mesh.fill[i].y}, colour);
    });
}

GpuFill::GpuFill(const std::vector<mapdata::MeshPoint>& triangles, sf::Color colour) {
    upload(buffer_, triangles.size(),
           [&](std::size_t i) { return sf::Vertex({triangles[i].x, triangles[i].y}, colour); });
}

void GpuFill::draw(sf::RenderTarget& target, const sf::RenderStates& states) const {
    if (buffer_.getVertexCount() > 0)
        target.draw(buffer_, states);
}

GpuLines::GpuLines(const mapdata::Polylines& lines, sf::Color colour) {
    strips_.reserve(lines.count());
    for (std::size_t l = 0; l < lines.count(); ++l) {
        Strip strip{lines.starts[l], lines.starts[l + 1] - lines.starts[l], {}};
        for (std::uint32_t i = strip.first; i < strip.first + strip.count; ++i)
            strip.bounds.add(geo::MapPoint{lines.points[i].x, lines.points[i].y});
        if (strip.count >= 2)
            strips_.push_back(strip);
    }
    upload(buffer_, lines.points.size(),
           [&](std::size_t i) { return sf::Vertex({lines.points[i].x, lines.points[i].y}, colour); });
}

void GpuLines::draw(sf::RenderTarget& target, const sf::RenderStates& states, float widthPx, bool smooth,
                    const geo::MapBox& visible) const {
    if (buffer_.getVertexCount() == 0)
        return;
    // GL's own lines: exactly widthPx wide at every zoom, smoothed by coverage when asked.
    // SFML does not track these states, so they are set and restored around the draws.
    if (!target.setActive(true))
        return;
    if (smooth)
        glEnable(GL_LINE_SMOOTH);
    glHint(GL_LINE_SMOOTH_HINT, GL_NICEST);
    glLineWidth(widthPx);
    for (const Strip& strip : strips_)
        if (strip.bounds.intersects(visible))
            target.draw(buffer_, strip.first, strip.count, states);
    glLineWidth(1.0f);
    glDisable(GL_LINE_SMOOTH);
}

} // namespace gb::render
