#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>

#include <cstdlib>
#include <filesystem>

namespace gb::render {
namespace {

const char* errorName(GLenum error) {
    switch (error) {
    case GL_INVALID_ENUM: return "GL_INVALID_ENUM";
    case GL_INVALID_VALUE: return "GL_INVALID_VALUE";
    case GL_INVALID_OPERATION: return "GL_INVALID_OPERATION";
    case GL_STACK_OVERFLOW: return "GL_STACK_OVERFLOW";
    case GL_STACK_UNDERFLOW: return "GL_STACK_UNDERFLOW";
    case GL_OUT_OF_MEMORY: return "GL_OUT_OF_MEMORY";
    default: return "an unknown GL error";
    }
}

std::string glText(GLenum name) {
    const auto* text = reinterpret_cast<const char*>(glGetString(name));
    return text ? text : "none";
}

//! Whether the space-separated `extensions` name `name` exactly (not as a prefix of another).
bool hasExtension(const std::string& extensions, const std::string& name) {
    for (std::size_t at = extensions.find(name); at != std::string::npos; at = extensions.find(name, at + 1)) {
        const std::size_t end = at + name.size();
        if ((at == 0 || extensions[at - 1] == ' ') && (end == extensions.size() || extensions[end] == ' '))
            return true;
    }
    return false;
}

} // namespace

void throwIfGlError(const char* call, const char* file, int line) {
    const GLenum error = glGetError();
    if (error == GL_NO_ERROR)
        return;
    while (glGetError() != GL_NO_ERROR) { // GL may hold several flags; report the first
    }
    throw GlError(std::string(errorName(error)) + " after " + call + " at " +
                  std::filesystem::path(file).filename().string() + ":" + std::to_string(line));
}

void requireGlCapabilities() {
    const std::string version = glText(GL_VERSION);
    const std::string renderer = glText(GL_RENDERER);
    if (std::atoi(version.c_str()) < 3)
        throw GlError("OpenGL 3.0 or later is needed (this renderer: " + renderer + ", OpenGL " + version +
                      "); on a machine without a GPU install Mesa (libgl1-mesa-dri)");
    const std::string extensions = glText(GL_EXTENSIONS); // a compatibility context: one string
    for (const char* needed : {"GL_ARB_vertex_program", "GL_ARB_fragment_program"})
        if (!hasExtension(extensions, needed))
            throw GlError(std::string(needed) + " is needed (this renderer: " + renderer + ", OpenGL " + version + ")");
}

} // namespace gb::render
