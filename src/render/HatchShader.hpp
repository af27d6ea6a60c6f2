#pragma once
// Diagonal hatching in screen space for areas whose status is disputed or occupied (Crimea):
// drawn over the area's fill, stripes a fixed number of pixels apart at any zoom, so it reads
// as a pattern, not as a texture of the land.

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Shader.hpp>

namespace gb::render {

class HatchShader {
public:
    //! Throws std::runtime_error when GLSL is not available.
    HatchShader();
    //! stripes `widthPx` wide every `spacingPx`, in `colour`.
    void configure(sf::Color colour, float spacingPx, float widthPx);
    [[nodiscard]] const sf::Shader& shader() const { return shader_; }

private:
    sf::Shader shader_;
};

} // namespace gb::render
