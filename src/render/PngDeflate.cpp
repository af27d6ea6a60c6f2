#include "render/PngDeflate.hpp"

#include <zlib.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <stdexcept>

namespace gb::render {
namespace {

//! One band of rows, deflated as a piece of a larger raw deflate stream.
struct Band {
    std::vector<std::uint8_t> deflated;
    std::uint32_t adler = 1; //!< Adler-32 of the band's filtered bytes
    std::size_t length = 0;  //!< how many filtered bytes
};

//! Owns a zlib deflate stream.
class Deflater {
public:
    Deflater() {
        // Raw deflate (negative window bits): the zlib header and checksum are added once.
        // Z_RLE only finds repeats of the previous byte: ~25% faster than level 1's default
        // on map pictures, for files 1-2% larger.
        if (deflateInit2(&stream_, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
            throw std::runtime_error("zlib cannot start compressing");
    }
    ~Deflater() { deflateEnd(&stream_); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    //! Compresses `input` onto the end of `out`. flush: Z_NO_FLUSH while more input follows,
    //! Z_SYNC_FLUSH to end a band on a byte boundary, Z_FINISH to end the stream.
    void add(const std::uint8_t* input, std::size_t size, int flush, std::vector<std::uint8_t>& out) {
        stream_.next_in = const_cast<Bytef*>(input);
        stream_.avail_in = static_cast<uInt>(size);
        for (;;) {
            const std::size_t used = out.size();
            const std::size_t space = deflateBound(&stream_, stream_.avail_in) + 64;
            out.resize(used + space);
            stream_.next_out = out.data() + used;
            stream_.avail_out = static_cast<uInt>(space);
            const int status = deflate(&stream_, flush);
            // What deflate wrote. (Bounded by `space` for GCC 12 too, which otherwise warns at -O1
            // that the resize could be by more than any object can hold.)
            out.resize(used + space - std::min<std::size_t>(space, stream_.avail_out));
            if (status != Z_OK && status != Z_BUF_ERROR && status != Z_STREAM_END)
                throw std::runtime_error("zlib failed while compressing");
            // Done when all input is taken and, for a flush, output space was left over.
            if (status == Z_STREAM_END || (flush != Z_FINISH && stream_.avail_in == 0 && stream_.avail_out > 0))
                return;
        }
    }

private:
    z_stream stream_{};
};

//! RGBA row y of the picture; asked for rows firstRow - 1 (when above 0) to endRow - 1.
using RowAt = std::function<const std::uint8_t*(unsigned y)>;

Band deflateBand(const RowAt& rowAt, unsigned width, PngChannels channels, unsigned firstRow, unsigned endRow,
                 bool last) {
    const std::size_t n = static_cast<std::size_t>(channels);
    const std::size_t rowBytes = std::size_t(width) * n;
    // Rows in the PNG's layout, UP-filtered: each byte minus the same byte of the row above
    // (zero above the first row). Map pictures have long horizontal runs, so most filtered rows
    // are runs of zeros, which Z_RLE compresses fastest (SUB with zlib's default strategy was
    // ~30% slower for the same size). A few rows at a time, so the work stays in the cache.
    std::vector<std::uint8_t> above(rowBytes, 0), row(rowBytes);
    const auto packRow = [&](unsigned y, std::vector<std::uint8_t>& into) {
        const std::uint8_t* rgba = rowAt(y);
        if (channels == PngChannels::Rgba) {
            std::copy(rgba, rgba + rowBytes, into.begin());
            return;
        }
        for (std::size_t x = 0; x < width; ++x) {
            into[3 * x] = rgba[4 * x];
            into[3 * x + 1] = rgba[4 * x + 1];
            into[3 * x + 2] = rgba[4 * x + 2];
        }
    };
    if (firstRow > 0)
        packRow(firstRow - 1, above);
    constexpr unsigned rowsPerChunk = 16;
    std::vector<std::uint8_t> chunk;
    chunk.reserve(rowsPerChunk * (rowBytes + 1));
    Band band;
    band.deflated.reserve((endRow - firstRow) * rowBytes / 8);
    Deflater deflater;
    for (unsigned y = firstRow; y < endRow; y += rowsPerChunk) {
        const unsigned chunkEnd = std::min(endRow, y + rowsPerChunk);
        chunk.resize((chunkEnd - y) * (rowBytes + 1));
        std::uint8_t* out = chunk.data();
        for (unsigned r = y; r < chunkEnd; ++r) {
            packRow(r, row);
            *out++ = 2; // UP
            for (std::size_t i = 0; i < rowBytes; ++i)
                out[i] = static_cast<std::uint8_t>(row[i] - above[i]);
            out += rowBytes;
            std::swap(row, above);
        }
        band.adler = static_cast<std::uint32_t>(adler32_z(band.adler, chunk.data(), chunk.size()));
        band.length += chunk.size();
        const int flush = chunkEnd < endRow ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
        deflater.add(chunk.data(), chunk.size(), flush, band.deflated);
    }
    return band;
}

//! One zlib stream of the bands, in order: header, the bands, the combined checksum.
std::vector<std::uint8_t> joinBands(const std::vector<Band>& bands) {
    std::vector<std::uint8_t> stream{0x78, 0x01}; // zlib header: deflate, 32K window, fastest
    uLong adler = 1;
    for (const Band& band : bands) {
        stream.insert(stream.end(), band.deflated.begin(), band.deflated.end());
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.length));
    }
    for (int shift = 24; shift >= 0; shift -= 8)
        stream.push_back(static_cast<std::uint8_t>(adler >> shift));
    return stream;
}

//! Whether every alpha byte of the RGBA pixels is 255: all of them AND-ed together, a block of
//! whole pixels at a time (a loop the compiler vectorises; a byte-by-byte search with an early
//! exit took 7 ms at 4K).
bool opaque(const std::uint8_t* rgba, std::size_t bytes) {
    constexpr std::size_t block = 1 << 14;
    for (std::size_t start = 0; start < bytes; start += block) {
        const std::size_t end = std::min(bytes, start + block);
        std::uint8_t alpha = 255;
        for (std::size_t i = start + 3; i < end; i += 4)
            alpha &= rgba[i];
        if (alpha != 255)
            return false;
    }
    return true;
}

} // namespace

PngChannels channelsFor(const RgbaImage& image) {
    return opaque(image.pixels.data(), image.pixels.size()) ? PngChannels::Rgb : PngChannels::Rgba;
}

std::vector<std::uint8_t> deflatePngRows(const RgbaImage& image, PngChannels channels, unsigned bands) {
    bands = std::clamp(bands, 1u, std::max(1u, image.height / 64)); // tiny bands would cost ratio
    const auto rowOf = [&](unsigned band) { return static_cast<unsigned>(std::uint64_t(image.height) * band / bands); };
    const RowAt rowAt = [&image](unsigned y) { return image.at(0, y); };
    std::vector<std::future<Band>> others;
    others.reserve(bands - 1);
    for (unsigned b = 0; b + 1 < bands; ++b)
        others.push_back(std::async(std::launch::async, [&rowAt, &image, channels, first = rowOf(b), end = rowOf(b + 1)] {
            return deflateBand(rowAt, image.width, channels, first, end, false);
        }));
    Band lastBand = deflateBand(rowAt, image.width, channels, rowOf(bands - 1), image.height, true); // on this thread
    std::vector<Band> done;
    done.reserve(bands);
    for (auto& other : others)
        done.push_back(other.get());
    done.push_back(std::move(lastBand));
    return joinBands(done);
}

std::optional<std::vector<std::uint8_t>> deflatePictureRows(unsigned width, unsigned height, const PictureRows& read,
                                                            PngChannels channels) {
    const unsigned bandRows = std::max(64u, (height + 7) / 8);
    const std::size_t stride = std::size_t(width) * 4;
    std::deque<std::future<Band>> deflating; // at most two: one band deflates while the next is read
    std::vector<Band> done;
    auto above = std::make_shared<const std::vector<std::uint8_t>>(); // the last row of the band before
    for (unsigned first = 0; first < height; first += bandRows) {
        const unsigned count = std::min(bandRows, height - first);
        auto rows = std::make_shared<std::vector<std::uint8_t>>();
        read(first, count, *rows);
        if (rows->size() != stride * count)
            throw std::runtime_error("the picture's rows could not be read");
        if (channels == PngChannels::Rgb && !opaque(rows->data(), rows->size()))
            return std::nullopt; // the futures still running finish as they are dropped
        const bool last = first + count == height;
        deflating.push_back(std::async(std::launch::async, [rows, above, width, channels, first, count, last, stride] {
            const RowAt rowAt = [&](unsigned y) { return y < first ? above->data() : rows->data() + (y - first) * stride; };
            return deflateBand(rowAt, width, channels, first, first + count, last);
        }));
        above = std::make_shared<const std::vector<std::uint8_t>>(rows->end() - static_cast<std::ptrdiff_t>(stride), rows->end());
        if (deflating.size() > 1) {
            done.push_back(deflating.front().get());
            deflating.pop_front();
        }
    }
    for (auto& band : deflating)
        done.push_back(band.get());
    return joinBands(done);
}

} // namespace gb::render
