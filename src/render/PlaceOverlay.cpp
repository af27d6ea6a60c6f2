#include "render/PlaceOverlay.hpp"

#include "render/MarkerSprites.hpp"
#include "render/PlaceScratch.hpp"
#include "render/ColourConversion.hpp"
#include "view/ConfidenceLook.hpp"
#include "view/LabelPlacer.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace gb::render {

std::vector<PlaceOnMap> placesOnMap(const story::Story& story, const mapdata::SceneGeometry& geometry) {
    std::vector<PlaceOnMap> out;
    for (std::size_t i = 0; i < story.places.size() && i < geometry.points.size(); ++i)
        out.push_back({&story.places[i], geometry.points[i]});
    return out;
}

namespace {

sf::Text labelText(const std::string& s, const sf::Font& font, float size, const MapStyle& style, float scale) {
    sf::Text text(sf::String::fromUtf8(s.begin(), s.end()), font, static_cast<unsigned>(std::lround(size)));
    text.setFillColor(style.labelText);
    text.setOutlineColor(style.labelHalo);
    text.setOutlineThickness(2.0f * scale);
    return text;
}

//! A marker in its confidence level's look: filled (confirmed, assessed), a ring around a
//! small dot (reported), a light ring (claimed). Tells apart in grey as well as in colour.
MarkerLook markerLook(float radius, view::MarkerLook look, const MapStyle& style, float scale) {
    if (look == view::MarkerLook::Filled)
        return {radius, style.markerFill, style.markerRing, 1.5f * scale, 0.0f, {}};
    const sf::Color ring = look == view::MarkerLook::Ring ? style.markerFill : toSf(view::lightened(toStory(style.markerFill), 0.45f));
    return {radius, style.markerRing, ring, 2.0f * scale, look == view::MarkerLook::Ring ? radius * 0.4f : 0.0f, ring};
}

void addMarker(sf::RenderTarget& target, MarkerSprites& markers, sf::Vector2f at, const MarkerLook& look) {
    if (markers.add(target, at, look))
        return;
    markers.flush(target); // what came before it stays below it
    MarkerSprites::drawShapes(target, at, look);
}

//! A label set away from its marker hangs on a thin line from the marker's edge to the text.
void drawLeaders(sf::RenderTarget& target, const std::vector<view::LabelRequest>& requests,
                 const std::vector<view::LabelPlacement>& placements, const MapStyle& style, float s) {
    sf::VertexArray lines(sf::Quads);
    for (std::size_t i = 0; i < placements.size(); ++i) {
        if (!placements[i].leader)
            continue;
        const view::ScreenPoint from = requests[i].anchor;
        const view::ScreenPoint to = view::nearestPointOf(placements[i].box, from);
        const sf::Vector2f a(static_cast<float>(from.x), static_cast<float>(from.y));
        const sf::Vector2f b(static_cast<float>(to.x), static_cast<float>(to.y));
        const sf::Vector2f d = b - a;
        const float length = std::hypot(d.x, d.y);
        if (length < 1.0f)
            continue;
        const sf::Vector2f along = d / length, across(-along.y * 0.6f * s, along.x * 0.6f * s);
        const sf::Vector2f start = a + along * static_cast<float>(requests[i].markerRadius);
        for (const sf::Vector2f& v : {start - across, start + across, b + across, b - across})
            lines.append(sf::Vertex(v, style.labelText));
    }
    if (lines.getVertexCount() > 0)
        target.draw(lines);
}

//! The first of the label's spots on screen, clear of the overlay boxes, where its text fits.
std::optional<std::pair<view::ScreenPoint, const AreaSpot*>> chooseSpot(const AreaLabel& label, const view::Camera& camera,
                                                                        const sf::FloatRect& text,
                                                                        const view::LabelObstacles& obstacles) {
    const double w = static_cast<double>(camera.width()), h = static_cast<double>(camera.height());
    for (const AreaSpot& spot : label.spots) {
        if (spot.fitsWithinPx > 0 && text.width > spot.fitsWithinPx)
            continue; // a name wider than its area says nothing
        const view::ScreenPoint at = camera.toScreen(spot.position);
        const view::ScreenRect box{at.x - text.width / 2, at.y - text.height / 2, text.width, text.height};
        if (box.left + spot.spreadPx < 0 || box.top < 0 || box.left + box.width - spot.spreadPx > w ||
            box.top + box.height > h)
            continue;
        if (std::any_of(obstacles.boxes.begin(), obstacles.boxes.end(),
                        [&](const view::ScreenRect& o) { return o.overlaps(box); }) &&
            &spot != &label.spots.back())
            continue; // under the title, the legend or the caption: a later spot may be clear
        return std::make_pair(at, &spot);
    }
    return std::nullopt;
}

//! Area labels sit on a spot (no marker) and take part in the placement, after the places of
//! higher priority.
void addAreaLabels(const std::vector<AreaLabel>& areaLabels, const view::Camera& camera, const Fonts& fonts,
                   const MapStyle& style, float s, const view::LabelObstacles& obstacles, std::vector<sf::Text>& texts,
                   std::vector<view::LabelRequest>& requests) {
    for (const AreaLabel& a : areaLabels) {
        sf::Text text = labelText(a.text, fonts.regular(),
                                  std::max(static_cast<float>(style.labelSize) * a.sizeFactor * s, style.areaLabelFloor),
                                  style, s);
        text.setFillColor(a.colour);
        text.setLetterSpacing(a.letterSpacing);
        if (a.italic)
            text.setStyle(sf::Text::Italic);
        if (!a.halo)
            text.setOutlineThickness(0);
        const sf::FloatRect bounds = text.getLocalBounds();
        const auto spot = chooseSpot(a, camera, bounds, obstacles);
        if (!spot)
            continue;
        texts.push_back(text);
        view::LabelRequest request{spot->first, a.beside ? a.gapPx : 0.0, bounds.width + 4.0 * s,
                                   bounds.height + 4.0 * s, a.priority};
        request.centred = !a.beside;
        request.mayLeader = false;
        request.leaderWhenMoved = a.leaderWhenMoved;
        request.offRowLeaders = a.leaderWhenMoved; // a region's status: few, and worth the tries
        if (a.beside) // a route's label may go beside any of its spots
            for (const AreaSpot& other : a.spots)
                if (&other != spot->second)
                    request.alsoAt.push_back(camera.toScreen(other.position));
        request.spread = spot->second->spreadPx;
        requests.push_back(request);
    }
}

//! The selection's pulsing halo, the hover's ring and the marker of one place. The markers
//! wait in `markers`; a halo or ring is drawn at once, after the markers before it.
void drawPlaceMarker(sf::RenderTarget& target, MarkerSprites& markers, const story::Place& place, sf::Vector2f at,
                     float radius, const MapStyle& style, const FrameOptions& options) {
    const float s = options.pixelScale;
    if (!options.selected.empty() && place.id == options.selected) {
        // The selection's halo: a pale ring that pulses gently with the animation clock.
        const float pulse = 1.0f + 0.25f * static_cast<float>(std::sin(options.animationSeconds * 4.0));
        sf::CircleShape halo(radius * 2.6f * pulse, 32);
        halo.setOrigin(halo.getRadius(), halo.getRadius());
        halo.setPosition(at);
        halo.setFillColor(sf::Color(255, 214, 10, 90));
        halo.setOutlineColor(sf::Color(230, 160, 0));
        halo.setOutlineThickness(2.0f * s);
        markers.flush(target);
        target.draw(halo);
    }
    if (!options.hovered.empty() && place.id == options.hovered) {
        sf::CircleShape ring(radius * 2.0f, 24);
        ring.setOrigin(ring.getRadius(), ring.getRadius());
        ring.setPosition(at);
        ring.setFillColor(sf::Color(255, 255, 255, 120));
        ring.setOutlineColor(sf::Color(40, 40, 40, 200));
        ring.setOutlineThickness(1.5f * s);
        markers.flush(target);
        target.draw(ring);
    }
    addMarker(target, markers, at, markerLook(radius, view::markerLookFor(place.attribution), style, s));
}

//! A place's name before it is laid out.
struct PlaceName {
    std::string text;
    const sf::Font* font = nullptr;
    float size = 0;
};

//! The name's bounds as sf::Text gives them, measured once per font, size and text.
sf::FloatRect measured(PlaceScratch& kept, const PlaceName& name, const MapStyle& style, float scale) {
    std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(name.font)) + '/' + std::to_string(name.size) + '/' +
                      std::to_string(scale) + '/' + name.text;
    const auto known = kept.nameBounds.find(key);
    if (known != kept.nameBounds.end())
        return known->second;
    const sf::FloatRect bounds = labelText(name.text, *name.font, name.size, style, scale).getLocalBounds();
    kept.nameBounds.emplace(std::move(key), bounds);
    return bounds;
}

