#include "render/FlowOverlay.hpp"

#include "render/ColourConversion.hpp"
#include "view/ConfidenceLook.hpp"
#include "render/Ribbon.hpp"

#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <optional>
#include <cmath>

namespace gb::render {
namespace {

constexpr double referenceViewWidthMetres = 12.8e6; //!< the story overview, Brussels to Tokyo
constexpr float dashSpeedPx = 36.0f;                 //!< per second, at width factor 1

//! Where along its period a moving pattern is: in [0, period) for any clock, the negative
//! seconds before a recording's end included (its last frame, 0, matches the still picture).
float wrappedPhase(double travelledPx, float period) {
    const double phase = std::fmod(travelledPx, static_cast<double>(period));
    return static_cast<float>(phase < 0.0 ? phase + period : phase);
}

sf::Color lighter(sf::Color c) { return toSf(view::lightened(toStory(c), 0.55f)); }

sf::Color faded(sf::Color c, float alpha) { return sf::Color(c.r, c.g, c.b, static_cast<std::uint8_t>(c.a * alpha)); }

bool highlighted(const FrameOptions& options, const std::string& id) {
    return options.highlight.empty() ||
           std::find(options.highlight.begin(), options.highlight.end(), id) != options.highlight.end();
}

sf::Vector2f direction(const std::vector<sf::Vector2f>& p, bool atEnd) {
    const sf::Vector2f d = atEnd ? p[p.size() - 1] - p[p.size() - 2] : p[0] - p[1];
    const float len = std::hypot(d.x, d.y);
    return len > 0 ? d / len : sf::Vector2f(1, 0);
}

void arrowhead(sf::VertexArray& out, const std::vector<sf::Vector2f>& path, float size, bool atEnd, sf::Color colour,
               float grow = 0.0f) {
    auto corners = arrowheadFor(path, size + grow, atEnd);
    const sf::Vector2f shift = direction(path, atEnd) * (grow / 2); // a halo reaches past the tip
    appendTriangle(out, corners[0] + shift, corners[1] + shift, corners[2] + shift, colour);
}

//! One leg's drawn part, per visible piece, in screen pixels.
struct DrawnLeg {
    std::vector<std::vector<sf::Vector2f>> pieces;
    bool complete = false;
};

DrawnLeg drawnPart(const view::LegPath& leg, const view::Camera& camera, double progress) {
    DrawnLeg out;
    double budget = progress * leg.length / camera.metresPerPixel();
    for (const auto& piece : leg.pieces) {
        // Points closer than a few pixels add triangles (each costs software GL its setup) but
        // no visible shape: keep one every minStepPx, and always the last.
        constexpr float minStepPx = 5.0f;
        std::vector<sf::Vector2f> screen;
        screen.reserve(piece.size());
        for (std::size_t i = 0; i < piece.size(); ++i) {
            const view::ScreenPoint s = camera.toScreen(piece[i]);
            const sf::Vector2f p(static_cast<float>(s.x), static_cast<float>(s.y));
            const sf::Vector2f d = p - (screen.empty() ? p : screen.back());
            if (!screen.empty() && i + 1 < piece.size() && d.x * d.x + d.y * d.y < minStepPx * minStepPx)
                continue;
            screen.push_back(p);
        }
        const float length = polylineLength(screen);
        if (budget <= 0)
            break;
        out.pieces.push_back(budget >= length ? screen : prefix(screen, static_cast<float>(budget)));
        budget -= length;
    }
    out.complete = progress >= 1.0;
    return out;
}

//! A drawn piece without `atStart` pixels at its start and `atEnd` at its end (unchanged when it
//! is too short to lose them).
std::vector<sf::Vector2f> trimmedAtMarkers(const std::vector<sf::Vector2f>& piece, float atStart, float atEnd) {
    if (atStart <= 0 && atEnd <= 0)
        return piece;
    const float length = polylineLength(piece);
    if (length <= 2 * (atStart + atEnd))
        return piece;
    return slice(piece, atStart, length - atEnd);
}

std::vector<view::ScreenPoint> toScreenPoints(const std::vector<sf::Vector2f>& points) {
    std::vector<view::ScreenPoint> out;
    out.reserve(points.size());
    for (const sf::Vector2f& p : points)
        out.push_back({p.x, p.y});
    return out;
}

view::ScreenRect boxOf(const std::array<sf::Vector2f, 3>& corners) {
    float minX = corners[0].x, maxX = minX, minY = corners[0].y, maxY = minY;
    for (const sf::Vector2f& c : corners) {
        minX = std::min(minX, c.x);
        maxX = std::max(maxX, c.x);
        minY = std::min(minY, c.y);
        maxY = std::max(maxY, c.y);
    }
    return {minX, minY, maxX - minX, maxY - minY};
}

} // namespace

std::array<sf::Vector2f, 3> arrowheadFor(const std::vector<sf::Vector2f>& path, float size, bool atEnd) {
    const sf::Vector2f dir = direction(path, atEnd);
    const sf::Vector2f tip = atEnd ? path.back() : path.front();
    const sf::Vector2f n(-dir.y, dir.x);
    const sf::Vector2f base = tip - dir * size;
    return {tip, base + n * (size * 0.55f), base - n * (size * 0.55f)};
}

float flowWidthFactor(const view::Camera& camera, float pixelScale) {
    const double visibleWidth = camera.metresPerPixel() * camera.width() / pixelScale;
    return pixelScale * static_cast<float>(std::clamp(std::pow(referenceViewWidthMetres / visibleWidth, 0.4), 0.8, 2.0));
}

DrawnFlows drawFlows(sf::RenderTarget& target, const view::Camera& camera, const std::vector<view::FlowGeometry>& flows,
                     const story::Story& story, const FrameOptions& options, const RibbonShader& ribbons,
                     std::optional<float> widthFactor) {
    DrawnFlows drawn;
    view::LabelObstacles& drawnAt = drawn.obstacles;
    if (!options.layers.flows)
        return drawn;
    const float factor = widthFactor.value_or(flowWidthFactor(camera, options.pixelScale));
    RibbonShader::Batches& batches = ribbons.batches();
    sf::VertexArray& casing = batches.casing;
    sf::VertexArray& body = batches.body;
    casing.clear(); // keeps the capacity: a dense story's million vertices are not reallocated
    body.clear();   // (and their pages not faulted in again) every frame
    for (const view::FlowGeometry& geometry : flows) {
        const story::Flow& flow = story.flows[geometry.flow];
        const story::FlowStyle* style = story.flowStyle(flow.style);
        if (!style)
            continue;
        const bool isSelected = !options.selected.empty() && options.selected == flow.id;
        const float alpha = highlighted(options, flow.id) || isSelected ? 1.0f : 0.3f;
        const view::DashPattern pattern = view::dashPatternFor(flow.attribution, style->dashed);
        const sf::Color colour = faded(toSf(view::lightened(style->colour, pattern.lighten)), alpha);
        const bool isHovered = !isSelected && !options.hovered.empty() && options.hovered == flow.id;
        const sf::Color halo = isSelected  ? sf::Color(255, 200, 0, 230)
                               : isHovered ? sf::Color(255, 255, 255, 240)
                                           : faded(sf::Color(255, 255, 255, 190), alpha);
        const float width = style->width * factor;
        const float head = width * 3.2f;
        // The route's label goes beside the middle of its longest stretch on the picture.
        const bool labelled = isSelected || std::find(options.highlight.begin(), options.highlight.end(), flow.id) !=
                                                options.highlight.end();
        float longest = 0;
        const float markerGap = 7.0f * options.pixelScale; // a marker's radius and its ring, and a little air
        std::optional<FlowLabelSpot> labelSpot;
        for (const view::LegPath& leg : geometry.legs) {
            const double progress = view::legProgress(leg, options.storyDay);
            if (progress <= 0 || leg.pieces.empty())
                continue;
            const DrawnLeg drawn = drawnPart(leg, camera, progress);
            float along = 0; // distance from the leg's start, for dash and pulse phases
            for (std::size_t p = 0; p < drawn.pieces.size(); ++p) {
                const bool last = p + 1 == drawn.pieces.size();
                const bool first = p == 0;
                // The line leaves and reaches the places' markers at their edge, not their centre.
                const auto piece = trimmedAtMarkers(drawn.pieces[p], first ? markerGap : 0.0f,
                                                    last && drawn.complete ? markerGap : 0.0f);
                if (piece.size() < 2)
                    continue;
                const MeasuredPolyline measured(piece);
                const float length = measured.length();
                // Heads only where the line has arrived: a leg still drawing itself ends bare, so a
                // still picture never shows a head in the middle of nowhere. Room is left for
                // the heads so their tips stay sharp.
                const bool headAtEnd = last && drawn.complete;
                const float start = first && flow.twoWay && drawn.complete ? head * 0.8f : 0.0f;
                const float end = headAtEnd ? std::max(start, length - head * 0.8f) : length;
                const auto shaft = measured.slice(start, end);
                drawnAt.lines.push_back({toScreenPoints(shaft), width / 2.0});
                if (labelled && end - start > longest) {
                    longest = end - start;
                    labelSpot = FlowLabelSpot{geometry.flow, {}, width / 2 + 1.5f};
                    for (const float share : {0.5f, 0.35f, 0.65f}) {
                        const float at = start + (end - start) * share;
                        const auto point = measured.slice(at, at + 1.0f);
                        if (!point.empty())
                            labelSpot->along.push_back({point.front().x, point.front().y});
                    }
                }
                appendRibbon(casing, shaft, width + (isSelected ? 8.0f : isHovered ? 6.0f : 3.0f) * options.pixelScale, halo);
                if (!pattern.solid) {
                    // Dashes in the confidence level's pattern; they move along a movement.
                    const float dash = width * pattern.dash, gap = width * pattern.gap, period = dash + gap;
                    const float phase =
                        style->dashed ? wrappedPhase(options.animationSeconds * dashSpeedPx * factor, period) : 0.0f;
                    for (float s = start - period + phase - std::fmod(along, period); s < end; s += period)
                        appendRibbon(body, measured.slice(std::max(s, start), std::min(s + dash, end)), width, colour);
                } else {
                    appendRibbon(body, shaft, width, colour);
                    // Pulses run along the band, both ways for a two-way flow.
                    const float spacing = width * 14.0f, pulse = width * 3.0f;
                    const float phase = wrappedPhase(options.animationSeconds * dashSpeedPx * factor, spacing);
                    for (float s = start + phase; s < end; s += spacing)
                        appendRibbon(body, measured.slice(s, std::min(s + pulse, end)), width * 0.55f, lighter(colour));
                    if (flow.twoWay)
                        for (float s = end - phase; s > start; s -= spacing)
                            appendRibbon(body, measured.slice(std::max(s - pulse, start), s), width * 0.55f,
                                         lighter(colour));
                }
                if (headAtEnd) {
                    drawnAt.boxes.push_back(boxOf(arrowheadFor(piece, head, true)));
                    arrowhead(casing, piece, head, true, halo, 3.0f * options.pixelScale);
                    arrowhead(body, piece, head, true, colour);
                }
                if (first && flow.twoWay && drawn.complete) {
                    drawnAt.boxes.push_back(boxOf(arrowheadFor(piece, head, false)));
                    arrowhead(casing, piece, head, false, halo, 3.0f * options.pixelScale);
                    arrowhead(body, piece, head, false, colour);
                }
                along += length;
            }
        }
        if (labelSpot && longest > 0)
            drawn.labels.push_back(*labelSpot);
    }
    const sf::View previous = target.getView();
    target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(camera.width()), static_cast<float>(camera.height()))));
    ribbons.draw(target, casing);
    ribbons.draw(target, body);
    target.setView(previous);
    return drawn;
}

} // namespace gb::render
