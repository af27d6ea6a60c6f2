#include "render/SlideOverlay.hpp"

#include "geo/Geodesic.hpp"
#include "render/ColourConversion.hpp"
#include "view/Legend.hpp"
#include "view/MapCredit.hpp"
#include "story/Date.hpp"
#include "view/PictureSources.hpp"

#include <SFML/Graphics/VertexArray.hpp>

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
constexpr float legendText = 13, legendRow = 18, swatch = 12, swatchColumn = 26;
constexpr float captionText = 16, captionLine = 22, captionGap = 6, captionShare = 0.6f, captionMaxWidth = 900;
constexpr float attributionText = 11, attributionGap = 8;
constexpr float sourcesText = 13, sourcesLine = 16, sourcesMaxLines = 3;
constexpr float scaleBarBand = 34; //!< the scale bar's box and its gap above the attribution
constexpr float locatorWidth = 210, locatorHeight = 150;
//! The smallest each kind of text gets, in pixels, whatever --scale says: what still reads from
//! the back row on a projected 720p picture (a 0.5x export keeps a readable caption).
constexpr float titleFloor = 16, dateFloor = 11, legendFloor = 11, captionFloor = 13, sourcesFloor = 10,
                attributionFloor = 9, scaleBarText = 12, scaleBarFloor = 10;
} // namespace layout

//! The scale for one kind of text: the picture's, raised so the text is no smaller than its floor.
float textScale(float s, float designPx, float floorPx) { return std::max(s, floorPx / designPx); }

namespace layout {
} // namespace layout

sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }

sf::Text makeText(const std::string& s, const sf::Font& font, float size, sf::Color colour) {
    sf::Text t(utf8(s), font, static_cast<unsigned>(std::lround(size)));
    t.setFillColor(colour);
    return t;
}

//! A translucent white panel behind overlay text.
void panel(sf::RenderTarget& target, sf::FloatRect box, float scale, std::vector<sf::FloatRect>& drawn) {
    drawn.push_back(box);
    sf::RectangleShape r({box.width, box.height});
    r.setPosition(box.left, box.top);
    r.setFillColor(sf::Color(255, 255, 255, 215));
    r.setOutlineColor(sf::Color(0, 0, 0, 40));
    r.setOutlineThickness(1.0f * scale);
    target.draw(r);
}

//! A word's advance at this size: its glyphs' advances and kerning, as sf::Text lays them out.
float advanceOf(const sf::String& word, const sf::Font& font, unsigned size) {
    float x = 0;
    for (std::size_t i = 0; i < word.getSize(); ++i) {
        if (i > 0)
            x += font.getKerning(word[i - 1], word[i], size);
        x += font.getGlyph(word[i], size, false).advance;
    }
    return x;
}

