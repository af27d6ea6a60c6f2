#include "app/MapInput.hpp"

#include <cstdlib>

namespace gb::app {

bool MapInput::handle(const sf::Event& event, view::MapNavigator& nav, double now, bool imguiHasMouse,
                      bool imguiHasKeyboard) {
    switch (event.type) {
    case sf::Event::MouseButtonPressed: {
        if (imguiHasMouse || event.mouseButton.button != sf::Mouse::Left)
            return false;
        const sf::Vector2i at(event.mouseButton.x, event.mouseButton.y);
        if (now - lastClickTime_ < doubleClickSeconds && std::abs(at.x - lastClickAt_.x) <= doubleClickPixels &&
            std::abs(at.y - lastClickAt_.y) <= doubleClickPixels) {
            nav.zoomBy(2.0, {double(at.x), double(at.y)}, now);
            lastClickTime_ = -1.0;
            return true;
        }
        lastClickTime_ = now;
        lastClickAt_ = at;
        dragging_ = true;
        last_ = at;
        return false;
    }
    case sf::Event::MouseButtonReleased:
        if (event.mouseButton.button == sf::Mouse::Left)
            dragging_ = false;
        return false;
    case sf::Event::MouseMoved: {
        if (!dragging_)
            return false;
        const sf::Vector2i at(event.mouseMove.x, event.mouseMove.y);
        const sf::Vector2i d = at - last_;
        last_ = at;
        if (d.x == 0 && d.y == 0)
            return false;
        nav.drag(d.x, d.y, now);
        return true;
    }
    case sf::Event::MouseWheelScrolled:
        if (imguiHasMouse || event.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel)
            return false;
        nav.wheel(event.mouseWheelScroll.delta, {double(event.mouseWheelScroll.x), double(event.mouseWheelScroll.y)},
                  now);
        return true;
    case sf::Event::KeyPressed: {
        if (imguiHasKeyboard || event.key.control || event.key.alt)
            return false;
        const auto c = nav.cameraAt(now);
        const view::ScreenPoint middle{c.width() / 2, c.height() / 2};
        switch (event.key.code) {
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal: nav.zoomBy(2.0, middle, now); return true;
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen: nav.zoomBy(0.5, middle, now); return true;
        case sf::Keyboard::Left: nav.panByScreens(-0.25, 0, now); return true;
        case sf::Keyboard::Right: nav.panByScreens(0.25, 0, now); return true;
        case sf::Keyboard::Up: nav.panByScreens(0, 0.25, now); return true;
        case sf::Keyboard::Down: nav.panByScreens(0, -0.25, now); return true;
        case sf::Keyboard::Home: nav.goHome(now); return true;
        default: return false;
        }
    }
    case sf::Event::LostFocus: dragging_ = false; return false;
    default: return false;
    }
}

} // namespace gb::app
