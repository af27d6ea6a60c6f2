#include "story/StoryLimits.hpp"

#include "story/StoryError.hpp"

#include <sys/stat.h>

#include <fstream>

namespace gb::story {
TextPosition positionOfOffset(const std::string& text, std::size_t offset) {
    TextPosition at{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else {
            ++at.column;
        }
    }
    return at;
}

std::string readStoryFile(const std::filesystem::path& file) {
    const std::string name = file.string();
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0)
        throw StoryError(name, std::nullopt, "", "cannot open the story file (expected a readable JSON file)");
    if (S_ISDIR(info.st_mode))
        throw StoryError(name, std::nullopt, "", "is a folder (expected a story file, JSON)");
    if (!S_ISREG(info.st_mode)) // a FIFO or a device would block or never end
        throw StoryError(name, std::nullopt, "", "is not a regular file (expected a story file, JSON)");
    if (static_cast<std::size_t>(info.st_size) > maxStoryBytes)
        throw StoryError(name, std::nullopt, "",
                         "is " + std::to_string(info.st_size >> 20) + " MB (a story file is at most 32 MB)");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw StoryError(name, std::nullopt, "", "cannot open the story file (expected a readable JSON file)");
    // Read in pieces up to the limit, should the file grow meanwhile: a buffer of the limit's
    // size would be 32 MB of fresh pages for a 60 KB story (~0.1 s of page faults on a VM).
    std::string text;
    text.reserve(static_cast<std::size_t>(info.st_size) + 1);
    char piece[65536];
    while (text.size() <= maxStoryBytes && in.read(piece, sizeof piece).gcount() > 0)
        text.append(piece, static_cast<std::size_t>(in.gcount()));
    if (text.size() > maxStoryBytes)
        throw StoryError(name, std::nullopt, "", "is larger than 32 MB (a story file is at most 32 MB)");
    return text;
}

void checkStoryShape(const std::string& text, const std::string& name) {
    int depth = 0;
    bool inString = false, escaped = false;
    std::size_t stringStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            else if (i - stringStart > maxStringBytes)
                throw StoryError(name, positionOfOffset(text, stringStart), "",
                                 "a string longer than 64 KB (a title or caption is a few hundred characters)");
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '[' || c == '{') {
            if (++depth > maxNesting)
                throw StoryError(name, positionOfOffset(text, i), "",
                                 "arrays and objects nested more than 64 deep (a story needs 6)");
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

} // namespace gb::story
