#include "view/Legend.hpp"

#include <algorithm>
#include <array>

namespace gb::view {
namespace {

bool drawnBy(const story::Flow& f, double storyDay) { return !f.legDates.empty() && storyDay >= f.legDates.front().from; }

//! Map labels may break lines; a legend row is one line.
std::string oneLine(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

//! A flow style's entry: one confidence level's pattern when every flow drawn in it has that
//! level, else the style's own; "(schematic line)" when every such flow is schematic.
LegendEntry flowStyleEntry(const story::Story& story, const story::FlowStyle& style, story::Language l) {
    std::optional<story::Attribution> shared;
    bool sameLevel = true, allSchematic = true, any = false;
    for (const story::Flow& f : story.flows) {
        if (f.style != style.id)
            continue;
        if (any && (f.attribution.has_value() != shared.has_value() ||
                    (f.attribution && shared && f.attribution->level != shared->level)))
            sameLevel = false;
        shared = f.attribution;
        allSchematic = allSchematic && f.schematic;
        any = true;
    }
    LegendEntry e;
    e.swatch = LegendEntry::Swatch::Line;
    e.arrow = true;
    e.pattern = sameLevel ? dashPatternFor(shared, style.dashed) : DashPattern{};
    e.colour = lightened(style.colour, e.pattern.lighten);
    e.text = style.legend.in(l);
    if (any && allSchematic)
        e.text += l == story::Language::Spanish ? " (línea esquemática)" : " (schematic line)";
    return e;
}

} // namespace

std::vector<LegendEntry> legendEntries(const story::Story& story, story::Language l, double storyDay) {
    std::vector<LegendEntry> out;
    for (const story::Role& r : story.roles)
        out.push_back({LegendEntry::Swatch::Fill, r.fill, {}, {}, false, false, r.legend.in(l)});
    for (const story::Region& r : story.regions) {
        if (r.hatched)
            out.push_back({LegendEntry::Swatch::Hatch, r.outline, {}, r.fill, false, false,
                           r.label.in(l).empty() ? r.name.in(l) : r.name.in(l) + ": " + oneLine(r.label.in(l))});
        else
            out.push_back({LegendEntry::Swatch::Fill, r.outline, {}, {}, false, false, r.name.in(l)});
    }
    const std::size_t firstLine = out.size();
    for (const story::FlowStyle& style : story.flowStyles)
        if (std::any_of(story.flows.begin(), story.flows.end(),
                        [&](const story::Flow& f) { return f.style == style.id && drawnBy(f, storyDay); }))
            out.push_back(flowStyleEntry(story, style, l));
    std::array<bool, story::confidenceCount> used{};
    const auto use = [&](const std::optional<story::Attribution>& a) {
        if (a)
            used[static_cast<std::size_t>(a->level)] = true;
    };
    for (const story::Flow& f : story.flows)
        if (drawnBy(f, storyDay))
            use(f.attribution);
    for (const story::Place& p : story.places)
        if (!p.dates || storyDay >= p.dates->from)
            use(p.attribution);
    for (const story::Region& r : story.regions)
        use(r.attribution);
    // The levels of what is drawn, each with its line pattern, explained once.
    const story::Colour grey{60, 60, 60, 255};
    for (std::size_t i = 0; i < used.size(); ++i) {
        const auto level = static_cast<story::Confidence>(i);
        const story::ConfidenceWords* words = story.words(level);
        if (!used[i] || !words)
            continue;
        const DashPattern pattern = dashPatternFor(level);
        out.push_back({LegendEntry::Swatch::Line, lightened(grey, pattern.lighten), pattern, {}, false, false,
                       words->name.in(l) + ": " + words->meaning.in(l)});
    }
    if (out.size() > firstLine)
        out[firstLine].separatorBefore = true;
    return out;
}

} // namespace gb::view
