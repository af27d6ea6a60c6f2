#pragma once
// The shader for the per-frame ribbons of the flow arrows (see Ribbon.hpp): each vertex carries
// its signed distance across the ribbon and the ribbon's half width, and the fragment shader
// turns them into edge coverage. One quad per segment instead of three (core and two
// feathered edges): a third of the triangles, which software GL pays for one by one.

#include <SFML/Graphics/Shader.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace gb::render {

class RibbonShader {
public:
    //! Throws std::runtime_error when GLSL is not available.
    RibbonShader();
    [[nodiscard]] const sf::Shader& shader() const { return shader_; }

    //! The vertex batches drawn with this shader, cleared and refilled every frame. They live
    //! here, with the shader's GL context and its one drawing thread, so that their capacity
    //! is kept from frame to frame.
    struct Batches {
        sf::VertexArray casing{sf::Triangles};
        sf::VertexArray body{sf::Triangles};
    };
    [[nodiscard]] Batches& batches() const { return batches_; }

private:
    sf::Shader shader_;
    mutable Batches batches_; //!< scratch, not state: nothing is read from a previous frame
};

} // namespace gb::render
