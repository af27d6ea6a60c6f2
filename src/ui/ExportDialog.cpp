#include "ui/ExportDialog.hpp"

#include <imgui.h>

#include <algorithm>

namespace gb::ui {

std::pair<unsigned, unsigned> exportSize(const ExportSettings& s, unsigned windowWidth, unsigned windowHeight) {
    switch (s.preset) {
    case 1: return {1280, 720};
    case 2: return {1920, 1080};
    case 3: return {3840, 2160};
    case 4:
        return {static_cast<unsigned>(std::clamp(s.customWidth, 16, 8192)),
                static_cast<unsigned>(std::clamp(s.customHeight, 16, 8192))};
    default: return {windowWidth, windowHeight};
    }
}

bool drawExportDialog(bool& open, ExportSettings& s) {
    if (!open)
        return false;
    bool save = false;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("Export picture", &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        const char* presets[] = {"Current window", "1280 x 720", "1920 x 1080", "3840 x 2160 (4K)", "Custom"};
        ImGui::Combo("Size", &s.preset, presets, IM_ARRAYSIZE(presets));
        if (s.preset == 4) {
            ImGui::InputInt("Width", &s.customWidth);
            ImGui::InputInt("Height", &s.customHeight);
            s.customWidth = std::clamp(s.customWidth, 16, 8192);
            s.customHeight = std::clamp(s.customHeight, 16, 8192);
        }
        ImGui::SliderFloat("Scale", &s.scale, 0.5f, 4.0f, "%.2fx");
        if (s.preset == 0)
            ImGui::Checkbox("Include the panels (a screenshot of the window)", &s.includePanels);
        else
            s.includePanels = false;
        ImGui::Checkbox("Transparent background", &s.transparent);
        ImGui::Separator();
        ImGui::TextUnformatted("Overlays");
        ImGui::Checkbox("Title", &s.overlays.title);
        ImGui::SameLine();
        ImGui::Checkbox("Caption", &s.overlays.caption);
        ImGui::SameLine();
        ImGui::Checkbox("Legend", &s.overlays.legend);
        ImGui::Checkbox("Scale bar", &s.overlays.scaleBar);
        ImGui::SameLine();
        ImGui::Checkbox("Attribution", &s.overlays.attribution);
        ImGui::SameLine();
        ImGui::Checkbox("Date", &s.overlays.dateStamp);
        ImGui::SameLine();
        ImGui::Checkbox("Sources", &s.overlays.sources);
        ImGui::Checkbox("Locator inset (pictures of a small area)", &s.overlays.locator);
        ImGui::Separator();
        ImGui::InputText("Folder", s.folder.data(), s.folder.size());
        ImGui::InputText("File name", s.pattern.data(), s.pattern.size());
        ImGui::TextDisabled("{date} {time} {step} are replaced; an existing name gets -1, -2, ...");
        if (ImGui::Button("Save", ImVec2(120, 0)))
            save = true;
        ImGui::SameLine();
        if (ImGui::Button("Cancel", ImVec2(120, 0)))
            open = false;
    }
    ImGui::End();
    if (save)
        open = false;
    return save;
}

void drawToast(const Toast& toast, double now) {
    if (toast.text.empty() || now > toast.until)
        return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 12, vp->WorkPos.y + vp->WorkSize.y - 90),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, toast.error ? IM_COL32(150, 20, 20, 255) : IM_COL32(30, 90, 40, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs);
    ImGui::TextUnformatted(toast.text.c_str());
    ImGui::End();
    ImGui::PopStyleColor(2);
}

} // namespace gb::ui