//! Breaks text into lines no wider than width. Each word is measured once (a source line has
//! dozens: measuring every candidate line as an sf::Text made wrapping cost milliseconds).
std::vector<std::string> wrap(const std::string& text, const sf::Font& font, float size, float width) {
    const auto pixels = static_cast<unsigned>(std::lround(size));
    const float space = font.getGlyph(U' ', pixels, false).advance;
    std::vector<std::string> lines;
    std::string line;
    float lineWidth = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string word = text.substr(start, end - start);
        const float w = advanceOf(utf8(word), font, pixels);
        if (!line.empty() && lineWidth + space + w > width) {
            lines.push_back(line);
            line = word;
            lineWidth = w;
        } else {
            lineWidth += (line.empty() ? 0 : space) + w;
            line += (line.empty() ? "" : " ") + word;
        }
        start = end + 1;
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

using LegendRow = view::LegendEntry;

//! Every legend swatch goes into two vertex arrays drawn once: software GL pays for each draw
//! call, and a legend has dozens of squares and dashes.
struct SwatchBatch {
    sf::VertexArray quads{sf::Triangles};
    sf::VertexArray lines{sf::Lines};

    void rect(sf::Vector2f at, sf::Vector2f size, sf::Color c) {
        const sf::Vector2f b(at.x + size.x, at.y), d(at.x, at.y + size.y), e(at.x + size.x, at.y + size.y);
        for (sf::Vector2f p : {at, b, e, at, e, d})
            quads.append({p, c});
    }
    void line(sf::Vector2f a, sf::Vector2f b, sf::Color c) {
        lines.append({a, c});
        lines.append({b, c});
    }
    void draw(sf::RenderTarget& target) const {
        target.draw(quads);
        target.draw(lines);
    }
};

void addSwatch(SwatchBatch& batch, const LegendRow& row, sf::Vector2f topLeft, float s) {
    const float size = layout::swatch * s, column = layout::swatchColumn * s;
    if (row.swatch == LegendRow::Swatch::Line) {
        // A horizontal sample of the line: axis-aligned, so plain rectangles draw it crisply.
        const float width = std::round(3.0f * s), length = column - 4 * s;
        const float y = std::round(topLeft.y + (size - width) / 2);
        const float dash = row.pattern.solid ? length : row.pattern.dash * width;
        const float period = row.pattern.solid ? length : dash + row.pattern.gap * width;
        for (float x = 0; x < length; x += period)
            batch.rect({topLeft.x + x, y}, {std::min(dash, length - x), width}, toSf(row.colour));
        return;
    }
    batch.rect(topLeft, {size, size}, toSf(row.swatch == LegendRow::Swatch::Hatch ? row.under : row.colour));
    if (row.swatch == LegendRow::Swatch::Hatch)
        for (float d = 3 * s; d < 2 * size; d += 4 * s) {
            const float x0 = std::max(0.f, d - size), x1 = std::min(size, d);
            batch.line({topLeft.x + x0, topLeft.y + size - (d - x0)}, {topLeft.x + x1, topLeft.y + size - (d - x1)},
                       toSf(row.colour));
        }
}

//! The story day a picture is "as of": the day shown, within the timeline.
int asOfDay(const story::Story& story, double storyDay) {
    const int day = static_cast<int>(std::floor(std::max(storyDay - 1e-6, double(story.timeline.from))));
    return std::min(day, story.timeline.to);
}

//! Lines the source line wraps to across a picture widthPx wide, estimated (at most sourcesMaxLines).
float sourceLines(const std::string& text, float widthPx, float s) {
    if (text.empty())
        return 0;
    return std::min(layout::sourcesMaxLines,
                    estimatedLines(text, layout::sourcesText * textScale(s, layout::sourcesText, layout::sourcesFloor),
                                   widthPx - 2 * layout::margin * s));
}

std::string sourcesText(const story::Story& story, const story::Step* step, const FrameOptions& options) {
    return view::sourceLine(view::pictureSources(story, step, options.storyDay), asOfDay(story, options.storyDay),
                            options.language);
}

//! The legend box, top right (below the title's boxes in `drawn` when a narrow picture has no
//! room for both side by side): a swatch column and the rows' text.
void drawLegend(sf::RenderTarget& target, const std::vector<LegendRow>& rows, const Fonts& fonts, float w, float h,
                float s, std::vector<sf::FloatRect>& drawn) {
    const float margin = layout::margin * s, pad = layout::pad * s;
    const sf::Color ink(25, 25, 25);
    const float t = textScale(s, layout::legendText, layout::legendFloor); // the legend grows with its text
    const float row = layout::legendRow * t, swatch = layout::swatch * t, size = layout::legendText * t;
    const float column = layout::swatchColumn * t;
    // All rows in one text, one line each, a row apart: one draw call instead of one per row.
    std::string lines;
    for (const LegendRow& r : rows)
        lines += (lines.empty() ? "" : "\n") + r.text;
    sf::Text text = makeText(lines, fonts.regular(), size, ink);
    text.setLineSpacing(row / fonts.regular().getLineSpacing(text.getCharacterSize()));
    const float width = text.getLocalBounds().width;
    const float boxW = width + column + 3 * pad, boxH = rows.size() * row + 2 * pad;
    const float left = w - margin - boxW;
    float top = margin;
    for (bool moved = true; moved;) { // below whatever it would cover (the title, then its date)
        moved = false;
        for (const sf::FloatRect& box : drawn)
            if (box.top + box.height < h / 2 && box.intersects({left, top, boxW, boxH})) { // not the caption
                top = box.top + box.height + margin;
                moved = true;
            }
    }
    panel(target, {left, top, boxW, boxH}, s, drawn);
    SwatchBatch swatches;
    for (std::size_t i = 0; i < rows.size(); ++i)
        addSwatch(swatches, rows[i], {left + pad, top + pad + i * row + (row - swatch) / 2}, t);
    swatches.draw(target);
    text.setPosition(std::round(left + 2 * pad + column), std::round(top + pad));
    target.draw(text);
}

//! The numbered source line above the attribution, across the picture on a pale band, at most
//! sourcesMaxLines lines (the last cut with "..." when longer). Returns the top of what it drew.
float drawSourceLine(sf::RenderTarget& target, const std::string& text, const Fonts& fonts, float w, float bottom,
                     float s, std::vector<sf::FloatRect>& drawn) {
    if (text.empty())
        return bottom;
    const float t = textScale(s, layout::sourcesText, layout::sourcesFloor);
    const float margin = layout::margin * s, pad = layout::pad * s, size = layout::sourcesText * t;
    auto lines = wrap(text, fonts.regular(), size, w - 2 * margin - 2 * pad);
    if (lines.size() > static_cast<std::size_t>(layout::sourcesMaxLines)) {
        lines.resize(static_cast<std::size_t>(layout::sourcesMaxLines));
        lines.back() += " ...";
    }
    const float lineHeight = layout::sourcesLine * t;
    const float top = bottom - lines.size() * lineHeight - s;
    sf::RectangleShape band({w - 2 * margin, lines.size() * lineHeight + 2 * s});
    band.setPosition(margin, top - s);
    band.setFillColor(sf::Color(255, 255, 255, 200));
    target.draw(band);
    drawn.push_back(band.getGlobalBounds());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        sf::Text t = makeText(lines[i], fonts.regular(), size, sf::Color(45, 45, 45));
        t.setPosition(std::round(margin + pad), std::round(top + i * lineHeight));
        target.draw(t);
    }
    return top - 2 * s;
}

