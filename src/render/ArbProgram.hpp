#pragma once
// geobrief's two small shader programs, written in GL's assembly language (ARB_vertex_program,
// ARB_fragment_program) rather than GLSL. Why: Mesa's GLSL compiler builds its library of
// built-in functions the first time any GLSL is compiled, ~40 ms of CPU on the way to the first
// picture and ~10 MB kept for the process's life (a 1080p export of a user's GeoJSON: 155 -> 148 MB); the
// assembly goes straight to the driver. The rest of our drawing is SFML's fixed function, which
// Mesa turns into the same kind of program.

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/GlResource.hpp>

#include <string>
#include <string_view>

namespace gb::render {

//! Like SFML's own GL resources it makes sure a context is active when it is made, set or
//! deleted: program objects are shared by every context SFML shares its objects with.
class ArbProgram : sf::GlResource {
public:
    enum class Stage { Vertex, Fragment };

    //! Compiles `source`; throws GlError naming `name` and the driver's message when it lacks the
    //! extension or rejects the program.
    ArbProgram(Stage stage, std::string_view source, const std::string& name);
    ~ArbProgram();
    ArbProgram(const ArbProgram&) = delete;
    ArbProgram& operator=(const ArbProgram&) = delete;

    //! Sets program.local[index] (the program is bound for it; nothing is enabled).
    void setLocal(unsigned index, float x, float y, float z, float w) const;

    [[nodiscard]] unsigned target() const; //!< GL_VERTEX_PROGRAM_ARB or GL_FRAGMENT_PROGRAM_ARB
    [[nodiscard]] unsigned id() const { return id_; }

private:
    Stage stage_;
    unsigned id_ = 0;
};

//! Draws in this scope go through the given programs (either may be null: that stage stays
//! SFML's fixed function); on leaving, fixed function again. SFML's own draws inside the scope
//! use them too: SFML never switches assembly programs off.
class ArbProgramsInUse {
public:
    ArbProgramsInUse(sf::RenderTarget& target, const ArbProgram* vertex, const ArbProgram* fragment);
    ~ArbProgramsInUse();
    ArbProgramsInUse(const ArbProgramsInUse&) = delete;
    ArbProgramsInUse& operator=(const ArbProgramsInUse&) = delete;

private:
    const ArbProgram* vertex_;
    const ArbProgram* fragment_;
    bool active_ = false;
};

} // namespace gb::render
