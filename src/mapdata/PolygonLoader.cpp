#include "mapdata/PolygonLoader.hpp"

#include "geo/Antimeridian.hpp"
#include "geo/RingCrossings.hpp"
#include "mapdata/CountryIdentity.hpp"
#include "mapdata/DataError.hpp"
#include "mapdata/GeoJsonPolygons.hpp"
#include "mapdata/InputFile.hpp"
#include "mapdata/LayerChoice.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <optional>
#include <system_error>

namespace gb::mapdata {
namespace {

constexpr double maxSourceCoordinate = 1e10;

//! GDAL's driver registry is process-wide by design. What our own shapes and the fast GeoJSON
//! path need is registered first; every driver only for a file those do not open: registering
//! GDAL's ~200 drivers takes 6 ms and touches 9 MB of its code, a tenth of an export's memory.
void registerDrivers(bool every) {
    static std::once_flag ours, all;
    std::call_once(ours, [] {
        CPLSetErrorHandler(CPLQuietErrorHandler); // errors reach the user through DataError
        RegisterOGRFlatGeobuf();
        RegisterOGRMEM();
    });
    if (every) // GDAL's manager locks its list: a thread opening a file meanwhile is safe
        std::call_once(all, [] { GDALAllRegister(); });
}

//! The file opened by the drivers registered so far, else by all of GDAL's.
GDALDatasetUniquePtr openVector(const std::string& name) {
    const auto open = [&name] {
        return GDALDatasetUniquePtr(GDALDataset::Open(name.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    };
    if (GDALDatasetUniquePtr dataset = open())
        return dataset;
    CPLErrorReset();
    registerDrivers(true);
    return open();
}

struct CtDeleter {
    void operator()(OGRCoordinateTransformation* ct) const {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CtPtr = std::unique_ptr<OGRCoordinateTransformation, CtDeleter>;

std::optional<std::string> fieldText(const OGRFeature& feature, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        const int index = feature.GetFieldIndex(name);
        if (index >= 0 && feature.IsFieldSetAndNotNull(index)) {
            std::string text = feature.GetFieldAsString(index);
            if (!text.empty())
                return text;
        }
    }
    return std::nullopt;
}

bool reachesAny(const OGRGeometry& geometry, const std::vector<geo::LonLatBox>& boxes) {
    OGREnvelope e;
    geometry.getEnvelope(&e);
    return std::any_of(boxes.begin(), boxes.end(), [&](const geo::LonLatBox& b) {
        return !(e.MinX > b.east || e.MaxX < b.west || e.MinY > b.north || e.MaxY < b.south);
    });
}

//! GDAL's errors while one file is read, on this thread (GDAL's handler stack is per thread):
//! a damaged file must not pass for a small one. Installed for the object's life.
class ReadErrors {
public:
    ReadErrors() { CPLPushErrorHandlerEx(&ReadErrors::note, this); }
    ~ReadErrors() { CPLPopErrorHandler(); }
    ReadErrors(const ReadErrors&) = delete;
    ReadErrors& operator=(const ReadErrors&) = delete;

    [[nodiscard]] int count() const { return count_; }
    [[nodiscard]] const std::string& first() const { return first_; }

private:
    static void CPL_STDCALL note(CPLErr level, CPLErrorNum, const char* message) {
        if (level < CE_Failure)
            return; // warnings and debug output say nothing about lost data
        auto* self = static_cast<ReadErrors*>(CPLGetErrorHandlerUserData());
        if (self->count_++ == 0 && message)
            self->first_ = message;
    }

    int count_ = 0;
    std::string first_;
};

class FeatureReader {
public:
    FeatureReader(std::string file, OGRCoordinateTransformation* toWgs84, bool checkRange)
        : file_(std::move(file)), toWgs84_(toWgs84), checkRange_(checkRange) {}

    void addGeometry(const OGRGeometry& geometry, GeoFeature& out) {
        switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPolygon: addPolygon(*geometry.toPolygon(), out); break;
        case wkbMultiPolygon:
        case wkbGeometryCollection:
        case wkbMultiSurface:
            for (const OGRGeometry* part : *geometry.toGeometryCollection())
                addGeometry(*part, out);
            break;
        case wkbCurvePolygon: {
            std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
            if (linear)
                addGeometry(*linear, out);
            break;
        }
        default: ++nonPolygons_; break;
        }
    }

    [[nodiscard]] int skippedRings() const { return skippedRings_; }
    [[nodiscard]] int nonPolygons() const { return nonPolygons_; }
    [[nodiscard]] int outOfRange() const { return outOfRange_; }
    [[nodiscard]] int failedTransforms() const { return failedTransforms_; }
    [[nodiscard]] int tangled() const { return tangled_; }
    [[nodiscard]] const std::string& firstTangled() const { return firstTangled_; }
    //! Polygons GEOS finds invalid (rings that cross or touch themselves) that were kept: the
    //! even-odd tessellator draws them as the file's rings say, which repairs what a coastline
    //! touching itself needs. Left out instead: those that cross themselves so often that
    //! tessellating would take minutes (tangled()).
    [[nodiscard]] int invalid() const { return invalid_; }
    [[nodiscard]] const std::string& firstInvalid() const { return firstInvalid_; }

private:
    void addPolygon(const OGRPolygon& polygon, GeoFeature& out) {
        PolygonRings rings;
        for (const OGRLinearRing* ring : polygon) {
            std::optional<geo::LonLatPath> read = readRing(*ring);
            if (!read || read->size() < 3) {
                skippedRings_ += read ? 1 : 0;
                if (rings.rings.empty())
                    return; // without its outer ring the polygon's holes mean nothing
                continue;
            }
            rings.rings.push_back(std::move(*read));
        }
        if (rings.rings.empty())
            return;
        const bool valid = !OGRGeometryFactory::haveGEOS() || polygon.IsValid();
        if (!valid && !geo::countRingCrossings(rings.rings).has_value()) {
            if (tangled_++ == 0)
                firstTangled_ = out.name;
            return;
        }
        const bool crosses = geo::crossesAntimeridian(rings.rings);
        // A ring that jumps over 180 degrees is invalid as written; split there, it is not.
        if (!valid && !crosses && invalid_++ == 0)
            firstInvalid_ = out.name;
        if (!crosses) {
            out.polygons.push_back(std::move(rings));
            return;
        }
        for (std::vector<geo::LonLatPath>& part : geo::splitAtAntimeridian(rings.rings))
            out.polygons.push_back({std::move(part)});
    }

    //! nullopt: refused (and counted) for its coordinates; a path of under 3 points: degenerate.
    std::optional<geo::LonLatPath> readRing(const OGRLinearRing& ring) {
        const int n = ring.getNumPoints();
        xs_.resize(n);
        ys_.resize(n);
        ring.getPoints(xs_.data(), sizeof(double), ys_.data(), sizeof(double));
        // No coordinate system on Earth reaches 1e10 of its units; beyond that PROJ's
        // longitude wrapping loops for minutes (x = 1e30 in EPSG:3857 never returns).
        const auto beyond = [](double v) { return !(std::abs(v) <= maxSourceCoordinate); };
        if (std::any_of(xs_.begin(), xs_.end(), beyond) || std::any_of(ys_.begin(), ys_.end(), beyond)) {
            ++outOfRange_;
            return std::nullopt; // counted above
        }
        if (toWgs84_ && n > 0 && !toWgs84_->Transform(n, xs_.data(), ys_.data())) {
            ++failedTransforms_;
            return std::nullopt; // counted above
        }
        geo::LonLatPath path;
        path.reserve(n);
        for (int i = 0; i < n; ++i) {
            const geo::LonLat p{xs_[i], ys_[i]};
            if (!std::isfinite(p.lon) || !std::isfinite(p.lat)) {
                ++failedTransforms_; // PROJ's "no answer" for a point
                return std::nullopt;
            }
            // Up to a turn past ±180: a ring that runs on past the antimeridian is split there.
            if (checkRange_ && (std::abs(p.lon) > 360.0 || std::abs(p.lat) > 90.0 + 1e-6)) {
                ++outOfRange_;
                return std::nullopt; // counted above
            }
            if (path.empty() || !(path.back() == p))
                path.push_back(p);
        }
        if (path.size() > 1 && path.front() == path.back())
            path.pop_back();
        return path;
    }

    std::string file_;
    OGRCoordinateTransformation* toWgs84_;
    bool checkRange_;
    std::vector<double> xs_, ys_;
    int skippedRings_ = 0;
    int nonPolygons_ = 0;
    int outOfRange_ = 0;
    int failedTransforms_ = 0;
    int tangled_ = 0;
    std::string firstTangled_;
    int invalid_ = 0;
    std::string firstInvalid_;
};

bool isWgs84LonLat(const OGRSpatialReference& srs, const OGRSpatialReference& wgs84) {
    const char* const options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES",
                                   "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
    return srs.IsGeographic() && srs.IsSame(&wgs84, options);
}

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

//! Why a layer without a CRS (or one in longitude/latitude: GeoJSON's default) cannot be
//! longitude/latitude, from its extent: when nothing in it was usable, provinces in metres are not
//! "no valid polygons", they are a missing CRS.
std::optional<std::string> notLonLatReason(OGRLayer& layer, bool declared) {
    OGREnvelope e;
    if (layer.GetExtent(&e, TRUE) != OGRERR_NONE)
        return std::nullopt; // empty: nothing to misread
    if (e.MinX >= -360 && e.MaxX <= 360 && e.MinY >= -90 && e.MaxY <= 90)
        return std::nullopt;
    return std::string("layer '") + layer.GetName() +
                              (declared ? "' is longitude/latitude by its format or declaration, but its coordinates (x "
                                        : "' declares no CRS and its coordinates (x ") +
                              number(e.MinX) + " to " + number(e.MaxX) + ", y " + number(e.MinY) + " to " +
                              number(e.MaxY) +
                              ") cannot be longitude/latitude; give its CRS: --shapes-crs EPSG:XXXX, or a .prj file beside it";
}

//! The features read since `table` began take the ISO numeric codes their fields name; the ones
//! named by none get no id, so no role reaches them through an unrelated field.
void identifyFeatures(const AttributeTable& table, const CountryCodes& codes, FeatureCollection& result,
                      std::size_t first) {
    const std::size_t count = result.features.size() - first;
    std::vector<std::string> names;
    for (std::size_t i = first; i < result.features.size(); ++i)
        names.push_back(result.features[i].name);
    CountryIdentity identity = identifyCountries(table, codes, names);
    for (std::size_t i = 0; i < count; ++i)
        result.features[first + i].id = std::move(identity.numeric[i]);
    result.identity = std::move(identity.report);
}

//! The licence and source a file declares in its metadata (GeoPackage, FlatGeobuf and GDAL's
//! own formats carry some): at most three items, each cut to 100 bytes.
std::string creditOf(GDALMajorObject& object, std::string credit = {}) {
    static constexpr const char* wanted[] = {"licen", "source", "attribution", "copyright", "credit"};
    CSLConstList items = object.GetMetadata();
    int taken = 0;
    for (int i = 0; items && items[i] && taken < 3; ++i) { // a credit line, not the file's catalogue
        std::string item = items[i];
        const std::size_t equals = item.find('=');
        if (equals == std::string::npos || equals + 1 == item.size())
            continue;
        std::string key = item.substr(0, equals);
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
        if (std::none_of(std::begin(wanted), std::end(wanted),
                         [&](const char* w) { return key.find(w) != std::string::npos; }))
            continue;
        item[equals] = ':';
        item.insert(equals + 1, " ");
        if (item.size() > 100)
            item = item.substr(0, 97) + "...";
        credit += (credit.empty() ? "" : "; ") + item;
        ++taken;
    }
    return credit;
}

//! The transformation from a layer's CRS to WGS84 lon/lat; null when it is that already or
//! declares none (a warning says so).
CtPtr transformFor(OGRLayer& layer, const OGRSpatialReference* srs, const std::string& name,
                   std::vector<std::string>& warnings) {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!srs) {
        warnings.push_back("layer '" + std::string(layer.GetName()) + "' declares no CRS; assuming WGS84 longitude/latitude");
        return nullptr;
    }
    if (isWgs84LonLat(*srs, wgs84))
        return nullptr;
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLErrorReset();
    CtPtr toWgs84(OGRCreateCoordinateTransformation(&source, &wgs84));
    if (!toWgs84) {
        const char* crsName = srs->GetName(); // null for a CRS without a name
        const std::string reason = CPLGetLastErrorMsg(); // e.g. PROJ's database is missing
        throw DataError(name, "cannot transform its CRS '" + std::string(crsName ? crsName : "(unnamed)") +
                                  "' to WGS84" + (reason.empty() ? "" : " (" + reason + ")"));
    }
    return toWgs84;
}

//! The fields a country may be identified by: text and numbers.
std::vector<int> attributeFields(OGRLayer& layer) {
    std::vector<int> out;
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldType type = definition->GetFieldDefn(i)->GetType();
        if (type == OFTString || type == OFTInteger || type == OFTInteger64 || type == OFTReal)
            out.push_back(i);
    }
    return out;
}

void addReaderWarnings(const FeatureReader& reader, std::vector<std::string>& warnings) {
    if (reader.skippedRings() > 0)
        warnings.push_back(std::to_string(reader.skippedRings()) + " ring(s) with fewer than 3 distinct points skipped");
    if (reader.outOfRange() > 0)
        warnings.push_back(std::to_string(reader.outOfRange()) +
                           " ring(s) skipped: coordinates beyond longitude/latitude (±360, ±90) or beyond 1e10 in the layer's units (is the CRS right?)");
    if (reader.failedTransforms() > 0)
        warnings.push_back(std::to_string(reader.failedTransforms()) +
                           " ring(s) skipped: their points do not convert from the layer's CRS to longitude/latitude");
    if (reader.invalid() > 0)
        warnings.push_back(std::to_string(reader.invalid()) + " polygon(s) not valid (first: '" + reader.firstInvalid() +
                           "'): rings that cross or touch themselves, drawn by the even-odd rule; ogr2ogr -makevalid repairs the file");
    if (reader.tangled() > 0)
        warnings.push_back(std::to_string(reader.tangled()) + " polygon(s) skipped (first: '" + reader.firstTangled() +
                           "'): they cross themselves too often to draw; repair the file (ogr2ogr -makevalid)");
}

//! What one file read gives, on top of its features.
struct ReadTally {
    int featuresSeen = 0;
    GIntBig declared = -1; //!< what the layer's header says it holds, when it says (FlatGeobuf, GeoPackage)
    //! The layers read as longitude/latitude by default or declaration, and whether declared:
    //! asked why they cannot be only when nothing was usable (GetExtent rereads a GeoJSON whole).
    std::vector<std::pair<OGRLayer*, bool>> readAsLonLat;
};

//! Reads one layer's polygon features into `result`; with `codes`, their ids become the ISO
//! numeric codes its fields name (CountryIdentity.hpp).
void readLayer(OGRLayer& layer, const LoadRequest& request, const std::string& name, FeatureCollection& result,
               ReadTally& tally) {
    OGRSpatialReference given; // --shapes-crs
    if (!request.assumedCrs.empty() && given.SetFromUserInput(request.assumedCrs.c_str()) != OGRERR_NONE)
        throw DataError(name, "--shapes-crs '" + request.assumedCrs + "' is not a CRS GDAL knows (e.g. EPSG:3035)");
    const OGRSpatialReference* srs = request.assumedCrs.empty() ? layer.GetSpatialRef() : &given;
    if (request.assumedCrs.empty() && (!srs || srs->IsGeographic()))
        tally.readAsLonLat.emplace_back(&layer, srs != nullptr);
    const CtPtr toWgs84 = transformFor(layer, srs, name, result.warnings);
    FeatureReader reader(name, toWgs84.get(), true);
    const std::vector<int> fields = request.identifyWith ? attributeFields(layer) : std::vector<int>{};
    AttributeTable table;
    for (const int f : fields)
        table.fields.emplace_back(layer.GetLayerDefn()->GetFieldDefn(f)->GetNameRef());
    table.values.resize(fields.size());
    const std::size_t before = result.features.size();
    layer.ResetReading();
    tally.declared = std::max(tally.declared, layer.GetFeatureCount(FALSE));
    for (auto& feature : layer) {
        ++tally.featuresSeen;
        const OGRGeometry* geometry = feature->GetGeometryRef();
        // Bounds are compared in lon/lat, so only where the layer is lon/lat already.
        if (!geometry || (!request.onlyWithin.empty() && !toWgs84 && !reachesAny(*geometry, request.onlyWithin)))
            continue;
        GeoFeature out;
        out.id = fieldText(*feature, {"id", "ID", "iso_n3", "ISO_N3", "iso_a3", "ISO_A3"})
                     .value_or(std::to_string(feature->GetFID()));
        out.name = fieldText(*feature, {"name", "NAME", "name_en", "NAME_EN", "ADMIN"}).value_or(out.id);
        reader.addGeometry(*geometry, out);
        if (out.polygons.empty())
            continue;
        result.features.push_back(std::move(out));
        for (std::size_t f = 0; f < fields.size(); ++f)
            table.values[f].emplace_back(feature->IsFieldSetAndNotNull(fields[f]) ? feature->GetFieldAsString(fields[f]) : "");
    }
    addReaderWarnings(reader, result.warnings);
    if (request.identifyWith && result.features.size() > before)
        identifyFeatures(table, *request.identifyWith, result, before);
}

//! A damaged file must not pass for a small one: most of it lost is an error, a little a warning.
void checkReadErrors(const ReadErrors& errors, const ReadTally& tally, const std::string& name,
                     FeatureCollection& result) {
    if (errors.count() == 0)
        return;
    const std::string what = std::to_string(errors.count()) + " read error(s) from GDAL (first: " + errors.first() + ")";
    // Usable: nine in ten of what it declares were read (a few bad features); a truncated
    // file that lost most of the world is no map to brief from.
    const bool mostLost = tally.declared > 0 && tally.featuresSeen * 10 < tally.declared * 9;
    if (result.features.empty() || mostLost)
        throw DataError(name, "the file is damaged: " +
                                  (tally.declared > 0 ? std::to_string(tally.featuresSeen) + " of the " +
                                                            std::to_string(tally.declared) + " features it declares could be read, "
                                                      : std::string()) +
                                  what);
    result.warnings.push_back("the file is damaged; " + std::to_string(tally.featuresSeen) + " feature(s) read" +
                              (tally.declared > tally.featuresSeen ? " of " + std::to_string(tally.declared) + " it declares"
                                                                   : ", others may be missing") +
                              ": " + what);
}

//! Why nothing was kept, when the reader knows: a CRS, a range, a scribble.
[[noreturn]] void throwNothingUsable(const ReadTally& tally, const std::string& name, const FeatureCollection& result) {
    std::string why;
    for (const std::string& warning : result.warnings)
        why += "; " + warning;
    for (const auto& [layer, declared] : tally.readAsLonLat)
        if (const auto reason = notLonLatReason(*layer, declared); reason && tally.featuresSeen > 0)
            throw DataError(name, *reason);
    throw DataError(name, tally.featuresSeen == 0 ? "no features found; expected a layer of polygons"
                                                  : "no valid polygons among " + std::to_string(tally.featuresSeen) +
                                                        " feature(s); expected Polygon or MultiPolygon geometries" + why);
}

} // namespace

FeatureCollection loadPolygons(const std::filesystem::path& path, const LoadRequest& request) {
    registerDrivers(false);
    const auto [file, wantedLayer] = splitLayer(path);
    const std::string name = file.string();
    checkInputFile(file);

    // A plain GeoJSON of polygons is read ~4x faster than by GDAL's driver (GeoJsonPolygons.hpp).
    GDALDatasetUniquePtr dataset = wantedLayer.empty() ? readPolygonGeoJson(file) : nullptr;
    if (!dataset)
        dataset = openVector(name);
    if (!dataset) {
        const std::string reason = CPLGetLastErrorMsg();
        throw DataError(name, "GDAL cannot open it as vector data" + (reason.empty() ? std::string() : " (" + reason + ")"));
    }

    const ReadErrors readErrors;
    FeatureCollection result;
    result.source = name;
    ReadTally tally;
    for (OGRLayer* layer : chooseLayers(*dataset, wantedLayer, name, result.warnings)) {
        readLayer(*layer, request, name, result, tally);
        if (!result.features.empty()) {
            result.credit = creditOf(*layer, creditOf(*dataset));
            break;
        }
    }
    checkReadErrors(readErrors, tally, name, result);
    if (result.features.empty() && !(tally.featuresSeen > 0 && !request.onlyWithin.empty()))
        throwNothingUsable(tally, name, result);
    return result;
}

FeatureCollection loadPolygons(const std::filesystem::path& path, const std::vector<geo::LonLatBox>& onlyWithin,
                               const std::string& assumedCrs) {
    return loadPolygons(path, LoadRequest{onlyWithin, assumedCrs, nullptr});
}

bool isKnownCrs(const std::string& crs) {
    registerDrivers(false);
    OGRSpatialReference srs;
    return !crs.empty() && srs.SetFromUserInput(crs.c_str()) == OGRERR_NONE;
}

} // namespace gb::mapdata
