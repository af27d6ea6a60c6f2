#include "mapdata/GeoJsonPolygons.hpp"

#include "TestFiles.hpp"
#include "mapdata/PolygonLoader.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace geo_json_polygons_test {

using namespace gb::mapdata;
using gb::test::ScratchDir;

namespace {
// A collection as a user's file may hold it: a polygon with a hole, a multipolygon (one of its
// parts with a height), a feature without geometry, properties of every JSON kind, feature ids
// in text, members GeoJSON allows anywhere (bbox, foreign ones), keys in any order.
constexpr const char* plainCollection = R"({"type": "FeatureCollection", "name": "world",
  "bbox": [-10, -10, 30, 30], "generator": {"name": "hand", "version": [1, 2]},
  "features": [
    {"type": "Feature", "id": "A", "properties": {"ISO_N3": "392", "NAME": "Japan", "pop": 125,
       "area": 377975.5, "island": true, "note": null, "tags": ["x", "y"], "meta": {"k": 1}},
     "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
                                                    [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]]]}},
    {"geometry": {"coordinates": [[[[20, 20], [21.123456789012345, 20], [21, 21.5, 7], [20, 20]]],
                                  [[[25, 25], [26, 25], [26, 26], [25, 25]]]],
                  "type": "MultiPolygon", "bbox": [20, 20, 26, 26]},
     "properties": {"ISO_N3": "408", "NAME": "North Korea", "pop": 26, "area": 120540.25, "island": false},
     "id": "B", "type": "Feature"},
    {"type": "Feature", "id": "C", "properties": {"ISO_N3": "-99", "NAME": "Nowhere"}, "geometry": null}
  ]})";

//! Every field GDAL's own driver gives, as text (unset: "<unset>"), by name.
std::map<std::string, std::string> fieldsOf(OGRFeature& feature) {
    std::map<std::string, std::string> out;
    for (int i = 0; i < feature.GetFieldCount(); ++i)
        out[feature.GetFieldDefnRef(i)->GetNameRef()] =
            feature.IsFieldSetAndNotNull(i) ? feature.GetFieldAsString(i) : "<unset>";
    return out;
}

std::vector<unsigned char> wkbOf(const OGRGeometry* geometry) {
    if (!geometry)
        return {};
    std::vector<unsigned char> bytes(geometry->WkbSize());
    geometry->exportToWkb(wkbNDR, bytes.data(), wkbVariantIso);
    return bytes;
}
} // namespace

