#include "ui/MainMenu.hpp"

#include "view/UiText.hpp"

#include <imgui.h>

#include <string>

namespace gb::ui {
namespace {

using view::UiText;

view::UiText projectionText(geo::ProjectionKind kind) {
    switch (kind) {
    case geo::ProjectionKind::Lambert: return UiText::ProjLambert;
    case geo::ProjectionKind::EqualEarth: return UiText::ProjEqualEarth;
    case geo::ProjectionKind::Equirectangular: return UiText::ProjEquirectangular;
    case geo::ProjectionKind::WebMercator: return UiText::ProjWebMercator;
    case geo::ProjectionKind::Orthographic: break;
    }
    return UiText::ProjGlobe;
}

//! A window title in the language with a stable ImGui id ("Atajos###shortcuts"), so the window
//! keeps its place and state when the language changes.
std::string windowTitle(UiText text, story::Language l, const char* id) { return std::string(view::uiText(text, l)) + "###" + id; }

} // namespace

MenuActions drawMainMenu(MenuState& state) {
    MenuActions actions;
    const auto T = [l = state.language](UiText id) { return view::uiText(id, l); };
    if (!ImGui::BeginMainMenuBar())
        return actions;
    if (ImGui::BeginMenu(T(UiText::View))) {
        if (ImGui::MenuItem(T(UiText::ResetView), T(UiText::KeyHome)))
            actions.resetView = true;
        ImGui::Separator();
        if (ImGui::BeginMenu(T(UiText::Projection))) {
            for (geo::ProjectionKind kind : geo::allProjectionKinds()) {
                if (ImGui::MenuItem(T(projectionText(kind)), nullptr, state.projection == kind) && state.projection != kind)
                    actions.projection = kind;
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(T(UiText::Layers))) {
            render::LayerVisibility& l = state.layers;
            actions.layersChanged |= ImGui::MenuItem(T(UiText::Borders), nullptr, &l.borders);
            actions.layersChanged |= ImGui::MenuItem(T(UiText::HighlightedRegions), nullptr, &l.regions);
            actions.layersChanged |= ImGui::MenuItem(T(UiText::Graticule), nullptr, &l.graticule);
            actions.layersChanged |= ImGui::MenuItem(T(UiText::Places), nullptr, &l.places);
            actions.layersChanged |= ImGui::MenuItem(T(UiText::Labels), nullptr, &l.labels);
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(T(UiText::Language))) {
            if (ImGui::MenuItem("English", nullptr, state.language == story::Language::English)) {
                actions.languageChanged = state.language != story::Language::English;
                state.language = story::Language::English;
            }
            if (ImGui::MenuItem("Español", nullptr, state.language == story::Language::Spanish)) {
                actions.languageChanged = state.language != story::Language::Spanish;
                state.language = story::Language::Spanish;
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem(T(UiText::SavePicture), T(UiText::KeySave)))
            actions.quickExport = true;
        if (ImGui::MenuItem(T(UiText::ExportPicture), "Ctrl+Shift+S"))
            actions.exportDialog = true;
        if (ImGui::MenuItem(T(UiText::RecordVideo), "Ctrl+Shift+V"))
            actions.recordDialog = true;
        ImGui::Separator();
        if (ImGui::MenuItem(T(UiText::Quit), "Ctrl+Q"))
            actions.quit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(T(UiText::StoryMenu))) {
        if (ImGui::MenuItem(T(UiText::SearchMenu), "Ctrl+F"))
            actions.openSearch = true;
        if (ImGui::MenuItem(T(UiText::PresentationMode), "F", state.presentation))
            actions.togglePresentation = true;
        if (ImGui::MenuItem(T(UiText::PresenterConsole), "C", state.console))
            actions.toggleConsole = true;
        if (ImGui::MenuItem(T(UiText::NextStep), T(UiText::KeyNextStep), false, state.hasSteps))
            actions.nextStep = true;
        if (ImGui::MenuItem(T(UiText::PreviousStep), T(UiText::KeyPreviousStep), false, state.hasSteps))
            actions.previousStep = true;
        ImGui::Separator();
        ImGui::MenuItem(T(UiText::Timeline), nullptr, &state.showTimeline);
        ImGui::MenuItem(T(UiText::Legend), nullptr, &state.showLegend);
        actions.layersChanged |= ImGui::MenuItem(T(UiText::Flows), nullptr, &state.layers.flows);
        ImGui::Separator();
        if (ImGui::MenuItem(T(UiText::ReloadStory)))
            actions.reloadStory = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(T(UiText::Help))) {
        ImGui::MenuItem(T(UiText::Shortcuts), "F1", &state.showShortcuts);
        ImGui::MenuItem(T(UiText::DataSources), nullptr, &state.showSources);
        ImGui::MenuItem(T(UiText::AboutStory), nullptr, &state.showStoryNotes);
        ImGui::MenuItem(T(UiText::AboutGeobrief), nullptr, &state.showAbout);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
    return actions;
}

void drawHelpWindows(MenuState& state, const AboutInfo& info) {
    const story::Language l = state.language;
    const auto T = [l](UiText id) { return view::uiText(id, l); };
    if (state.showShortcuts) {
        ImGui::SetNextWindowPos(ImVec2(40, 60), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(windowTitle(UiText::Shortcuts, l, "shortcuts").c_str(), &state.showShortcuts, ImGuiWindowFlags_AlwaysAutoResize)) {
            const char* rows[][2] = {{T(UiText::KDrag), T(UiText::KDragDo)},
                                     {T(UiText::KWheel), T(UiText::KWheelDo)},
                                     {T(UiText::KDouble), T(UiText::KDoubleDo)},
                                     {"+ / -", T(UiText::KPlusDo)},
                                     {T(UiText::KArrows), T(UiText::KDragDo)},
                                     {T(UiText::KeyHome), T(UiText::KHomeDo)},
                                     {T(UiText::KNextKeys), T(UiText::KNextDo)},
                                     {T(UiText::KPrevKeys), T(UiText::KPrevDo)},
                                     {"F, F11", T(UiText::KPresentDo)},
                                     {"F5 / Shift+F5", T(UiText::KF5Do)},
                                     {"B / W", T(UiText::KBlankDo)},
                                     {"C", T(UiText::KConsoleDo)},
                                     {"Esc", T(UiText::KEscDo)},
                                     {"P", T(UiText::KPlayDo)},
                                     {T(UiText::KClick), T(UiText::KClickDo)},
                                     {"Tab / Shift+Tab", T(UiText::KTabDo)},
                                     {"Enter", T(UiText::KEnterDo)},
                                     {"Ctrl+F", T(UiText::KSearchDo)},
                                     {"F12, Ctrl+S", T(UiText::KSaveDo)},
                                     {"Ctrl+Shift+S", T(UiText::KExportDo)},
                                     {"Ctrl+Shift+V", T(UiText::KRecordDo)},
                                     {"F1", T(UiText::KHelpDo)},
                                     {"Ctrl+Q", T(UiText::KQuitDo)}};
            if (ImGui::BeginTable("keys", 2)) {
                for (const auto& row : rows) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(row[0]);
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(row[1]);
                }
                ImGui::EndTable();
            }
        }
        ImGui::End();
    }
    if (state.showSources) {
        ImGui::SetNextWindowPos(ImVec2(60, 80), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(windowTitle(UiText::DataSources, l, "sources").c_str(), &state.showSources, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::TextUnformatted(T(UiText::SrcOutlines));
            ImGui::TextUnformatted(T(UiText::SrcOutlinesVia));
            ImGui::TextUnformatted(T(UiText::SrcRegions));
            ImGui::TextUnformatted(T(UiText::SrcRegionsVia));
            ImGui::TextUnformatted(T(UiText::SrcNames));
            ImGui::TextUnformatted(T(UiText::SrcCrimea));
            ImGui::TextUnformatted(T(UiText::SrcCrimeaVia));
            ImGui::TextUnformatted(T(UiText::SrcStory));
            ImGui::Separator();
            ImGui::Text("%s: %s (%s)", T(UiText::CountriesFile), info.countriesFile.c_str(), info.detailLevel.c_str());
            ImGui::Text("%s: %s", T(UiText::StoryFile), info.storyFile.c_str());
            for (const std::string& w : info.warnings)
                ImGui::TextColored(ImVec4(0.7f, 0.3f, 0.0f, 1.0f), "%s: %s", T(UiText::Warning), w.c_str());
        }
        ImGui::End();
    }
    if (state.showStoryNotes) {
        // Editorial notes (corrections of the seed text, caveats) are for the presenter: they
        // are shown here only, never on the map, in details or on pictures.
        ImGui::SetNextWindowPos(ImVec2(70, 90), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(windowTitle(UiText::AboutStory, l, "story").c_str(), &state.showStoryNotes)) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(info.storyTitle.c_str());
            ImGui::Separator();
            ImGui::TextUnformatted(info.storyNotes.empty() ? T(UiText::NoStoryNotes) : info.storyNotes.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::End();
    }
    if (state.showAbout) {
        ImGui::SetNextWindowPos(ImVec2(80, 100), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(windowTitle(UiText::AboutGeobrief, l, "about").c_str(), &state.showAbout, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::TextUnformatted(T(UiText::AboutLine));
            ImGui::TextUnformatted(T(UiText::AboutTools));
            ImGui::Text("%s: %s", T(UiText::ProjectionIs), info.projectionDefinition.c_str());
        }
        ImGui::End();
    }
}

} // namespace gb::ui
