#include "mapdata/MapNames.hpp"

#include "mapdata/DataError.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace gb::mapdata {
namespace {

nlohmann::json readJson(const std::filesystem::path& file, const char* what) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DataError(file.string(), std::string("cannot open the ") + what);
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw DataError(file.string(), std::string("not JSON: ") + e.what());
    }
}

//! [lon, lat, km] triples; the first stays first, the rest go from the most room to the least.
std::vector<NameSpot> readSpots(const nlohmann::json& spots) {
    std::vector<NameSpot> out;
    for (const nlohmann::json& s : spots)
        out.push_back({{s.at(0).get<double>(), s.at(1).get<double>()}, s.at(2).get<double>()});
    if (out.size() > 1)
        std::stable_sort(out.begin() + 1, out.end(), [](const NameSpot& a, const NameSpot& b) { return a.km > b.km; });
    return out;
}

} // namespace

std::vector<MapName> loadCountryNames(const std::filesystem::path& file) {
    const nlohmann::json document = readJson(file, "country names (expected a JSON file made by shapes/country_labels.py)");
    std::vector<MapName> names;
    try {
        for (const nlohmann::json& c : document.at("countries")) {
            names.push_back({c.at("id").get<std::string>(), c.at("en").get<std::string>(), c.at("es").get<std::string>(),
                             NameKind::Country, readSpots(c.at("spots")), c.at("areaKm2").get<double>()});
            if (names.back().spots.empty())
                throw DataError(file.string(), "country " + names.back().en + " has no spots (expected [[lon, lat, km], ...])");
        }
    } catch (const nlohmann::json::exception& e) {
        throw DataError(file.string(), std::string("not a country names file (expected countries[] with id, en, es, "
                                                   "spots [[lon, lat, km], ...], areaKm2): ") + e.what());
    }
    return names;
}

std::vector<MapName> loadSeaNames(const std::filesystem::path& file) {
    const nlohmann::json document = readJson(file, "sea names (expected a JSON file made by shapes/sea_names.py)");
    std::vector<MapName> names;
    try {
        for (const nlohmann::json& s : document.at("seas")) {
            const int rank = s.at("rank").get<int>();
            names.push_back({s.at("id").get<std::string>(), s.at("en").get<std::string>(), s.at("es").get<std::string>(),
                             rank == 1 ? NameKind::Ocean : NameKind::Sea,
                             {{{s.at("lon").get<double>(), s.at("lat").get<double>()}, s.at("km").get<double>()}}, 0.0});
        }
    } catch (const nlohmann::json::exception& e) {
        throw DataError(file.string(), std::string("not a sea names file (expected seas[] with id, en, es, rank, lon, "
                                                   "lat, km): ") + e.what());
    }
    return names;
}

} // namespace gb::mapdata
