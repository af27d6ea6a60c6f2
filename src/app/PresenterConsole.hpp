#pragma once
// The presenter console: a second window for the speaker (beside the map on one screen, or on
// the laptop while the map fills the projector) with the current step, a preview of the next,
// the step's speaker notes, and the time elapsed in all and on this step. It takes the same
// keys as the map window; MapWindow routes them.

#include "render/Fonts.hpp"
#include "story/Story.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>
#include <vector>

namespace gb::app {

//! What the console shows this frame.
struct ConsoleView {
    const story::Story& story;
    std::optional<std::size_t> step; //!< 0-based; none: the whole story
    story::Language language = story::Language::English;
    double elapsedSeconds = 0;       //!< since the console opened
    double stepSeconds = 0;          //!< since the current step began
    bool previewReady = false;       //!< preview() holds the next step's picture
};

class PresenterConsole {
public:
    static constexpr unsigned width = 960, height = 600;
    static constexpr unsigned previewWidth = 448, previewHeight = 252;

    explicit PresenterConsole(const render::Fonts& fonts);

    //! Events since the last call: key presses to route; closing the window closes the console.
    [[nodiscard]] std::vector<sf::Event::KeyEvent> pollKeys();
    [[nodiscard]] bool isOpen() const { return window_.isOpen(); }
    //! Where the next step's picture is drawn (by the map's frame path) for the console to show.
    [[nodiscard]] sf::RenderTexture& preview() { return preview_; }
    void draw(const ConsoleView& view);

private:
    const render::Fonts& fonts_;
    sf::RenderWindow window_;
    sf::RenderTexture preview_;
};

//! "12:05": minutes and seconds (hours add up as minutes).
[[nodiscard]] std::string clockText(double seconds);

} // namespace gb::app
