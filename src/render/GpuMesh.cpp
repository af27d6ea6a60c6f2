#include "render/GpuMesh.hpp"

#include "render/Mitre.hpp"
#include "render/RawGlScope.hpp"

#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>
#include <GL/glext.h>

#include <algorithm>
#include <cmath>

namespace gb::render {
namespace {

constexpr std::size_t uploadChunk = 1 << 16; // vertices per update: ~0.8 MB of staging

//! Fills `buffer` with `count` vertices from vertexAt(i), a chunk at a time.
template <typename Vertex, typename VertexAt>
std::unique_ptr<GlBuffer> upload(std::size_t count, VertexAt&& vertexAt) {
    if (count == 0)
        return nullptr;
    auto buffer = std::make_unique<GlBuffer>(count * sizeof(Vertex));
    std::vector<Vertex> chunk;
    chunk.reserve(std::min(count, uploadChunk));
    for (std::size_t start = 0; start < count; start += uploadChunk) {
        const std::size_t n = std::min(uploadChunk, count - start);
        chunk.clear();
        for (std::size_t i = 0; i < n; ++i)
            chunk.push_back(vertexAt(start + i));
        buffer->update(start * sizeof(Vertex), n * sizeof(Vertex), chunk.data());
    }
    return buffer;
}

//! Software GL bins every triangle of a frame into screen tiles before its threads rasterize
//! them, ~150 bytes a triangle: a 50m map's 270k fill and border triangles held ~25 MB of bins
//! at once, the window's peak. Finishing every 16k vertices keeps the bins small
//! and costs no time here (binning is quick next to rasterizing). Fences that kept two batches
//! in flight were slower and held more: llvmpipe then queues many small scenes.
class BatchPacer {
public:
    void drew(std::size_t vertices) {
        pending_ += vertices;
        if (pending_ >= verticesPerBatch) {
            GB_GL(glFinish());
            pending_ = 0;
        }
    }

private:
    static constexpr std::size_t verticesPerBatch = 1 << 14;
    std::size_t pending_ = 0;
};

const void* byteOffset(std::size_t bytes) { return reinterpret_cast<const void*>(bytes); }

//! Binds `buffer` as the vertex array: two floats of position at the start of each vertex, and
//! the colour or texture-coordinate arrays switched on as the layout has them (the caller
//! points them).
void bindVertices(const GlBuffer& buffer, GLsizei stride, bool colours, bool texCoords) {
    GB_GL(glBindBuffer(GL_ARRAY_BUFFER, buffer.handle()));
    GB_GL(glEnableClientState(GL_VERTEX_ARRAY));
    if (colours)
        GB_GL(glEnableClientState(GL_COLOR_ARRAY));
    else
        GB_GL(glDisableClientState(GL_COLOR_ARRAY));
    if (texCoords)
        GB_GL(glEnableClientState(GL_TEXTURE_COORD_ARRAY));
    else
        GB_GL(glDisableClientState(GL_TEXTURE_COORD_ARRAY));
    GB_GL(glVertexPointer(2, GL_FLOAT, stride, byteOffset(0)));
}

GpuFill::Vertex fillVertex(mapdata::MeshPoint p, sf::Color c) { return {p.x, p.y, c.r, c.g, c.b, c.a}; }

} // namespace

static_assert(sizeof(GpuFill::Vertex) == 12 && sizeof(GpuLines::Vertex) == 12, "vertices are packed for memory");

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
    buffer_ = upload<Vertex>(mesh.fill.size(), [&](std::size_t i) {
        while (feature + 1 < mesh.features.size() && i >= mesh.features[feature].fillEnd)
            ++feature;
        return fillVertex(mesh.fill[i], mesh.features.empty() ? sf::Color::White : colours[feature]);
    });
    vertexCount_ = mesh.fill.size();
}

