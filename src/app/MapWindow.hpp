#pragma once
// The interactive window: map, mouse and keys, ImGui panels. The loop is a small class in named
// parts: start-up (this file's constructor), input routing (WindowInput.cpp), what the user
// can do (WindowActions.cpp: selection, steps, presentation, projection, story reload), saving
// pictures (WindowPictures.cpp), and one frame (MapWindow.cpp), which draws the map through
// render::composeFrame like every export.

#include "app/BenchLog.hpp"
#include "app/FileWatcher.hpp"
#include "app/MapInput.hpp"
#include "app/MapItem.hpp"
#include "app/Options.hpp"
#include "app/PresenterConsole.hpp"
#include "app/Recording.hpp"
#include "app/SceneSet.hpp"
#include "app/WindowCommands.hpp"
#include "app/WindowStatus.hpp"
#include "app/XvfbSession.hpp"
#include "render/FrameComposer.hpp"
#include "render/RenderCache.hpp"
#include "ui/DetailsPanels.hpp"
#include "ui/ExportDialog.hpp"
#include "ui/RecordDialog.hpp"
#include "ui/ImGuiBridge.hpp"
#include "ui/MainMenu.hpp"
#include "ui/StoryPanels.hpp"
#include "view/MapNavigator.hpp"
#include "view/StoryClock.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>

#include <memory>
#include <optional>

namespace gb::app {

//! Runs until the window closes; returns the process exit code. Throws (see app/Failure.hpp)
//! when the window cannot start: a bad story or map file, no display, no fonts.
[[nodiscard]] int runWindow(const Options& options);

class MapWindow {
public:
    explicit MapWindow(const Options& options);
    //! Until the window closes (Ctrl+Q, the close button, --quit-after).
    void run();

private:
    // One frame (MapWindow.cpp).
    void frame(double now, bool changed);
    [[nodiscard]] render::FrameOptions frameOptions(double now) const;
    void drawPanels(const render::FrameOptions& frame, const render::MapScene* scene, double now, ui::MenuActions& actions);
    void drawMap(const view::Camera& camera, const render::FrameOptions& options, const render::MapScene* scene, bool moving);
    void updateHover(const view::Camera& camera, const render::MapScene* scene, double storyDay);
    void reportStatus(const render::MapScene* scene, bool settled, double now);

    // Input (WindowInput.cpp).
    [[nodiscard]] bool handleEvents(double now);
    void handlePointer(const sf::Event& event, double now);
    void runCommand(WindowCommand command, double now);
    void applyMenuActions(const ui::MenuActions& actions, const view::Camera& camera, double now);

    // What the user can do (WindowActions.cpp).
    [[nodiscard]] view::PickScene pickScene(double storyDay) const;
    [[nodiscard]] MapItem itemFor(const view::PickItem& pick) const;
    //! "place", "tokyo" / "country", "392": the kind and the stable id, as the state file says them.
    [[nodiscard]] std::pair<std::string, std::string> kindAndId(const MapItem& item) const;
    [[nodiscard]] std::optional<std::size_t> countryIndexOf(const std::string& id) const;
    void select(std::optional<MapItem> item);
    void selectAndFly(const view::PickItem& item, double now);
    void cyclePlaces(int delta, double now);
    void goToStep(std::size_t index, double now);
    //! Back to the whole story (Home, Esc, a seek on the timeline): no step, no caption, the
    //! story's last day, the home view.
    void leaveSteps(double now);
    //! Where a step's (or, with none, the overview's) area is framed: in presentation mode the
    //! parts the slide's overlays leave free, as on the exported slide; otherwise the parts the
    //! panels (menu bar, legend, caption, timeline) leave free; empty when the panels are hidden.
    [[nodiscard]] std::vector<sf::FloatRect> freeAreas(const story::Step* step, double widthPx, double heightPx) const;
    //! The view presentation mode opens on: the step's slide framing, or the story overview
    //! framed clear of the slide's title and legend (as --export frames it).
    [[nodiscard]] view::Camera presentationCamera(double widthPx, double heightPx) const;
    //! The deck's pixel scale for this screen (1 at 720 px high, 1.5 at 1080 px).
    [[nodiscard]] float presentationScale() const;
    //! Presentation mode hides a pointer that has not moved for a moment, and shows it on a move.
    void updateCursor(double now);
    //! Eases the camera so the selection is not under the details panel (once per selection).
    void keepSelectionClearOf(const ui::PanelBox& details, double now);
    void stepBy(int delta, double now);
    void setPresentation(bool on, double now);
    void applyCameraLimits(const view::Camera& camera);
    void switchProjection(geo::ProjectionKind kind, const view::Camera& camera);
    void reloadStory(double now);
    //! The story file was deleted or moved: the banner says so; the last good story stays.
    void storyMissing();

    // The presenter console (WindowConsole.cpp).
    void toggleConsole(double now);
    void drawConsole(double now);
    //! Draws the step after the current one into the console's preview; false until the level
    //! that view wants is the one drawn.
    [[nodiscard]] bool drawConsolePreview(std::size_t next);

