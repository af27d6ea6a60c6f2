#include "render/RibbonShader.hpp"

#include "render/GlCheck.hpp"
#include "render/RawGlScope.hpp"

#include <SFML/OpenGL.hpp>
#include <GL/glext.h>

#include <cstddef>

namespace gb::render {
namespace {

// Positions as fixed function places them; colours and texture coordinates as the vertices
// carry them (fixed function would pass the coordinates through whatever texture matrix SFML
// left from its last textured draw).
constexpr const char* vertexSource = R"(!!ARBvp1.0
OPTION ARB_position_invariant;
MOV result.color, vertex.color;
MOV result.texcoord[0], vertex.texcoord[0];
END
)";

// fragment.texcoord[0].x: signed distance from the centre line (pixels); .y: where coverage is
// one half (the ramp runs from .y - 0.5 to .y + 0.5).
constexpr const char* fragmentSource = R"(!!ARBfp1.0
TEMP c;
ABS c.x, fragment.texcoord[0].x;
ADD c.y, fragment.texcoord[0].y, 0.5;
SUB_SAT c.x, c.y, c.x;
MOV result.color.xyz, fragment.color;
MUL result.color.w, fragment.color.w, c.x;
END
)";

} // namespace

RibbonShader::RibbonShader()
    : vertex_(ArbProgram::Stage::Vertex, vertexSource, "ribbon"),
      fragment_(ArbProgram::Stage::Fragment, fragmentSource, "ribbon") {}

void RibbonShader::draw(sf::RenderTarget& target, const sf::VertexArray& triangles) const {
    if (triangles.getVertexCount() == 0)
        return;
    const RawGlScope scope(target, true);
    if (!scope.active())
        return;
    const ArbProgramsInUse programs(target, &vertex_, &fragment_);
    const auto* bytes = reinterpret_cast<const std::byte*>(&triangles[0]);
    constexpr GLsizei stride = sizeof(sf::Vertex);
    GB_GL(glBindBuffer(GL_ARRAY_BUFFER, 0)); // the arrays below are in our memory
    GB_GL(glEnableClientState(GL_VERTEX_ARRAY));
    GB_GL(glEnableClientState(GL_COLOR_ARRAY));
    GB_GL(glEnableClientState(GL_TEXTURE_COORD_ARRAY));
    GB_GL(glVertexPointer(2, GL_FLOAT, stride, bytes + offsetof(sf::Vertex, position)));
    GB_GL(glColorPointer(4, GL_UNSIGNED_BYTE, stride, bytes + offsetof(sf::Vertex, color)));
    GB_GL(glTexCoordPointer(2, GL_FLOAT, stride, bytes + offsetof(sf::Vertex, texCoords)));
    GB_GL(glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(triangles.getVertexCount())));
}

} // namespace gb::render
