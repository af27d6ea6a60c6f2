#include "mapdata/DetailLevel.hpp"

#include <system_error>

namespace gb::mapdata {

std::string_view suffix(DetailLevel level) {
    switch (level) {
    case DetailLevel::Coarse: return "110m";
    case DetailLevel::Medium: return "50m";
    case DetailLevel::Fine: return "10m";
    }
    return "50m";
}

DetailLevel detailFor(double metresPerPixel) {
    // Natural Earth's scales resolve about 0.2 mm on paper: 110m ~ 22 km, 50m ~ 10 km,
    // 10m ~ 2 km. A level is used until its features would be clearly coarser than two pixels.
    if (metresPerPixel > 15000.0)
        return DetailLevel::Coarse;
    if (metresPerPixel > 2500.0)
        return DetailLevel::Medium;
    return DetailLevel::Fine;
}

double windowSimplifyMetres(DetailLevel level) {
    switch (level) {
    case DetailLevel::Coarse: return 5000.0; // half a pixel at 10 km per pixel
    case DetailLevel::Medium: return 1250.0; // half a pixel at 2.5 km per pixel, where 10m takes over
    case DetailLevel::Fine: return 0.0; // the window builds 10m for each view (view::detailToBuild)
    }
    return 0.0;
}

ShapeSource::ShapeSource(std::filesystem::path location, std::string stem)
    : location_(std::move(location)), stem_(std::move(stem)) {}

std::optional<std::filesystem::path> ShapeSource::fileFor(DetailLevel level) const {
    std::error_code ec;
    if (!std::filesystem::is_directory(location_, ec))
        return location_; // a single file serves every level; the loader reports if it is missing
    // The wanted level first, then the nearest finer (as good, only slower), then the nearest
    // coarser. (Finest first made a missing 110m region file load the 10m one: 40 ms at start-up.)
    const auto order = level == DetailLevel::Coarse   ? std::array{DetailLevel::Coarse, DetailLevel::Medium, DetailLevel::Fine}
                       : level == DetailLevel::Medium ? std::array{DetailLevel::Medium, DetailLevel::Fine, DetailLevel::Coarse}
                                                      : std::array{DetailLevel::Fine, DetailLevel::Medium, DetailLevel::Coarse};
    for (DetailLevel candidate : order) {
        auto path = location_ / (stem_ + "-" + std::string(suffix(candidate)) + ".fgb");
        if (std::filesystem::exists(path, ec))
            return path;
    }
    return std::nullopt;
}

} // namespace gb::mapdata