GpuFill::GpuFill(const std::vector<mapdata::MeshPoint>& triangles, sf::Color colour)
    : vertexCount_(triangles.size()), opaque_(colour.a == 255) {
    buffer_ = upload<Vertex>(triangles.size(), [&](std::size_t i) { return fillVertex(triangles[i], colour); });
}

void GpuFill::draw(sf::RenderTarget& target, const std::optional<geo::MapBox>& visible) const {
    if (!buffer_)
        return;
    const RawGlScope scope(target, !opaque_);
    if (!scope.active())
        return;
    static_assert(offsetof(Vertex, x) == 0);
    bindVertices(*buffer_, sizeof(Vertex), true, false);
    GB_GL(glColorPointer(4, GL_UNSIGNED_BYTE, sizeof(Vertex), byteOffset(offsetof(Vertex, r))));
    if (!visible || groups_.empty()) {
        GB_GL(glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(vertexCount_)));
        return;
    }
    // Visible groups that follow each other in the buffer go in one draw call.
    std::uint32_t first = 0, count = 0;
    BatchPacer pacer;
    for (const Group& g : groups_) {
        if (!g.bounds.intersects(*visible))
            continue;
        if (count > 0 && first + count == g.first) {
            count += g.count;
            continue;
        }
        if (count > 0) {
            GB_GL(glDrawArrays(GL_TRIANGLES, static_cast<GLint>(first), static_cast<GLsizei>(count)));
            pacer.drew(count);
        }
        first = g.first;
        count = g.count;
    }
    if (count > 0)
        GB_GL(glDrawArrays(GL_TRIANGLES, static_cast<GLint>(first), static_cast<GLsizei>(count)));
}

namespace {

//! The mitre scaled to whole numbers (|mitre| <= 2, see Mitre.hpp), the side in x's lowest bit.
GpuLines::Vertex lineVertex(const sf::Vector2<double>& at, const Mitre& m, bool side) {
    const auto scaled = [](double v) { return static_cast<int>(std::lround(std::clamp(v, -2.0, 2.0) * 4096.0)); };
    return {static_cast<float>(at.x), static_cast<float>(at.y), static_cast<std::int16_t>(2 * scaled(m.x) + (side ? 1 : 0)),
            static_cast<std::int16_t>(scaled(m.y))};
}

//! The ribbon vertices of one polyline: each point twice, offset along its mitre to either side
//! (the vertex shader scales the offset to the line's width).
void appendRibbon(const mapdata::MeshPoint* points, std::size_t n, std::vector<GpuLines::Vertex>& out) {
    std::vector<sf::Vector2<double>> p;
    p.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (p.empty() || p.back().x != points[i].x || p.back().y != points[i].y)
            p.emplace_back(points[i].x, points[i].y);
    if (p.size() < 2)
        return;
    const std::vector<Mitre> m = mitres(p);
    for (std::size_t i = 0; i < p.size(); ++i) {
        out.push_back(lineVertex(p[i], m[i], true));
        out.push_back(lineVertex(p[i], {-m[i].x, -m[i].y}, false));
    }
}

} // namespace

