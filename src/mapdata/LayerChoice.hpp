#pragma once
// Which layer of a vector file holds the countries. A GeoPackage of a world map has several
// (provinces, countries, disputed borders): taking the first polygon layer painted Japan's colour
// on a Syrian province. The user names one (`--layer NAME`, or FILE:LAYER), else a polygon
// layer named like countries, else the polygon layer with the most features, and geobrief says
// which it took.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <string>
#include <vector>

namespace gb::mapdata {

struct FileAndLayer {
    std::filesystem::path file;
    std::string layer; //!< empty: chosen by chooseLayers
};

//! "world.gpkg:countries" -> {"world.gpkg", "countries"} when "world.gpkg" exists and the whole
//! name does not (a file may have a ':' in its name); anything else is a file.
[[nodiscard]] FileAndLayer splitLayer(const std::filesystem::path& path);

//! The layers to read, in order: the named one, or the chosen polygon layer, or (no layer
//! declares polygons) every layer, to look inside. `notes` gets a line when a choice was made
//! among several polygon layers. Throws DataError (naming the layers there are) for an unknown
//! name or a file without layers.
[[nodiscard]] std::vector<OGRLayer*> chooseLayers(GDALDataset& dataset, const std::string& wanted,
                                                  const std::string& fileName, std::vector<std::string>& notes);

} // namespace gb::mapdata