    // Recording a video while the map stays usable (WindowRecording.cpp).
    //! Opens the record dialog set to the step shown (none: the whole story).
    void openRecordDialog();
    void startRecording(double now);
    //! Draws the recording's next frames, within a few milliseconds of this window frame.
    void advanceRecording(double now);
    void cancelRecording(double now);
    void endRecording(const std::string& message, bool error, double now);

    // Pictures (WindowPictures.cpp).
    void savePicture(const view::Camera& camera, const render::FrameOptions& options, const render::MapScene& scene,
                     double now);

    void createWindow(bool fullScreen);
    [[nodiscard]] const mapdata::SceneGeometry* shownGeometry() const;

    const Options& options_;
    BenchLog bench_;
    std::unique_ptr<XvfbSession> display_; //!< a private X server when DISPLAY is not set
    story::Story story_;
    std::optional<std::size_t> step_;      //!< the presenter step shown, 0-based
    //! Where the legend and the timeline were drawn last frame (none: hidden): a step's view is
    //! framed clear of them, as a slide's is clear of its overlays.
    std::optional<ui::PanelBox> legendBox_, timelineBox_;
    std::optional<ui::PanelBox> captionBox_; //!< the step's caption, this frame (labels keep clear)
    std::optional<sf::Color> blank_;         //!< B/W in presentation mode: the screen blanked to this
    double pointerMovedAt_ = 0;              //!< when the pointer last moved (window seconds)
    bool cursorHidden_ = false;
    const render::MapStyle style_;
    std::unique_ptr<SceneSet> scenes_;
    std::unique_ptr<geo::Projection> projection_;
    std::optional<sf::RenderWindow> window_; //!< made once the display is ready (SFML opens it for any GL resource)
    std::unique_ptr<render::Fonts> fonts_;
    std::unique_ptr<render::RibbonShader> ribbons_;
    std::unique_ptr<render::PlaceScratch> placeScratch_; //!< marker atlas, measured names, labels while panning
    std::unique_ptr<render::PlaceScratch> recordingScratch_; //!< the same for a recording (labels placed every frame)
    std::unique_ptr<render::FlowLayerCache> flowCache_; //!< a dense story's flows, panned as a picture
    std::unique_ptr<ui::ImGuiSession> imgui_;
    std::unique_ptr<view::MapNavigator> navigator_;
    std::vector<view::FlowGeometry> flows_;
    std::unique_ptr<view::StoryClock> clock_;
    std::unique_ptr<FileWatcher> storyFile_;
    MapInput input_;
    std::optional<render::RenderCache> cache_; //!< made with the window (its texture needs the display)
    ui::MenuState menu_;
    std::vector<int> timelineMarks_;
    std::string storyError_;
    bool storyMissing_ = false; //!< storyError_ is about the file being gone, not its text
    std::string dataError_;
    //! The level drawn last frame: picking and country names use its features. Reset whenever
    //! the scenes are rebuilt (it would dangle), set again each frame.
    const render::MapScene* shownScene_ = nullptr;
    const render::MapScene* cachedScene_ = nullptr; //!< what the cache holds; compared, never used
    std::vector<view::ScreenRect> drawnLabels_;    //!< places' names and markers of the last frame, pixels
    std::vector<view::ScreenRect> drawnAreaNames_; //!< countries', regions' and seas' names, likewise
    std::optional<MapItem> selected_;
    //! Where the selection is (the click's map point, a place, a flow's or region's middle): once
    //! the camera rests, it is eased out from under the details panel.
    std::optional<geo::MapPoint> selectionAnchor_;
    bool detailsOpen_ = true;
    HoverTracker hover_;
    ui::SearchState search_;
    sf::Vector2i pressAt_;
    bool pressed_ = false;
    std::optional<view::ScreenPoint> pendingClick_;
    std::optional<std::pair<int, int>> lastPointer_;
    ui::ExportSettings exportSettings_;
    ui::RecordSettings recordSettings_;
    bool recordDialogOpen_ = false;
    std::unique_ptr<sf::RenderTexture> recordTarget_; //!< kept between recordings of one size
    std::unique_ptr<Recording> recording_;            //!< the video being recorded, if any
    double recordingStartedAt_ = 0;
    bool recordRequested_ = false;
    bool cancelRequested_ = false;
    bool exportDialogOpen_ = false;
    bool saveRequested_ = false;
    bool skipOneFrame_ = false;
    ui::Toast toast_;
    std::unique_ptr<sf::RenderTexture> pictureTarget_; //!< kept: creating one costs ~0.17 s
    WindowStatus status_;
    StatusFile statusFile_;
    sf::Clock wallClock_;
    sf::Clock frameClock_;
    bool firstFrame_ = true;
    bool refitStep_ = false; //!< the window was resized in step mode: refit after the next frame
    bool wasMoving_ = false;
    int framesAfterInput_ = 0;
    std::unique_ptr<PresenterConsole> console_;
    double consoleOpenedAt_ = 0;
    double stepStartedAt_ = 0;                //!< when the current step was entered (the console's step timer)
    std::optional<std::size_t> previewOf_;    //!< the step the console's preview shows
    bool previewExact_ = false;               //!< drawn at the level its view wants //!< frames still to draw after the last input (ImGui catches up)
    bool benchPanning_ = false;
};

} // namespace gb::app
