#pragma once
// Which command a key press asks the window for. Kept apart from the window so the routing can
// be tested without one.

#include <SFML/Window/Event.hpp>

#include <optional>

namespace gb::app {

enum class WindowCommand {
    Quit,
    ExportDialog,
    RecordDialog, //!< opens the record dialog; while recording, cancels
    SavePicture,
    OpenSearch,
    ClearSelection,
    NextPlace,
    PreviousPlace,
    ToggleDetails,
    ToggleShortcuts,
    TogglePresentation,
    LeavePresentation,
    TogglePlay,
    NextStep,
    PreviousStep,
    LeaveSteps, //!< back to the whole story: all flows, the end date, no caption (and the home view)
    BlackScreen,      //!< presentation mode: blank the screen black (again: back)
    WhiteScreen,      //!< presentation mode: blank the screen white (again: back)
    PresentFromStart, //!< presentation mode from the first step (F5)
    PresentFromHere,  //!< presentation mode from the current step (Shift+F5)
    ToggleConsole,    //!< the presenter console window (C)
};

//! The command for a key on the map, or nullopt when the key is the map's own (pan, zoom,
//! Home outside step mode). `presentation`: Right/Left change steps there; `hasSelection`: Esc
//! and Enter act on it; `inSteps`: Home and Esc leave step mode.
[[nodiscard]] std::optional<WindowCommand> commandForKey(const sf::Event::KeyEvent& key, bool presentation,
                                                         bool hasSelection, bool inSteps = false);

} // namespace gb::app