//! The labels' places: through the window's memory of them while it pans, when it has one.
std::vector<view::LabelPlacement> placed(PlaceScratch& kept, const std::vector<view::LabelRequest>& requests,
                                         const std::vector<const PlaceOnMap*>& shown, const std::vector<sf::Text>& texts,
                                         const view::Camera& camera, const FrameOptions& options,
                                         const view::LabelObstacles& obstacles) {
    const view::ScreenRect screen{0, 0, camera.width(), camera.height()};
    if (!kept.labelsFollowPans || requests.size() < view::LabelMemory::minRequests)
        return placeLabels(requests, screen, obstacles);
    std::vector<std::string> ids;
    ids.reserve(requests.size());
    for (const PlaceOnMap* p : shown)
        ids.push_back("p:" + p->place->id);
    for (const sf::Text& t : texts)
        ids.push_back("a:" + t.getString().toAnsiString());
    std::string context = std::to_string(camera.metresPerPixel()) + '/' + std::to_string(camera.rotation()) + '/' +
                          std::to_string(camera.width()) + 'x' + std::to_string(camera.height()) + '/' +
                          std::to_string(static_cast<int>(options.language)) + '/' + std::to_string(options.storyDay) + '/' +
                          std::to_string(options.pixelScale) + '/' + options.selected + '/' + options.hovered;
    for (const std::string& id : options.highlight)
        context += '/' + id;
    return kept.labels.place(requests, ids, screen, obstacles, context);
}

} // namespace

