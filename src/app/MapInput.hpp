#pragma once
// Turns SFML mouse and key events on the map (those ImGui did not take) into navigator calls.

#include "view/MapNavigator.hpp"

#include <SFML/System/Vector2.hpp>
#include <SFML/Window/Event.hpp>

namespace gb::app {

class MapInput {
public:
    //! Returns true if the event changed the view. imguiHasMouse/Keyboard: ImGui uses them now.
    bool handle(const sf::Event& event, view::MapNavigator& navigator, double now, bool imguiHasMouse,
                bool imguiHasKeyboard);
    [[nodiscard]] bool dragging() const { return dragging_; }

    static constexpr double doubleClickSeconds = 0.4;
    static constexpr int doubleClickPixels = 4;

private:
    bool dragging_ = false;
    sf::Vector2i last_;
    double lastClickTime_ = -1.0;
    sf::Vector2i lastClickAt_;
};

} // namespace gb::app
