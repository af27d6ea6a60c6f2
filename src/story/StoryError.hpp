#pragma once
// The error the story loader throws: file, line and column, the JSON path of the field, and what
// was expected: "story.json:12:18: flows[2].route[1]: unknown place "vladivostock"".

#include "story/JsonLocator.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace gb::story {

class StoryError : public std::runtime_error {
public:
    StoryError(std::string file, std::optional<TextPosition> at, std::string field, const std::string& what)
        : std::runtime_error(format(file, at, field, what)), file_(std::move(file)), at_(at), field_(std::move(field)) {}
    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] const std::optional<TextPosition>& position() const { return at_; }
    [[nodiscard]] const std::string& field() const { return field_; } //!< e.g. "places[2].lon"

private:
    static std::string format(const std::string& file, const std::optional<TextPosition>& at, const std::string& field,
                              const std::string& what) {
        std::string message = file;
        if (at)
            message.append(":").append(std::to_string(at->line)).append(":").append(std::to_string(at->column));
        message.append(": ");
        if (!field.empty())
            message.append(field).append(": ");
        return message.append(what);
    }

    std::string file_;
    std::optional<TextPosition> at_;
    std::string field_;
};

} // namespace gb::story
