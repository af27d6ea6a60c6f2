#pragma once
// Where country names go and what they say: shapes/country-labels.json, made by
// shapes/country_labels.py (Natural Earth's map names and label points, Debian iso-codes'
// Spanish names). Map data, not story: every story gets the same names.

#include "geo/Coordinates.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gb::mapdata {

struct CountryLabel {
    std::string id;       //!< ISO 3166-1 numeric ("" for the few without one)
    std::string en, es;   //!< the name in each language
    geo::LonLat at;       //!< the point of the largest part farthest from its edges
    double areaKm2 = 0;   //!< of that part: ranks the names
};

//! Throws DataError naming the file for anything it cannot read or that is not as expected.
[[nodiscard]] std::vector<CountryLabel> loadCountryLabels(const std::filesystem::path& file);

} // namespace gb::mapdata
