#include "story/ReadHelpers.hpp"

#include "story/Date.hpp"

namespace gb::story {

LocalText readText(const JsonReader& r) {
    r.expectKeys({"en", "es"});
    return LocalText{r.field("en").text(), r.field("es").text()};
}

LocalText optionalText(const JsonReader& parent, const char* key) {
    return parent.has(key) ? readText(parent.field(key)) : LocalText{};
}

Colour readColour(const JsonReader& r) {
    const std::string text = r.text();
    const auto colour = parseColour(text);
    if (!colour)
        r.fail("expected a colour as \"#rrggbb\" or \"#rrggbbaa\", found \"" + text + "\"");
    return *colour;
}

std::string readId(const JsonReader& r, std::set<std::string>& seen) {
    std::string id = r.text();
    if (!seen.insert(id).second)
        r.fail("duplicate id \"" + id + "\"");
    return id;
}

DateRange readRange(const JsonReader& r) {
    r.expectKeys({"from", "to"});
    DateRange range{r.field("from").date(), r.field("to").date()};
    if (range.to < range.from)
        r.field("to").fail("ends before it starts (" + isoDate(range.from) + ")");
    return range;
}

std::vector<std::string> readIdList(const JsonReader& parent, const char* key) {
    std::vector<std::string> ids;
    if (!parent.has(key))
        return ids;
    const JsonReader list = parent.field(key);
    for (std::size_t i = 0; i < list.size(); ++i)
        ids.push_back(list.at(i).text());
    return ids;
}

void checkRefs(const JsonReader& parent, const char* key, const std::set<std::string>& known, const char* what) {
    if (!parent.has(key))
        return;
    const JsonReader list = parent.field(key);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string id = list.at(i).text();
        if (!known.count(id))
            list.at(i).fail(std::string("unknown ") + what + " \"" + id + "\"");
    }
}

} // namespace gb::story
