// An LD_PRELOAD shim that watches GLX contexts move between threads. The GLX spec forbids making
// a context current on one thread while it is current on another (BadAccess); Mesa 22 lets it
// through, newer Mesa does not. The shim remembers which thread each context is current on and
// reports a takeover on stderr ("geobrief-glx-shim: TAKEOVER ...") and in the file named by
// GEOBRIEF_GLX_SHIM_LOG, then passes the call on unchanged. A thread that ends with a context
// still current keeps it: taking that context later is a takeover too.

#include <GL/glx.h>

#include <dlfcn.h>
#include <pthread.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

namespace {

struct Registry {
    std::mutex mutex;
    std::map<GLXContext, pthread_t> currentOn; //!< context -> the thread it is current on
};

Registry& registry() {
    static Registry* r = new Registry; // never destroyed: GLX calls may come from static destructors
    return *r;
}

thread_local GLXContext currentHere = nullptr;

void report(GLXContext context, pthread_t owner) {
    char line[160];
    std::snprintf(line, sizeof line, "geobrief-glx-shim: TAKEOVER context %p made current on thread %lu while current on thread %lu\n",
                  static_cast<void*>(context), static_cast<unsigned long>(pthread_self()),
                  static_cast<unsigned long>(owner));
    (void)!::write(2, line, std::char_traits<char>::length(line));
    if (const char* log = std::getenv("GEOBRIEF_GLX_SHIM_LOG"); log && *log)
        if (FILE* f = std::fopen(log, "a")) {
            std::fputs(line, f);
            std::fclose(f);
        }
}

//! Records the switch of this thread from its current context to `next` (after the real call
//! succeeded) and reports a takeover before it.
void noteSwitch(GLXContext next, bool succeeded) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    if (next) {
        const auto it = r.currentOn.find(next);
        if (it != r.currentOn.end() && !pthread_equal(it->second, pthread_self()))
            report(next, it->second);
    }
    if (!succeeded)
        return;
    if (currentHere)
        r.currentOn.erase(currentHere);
    currentHere = next;
    if (next)
        r.currentOn[next] = pthread_self();
}

template <typename F>
F realFunction(const char* name) {
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" Bool glXMakeCurrent(Display* display, GLXDrawable drawable, GLXContext context) {
    using Fn = Bool (*)(Display*, GLXDrawable, GLXContext);
    static const Fn real = realFunction<Fn>("glXMakeCurrent");
    const Bool ok = real(display, drawable, context);
    noteSwitch(context, ok);
    return ok;
}

extern "C" Bool glXMakeContextCurrent(Display* display, GLXDrawable draw, GLXDrawable read, GLXContext context) {
    using Fn = Bool (*)(Display*, GLXDrawable, GLXDrawable, GLXContext);
    static const Fn real = realFunction<Fn>("glXMakeContextCurrent");
    const Bool ok = real(display, draw, read, context);
    noteSwitch(context, ok);
    return ok;
}

extern "C" void glXDestroyContext(Display* display, GLXContext context) {
    using Fn = void (*)(Display*, GLXContext);
    static const Fn real = realFunction<Fn>("glXDestroyContext");
    {
        Registry& r = registry();
        const std::lock_guard lock(r.mutex);
        r.currentOn.erase(context);
        if (currentHere == context)
            currentHere = nullptr;
    }
    real(display, context);
}
