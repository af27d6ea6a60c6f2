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

//! The slides' layout in pixels at pixelScale 1: drawSlideOverlays draws with these, and
//! estimateSlideFootprint estimates the boxes from them, so the two cannot drift apart.
namespace layout {
constexpr float margin = 14, pad = 8;
constexpr float titleText = 22, titleLine = 28, titleLineGap = 6, dateText = 14, dateBox = 20;
constexpr float titleShare = 0.5f; //!< titles wrap within this share of the picture's width
constexpr float legendText = 13, legendRow = 18, swatch = 12;
constexpr float captionText = 16, captionLine = 22, captionGap = 6, captionShare = 0.6f, captionMaxWidth = 900;
constexpr float attributionText = 11, attributionGap = 8;
constexpr float scaleBarBand = 34; //!< the scale bar's box and its gap above the attribution
} // namespace layout

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

struct LegendRow {
    sf::Color swatch;
    std::string text;
};

std::vector<LegendRow> legendRows(const story::Story& story, story::Language l) {
    std::vector<LegendRow> rows;
    for (const story::Role& r : story.roles)
        rows.push_back({toSf(r.fill), r.legend.in(l)});
    for (const story::Region& r : story.regions)
        rows.push_back({toSf(r.outline), r.name.in(l)});
    for (const story::FlowStyle& f : story.flowStyles)
        rows.push_back({toSf(f.colour), "→ " + f.legend.in(l)});
    return rows;
}
} // namespace

SlideFootprint estimateSlideFootprint(const story::Story& story, const story::Step* step, float w,
                                      const FrameOptions& options, const SlideOverlays& which) {
    const float s = options.pixelScale, margin = layout::margin * s, pad = layout::pad * s;
    const story::Language l = options.language;
    SlideFootprint out;
    if (which.title) {
        const std::string title = step ? step->title.in(l) : story.title.in(l);
        const float bold = layout::titleText * s * 1.1f; // bold is wider
        const float lines = estimatedLines(title, bold, w * layout::titleShare);
        const float width = std::min(estimatedWidth(title, bold), w * layout::titleShare);
        float height = lines * layout::titleLine * s - layout::titleLineGap * s + 2 * pad;
        if (which.dateStamp)
            height += layout::dateBox * s;
        out.title = {margin, margin, width + 2 * pad, height};
    }
    if (which.legend) {
        const auto rows = legendRows(story, l);
        float widest = 0;
        for (const LegendRow& row : rows)
            widest = std::max(widest, estimatedWidth(row.text, layout::legendText * s));
        const float boxW = widest + layout::swatch * s + 3 * pad, boxH = rows.size() * layout::legendRow * s + 2 * pad;
        out.legend = {w - margin - boxW, margin, boxW, boxH};
    }
    // The attribution's line is taken as 1.3 of its size high.
    const float bottom = which.attribution ? (layout::attributionGap + 1.3f * layout::attributionText) * s : margin;
    float band = 0;
    if (which.caption && step) {
        const float width = std::min(w * layout::captionShare, layout::captionMaxWidth * s);
        band = estimatedLines(step->caption.in(l), layout::captionText * s, width - 2 * pad) * layout::captionLine * s +
               2 * pad + layout::captionGap * s;
    }
    if (which.scaleBar)
        band = std::max(band, layout::scaleBarBand * s);
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
    const float margin = layout::margin * s, pad = layout::pad * s;
    const story::Language l = options.language;
    const sf::Color ink(25, 25, 25), grey(90, 90, 90);

    if (which.title) {
        const std::string title = step ? step->title.in(l) : story.title.in(l);
        // Long titles wrap within half the picture, clear of the legend on the right.
        const float size = layout::titleText * s;
        const auto lines = wrap(title, fonts.bold(), size, w * layout::titleShare);
        float widest = 0;
        for (const std::string& line : lines)
            widest = std::max(widest, makeText(line, fonts.bold(), size, ink).getLocalBounds().width);
        const float lineHeight = layout::titleLine * s;
        const sf::FloatRect b(0, 0, widest, lines.size() * lineHeight - layout::titleLineGap * s);
        panel(target, {margin, margin, b.width + 2 * pad, b.height + 2 * pad}, s);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            sf::Text t = makeText(lines[i], fonts.bold(), size, ink);
            t.setPosition(std::round(margin + pad), std::round(margin + pad + i * lineHeight - t.getLocalBounds().top * 0.5f));
            target.draw(t);
        }
        if (which.dateStamp) {
            const int day = static_cast<int>(std::floor(std::max(options.storyDay - 1e-6, double(story.timeline.from))));
            sf::Text d = makeText(story::displayDate(std::min(day, story.timeline.to), l), fonts.regular(), layout::dateText * s, grey);
            d.setPosition(std::round(margin + pad), std::round(margin + 2 * pad + b.height + b.top));
            panel(target, {margin, margin + 2 * pad + b.height + b.top, d.getLocalBounds().width + 2 * pad, layout::dateBox * s}, s);
            target.draw(d);
        }
    }
    float bottom = h - margin;
    if (which.attribution) {
        sf::Text a = makeText(story.attribution.in(l), fonts.regular(), layout::attributionText * s, grey);
        const sf::FloatRect b = a.getLocalBounds();
        a.setPosition(std::round(w - margin - b.width), std::round(h - 4 * s - b.height - b.top));
        target.draw(a);
        bottom = h - layout::attributionGap * s - b.height - b.top;
    }
    if (which.caption && step) {
        const float width = std::min(w * layout::captionShare, layout::captionMaxWidth * s);
        const float size = layout::captionText * s;
        const auto lines = wrap(step->caption.in(l), fonts.regular(), size, width - 2 * pad);
        const float lineHeight = layout::captionLine * s;
        const float boxHeight = lines.size() * lineHeight + 2 * pad;
        const float left = (w - width) / 2, top = bottom - boxHeight - layout::captionGap * s;
        panel(target, {left, top, width, boxHeight}, s);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            sf::Text t = makeText(lines[i], fonts.regular(), size, ink);
            t.setPosition(std::round(left + pad), std::round(top + pad + i * lineHeight));
            target.draw(t);
        }
    }
    if (which.legend) {
        const auto rows = legendRows(story, l);
        const float row = layout::legendRow * s, swatch = layout::swatch * s, size = layout::legendText * s;
        float width = 0;
        for (const LegendRow& r : rows)
            width = std::max(width, makeText(r.text, fonts.regular(), size, ink).getLocalBounds().width);
        const float boxW = width + swatch + 3 * pad, boxH = rows.size() * row + 2 * pad;
        const float left = w - margin - boxW, top = margin;
        panel(target, {left, top, boxW, boxH}, s);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            sf::RectangleShape sw({swatch, swatch});
            sw.setPosition(left + pad, top + pad + i * row + (row - swatch) / 2);
            sw.setFillColor(rows[i].swatch);
            target.draw(sw);
            sf::Text t = makeText(rows[i].text, fonts.regular(), size, ink);
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
            const float left = margin, top = bottom - layout::scaleBarBand * s;
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
