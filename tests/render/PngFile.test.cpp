// PNG files written in parallel bands read back exactly, in the layout the pixels need.
#include "render/PngDeflate.hpp"
#include "render/PngFile.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <zlib.h>

#include <fstream>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace png_file_test {

using namespace gb;

namespace {
//! A picture with runs (like a map) and noise (like antialiased edges).
render::RgbaImage testImage(unsigned width, unsigned height, bool opaque) {
    render::RgbaImage image{width, height, std::vector<std::uint8_t>(std::size_t(width) * height * 4)};
    std::uint32_t noise = 12345;
    for (unsigned y = 0; y < height; ++y)
        for (unsigned x = 0; x < width; ++x) {
            std::uint8_t* p = &image.pixels[(std::size_t(y) * width + x) * 4];
            noise = noise * 1664525u + 1013904223u;
            const bool edge = (x + y) % 37 == 0;
            p[0] = edge ? static_cast<std::uint8_t>(noise >> 24) : static_cast<std::uint8_t>(x / 50 * 40);
            p[1] = static_cast<std::uint8_t>(y / 30 * 20);
            p[2] = edge ? static_cast<std::uint8_t>(noise >> 16) : 200;
            p[3] = opaque ? 255 : static_cast<std::uint8_t>((x * 7 + y) & 0xff);
        }
    return image;
}

//! Colour type from the IHDR chunk: 2 RGB, 6 RGBA.
int colourType(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::vector<char> head(26);
    in.read(head.data(), 26);
    return head[25];
}
} // namespace

TEST(PngFile, OpaquePicturesAreWrittenAsRgbAndReadBackExactly) {
    const test::ScratchDir dir;
    const render::RgbaImage image = testImage(333, 217, true);
    const auto file = render::writePngNoOverwrite(image, dir.path() / "opaque.png");
    EXPECT_EQ(colourType(file), 2);
    const render::RgbaImage back = render::readPng(file);
    ASSERT_EQ(back.width, image.width);
    ASSERT_EQ(back.height, image.height);
    EXPECT_EQ(back.pixels, image.pixels);
}

TEST(PngFile, TranslucentPicturesKeepTheirAlpha) {
    const test::ScratchDir dir;
    const render::RgbaImage image = testImage(160, 129, false);
    const auto file = render::writePngNoOverwrite(image, dir.path() / "alpha.png");
    EXPECT_EQ(colourType(file), 6);
    EXPECT_EQ(render::readPng(file).pixels, image.pixels);
}

TEST(PngFile, AnyNumberOfBandsMakesOneValidStreamOfTheSameRows) {
    const render::RgbaImage image = testImage(200, 300, true);
    const auto inflate = [](const std::vector<std::uint8_t>& stream) {
        std::vector<std::uint8_t> rows(300 * (1 + 200 * 3) + 1); // one byte spare: exact size expected
        uLongf size = rows.size();
        // uncompress checks the zlib header and the combined Adler-32 at the end.
        EXPECT_EQ(uncompress(rows.data(), &size, stream.data(), stream.size()), Z_OK);
        rows.resize(size);
        return rows;
    };
    const auto one = inflate(render::deflatePngRows(image, render::PngChannels::Rgb, 1));
    ASSERT_EQ(one.size(), 300u * (1 + 200 * 3));
    for (unsigned bands : {2u, 3u, 4u})
        EXPECT_EQ(inflate(render::deflatePngRows(image, render::PngChannels::Rgb, bands)), one) << bands;
}

namespace {
//! An image's rows as a render texture's are read (render::rowsOf), noting each band asked for.
render::PictureRows rowsFrom(const render::RgbaImage& image, std::vector<unsigned>* asked = nullptr) {
    return [&image, asked](unsigned first, unsigned count, std::vector<std::uint8_t>& rgba) {
        if (asked)
            asked->push_back(count);
        const auto begin = image.pixels.begin() + static_cast<std::ptrdiff_t>(std::size_t(first) * image.width * 4);
        rgba.assign(begin, begin + static_cast<std::ptrdiff_t>(std::size_t(count) * image.width * 4));
    };
}
} // namespace

TEST(PngFile, APictureReadBandByBandIsWrittenAsTheWholeOneIs) {
    const test::ScratchDir dir;
    const render::RgbaImage image = testImage(333, 1000, true);
    std::vector<unsigned> asked;
    const auto file = render::writePngNoOverwrite(image.width, image.height, rowsFrom(image, &asked), dir.path() / "bands.png");
    EXPECT_EQ(colourType(file), 2);
    EXPECT_EQ(render::readPng(file).pixels, image.pixels);
    // Eighths of the picture (125 rows), never the whole of it at once.
    EXPECT_EQ(asked, std::vector<unsigned>(8, 125u));
    // The twin: one byte changed in the last band is in the file.
    render::RgbaImage changed = image;
    changed.pixels[changed.pixels.size() - 10] ^= 1;
    const auto other = render::writePngNoOverwrite(changed.width, changed.height, rowsFrom(changed), dir.path() / "changed.png");
    EXPECT_NE(render::readPng(other).pixels, image.pixels);
}

TEST(PngFile, ATranslucentPixelInTheLastBandMakesTheBandedPictureRgba) {
    const test::ScratchDir dir;
    render::RgbaImage image = testImage(120, 700, true);
    image.pixels[image.pixels.size() - 1] = 254; // the last pixel's alpha
    const auto file = render::writePngNoOverwrite(image.width, image.height, rowsFrom(image), dir.path() / "late.png");
    EXPECT_EQ(colourType(file), 6);
    EXPECT_EQ(render::readPng(file).pixels, image.pixels);
}

TEST(PngFile, RowsOfTheWrongSizeAreAWriteErrorAndNoFile) {
    const test::ScratchDir dir;
    const render::PictureRows shortRows = [](unsigned, unsigned count, std::vector<std::uint8_t>& rgba) {
        rgba.assign(std::size_t(count) * 10 * 4 - 1, 0);
    };
    EXPECT_THROW((void)render::writePngNoOverwrite(10, 100, shortRows, dir.path() / "short.png"), render::WriteError);
    EXPECT_TRUE(std::filesystem::is_empty(dir.path())); // nor a half-written temporary
}

} // namespace png_file_test
