// MapWindow, input: SFML events to ImGui first, then to the map unless a panel took them; keys
// become window commands (WindowCommands) or navigation (MapInput).
#include "app/MapWindow.hpp"

#include <cstdlib>

namespace gb::app {

bool MapWindow::handleEvents(double now) {
    bool changed = false;
    sf::Event event;
    while (window_->pollEvent(event)) {
        imgui_->processEvent(event);
        changed = true;
        if (event.type == sf::Event::Closed) {
            window_->close();
        } else if (event.type == sf::Event::Resized) {
            window_->setView(sf::View(sf::FloatRect(0, 0, float(event.size.width), float(event.size.height))));
            navigator_->resize(event.size.width, event.size.height, now);
            applyCameraLimits(navigator_->cameraAt(now));
            refitStep_ = step_.has_value(); // a step keeps its framing; exploring keeps centre and scale
        } else if (event.type == sf::Event::KeyPressed && !imgui_->wantsKeyboard()) {
            if (const auto command = commandForKey(event.key, menu_.presentation, selected_.has_value(), step_.has_value()))
                runCommand(*command, now);
            else
                input_.handle(event, *navigator_, now, imgui_->owns(event), imgui_->wantsKeyboard());
        } else {
            handlePointer(event, now);
            input_.handle(event, *navigator_, now, imgui_->owns(event), imgui_->wantsKeyboard());
        }
    }
    if (console_) { // the console takes the map's keys; Right and Left step there too
        for (const sf::Event::KeyEvent& key : console_->pollKeys()) {
            changed = true;
            std::optional<WindowCommand> command = commandForKey(key, menu_.presentation, selected_.has_value(), step_.has_value());
            if (!command && key.code == sf::Keyboard::Right)
                command = WindowCommand::NextStep;
            if (!command && key.code == sf::Keyboard::Left)
                command = WindowCommand::PreviousStep;
            if (command)
                runCommand(*command, now);
        }
        if (console_ && !console_->isOpen())
            console_.reset();
    }
    return changed;
}

void MapWindow::handlePointer(const sf::Event& event, double now) {
    // A click is a press and release without a drag: it picks what is under it.
    if (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left) {
        pressAt_ = {event.mouseButton.x, event.mouseButton.y};
        pressed_ = true;
    } else if (event.type == sf::Event::MouseButtonReleased && event.mouseButton.button == sf::Mouse::Left && pressed_) {
        pressed_ = false;
        // Decided after ImGui's next frame: only then does it know whether a panel is under this
        // point (a fast move and click arrive in one batch).
        if (std::abs(event.mouseButton.x - pressAt_.x) <= 3 && std::abs(event.mouseButton.y - pressAt_.y) <= 3 &&
            !imgui_->isOverPanel(event.mouseButton.x, event.mouseButton.y))
            pendingClick_ = view::ScreenPoint{double(event.mouseButton.x), double(event.mouseButton.y)};
    } else if (event.type == sf::Event::MouseLeft) {
        hover_.pointerAt(std::nullopt); // gone: nothing on the map is hovered
    } else if (event.type == sf::Event::MouseMoved) {
        pointerMovedAt_ = now;
        lastPointer_ = std::pair{event.mouseMove.x, event.mouseMove.y};
        // Over a panel nothing on the map is hovered; the pick itself happens in the frame, for
        // the camera it draws (and again whenever that camera changes).
        if (imgui_->isOverPanel(event.mouseMove.x, event.mouseMove.y))
            hover_.pointerAt(std::nullopt);
        else
            hover_.pointerAt(view::ScreenPoint{double(event.mouseMove.x), double(event.mouseMove.y)});
    }
}

void MapWindow::runCommand(WindowCommand command, double now) {
    switch (command) {
    case WindowCommand::Quit: window_->close(); break;
    case WindowCommand::ExportDialog: exportDialogOpen_ = true; break;
    case WindowCommand::RecordDialog:
        if (recording_)
            cancelRecording(now);
        else
            openRecordDialog();
        break;
    case WindowCommand::SavePicture: saveRequested_ = true; break;
    case WindowCommand::OpenSearch:
        search_.open = true;
        search_.focus = true;
        break;
    case WindowCommand::ClearSelection: select(std::nullopt); break;
    case WindowCommand::NextPlace: cyclePlaces(+1, now); break;
    case WindowCommand::PreviousPlace: cyclePlaces(-1, now); break;
    case WindowCommand::ToggleDetails: detailsOpen_ = !detailsOpen_; break;
    case WindowCommand::ToggleShortcuts: menu_.showShortcuts = !menu_.showShortcuts; break;
    case WindowCommand::TogglePresentation: setPresentation(!menu_.presentation, now); break;
    case WindowCommand::LeavePresentation: setPresentation(false, now); break;
    case WindowCommand::TogglePlay: clock_->toggle(now); break;
    case WindowCommand::NextStep:
        blank_.reset();
        stepBy(+1, now);
        break;
    case WindowCommand::PreviousStep:
        blank_.reset();
        stepBy(-1, now);
        break;
    case WindowCommand::LeaveSteps: leaveSteps(now); break;
    case WindowCommand::BlackScreen: blank_ = blank_ == sf::Color::Black ? std::nullopt : std::optional(sf::Color::Black); break;
    case WindowCommand::WhiteScreen: blank_ = blank_ == sf::Color::White ? std::nullopt : std::optional(sf::Color::White); break;
    case WindowCommand::ToggleConsole: toggleConsole(now); break;
    case WindowCommand::PresentFromStart:
    case WindowCommand::PresentFromHere:
        if (!menu_.presentation)
            setPresentation(true, now);
        if (!story_.steps.empty())
            goToStep(command == WindowCommand::PresentFromHere && step_ ? *step_ : 0, now);
        break;
    }
}

void MapWindow::applyMenuActions(const ui::MenuActions& actions, const view::Camera& camera, double now) {
    if (actions.quit)
        window_->close();
    if (actions.resetView)
        step_ ? leaveSteps(now) : navigator_->goHome(now);
    if (actions.layersChanged || actions.languageChanged)
        cache_->invalidate();
    if (actions.toggleConsole)
        toggleConsole(now);
    if (actions.togglePresentation)
        setPresentation(!menu_.presentation, now);
    if (actions.nextStep)
        stepBy(+1, now);
    if (actions.previousStep)
        stepBy(-1, now);
    if (actions.reloadStory)
        reloadStory(now);
    if (actions.quickExport)
        saveRequested_ = true;
    if (actions.exportDialog)
        exportDialogOpen_ = true;
    if (actions.recordDialog && !recording_)
        openRecordDialog();
    if (actions.openSearch) {
        search_.open = true;
        search_.focus = true;
    }
    if (actions.projection)
        switchProjection(*actions.projection, camera);
}

} // namespace gb::app
