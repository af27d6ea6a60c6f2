#include "render/LineShader.hpp"

#include "render/GlslProgram.hpp"

namespace gb::render {
namespace {

// gl_MultiTexCoord0: the mitre (map units per half width) times 4096 as whole numbers, x times
// two plus the side of the line (0 or 1) in its lowest bit (GpuLines::Vertex).
const char* const vertexSource = R"(
uniform float halfWidthMap;
varying float across;
void main() {
    float side = mod(gl_MultiTexCoord0.x, 2.0);
    vec2 mitre = vec2(gl_MultiTexCoord0.x - side, 2.0 * gl_MultiTexCoord0.y) / 8192.0;
    vec4 p = gl_Vertex;
    p.xy += mitre * halfWidthMap;
    gl_Position = gl_ModelViewProjectionMatrix * p;
    across = side * 2.0 - 1.0;
}
)";

const char* const fragmentSource = R"(
uniform vec4 colour;
uniform float halfWidthPx;
uniform float ribbonHalfPx;
varying float across;
void main() {
    float d = abs(across) * ribbonHalfPx;
    float coverage = clamp(halfWidthPx + 0.5 - d, 0.0, 1.0);
    gl_FragColor = vec4(colour.rgb, colour.a * coverage);
}
)";

} // namespace

LineShader::LineShader() {
    loadGlslProgram(shader_, vertexSource, fragmentSource, "line");
}

void LineShader::configure(float widthPx, sf::Color colour, double metresPerPixel) {
    const float half = widthPx / 2.0f;
    const float ribbon = half + featherPx;
    shader_.setUniform("halfWidthMap", static_cast<float>(ribbon * metresPerPixel));
    shader_.setUniform("halfWidthPx", half);
    shader_.setUniform("ribbonHalfPx", ribbon);
    shader_.setUniform("colour", sf::Glsl::Vec4(colour));
}

} // namespace gb::render
