#pragma once
// Where each value of a JSON text is: line and column by field path ("flows[2].route[1]").
// nlohmann::json keeps no positions, so the (already validated) text is scanned once more.

#include <map>
#include <string>

namespace gb::story {

struct TextPosition {
    int line = 1;   //!< from 1
    int column = 1; //!< from 1, in bytes
};

class JsonLocator {
public:
    //! text must be valid JSON (parse it first).
    explicit JsonLocator(const std::string& text);
    //! The position of the value at path (for a key that is missing: ask for its parent).
    //! Unknown paths give the nearest known ancestor's position.
    [[nodiscard]] TextPosition find(const std::string& path) const;
    //! The position of an object member's key (for "unknown field" errors).
    [[nodiscard]] TextPosition findKey(const std::string& path) const;

private:
    std::map<std::string, TextPosition> values_;
    std::map<std::string, TextPosition> keys_;
};

} // namespace gb::story
