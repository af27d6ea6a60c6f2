#include "story/RecordText.hpp"

#include "story/Date.hpp"

#include <array>
#include <cstdlib>

namespace gb::story {
namespace {

constexpr std::array<const char*, confidenceCount> confidenceWords{"confirmed", "assessed", "reported", "claimed"};
constexpr std::array<const char*, 5> qualifierWords{"exactly", "about", "over", "upTo", "nearly"};

struct QualifierPhrase {
    const char* en;
    const char* es;
};
// Spanish "alrededor de" rather than "unos/unas": it agrees with any noun the label ends in.
constexpr std::array<QualifierPhrase, 5> qualifierPhrases{{{"", ""},
                                                           {"about ", "alrededor de "},
                                                           {"over ", "más de "},
                                                           {"up to ", "hasta "},
                                                           {"nearly ", "casi "}}};

//! The index of `word` in `words`, as the enum E.
template <typename E, std::size_t N>
std::optional<E> fromWord(const std::array<const char*, N>& words, std::string_view word) {
    for (std::size_t i = 0; i < N; ++i)
        if (word == words[i])
            return static_cast<E>(i);
    return std::nullopt;
}

} // namespace

const char* confidenceWord(Confidence level) { return confidenceWords.at(static_cast<std::size_t>(level)); }

std::optional<Confidence> confidenceFromWord(std::string_view word) {
    return fromWord<Confidence>(confidenceWords, word);
}

const char* qualifierWord(Qualifier q) { return qualifierWords.at(static_cast<std::size_t>(q)); }

std::optional<Qualifier> qualifierFromWord(std::string_view word) { return fromWord<Qualifier>(qualifierWords, word); }

std::string formatCount(long long value, Language language) {
    const char separator = language == Language::Spanish ? '.' : ',';
    const std::string digits = std::to_string(std::llabs(value));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

std::string figureValue(const Figure& figure, Language language) {
    const QualifierPhrase& q = qualifierPhrases.at(static_cast<std::size_t>(figure.qualifier));
    return std::string(language == Language::Spanish ? q.es : q.en) + formatCount(figure.value, language);
}

std::string whoAndWhen(const Attribution& attribution, Language language) {
    std::string out = attribution.by.in(language);
    if (attribution.date)
        out += (out.empty() ? "" : ", ") + displayDate(*attribution.date, language);
    return out;
}

std::string attributionLine(const Story& story, const Attribution& attribution, Language language) {
    const ConfidenceWords* words = story.words(attribution.level);
    const std::string date = attribution.date ? " (" + displayDate(*attribution.date, language) + ")" : "";
    if (!words)
        return confidenceWord(attribution.level) + date;
    const std::string& by = attribution.by.in(language);
    if (by.empty())
        return words->name.in(language) + date;
    return words->phrase.in(language) + " " + by + date;
}

} // namespace gb::story
