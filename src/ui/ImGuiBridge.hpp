#pragma once
// Our small SFML -> Dear ImGui bridge: events in (applyEvent), frames out through the library's
// own OpenGL2 renderer backend from libimgui-dev. Written for ImGui 1.86's input API.

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/Window/Event.hpp>

#include <SFML/Window/Keyboard.hpp>

#include <array>
#include <string>

struct ImGuiIO;
struct ImGuiContext;

namespace gb::ui {

//! Feeds one SFML event to ImGui (mouse, wheel, keys, text). Pure: tests drive it without a window.
void applyEvent(ImGuiIO& io, const sf::Event& event);

//! Sets ImGui's key map to SFML key codes (call once per context).
void mapKeys(ImGuiIO& io);

//! One ImGui context bound to one window, for its lifetime.
class ImGuiSession {
public:
    //! fontFile: a TrueType font for the panels (ImGui's built-in bitmap font if it cannot be read).
    ImGuiSession(sf::RenderWindow& window, const std::string& fontFile);
    ~ImGuiSession();
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;

    void processEvent(const sf::Event& event);
    void beginFrame(sf::Time elapsed);
    //! Draws the frame's UI on top of whatever the window holds.
    void endFrame();

    [[nodiscard]] bool wantsMouse() const;
    //! True when a panel (window, menu, popup) of the last frame covers this pixel. Unlike
    //! wantsMouse() it does not lag a frame behind when the pointer jumps and clicks at once.
    [[nodiscard]] bool isOverPanel(int x, int y) const;
    //! For an event: does ImGui own it? (presses and wheel by position, the rest by ImGui's flag)
    [[nodiscard]] bool owns(const sf::Event& event) const;
    [[nodiscard]] bool wantsKeyboard() const;

private:
    sf::RenderWindow& window_;
    ImGuiContext* context_ = nullptr;
    std::string clipboard_; //!< what ImGui last read from the clipboard (it keeps the pointer)
    // ImGui 1.86 samples the buttons once per frame: a press and release arriving in the same
    // frame (a quick click, or a scripted one) would be lost, so such a release waits a frame.
    std::array<bool, 3> pressedThisFrame_{};
    std::array<bool, 3> releaseNextFrame_{};
    // The same for keys (xdotool's keys, or a fast typist's Down then Enter).
    std::array<bool, sf::Keyboard::KeyCount> keyPressedThisFrame_{};
    std::array<bool, sf::Keyboard::KeyCount> keyReleaseNextFrame_{};
};

} // namespace gb::ui
