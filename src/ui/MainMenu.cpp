#include "ui/MainMenu.hpp"

#include <imgui.h>

namespace gb::ui {

MenuActions drawMainMenu(MenuState& state) {
    MenuActions actions;
    if (!ImGui::BeginMainMenuBar())
        return actions;
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Reset view", "Home"))
            actions.resetView = true;
        ImGui::Separator();
        if (ImGui::BeginMenu("Projection")) {
            for (geo::ProjectionKind kind : geo::allProjectionKinds()) {
                const std::string name(geo::displayName(kind));
                if (ImGui::MenuItem(name.c_str(), nullptr, state.projection == kind) && state.projection != kind)
                    actions.projection = kind;
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Layers")) {
            render::LayerVisibility& l = state.layers;
            actions.layersChanged |= ImGui::MenuItem("Borders", nullptr, &l.borders);
            actions.layersChanged |= ImGui::MenuItem("Highlighted regions", nullptr, &l.regions);
            actions.layersChanged |= ImGui::MenuItem("Graticule", nullptr, &l.graticule);
            actions.layersChanged |= ImGui::MenuItem("Places", nullptr, &l.places);
            actions.layersChanged |= ImGui::MenuItem("Labels", nullptr, &l.labels);
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Language")) {
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
        if (ImGui::MenuItem("Save picture", "F12 / Ctrl+S"))
            actions.quickExport = true;
        if (ImGui::MenuItem("Export picture...", "Ctrl+Shift+S"))
            actions.exportDialog = true;
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q"))
            actions.quit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Story")) {
        if (ImGui::MenuItem("Search...", "Ctrl+F"))
            actions.openSearch = true;
        if (ImGui::MenuItem("Presentation mode", "F", state.presentation))
            actions.togglePresentation = true;
        if (ImGui::MenuItem("Presenter console", "C", state.console))
            actions.toggleConsole = true;
        if (ImGui::MenuItem("Next step", "PgDn / Space", false, state.hasSteps))
            actions.nextStep = true;
        if (ImGui::MenuItem("Previous step", "PgUp", false, state.hasSteps))
            actions.previousStep = true;
        ImGui::Separator();
        ImGui::MenuItem("Timeline", nullptr, &state.showTimeline);
        ImGui::MenuItem("Legend", nullptr, &state.showLegend);
        actions.layersChanged |= ImGui::MenuItem("Flows", nullptr, &state.layers.flows);
        ImGui::Separator();
        if (ImGui::MenuItem("Reload story file"))
            actions.reloadStory = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        ImGui::MenuItem("Shortcuts", "F1", &state.showShortcuts);
        ImGui::MenuItem("Data sources", nullptr, &state.showSources);
        ImGui::MenuItem("About this story", nullptr, &state.showStoryNotes);
        ImGui::MenuItem("About geobrief", nullptr, &state.showAbout);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
    return actions;
}

void drawHelpWindows(MenuState& state, const AboutInfo& info) {
    if (state.showShortcuts) {
        ImGui::SetNextWindowPos(ImVec2(40, 60), ImGuiCond_FirstUseEver);
        if (ImGui::Begin("Shortcuts", &state.showShortcuts, ImGuiWindowFlags_AlwaysAutoResize)) {
            const char* rows[][2] = {{"Drag", "pan"},
                                     {"Mouse wheel", "zoom around the cursor"},
                                     {"Double-click", "zoom in there"},
                                     {"+ / -", "zoom in / out"},
                                     {"Arrow keys", "pan"},
                                     {"Home", "reset the view"},
                                     {"PgDn, Space", "next step (also Right in presentation mode)"},
                                     {"PgUp, Backspace", "previous step (also Left in presentation mode)"},
                                     {"F, F11", "presentation mode (full screen, panels hidden)"},
                                     {"F5 / Shift+F5", "present from the first / the current step"},
                                     {"B / W", "black / white screen while presenting"},
                                     {"C", "presenter console (notes, next step, timers)"},
                                     {"Esc", "leave presentation mode, then step mode"},
                                     {"P", "play / pause the timeline"},
                                     {"Click", "details of a place, flow, region or country"},
                                     {"Esc", "clear the selection"},
                                     {"Tab / Shift+Tab", "next / previous place"},
                                     {"Enter", "show / hide the details"},
                                     {"Ctrl+F", "search by name (English or Spanish)"},
                                     {"F12, Ctrl+S", "save a picture now"},
                                     {"Ctrl+Shift+S", "export dialog (size, overlays, folder)"},
                                     {"F1", "this window"},
                                     {"Ctrl+Q", "quit"}};
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
        if (ImGui::Begin("Data sources", &state.showSources, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::TextUnformatted("Country outlines: Natural Earth (public domain),");
            ImGui::TextUnformatted("  via the npm package world-atlas 2.0.2 (ISC, Mike Bostock).");
            ImGui::TextUnformatted("Russian regions: Digital Chart of the World,");
            ImGui::TextUnformatted("  via Debian's gmt-dcw 2.1.1 (LGPL-3+).");
            ImGui::TextUnformatted("Country names: Natural Earth (English), Debian iso-codes (Spanish).");
            ImGui::TextUnformatted("Crimea as Ukraine, occupied by Russia: Natural Earth's polygon,");
            ImGui::TextUnformatted("  chosen by Digital Chart of the World's Ukraine (shapes/disputed.py).");
            ImGui::TextUnformatted("Story facts: see the story file and docs/ for sources.");
            ImGui::Separator();
            ImGui::Text("Countries file: %s (%s)", info.countriesFile.c_str(), info.detailLevel.c_str());
            ImGui::Text("Story file: %s", info.storyFile.c_str());
            for (const std::string& w : info.warnings)
                ImGui::TextColored(ImVec4(0.7f, 0.3f, 0.0f, 1.0f), "Warning: %s", w.c_str());
        }
        ImGui::End();
    }
    if (state.showStoryNotes) {
        // Editorial notes (corrections of the seed text, caveats) are for the presenter: they
        // are shown here only, never on the map, in details or on pictures.
        ImGui::SetNextWindowPos(ImVec2(70, 90), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_FirstUseEver);
        if (ImGui::Begin("About this story", &state.showStoryNotes)) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(info.storyTitle.c_str());
            ImGui::Separator();
            ImGui::TextUnformatted(info.storyNotes.empty() ? "This story has no notes." : info.storyNotes.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::End();
    }
    if (state.showAbout) {
        ImGui::SetNextWindowPos(ImVec2(80, 100), ImGuiCond_FirstUseEver);
        if (ImGui::Begin("About geobrief", &state.showAbout, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::TextUnformatted("geobrief 0.1.0: a briefing map for one geopolitical story.");
            ImGui::TextUnformatted("Drawing: SFML. Data: GDAL/OGR. Projections: PROJ via OSR. Panels: Dear ImGui.");
            ImGui::Text("Projection: %s", info.projectionDefinition.c_str());
        }
        ImGui::End();
    }
}

} // namespace gb::ui