DrawnPlaces drawPlaces(sf::RenderTarget& target, const view::Camera& camera, const std::vector<PlaceOnMap>& places,
                       const std::vector<AreaLabel>& areaLabels, const Fonts& fonts, const MapStyle& style,
                       const FrameOptions& options, const view::LabelObstacles& obstacles,
                       const std::vector<std::string>& mustLabel, PlaceScratch* scratch) {
    DrawnPlaces drawn;
    if (!options.layers.places)
        return drawn;
    const sf::View previous = target.getView();
    const sf::Vector2f size(static_cast<float>(camera.width()), static_cast<float>(camera.height()));
    target.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));
    const float s = options.pixelScale;
    const float radius = style.markerRadius * s;

    PlaceScratch ownScratch;
    PlaceScratch& kept = scratch ? *scratch : ownScratch;
    if (kept.nameBounds.size() > 100'000) // many languages and scales in one long session
        kept.nameBounds.clear();
    std::vector<const PlaceOnMap*> shown;
    std::vector<PlaceName> names; //!< of the places shown; made into sf::Text only when placed
    std::vector<sf::Text> texts;  //!< of the area labels
    std::vector<view::LabelRequest> requests;
    for (const PlaceOnMap& p : places) {
        if (!p.position)
            continue;
        if (p.place->dates && options.storyDay < p.place->dates->from)
            continue; // appears as its date passes
        const view::ScreenPoint at = camera.toScreen(*p.position);
        if (at.x < -50 || at.y < -50 || at.x > size.x + 50 || at.y > size.y + 50)
            continue;
        shown.push_back(&p);
        names.push_back({p.place->name.in(options.language), p.place->kind == "capital" ? &fonts.bold() : &fonts.regular(),
                         std::max(static_cast<float>(style.labelSize) * s, style.labelFloor)});
        const sf::FloatRect bounds = measured(kept, names.back(), style, s);
        // A place the caption names comes before every other label.
        const bool named = std::find(mustLabel.begin(), mustLabel.end(), p.place->id) != mustLabel.end();
        view::LabelRequest request{at, radius + 1.0 * s, bounds.width + 4.0 * s, bounds.height + 4.0 * s,
                                   p.place->labelPriority + (named ? 1000 : 0)};
        request.mustShow = named;
        request.offRowLeaders = named || p.place->labelPriority > story::Place::defaultLabelPriority;
        requests.push_back(request);
    }

    const std::size_t placeCount = requests.size();
    if (options.layers.labels)
        addAreaLabels(areaLabels, camera, fonts, style, s, obstacles, texts, requests);
    MarkerSprites& markers = kept.markers;
    for (std::size_t i = 0; i < placeCount; ++i) {
        const view::ScreenPoint a = requests[i].anchor;
        drawPlaceMarker(target, markers, *shown[i]->place,
                        sf::Vector2f(static_cast<float>(std::round(a.x)), static_cast<float>(std::round(a.y))), radius,
                        style, options);
        drawn.markers.push_back({a.x - radius, a.y - radius, 2.0 * radius, 2.0 * radius});
        drawn.markerIds.push_back(shown[i]->place->id);
    }
    markers.flush(target);

    if (options.layers.labels) {
        const auto placements = placed(kept, requests, shown, texts, camera, options, obstacles);
        drawLeaders(target, requests, placements, style, s);
        for (std::size_t i = 0; i < placements.size(); ++i) {
            if (!placements[i].visible)
                continue;
            sf::Text text = i < placeCount ? labelText(names[i].text, *names[i].font, names[i].size, style, s)
                                           : texts[i - placeCount];
            const sf::FloatRect local = text.getLocalBounds();
            // Whole pixels keep glyphs crisp.
            text.setPosition(std::round(static_cast<float>(placements[i].box.left) + 2.0f * s - local.left),
                             std::round(static_cast<float>(placements[i].box.top) + 2.0f * s - local.top));
            target.draw(text);
            const sf::String string = text.getString();
            const std::basic_string<sf::Uint8> utf8 = string.toUtf8();
            drawn.labels.push_back({std::string(utf8.begin(), utf8.end()), placements[i].box, i < placeCount,
                                    placements[i].leader, i < placeCount ? shown[i]->place->id : std::string()});
        }
    }
    target.setView(previous);
    return drawn;
}

} // namespace gb::render
