#include "story/StoryLoader.hpp"

#include "story/JsonReader.hpp"

#include <fstream>
#include <set>
#include <sstream>

namespace gb::story {
namespace {

LocalText readText(const JsonReader& r) {
    r.expectKeys({"en", "es"});
    return LocalText{r.field("en").text(), r.field("es").text()};
}

Colour readColour(const JsonReader& r) {
    const std::string text = r.text();
    const auto colour = parseColour(text);
    if (!colour)
        r.fail("expected a colour as \"#rrggbb\" or \"#rrggbbaa\", found \"" + text + "\"");
    return *colour;
}

std::string readId(const JsonReader& r, std::set<std::string>& seen) {
    const std::string id = r.text();
    if (!seen.insert(id).second)
        r.fail("duplicate id \"" + id + "\"");
    return id;
}

std::vector<Role> readRoles(const JsonReader& list) {
    std::vector<Role> roles;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "fill", "legend"});
        roles.push_back(Role{readId(r.field("id"), ids), readColour(r.field("fill")), readText(r.field("legend"))});
    }
    return roles;
}

std::vector<Region> readRegions(const JsonReader& list) {
    std::vector<Region> regions;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "name", "shapes", "feature", "fill", "outline"});
        regions.push_back(Region{readId(r.field("id"), ids), readText(r.field("name")), r.field("shapes").text(),
                                 r.field("feature").text(), readColour(r.field("fill")),
                                 readColour(r.field("outline"))});
    }
    return regions;
}

std::vector<Place> readPlaces(const JsonReader& list) {
    std::vector<Place> places;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.expectKeys({"id", "name", "lon", "lat", "kind", "labelPriority"});
        Place p;
        p.id = readId(r.field("id"), ids);
        p.name = readText(r.field("name"));
        p.position = {r.field("lon").number(-180, 180), r.field("lat").number(-90, 90)};
        p.kind = r.field("kind").text();
        if (r.has("labelPriority"))
            p.labelPriority = r.field("labelPriority").integer(0, 100);
        places.push_back(std::move(p));
    }
    return places;
}

} // namespace

const Role& Story::roleOfCountry(const std::string& countryId) const {
    const auto it = countryRoles.find(countryId);
    const Role* r = role(it != countryRoles.end() ? it->second : defaultRole);
    return r ? *r : roles.front(); // the loader guarantees both exist
}

Story parseStory(const std::string& text, const std::string& name) {
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw StoryError(name, "", std::string("not valid JSON: ") + e.what());
    }
    const JsonReader root(document, name, "");
    root.expectKeys({"title", "attribution", "roles", "defaultRole", "countries", "markedCountries", "regions",
                     "places"});
    Story story;
    story.source = name;
    story.title = readText(root.field("title"));
    story.attribution = readText(root.field("attribution"));
    story.roles = readRoles(root.field("roles"));
    if (story.roles.empty())
        root.field("roles").fail("expected at least one role");
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
    if (root.has("markedCountries")) {
        const JsonReader marked = root.field("markedCountries");
        for (std::size_t i = 0; i < marked.size(); ++i)
            story.markedCountries.push_back(marked.at(i).text());
    }
    story.regions = readRegions(root.field("regions"));
    story.places = readPlaces(root.field("places"));
    return story;
}

Story loadStory(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw StoryError(file.string(), "", "cannot open the story file (expected a readable JSON file)");
    std::ostringstream text;
    text << in.rdbuf();
    return parseStory(text.str(), file.string());
}

} // namespace gb::story
