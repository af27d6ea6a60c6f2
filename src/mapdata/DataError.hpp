#pragma once
// The error every loader throws for bad input: it names the file and says what was expected.

#include <stdexcept>
#include <string>

namespace gb::mapdata {

class DataError : public std::runtime_error {
public:
    DataError(std::string file, const std::string& what)
        : std::runtime_error(file + ": " + what), file_(std::move(file)) {}
    [[nodiscard]] const std::string& file() const { return file_; }

private:
    std::string file_;
};

} // namespace gb::mapdata
