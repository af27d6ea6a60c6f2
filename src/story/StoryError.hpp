#pragma once
// The error the story loader throws: file, the JSON path of the field, and what was expected.

#include <stdexcept>
#include <string>

namespace gb::story {

class StoryError : public std::runtime_error {
public:
    StoryError(std::string file, std::string field, const std::string& what)
        : std::runtime_error(file + (field.empty() ? "" : ": " + field) + ": " + what),
          file_(std::move(file)), field_(std::move(field)) {}
    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] const std::string& field() const { return field_; } //!< e.g. "places[2].lon"

private:
    std::string file_;
    std::string field_;
};

} // namespace gb::story
