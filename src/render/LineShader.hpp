#pragma once
// The shader that draws polylines as antialiased ribbons of a fixed pixel width at any zoom:
// each point is stored twice, offset along its miter at draw time by the vertex shader, and
// the fragment shader fades the outermost pixel. Triangles are software GL's fast path; its
// own smoothed GL lines cost ~3 µs per segment and ~60 MB of working memory.

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Shader.hpp>

namespace gb::render {

class LineShader {
public:
    //! Throws std::runtime_error when GLSL is not available.
    LineShader();
    //! Sets width (pixels), colour and the scale (projected metres per pixel) for the next draws.
    void configure(float widthPx, sf::Color colour, double metresPerPixel);
    [[nodiscard]] const sf::Shader& shader() const { return shader_; }

    static constexpr float featherPx = 1.0f; //!< extra ribbon width that fades out

private:
    sf::Shader shader_;
};

} // namespace gb::render
