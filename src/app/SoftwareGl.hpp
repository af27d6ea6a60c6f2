#pragma once
// Settings for Mesa's software rasteriser (llvmpipe), which CI and most machines without a GPU
// driver use. Other GL drivers ignore them.

namespace gb::app {

//! Call first thing in main, before any thread starts (it sets an environment variable).
//! Unless the user chose LP_NUM_THREADS, llvmpipe gets one rasteriser thread more than there
//! are cores: with exactly one per core, a thread pre-empted by the X server or our own main
//! thread holds up the whole frame. Measured panning at 1080p on 2 cores, p95 frame time
//! 17.5-20.4 ms with 2 threads, 14.2-15.0 ms with 3.
void tuneSoftwareRenderer();

} // namespace gb::app
