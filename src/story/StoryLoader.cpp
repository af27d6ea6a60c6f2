#include "story/StoryLoader.hpp"

#include "story/Date.hpp"
#include "story/JsonReader.hpp"
#include "story/ReadHelpers.hpp"
#include "story/RecordReader.hpp"
#include "story/StoryLimits.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace gb::story {
namespace {

template <typename T, typename F> const T* findById(const std::vector<T>& items, const std::string& id, F idOf) {
    for (const T& item : items)
        if (idOf(item) == id)
            return &item;
    return nullptr;
}

std::vector<Source> readSources(const JsonReader& list, std::set<std::string>& ids) {
    std::vector<Source> sources;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "outlet", "title", "date", "url"});
        Source s{readId(r.field("id"), ids), r.field("outlet").text(), r.field("title").text(), r.field("date").date(),
                 r.field("url").text()};
        if (s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0)
            r.field("url").fail("expected an http(s) address, found \"" + s.url + "\"");
        sources.push_back(std::move(s));
    }
    return sources;
}

std::vector<Role> readRoles(const JsonReader& list) {
    std::vector<Role> roles;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "fill", "legend"});
        roles.push_back(Role{readId(r.field("id"), ids), readColour(r.field("fill")), readText(r.field("legend"))});
    }
    if (roles.empty())
        list.fail("expected at least one role");
    return roles;
}

std::vector<Region> readRegions(const JsonReader& list, std::set<std::string>& ids, const std::set<std::string>& sources,
                                const Story& story) {
    std::vector<Region> regions;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "name", "shapes", "feature", "fill", "outline", "details", "sources", "role", "hatched",
                      "label", "confidence"});
        checkRefs(r, "sources", sources, "source");
        Region region;
        region.id = readId(r.field("id"), ids);
        region.name = readText(r.field("name"));
        region.shapes = r.field("shapes").text();
        region.feature = r.field("feature").text();
        if (r.has("role")) {
            region.role = r.field("role").text();
            const Role* role = story.role(region.role);
            if (!role)
                r.field("role").fail("unknown role \"" + region.role + "\" (not in roles)");
            region.fill = r.has("fill") ? readColour(r.field("fill")) : role->fill;
        } else {
            region.fill = readColour(r.field("fill"));
        }
        region.outline = readColour(r.field("outline"));
        region.details = optionalText(r, "details");
        region.sources = readIdList(r, "sources");
        region.hatched = r.has("hatched") && r.field("hatched").boolean();
        region.label = optionalText(r, "label");
        region.attribution = readAttribution(r, story, region.sources.size());
        regions.push_back(std::move(region));
    }
    return regions;
}

std::vector<Place> readPlaces(const JsonReader& list, std::set<std::string>& ids, const std::set<std::string>& sources,
                              const Story& story) {
    std::vector<Place> places;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "name", "lon", "lat", "kind", "labelPriority", "dates", "details", "figures", "sources",
                      "approximate", "confidence"});
        Place p;
        p.id = readId(r.field("id"), ids);
        p.name = readText(r.field("name"));
        p.position = {r.field("lon").number(-180, 180), r.field("lat").number(-90, 90)};
        p.kind = r.field("kind").text();
        if (r.has("labelPriority"))
            p.labelPriority = r.field("labelPriority").integer(0, 100);
        if (r.has("dates"))
            p.dates = readRange(r.field("dates"));
        p.details = optionalText(r, "details");
        if (r.has("figures")) {
            const JsonReader figures = r.field("figures");
            for (std::size_t f = 0; f < figures.size(); ++f)
                p.figures.push_back(readFigure(figures.at(f), story, sources));
        }
        checkRefs(r, "sources", sources, "source");
        p.sources = readIdList(r, "sources");
        p.approximate = r.has("approximate") && r.field("approximate").boolean();
        p.attribution = readAttribution(r, story, p.sources.size());
        places.push_back(std::move(p));
    }
    return places;
}

std::vector<FlowStyle> readFlowStyles(const JsonReader& list) {
    std::vector<FlowStyle> styles;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "colour", "width", "dashed", "legend"});
        FlowStyle s;
        s.id = readId(r.field("id"), ids);
        s.colour = readColour(r.field("colour"));
        s.width = static_cast<float>(r.field("width").number(0.5, 40));
        s.dashed = r.has("dashed") && r.field("dashed").boolean();
        s.legend = readText(r.field("legend"));
        styles.push_back(std::move(s));
    }
    return styles;
}

