#include "render/GpuMesh.hpp"

#include "render/Mitre.hpp"

#include <algorithm>
#include <cmath>

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
    for (std::size_t f = 0; f < mesh.features.size(); ++f) {
        colours[f] = colourOf(f);
        opaque_ = opaque_ && colours[f].a == 255;
    }
    // Consecutive chunks joined until a group has a few thousand vertices: fewer draw calls.
    constexpr std::uint32_t verticesPerGroup = 3072;
    for (const mapdata::FillChunk& chunk : mesh.fillChunks) {
        if (groups_.empty() || groups_.back().count >= verticesPerGroup)
            groups_.push_back({chunk.begin, 0, {}});
        Group& g = groups_.back();
        g.count = chunk.end - g.first;
        g.bounds.add(chunk.bounds);
    }
    std::size_t feature = 0;
    upload(buffer_, mesh.fill.size(), [&](std::size_t i) {
        while (feature + 1 < mesh.features.size() && i >= mesh.features[feature].fillEnd)
            ++feature;
        const sf::Color colour = mesh.features.empty() ? sf::Color::White : colours[feature];
        return sf::Vertex({mesh.fill[i].x, mesh.fill[i].y}, colour);
    });
}

GpuFill::GpuFill(const std::vector<mapdata::MeshPoint>& triangles, sf::Color colour) : opaque_(colour.a == 255) {
    upload(buffer_, triangles.size(),
           [&](std::size_t i) { return sf::Vertex({triangles[i].x, triangles[i].y}, colour); });
}

void GpuFill::draw(sf::RenderTarget& target, sf::RenderStates states, const std::optional<geo::MapBox>& visible) const {
    if (buffer_.getVertexCount() == 0)
        return;
    if (opaque_ && states.blendMode == sf::BlendAlpha)
        states.blendMode = sf::BlendNone;
    if (!visible || groups_.empty()) {
        target.draw(buffer_, states);
        return;
    }
    // Visible groups that follow each other in the buffer go in one draw call.
    std::uint32_t first = 0, count = 0;
    for (const Group& g : groups_) {
        if (!g.bounds.intersects(*visible))
            continue;
        if (count > 0 && first + count == g.first) {
            count += g.count;
            continue;
        }
        if (count > 0)
            target.draw(buffer_, first, count, states);
        first = g.first;
        count = g.count;
    }
    if (count > 0)
        target.draw(buffer_, first, count, states);
}

namespace {

//! The ribbon vertices of one polyline: each point twice, offset along its mitre to either side
//! (the vertex shader scales the offset to the line's width).
void appendRibbon(const mapdata::MeshPoint* points, std::size_t n, std::vector<sf::Vertex>& out) {
    std::vector<sf::Vector2<double>> p;
    p.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (p.empty() || p.back().x != points[i].x || p.back().y != points[i].y)
            p.emplace_back(points[i].x, points[i].y);
    if (p.size() < 2)
        return;
    const std::vector<Mitre> m = mitres(p);
    for (std::size_t i = 0; i < p.size(); ++i) {
        const sf::Vector2f at(static_cast<float>(p[i].x), static_cast<float>(p[i].y));
        const sf::Vector2f offset(static_cast<float>(m[i].x), static_cast<float>(m[i].y));
        out.emplace_back(at, sf::Color(255, 0, 0), offset);
        out.emplace_back(at, sf::Color(0, 0, 0), -offset);
    }
}

} // namespace

GpuLines::GpuLines(const mapdata::Polylines& lines, sf::Color colour) : colour_(colour) {
    // Each draw call costs SFML a shader bind and uniform upload, so polylines are joined into
    // strips of a few thousand vertices with degenerate (zero-area) triangles between them,
    // and culling works per joined strip.
    constexpr std::uint32_t verticesPerStrip = 4096;
    // At most two vertices per point and two per join. The buffer is filled a chunk at a time:
    // at 10m a full copy of the ribbons would add ~25 MB to the peak.
    if (lines.points.empty() || !buffer_.create(2 * lines.points.size() + 2 * lines.count()))
        return;
    std::vector<sf::Vertex> chunk, ribbon;
    chunk.reserve(uploadChunk);
    std::uint32_t written = 0; // vertices before the chunk
    const auto count = [&] { return written + static_cast<std::uint32_t>(chunk.size()); };
    const auto emit = [&](const sf::Vertex& v) {
        chunk.push_back(v);
        if (chunk.size() == uploadChunk) {
            buffer_.update(chunk.data(), chunk.size(), written);
            written += static_cast<std::uint32_t>(chunk.size());
            chunk.clear();
        }
    };
    sf::Vertex last;
    Strip strip;
    const auto close = [&] {
        strip.count = count() - strip.first;
        if (strip.count >= 4)
            strips_.push_back(strip);
        strip = Strip{count(), 0, {}};
    };
    for (std::size_t l = 0; l < lines.count(); ++l) {
        const std::uint32_t begin = lines.starts[l], end = lines.starts[l + 1];
        ribbon.clear();
        appendRibbon(&lines.points[begin], end - begin, ribbon);
        if (ribbon.empty())
            continue;
        if (count() - strip.first >= verticesPerStrip)
            close();
        if (count() > strip.first) {
            emit(last);
            emit(ribbon.front());
        }
        for (const sf::Vertex& v : ribbon)
            emit(v);
        last = ribbon.back();
        for (std::uint32_t i = begin; i < end; ++i)
            strip.bounds.add(geo::MapPoint{lines.points[i].x, lines.points[i].y});
    }
    close();
    if (!chunk.empty())
        buffer_.update(chunk.data(), chunk.size(), written);
}

void GpuLines::drawInColour(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
                            const geo::MapBox& visible, sf::Color colour) const {
    if (buffer_.getVertexCount() == 0)
        return;
    shader.configure(widthPx, colour, metresPerPixel);
    sf::RenderStates states;
    states.shader = &shader.shader();
    // A strip's bounds grow by the ribbon's width, so lines just off screen still reach in.
    geo::MapBox reach = visible;
    const double margin = (widthPx + 2.0) * metresPerPixel;
    reach.minX -= margin;
    reach.minY -= margin;
    reach.maxX += margin;
    reach.maxY += margin;
    for (const Strip& strip : strips_)
        if (strip.bounds.intersects(reach))
            target.draw(buffer_, strip.first, strip.count, states);
}

} // namespace gb::render
