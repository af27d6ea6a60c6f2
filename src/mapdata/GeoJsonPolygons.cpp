#include "mapdata/GeoJsonPolygons.hpp"

#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gb::mapdata {
namespace {

using Json = nlohmann::json;

//! One feature as read: its scalar properties as text, and its polygons.
struct ReadFeature {
    std::vector<std::pair<std::string, std::string>> properties;
    std::unique_ptr<OGRGeometry> geometry; //!< nullptr: a null geometry
};

//! A geometry's coordinates as they stream past: the positions' first two numbers, and where
//! each array above the positions closed (its depth below "coordinates", and the point count).
struct Coordinates {
    std::vector<OGRRawPoint> points;
    std::vector<std::pair<int, std::size_t>> closes;
    int depth = 0;       //!< arrays open below "coordinates"
    int numberDepth = 0; //!< the depth the numbers are at (0: none seen yet)
    int numbersInPosition = 0;
    OGRRawPoint position;
};

//! The rings Polygon or MultiPolygon coordinates make; nullptr when their nesting is not that
//! type's (positions at depth 3 for a Polygon, 4 for a MultiPolygon).
std::unique_ptr<OGRGeometry> polygonsOf(const std::string& type, const Coordinates& c) {
    const int positions = type == "Polygon" ? 3 : type == "MultiPolygon" ? 4 : 0;
    if (positions == 0 || (c.numberDepth != 0 && c.numberDepth != positions))
        return nullptr;
    auto multi = std::make_unique<OGRMultiPolygon>();
    auto polygon = std::make_unique<OGRPolygon>();
    std::size_t ringStart = 0;
    for (const auto& [depth, end] : c.closes) {
        if (depth == positions - 1) {
            auto ring = std::make_unique<OGRLinearRing>();
            ring->setPoints(static_cast<int>(end - ringStart), c.points.data() + ringStart);
            polygon->addRingDirectly(ring.release());
            ringStart = end;
        } else if (depth == 2 && positions == 4) {
            multi->addGeometryDirectly(polygon.release());
            polygon = std::make_unique<OGRPolygon>();
        }
    }
    if (positions == 3)
        return polygon;
    return multi;
}

std::string numberText(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", v);
    return text;
}

//! What each open object or array is, from its parent and the key it is under.
enum class Role { Root, Features, Feature, Properties, Geometry, Coordinates, Crs, CrsProperties, Skip };

//! nlohmann SAX events into features. Returning false from an event stops the parse: the file
//! is then not of the plain kind (readPolygonGeoJson gives nullptr).
class CollectionReader final : public nlohmann::json_sax<Json> {
public:
    std::vector<ReadFeature> features;
    std::string layerName;

    [[nodiscard]] bool complete() const { return isCollection_ && sawFeatures_ && (!sawCrs_ || crsIsLonLat_); }

    bool null() override { return scalar(std::nullopt); }
    bool boolean(bool v) override { return scalar(std::string(v ? "1" : "0")); }
    bool number_integer(number_integer_t v) override {
        return inCoordinates() ? coordinate(static_cast<double>(v)) : scalar(std::to_string(v));
    }
    bool number_unsigned(number_unsigned_t v) override {
        return inCoordinates() ? coordinate(static_cast<double>(v)) : scalar(std::to_string(v));
    }
    bool number_float(number_float_t v, const string_t&) override {
        return inCoordinates() ? coordinate(v) : scalar(numberText(v));
    }
    bool string(string_t& v) override { return scalar(std::move(v)); }
    bool binary(binary_t&) override { return false; }
    bool key(string_t& k) override {
        frames_.back().key = std::move(k);
        return true;
    }
    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    struct Frame {
        Role role;
        std::string key; //!< an object's last key
    };

    //! The role of a value opening under the top frame.
    [[nodiscard]] Role childRole(bool object) const {
        if (frames_.empty())
            return object ? Role::Root : Role::Skip;
        const Frame& parent = frames_.back();
        const std::string& k = parent.key;
        switch (parent.role) {
        case Role::Root:
            return k == "features" && !object ? Role::Features : k == "crs" && object ? Role::Crs : Role::Skip;
        case Role::Features: return object ? Role::Feature : Role::Skip;
        case Role::Feature:
            return object && k == "properties" ? Role::Properties
                   : object && k == "geometry" ? Role::Geometry
                                               : Role::Skip;
        case Role::Geometry: return k == "coordinates" && !object ? Role::Coordinates : Role::Skip;
        case Role::Crs: return object && k == "properties" ? Role::CrsProperties : Role::Skip;
        case Role::Coordinates: return Role::Coordinates; // an object there is refused on opening
        default: return Role::Skip;
        }
    }

    bool open(bool object) {
        const Role role = childRole(object);
        if (frames_.empty() && role != Role::Root)
            return false; // not an object at the top
        if (role == Role::Coordinates && !startCoordinateArray(object))
            return false;
        if (role == Role::Feature)
            startFeature();
        sawFeatures_ = sawFeatures_ || role == Role::Features;
        sawCrs_ = sawCrs_ || role == Role::Crs;
        frames_.push_back({role, {}});
        return true;
    }

    //! An array in "coordinates": deeper than the positions, or an object, is not GeoJSON.
    bool startCoordinateArray(bool object) {
        if (object || (coordinates_.numberDepth != 0 && coordinates_.depth >= coordinates_.numberDepth))
            return false;
        ++coordinates_.depth;
        return true;
    }

    void startFeature() {
        features.emplace_back();
        coordinates_ = Coordinates{};
        geometryType_.clear();
        featureType_.clear();
        featureId_.reset();
    }