//! One list of [lon, lat] points per leg.
std::vector<std::vector<geo::LonLat>> readVia(const JsonReader& list, std::size_t legs) {
    if (list.size() != legs)
        list.fail("expected " + std::to_string(legs) + " list(s) of [lon, lat] points, one per leg of the route");
    std::vector<std::vector<geo::LonLat>> via(legs);
    for (std::size_t l = 0; l < legs; ++l) {
        const JsonReader points = list.at(l);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const JsonReader p = points.at(i);
            if (p.size() != 2)
                p.fail("expected [lon, lat] in degrees");
            via[l].push_back({p.at(0).number(-180, 180), p.at(1).number(-90, 90)});
        }
    }
    return via;
}

//! Either legDates (one range per leg) or within (one range the sources date the whole flow in).
void readFlowDates(const JsonReader& r, Flow& f) {
    if (r.has("within")) {
        if (r.has("legDates"))
            r.field("legDates").fail("give either legDates or within, not both");
        f.within = readRange(r.field("within"));
        f.legDates.assign(f.route.size() - 1, *f.within);
        return;
    }
    if (!r.has("legDates"))
        r.fail("expected \"legDates\" (one date range per leg) or \"within\" (one range for the whole flow)");
    const JsonReader legs = r.field("legDates");
    if (legs.size() != f.route.size() - 1)
        legs.fail("expected " + std::to_string(f.route.size() - 1) + " date ranges, one per leg of the route");
    for (std::size_t l = 0; l < legs.size(); ++l)
        f.legDates.push_back(readRange(legs.at(l)));
}

std::vector<Flow> readFlows(const JsonReader& list, std::set<std::string>& ids, const std::set<std::string>& places,
                            const std::set<std::string>& styles, const std::set<std::string>& sources,
                            const Story& story) {
    std::vector<Flow> flows;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "kind", "route", "legDates", "within", "twoWay", "path", "via", "style", "label", "routeLabel",
                      "details", "sources", "schematic", "confidence"});
        Flow f;
        f.id = readId(r.field("id"), ids);
        f.kind = r.field("kind").text();
        const JsonReader route = r.field("route");
        if (route.size() < 2)
            route.fail("expected at least two place ids (a flow goes from one place to another)");
        checkRefs(r, "route", places, "place");
        f.route = readIdList(r, "route");
        readFlowDates(r, f);
        f.twoWay = r.has("twoWay") && r.field("twoWay").boolean();
        if (r.has("path")) {
            const std::string path = r.field("path").text();
            if (path != "geodesic" && path != "arc" && path != "sea")
                r.field("path").fail("expected \"geodesic\", \"arc\" or \"sea\", found \"" + path + "\"");
            f.path = path == "arc" ? FlowPath::Arc : path == "sea" ? FlowPath::Sea : FlowPath::Geodesic;
        }
        f.style = r.field("style").text();
        if (!styles.count(f.style))
            r.field("style").fail("unknown flow style \"" + f.style + "\" (not in flowStyles)");
        f.label = readText(r.field("label"));
        f.routeLabel = optionalText(r, "routeLabel");
        f.details = optionalText(r, "details");
        checkRefs(r, "sources", sources, "source");
        f.sources = readIdList(r, "sources");
        f.schematic = r.has("schematic") && r.field("schematic").boolean();
        if (r.has("via"))
            f.via = readVia(r.field("via"), f.route.size() - 1);
        f.attribution = readAttribution(r, story, f.sources.size());
        flows.push_back(std::move(f));
    }
    return flows;
}

std::vector<Step> readSteps(const JsonReader& list, const std::set<std::string>& highlightable,
                            const std::set<std::string>& sources) {
    std::vector<Step> steps;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"title", "caption", "view", "highlight", "time", "sources", "notes"});
        Step s;
        s.title = readText(r.field("title"));
        s.caption = readText(r.field("caption"));
        const JsonReader view = r.field("view");
        view.expectKeys({"bounds", "center", "zoom"});
        if (view.has("bounds")) {
            const JsonReader b = view.field("bounds");
            if (b.size() != 4)
                b.fail("expected [west, south, east, north] in degrees");
            s.view.bounds = geo::LonLatBox{b.at(0).number(-180, 180), b.at(1).number(-90, 90), b.at(2).number(-180, 180),
                                           b.at(3).number(-90, 90)};
            if (s.view.bounds->south >= s.view.bounds->north)
                b.fail("south must be less than north");
        } else if (view.has("center")) {
            const JsonReader c = view.field("center");
            if (c.size() != 2)
                c.fail("expected [lon, lat] in degrees");
            s.view.centre = geo::LonLat{c.at(0).number(-180, 180), c.at(1).number(-90, 90)};
            s.view.zoom = view.field("zoom").number(0, 14);
        } else {
            view.fail("expected \"bounds\" or \"center\" and \"zoom\"");
        }
        checkRefs(r, "highlight", highlightable, "place, flow or region");
        s.highlight = readIdList(r, "highlight");
        s.time = readRange(r.field("time"));
        checkRefs(r, "sources", sources, "source");
        s.sources = readIdList(r, "sources");
        s.notes = optionalText(r, "notes");
        steps.push_back(std::move(s));
    }
    return steps;
}

