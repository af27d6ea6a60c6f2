#pragma once
// The shader for the per-frame ribbons of the flow arrows (see Ribbon.hpp): each vertex carries
// its signed distance across the ribbon and the ribbon's half width, and the fragment shader
// turns them into edge coverage. One quad per segment instead of three (core and two
// feathered edges): a third of the triangles, which software GL pays for one by one.

#include <SFML/Graphics/Shader.hpp>

namespace gb::render {

class RibbonShader {
public:
    //! Throws std::runtime_error when GLSL is not available.
    RibbonShader();
    [[nodiscard]] const sf::Shader& shader() const { return shader_; }

private:
    sf::Shader shader_;
};

} // namespace gb::render
