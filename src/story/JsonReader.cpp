#include "story/JsonReader.hpp"

#include <cmath>
#include <sstream>

namespace gb::story {

std::string JsonReader::typeName() const {
    return value_.type_name(); // "object", "array", "string", "number", ...
}

JsonReader JsonReader::field(const char* key) const {
    if (!value_.is_object())
        fail("expected an object, found " + typeName());
    const auto it = value_.find(key);
    const std::string childPath = path_.empty() ? key : path_ + "." + key;
    if (it == value_.end())
        throw StoryError(file_, childPath, "missing (required)");
    return JsonReader(*it, file_, childPath);
}

JsonReader JsonReader::at(std::size_t index) const {
    return JsonReader(value_.at(index), file_, path_ + "[" + std::to_string(index) + "]");
}

std::size_t JsonReader::size() const {
    if (!value_.is_array())
        fail("expected an array, found " + typeName());
    return value_.size();
}

std::string JsonReader::text() const {
    if (!value_.is_string())
        fail("expected a string, found " + typeName());
    std::string s = value_.get<std::string>();
    if (s.empty())
        fail("expected a non-empty string");
    return s;
}

namespace {
std::string shortNumber(double v) { // "180", "0.5": as a person would write it
    std::ostringstream out;
    out << v;
    return out.str();
}
} // namespace

double JsonReader::number(double min, double max) const {
    if (!value_.is_number())
        fail("expected a number, found " + typeName());
    const double v = value_.get<double>();
    if (!std::isfinite(v) || v < min || v > max)
        fail("expected a number from " + shortNumber(min) + " to " + shortNumber(max) +
             ", found " + value_.dump());
    return v;
}

int JsonReader::integer(int min, int max) const {
    if (!value_.is_number_integer())
        fail("expected a whole number, found " + value_.dump());
    return static_cast<int>(number(min, max));
}

void JsonReader::expectKeys(std::initializer_list<const char*> allowed) const {
    if (!value_.is_object())
        fail("expected an object, found " + typeName());
    for (const auto& [key, _] : value_.items()) {
        bool known = false;
        std::string list;
        for (const char* a : allowed) {
            known |= key == a;
            list += (list.empty() ? "" : ", ") + std::string(a);
        }
        if (!known)
            throw StoryError(file_, path_.empty() ? key : path_ + "." + key,
                             "unknown field (expected one of: " + list + ")");
    }
}

void JsonReader::forEachMember(const std::function<void(const std::string&, const JsonReader&)>& visit) const {
    if (!value_.is_object())
        fail("expected an object, found " + typeName());
    for (const auto& [key, child] : value_.items())
        visit(key, JsonReader(child, file_, path_.empty() ? key : path_ + "." + key));
}

} // namespace gb::story
