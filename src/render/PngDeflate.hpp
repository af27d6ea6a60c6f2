#pragma once
// The compressed pixel data of a PNG (the IDAT stream), made on several threads.
// libpng deflates on one thread: at 4K that alone took 150-200 ms of an export. Like pigz, this
// filters and deflates bands of rows in parallel, ends each band but the last on a byte
// boundary (Z_SYNC_FLUSH), and joins them into one zlib stream; only the checksum is combined.
#include "render/RgbaImage.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace gb::render {

//! PNG's pixel layouts we write: RGBA, or RGB when every pixel is opaque (a quarter less to
//! compress and store).
enum class PngChannels { Rgb = 3, Rgba = 4 };

//! RGB when every pixel of the image is opaque, else RGBA.
[[nodiscard]] PngChannels channelsFor(const RgbaImage& image);

//! The zlib stream of the image's rows in that layout, each filtered with PNG's SUB filter,
//! deflated at level 1 in up to `bands` parallel bands. Throws std::runtime_error if zlib fails.
[[nodiscard]] std::vector<std::uint8_t> deflatePngRows(const RgbaImage& image, PngChannels channels, unsigned bands);

//! The same stream made from a picture's rows as they are read, a band (an eighth of the
//! picture, at least 64 rows) at a time, each deflated on a second thread while the next is
//! read: the whole picture is never in memory. nullopt when `channels` is Rgb and a pixel is not
//! opaque (the caller starts again with Rgba). Throws std::runtime_error if zlib fails or the
//! rows read are not the size asked for.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> deflatePictureRows(unsigned width, unsigned height,
                                                                          const PictureRows& read, PngChannels channels);

} // namespace gb::render
