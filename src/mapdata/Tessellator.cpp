#include "mapdata/Tessellator.hpp"

#include <GL/glu.h>

#include <array>
#include <deque>

namespace gb::mapdata {

struct Tessellator::State {
    GLUtesselator* tess = nullptr;
    std::vector<MeshPoint>* out = nullptr;
    std::deque<std::array<GLdouble, 3>> combined; //!< vertices GLU creates at intersections
    std::vector<GLdouble> input;                  //!< x,y,z per input vertex; stable during a call
    bool failed = false;
};

namespace {
using TessState = Tessellator::State;

void onBegin(GLenum, void*) {}
void onEdgeFlag(GLboolean, void*) {} // registering it makes GLU emit plain GL_TRIANGLES
void onEnd(void*) {}

void onVertex(void* vertex, void* data) {
    const auto* v = static_cast<const GLdouble*>(vertex);
    static_cast<TessState*>(data)->out->push_back({static_cast<float>(v[0]), static_cast<float>(v[1])});
}

void onCombine(GLdouble coords[3], void*[4], GLfloat[4], void** result, void* data) {
    auto* state = static_cast<TessState*>(data);
    state->combined.push_back({coords[0], coords[1], 0.0});
    *result = state->combined.back().data();
}

void onError(GLenum, void* data) { static_cast<TessState*>(data)->failed = true; }

template <typename F> _GLUfuncptr callback(F* f) { return reinterpret_cast<_GLUfuncptr>(f); }
} // namespace

Tessellator::Tessellator() : state_(std::make_unique<State>()) {
    state_->tess = gluNewTess();
    gluTessCallback(state_->tess, GLU_TESS_BEGIN_DATA, callback(&onBegin));
    gluTessCallback(state_->tess, GLU_TESS_VERTEX_DATA, callback(&onVertex));
    gluTessCallback(state_->tess, GLU_TESS_EDGE_FLAG_DATA, callback(&onEdgeFlag));
    gluTessCallback(state_->tess, GLU_TESS_END_DATA, callback(&onEnd));
    gluTessCallback(state_->tess, GLU_TESS_COMBINE_DATA, callback(&onCombine));
    gluTessCallback(state_->tess, GLU_TESS_ERROR_DATA, callback(&onError));
    gluTessProperty(state_->tess, GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessNormal(state_->tess, 0, 0, 1); // a known normal saves GLU a pass over the points
}

Tessellator::~Tessellator() { gluDeleteTess(state_->tess); }

bool Tessellator::tessellate(std::span<const std::vector<double>> contours, std::vector<MeshPoint>& out) {
    std::size_t total = 0;
    for (const auto& c : contours)
        total += c.size() / 2;
    state_->input.resize(total * 3);
    state_->combined.clear();
    state_->out = &out;
    state_->failed = false;
    const std::size_t before = out.size();

    gluTessBeginPolygon(state_->tess, state_.get());
    std::size_t k = 0;
    for (const auto& contour : contours) {
        if (contour.size() < 6)
            continue;
        gluTessBeginContour(state_->tess);
        for (std::size_t i = 0; i + 1 < contour.size(); i += 2) {
            GLdouble* v = &state_->input[k * 3];
            v[0] = contour[i];
            v[1] = contour[i + 1];
            v[2] = 0.0;
            gluTessVertex(state_->tess, v, v);
            ++k;
        }
        gluTessEndContour(state_->tess);
    }
    gluTessEndPolygon(state_->tess);
    if (state_->failed)
        out.resize(before);
    return !state_->failed;
}

} // namespace gb::mapdata
