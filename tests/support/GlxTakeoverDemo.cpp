// Takes a GLX context over on purpose: a worker makes it current and ends without releasing it,
// then the main thread makes it current. The shim's own test runs this to prove it notices.
// Exit 0 when both calls returned (Mesa 22 allows it), 1 when GLX could not be set up.

#include <GL/glx.h>

#include <thread>

int main() {
    Display* display = XOpenDisplay(nullptr);
    if (!display)
        return 1;
    int attributes[] = {GLX_RGBA, GLX_DOUBLEBUFFER, None};
    XVisualInfo* visual = glXChooseVisual(display, DefaultScreen(display), attributes);
    if (!visual)
        return 1;
    const GLXContext context = glXCreateContext(display, visual, nullptr, True);
    const Pixmap pixmap = XCreatePixmap(display, DefaultRootWindow(display), 16, 16, visual->depth);
    const GLXPixmap drawable = glXCreateGLXPixmap(display, visual, pixmap);
    std::thread([&] { glXMakeCurrent(display, drawable, context); }).join(); // never released
    glXMakeCurrent(display, drawable, context);
    glXMakeCurrent(display, None, nullptr);
    glXDestroyGLXPixmap(display, drawable);
    XFreePixmap(display, pixmap);
    glXDestroyContext(display, context);
    XFree(visual);
    XCloseDisplay(display);
    return 0;
}
