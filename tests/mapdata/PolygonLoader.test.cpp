#include "mapdata/DataError.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "mapdata/CountryCodes.hpp"
#include "mapdata/DetailLevel.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "mapdata/SceneGeometry.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

#include <sys/stat.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace polygon_loader_test {

using namespace gb::mapdata;
using gb::test::ScratchDir;
using gb::test::shapesDir;

namespace {
std::size_t ringCount(const GeoFeature& f) {
    std::size_t n = 0;
    for (const auto& p : f.polygons)
        n += p.rings.size();
    return n;
}
std::string errorOf(const std::filesystem::path& file) {
    try {
        (void)loadPolygons(file);
    } catch (const DataError& e) {
        return e.what();
    }
    return "no error";
}
} // namespace

TEST(PolygonLoader, Countries50mHasEveryCountry) {
    const FeatureCollection c = loadPolygons(shapesDir() / "countries-50m.fgb");
    EXPECT_EQ(c.features.size(), 241u);
    EXPECT_TRUE(c.warnings.empty());
    const GeoFeature* russia = c.find("643");
    ASSERT_NE(russia, nullptr);
    EXPECT_EQ(russia->name, "Russia");
    EXPECT_EQ(russia->polygons.size(), 101u); // 99 in Natural Earth, two more after the cut at 180°
    const GeoFeature* japan = c.find("392");
    ASSERT_NE(japan, nullptr);
    EXPECT_EQ(japan->name, "Japan");
    EXPECT_NE(c.find("056"), nullptr); // Belgium
    EXPECT_NE(c.find("408"), nullptr); // North Korea
}

TEST(PolygonLoader, RussiaIsSplitAtTheAntimeridian) {
    const FeatureCollection c = loadPolygons(shapesDir() / "countries-50m.fgb");
    const GeoFeature* russia = c.find("643");
    ASSERT_NE(russia, nullptr);
    bool touchesEast = false, touchesWest = false;
    for (const auto& polygon : russia->polygons)
        for (const auto& p : polygon.rings[0]) {
            EXPECT_LE(std::abs(p.lon), 180.0);
            touchesEast |= p.lon >= 179.999;
            touchesWest |= p.lon <= -179.999;
        }
    EXPECT_TRUE(touchesEast); // Chukotka west of 180°
    EXPECT_TRUE(touchesWest); // and its part east of 180°, stored at negative longitudes
}

TEST(PolygonLoader, EveryLevelLoads) {
    const std::size_t expected[] = {177, 241, 254}; // Natural Earth's feature counts per scale
    for (DetailLevel level : allDetailLevels) {
        const auto file = ShapeSource(shapesDir(), "countries").fileFor(level);
        ASSERT_TRUE(file);
        const FeatureCollection c = loadPolygons(*file);
        EXPECT_EQ(c.features.size(), expected[static_cast<int>(level)]) << suffix(level);
    }
}

TEST(PolygonLoader, RegionsHaveKurskAndTheFarEast) {
    const FeatureCollection r = loadPolygons(shapesDir() / "russia-regions-50m.fgb");
    const GeoFeature* kursk = r.find("RU.KRS");
    ASSERT_NE(kursk, nullptr);
    EXPECT_EQ(kursk->polygons.size(), 1u);
    EXPECT_EQ(ringCount(*kursk), 1u);
    const GeoFeature* fefd = r.find("RU.FEFD");
    ASSERT_NE(fefd, nullptr);
    EXPECT_GT(fefd->polygons.size(), 10u); // Sakhalin, the Kurils, Wrangel, ...
    double maxLon = -180, minLon = 180;
    for (const auto& p : fefd->polygons)
        for (const auto& q : p.rings[0]) {
            maxLon = std::max(maxLon, q.lon);
            minLon = std::min(minLon, q.lon);
        }
    EXPECT_LE(maxLon, 180.0);  // Chukotka's east end was moved to negative longitudes
    EXPECT_LT(minLon, -169.0);
}