    bool close() {
        const Frame frame = std::move(frames_.back());
        frames_.pop_back();
        switch (frame.role) {
        case Role::Coordinates: return closeCoordinateArray();
        case Role::Geometry:
            features.back().geometry = polygonsOf(geometryType_, coordinates_);
            coordinates_ = Coordinates{};
            return features.back().geometry != nullptr; // GeometryCollection, Point, ...: GDAL's
        case Role::Feature: return finishFeature();
        default: return true;
        }
    }

    bool closeCoordinateArray() {
        Coordinates& c = coordinates_;
        if (c.depth == c.numberDepth) { // a position: two numbers or more (a third is a height)
            if (c.numbersInPosition < 2)
                return false;
            c.points.push_back(c.position);
            c.numbersInPosition = 0;
        } else {
            c.closes.emplace_back(c.depth, c.points.size());
        }
        --c.depth;
        return true;
    }

    bool finishFeature() {
        if (featureType_ != "Feature")
            return false;
        auto& properties = features.back().properties;
        const bool hasId =
            std::any_of(properties.begin(), properties.end(), [](const auto& p) { return p.first == "id"; });
        if (featureId_ && !hasId)
            properties.emplace_back("id", std::move(*featureId_));
        return true;
    }

    [[nodiscard]] bool inCoordinates() const { return !frames_.empty() && frames_.back().role == Role::Coordinates; }

    bool coordinate(double v) {
        Coordinates& c = coordinates_;
        if (c.numberDepth == 0)
            c.numberDepth = c.depth;
        if (c.depth != c.numberDepth)
            return false; // a number beside arrays
        if (c.numbersInPosition == 0)
            c.position.x = v;
        else if (c.numbersInPosition == 1)
            c.position.y = v;
        ++c.numbersInPosition;
        return true;
    }

    bool scalar(std::optional<std::string> value) {
        if (frames_.empty())
            return false;
        Frame& frame = frames_.back();
        const std::string& k = frame.key;
        switch (frame.role) {
        case Role::Root:
            if (k == "type")
                isCollection_ = value == "FeatureCollection";
            else if (k == "name" && value)
                layerName = *value;
            return true;
        case Role::Feature:
            if (k == "type")
                featureType_ = value.value_or("");
            else if (k == "id")
                featureId_ = std::move(value);
            return true; // "geometry": null is a feature without one
        case Role::Properties:
            if (value)
                features.back().properties.emplace_back(k, std::move(*value));
            return true;
        case Role::Geometry:
            if (k == "type")
                geometryType_ = value.value_or("");
            return k != "coordinates"; // "coordinates": null
        case Role::Coordinates:        // text in coordinates
        case Role::Features:           // a feature that is not an object
            return false;
        case Role::CrsProperties:
            if (k == "name")
                crsIsLonLat_ = value && (value->ends_with(":CRS84") || *value == "urn:ogc:def:crs:OGC:1.3:CRS84");
            return true;
        default: return true;
        }
    }

    std::vector<Frame> frames_;
    Coordinates coordinates_;
    std::string geometryType_, featureType_;
    std::optional<std::string> featureId_;
    bool isCollection_ = false, sawFeatures_ = false, sawCrs_ = false, crsIsLonLat_ = false;
};

//! The whole file, or nullopt when it cannot be read at once (GDAL then says why).
std::optional<std::string> fileText(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<std::string> text;
    struct stat info {};
    // Up to 256 MB in memory at once (Natural Earth's 10m countries are 25 MB); GDAL streams larger.
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size < (256LL << 20)) {
        text.emplace(static_cast<std::size_t>(info.st_size), '\0');
        std::size_t done = 0;
        while (done < text->size()) {
            const ssize_t got = ::read(fd, text->data() + done, text->size() - done);
            if (got <= 0)
                break;
            done += static_cast<std::size_t>(got);
        }
        if (done != text->size())
            text.reset();
    }
    ::close(fd);
    return text;
}

//! The features as a GDAL memory layer in longitude/latitude, fields as text.
GDALDatasetUniquePtr memoryDataset(std::vector<ReadFeature>& features, const std::string& layerName) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("Memory");
    if (!driver)
        return nullptr;
    GDALDatasetUniquePtr dataset(driver->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = dataset ? dataset->CreateLayer(layerName.c_str(), &wgs84, wkbUnknown, nullptr) : nullptr;
    if (!layer)
        return nullptr;
    std::map<std::string, int> fields; // in order of first appearance, as GDAL's driver does
    for (const ReadFeature& feature : features)
        for (const auto& [name, value] : feature.properties)
            if (fields.emplace(name, static_cast<int>(fields.size())).second) {
                OGRFieldDefn definition(name.c_str(), OFTString);
                if (layer->CreateField(&definition) != OGRERR_NONE)
                    return nullptr;
            }
    for (ReadFeature& read : features) {
        OGRFeature feature(layer->GetLayerDefn());
        for (const auto& [name, value] : read.properties)
            feature.SetField(fields.at(name), value.c_str());
        feature.SetGeometryDirectly(read.geometry.release());
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return nullptr;
        read = ReadFeature{}; // its memory is the layer's now
    }
    return dataset;
}

bool namedAsGeoJson(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".geojson" || extension == ".json";
}

} // namespace

GDALDatasetUniquePtr readPolygonGeoJson(const std::filesystem::path& file) {
    if (!namedAsGeoJson(file))
        return nullptr;
    const std::optional<std::string> text = fileText(file);
    if (!text)
        return nullptr;
    CollectionReader reader;
    if (!Json::sax_parse(*text, &reader) || !reader.complete())
        return nullptr;
    return memoryDataset(reader.features, reader.layerName.empty() ? file.stem().string() : reader.layerName);
}

} // namespace gb::mapdata
