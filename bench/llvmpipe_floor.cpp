// The floor under any still picture drawn by Mesa's llvmpipe (bench/user_shapes.sh, issue 15):
// a process that only starts the GL driver without any X server (EGL on Mesa's surfaceless
// platform: no Xvfb, no GLX, no SFML), makes a render target of the picture's size, draws four
// kinds of thing (an opaque fill, a translucent fill, lines, a texture: geobrief's pictures draw
// about six kinds, each one more set of shaders for llvmpipe to compile) and reads the pixels
// back. No map, no file, no PNG. Prints each phase's time since the process started.
//   llvmpipe_floor WIDTH HEIGHT      (bench-only: built by bench/user_shapes.sh; needs libegl-dev)
#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <GL/gl.h>
#include <GL/glext.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template <typename Function>
Function glFunction(const char* name)
{
    auto* function = reinterpret_cast<Function>(eglGetProcAddress(name));
    if (function == nullptr)
        throw std::runtime_error(std::string("no GL function ") + name);
    return function;
}

//! A desktop GL 2.1 context current on this thread, on no surface (draws go to a framebuffer).
class SurfacelessContext {
public:
    SurfacelessContext()
    {
        auto getPlatformDisplay = glFunction<PFNEGLGETPLATFORMDISPLAYEXTPROC>("eglGetPlatformDisplayEXT");
        m_display = getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        EGLint major = 0;
        EGLint minor = 0;
        if (m_display == EGL_NO_DISPLAY || eglInitialize(m_display, &major, &minor) == EGL_FALSE)
            throw std::runtime_error("EGL's surfaceless platform did not start");
        eglBindAPI(EGL_OPENGL_API);
        const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 2, EGL_CONTEXT_MINOR_VERSION, 1, EGL_NONE};
        m_context = eglCreateContext(m_display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
        if (m_context == EGL_NO_CONTEXT || eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, m_context) == EGL_FALSE) {
            eglTerminate(m_display);
            throw std::runtime_error("no GL context on EGL's surfaceless platform");
        }
    }
    ~SurfacelessContext()
    {
        eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(m_display, m_context);
        eglTerminate(m_display);
    }
    SurfacelessContext(const SurfacelessContext&) = delete;
    SurfacelessContext& operator=(const SurfacelessContext&) = delete;

private:
    EGLDisplay m_display = EGL_NO_DISPLAY;
    EGLContext m_context = EGL_NO_CONTEXT;
};

//! An RGBA8 framebuffer of the picture's size, bound for drawing, pixels in screen coordinates.
void bindPictureTarget(int width, int height)
{
    GLuint framebuffer = 0;
    GLuint colour = 0;
    glFunction<PFNGLGENFRAMEBUFFERSPROC>("glGenFramebuffers")(1, &framebuffer);
    glFunction<PFNGLBINDFRAMEBUFFERPROC>("glBindFramebuffer")(GL_FRAMEBUFFER, framebuffer);
    glFunction<PFNGLGENRENDERBUFFERSPROC>("glGenRenderbuffers")(1, &colour);
    glFunction<PFNGLBINDRENDERBUFFERPROC>("glBindRenderbuffer")(GL_RENDERBUFFER, colour);
    glFunction<PFNGLRENDERBUFFERSTORAGEPROC>("glRenderbufferStorage")(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glFunction<PFNGLFRAMEBUFFERRENDERBUFFERPROC>("glFramebufferRenderbuffer")(
        GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    glViewport(0, 0, width, height);
    glMatrixMode(GL_PROJECTION);
    glLoadIdentity();
    glOrtho(0, width, height, 0, -1, 1);
    glClearColor(0.2f, 0.3f, 0.5f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
}

//! 3,000 small triangles spread over the picture, as x, y pairs in pixels.
std::vector<float> scatteredTriangles(int width, int height)
{
    std::vector<float> xy;
    for (int i = 0; i < 3000; ++i) {
        const auto x = static_cast<float>((i * 37) % width);
        const auto y = static_cast<float>((i * 91) % height);
        xy.insert(xy.end(), {x, y, x + 40, y, x, y + 40});
    }
    return xy;
}

void drawTexturedTriangles(GLsizei vertexCount, const float* xy)
{
    const std::vector<unsigned char> texels(256 * 256 * 4, 200);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 256, 256, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
    glEnable(GL_TEXTURE_2D);
    glEnableClientState(GL_TEXTURE_COORD_ARRAY);
    glTexCoordPointer(2, GL_FLOAT, 0, xy);
    glMatrixMode(GL_TEXTURE);
    glScalef(1.f / 256, 1.f / 256, 1.f);
    glDrawArrays(GL_TRIANGLES, 0, vertexCount);
}

} // namespace

int main(int argc, char** argv)
{
    const auto start = Clock::now();
    if (argc != 3) {
        std::fprintf(stderr, "usage: llvmpipe_floor WIDTH HEIGHT\n");
        return 2;
    }
    const int width = std::atoi(argv[1]);
    const int height = std::atoi(argv[2]);
    try {
        const SurfacelessContext context;
        std::printf("context_ms %.1f\n", msSince(start));
        bindPictureTarget(width, height);
        glFinish();
        std::printf("target_ms %.1f\n", msSince(start));
        const std::vector<float> xy = scatteredTriangles(width, height);
        const auto vertexCount = static_cast<GLsizei>(xy.size() / 2);
        glEnableClientState(GL_VERTEX_ARRAY);
        glVertexPointer(2, GL_FLOAT, 0, xy.data());
        glColor4f(0.8f, 0.7f, 0.5f, 1.f);
        glDrawArrays(GL_TRIANGLES, 0, vertexCount);
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        glColor4f(0.1f, 0.7f, 0.5f, 0.5f);
        glDrawArrays(GL_TRIANGLES, 0, vertexCount);
        glDrawArrays(GL_LINES, 0, vertexCount);
        drawTexturedTriangles(vertexCount, xy.data());
        std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
        std::printf("drawn_and_read_ms %.1f\n", msSince(start));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "llvmpipe_floor: %s\n", error.what());
        return 1;
    }
    return 0;
}