TEST(PolygonLoader, HolesAreKept) {
    ScratchDir dir;
    const auto file = dir.write("holed.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"A","name":"Donut"},"geometry":{"type":"Polygon",
       "coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}}]})");
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 1u);
    EXPECT_EQ(c.features[0].name, "Donut");
    ASSERT_EQ(c.features[0].polygons.size(), 1u);
    ASSERT_EQ(c.features[0].polygons[0].rings.size(), 2u);
    EXPECT_EQ(c.features[0].polygons[0].rings[1].size(), 4u); // closing point dropped
}

TEST(PolygonLoader, ReprojectsADeclaredCrs) {
    ScratchDir dir;
    // A square around Kursk in Web Mercator metres (EPSG:3857).
    const auto file = dir.write("merc.geojson", R"({"type":"FeatureCollection",
      "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[
      {"type":"Feature","properties":{"id":"K"},"geometry":{"type":"Polygon",
       "coordinates":[[[4000000,6700000],[4100000,6700000],[4100000,6800000],[4000000,6800000],[4000000,6700000]]]}}]})");
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 1u);
    const auto& ring = c.features[0].polygons[0].rings[0];
    EXPECT_NEAR(ring[0].lon, 35.9325, 1e-3);
    EXPECT_NEAR(ring[0].lat, 51.4428, 1e-3);
}

TEST(PolygonLoader, NoCrsMeansWgs84WithAWarning) {
    ScratchDir dir;
    const auto file = dir.write("plain.csv", "WKT,id\n\"POLYGON((0 0,1 0,1 1,0 0))\",X\n");
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 1u);
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_NE(c.warnings[0].find("declares no CRS; assuming WGS84"), std::string::npos);
}

TEST(PolygonLoader, DegenerateRingsAreSkippedWithAWarning) {
    ScratchDir dir;
    const auto file = dir.write("bad.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"ok"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
      {"type":"Feature","properties":{"id":"flat"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}]})");
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 1u);
    EXPECT_EQ(c.features[0].id, "ok");
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_EQ(c.warnings[0], "1 ring(s) with fewer than 3 distinct points skipped");
}

TEST(PolygonLoader, MissingFileIsNamed) {
    EXPECT_EQ(errorOf("/nonexistent/shapes.fgb"),
              "/nonexistent/shapes.fgb: no such file (expected a polygon file such as .fgb, .gpkg, .shp or .geojson)");
}

TEST(PolygonLoader, FolderIsRejected) {
    ScratchDir dir;
    EXPECT_EQ(errorOf(dir.path()), dir.path().string() + ": is a folder, expected a polygon file");
}

TEST(PolygonLoader, NonGeoFileIsRejected) {
    ScratchDir dir;
    const auto file = dir.write("junk.fgb", std::string("\x89PNG not really\0\1\2", 19));
    EXPECT_EQ(errorOf(file).rfind(file.string() + ": GDAL cannot open it as vector data", 0), 0u);
}

TEST(PolygonLoader, PointLayerIsRejected) {
    ScratchDir dir;
    const auto file = dir.write("points.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}]})");
    EXPECT_EQ(errorOf(file), file.string() +
              ": no valid polygons among 1 feature(s); expected Polygon or MultiPolygon geometries");
}

TEST(PolygonLoader, EmptyLayerIsRejected) {
    ScratchDir dir;
    const auto file = dir.write("empty.geojson", R"({"type":"FeatureCollection","features":[]})");
    EXPECT_EQ(errorOf(file), file.string() + ": no features found; expected a layer of polygons");
}

TEST(PolygonLoader, AFifoIsRefusedWithoutOpeningIt) {
    ScratchDir dir;
    const auto fifo = dir.path() / "shapes.geojson";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // Opening a FIFO for reading blocks until a writer comes: had it been opened, this would hang.
    EXPECT_EQ(errorOf(fifo), fifo.string() + ": is a FIFO (reading it would wait for a writer), expected a polygon file");
}

