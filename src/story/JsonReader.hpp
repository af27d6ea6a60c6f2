#pragma once
// Typed access to a JSON value that knows its path in the document and its place in the text,
// so every error says where it is and which field was wrong (e.g. "places[3].lon") and what
// was expected. Unknown keys are errors too: a typo must not be silently ignored.

#include "story/JsonLocator.hpp"
#include "story/StoryError.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <string>

namespace gb::story {

class JsonReader {
public:
    JsonReader(const nlohmann::json& value, std::string file, std::string path, const JsonLocator* locator)
        : value_(value), file_(std::move(file)), path_(std::move(path)), locator_(locator) {}

    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] bool has(const char* key) const { return value_.is_object() && value_.contains(key); }
    [[nodiscard]] bool isString() const { return value_.is_string(); }
    [[nodiscard]] bool isObject() const { return value_.is_object(); }

    [[nodiscard]] JsonReader field(const char* key) const;         //!< required member
    [[nodiscard]] JsonReader at(std::size_t index) const;          //!< array element
    [[nodiscard]] std::size_t size() const;                         //!< array length (must be an array)
    [[nodiscard]] std::string text() const;                         //!< non-empty string
    [[nodiscard]] double number(double min, double max) const;      //!< number within [min, max]
    [[nodiscard]] int integer(int min, int max) const;
    [[nodiscard]] bool boolean() const;
    [[nodiscard]] int date() const;                                 //!< "YYYY-MM-DD" -> day number
    //! An object: throws for keys not in allowed.
    void expectKeys(std::initializer_list<const char*> allowed) const;
    //! Every member of an object, in document order.
    void forEachMember(const std::function<void(const std::string&, const JsonReader&)>& visit) const;

    [[noreturn]] void fail(const std::string& what) const;

private:
    [[nodiscard]] std::string typeName() const;
    [[nodiscard]] std::optional<TextPosition> where(const std::string& path, bool key = false) const;

    const nlohmann::json& value_;
    std::string file_;
    std::string path_;
    const JsonLocator* locator_;
};

} // namespace gb::story
