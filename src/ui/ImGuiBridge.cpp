#include "ui/ImGuiBridge.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_impl_opengl2.h>

#include <SFML/Window/Clipboard.hpp>

#include <cstring>
#include <stdexcept>

namespace gb::ui {

void mapKeys(ImGuiIO& io) {
    using K = sf::Keyboard;
    io.KeyMap[ImGuiKey_Tab] = K::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = K::Left;
    io.KeyMap[ImGuiKey_RightArrow] = K::Right;
    io.KeyMap[ImGuiKey_UpArrow] = K::Up;
    io.KeyMap[ImGuiKey_DownArrow] = K::Down;
    io.KeyMap[ImGuiKey_PageUp] = K::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = K::PageDown;
    io.KeyMap[ImGuiKey_Home] = K::Home;
    io.KeyMap[ImGuiKey_End] = K::End;
    io.KeyMap[ImGuiKey_Insert] = K::Insert;
    io.KeyMap[ImGuiKey_Delete] = K::Delete;
    io.KeyMap[ImGuiKey_Backspace] = K::BackSpace;
    io.KeyMap[ImGuiKey_Space] = K::Space;
    io.KeyMap[ImGuiKey_Enter] = K::Enter;
    io.KeyMap[ImGuiKey_Escape] = K::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = K::Enter;
    io.KeyMap[ImGuiKey_A] = K::A;
    io.KeyMap[ImGuiKey_C] = K::C;
    io.KeyMap[ImGuiKey_V] = K::V;
    io.KeyMap[ImGuiKey_X] = K::X;
    io.KeyMap[ImGuiKey_Y] = K::Y;
    io.KeyMap[ImGuiKey_Z] = K::Z;
}

void applyEvent(ImGuiIO& io, const sf::Event& event) {
    switch (event.type) {
    case sf::Event::MouseMoved:
        io.MousePos = ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
        break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased: {
        const int button = event.mouseButton.button;
        if (button >= 0 && button < 3)
            io.MouseDown[button] = event.type == sf::Event::MouseButtonPressed;
        io.MousePos = ImVec2(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        break;
    }
    case sf::Event::MouseWheelScrolled:
        if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
            io.MouseWheel += event.mouseWheelScroll.delta;
        else
            io.MouseWheelH += event.mouseWheelScroll.delta;
        break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
        const bool down = event.type == sf::Event::KeyPressed;
        if (event.key.code >= 0 && event.key.code < static_cast<int>(IM_ARRAYSIZE(io.KeysDown)))
            io.KeysDown[event.key.code] = down;
        io.KeyCtrl = event.key.control;
        io.KeyShift = event.key.shift;
        io.KeyAlt = event.key.alt;
        io.KeySuper = event.key.system;
        break;
    }
    case sf::Event::TextEntered:
        // Control characters arrive as keys; ImGui wants only printable text here.
        if (event.text.unicode >= 32 && event.text.unicode != 127)
            io.AddInputCharacter(event.text.unicode);
        break;
    case sf::Event::LostFocus:
        for (bool& k : io.KeysDown)
            k = false;
        io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
        break;
    case sf::Event::MouseLeft: io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX); break;
    default: break;
    }
}

ImGuiSession::ImGuiSession(sf::RenderWindow& window, const std::string& fontFile) : window_(window) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // no imgui.ini dropped into the user's working folder
    // The system clipboard through SFML (ImGui alone only knows its own).
    io.SetClipboardTextFn = [](void*, const char* text) { sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::strlen(text))); };
    io.GetClipboardTextFn = [](void* user) -> const char* {
        auto* buffer = static_cast<std::string*>(user);
        const auto utf8 = sf::Clipboard::getString().toUtf8();
        buffer->assign(utf8.begin(), utf8.end());
        return buffer->c_str();
    };
    io.ClipboardUserData = &clipboard_;
    io.BackendPlatformName = "geobrief-sfml";
    mapKeys(io);
    // Latin glyphs (Spanish accents included) at a size that reads well on a projector.
    if (!io.Fonts->AddFontFromFileTTF(fontFile.c_str(), 16.0f, nullptr, io.Fonts->GetGlyphRangesDefault()))
        io.Fonts->AddFontDefault();
    ImGui::StyleColorsLight();
    ImGui::GetStyle().WindowRounding = 4.0f;
    if (!window_.setActive(true) || !ImGui_ImplOpenGL2_Init()) {
        ImGui::DestroyContext(context_);
        throw std::runtime_error("cannot initialise Dear ImGui's OpenGL2 renderer");
    }
}

