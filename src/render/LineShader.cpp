#include "render/LineShader.hpp"

namespace gb::render {
namespace {

// vertex.texcoord[0]: the mitre (map units per half width) times 4096 as whole numbers, x times
// two plus the side of the line (0 or 1) in its lowest bit (GpuLines::Vertex).
// program.local[0].x: the ribbon's half width in map units.
// Out: result.texcoord[0].x, where across the ribbon (-1 one side, +1 the other).
constexpr const char* vertexSource = R"(!!ARBvp1.0
PARAM halfWidthMap = program.local[0];
PARAM mvp[4] = { state.matrix.mvp.transpose };
TEMP side, mitre, p, h;
# side = mod(x, 2): x - 2 floor(x / 2)
MUL side.x, vertex.texcoord[0].x, 0.5;
FLR side.x, side.x;
MAD side.x, side.x, -2.0, vertex.texcoord[0].x;
# mitre = (x - side, 2 y) / 8192
SUB mitre.x, vertex.texcoord[0].x, side.x;
ADD mitre.y, vertex.texcoord[0].y, vertex.texcoord[0].y;
MUL mitre.xy, mitre, 0.0001220703125;
MOV p, vertex.position;
MAD p.xy, mitre, halfWidthMap.x, p;
# the model-view-projection matrix by columns, as GLSL multiplies
MUL h, mvp[0], p.x;
MAD h, mvp[1], p.y, h;
MAD h, mvp[2], p.z, h;
MAD result.position, mvp[3], p.w, h;
MAD result.texcoord[0].x, side.x, 2.0, -1.0;
END
)";

// program.local[0]: the colour; program.local[1]: x, the half width in pixels, y the ribbon's
// (the half width and the feather). The outermost pixel fades.
constexpr const char* fragmentSource = R"(!!ARBfp1.0
PARAM colour = program.local[0];
PARAM widths = program.local[1];
TEMP d;
ABS d.x, fragment.texcoord[0].x;
MUL d.x, d.x, widths.y;
ADD d.y, widths.x, 0.5;
SUB_SAT d.x, d.y, d.x;
MOV result.color.xyz, colour;
MUL result.color.w, colour.w, d.x;
END
)";

} // namespace

LineShader::LineShader()
    : vertex_(ArbProgram::Stage::Vertex, vertexSource, "line"),
      fragment_(ArbProgram::Stage::Fragment, fragmentSource, "line") {}

void LineShader::configure(float widthPx, sf::Color colour, double metresPerPixel) {
    const float half = widthPx / 2.0f;
    const float ribbon = half + featherPx;
    vertex_.setLocal(0, static_cast<float>(ribbon * metresPerPixel), 0.f, 0.f, 0.f);
    fragment_.setLocal(0, colour.r / 255.f, colour.g / 255.f, colour.b / 255.f, colour.a / 255.f);
    fragment_.setLocal(1, half, ribbon, 0.f, 0.f);
}

} // namespace gb::render
