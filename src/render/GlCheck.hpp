#pragma once
// GL error checking for our raw GL calls, as SFML's glCheck does for its own: in debug and
// sanitizer builds (NDEBUG not defined) every wrapped call is followed by glGetError, and an
// error throws GlError naming the call, file and line; release builds call GL directly.

#include <stdexcept>
#include <string>

namespace gb::render {

//! OpenGL failed, or lacks something geobrief needs. The message is one line for the user.
class GlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

//! Throws GlError when GL has recorded an error since the last check ("GL_INVALID_OPERATION
//! after glBlitFramebuffer(...) at RenderCache.cpp:118").
void throwIfGlError(const char* call, const char* file, int line);

//! Checks, in the current context, that GL has what geobrief draws with: OpenGL 3.0 (framebuffer
//! blits, vertex buffers) and assembly programs (ARB_vertex_program, ARB_fragment_program).
//! Throws GlError naming what is missing and the renderer, e.g. "OpenGL 3.0 is needed (this
//! renderer: GDI Generic, OpenGL 1.1)".
void requireGlCapabilities();

} // namespace gb::render

#ifdef NDEBUG
#define GB_GL(call) call
#else
#define GB_GL(call)                                                                                                    \
    do {                                                                                                               \
        call;                                                                                                          \
        ::gb::render::throwIfGlError(#call, __FILE__, __LINE__);                                                       \
    } while (false)
#endif
