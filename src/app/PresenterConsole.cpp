#include "app/PresenterConsole.hpp"

#include "view/UiText.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Text.hpp>

#include <cmath>
#include <cstdio>

namespace gb::app {
namespace {

const sf::Color background(30, 32, 36), ink(235, 235, 235), dim(160, 165, 172), accent(255, 196, 64);

//! Words wrapped to lines no wider than `width` pixels.
std::vector<std::string> wrapText(const std::string& text, const sf::Font& font, unsigned size, float width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(at, end - at);
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && sf::Text(sf::String::fromUtf8(candidate.begin(), candidate.end()), font, size).getLocalBounds().width > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
        at = end + 1;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

} // namespace

std::string clockText(double seconds) {
    const long total = std::lround(std::max(0.0, seconds));
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

PresenterConsole::PresenterConsole(const render::Fonts& fonts) : fonts_(fonts) {
    window_.create(sf::VideoMode(width, height), "geobrief console", sf::Style::Default);
    window_.setFramerateLimit(0); // drawn with the map's frames, which are limited already
    (void)preview_.create(previewWidth, previewHeight);
}

std::vector<sf::Event::KeyEvent> PresenterConsole::pollKeys() {
    std::vector<sf::Event::KeyEvent> keys;
    sf::Event event;
    while (window_.pollEvent(event)) {
        if (event.type == sf::Event::Closed)
            window_.close();
        else if (event.type == sf::Event::KeyPressed)
            keys.push_back(event.key);
        else if (event.type == sf::Event::Resized)
            window_.setView(sf::View(sf::FloatRect(0, 0, float(event.size.width), float(event.size.height))));
    }
    return keys;
}

void PresenterConsole::draw(const ConsoleView& v) {
    if (!window_.isOpen())
        return;
    (void)window_.setActive(true);
    window_.clear(background);
    const auto text = [&](const std::string& s, const sf::Font& font, unsigned size, sf::Color colour, float x, float y) {
        sf::Text t(sf::String::fromUtf8(s.begin(), s.end()), font, size);
        t.setFillColor(colour);
        t.setPosition(std::round(x), std::round(y));
        window_.draw(t);
    };
    const story::Language l = v.language;
    const std::size_t count = v.story.steps.size();
    const float margin = 24, right = margin + previewWidth + 32;
    // Left column: where we are, then the notes, in type a speaker reads at arm's length.
    const std::string where = v.step ? std::to_string(*v.step + 1) + " / " + std::to_string(count)
                                     : view::uiText(view::UiText::WholeStory, l);
    text(where, fonts_.bold(), 30, accent, margin, margin);
    float y = margin + 44;
    const std::string title = v.step ? v.story.steps[*v.step].title.in(l) : v.story.title.in(l);
    for (const std::string& line : wrapText(title, fonts_.bold(), 24, previewWidth)) {
        text(line, fonts_.bold(), 24, ink, margin, y);
        y += 32;
    }
    y += 16;
    text(view::uiText(view::UiText::Notes, l), fonts_.regular(), 18, dim, margin, y);
    y += 28;
    const std::string notes = v.step ? v.story.steps[*v.step].notes.in(l) : std::string();
    const std::string shown = notes.empty() ? view::uiText(view::UiText::NoNotes, l) : notes;
    for (const std::string& line : wrapText(shown, fonts_.regular(), 22, previewWidth)) {
        text(line, fonts_.regular(), 22, notes.empty() ? dim : ink, margin, y);
        y += 30;
    }
    // Right column: the timers, then what comes next.
    text(clockText(v.elapsedSeconds), fonts_.bold(), 44, ink, right, margin - 6);
    text(view::uiText(view::UiText::Elapsed, l), fonts_.regular(), 16, dim, right, margin + 48);
    text(clockText(v.stepSeconds), fonts_.bold(), 44, accent, right + 200, margin - 6);
    text(view::uiText(view::UiText::ThisStep, l), fonts_.regular(), 16, dim, right + 200, margin + 48);
    const std::size_t next = v.step ? *v.step + 1 : 0;
    float ny = margin + 96;
    if (next < count) {
        text(std::string(view::uiText(view::UiText::NextColon, l)) + std::to_string(next + 1) + " / " + std::to_string(count), fonts_.regular(), 18,
             dim, right, ny);
        ny += 28;
        if (v.previewReady) {
            preview_.display();
            sf::Sprite sprite(preview_.getTexture());
            sprite.setPosition(right, ny);
            sprite.setScale(std::min(1.f, (float(window_.getSize().x) - right - margin) / float(previewWidth)), 1.f);
            sprite.setScale(sprite.getScale().x, sprite.getScale().x);
            window_.draw(sprite);
            ny += previewHeight * sprite.getScale().y + 8;
        }
        for (const std::string& line : wrapText(v.story.steps[next].title.in(l), fonts_.bold(), 20, previewWidth)) {
            text(line, fonts_.bold(), 20, ink, right, ny);
            ny += 26;
        }
    } else {
        text(view::uiText(view::UiText::LastStep, l), fonts_.regular(), 18, dim, right, ny);
    }
    window_.display();
}

} // namespace gb::app
