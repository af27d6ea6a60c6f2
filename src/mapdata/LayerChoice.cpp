#include "mapdata/LayerChoice.hpp"

#include "mapdata/DataError.hpp"

#include <algorithm>
#include <cctype>

namespace gb::mapdata {
namespace {

bool isPolygonType(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface: return true;
    default: return false;
    }
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

//! "countries (MultiPolygon, 177 features)", for messages.
std::string described(OGRLayer& layer) {
    const GIntBig count = layer.GetFeatureCount(FALSE);
    return std::string(layer.GetName()) + " (" + OGRGeometryTypeToName(layer.GetGeomType()) +
           (count >= 0 ? ", " + std::to_string(count) + (count == 1 ? " feature" : " features") : std::string()) + ")";
}

std::string listOf(GDALDataset& dataset) {
    std::string out;
    for (OGRLayer* layer : dataset.GetLayers())
        out += (out.empty() ? "" : ", ") + described(*layer);
    return out.empty() ? "none" : out;
}

} // namespace

FileAndLayer splitLayer(const std::filesystem::path& path) {
    const std::string text = path.string();
    const std::size_t colon = text.rfind(':');
    std::error_code ec;
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size() || std::filesystem::exists(path, ec))
        return {path, {}};
    const std::filesystem::path file = text.substr(0, colon);
    if (!std::filesystem::exists(file, ec))
        return {path, {}};
    return {file, text.substr(colon + 1)};
}

std::vector<OGRLayer*> chooseLayers(GDALDataset& dataset, const std::string& wanted, const std::string& fileName,
                                    std::vector<std::string>& notes) {
    if (!wanted.empty()) {
        OGRLayer* layer = dataset.GetLayerByName(wanted.c_str());
        if (!layer)
            throw DataError(fileName, "has no layer '" + wanted + "'; its layers: " + listOf(dataset));
        return {layer};
    }
    std::vector<OGRLayer*> polygonLayers;
    for (OGRLayer* layer : dataset.GetLayers())
        if (isPolygonType(layer->GetGeomType()))
            polygonLayers.push_back(layer);
    if (polygonLayers.empty()) { // types not declared (GeoJSON of mixed types, CSV): look inside each
        std::vector<OGRLayer*> all;
        for (OGRLayer* layer : dataset.GetLayers())
            all.push_back(layer);
        if (all.empty())
            throw DataError(fileName, "the file has no layers; expected a layer of polygons");
        return all;
    }
    if (polygonLayers.size() == 1)
        return polygonLayers;
    // Named like countries (countries, ne_50m_admin_0_countries, ...) first, else the largest.
    const auto named = std::find_if(polygonLayers.begin(), polygonLayers.end(), [](OGRLayer* layer) {
        const std::string n = lower(layer->GetName());
        return n.find("countr") != std::string::npos || n.find("admin_0") != std::string::npos;
    });
    OGRLayer* chosen = named != polygonLayers.end()
                           ? *named
                           : *std::max_element(polygonLayers.begin(), polygonLayers.end(), [](OGRLayer* a, OGRLayer* b) {
                                 return a->GetFeatureCount(FALSE) < b->GetFeatureCount(FALSE);
                             });
    notes.push_back("took layer '" + std::string(chosen->GetName()) + "' (" +
                    (named != polygonLayers.end() ? "named like countries" : "the most features") + ") of its " +
                    std::to_string(polygonLayers.size()) + " polygon layers: " + listOf(dataset) +
                    "; --layer NAME takes another");
    return {chosen};
}

} // namespace gb::mapdata
