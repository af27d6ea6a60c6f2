#include "render/HatchShader.hpp"

#include "render/GlslProgram.hpp"

namespace gb::render {
namespace {

const char* const vertexSource = R"(
void main() {
    gl_Position = gl_ModelViewProjectionMatrix * gl_Vertex;
}
)";

// Distance across the 45-degree stripes is (x + y) / sqrt(2) pixels; the stripe's edges fade
// over one pixel.
const char* const fragmentSource = R"(
uniform vec4 colour;
uniform float spacing;
uniform float halfWidth;
void main() {
    float across = (gl_FragCoord.x + gl_FragCoord.y) * 0.70710678;
    float d = abs(mod(across, spacing) - 0.5 * spacing);
    float coverage = clamp(halfWidth + 0.5 - d, 0.0, 1.0);
    gl_FragColor = vec4(colour.rgb, colour.a * coverage);
}
)";

} // namespace

HatchShader::HatchShader() { loadGlslProgram(shader_, vertexSource, fragmentSource, "hatch"); }

void HatchShader::configure(sf::Color colour, float spacingPx, float widthPx) {
    shader_.setUniform("colour", sf::Glsl::Vec4(colour));
    shader_.setUniform("spacing", spacingPx);
    shader_.setUniform("halfWidth", widthPx / 2.0f);
}

} // namespace gb::render
