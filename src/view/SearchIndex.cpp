#include "view/SearchIndex.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace gb::view {
namespace {

//! Two-byte UTF-8 Latin letters (U+00C0..U+017F) and their plain lower-case letter.
char foldLatin(unsigned code) {
    static constexpr std::array<std::pair<unsigned, char>, 64> table{{
        {0xC0, 'a'}, {0xC1, 'a'}, {0xC2, 'a'}, {0xC3, 'a'}, {0xC4, 'a'}, {0xC5, 'a'}, {0xC7, 'c'}, {0xC8, 'e'},
        {0xC9, 'e'}, {0xCA, 'e'}, {0xCB, 'e'}, {0xCC, 'i'}, {0xCD, 'i'}, {0xCE, 'i'}, {0xCF, 'i'}, {0xD1, 'n'},
        {0xD2, 'o'}, {0xD3, 'o'}, {0xD4, 'o'}, {0xD5, 'o'}, {0xD6, 'o'}, {0xD8, 'o'}, {0xD9, 'u'}, {0xDA, 'u'},
        {0xDB, 'u'}, {0xDC, 'u'}, {0xDD, 'y'}, {0xE0, 'a'}, {0xE1, 'a'}, {0xE2, 'a'}, {0xE3, 'a'}, {0xE4, 'a'},
        {0xE5, 'a'}, {0xE7, 'c'}, {0xE8, 'e'}, {0xE9, 'e'}, {0xEA, 'e'}, {0xEB, 'e'}, {0xEC, 'i'}, {0xED, 'i'},
        {0xEE, 'i'}, {0xEF, 'i'}, {0xF1, 'n'}, {0xF2, 'o'}, {0xF3, 'o'}, {0xF4, 'o'}, {0xF5, 'o'}, {0xF6, 'o'},
        {0xF8, 'o'}, {0xF9, 'u'}, {0xFA, 'u'}, {0xFB, 'u'}, {0xFC, 'u'}, {0xFD, 'y'}, {0xFF, 'y'}, {0x160, 's'},
        {0x161, 's'}, {0x17D, 'z'}, {0x17E, 'z'}, {0x10C, 'c'}, {0x10D, 'c'}, {0x141, 'l'}, {0x142, 'l'}, {0x15A, 's'},
    }};
    for (const auto& [c, plain] : table)
        if (c == code)
            return plain;
    return 0;
}

} // namespace

std::string foldForSearch(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
            const unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            if (const char plain = foldLatin(code)) {
                out += plain;
            } else {
                out += s.substr(i, 2);
            }
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::vector<SearchResult> searchStory(const story::Story& story, std::string_view query, story::Language language) {
    const std::string q = foldForSearch(query);
    std::vector<std::pair<int, SearchResult>> ranked;
    if (q.empty())
        return {};
    const auto consider = [&](const story::LocalText& name, PickItem item) {
        int best = -1;
        for (const std::string* text : {&name.en, &name.es}) {
            const std::string folded = foldForSearch(*text);
            const auto at = folded.find(q);
            if (at != std::string::npos)
                best = std::max(best, at == 0 ? 2 : 1);
        }
        if (best >= 0)
            ranked.push_back({best, SearchResult{item, name.in(language)}});
    };
    for (std::size_t i = 0; i < story.places.size(); ++i)
        consider(story.places[i].name, {PickItem::Kind::Place, i});
    for (std::size_t i = 0; i < story.flows.size(); ++i)
        consider(story.flows[i].label, {PickItem::Kind::Flow, i});
    for (std::size_t i = 0; i < story.regions.size(); ++i)
        consider(story.regions[i].name, {PickItem::Kind::Region, i});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<SearchResult> results;
    results.reserve(ranked.size());
    for (auto& [rank, result] : ranked)
        results.push_back(std::move(result));
    return results;
}

} // namespace gb::view