TEST(PolygonLoader, ADeviceIsRefused) {
    EXPECT_EQ(errorOf("/dev/zero"), "/dev/zero: is a device, expected a polygon file");
}

TEST(PolygonLoader, AShapefileCompanionThatIsAFifoIsRefused) {
    ScratchDir dir;
    const auto shp = dir.write("c.shp", "not read");
    const auto dbf = dir.path() / "c.dbf";
    ASSERT_EQ(::mkfifo(dbf.c_str(), 0600), 0);
    EXPECT_EQ(errorOf(shp), dbf.string() + ": is a FIFO (reading it would wait for a writer), expected a polygon file");
}

TEST(PolygonLoader, CoordinatesNoCrsReachesAreSkippedNotConverted) {
    ScratchDir dir;
    // x = 1e30 in Web Mercator: PROJ's longitude wrapping would loop for minutes over it.
    const auto file = dir.write("far.geojson", R"({"type":"FeatureCollection",
      "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[
      {"type":"Feature","properties":{"id":"far"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1e30,0],[1e30,1e5],[0,1e5],[0,0]]]}},
      {"type":"Feature","properties":{"id":"K"},"geometry":{"type":"Polygon",
       "coordinates":[[[4000000,6700000],[4100000,6700000],[4100000,6800000],[4000000,6800000],[4000000,6700000]]]}}]})");
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 1u);
    EXPECT_EQ(c.features[0].id, "K");
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_EQ(c.warnings[0], "1 ring(s) skipped: coordinates beyond longitude/latitude (±360, ±90) or "
                             "beyond 1e10 in the layer's units (is the CRS right?)");
}

namespace {
//! A ring of n points on a circle, each joined to the one k steps on: n*(k-1) crossings.
std::string starRing(int n, int k) {
    std::string ring = "[";
    for (int i = 0; i <= n; ++i) {
        const double a = 2 * 3.14159265358979 * ((i * k) % n) / n;
        ring += i ? ",[" : "[";
        ring += std::to_string(135 + 5 * std::cos(a));
        ring += ',';
        ring += std::to_string(35 + 5 * std::sin(a));
        ring += ']';
    }
    return ring + "]";
}
} // namespace

TEST(PolygonLoader, AScribbleIsSkippedInBoundedTimeAndABowTieIsKept) {
    ScratchDir dir;
    // 20,000 points crossing themselves 20 million times (GLU would take minutes), a bow tie
    // (one crossing: drawn as two triangles), and a square.
    const auto file = dir.write("tangled.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"s","name":"Scribble"},"geometry":{"type":"Polygon","coordinates":[)" +
                                                      starRing(20000, 1001) + R"(]}},
      {"type":"Feature","properties":{"id":"b","name":"Bow tie"},"geometry":{"type":"Polygon","coordinates":[[[0,40],[10,50],[10,40],[0,50],[0,40]]]}},
      {"type":"Feature","properties":{"id":"q"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]})");
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 2u);
    EXPECT_EQ(c.features[0].id, "b");
    EXPECT_EQ(c.features[1].id, "q");
    ASSERT_EQ(c.warnings.size(), 2u);
    // Kept, and counted: the bow tie (the square is valid).
    EXPECT_EQ(c.warnings[0], "1 polygon(s) not valid (first: 'Bow tie'): rings that cross or touch themselves, drawn "
                             "by the even-odd rule; ogr2ogr -makevalid repairs the file");
    EXPECT_EQ(c.warnings[1], "1 polygon(s) skipped (first: 'Scribble'): they cross themselves too often to draw; "
                             "repair the file (ogr2ogr -makevalid)");
}

namespace {
//! Our 110m countries (177 features in a FlatGeobuf) without their last `cut` bytes.
std::filesystem::path truncatedCountries(const ScratchDir& dir, std::uintmax_t cut) {
    const auto whole = shapesDir() / "countries-110m.fgb";
    const auto part = dir.path() / "truncated.fgb";
    std::filesystem::copy_file(whole, part);
    std::filesystem::resize_file(part, std::filesystem::file_size(whole) - cut);
    return part;
}
} // namespace

