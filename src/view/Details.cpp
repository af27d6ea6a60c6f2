#include "view/Details.hpp"

#include "view/UiText.hpp"

#include "story/Date.hpp"
#include "story/RecordText.hpp"

#include <algorithm>

namespace gb::view {
namespace {


std::string rangeText(const story::DateRange& r, story::Language l, const char* between = " - ") {
    if (r.from == r.to)
        return story::displayDate(r.from, l);
    return story::displayDate(r.from, l) + between + story::displayDate(r.to, l);
}

void addSources(Details& d, const story::Story& story, const std::vector<std::string>& ids, story::Language l) {
    for (const std::string& id : ids)
        if (const story::Source* s = story.findSource(id))
            d.sources.push_back({s->outlet, s->title, story::displayDate(s->date, l), s->url});
}

void addAttribution(Details& d, const story::Story& story, const std::optional<story::Attribution>& a,
                    story::Language l) {
    if (a)
        d.confidence = story::attributionLine(story, *a, l);
}

void addFlowCaveats(Details& d, const story::Flow& f, story::Language l) {
    if (f.schematic)
        d.caveats.push_back(uiText(UiText::Schematic, l));
    if (f.within)
        d.caveats.push_back(std::string(uiText(UiText::DatedWithin, l)) +
                            rangeText(*f.within, l, uiText(UiText::And, l)) + ".");
}

} // namespace

std::string itemId(const story::Story& story, const PickItem& item) {
    switch (item.kind) {
    case PickItem::Kind::Place: return item.index < story.places.size() ? story.places[item.index].id : "";
    case PickItem::Kind::Flow: return item.index < story.flows.size() ? story.flows[item.index].id : "";
    case PickItem::Kind::Region: return item.index < story.regions.size() ? story.regions[item.index].id : "";
    default: return "";
    }
}

Details describe(const story::Story& story, const PickItem& item, story::Language l, const std::string& countryId,
                 const std::string& countryName) {
    Details d;
    switch (item.kind) {
    case PickItem::Kind::Place: {
        const story::Place& p = story.places.at(item.index);
        d.title = p.name.in(l);
        d.kind = std::string(uiText(UiText::KindPlace, l)) + " (" + kindWord(p.kind, l) + ")";
        if (p.dates)
            d.dates = rangeText(*p.dates, l);
        d.text = p.details.in(l);
        addAttribution(d, story, p.attribution, l);
        if (p.approximate)
            d.caveats.push_back(uiText(UiText::Approximate, l));
        for (const story::Figure& f : p.figures) {
            const story::Source* s = story.findSource(f.source);
            d.figures.push_back({f.label.in(l), story::figureValue(f, l), story::attributionLine(story, f.attribution, l),
                                 s ? s->outlet : f.source});
        }
        addSources(d, story, p.sources, l);
        for (std::size_t i = 0; i < story.flows.size(); ++i) {
            const auto& route = story.flows[i].route;
            if (std::find(route.begin(), route.end(), p.id) != route.end())
                d.related.push_back({story.flows[i].label.in(l), {PickItem::Kind::Flow, i}});
        }
        break;
    }
    case PickItem::Kind::Flow: {
        const story::Flow& f = story.flows.at(item.index);
        d.title = f.label.in(l);
        d.kind = std::string(uiText(UiText::KindFlow, l)) + " (" + kindWord(f.kind, l) + (f.twoWay ? uiText(UiText::TwoWay, l) : "") + ")";
        if (!f.legDates.empty())
            d.dates = rangeText({f.legDates.front().from, f.legDates.back().to}, l);
        d.text = f.details.in(l);
        addAttribution(d, story, f.attribution, l);
        addFlowCaveats(d, f, l);
        addSources(d, story, f.sources, l);
        for (const std::string& id : f.route)
            for (std::size_t i = 0; i < story.places.size(); ++i)
                if (story.places[i].id == id)
                    d.related.push_back({story.places[i].name.in(l), {PickItem::Kind::Place, i}});
        break;
    }
    case PickItem::Kind::Region: {
        const story::Region& r = story.regions.at(item.index);
        d.title = r.name.in(l);
        d.kind = uiText(UiText::KindRegion, l);
        d.text = r.details.in(l);
        addAttribution(d, story, r.attribution, l);
        addSources(d, story, r.sources, l);
        break;
    }
    case PickItem::Kind::Country: {
        d.title = countryName;
        d.kind = uiText(UiText::KindCountry, l);
        d.text = std::string(uiText(UiText::RoleInStory, l)) +
                 story.roleOfCountry(countryId).legend.in(l);
        break;
    }
    case PickItem::Kind::None: break;
    }
    return d;
}

} // namespace gb::view
