#pragma once
// The programs that draw polylines as antialiased ribbons of a fixed pixel width at any zoom:
// each point is stored twice, offset along its miter at draw time by the vertex program, and
// the fragment program fades the outermost pixel. Triangles are software GL's fast path; its
// own smoothed GL lines cost ~3 µs per segment and ~60 MB of working memory.

#include "render/ArbProgram.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace gb::render {

class LineShader {
public:
    //! Throws GlError when the driver cannot run the programs.
    LineShader();
    //! Sets width (pixels), colour and the scale (projected metres per pixel) for the next draws.
    void configure(float widthPx, sf::Color colour, double metresPerPixel);
    //! The draws to `target` in the returned scope go through the programs.
    [[nodiscard]] ArbProgramsInUse use(sf::RenderTarget& target) const { return {target, &vertex_, &fragment_}; }

    static constexpr float featherPx = 1.0f; //!< extra ribbon width that fades out

private:
    ArbProgram vertex_;
    ArbProgram fragment_;
};

} // namespace gb::render