TEST(PolygonLoader, AFileTruncatedToHalfIsDamagedNotASmallerMap) {
    ScratchDir dir;
    const auto file = truncatedCountries(dir, std::filesystem::file_size(shapesDir() / "countries-110m.fgb") / 2);
    const std::string error = errorOf(file);
    EXPECT_EQ(error.rfind(file.string() + ": the file is damaged: 66 of the 177 features it declares could be read, ", 0), 0u)
        << error;
}

TEST(PolygonLoader, AFewFeaturesLostAreAWarningWithTheCount) {
    ScratchDir dir;
    const FeatureCollection c = loadPolygons(truncatedCountries(dir, 3000));
    EXPECT_EQ(c.features.size(), 172u);
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_EQ(c.warnings[0].rfind("the file is damaged; 172 feature(s) read of 177 it declares: ", 0), 0u) << c.warnings[0];
    // The twin: the whole file reads without a word.
    EXPECT_TRUE(loadPolygons(shapesDir() / "countries-110m.fgb").warnings.empty());
}

namespace {
//! An empty GeoPackage at `file`, made through GDAL.
GDALDatasetUniquePtr newPackage(const std::filesystem::path& file) {
    GDALAllRegister();
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    return GDALDatasetUniquePtr(gpkg->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
}

OGRSpatialReference lonLat() {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    return wgs84;
}

//! Gives `feature` the polygon `wkt` and writes it into `layer`.
void writeFeature(OGRLayer& layer, OGRFeature& feature, const std::string& wkt) {
    OGRGeometry* geometry = nullptr;
    OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &geometry);
    feature.SetGeometryDirectly(geometry);
    EXPECT_EQ(layer.CreateFeature(&feature), OGRERR_NONE);
}

//! A GeoPackage like a world map's: 'states_provinces' (3 provinces, listed first) and
//! 'countries' (Japan and North Korea with ISO codes), made through GDAL.
std::filesystem::path twoLayerPackage(const ScratchDir& dir) {
    const auto file = dir.path() / "world.gpkg";
    GDALDatasetUniquePtr ds = newPackage(file);
    OGRSpatialReference wgs84 = lonLat();
    const auto addLayer = [&](const char* name, const std::vector<std::pair<std::string, std::string>>& features) {
        OGRLayer* layer = ds->CreateLayer(name, &wgs84, wkbPolygon, nullptr);
        OGRFieldDefn id("ISO_N3", OFTString);
        layer->CreateField(&id);
        for (const auto& [code, wkt] : features) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("ISO_N3", code.c_str());
            writeFeature(*layer, feature, wkt);
        }
    };
    addLayer("states_provinces", {{"760", "POLYGON((36 35,37 35,37 36,36 35))"},
                                  {"384", "POLYGON((-5 6,-4 6,-4 7,-5 6))"},
                                  {"818", "POLYGON((33 29,34 29,34 30,33 29))"}});
    addLayer("countries", {{"392", "POLYGON((130 31,141 31,141 45,130 31))"},
                           {"408", "POLYGON((124 38,130 38,130 43,124 38))"}});
    return file;
}
} // namespace

TEST(PolygonLoader, OfSeveralLayersTheCountriesAreTakenAndSaidSo) {
    ScratchDir dir;
    const auto file = twoLayerPackage(dir);
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 2u);
    EXPECT_EQ(c.features[0].id, "392"); // Japan, not a Syrian province
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_EQ(c.warnings[0], "took layer 'countries' (named like countries) of its 2 polygon layers: "
                             "states_provinces (Polygon, 3 features), countries (Polygon, 2 features); "
                             "--layer NAME takes another");
}

