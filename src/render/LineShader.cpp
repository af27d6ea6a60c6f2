#include "render/LineShader.hpp"

#include "render/GlslProgram.hpp"

namespace gb::render {
namespace {

// gl_MultiTexCoord0: the unit miter (map units, scaled by the miter length) times the side,
// gl_Color.r: 0 on one side of the line, 1 on the other.
const char* const vertexSource = R"(
uniform float halfWidthMap;
varying float across;
void main() {
    vec4 p = gl_Vertex;
    p.xy += gl_MultiTexCoord0.xy * halfWidthMap;
    gl_Position = gl_ModelViewProjectionMatrix * p;
    across = gl_Color.r * 2.0 - 1.0;
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
