#include "mapdata/CountryLabels.hpp"

#include "mapdata/DataError.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

namespace gb::mapdata {

std::vector<CountryLabel> loadCountryLabels(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DataError(file.string(), "cannot open the country names (expected a JSON file made by shapes/country_labels.py)");
    std::vector<CountryLabel> labels;
    try {
        const nlohmann::json document = nlohmann::json::parse(in);
        for (const nlohmann::json& c : document.at("countries"))
            labels.push_back({c.at("id").get<std::string>(), c.at("en").get<std::string>(), c.at("es").get<std::string>(),
                              {c.at("lon").get<double>(), c.at("lat").get<double>()}, c.at("areaKm2").get<double>()});
    } catch (const nlohmann::json::exception& e) {
        throw DataError(file.string(), std::string("not a country names file (expected countries[] with id, en, es, lon, "
                                                   "lat, areaKm2): ") + e.what());
    }
    return labels;
}

} // namespace gb::mapdata