TEST(PolygonLoader, ANamedLayerIsReadAndAnUnknownOneListsTheLayers) {
    ScratchDir dir;
    const auto file = twoLayerPackage(dir);
    const FeatureCollection provinces = loadPolygons(file.string() + ":states_provinces");
    ASSERT_EQ(provinces.features.size(), 3u);
    EXPECT_EQ(provinces.features[0].id, "760");
    EXPECT_TRUE(provinces.warnings.empty());
    EXPECT_EQ(errorOf(file.string() + ":rivers"),
              file.string() + ": has no layer 'rivers'; its layers: states_provinces (Polygon, 3 features), "
                              "countries (Polygon, 2 features)");
}

TEST(PolygonLoader, AUsersRingAcrossTheAntimeridianIsSplitThere) {
    ScratchDir dir;
    // Chukotka as a file may write it: from 160 E across 180 to 170 W, then back.
    const auto file = dir.write("chukotka.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"643"},"geometry":{"type":"Polygon",
       "coordinates":[[[160,60],[-170,60],[-170,70],[160,70],[160,60]]]}}]})");
    const FeatureCollection c = loadPolygons(file);
    ASSERT_EQ(c.features.size(), 1u);
    ASSERT_EQ(c.features[0].polygons.size(), 2u); // 160..180 and -180..-170, not a band round the pole
    for (const PolygonRings& polygon : c.features[0].polygons)
        for (const auto& ring : polygon.rings)
            for (const auto& p : ring)
                EXPECT_LE(std::abs(p.lon), 180.0);
}

TEST(PolygonLoader, ProjectedDataWithoutACrsIsNamedAndAGivenCrsReadsIt) {
    ScratchDir dir;
    // A shapefile of two provinces in metres (ETRS89-LAEA, EPSG:3035) without its .prj.
    GDALAllRegister();
    const auto file = dir.path() / "provinces.shp";
    {
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("ESRI Shapefile")
                                    ->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer* layer = ds->CreateLayer("provinces", nullptr, wkbPolygon, nullptr);
        for (const char* wkt : {"POLYGON((4321000 3210000,4400000 3210000,4400000 3300000,4321000 3210000))",
                                "POLYGON((4500000 3400000,4600000 3400000,4600000 3500000,4500000 3400000))"}) {
            OGRFeature feature(layer->GetLayerDefn());
            OGRGeometry* geometry = nullptr;
            OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry);
            feature.SetGeometryDirectly(geometry);
            ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
        }
    }
    ASSERT_FALSE(std::filesystem::exists(dir.path() / "provinces.prj"));
    EXPECT_EQ(errorOf(file), file.string() + ": layer 'provinces' declares no CRS and its coordinates (x 4.321e+06 to "
                                             "4.6e+06, y 3.21e+06 to 3.5e+06) cannot be longitude/latitude; give its CRS: "
                                             "--shapes-crs EPSG:XXXX, or a .prj file beside it");
    const FeatureCollection c = loadPolygons(file, {}, "EPSG:3035");
    ASSERT_EQ(c.features.size(), 2u);
    const auto& p = c.features[0].polygons[0].rings[0][0];
    EXPECT_NEAR(p.lon, 10.0, 5.0); // central Europe, where EPSG:3035 puts (4321000, 3210000)
    EXPECT_NEAR(p.lat, 52.0, 5.0);
    EXPECT_TRUE(isKnownCrs("EPSG:3035"));
    EXPECT_FALSE(isKnownCrs("EPSG:99999"));
}

TEST(DetailLevel, ScaleChoosesTheLevel) {
    EXPECT_EQ(detailFor(20000.0), DetailLevel::Coarse);
    EXPECT_EQ(detailFor(5000.0), DetailLevel::Medium);
    EXPECT_EQ(detailFor(1000.0), DetailLevel::Fine);
}

