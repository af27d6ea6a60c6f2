#pragma once
// Writes PNG files safely: never over an existing file, never a half-written file under the
// final name (a temporary file in the same folder is linked into place only when complete).

#include "files/PartFile.hpp"
#include "render/RgbaImage.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace gb::render {

//! A file cannot be written (files/PartFile.hpp): the message names the file and the reason.
using WriteError = files::WriteError;

//! Encodes at compression level 1 with the SUB filter, deflated on all cores (PngDeflate.hpp;
//! ~10x faster than SFML's writer at 4K, files ~20% larger). Writes to `wanted`, or when that exists to "name-1.png", "name-2.png", ...
//! Returns the path written. Throws WriteError naming the file and the reason.
std::filesystem::path writePngNoOverwrite(const RgbaImage& image, const std::filesystem::path& wanted);

//! The same, from a picture's rows read band by band (rowsOf a render texture): the whole
//! picture is never in memory. The same pixels, the same layout choice (RGB when all opaque).
std::filesystem::path writePngNoOverwrite(unsigned width, unsigned height, const PictureRows& rows,
                                          const std::filesystem::path& wanted);
//! The same encoding, streamed to standard output (`--export -`). Throws WriteError.
void writePngToStandardOutput(const RgbaImage& image);
void writePngToStandardOutput(unsigned width, unsigned height, const PictureRows& rows);

//! Reads a PNG into RGBA (for tests and golden images). Throws std::runtime_error.
[[nodiscard]] RgbaImage readPng(const std::filesystem::path& file);

} // namespace gb::render
