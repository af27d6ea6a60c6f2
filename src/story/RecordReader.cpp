#include "story/RecordReader.hpp"

#include "story/ReadHelpers.hpp"
#include "story/RecordText.hpp"

namespace gb::story {
namespace {

Confidence readLevel(const JsonReader& r, const Story& story) {
    const std::string word = r.text();
    const auto level = confidenceFromWord(word);
    if (!level)
        r.fail("unknown confidence level \"" + word + "\" (expected confirmed, assessed, reported or claimed)");
    if (!story.words(*level))
        r.fail("confidence level \"" + word + "\" is not defined in confidenceLevels");
    return *level;
}

Attribution readAttributionObject(const JsonReader& r, const Story& story) {
    r.expectKeys({"level", "by", "date"});
    Attribution a;
    a.level = readLevel(r.field("level"), story);
    a.by = optionalText(r, "by");
    if (r.has("date"))
        a.date = r.field("date").date();
    return a;
}

} // namespace

std::array<std::optional<ConfidenceWords>, confidenceCount> readConfidenceWords(const JsonReader& r) {
    std::array<std::optional<ConfidenceWords>, confidenceCount> out;
    r.forEachMember([&](const std::string& word, const JsonReader& entry) {
        const auto level = confidenceFromWord(word);
        if (!level)
            entry.fail("unknown confidence level \"" + word + "\" (expected confirmed, assessed, reported or claimed)");
        entry.expectKeys({"name", "meaning", "phrase"});
        out[static_cast<std::size_t>(*level)] =
            ConfidenceWords{readText(entry.field("name")), readText(entry.field("meaning")), readText(entry.field("phrase"))};
    });
    return out;
}

std::optional<Attribution> readAttribution(const JsonReader& parent, const Story& story, std::size_t sourceCount) {
    if (!parent.has("confidence"))
        return std::nullopt;
    const JsonReader r = parent.field("confidence");
    Attribution a = readAttributionObject(r, story);
    if (a.level == Confidence::Confirmed && sourceCount == 0)
        r.field("level").fail("a confirmed item must cite at least one source (add \"sources\")");
    return a;
}

Figure readFigure(const JsonReader& r, const Story& story, const std::set<std::string>& sources) {
    r.expectKeys({"label", "value", "qualifier", "by", "date", "level", "source"});
    Figure f;
    f.label = readText(r.field("label"));
    f.value = static_cast<long long>(r.field("value").number(-1e15, 1e15));
    if (static_cast<double>(f.value) != r.field("value").number(-1e15, 1e15))
        r.field("value").fail("expected a whole number (write qualifiers such as \"about\" in \"qualifier\")");
    if (r.has("qualifier")) {
        const std::string word = r.field("qualifier").text();
        const auto q = qualifierFromWord(word);
        if (!q)
            r.field("qualifier").fail("unknown qualifier \"" + word + "\" (expected exactly, about, over, upTo or nearly)");
        f.qualifier = *q;
    }
    f.attribution.by = readText(r.field("by"));
    f.attribution.date = r.field("date").date();
    f.attribution.level = r.has("level") ? readLevel(r.field("level"), story) : Confidence::Reported;
    f.source = r.field("source").text();
    if (!sources.count(f.source))
        r.field("source").fail("unknown source \"" + f.source + "\"");
    return f;
}

} // namespace gb::story
