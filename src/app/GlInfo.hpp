#pragma once
// `geobrief --gl-info`: which OpenGL implementation draws here (bug reports, and the golden tests,
// which are compared tightly only on the renderer they were recorded with).

#include <string>

namespace gb::app {

//! "llvmpipe (LLVM 15.0.6, 256 bits) | 4.5 (Compatibility Profile) Mesa 22.3.6": the renderer and
//! version strings of a fresh context. Needs a display (see XvfbSession); throws GlError without GL.
[[nodiscard]] std::string glRendererDescription();

} // namespace gb::app
