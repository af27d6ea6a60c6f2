#pragma once
// Golden-image comparison as MapLibre's render tests do it: an expectation per picture, recorded on
// one pinned renderer and compared tightly; a failure writes actual.png and diff.png beside the
// golden and names them. Regenerating (GEOBRIEF_UPDATE_GOLDEN=1) is a deliberate, reviewed step.

#include "render/RgbaImage.hpp"

#include <cstddef>
#include <filesystem>
#include <string>

namespace gb::test {

//! How two pictures of the same size differ.
struct ImageDifference {
    std::size_t pixels = 0;        //!< pixels with any channel beyond the tolerance
    std::size_t totalPixels = 0;
    int maxDelta = 0;              //!< the largest channel difference anywhere, 0..255
    bool sizeDiffers = false;

    [[nodiscard]] double share() const { return totalPixels ? double(pixels) / double(totalPixels) : 1.0; }
};

//! Compares channel by channel; a pixel counts when any channel differs by more than `tolerance`.
[[nodiscard]] ImageDifference compareImages(const render::RgbaImage& got, const render::RgbaImage& want, int tolerance);

//! A picture of where `got` differs from `want`: differing pixels red (brighter for larger
//! differences) over a faded grey copy of `want`.
[[nodiscard]] render::RgbaImage diffImage(const render::RgbaImage& got, const render::RgbaImage& want, int tolerance);

//! The limits a picture must meet against its golden.
struct GoldenTolerance {
    int levels = 0;         //!< per channel, 0..255
    double maxShare = 0.0;  //!< share of pixels allowed beyond `levels`
};

//! On the renderer the goldens were recorded with (tests/golden/RENDERER): bit-exact except for
//! at most one level of rounding. Anywhere else: MapLibre's 0.015% of pixels beyond 16 levels.
[[nodiscard]] GoldenTolerance pinnedTolerance();
[[nodiscard]] GoldenTolerance foreignRendererTolerance();

//! The GL renderer geobrief draws with here ("llvmpipe (LLVM 15.0.6, 256 bits) | 4.5 (Compatibility
//! Profile) Mesa 22.3.6"), from `geobrief --gl-info`; read once per test process.
[[nodiscard]] const std::string& currentRenderer();
//! The renderer recorded with the goldens.
[[nodiscard]] std::string goldenRenderer(const std::filesystem::path& goldenDir);

//! Outcome of checking one picture against its golden file.
struct GoldenCheck {
    bool matches = false;
    std::string message; //!< what differs and where actual.png / diff.png were written
};

//! Compares `got` with `golden`. On a mismatch writes `<name>.actual.png` and `<name>.diff.png`
//! into `failureDir` (replacing earlier ones) and says so in the message.
[[nodiscard]] GoldenCheck checkAgainstGolden(const render::RgbaImage& got, const std::filesystem::path& golden,
                                             const GoldenTolerance& tolerance, const std::filesystem::path& failureDir);

} // namespace gb::test
