#include "view/NamedPlaces.hpp"

#include <algorithm>

namespace gb::view {
namespace {

bool isLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

//! Whether `word` occurs in `text` as a whole word (not inside a longer one).
bool containsWord(const std::string& text, const std::string& word) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool startsWord = at == 0 || !isLetter(static_cast<unsigned char>(text[at - 1]));
        const std::size_t end = at + word.size();
        const bool endsWord = end == text.size() || !isLetter(static_cast<unsigned char>(text[end]));
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

//! A word that is a proper name: capitalised, five letters or more ("Sergeevka", not "NATO").
bool isProperWord(const std::string& word) {
    return word.size() >= 5 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'a' && word[1] <= 'z';
}

//! The proper name inside a name of several words: the first word when the others are common
//! ("Sergeevka training ground", "Musudan coast"), else a later proper word ("Polígono de
//! Serguéyevka", "Costa de Musudan"). Empty for one word or none proper.
std::string properPart(const std::string& name) {
    std::vector<std::string> words;
    for (std::size_t at = 0; at <= name.size();) {
        const std::size_t space = std::min(name.find(' ', at), name.size());
        words.push_back(name.substr(at, space - at));
        at = space + 1;
    }
    if (words.size() < 2)
        return {};
    for (std::size_t i = 1; i < words.size(); ++i)
        if (isProperWord(words[i]))
            return words[i];
    return isProperWord(words[0]) ? words[0] : std::string();
}

} // namespace

std::vector<std::string> placesNamedBy(const story::Story& story, const story::Step* step, story::Language language) {
    std::vector<std::string> out;
    if (!step)
        return out;
    const std::string text = step->title.in(language) + "\n" + step->caption.in(language);
    for (const story::Place& p : story.places) {
        const std::string& name = p.name.in(language);
        const std::string part = properPart(name);
        if (containsWord(text, name) || (!part.empty() && containsWord(text, part)))
            out.push_back(p.id);
    }
    return out;
}

} // namespace gb::view