GpuLines::GpuLines(const mapdata::Polylines& lines, sf::Color colour) : colour_(colour) {
    // Each draw call costs a shader bind and uniform upload, so polylines are joined into strips
    // of a few thousand vertices with degenerate (zero-area) triangles between them.
    constexpr std::uint32_t verticesPerStrip = 4096;
    lines_.resize(lines.count());
    if (lines.points.empty())
        return;
    // At most two vertices per point and two per join. The buffer is filled a chunk at a time:
    // at 10m a full copy of the ribbons would add ~12 MB to the peak.
    buffer_ = std::make_unique<GlBuffer>((2 * lines.points.size() + 2 * lines.count()) * sizeof(Vertex));
    std::vector<Vertex> chunk, ribbon;
    chunk.reserve(uploadChunk);
    std::uint32_t written = 0; // vertices before the chunk
    const auto count = [&] { return written + static_cast<std::uint32_t>(chunk.size()); };
    const auto emit = [&](const Vertex& v) {
        chunk.push_back(v);
        if (chunk.size() == uploadChunk) {
            buffer_->update(written * sizeof(Vertex), chunk.size() * sizeof(Vertex), chunk.data());
            written += static_cast<std::uint32_t>(chunk.size());
            chunk.clear();
        }
    };
    Vertex last;
    std::uint32_t strip = 0, stripFirst = 0;
    for (std::size_t l = 0; l < lines.count(); ++l) {
        const std::uint32_t begin = lines.starts[l], end = lines.starts[l + 1];
        ribbon.clear();
        appendRibbon(&lines.points[begin], end - begin, ribbon);
        if (ribbon.empty())
            continue;
        if (count() - stripFirst >= verticesPerStrip) {
            ++strip;
            stripFirst = count();
        }
        if (count() > stripFirst) {
            emit(last);
            emit(ribbon.front());
        }
        Line& line = lines_[l];
        line.first = count();
        line.count = static_cast<std::uint32_t>(ribbon.size());
        line.strip = strip;
        for (const Vertex& v : ribbon)
            emit(v);
        last = ribbon.back();
        for (std::uint32_t i = begin; i < end; ++i)
            line.bounds.add(geo::MapPoint{lines.points[i].x, lines.points[i].y});
    }
    if (!chunk.empty())
        buffer_->update(written * sizeof(Vertex), chunk.size() * sizeof(Vertex), chunk.data());
}

void GpuLines::drawInColour(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
                            const geo::MapBox& visible, sf::Color colour) const {
    const LineRange all{0, static_cast<std::uint32_t>(lines_.size())};
    drawLines(target, shader, widthPx, metresPerPixel, visible, colour, std::span(&all, 1));
}

void GpuLines::drawLines(sf::RenderTarget& target, LineShader& shader, float widthPx, double metresPerPixel,
                         const geo::MapBox& visible, sf::Color colour, std::span<const LineRange> ranges) const {
    if (!buffer_)
        return;
    const RawGlScope scope(target, true);
    if (!scope.active())
        return;
    shader.configure(widthPx, colour, metresPerPixel);
    const ArbProgramsInUse lineProgram = shader.use(target);
    static_assert(offsetof(Vertex, x) == 0);
    bindVertices(*buffer_, sizeof(Vertex), false, true);
    GB_GL(glTexCoordPointer(2, GL_SHORT, sizeof(Vertex), byteOffset(offsetof(Vertex, mitreX))));
    // A line's bounds grow by the ribbon's width, so lines just off screen still reach in.
    geo::MapBox reach = visible;
    const double margin = (widthPx + 2.0) * metresPerPixel;
    reach.minX -= margin;
    reach.minY -= margin;
    reach.maxX += margin;
    reach.maxY += margin;
    // Visible lines that follow each other in one strip go in one draw call (with the joins
    // between them); a line left out (off screen, or not asked for) splits the run.
    std::uint32_t first = 0, end = 0, strip = 0, nextLine = 0;
    BatchPacer pacer;
    const auto flush = [&] {
        if (end > first) {
            GB_GL(glDrawArrays(GL_TRIANGLE_STRIP, static_cast<GLint>(first), static_cast<GLsizei>(end - first)));
            pacer.drew(end - first);
        }
        first = end = 0;
    };
    for (const LineRange& range : ranges) {
        for (std::uint32_t l = range.first; l < range.second && l < lines_.size(); ++l) {
            const Line& line = lines_[l];
            if (line.count == 0) { // no vertices, no joins: does not split a run
                nextLine += nextLine == l ? 1 : 0;
                continue;
            }
            if (!line.bounds.intersects(reach))
                continue;
            if (end > first && line.strip == strip && l == nextLine) {
                end = line.first + line.count;
            } else {
                flush();
                first = line.first;
                end = line.first + line.count;
                strip = line.strip;
            }
            nextLine = l + 1;
        }
    }
    flush();
}

} // namespace gb::render