//! The credit line at the bottom right, wrapped (right-aligned, upwards) when the picture is too
//! narrow for it, each line on a pale band as the source line is (grey on a coastline or a
//! graticule did not read). Returns the top of what it drew, less the gap above it.
float drawCredit(sf::RenderTarget& target, const std::string& text, const Fonts& fonts, float w, float h, float s,
                 std::vector<sf::FloatRect>& drawn) {
    const sf::Color grey(90, 90, 90);
    const float size = layout::attributionText * textScale(s, layout::attributionText, layout::attributionFloor);
    const float margin = layout::margin * s;
    const std::vector<std::string> lines = wrap(text, fonts.regular(), size, w - 2 * margin);
    float baseline = h - 4 * s; // the last line's bottom; each line above it 1.3 of the size higher
    float top = h;
    for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
        sf::Text a = makeText(*line, fonts.regular(), size, grey);
        const sf::FloatRect b = a.getLocalBounds();
        a.setPosition(std::round(w - margin - b.width), std::round(baseline - b.height - b.top));
        const sf::FloatRect text = a.getGlobalBounds();
        sf::RectangleShape band({text.width + 6 * s, text.height + 4 * s});
        band.setPosition(text.left - 3 * s, text.top - 2 * s);
        band.setFillColor(sf::Color(255, 255, 255, 200));
        target.draw(band);
        target.draw(a);
        drawn.push_back(band.getGlobalBounds());
        top = std::min(top, h - layout::attributionGap * s - b.height - b.top - (h - 4 * s - baseline));
        baseline -= std::round(1.3f * size);
    }
    return top;
}

} // namespace

