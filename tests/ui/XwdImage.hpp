#pragma once
// Reads the screenshots `xwd` takes (X Window Dump, ZPixmap, 24/32 bits per pixel), so tests
// can check what a real window shows.

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace gb::test {

struct Rgb {
    int r = 0, g = 0, b = 0;
};

class XwdImage {
public:
    explicit XwdImage(const std::string& file) {
        std::ifstream in(file, std::ios::binary);
        std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (data.size() < 100)
            throw std::runtime_error(file + ": not an xwd dump");
        const auto field = [&](int i) {
            const unsigned char* p = &data[static_cast<std::size_t>(i) * 4];
            return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
        };
        const std::uint32_t headerSize = field(0), bitsPerPixel = field(11), bytesPerLine = field(12), colours = field(19);
        width_ = static_cast<int>(field(4));
        height_ = static_cast<int>(field(5));
        lsbFirst_ = field(7) == 0;
        if (bitsPerPixel != 32)
            throw std::runtime_error(file + ": expected 32 bits per pixel");
        const std::size_t offset = headerSize + colours * 12;
        if (data.size() < offset + std::size_t(bytesPerLine) * height_)
            throw std::runtime_error(file + ": truncated");
        pixels_.assign(data.begin() + static_cast<long>(offset), data.end());
        stride_ = bytesPerLine;
    }

    [[nodiscard]] int width() const { return width_; }
    [[nodiscard]] int height() const { return height_; }
    [[nodiscard]] Rgb at(int x, int y) const {
        const unsigned char* p = &pixels_[std::size_t(y) * stride_ + std::size_t(x) * 4];
        return lsbFirst_ ? Rgb{p[2], p[1], p[0]} : Rgb{p[1], p[2], p[3]};
    }

private:
    int width_ = 0, height_ = 0;
    std::size_t stride_ = 0;
    bool lsbFirst_ = true;
    std::vector<unsigned char> pixels_;
};

} // namespace gb::test
