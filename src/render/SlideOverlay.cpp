#include "render/SlideOverlay.hpp"

#include "geo/Geodesic.hpp"
#include "render/ColourConversion.hpp"
#include "story/Date.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>

namespace gb::render {
namespace {

sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }

sf::Text makeText(const std::string& s, const sf::Font& font, float size, sf::Color colour) {
    sf::Text t(utf8(s), font, static_cast<unsigned>(std::lround(size)));
    t.setFillColor(colour);
    return t;
}

//! A translucent white panel behind overlay text.
void panel(sf::RenderTarget& target, sf::FloatRect box, float scale) {
    sf::RectangleShape r({box.width, box.height});
    r.setPosition(box.left, box.top);
    r.setFillColor(sf::Color(255, 255, 255, 215));
    r.setOutlineColor(sf::Color(0, 0, 0, 40));
    r.setOutlineThickness(1.0f * scale);
    target.draw(r);
}

//! Breaks text into lines no wider than width.
std::vector<std::string> wrap(const std::string& text, const sf::Font& font, float size, float width) {
    std::vector<std::string> lines;
    std::string line, word;
    const auto fits = [&](const std::string& s) { return makeText(s, font, size, sf::Color::Black).getLocalBounds().width <= width; };
    std::size_t i = 0;
    while (i <= text.size()) {
        if (i == text.size() || text[i] == ' ') {
            const std::string candidate = line.empty() ? word : line + " " + word;
            if (!line.empty() && !fits(candidate)) {
                lines.push_back(line);
                line = word;
            } else {
                line = candidate;
            }
            word.clear();
        } else {
            word += text[i];
        }
        ++i;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

} // namespace

double niceScaleLength(double maxMetres) {
    if (maxMetres <= 0)
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * power <= maxMetres)
            return m * power;
    return power;
}

std::optional<double> groundMetresPerPixel(const view::Camera& camera, const geo::Projection& projection) {
    const view::ScreenPoint c{camera.width() / 2, camera.height() / 2};
    const auto a = projection.inverse(camera.toMap({c.x - 50, c.y}));
    const auto b = projection.inverse(camera.toMap({c.x + 50, c.y}));
    if (!a || !b)
        return std::nullopt;
    return geo::geodesicDistance(*a, *b) / 100.0;
}

namespace {
//! Every text's character count in code points (UTF-8 continuation bytes not counted).
std::size_t characters(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

//! An estimate of a text's width in pixels at this size (see estimateSlideFootprint).
float estimatedWidth(const std::string& s, float size) { return 0.55f * size * static_cast<float>(characters(s)); }

//! Lines a text wraps to at this width, estimated.
float estimatedLines(const std::string& s, float size, float width) {
    return std::max(1.f, std::ceil(estimatedWidth(s, size) / std::max(width, 1.f)));
}

std::vector<std::string> legendRows(const story::Story& story, story::Language l) {
    std::vector<std::string> rows;
    for (const story::Role& r : story.roles)
        rows.push_back(r.legend.in(l));
    for (const story::Region& r : story.regions)
        rows.push_back(r.name.in(l));
    for (const story::FlowStyle& f : story.flowStyles)
        rows.push_back("→ " + f.legend.in(l));
    return rows;
}
} // namespace

SlideFootprint estimateSlideFootprint(const story::Story& story, const story::Step* step, float w,
                                      const FrameOptions& options, const SlideOverlays& which) {
    // The same sizes as drawSlideOverlays.
    const float s = options.pixelScale, margin = 14 * s, pad = 8 * s;
    const story::Language l = options.language;
    SlideFootprint out;
    if (which.title) {
        const std::string title = step ? step->title.in(l) : story.title.in(l);
        const float lines = estimatedLines(title, 22 * s * 1.1f, w * 0.5f); // bold is wider
        const float width = std::min(estimatedWidth(title, 22 * s * 1.1f), w * 0.5f);
        float height = lines * 28 * s - 6 * s + 2 * pad;
        if (which.dateStamp)
            height += 20 * s;
        out.title = {margin, margin, width + 2 * pad, height};
    }
    if (which.legend) {
        const auto rows = legendRows(story, l);
        float widest = 0;
        for (const std::string& row : rows)
            widest = std::max(widest, estimatedWidth(row, 13 * s));
        const float boxW = widest + 12 * s + 3 * pad, boxH = rows.size() * 18 * s + 2 * pad;
        out.legend = {w - margin - boxW, margin, boxW, boxH};
    }
    float bottom = which.attribution ? 8 * s + 14 * s : margin;
    float band = 0;
    if (which.caption && step) {
        const float width = std::min(w * 0.6f, 900 * s);
        band = estimatedLines(step->caption.in(l), 16 * s, width - 2 * pad) * 22 * s + 2 * pad + 6 * s;
    }
    if (which.scaleBar)
        band = std::max(band, 34 * s);
    out.bottom = bottom + band;
    return out;
}

std::vector<sf::FloatRect> freeAreasOf(const SlideFootprint& f, float w, float h, float gap) {
    const float titleBottom = f.title.height > 0 ? f.title.top + f.title.height + gap : 0.f;
    const float legendBottom = f.legend.height > 0 ? f.legend.top + f.legend.height + gap : 0.f;
    const float legendLeft = f.legend.width > 0 ? f.legend.left - gap : w;
    const float bottom = h - f.bottom - gap;
    std::vector<sf::FloatRect> areas;
    const float belowBoth = std::max(titleBottom, legendBottom);
    if (bottom > belowBoth)
        areas.push_back({0.f, belowBoth, w, bottom - belowBoth});
    if (bottom > titleBottom && legendLeft > 0)
        areas.push_back({0.f, titleBottom, legendLeft, bottom - titleBottom});
    return areas;
}

void drawSlideOverlays(sf::RenderTarget& target, const view::Camera& camera, const geo::Projection& projection,
                       const story::Story& story, const story::Step* step, const Fonts& fonts,
                       const FrameOptions& options, const SlideOverlays& which) {
    const sf::View previous = target.getView();
    const float w = static_cast<float>(camera.width()), h = static_cast<float>(camera.height());
    target.setView(sf::View(sf::FloatRect(0, 0, w, h)));
    const float s = options.pixelScale;
    const float margin = 14 * s, pad = 8 * s;
    const story::Language l = options.language;
    const sf::Color ink(25, 25, 25), grey(90, 90, 90);

    if (which.title) {
        const std::string title = step ? step->title.in(l) : story.title.in(l);
        // Long titles wrap within half the picture, clear of the legend on the right.
        const auto lines = wrap(title, fonts.bold(), 22 * s, w * 0.5f);
        float widest = 0;
        for (const std::string& line : lines)
            widest = std::max(widest, makeText(line, fonts.bold(), 22 * s, ink).getLocalBounds().width);
        const float lineHeight = 28 * s;
        const sf::FloatRect b(0, 0, widest, lines.size() * lineHeight - 6 * s);
        panel(target, {margin, margin, b.width + 2 * pad, b.height + 2 * pad}, s);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            sf::Text t = makeText(lines[i], fonts.bold(), 22 * s, ink);
            t.setPosition(std::round(margin + pad), std::round(margin + pad + i * lineHeight - t.getLocalBounds().top * 0.5f));
            target.draw(t);
        }
        if (which.dateStamp) {
            const int day = static_cast<int>(std::floor(std::max(options.storyDay - 1e-6, double(story.timeline.from))));
            sf::Text d = makeText(story::displayDate(std::min(day, story.timeline.to), l), fonts.regular(), 14 * s, grey);
            d.setPosition(std::round(margin + pad), std::round(margin + 2 * pad + b.height + b.top));
            panel(target, {margin, margin + 2 * pad + b.height + b.top, d.getLocalBounds().width + 2 * pad, 20 * s}, s);
            target.draw(d);
        }
    }
    float bottom = h - margin;
    if (which.attribution) {
        sf::Text a = makeText(story.attribution.in(l), fonts.regular(), 11 * s, grey);
        const sf::FloatRect b = a.getLocalBounds();
        a.setPosition(std::round(w - margin - b.width), std::round(h - 4 * s - b.height - b.top));
        target.draw(a);
        bottom = h - 8 * s - b.height - b.top;
    }
    if (which.caption && step) {
        const float width = std::min(w * 0.6f, 900 * s);
        const auto lines = wrap(step->caption.in(l), fonts.regular(), 16 * s, width - 2 * pad);
        const float lineHeight = 22 * s;
        const float boxHeight = lines.size() * lineHeight + 2 * pad;
        const float left = (w - width) / 2, top = bottom - boxHeight - 6 * s;
        panel(target, {left, top, width, boxHeight}, s);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            sf::Text t = makeText(lines[i], fonts.regular(), 16 * s, ink);
            t.setPosition(std::round(left + pad), std::round(top + pad + i * lineHeight));
            target.draw(t);
        }
    }
    if (which.legend) {
        std::vector<std::pair<sf::Color, std::string>> rows;
        const auto texts = legendRows(story, l);
        std::size_t k = 0;
        for (const story::Role& r : story.roles)
            rows.push_back({toSf(r.fill), texts[k++]});
        for (const story::Region& r : story.regions)
            rows.push_back({toSf(r.outline), texts[k++]});
        for (const story::FlowStyle& f : story.flowStyles)
            rows.push_back({toSf(f.colour), texts[k++]});
        const float row = 18 * s, swatch = 12 * s;
        float width = 0;
        for (const auto& [colour, text] : rows)
            width = std::max(width, makeText(text, fonts.regular(), 13 * s, ink).getLocalBounds().width);
        const float boxW = width + swatch + 3 * pad, boxH = rows.size() * row + 2 * pad;
        const float left = w - margin - boxW, top = margin;
        panel(target, {left, top, boxW, boxH}, s);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            sf::RectangleShape sw({swatch, swatch});
            sw.setPosition(left + pad, top + pad + i * row + (row - swatch) / 2);
            sw.setFillColor(rows[i].first);
            target.draw(sw);
            sf::Text t = makeText(rows[i].second, fonts.regular(), 13 * s, ink);
            t.setPosition(std::round(left + 2 * pad + swatch), std::round(top + pad + i * row));
            target.draw(t);
        }
    }
    if (which.scaleBar)
        if (const auto mpp = groundMetresPerPixel(camera, projection)) {
            const double metres = niceScaleLength(*mpp * 160 * s);
            const float length = static_cast<float>(metres / *mpp);
            const std::string label = metres >= 1000 ? std::to_string(static_cast<long>(metres / 1000)) + " km"
                                                     : std::to_string(static_cast<long>(metres)) + " m";
            sf::Text t = makeText(label, fonts.regular(), 12 * s, ink);
            const float left = margin, top = bottom - 34 * s;
            panel(target, {left, top, length + 2 * pad + t.getLocalBounds().width + pad, 28 * s}, s);
            sf::RectangleShape bar({length, 4 * s});
            bar.setPosition(left + pad, top + 16 * s);
            bar.setFillColor(ink);
            target.draw(bar);
            for (float x : {0.f, length - 2 * s}) {
                sf::RectangleShape tick({2 * s, 10 * s});
                tick.setPosition(left + pad + x, top + 10 * s);
                tick.setFillColor(ink);
                target.draw(tick);
            }
            t.setPosition(std::round(left + 2 * pad + length), std::round(top + 6 * s));
            target.draw(t);
        }
    target.setView(previous);
}

} // namespace gb::render
