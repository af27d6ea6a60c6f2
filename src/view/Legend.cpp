#include "view/Legend.hpp"

#include <algorithm>
#include <array>

namespace gb::view {
namespace {

bool inScope(const std::vector<bool>* shown, std::size_t i) { return !shown || (i < shown->size() && (*shown)[i]); }

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

std::vector<LegendEntry> legendEntries(const story::Story& story, story::Language l, double storyDay,
                                       const LegendScope* scope) {
    std::vector<LegendEntry> out;
    for (const story::Role& r : story.roles)
        if (!scope || std::find(scope->roles.begin(), scope->roles.end(), r.id) != scope->roles.end())
            out.push_back({LegendEntry::Swatch::Fill, r.fill, {}, {}, false, false, r.legend.in(l)});
    for (std::size_t i = 0; i < story.regions.size(); ++i) {
        const story::Region& r = story.regions[i];
        if (scope && (i >= scope->regions.size() || !scope->regions[i]))
            continue;
        if (r.hatched)
            out.push_back({LegendEntry::Swatch::Hatch, r.outline, {}, r.fill, false, false,
                           r.label.in(l).empty() ? r.name.in(l) : r.name.in(l) + ": " + oneLine(r.label.in(l))});
        else
            out.push_back({LegendEntry::Swatch::Fill, r.outline, {}, {}, false, false, r.name.in(l)});
    }
    const std::size_t firstLine = out.size();
    const std::vector<bool>* flowsShown = scope ? &scope->flows : nullptr;
    const std::vector<bool>* placesShown = scope ? &scope->places : nullptr;
    const auto shownFlow = [&](std::size_t i) { return flowStarted(story.flows[i], storyDay) && inScope(flowsShown, i); };
    for (const story::FlowStyle& style : story.flowStyles)
        for (std::size_t i = 0; i < story.flows.size(); ++i)
            if (story.flows[i].style == style.id && shownFlow(i)) {
                out.push_back(flowStyleEntry(story, style, l));
                break;
            }
    std::array<bool, story::confidenceCount> used{};
    const auto use = [&](const std::optional<story::Attribution>& a) {
        if (a)
            used[static_cast<std::size_t>(a->level)] = true;
    };
    for (std::size_t i = 0; i < story.flows.size(); ++i)
        if (shownFlow(i))
            use(story.flows[i].attribution);
    for (std::size_t i = 0; i < story.places.size(); ++i) {
        const story::Place& p = story.places[i];
        if ((!p.dates || storyDay >= p.dates->from) && inScope(placesShown, i))
            use(p.attribution);
    }
    for (std::size_t i = 0; i < story.regions.size(); ++i)
        if (!scope || (i < scope->regions.size() && scope->regions[i]))
            use(story.regions[i].attribution);
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

namespace gb::view {

void addFlowsAndPlaces(LegendScope& scope, const story::Story& story, const std::vector<FlowGeometry>& flows,
                       const std::vector<std::optional<geo::MapPoint>>& places, const geo::MapBox& visible) {
    scope.flows.assign(story.flows.size(), false);
    // A flow's points lie at most ~25 km apart (geodesics, arcs, via curves): one of them on
    // the picture means the flow is.
    for (const FlowGeometry& g : flows) {
        bool shown = false;
        for (const LegPath& leg : g.legs)
            for (const auto& piece : leg.pieces)
                shown = shown || std::any_of(piece.begin(), piece.end(), [&](geo::MapPoint p) { return visible.contains(p); });
        if (g.flow < scope.flows.size())
            scope.flows[g.flow] = shown;
    }
    scope.places.assign(story.places.size(), false);
    for (std::size_t i = 0; i < places.size() && i < scope.places.size(); ++i)
        scope.places[i] = places[i] && visible.contains(*places[i]);
}

} // namespace gb::view
