#pragma once
// What a map data file may be, checked before GDAL opens it: GDAL would block forever on a FIFO
// (its open reads the first bytes) and read a device to the end.

#include <cstdint>
#include <filesystem>

namespace gb::mapdata {

inline constexpr std::uintmax_t maxInputBytes = std::uintmax_t{4} << 30; //!< 4 GB; the 10m world is 20 MB

//! Throws DataError unless `file` is a regular file (a link to one is fine) of at most
//! maxInputBytes. For a shapefile, the companions GDAL also opens (.shx, .dbf, .prj, .cpg) must
//! be regular files too where they exist.
void checkInputFile(const std::filesystem::path& file);

} // namespace gb::mapdata
