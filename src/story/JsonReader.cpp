#include "story/JsonReader.hpp"

#include "story/Date.hpp"

#include <cmath>
#include <sstream>

namespace gb::story {

std::optional<TextPosition> JsonReader::where(const std::string& path, bool key) const {
    if (!locator_)
        return std::nullopt;
    return key ? locator_->findKey(path) : locator_->find(path);
}

void JsonReader::fail(const std::string& what) const { throw StoryError(file_, where(path_), path_, what); }

bool JsonReader::boolean() const {
    if (!value_.is_boolean())
        fail("expected true or false, found " + value_.dump());
    return value_.get<bool>();
}

int JsonReader::date() const {
    const std::string t = text();
    const auto day = parseDate(t);
    if (!day)
        fail("expected a date as \"YYYY-MM-DD\", found \"" + t + "\"");
    return *day;
}

std::string JsonReader::typeName() const {
    return value_.type_name(); // "object", "array", "string", "number", ...
}

JsonReader JsonReader::field(const char* key) const {
    if (!value_.is_object())
        fail("expected an object, found " + typeName());
    const auto it = value_.find(key);
    const std::string childPath = path_.empty() ? key : path_ + "." + key;
    if (it == value_.end())
        throw StoryError(file_, where(path_), childPath, "missing (required)");
    return JsonReader(*it, file_, childPath, locator_);
}

JsonReader JsonReader::at(std::size_t index) const {
    return JsonReader(value_.at(index), file_, path_ + "[" + std::to_string(index) + "]", locator_);
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
        if (!known) {
            const std::string keyPath = path_.empty() ? key : path_ + "." + key;
            throw StoryError(file_, where(keyPath, true), keyPath, "unknown field (expected one of: " + list + ")");
        }
    }
}

void JsonReader::forEachMember(const std::function<void(const std::string&, const JsonReader&)>& visit) const {
    if (!value_.is_object())
        fail("expected an object, found " + typeName());
    for (const auto& [key, child] : value_.items())
        visit(key, JsonReader(child, file_, path_.empty() ? key : path_ + "." + key, locator_));
}

} // namespace gb::story
