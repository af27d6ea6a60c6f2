#pragma once
// Triangulates polygons (with holes, even-odd rule) using the GLU tessellator.

#include <memory>
#include <span>
#include <vector>

namespace gb::mapdata {

struct MeshPoint {
    float x = 0; //!< projected metres
    float y = 0; //!< projected metres
};

//! Reusable: one instance tessellates many polygons. Not thread-safe; one per thread.
class Tessellator {
public:
    Tessellator();
    ~Tessellator();
    Tessellator(const Tessellator&) = delete;
    Tessellator& operator=(const Tessellator&) = delete;

    //! Each contour is a flat list x0,y0,x1,y1,... in projected metres. Appends triangles
    //! (three points each) to out. Returns false if GLU reported an error for this polygon.
    bool tessellate(std::span<const std::vector<double>> contours, std::vector<MeshPoint>& out);

    struct State; //!< GLU's callbacks see it; defined in the .cpp

private:
    std::unique_ptr<State> state_;
};

} // namespace gb::mapdata
