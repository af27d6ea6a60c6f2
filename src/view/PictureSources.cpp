#include "view/PictureSources.hpp"

#include "story/Date.hpp"
#include "view/FlowGeometry.hpp"

#include <algorithm>

namespace gb::view {
namespace {

class SourceList {
public:
    explicit SourceList(const story::Story& story) : story_(story) {}
    void add(const std::vector<std::string>& ids) {
        for (const std::string& id : ids)
            add(id);
    }
    void add(const std::string& id) {
        const story::Source* s = story_.findSource(id);
        if (s && std::find(out_.begin(), out_.end(), s) == out_.end())
            out_.push_back(s);
    }
    void addPlace(const story::Place& p) {
        add(p.sources);
        for (const story::Figure& f : p.figures)
            add(f.source);
    }
    [[nodiscard]] std::vector<const story::Source*> take() { return std::move(out_); }

private:
    const story::Story& story_;
    std::vector<const story::Source*> out_;
};

} // namespace

std::vector<const story::Source*> pictureSources(const story::Story& story, const story::Step* step, double storyDay) {
    SourceList list(story);
    if (step && !step->sources.empty()) {
        list.add(step->sources);
        return list.take();
    }
    if (step && !step->highlight.empty()) {
        for (const std::string& id : step->highlight) {
            for (const story::Place& p : story.places)
                if (p.id == id)
                    list.addPlace(p);
            for (const story::Flow& f : story.flows)
                if (f.id == id)
                    list.add(f.sources);
            for (const story::Region& r : story.regions)
                if (r.id == id)
                    list.add(r.sources);
        }
        return list.take();
    }
    for (const story::Flow& f : story.flows)
        if (flowStarted(f, storyDay))
            list.add(f.sources);
    for (const story::Region& r : story.regions)
        list.add(r.sources);
    for (const story::Place& p : story.places)
        if (p.dates && storyDay >= p.dates->from)
            list.addPlace(p);
    return list.take();
}

std::string sourceLine(const std::vector<const story::Source*>& sources, int asOfDay, story::Language language) {
    if (sources.empty())
        return {};
    const bool es = language == story::Language::Spanish;
    std::string line = std::string(es ? "Fuentes (datos a " : "Sources (as of ") + story::displayDate(asOfDay, language) + "):";
    for (std::size_t i = 0; i < sources.size(); ++i)
        line += (i ? "; [" : " [") + std::to_string(i + 1) + "] " + sources[i]->outlet + ", " +
                story::displayDate(sources[i]->date, language);
    return line;
}

} // namespace gb::view