SlideFootprint estimateSlideFootprint(const story::Story& story, const story::Step* step, float w,
                                      const FrameOptions& options, const SlideOverlays& which,
                                      const view::LegendScope* scope) {
    const float s = options.pixelScale, margin = layout::margin * s, pad = layout::pad * s;
    const story::Language l = options.language;
    SlideFootprint out;
    if (which.title) {
        const std::string title = step ? step->title.in(l) : story.title.in(l);
        const float ts = textScale(s, layout::titleText, layout::titleFloor);
        const float bold = layout::titleText * ts * 1.1f; // bold is wider
        const float lines = estimatedLines(title, bold, w * layout::titleShare);
        const float width = std::min(estimatedWidth(title, bold), w * layout::titleShare);
        float height = lines * layout::titleLine * ts - layout::titleLineGap * ts + 2 * pad;
        if (which.dateStamp)
            height += layout::dateBox * textScale(s, layout::dateText, layout::dateFloor);
        out.title = {margin, margin, width + 2 * pad, height};
    }
    if (which.legend) {
        const auto rows = view::legendEntries(story, l, options.storyDay, scope);
        float widest = 0;
        const float t = textScale(s, layout::legendText, layout::legendFloor);
        for (const LegendRow& row : rows)
            widest = std::max(widest, estimatedWidth(row.text, layout::legendText * t));
        const float boxW = widest + layout::swatchColumn * t + 3 * pad, boxH = rows.size() * layout::legendRow * t + 2 * pad;
        out.legend = {w - margin - boxW, margin, boxW, boxH};
    }
    // The attribution's lines are taken as 1.3 of its size high; a narrow picture wraps it.
    const float creditSize = layout::attributionText * textScale(s, layout::attributionText, layout::attributionFloor);
    float bottom = which.attribution ? layout::attributionGap * s +
                                           1.3f * creditSize *
                                               estimatedLines(story.attribution.in(l), creditSize, w - 2 * margin)
                                     : margin;
    if (which.sources)
        bottom += sourceLines(sourcesText(story, step, options), w, s) * layout::sourcesLine *
                  textScale(s, layout::sourcesText, layout::sourcesFloor);
    out.lowBand = bottom;
    float band = 0;
    if (which.caption && step) {
        const float width = std::min(w * layout::captionShare, layout::captionMaxWidth * s);
        out.captionWidth = width;
        const float t = textScale(s, layout::captionText, layout::captionFloor);
        band = estimatedLines(step->caption.in(l), layout::captionText * t, width - 2 * pad) * layout::captionLine * t +
               2 * pad + layout::captionGap * s;
    }
    if (which.scaleBar)
        band = std::max(band, layout::scaleBarBand * s);
    out.bottom = bottom + band;
    return out;
}