TEST(DetailLevel, ASingleFileServesEveryLevel) {
    const ShapeSource single(shapesDir() / "countries-110m.fgb", "countries");
    EXPECT_EQ(single.fileFor(DetailLevel::Fine), shapesDir() / "countries-110m.fgb");
    const ShapeSource regions(shapesDir(), "russia-regions");
    // No 110m region file: the nearest finer one, 50m (not 10m, which would cost start-up time).
    EXPECT_EQ(regions.fileFor(DetailLevel::Coarse), shapesDir() / "russia-regions-50m.fgb");
    EXPECT_EQ(regions.fileFor(DetailLevel::Fine), shapesDir() / "russia-regions-10m.fgb");
    EXPECT_EQ(ShapeSource(shapesDir(), "nothing").fileFor(DetailLevel::Fine), std::nullopt);
}

TEST(PolygonLoader, OnlyFeaturesReachingTheBoxesAreKept) {
    const auto file = shapesDir() / "countries-50m.fgb";
    const FeatureCollection all = loadPolygons(file);
    const FeatureCollection kursk = loadPolygons(file, {gb::geo::LonLatBox{33.0, 50.0, 40.0, 53.5}});
    EXPECT_NE(kursk.find("643"), nullptr); // Russia
    EXPECT_NE(kursk.find("804"), nullptr); // Ukraine
    EXPECT_EQ(kursk.find("392"), nullptr); // not Japan
    EXPECT_LT(kursk.features.size() * 20, all.features.size());
    // Russia whole: what is kept is kept unchanged (the mesh cuts it to the boxes).
    EXPECT_EQ(kursk.find("643")->polygons.size(), all.find("643")->polygons.size());
    // A box where no country reaches (the ice at the North Pole) keeps nothing, and that is no
    // error.
    EXPECT_TRUE(loadPolygons(file, {gb::geo::LonLatBox{0.0, 89.0, 10.0, 90.0}}).features.empty());
}

TEST(SceneGeometry, ARegionOutsideTheAreaIsLeftOutWithoutAWarning) {
    SceneRequest request;
    request.shapes = shapesDir();
    request.regionFolder = shapesDir();
    request.regions = {{"russia-regions", "RU.KRS"}, {"russia-regions", "RU.NOPE"}};
    request.level = DetailLevel::Medium;
    // The whole world: Kursk is built, the unknown id is reported.
    const SceneGeometry world = buildSceneGeometry(request);
    ASSERT_EQ(world.regions.size(), 2u);
    EXPECT_FALSE(world.regions[0].fill.empty());
    ASSERT_EQ(world.warnings.size(), 1u);
    EXPECT_NE(world.warnings[0].find("has no feature with id \"RU.NOPE\""), std::string::npos);
    // Only around Japan: neither region is there, and that is no fault.
    request.mesh.clipTo = {gb::geo::LonLatBox{130.0, 30.0, 145.0, 45.0}};
    const SceneGeometry japan = buildSceneGeometry(request);
    ASSERT_EQ(japan.regions.size(), 2u);
    EXPECT_TRUE(japan.regions[0].fill.empty());
    EXPECT_TRUE(japan.warnings.empty()) << japan.warnings.front();
    // Around Kursk it is built.
    request.mesh.clipTo = {gb::geo::LonLatBox{33.0, 50.0, 40.0, 53.5}};
    EXPECT_FALSE(buildSceneGeometry(request).regions[0].fill.empty());
}

