#pragma once
// The names written on the map itself, and where they can go: countries
// (shapes/country-labels.json, made by shapes/country_labels.py: Natural Earth's map names and
// label points, CLDR's Spanish names) and seas (shapes/sea-names.json, made by
// shapes/sea_names.py: the IHO's seas from gmt-dcw). Map data, not story: every story gets the
// same names.

#include "geo/Coordinates.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gb::mapdata {

enum class NameKind { Country, Sea, Ocean };

//! A point where the name may go, and how far it is from the area's edges (its room).
struct NameSpot {
    geo::LonLat at;
    double km = 0;
};

struct MapName {
    std::string id;              //!< ISO 3166-1 numeric for countries ("" for the few without), IHO number for seas
    std::string en, es;          //!< the name in each language
    NameKind kind = NameKind::Country;
    //! The best point first (a country's pole of inaccessibility, a sea's open water), then the
    //! others from the most room to the least: a zoomed picture names the area in the part it shows.
    std::vector<NameSpot> spots;
    double areaKm2 = 0;          //!< a country's largest part: ranks the names (0 for seas)
};

//! Each throws DataError naming the file for anything it cannot read or that is not as expected.
[[nodiscard]] std::vector<MapName> loadCountryNames(const std::filesystem::path& file);
[[nodiscard]] std::vector<MapName> loadSeaNames(const std::filesystem::path& file);

} // namespace gb::mapdata
