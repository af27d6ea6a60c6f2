#include "mapdata/InputFile.hpp"

#include "mapdata/DataError.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <system_error>

namespace gb::mapdata {
namespace {

std::string kindOf(std::filesystem::file_type type) {
    switch (type) {
    case std::filesystem::file_type::directory: return "a folder";
    case std::filesystem::file_type::fifo: return "a FIFO (reading it would wait for a writer)";
    case std::filesystem::file_type::character:
    case std::filesystem::file_type::block: return "a device";
    case std::filesystem::file_type::socket: return "a socket";
    default: return "not a regular file";
    }
}

void checkOne(const std::filesystem::path& file) {
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(file, ec); // follows links
    if (!std::filesystem::exists(status))
        throw DataError(file.string(), "no such file (expected a polygon file such as .fgb, .gpkg, .shp or .geojson)");
    if (!std::filesystem::is_regular_file(status))
        throw DataError(file.string(), "is " + kindOf(status.type()) + ", expected a polygon file");
    const std::uintmax_t bytes = std::filesystem::file_size(file, ec);
    if (!ec && bytes > maxInputBytes)
        throw DataError(file.string(), "is " + std::to_string(bytes >> 20) + " MB; geobrief reads map files up to " +
                                           std::to_string(maxInputBytes >> 20) + " MB");
}

bool isShapefile(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".shp";
}

} // namespace

void checkInputFile(const std::filesystem::path& file) {
    checkOne(file);
    if (!isShapefile(file))
        return;
    for (const char* companion : std::array{".shx", ".dbf", ".prj", ".cpg", ".SHX", ".DBF", ".PRJ", ".CPG"}) {
        std::filesystem::path other = file;
        other.replace_extension(companion);
        std::error_code ec;
        if (std::filesystem::exists(std::filesystem::symlink_status(other, ec)))
            checkOne(other);
    }
}

} // namespace gb::mapdata
