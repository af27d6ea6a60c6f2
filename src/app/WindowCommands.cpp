#include "app/WindowCommands.hpp"

namespace gb::app {

std::optional<WindowCommand> commandForKey(const sf::Event::KeyEvent& key, bool presentation, bool hasSelection,
                                           bool inSteps) {
    using K = sf::Keyboard;
    if (key.control && key.code == K::Q)
        return WindowCommand::Quit;
    if (key.control && key.shift && key.code == K::S)
        return WindowCommand::ExportDialog;
    if (key.control && key.shift && key.code == K::V)
        return WindowCommand::RecordDialog;
    if ((key.control && key.code == K::S) || key.code == K::F12)
        return WindowCommand::SavePicture;
    if (key.control && key.code == K::F)
        return WindowCommand::OpenSearch;
    if (key.code == K::Escape && hasSelection)
        return WindowCommand::ClearSelection; // the first Esc clears the selection
    if (key.code == K::Tab)
        return key.shift ? WindowCommand::PreviousPlace : WindowCommand::NextPlace;
    if (key.code == K::Enter && hasSelection)
        return WindowCommand::ToggleDetails;
    if (key.code == K::F1)
        return WindowCommand::ToggleShortcuts;
    if (key.code == K::F || key.code == K::F11)
        return WindowCommand::TogglePresentation;
    if (key.code == K::C && !key.control && !key.alt)
        return WindowCommand::ToggleConsole;
    if (key.code == K::F5)
        return key.shift ? WindowCommand::PresentFromHere : WindowCommand::PresentFromStart;
    if (presentation && key.code == K::B)
        return WindowCommand::BlackScreen;
    if (presentation && key.code == K::W)
        return WindowCommand::WhiteScreen;
    if (key.code == K::Escape && presentation)
        return WindowCommand::LeavePresentation;
    if ((key.code == K::Escape || key.code == K::Home) && inSteps)
        return WindowCommand::LeaveSteps; // Esc: selection, then presentation, then the steps
    if (key.code == K::P)
        return WindowCommand::TogglePlay;
    if (key.code == K::PageDown || key.code == K::Space || (presentation && key.code == K::Right))
        return WindowCommand::NextStep;
    if (key.code == K::PageUp || key.code == K::Backspace || (presentation && key.code == K::Left))
        return WindowCommand::PreviousStep; // clickers send PageDown/PageUp; Space/Backspace as in slide tools
    return std::nullopt;
}

} // namespace gb::app
