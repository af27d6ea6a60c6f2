#include "render/RibbonShader.hpp"

#include "render/GlslProgram.hpp"

namespace gb::render {
namespace {

const char* const vertexSource = R"(
void main() {
    gl_Position = gl_ModelViewProjectionMatrix * gl_Vertex;
    gl_FrontColor = gl_Color;
    gl_TexCoord[0] = gl_MultiTexCoord0;
}
)";

// gl_TexCoord[0].x: signed distance from the centre line (pixels); .y: where coverage is one
// half (the ramp runs from .y - 0.5 to .y + 0.5).
const char* const fragmentSource = R"(
void main() {
    float coverage = clamp(gl_TexCoord[0].y + 0.5 - abs(gl_TexCoord[0].x), 0.0, 1.0);
    gl_FragColor = vec4(gl_Color.rgb, gl_Color.a * coverage);
}
)";

} // namespace

RibbonShader::RibbonShader() {
    loadGlslProgram(shader_, vertexSource, fragmentSource, "ribbon");
}

} // namespace gb::render