//! "attribution": {"en", "es"} credits all the map data; {"countries": {...}, "others": {...}}
//! gives the credit for the countries' outlines apart, so a user's countries file can replace it.
void readMapCredit(const JsonReader& r, Story& story) {
    if (!r.has("countries")) {
        story.attribution = readText(r);
        return;
    }
    r.expectKeys({"countries", "others"});
    const LocalText countries = readText(r.field("countries"));
    story.otherCredit = optionalText(r, "others");
    const auto joined = [&](const std::string& a, const std::string& b) { return b.empty() ? a : a + ", " + b; };
    story.attribution = LocalText{joined(countries.en, story.otherCredit.en), joined(countries.es, story.otherCredit.es)};
}

} // namespace

const Role* Story::role(const std::string& id) const { return findById(roles, id, [](const Role& r) { return r.id; }); }
const Place* Story::place(const std::string& id) const {
    return findById(places, id, [](const Place& p) { return p.id; });
}
const FlowStyle* Story::flowStyle(const std::string& id) const {
    return findById(flowStyles, id, [](const FlowStyle& s) { return s.id; });
}
const Source* Story::findSource(const std::string& id) const {
    return findById(sources, id, [](const Source& s) { return s.id; });
}

const Role& Story::roleOfCountry(const std::string& countryId) const {
    const auto it = countryRoles.find(countryId);
    const Role* r = role(it != countryRoles.end() ? it->second : defaultRole);
    return r ? *r : roles.front(); // the loader guarantees both exist
}

Story parseStory(const std::string& text, const std::string& name) {
    checkStoryShape(text, name); // before the parser, which recurses per level of nesting
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is one past the offending character.
        throw StoryError(name, positionOfOffset(text, e.byte > 0 ? e.byte - 1 : 0), "",
                         std::string("not valid JSON: ") + e.what());
    } catch (const nlohmann::json::exception& e) { // 1e400: a number no double holds, in any field
        throw StoryError(name, std::nullopt, "", std::string("not a usable number: ") + e.what());
    }
    const JsonLocator locator(text);
    const JsonReader root(document, name, "", &locator);
    root.expectKeys({"title", "attribution", "notes", "confidenceLevels", "timeline", "sources", "roles", "defaultRole",
                     "countries", "markedCountries", "regions", "places", "flowStyles", "flows", "steps"});
    Story story;
    story.source = name;
    story.title = readText(root.field("title"));
    readMapCredit(root.field("attribution"), story);
    story.notes = optionalText(root, "notes");
    if (root.has("confidenceLevels"))
        story.confidenceWords = readConfidenceWords(root.field("confidenceLevels"));
    story.timeline = readRange(root.field("timeline"));
    std::set<std::string> sourceIds, itemIds, placeIds, styleIds;
    story.sources = readSources(root.field("sources"), sourceIds);
    story.roles = readRoles(root.field("roles"));
    const JsonReader defaultRole = root.field("defaultRole");
    story.defaultRole = defaultRole.text();
    if (!story.role(story.defaultRole))
        defaultRole.fail("unknown role \"" + story.defaultRole + "\" (not in roles)");
    root.field("countries").forEachMember([&](const std::string& country, const JsonReader& role) {
        const std::string id = role.text();
        if (!story.role(id))
            role.fail("unknown role \"" + id + "\" (not in roles)");
        story.countryRoles[country] = id;
    });
    story.markedCountries = readIdList(root, "markedCountries");
    story.regions = readRegions(root.field("regions"), itemIds, sourceIds, story);
    story.places = readPlaces(root.field("places"), itemIds, sourceIds, story);
    for (const Place& p : story.places)
        placeIds.insert(p.id);
    story.flowStyles = readFlowStyles(root.field("flowStyles"));
    for (const FlowStyle& s : story.flowStyles)
        styleIds.insert(s.id);
    story.flows = readFlows(root.field("flows"), itemIds, placeIds, styleIds, sourceIds, story);
    story.steps = readSteps(root.field("steps"), itemIds, sourceIds);
    return story;
}

Story loadStory(const std::filesystem::path& file) { return parseStory(readStoryFile(file), file.string()); }

} // namespace gb::story
