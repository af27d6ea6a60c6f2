#include "render/ArbProgram.hpp"

#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>
#include <GL/glext.h>

#include <algorithm>

namespace gb::render {
namespace {

//! The extension's entry points, asked of the driver (GLVND's libOpenGL, which we link, exports
//! only core GL). Resolved once per process; the same for every context.
struct ArbEntryPoints {
    PFNGLGENPROGRAMSARBPROC gen;
    PFNGLDELETEPROGRAMSARBPROC remove;
    PFNGLBINDPROGRAMARBPROC bind;
    PFNGLPROGRAMSTRINGARBPROC string;
    PFNGLPROGRAMLOCALPARAMETER4FARBPROC local;
};

template <typename Function>
Function entryPoint(const char* name) {
    const auto function = reinterpret_cast<Function>(sf::Context::getFunction(name));
    if (!function)
        throw GlError(std::string("the OpenGL driver has no ") + name + " (GL_ARB_vertex_program is needed)");
    return function;
}

const ArbEntryPoints& arb() {
    static const ArbEntryPoints points{entryPoint<PFNGLGENPROGRAMSARBPROC>("glGenProgramsARB"),
                                       entryPoint<PFNGLDELETEPROGRAMSARBPROC>("glDeleteProgramsARB"),
                                       entryPoint<PFNGLBINDPROGRAMARBPROC>("glBindProgramARB"),
                                       entryPoint<PFNGLPROGRAMSTRINGARBPROC>("glProgramStringARB"),
                                       entryPoint<PFNGLPROGRAMLOCALPARAMETER4FARBPROC>("glProgramLocalParameter4fARB")};
    return points;
}

//! The driver's message as ": what it says" on one line (Mesa's ends with a newline).
std::string oneLine(std::string message) {
    std::replace(message.begin(), message.end(), '\n', ' ');
    message.erase(message.find_last_not_of(' ') + 1);
    return message.empty() ? message : ": " + message;
}

} // namespace

ArbProgram::ArbProgram(Stage stage, std::string_view source, const std::string& name) : stage_(stage) {
    const TransientContextLock lock;
    GB_GL(arb().gen(1, &id_));
    GB_GL(arb().bind(target(), id_));
    while (glGetError() != GL_NO_ERROR) { // a rejected program is reported by the next lines
    }
    arb().string(target(), GL_PROGRAM_FORMAT_ASCII_ARB, static_cast<GLsizei>(source.size()), source.data());
    GLint errorAt = -1;
    glGetIntegerv(GL_PROGRAM_ERROR_POSITION_ARB, &errorAt);
    if (glGetError() != GL_NO_ERROR || errorAt != -1) {
        const auto* text = reinterpret_cast<const char*>(glGetString(GL_PROGRAM_ERROR_STRING_ARB));
        arb().remove(1, &id_);
        throw GlError("the OpenGL driver rejects geobrief's " + name + " program at character " +
                      std::to_string(errorAt) + oneLine(text ? text : ""));
    }
}

ArbProgram::~ArbProgram() {
    const TransientContextLock lock;
    arb().remove(1, &id_);
}

unsigned ArbProgram::target() const {
    return stage_ == Stage::Vertex ? GL_VERTEX_PROGRAM_ARB : GL_FRAGMENT_PROGRAM_ARB;
}

void ArbProgram::setLocal(unsigned index, float x, float y, float z, float w) const {
    const TransientContextLock lock;
    GB_GL(arb().bind(target(), id_));
    GB_GL(arb().local(target(), index, x, y, z, w));
}

ArbProgramsInUse::ArbProgramsInUse(sf::RenderTarget& target, const ArbProgram* vertex, const ArbProgram* fragment)
    : vertex_(vertex), fragment_(fragment) {
    active_ = target.setActive(true);
    if (!active_)
        return;
    for (const ArbProgram* program : {vertex_, fragment_})
        if (program) {
            GB_GL(arb().bind(program->target(), program->id()));
            GB_GL(glEnable(program->target()));
        }
}

ArbProgramsInUse::~ArbProgramsInUse() {
    if (!active_)
        return;
    for (const ArbProgram* program : {vertex_, fragment_})
        if (program)
            glDisable(program->target());
}

} // namespace gb::render
