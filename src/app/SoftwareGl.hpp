#pragma once
// Settings for Mesa's software rasteriser (llvmpipe), which CI and most machines without a GPU
// driver use. Other GL drivers ignore them.

#include <vector>

namespace gb::app {

//! Call first thing in main, before any thread starts (it sets an environment variable).
//! Unless the user chose LP_NUM_THREADS, llvmpipe gets one rasteriser thread more than there
//! are cores: with exactly one per core, a thread pre-empted by the X server or our own main
//! thread holds up the whole frame. Measured panning at 1080p on 2 cores, p95 frame time
//! 17.5-20.4 ms with 2 threads, 14.2-15.0 ms with 3.
void tuneSoftwareRenderer();

//! For pictures drawn once (--export, --export-steps), call before any thread starts: unless the
//! user chose GALLIVM_PERF, llvmpipe compiles its shaders without LLVM's optimisation passes.
//! A still export compiles ~15 shader variants and draws each a few times: compiling is most of
//! their cost. Measured with no shader cache, a user's GeoJSON exported at 1080p 0.70 -> 0.61 s,
//! at 4K 0.85 -> 0.78 s, the 10-slide deck 1.95 -> 1.91 s; the same pixels. Not for the window
//! or a video, which draw the same variants thousands of times.
void compileShadersForStillPictures();

//! Mesa's software GL driver (~26 MB, with LLVM's ~100 MB library) and its GLX library, loaded
//! ahead of the first GL context: on a worker while our private Xvfb starts, instead of inside
//! the context's creation once the server answers (~70 ms of relocations). Mesa's own loading
//! then finds them loaded (glibc shares a library by file). Missing files are skipped: this only
//! moves work earlier. Held until destroyed; Mesa keeps its own reference.
class PreloadedGlDriver {
public:
    PreloadedGlDriver() = default; //!< loads nothing
    static PreloadedGlDriver load();
    PreloadedGlDriver(PreloadedGlDriver&& other) noexcept : handles_(std::move(other.handles_)) {
        other.handles_.clear();
    }
    PreloadedGlDriver& operator=(PreloadedGlDriver&&) = delete;
    PreloadedGlDriver(const PreloadedGlDriver&) = delete;
    PreloadedGlDriver& operator=(const PreloadedGlDriver&) = delete;
    ~PreloadedGlDriver();

private:
    std::vector<void*> handles_;
};

} // namespace gb::app