sf::FloatRect locatorBox(const SlideFootprint& f, float w, float h, float s, const SlideOverlays& which) {
    if (!which.locator)
        return {};
    const float margin = layout::margin * s, gap = layout::captionGap * s;
    const float width = std::round(layout::locatorWidth * s), height = std::round(layout::locatorHeight * s);
    const float besideCaption = (w - f.captionWidth) / 2 - margin - gap;
    const float bottom = width <= besideCaption ? h - f.lowBand - gap : h - f.bottom - gap;
    return {w - margin - width, bottom - height, width, height};
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

std::vector<sf::FloatRect> drawSlideOverlays(sf::RenderTarget& target, const view::Camera& camera,
                                             const geo::Projection& projection, const story::Story& story,
                                             const story::Step* step, const Fonts& fonts, const FrameOptions& options,
                                             const SlideOverlays& which, const view::LegendScope* scope,
                                             const std::string& userCountries) {
    std::vector<sf::FloatRect> drawn;
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
        const float ts = textScale(s, layout::titleText, layout::titleFloor);
        const float size = layout::titleText * ts;
        const auto lines = wrap(title, fonts.bold(), size, w * layout::titleShare);
        float widest = 0;
        for (const std::string& line : lines)
            widest = std::max(widest, makeText(line, fonts.bold(), size, ink).getLocalBounds().width);
        const float lineHeight = layout::titleLine * ts;
        const sf::FloatRect b(0, 0, widest, lines.size() * lineHeight - layout::titleLineGap * ts);
        panel(target, {margin, margin, b.width + 2 * pad, b.height + 2 * pad}, s, drawn);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            sf::Text t = makeText(lines[i], fonts.bold(), size, ink);
            t.setPosition(std::round(margin + pad), std::round(margin + pad + i * lineHeight - t.getLocalBounds().top * 0.5f));
            target.draw(t);
        }
        if (which.dateStamp) {
            const float td = textScale(s, layout::dateText, layout::dateFloor);
            const std::string date = story::displayDate(asOfDay(story, options.storyDay), l);
            // A presentation's step counter leads, in the ink of the title, so the room reads it.
            sf::Text d = makeText(which.counter.empty() ? date : which.counter + "   " + date, fonts.regular(),
                                  layout::dateText * td, which.counter.empty() ? grey : ink);
            d.setPosition(std::round(margin + pad), std::round(margin + 2 * pad + b.height + b.top));
            panel(target, {margin, margin + 2 * pad + b.height + b.top, d.getLocalBounds().width + 2 * pad, layout::dateBox * td},
                  s, drawn);
            target.draw(d);
        }
    }
    float bottom = h - margin;
    if (which.attribution)
        bottom = drawCredit(target, view::mapCredit(story, userCountries, l), fonts, w, h, s, drawn);
    if (which.sources)
        bottom = drawSourceLine(target, sourcesText(story, step, options), fonts, w, bottom, s, drawn);
    if (which.caption && step) {
        const float width = std::min(w * layout::captionShare, layout::captionMaxWidth * s);
        const float t = textScale(s, layout::captionText, layout::captionFloor);
        const float size = layout::captionText * t;
        const auto lines = wrap(step->caption.in(l), fonts.regular(), size, width - 2 * pad);
        const float lineHeight = layout::captionLine * t;
        const float boxHeight = lines.size() * lineHeight + 2 * pad;
        const float left = (w - width) / 2, top = bottom - boxHeight - layout::captionGap * s;
        panel(target, {left, top, width, boxHeight}, s, drawn);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            sf::Text t = makeText(lines[i], fonts.regular(), size, ink);
            t.setPosition(std::round(left + pad), std::round(top + pad + i * lineHeight));
            target.draw(t);
        }
    }
    if (which.legend)
        drawLegend(target, view::legendEntries(story, l, options.storyDay, scope), fonts, w, h, s, drawn);
    if (which.scaleBar)
        if (const auto mpp = groundMetresPerPixel(camera, projection)) {
            const double metres = niceScaleLength(*mpp * 160 * s);
            const float length = static_cast<float>(metres / *mpp);
            const std::string label = metres >= 1000 ? std::to_string(static_cast<long>(metres / 1000)) + " km"
                                                     : std::to_string(static_cast<long>(metres)) + " m";
            sf::Text t = makeText(label, fonts.regular(),
                                  layout::scaleBarText * textScale(s, layout::scaleBarText, layout::scaleBarFloor), ink);
            const float left = margin, top = bottom - layout::scaleBarBand * s;
            panel(target, {left, top, length + 2 * pad + t.getLocalBounds().width + pad, 28 * s}, s, drawn);
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
    return drawn;
}

} // namespace gb::render
