#include "support/GoldenImage.hpp"

#include "RunProcess.hpp"
#include "render/PngFile.hpp"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace gb::test {
namespace {

int channelDelta(const render::RgbaImage& a, const render::RgbaImage& b, std::size_t pixel) {
    int delta = 0;
    for (std::size_t c = 0; c < 4; ++c)
        delta = std::max(delta, std::abs(int(a.pixels[pixel * 4 + c]) - int(b.pixels[pixel * 4 + c])));
    return delta;
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

//! Replaces `file` with `image` (failure pictures are overwritten on purpose: the latest counts).
std::filesystem::path replacePng(const render::RgbaImage& image, const std::filesystem::path& file) {
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    return render::writePngNoOverwrite(image, file);
}

} // namespace

ImageDifference compareImages(const render::RgbaImage& got, const render::RgbaImage& want, int tolerance) {
    ImageDifference d;
    d.totalPixels = std::size_t(want.width) * want.height;
    if (got.width != want.width || got.height != want.height) {
        d.sizeDiffers = true;
        d.pixels = d.totalPixels;
        d.maxDelta = 255;
        return d;
    }
    for (std::size_t i = 0; i < d.totalPixels; ++i) {
        const int delta = channelDelta(got, want, i);
        d.maxDelta = std::max(d.maxDelta, delta);
        d.pixels += delta > tolerance;
    }
    return d;
}

render::RgbaImage diffImage(const render::RgbaImage& got, const render::RgbaImage& want, int tolerance) {
    render::RgbaImage out;
    out.width = want.width;
    out.height = want.height;
    out.pixels.resize(want.pixels.size());
    const bool sameSize = got.width == want.width && got.height == want.height;
    for (std::size_t i = 0; i < std::size_t(want.width) * want.height; ++i) {
        const auto* w = &want.pixels[i * 4];
        const int grey = (w[0] * 3 + w[1] * 6 + w[2]) / 10;
        auto* o = &out.pixels[i * 4];
        const int delta = sameSize ? channelDelta(got, want, i) : 255;
        if (delta > tolerance) {
            o[0] = 255;
            o[1] = o[2] = static_cast<std::uint8_t>(std::max(0, 160 - delta * 2));
        } else {
            o[0] = o[1] = o[2] = static_cast<std::uint8_t>(192 + grey / 4);
        }
        o[3] = 255;
    }
    return out;
}

GoldenTolerance pinnedTolerance() { return {1, 0.0}; }
GoldenTolerance foreignRendererTolerance() { return {16, 0.00015}; }

const std::string& currentRenderer() {
    static const std::string renderer = [] {
        const ProcessResult r = runProcess(geobrief() + " --gl-info");
        return r.exitCode == 0 ? trimmed(r.out) : std::string("unknown (geobrief --gl-info failed: ") + r.err + ")";
    }();
    return renderer;
}

std::string goldenRenderer(const std::filesystem::path& goldenDir) { return trimmed(readAll(goldenDir / "RENDERER")); }

GoldenCheck checkAgainstGolden(const render::RgbaImage& got, const std::filesystem::path& golden,
                               const GoldenTolerance& tolerance, const std::filesystem::path& failureDir) {
    const render::RgbaImage want = render::readPng(golden);
    const ImageDifference d = compareImages(got, want, tolerance.levels);
    GoldenCheck check;
    check.matches = !d.sizeDiffers && d.share() <= tolerance.maxShare;
    if (check.matches)
        return check;
    const std::string stem = golden.stem().string();
    const auto actual = replacePng(got, failureDir / (stem + ".actual.png"));
    const auto diff = replacePng(diffImage(got, want, tolerance.levels), failureDir / (stem + ".diff.png"));
    std::ostringstream message;
    if (d.sizeDiffers)
        message << golden.filename().string() << ": size " << got.width << "x" << got.height << ", expected "
                << want.width << "x" << want.height;
    else
        message << golden.filename().string() << ": " << d.pixels << " of " << d.totalPixels << " pixels ("
                << d.share() * 100.0 << "%) differ by more than " << tolerance.levels << " levels (allowed "
                << tolerance.maxShare * 100.0 << "%); largest difference " << d.maxDelta;
    message << "\n  actual: " << actual.string() << "\n  diff:   " << diff.string();
    check.message = message.str();
    return check;
}

} // namespace gb::test