namespace {
//! A countries layer coded the way Natural Earth codes it: a running number, names, ISO_N3
//! with -99 for France and Kosovo, ADM0_A3 (made through GDAL).
std::filesystem::path naturalEarthLikePackage(const ScratchDir& dir) {
    const auto file = dir.path() / "admin0.gpkg";
    GDALDatasetUniquePtr ds = newPackage(file);
    OGRSpatialReference wgs84 = lonLat();
    OGRLayer* layer = ds->CreateLayer("ne_50m_admin_0_countries", &wgs84, wkbPolygon, nullptr);
    layer->SetMetadataItem("LICENSE", "CC-BY 4.0 (a test's own)");
    layer->SetMetadataItem("NOTE", "not a credit");
    OGRFieldDefn seq("seq", OFTInteger), name("NAME", OFTString), n3("ISO_N3", OFTString), a3("ADM0_A3", OFTString);
    for (OGRFieldDefn* field : {&seq, &name, &n3, &a3})
        layer->CreateField(field);
    const std::vector<std::array<std::string, 4>> rows{{"Japan", "392", "JPN", "POLYGON((130 31,141 31,141 45,130 31))"},
                                                       {"North Korea", "408", "PRK", "POLYGON((124 38,130 38,130 43,124 38))"},
                                                       {"France", "-99", "FRA", "POLYGON((-4 43,7 43,7 50,-4 43))"},
                                                       {"Kosovo", "-99", "KOS", "POLYGON((20 42,21 42,21 43,20 42))"},
                                                       {"Germany", "276", "DEU", "POLYGON((6 47,15 47,15 55,6 47))"}};
    int n = 0;
    for (const auto& [country, isoN3, adm0, wkt] : rows) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("seq", ++n);
        feature.SetField("NAME", country.c_str());
        feature.SetField("ISO_N3", isoN3.c_str());
        feature.SetField("ADM0_A3", adm0.c_str());
        writeFeature(*layer, feature, wkt);
    }
    return file;
}
} // namespace

TEST(PolygonLoader, AUsersCountriesAreIdentifiedByTheirFieldsAndSaidSo) {
    ScratchDir dir;
    const auto file = naturalEarthLikePackage(dir);
    const CountryCodes codes = CountryCodes::load(shapesDir() / "country-codes.json");
    const FeatureCollection c = loadPolygons(file, LoadRequest{{}, {}, &codes});
    std::vector<std::string> ids;
    for (const GeoFeature& f : c.features)
        ids.push_back(f.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"392", "408", "250", "", "276"}));
    EXPECT_EQ(c.identity, "countries identified by 'ISO_N3' (ISO 3166 numeric) for 3 of 5 features, then by "
                          "'ADM0_A3' (ISO 3166 alpha-3) for 1; 1 not identified (first: 'Kosovo')");
    EXPECT_EQ(c.credit, "LICENSE: CC-BY 4.0 (a test's own)");
    // The twin: without the codes the ids are the file's own, and France's is -99.
    const FeatureCollection raw = loadPolygons(file);
    EXPECT_EQ(raw.features[2].id, "-99");
    EXPECT_TRUE(raw.identity.empty());
}

TEST(SceneGeometry, TheStorysCountriesMissingFromAUsersFileAreListedInOneWarning) {
    ScratchDir dir;
    SceneRequest request;
    request.shapes = naturalEarthLikePackage(dir);
    request.countryCodes = shapesDir() / "country-codes.json";
    request.userCountries = true;
    request.expectedCountries = {"040", "250", "392", "470"};
    request.projection = gb::geo::ProjectionSpec{};
    const SceneGeometry scene = buildSceneGeometry(request);
    const std::string source = request.shapes.string();
    EXPECT_NE(std::find(scene.warnings.begin(), scene.warnings.end(),
                        source + ": 2 of the story's 4 countries are not in it, so their roles are not drawn: "
                                 "Austria (040), Malta (470)"),
              scene.warnings.end());
    EXPECT_NE(std::find(scene.warnings.begin(), scene.warnings.end(),
                        source + ": countries identified by 'ISO_N3' (ISO 3166 numeric) for 3 of 5 features, then by "
                                 "'ADM0_A3' (ISO 3166 alpha-3) for 1; 1 not identified (first: 'Kosovo')"),
              scene.warnings.end());
    EXPECT_EQ(scene.countryIds, (std::vector<std::string>{"392", "408", "250", "", "276"}));
    EXPECT_EQ(scene.userCountriesCredit, "admin0.gpkg (LICENSE: CC-BY 4.0 (a test's own))");
}

} // namespace polygon_loader_test