ImGuiSession::~ImGuiSession() {
    (void)window_.setActive(true);
    ImGui_ImplOpenGL2_Shutdown();
    ImGui::DestroyContext(context_);
}

void ImGuiSession::processEvent(const sf::Event& event) {
    if ((event.type == sf::Event::KeyPressed || event.type == sf::Event::KeyReleased) && event.key.code >= 0 &&
        event.key.code < sf::Keyboard::KeyCount) {
        const auto k = static_cast<std::size_t>(event.key.code);
        if (event.type == sf::Event::KeyPressed) {
            keyPressedThisFrame_[k] = true;
        } else if (keyPressedThisFrame_[k]) {
            keyReleaseNextFrame_[k] = true; // ImGui must see the key down for one frame
            ImGuiIO& io = ImGui::GetIO();   // the modifiers are as the release says, at once
            io.KeyCtrl = event.key.control;
            io.KeyShift = event.key.shift;
            io.KeyAlt = event.key.alt;
            io.KeySuper = event.key.system;
            return;
        }
    }
    if (event.type == sf::Event::MouseButtonPressed || event.type == sf::Event::MouseButtonReleased) {
        const int b = event.mouseButton.button;
        if (b >= 0 && b < 3) {
            if (event.type == sf::Event::MouseButtonPressed) {
                pressedThisFrame_[b] = true;
            } else if (pressedThisFrame_[b]) {
                releaseNextFrame_[b] = true; // ImGui must see the button down for one frame
                ImGui::GetIO().MousePos = ImVec2(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
                return;
            }
        }
    }
    applyEvent(ImGui::GetIO(), event);
}

void ImGuiSession::beginFrame(sf::Time elapsed) {
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size = window_.getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    io.DeltaTime = std::max(elapsed.asSeconds(), 1e-4f);
    ImGui_ImplOpenGL2_NewFrame();
    ImGui::NewFrame();
    for (int b = 0; b < 3; ++b) {
        if (releaseNextFrame_[b])
            io.MouseDown[b] = false; // seen down in this frame; up from the next one
        releaseNextFrame_[b] = false;
        pressedThisFrame_[b] = false;
    }
    for (std::size_t k = 0; k < keyReleaseNextFrame_.size(); ++k) {
        if (keyReleaseNextFrame_[k] && k < IM_ARRAYSIZE(io.KeysDown))
            io.KeysDown[k] = false;
        keyReleaseNextFrame_[k] = false;
        keyPressedThisFrame_[k] = false;
    }
}

void ImGuiSession::endFrame() {
    ImGui::Render();
    // SFML caches GL state: save it around ImGui's own drawing and tell SFML afterwards.
    window_.pushGLStates();
    ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
    window_.popGLStates();
}

bool ImGuiSession::wantsMouse() const { return ImGui::GetIO().WantCaptureMouse; }

bool ImGuiSession::isOverPanel(int x, int y) const {
    const ImGuiContext& g = *GImGui;
    const ImVec2 p(static_cast<float>(x), static_cast<float>(y));
    for (const ImGuiWindow* w : g.Windows)
        if ((w->Active || w->WasActive) && !w->Hidden && !(w->Flags & ImGuiWindowFlags_NoMouseInputs) && w->Rect().Contains(p))
            return true;
    return false;
}

bool ImGuiSession::owns(const sf::Event& event) const {
    switch (event.type) {
    case sf::Event::MouseButtonPressed: return isOverPanel(event.mouseButton.x, event.mouseButton.y);
    case sf::Event::MouseWheelScrolled: return isOverPanel(event.mouseWheelScroll.x, event.mouseWheelScroll.y);
    default: return wantsMouse();
    }
}
bool ImGuiSession::wantsKeyboard() const { return ImGui::GetIO().WantCaptureKeyboard; }

} // namespace gb::ui
