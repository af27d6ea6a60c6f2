#include "render/PngFile.hpp"

#include "render/PngDeflate.hpp"

#include "files/PartFile.hpp"

#include <png.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

namespace gb::render {
namespace {

struct FileCloser {
    void operator()(std::FILE* f) const {
        if (f)
            std::fclose(f);
    }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

std::string reason(int error) { return std::strerror(error); }

extern "C" void onPngError(png_structp png, png_const_charp) {
    png_longjmp(png, 1); // the reason is errno's, reported by the caller
}
extern "C" void onPngWarning(png_structp, png_const_charp) {}

void encode(unsigned width, unsigned height, PngChannels channels, const std::vector<std::uint8_t>& idat, std::FILE* out,
            const std::string& name) {
    // Our own handlers: libpng's default ones print "libpng error: Write Error" before our line.
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, &onPngError, &onPngWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        throw WriteError(name + ": out of memory for the PNG encoder");
    }
    // libpng reports errors by longjmp; nothing with a destructor lives in this frame.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        throw WriteError(name + ": cannot write the PNG (" + reason(errno ? errno : EIO) + ")");
    }
    png_init_io(png, out);
    png_set_IHDR(png, info, width, height, 8,
                 channels == PngChannels::Rgba ? PNG_COLOR_TYPE_RGBA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    // libpng frames and checksums the chunks; the pixel data is deflated beforehand on all cores.
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IDAT"), idat.data(), idat.size());
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IEND"), nullptr, 0);
    png_destroy_write_struct(&png, &info);
}

//! The pixel stream and its layout: RGB when every pixel is opaque. Throws WriteError.
struct Idat {
    PngChannels channels;
    std::vector<std::uint8_t> stream;
};

Idat idatOf(const RgbaImage& image, const std::string& name) {
    try {
        const PngChannels channels = channelsFor(image);
        return {channels, deflatePngRows(image, channels, std::max(1u, std::thread::hardware_concurrency()))};
    } catch (const std::runtime_error& e) {
        throw WriteError(name + ": " + e.what());
    }
}

Idat idatOf(unsigned width, unsigned height, const PictureRows& rows, const std::string& name) {
    try {
        if (auto rgb = deflatePictureRows(width, height, rows, PngChannels::Rgb))
            return {PngChannels::Rgb, std::move(*rgb)};
        return {PngChannels::Rgba, *deflatePictureRows(width, height, rows, PngChannels::Rgba)};
    } catch (const std::runtime_error& e) {
        throw WriteError(name + ": " + e.what());
    }
}

std::filesystem::path writeNoOverwrite(unsigned width, unsigned height, const Idat& idat,
                                       const std::filesystem::path& wanted) {
    const std::string name = wanted.string();
    files::PartFile temp(wanted);
    {
        const int fd = ::open(temp.path().c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            throw WriteError(name + ": cannot open the file (" + reason(errno) + ")");
        FilePtr out(::fdopen(fd, "wb"));
        if (!out) {
            ::close(fd);
            throw WriteError(name + ": cannot open the file (" + reason(errno) + ")");
        }
        errno = 0;
        encode(width, height, idat.channels, idat.stream, out.get(), name);
        if (std::fflush(out.get()) != 0 || ::fsync(::fileno(out.get())) != 0)
            throw WriteError(name + ": cannot write the PNG (" + reason(errno) + ")");
        std::FILE* raw = out.release();
        if (std::fclose(raw) != 0)
            throw WriteError(name + ": cannot write the PNG (" + reason(errno) + ")");
    }
    return temp.publish();
}

void writeToStandardOutput(unsigned width, unsigned height, const Idat& idat) {
    errno = 0;
    std::fflush(stdout);
    encode(width, height, idat.channels, idat.stream, stdout, "standard output");
    if (std::fflush(stdout) != 0)
        throw WriteError("standard output: cannot write the PNG (" + reason(errno) + ")");
}

} // namespace

std::filesystem::path writePngNoOverwrite(const RgbaImage& image, const std::filesystem::path& wanted) {
    files::checkNewFile(wanted, ".png"); // before the work of encoding
    return writeNoOverwrite(image.width, image.height, idatOf(image, wanted.string()), wanted);
}

std::filesystem::path writePngNoOverwrite(unsigned width, unsigned height, const PictureRows& rows,
                                          const std::filesystem::path& wanted) {
    files::checkNewFile(wanted, ".png");
    return writeNoOverwrite(width, height, idatOf(width, height, rows, wanted.string()), wanted);
}

void writePngToStandardOutput(const RgbaImage& image) {
    writeToStandardOutput(image.width, image.height, idatOf(image, "standard output"));
}

void writePngToStandardOutput(unsigned width, unsigned height, const PictureRows& rows) {
    writeToStandardOutput(width, height, idatOf(width, height, rows, "standard output"));
}

RgbaImage readPng(const std::filesystem::path& file) {
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&png, file.c_str()))
        throw std::runtime_error(file.string() + ": cannot read PNG (" + png.message + ")");
    png.format = PNG_FORMAT_RGBA;
    RgbaImage image;
    image.width = png.width;
    image.height = png.height;
    image.pixels.resize(PNG_IMAGE_SIZE(png));
    if (!png_image_finish_read(&png, nullptr, image.pixels.data(), 0, nullptr))
        throw std::runtime_error(file.string() + ": cannot decode PNG (" + png.message + ")");
    return image;
}

} // namespace gb::render
