#include "render/GlBuffer.hpp"

#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>
#include <GL/glext.h>

#include <stdexcept>
#include <string>

namespace gb::render {

GlBuffer::GlBuffer(std::size_t bytes) : bytes_(bytes) {
    if (bytes == 0)
        return;
    const TransientContextLock lock;
    GLuint name = 0;
    GB_GL(glGenBuffers(1, &name));
    handle_ = name;
    GB_GL(glBindBuffer(GL_ARRAY_BUFFER, name));
    while (glGetError() != GL_NO_ERROR) {
    }
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(bytes), nullptr, GL_STATIC_DRAW);
    const bool failed = glGetError() != GL_NO_ERROR;
    GB_GL(glBindBuffer(GL_ARRAY_BUFFER, 0));
    if (failed) {
        glDeleteBuffers(1, &name);
        handle_ = 0;
        throw std::runtime_error("OpenGL could not allocate a vertex buffer of " + std::to_string(bytes) + " bytes");
    }
}

GlBuffer::~GlBuffer() {
    if (handle_ == 0)
        return;
    const TransientContextLock lock;
    const GLuint name = handle_;
    glDeleteBuffers(1, &name);
}

void GlBuffer::update(std::size_t offset, std::size_t bytes, const void* data) {
    if (handle_ == 0 || bytes == 0)
        return;
    const TransientContextLock lock;
    GB_GL(glBindBuffer(GL_ARRAY_BUFFER, handle_));
    GB_GL(glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(offset), static_cast<GLsizeiptr>(bytes), data));
    GB_GL(glBindBuffer(GL_ARRAY_BUFFER, 0));
}

} // namespace gb::render
