// No GL context is ever current on two threads: exports and saved pictures run under an
// LD_PRELOAD shim on glXMakeCurrent that reports any takeover, and the shim is shown to notice
// one (a helper takes a context over on purpose).
#include "RunProcess.hpp"
#include "app/XvfbSession.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace gl_threads_test {

using namespace gb::test;

namespace {

std::string underShim(const std::string& command) { return "LD_PRELOAD=" GEOBRIEF_GLX_SHIM " " + command; }

bool reportsTakeover(const ProcessResult& r) { return r.err.find("TAKEOVER") != std::string::npos; }

} // namespace

TEST(GlThreads, TheShimNoticesATakeover) {
    const gb::app::XvfbSession display; // the helper opens its own GLX context
    const ProcessResult r = runProcess(underShim(GEOBRIEF_GLX_TAKEOVER_DEMO));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(reportsTakeover(r)) << r.err;
}

TEST(GlThreads, AnExportNeverTakesOverACurrentContext) {
    ScratchDir dir;
    const ProcessResult r =
        runProcess(underShim(geobrief() + " --export " + (dir.path() / "map.png").string() + " --size 640x360"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(reportsTakeover(r)) << r.err;
}

TEST(GlThreads, ADeckNeverTakesOverACurrentContext) {
    ScratchDir dir;
    const ProcessResult r = runProcess(underShim(geobrief() + " --export-steps " + dir.path().string() + " --size 480x270"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(reportsTakeover(r)) << r.err;
}

} // namespace gl_threads_test
