#include "story/JsonLocator.hpp"

#include <cctype>

namespace gb::story {
namespace {

class Scanner {
public:
    Scanner(const std::string& text, std::map<std::string, TextPosition>& values,
            std::map<std::string, TextPosition>& keys)
        : text_(text), values_(values), keys_(keys) {}

    void run() {
        skipSpace();
        value("");
    }

private:
    void value(const std::string& path) {
        skipSpace();
        values_[path] = position();
        if (at_ >= text_.size())
            return;
        const char c = text_[at_];
        if (c == '{') {
            advance();
            skipSpace();
            if (peek() == '}') {
                advance();
                return;
            }
            while (at_ < text_.size()) {
                skipSpace();
                const TextPosition keyAt = position();
                const std::string key = string();
                const std::string child = path.empty() ? key : path + "." + key;
                keys_[child] = keyAt;
                skipSpace();
                advance(); // ':'
                value(child);
                skipSpace();
                if (peek() == ',') {
                    advance();
                    continue;
                }
                advance(); // '}'
                return;
            }
        } else if (c == '[') {
            advance();
            skipSpace();
            if (peek() == ']') {
                advance();
                return;
            }
            for (std::size_t index = 0; at_ < text_.size(); ++index) {
                value(path + "[" + std::to_string(index) + "]");
                skipSpace();
                if (peek() == ',') {
                    advance();
                    continue;
                }
                advance(); // ']'
                return;
            }
        } else if (c == '"') {
            (void)string();
        } else {
            while (at_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[at_])) && text_[at_] != ',' &&
                   text_[at_] != '}' && text_[at_] != ']')
                advance();
        }
    }

    std::string string() {
        std::string out;
        advance(); // opening quote
        while (at_ < text_.size() && text_[at_] != '"') {
            if (text_[at_] == '\\') {
                advance();
                if (at_ < text_.size() && text_[at_] == 'u') { // keys with escapes are rare: keep it simple
                    out += "\\u";
                    advance();
                    continue;
                }
            }
            out += text_[at_];
            advance();
        }
        advance(); // closing quote
        return out;
    }

    void skipSpace() {
        while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_])))
            advance();
    }
    [[nodiscard]] char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
    void advance() {
        if (at_ >= text_.size())
            return;
        if (text_[at_] == '\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
        ++at_;
    }
    [[nodiscard]] TextPosition position() const { return {line_, column_}; }

    const std::string& text_;
    std::map<std::string, TextPosition>& values_;
    std::map<std::string, TextPosition>& keys_;
    std::size_t at_ = 0;
    int line_ = 1;
    int column_ = 1;
};

std::string parentOf(const std::string& path) {
    const auto cut = path.find_last_of(".[");
    return cut == std::string::npos ? std::string() : path.substr(0, cut);
}

} // namespace

JsonLocator::JsonLocator(const std::string& text) { Scanner(text, values_, keys_).run(); }

TextPosition JsonLocator::find(const std::string& path) const {
    for (std::string p = path;; p = parentOf(p)) {
        if (const auto it = values_.find(p); it != values_.end())
            return it->second;
        if (p.empty())
            return {};
    }
}

TextPosition JsonLocator::findKey(const std::string& path) const {
    if (const auto it = keys_.find(path); it != keys_.end())
        return it->second;
    return find(path);
}

} // namespace gb::story
