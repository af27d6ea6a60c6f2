#pragma once
// Loading geobrief's small GLSL 1.10 programs, with one clear failure for every shader.

#include <SFML/Graphics/Shader.hpp>

#include <stdexcept>
#include <string>

namespace gb::render {

//! Compiles and links into `shader`; throws std::runtime_error naming the program when the
//! driver has no GLSL or rejects it.
inline void loadGlslProgram(sf::Shader& shader, const char* vertexSource, const char* fragmentSource,
                            const std::string& name) {
    if (!sf::Shader::isAvailable() || !shader.loadFromMemory(vertexSource, fragmentSource))
        throw std::runtime_error("the OpenGL driver cannot compile geobrief's " + name + " shader (GLSL 1.10 needed)");
}

} // namespace gb::render