TEST(GeoJsonPolygons, APlainCollectionReadsAsGdalsDriverReadsIt) {
    GDALAllRegister();
    ScratchDir dir;
    const auto file = dir.write("world.geojson", plainCollection);
    const GDALDatasetUniquePtr ours = readPolygonGeoJson(file);
    ASSERT_NE(ours, nullptr);
    const GDALDatasetUniquePtr gdal(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_NE(gdal, nullptr);
    ASSERT_EQ(ours->GetLayerCount(), 1);
    OGRLayer& mine = *ours->GetLayer(0);
    OGRLayer& theirs = *gdal->GetLayer(0);
    EXPECT_STREQ(mine.GetName(), "world");
    ASSERT_EQ(mine.GetFeatureCount(), 3);
    ASSERT_EQ(theirs.GetFeatureCount(), 3);
    for (int i = 0; i < 3; ++i) {
        const std::unique_ptr<OGRFeature> a(mine.GetNextFeature()), b(theirs.GetNextFeature());
        ASSERT_TRUE(a && b);
        // The same points to the bit (a third number, a height, is not kept by either reader
        // that matters: the loader reads x and y).
        OGRGeometry* ga = a->GetGeometryRef();
        OGRGeometry* gb = b->GetGeometryRef();
        ASSERT_EQ(ga == nullptr, gb == nullptr) << i;
        if (gb) {
            std::unique_ptr<OGRGeometry> flat(gb->clone());
            flat->flattenTo2D();
            EXPECT_EQ(wkbOf(ga), wkbOf(flat.get())) << i;
        }
        const auto fa = fieldsOf(*a), fb = fieldsOf(*b);
        for (const auto& [name, value] : fa) {
            ASSERT_TRUE(fb.contains(name)) << name;
            EXPECT_EQ(value, fb.at(name)) << "feature " << i << ", field " << name;
        }
        // Only properties that are not scalars (an array or an object names no country) or
        // never hold a value are not fields here.
        for (const auto& [name, value] : fb)
            EXPECT_TRUE(fa.contains(name) || name == "tags" || name == "meta" || name == "note") << name;
    }
    EXPECT_EQ(fieldsOf(*std::unique_ptr<OGRFeature>(mine.GetFeature(0))).at("id"), "A");
}

TEST(GeoJsonPolygons, WhatIsNotAPlainCollectionOfPolygonsIsLeftToGdal) {
    GDALAllRegister();
    ScratchDir dir;
    const std::string polygon = R"({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]})";
    const auto collection = [&](const std::string& geometry, const std::string& extra = "") {
        return R"({"type": "FeatureCollection", )" + extra +
               R"("features": [{"type": "Feature", "properties": {}, "geometry": )" + geometry + "}]}";
    };
    // The twins first: the plain case is read, and so is a collection that declares CRS84.
    EXPECT_NE(readPolygonGeoJson(dir.write("plain.geojson", collection(polygon))), nullptr);
    EXPECT_NE(readPolygonGeoJson(dir.write(
                  "crs84.json",
                  collection(polygon,
                             R"("crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}, )"))),
              nullptr);
    const std::vector<std::pair<std::string, std::string>> others = {
        {"mercator.geojson", collection(polygon, R"("crs": {"type": "name", "properties": {"name": "EPSG:3857"}}, )")},
        {"points.geojson", collection(R"({"type": "Point", "coordinates": [1, 2]})")},
        {"mixed.geojson", collection(R"({"type": "GeometryCollection", "geometries": [)" + polygon + "]}")},
        {"flat.geojson", collection(R"({"type": "Polygon", "coordinates": [[0, 0], [1, 0], [1, 1]]})")},
        {"deep.geojson", collection(R"({"type": "Polygon", "coordinates": [[[[0, 0], [1, 0], [1, 1]]]]})")},
        {"short.geojson", collection(R"({"type": "Polygon", "coordinates": [[[0], [1, 0], [1, 1], [0]]]})")},
        {"text.geojson", collection(R"({"type": "Polygon", "coordinates": [[["0", "0"], [1, 0], [1, 1]]]})")},
        {"truncated.geojson", collection(polygon).substr(0, 60)},
        {"feature.geojson", R"({"type": "Feature", "properties": {}, "geometry": )" + polygon + "}"},
        {"list.geojson", "[" + collection(polygon) + "]"},
        {"plain.txt", collection(polygon)},
    };
    for (const auto& [name, text] : others)
        EXPECT_EQ(readPolygonGeoJson(dir.write(name, text)), nullptr) << name;
}

TEST(GeoJsonPolygons, TheLoaderGivesTheSameCountriesByEitherReader) {
    // The same text read through the fast path (*.geojson) and through GDAL's driver (a name
    // the fast path does not take; GDAL knows GeoJSON by its content).
    ScratchDir dir;
    const FeatureCollection fast = loadPolygons(dir.write("world.geojson", plainCollection));
    const FeatureCollection gdal = loadPolygons(dir.write("world.gjs", plainCollection));
    ASSERT_EQ(fast.features.size(), 2u);
    ASSERT_EQ(gdal.features.size(), fast.features.size());
    for (std::size_t i = 0; i < fast.features.size(); ++i) {
        EXPECT_EQ(fast.features[i].id, gdal.features[i].id);
        EXPECT_EQ(fast.features[i].name, gdal.features[i].name);
        ASSERT_EQ(fast.features[i].polygons.size(), gdal.features[i].polygons.size());
        for (std::size_t p = 0; p < fast.features[i].polygons.size(); ++p)
            EXPECT_EQ(fast.features[i].polygons[p].rings, gdal.features[i].polygons[p].rings);
    }
    EXPECT_EQ(fast.features[0].name, "Japan");
    EXPECT_EQ(fast.features[1].polygons[0].rings[0][1].lon, 21.123456789012345);
    EXPECT_EQ(fast.warnings, gdal.warnings);
}

TEST(GeoJsonPolygons, MangledFilesGiveALayerOfPolygonsOrNothingNeverACrash) {
    // Seeded mutations of the plain collection (bit flips, cuts, repeated and dropped pieces,
    // deep nesting): each is read, and what comes back holds only polygons. Under ASan in CI.
    GDALAllRegister();
    ScratchDir dir;
    const std::string base = plainCollection;
    std::uint32_t state = 20241101;
    const auto next = [&state](std::uint32_t below) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % below;
    };
    int read = 0;
    for (int round = 0; round < 400; ++round) {
        std::string text = base;
        for (std::uint32_t edits = 1 + next(4); edits > 0; --edits) {
            const std::size_t at = next(static_cast<std::uint32_t>(text.size()));
            switch (next(5)) {
            case 0: text[at] = static_cast<char>(text[at] ^ (1 << next(8))); break;
            case 1: text.resize(at); break;
            case 2: text.insert(at, text.substr(at, next(40))); break;
            case 3: text.erase(at, next(40)); break;
            default: text.insert(at, std::string(next(3000), next(2) ? '[' : '{')); break;
            }
            if (text.empty())
                break;
        }
        const GDALDatasetUniquePtr dataset = readPolygonGeoJson(dir.write("mangled.geojson", text));
        if (!dataset)
            continue;
        ++read;
        for (auto& feature : *dataset->GetLayer(0)) {
            const OGRGeometry* g = feature->GetGeometryRef();
            const auto type = g ? wkbFlatten(g->getGeometryType()) : wkbPolygon;
            EXPECT_TRUE(type == wkbPolygon || type == wkbMultiPolygon) << text;
        }
    }
    // The twin: some mangled files are still plain collections (a changed name or number).
    EXPECT_GT(read, 0);
    EXPECT_LT(read, 400);
}

} // namespace geo_json_polygons_test
